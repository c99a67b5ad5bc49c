/**
 * A DRF clinic app for the access rules' cases: permission classes of its own in practices/permissions.py
 * (`permissions` replaces the file's classes), viewsets limited to the caller's practice by a queryset mixin in
 * another module, and `views` (the body of clinic/views.py after its imports) mounted under /api by a router
 * (`routes`: `router.register(...)` lines) and `paths` (`path(...)` lines).
 */
export const drfClinic = (views: string, routes: string, paths = '', permissions = MEMBER_PERMISSION) => ({
  'config/urls.py': `from django.urls import include, path\nfrom rest_framework.routers import DefaultRouter\n\nfrom clinic import views\n\nrouter = DefaultRouter()\n${routes}\nurlpatterns = [\n    path("api/", include(router.urls)),\n${paths}]\n`,
  'core/mixins.py': 'class PracticeScopedViewSetMixin:\n    def get_queryset(self):\n        return super().get_queryset().filter(practice=self.request.user.practice)\n\n    def perform_create(self, serializer):\n        serializer.save(practice=self.request.user.practice)\n',
  'practices/permissions.py': `from rest_framework.permissions import BasePermission\n\nfrom practices.models import StaffMembership\n\n\ndef is_practice_admin(user):\n    return StaffMembership.objects.filter(user=user, role__in=("owner", "admin")).exists()\n\n\n${permissions}`,
  'clinic/services.py': 'from clinic.models import Appointment\n\n\ndef change_role(membership, role):\n    membership.role = role\n    membership.save(update_fields=["role"])\n    return membership\n\n\ndef move(appointment: Appointment, starts_at):\n    appointment.starts_at = starts_at\n    appointment.save(update_fields=["starts_at"])\n    return appointment\n\n\ndef remove_member(membership):\n    user = membership.user\n    membership.delete()\n    return user\n\n\ndef discard(appointment):\n    appointment.delete()\n',
  'clinic/views.py': `from django.shortcuts import get_object_or_404\nfrom rest_framework import mixins, viewsets\nfrom rest_framework.decorators import action\nfrom rest_framework.permissions import IsAuthenticated\nfrom rest_framework.response import Response\nfrom rest_framework.views import APIView\n\nfrom clinic import services\nfrom clinic.models import Appointment, Attachment, Owner, StaffMembership\nfrom core.mixins import PracticeScopedViewSetMixin\nfrom practices.permissions import IsPracticeAdmin, IsPracticeMember\n\n\n${views}`,
});

/** `IsPracticeMember` only checks that the caller works at some practice; objects must be that practice's. `IsPracticeAdmin` asks for an admin role. */
export const MEMBER_PERMISSION =
  'class IsPracticeMember(BasePermission):\n    message = "You are not a member of this practice."\n\n    def has_permission(self, request, view):\n        user = request.user\n        return bool(user and user.is_authenticated and user.practice_id)\n\n    def has_object_permission(self, request, view, obj):\n        return getattr(obj, "practice_id", None) == request.user.practice_id\n\n\n' +
  'class IsPracticeAdmin(IsPracticeMember):\n    def has_permission(self, request, view):\n        return super().has_permission(request, view) and is_practice_admin(request.user)\n';

/** The same class name checking a role in its own body: a permission check, whatever the name says. */
export const MEMBER_ROLE_PERMISSION =
  'class IsPracticeMember(BasePermission):\n    def has_permission(self, request, view):\n        return bool(request.user.is_authenticated and request.user.practice_id and request.user.role == "admin")\n\n    def has_object_permission(self, request, view, obj):\n        return obj.practice_id == request.user.practice_id\n\n\n' +
  'class IsPracticeAdmin(IsPracticeMember):\n    pass\n';

export const STAFF_VIEWSET = (permission: string) =>
  `class StaffViewSet(PracticeScopedViewSetMixin, mixins.ListModelMixin, viewsets.GenericViewSet):\n    queryset = StaffMembership.objects.all()\n    permission_classes = [IsAuthenticated, ${permission}]\n\n    @action(detail=True, methods=["post"], url_path="role")\n    def change_role(self, request, pk=None):\n        membership = self.get_object()\n        services.change_role(membership, request.data["role"])\n        return Response({})\n`;

/** A staff viewset whose `destroy` hands the membership row `self.get_object()` found to `services.remove_member`, which deletes it. */
export const STAFF_REMOVAL_VIEWSET = (permission: string) =>
  `class StaffViewSet(PracticeScopedViewSetMixin, mixins.ListModelMixin, mixins.DestroyModelMixin, viewsets.GenericViewSet):\n    queryset = StaffMembership.objects.select_related("user")\n    permission_classes = [IsAuthenticated, ${permission}]\n\n    def destroy(self, request, pk=None):\n        membership = self.get_object()\n        if membership.user_id == request.user.id:\n            return Response({"detail": "You cannot remove yourself."}, status=400)\n        services.remove_member(membership)\n        return Response(status=204)\n`;

/** The staff viewset keeping IsPracticeMember for reading and asking for IsPracticeAdmin to change a role. */
export const STAFF_VIEWSET_ADMIN_ACTIONS = STAFF_VIEWSET('IsPracticeMember').replace(
  '    @action(',
  '    def get_permissions(self):\n        if self.action == "change_role":\n            return [IsAuthenticated(), IsPracticeAdmin()]\n        return super().get_permissions()\n\n    @action(',
);

export const APPOINTMENT_VIEWSET = (reschedule: string) =>
  `class AppointmentViewSet(PracticeScopedViewSetMixin, viewsets.ModelViewSet):\n    queryset = Appointment.objects.all()\n    permission_classes = [IsAuthenticated, IsPracticeMember]\n\n    @action(detail=True, methods=["post"])\n    def reschedule(self, request, pk=None):\n${reschedule}        return Response({})\n`;

export const OWNER_VIEWSET = 'class OwnerViewSet(PracticeScopedViewSetMixin, viewsets.ModelViewSet):\n    queryset = Owner.objects.all()\n    permission_classes = [IsAuthenticated, IsPracticeMember]\n';

export const ATTACHMENT_VIEW = (lookup: string) =>
  `class AttachmentFileView(APIView):\n    permission_classes = [IsAuthenticated, IsPracticeMember]\n\n    def get(self, request, pk):\n        attachment = ${lookup}\n        return Response({"name": attachment.filename})\n`;

/** A staff action changing the role on the user row the membership points to (`membership.user.save()`). */
export const USER_ROLE_VIEWSET = (permission: string) =>
  `class StaffViewSet(PracticeScopedViewSetMixin, mixins.ListModelMixin, viewsets.GenericViewSet):\n    queryset = StaffMembership.objects.all()\n    permission_classes = [IsAuthenticated, ${permission}]\n\n    @action(detail=True, methods=["post"], url_path="user-role")\n    def set_user_role(self, request, pk=None):\n        membership = self.get_object()\n        membership.user.role = request.data["role"]\n        membership.user.save(update_fields=["role"])\n        return Response({})\n`;
