import { describe, expect, it } from '@jest/globals';
import { indexFiles, py, routeLines, routeOps } from './helpers.js';

const settings = py`
  REST_FRAMEWORK = {
      "DEFAULT_AUTHENTICATION_CLASSES": ["rest_framework.authentication.SessionAuthentication"],
      "DEFAULT_PERMISSION_CLASSES": ("rest_framework.permissions.IsAuthenticated",),
  }
`;

describe('Django extractor: URL configuration and function views', () => {
  it('mounts function views through path, re_path and include, with decorators and method restrictions', async () => {
    const index = await indexFiles({
      'config/urls.py': py`
        from django.urls import include, path
        urlpatterns = [
            path("app/", include("projects.urls")),
            path("admin-tools/", include(("projects.admin_urls", "admin-tools"), namespace="admin-tools")),
        ]
      `,
      'projects/urls.py': py`
        from django.urls import path, re_path
        from django.contrib.auth.decorators import login_required
        from . import views

        urlpatterns = [
            path("projects/<int:pk>/", views.project_detail, name="project-detail"),
            re_path(r"^projects/(?P<pk>[0-9]+)/archive/$", views.archive),
            path("dashboard/", login_required(views.dashboard)),
        ]
      `,
      'projects/admin_urls.py': py`
        from django.urls import path
        from .views import purge
        urlpatterns = [path("purge/", purge)]
      `,
      'projects/views.py': py`
        from django.contrib.auth.decorators import login_required, permission_required, user_passes_test
        from django.shortcuts import get_object_or_404
        from django.views.decorators.http import require_POST, require_http_methods

        @login_required
        @require_http_methods(["GET", "POST"])
        def project_detail(request, pk):
            project = get_object_or_404(Project, pk=pk, organization=request.user.organization)

        @require_POST
        @permission_required("projects.change_project", raise_exception=True)
        def archive(request, pk):
            Project.objects.filter(pk=pk).update(archived=True)

        def dashboard(request): ...

        @user_passes_test(lambda u: u.is_superuser)
        @require_POST
        def purge(request):
            Project.objects.filter(archived=True).delete()

        def not_routed(request):
            Project.objects.all().delete()
      `,
    });
    expect(routeLines(index)).toEqual([
      'ANY /app/dashboard [login_required]',
      'GET /app/projects/<int:pk> [login_required]',
      'POST /admin-tools/purge [user_passes_test]',
      'POST /app/projects/<int:pk> [login_required]',
      'POST /app/projects/<pk>/archive [permission_required(projects.change_project)]',
    ]);
    expect(routeOps(index, 'POST /app/projects/<pk>/archive')).toEqual(['update Project keyed']);
    expect(index.routes().find((r) => r.fullPath === '/app/projects/<pk>/archive')?.route.params).toEqual(['pk']);
    expect(routeOps(index, 'GET /app/projects/<int:pk>')).toEqual(['read Project scoped keyed']);
  });

  it('reads class-based views with access mixins and generic views without methods', async () => {
    const index = await indexFiles({
      'projects/urls.py': py`
        from django.urls import path
        from . import views
        urlpatterns = [
            path("projects/<int:pk>/delete/", views.ProjectDeleteView.as_view()),
            path("projects/<int:pk>/edit/", views.ProjectUpdateView.as_view()),
            path("projects/<int:pk>/members/", views.MembersView.as_view()),
        ]
      `,
      'projects/views.py': py`
        from django.contrib.auth.mixins import LoginRequiredMixin, PermissionRequiredMixin, UserPassesTestMixin
        from django.views import View
        from django.views.generic import DeleteView, UpdateView

        class ProjectDeleteView(LoginRequiredMixin, PermissionRequiredMixin, DeleteView):
            model = Project
            permission_required = "projects.delete_project"

        class ProjectUpdateView(LoginRequiredMixin, UpdateView):
            model = Project
            fields = ["name"]

            def get_queryset(self):
                return Project.objects.filter(owner=self.request.user)

        class OrgAdminRequiredMixin(UserPassesTestMixin):
            def test_func(self):
                return self.request.user.is_org_admin

        class MembersView(OrgAdminRequiredMixin, View):
            def post(self, request, pk):
                Membership.objects.create(project_id=pk, user_id=request.POST["user_id"])

            def delete(self, request, pk):
                Membership.objects.filter(project_id=pk, user_id=request.GET["user_id"]).delete()
      `,
    });
    expect(routeLines(index)).toEqual([
      'DELETE /projects/<int:pk>/members [OrgAdminRequiredMixin, UserPassesTestMixin]',
      'POST /projects/<int:pk>/delete [LoginRequiredMixin, PermissionRequiredMixin(projects.delete_project)]',
      'POST /projects/<int:pk>/edit [LoginRequiredMixin]',
      'POST /projects/<int:pk>/members [OrgAdminRequiredMixin, UserPassesTestMixin]',
    ]);
    expect(routeOps(index, 'POST /projects/<int:pk>/delete')).toEqual(['delete Project keyed']);
    expect(routeOps(index, 'POST /projects/<int:pk>/edit')).toEqual(['update Project scoped keyed', 'read Project scoped']);
    expect(routeOps(index, 'DELETE /projects/<int:pk>/members')).toEqual(['delete Membership keyed']);
  });
});

describe('Django REST Framework', () => {
  const urls = py`
    from django.urls import include, path
    from rest_framework.routers import DefaultRouter
    from projects import views

    router = DefaultRouter()
    router.register(r"projects", views.ProjectViewSet, basename="project")
    router.register(r"teams", views.TeamViewSet, basename="team")

    urlpatterns = [path("api/", include(router.urls))]
  `;

  it('expands a router-registered ModelViewSet into its CRUD routes; IsAuthenticated alone is authentication only', async () => {
    const index = await indexFiles({
      'config/urls.py': urls,
      'projects/views.py': py`
        from rest_framework import permissions, viewsets
        from rest_framework.decorators import action
        from .permissions import IsProjectAdmin

        class ProjectViewSet(viewsets.ModelViewSet):
            queryset = Project.objects.all()
            serializer_class = ProjectSerializer
            permission_classes = [IsAuthenticated]

            @action(detail=True, methods=["post"], url_path="transfer")
            def transfer(self, request, pk=None):
                project = self.get_object()
                project.owner_id = request.data["owner_id"]
                project.save()

        class TeamViewSet(viewsets.ModelViewSet):
            serializer_class = TeamSerializer
            permission_classes = [IsAuthenticated, IsProjectAdmin]

            def get_queryset(self):
                return Team.objects.filter(organization=self.request.user.organization)

            def perform_create(self, serializer):
                serializer.save(organization=self.request.user.organization)
      `,
    });
    expect(routeLines(index)).toEqual([
      'DELETE /api/projects/<pk> [IsAuthenticated]',
      'DELETE /api/teams/<pk> [IsAuthenticated, IsProjectAdmin]',
      'GET /api/projects [IsAuthenticated]',
      'GET /api/projects/<pk> [IsAuthenticated]',
      'GET /api/teams [IsAuthenticated, IsProjectAdmin]',
      'GET /api/teams/<pk> [IsAuthenticated, IsProjectAdmin]',
      'PATCH /api/projects/<pk> [IsAuthenticated]',
      'PATCH /api/teams/<pk> [IsAuthenticated, IsProjectAdmin]',
      'POST /api/projects [IsAuthenticated]',
      'POST /api/projects/<pk>/transfer [IsAuthenticated]',
      'POST /api/teams [IsAuthenticated, IsProjectAdmin]',
      'PUT /api/projects/<pk> [IsAuthenticated]',
      'PUT /api/teams/<pk> [IsAuthenticated, IsProjectAdmin]',
    ]);
    expect(routeOps(index, 'DELETE /api/projects/<pk>')).toEqual(['delete Project keyed']);
    const destroy = index.routes().find((r) => r.route.method === 'DELETE' && r.fullPath === '/api/projects/<pk>')!.route;
    expect([destroy.params, destroy.dataOps[0]!.filter]).toEqual([['pk'], ['pk']]);
    expect(routeOps(index, 'DELETE /api/teams/<pk>')).toEqual(['delete Team scoped keyed', 'read Team scoped']);
    expect(routeOps(index, 'POST /api/teams')).toEqual(['create Team scoped']);
    // `project = self.get_object()` is a read of the view's model bound to `project`: handed to a service, the row keeps its model.
    expect(routeOps(index, 'POST /api/projects/<pk>/transfer')).toEqual(['read Project keyed', 'update Project keyed']);
    const transfer = index.routes().find((r) => r.route.method === 'POST' && r.fullPath === '/api/projects/<pk>/transfer')!.route;
    expect(transfer.dataOps.find((op) => op.op === 'read')).toMatchObject({ model: 'Project', boundTo: 'project', viewObject: true, filter: ['pk'] });
  });

  it('keeps the include prefix of router URLs spread into urlpatterns (*router.urls) or assigned as them', async () => {
    const index = await indexFiles({
      'config/urls.py': py`
        from django.urls import include, path
        urlpatterns = [
            path("api/", include("projects.urls")),
            path("api/", include("audit.urls")),
        ]
      `,
      'projects/urls.py': py`
        from django.urls import path
        from rest_framework.routers import DefaultRouter
        from .views import ProjectViewSet, project_ics
        router = DefaultRouter()
        router.register("projects", ProjectViewSet, basename="project")
        urlpatterns = [
            path("projects/<int:pk>/calendar.ics", project_ics),
            *router.urls,
        ]
      `,
      'audit/urls.py': py`
        from rest_framework.routers import DefaultRouter
        from .views import EntryViewSet
        router = DefaultRouter()
        router.register("audit-log", EntryViewSet, basename="audit-log")
        urlpatterns = router.urls
      `,
      'projects/views.py': py`
        from rest_framework import mixins, viewsets
        class ProjectViewSet(mixins.DestroyModelMixin, viewsets.GenericViewSet):
            queryset = Project.objects.all()
        def project_ics(request, pk):
            return Project.objects.get(pk=pk)
      `,
      'audit/views.py': py`
        from rest_framework import viewsets
        class EntryViewSet(viewsets.ReadOnlyModelViewSet):
            queryset = Entry.objects.all()
      `,
    });
    expect(routeLines(index).map((l) => l.replace(/ \[.*$/, ''))).toEqual([
      'ANY /api/projects/<int:pk>/calendar.ics',
      'DELETE /api/projects/<pk>',
      'GET /api/audit-log',
      'GET /api/audit-log/<pk>',
    ]);
  });

  it('falls back to DEFAULT_PERMISSION_CLASSES, reads @api_view with @permission_classes and per-action permissions', async () => {
    const index = await indexFiles({
      'config/settings.py': settings,
      'config/urls.py': py`
        from django.urls import path
        from projects import views
        urlpatterns = [
            path("api/projects/<int:pk>/archive/", views.archive),
            path("api/webhooks/stripe/", views.stripe_webhook),
            path("api/reports/<int:pk>/", views.ReportView.as_view()),
        ]
      `,
      'projects/views.py': py`
        import stripe
        from rest_framework.decorators import api_view, permission_classes
        from rest_framework.permissions import AllowAny, IsAdminUser
        from rest_framework.views import APIView

        @api_view(["POST"])
        def archive(request, pk):
            Project.objects.filter(pk=pk).update(archived=True)

        @api_view(["POST"])
        @permission_classes([AllowAny])
        def stripe_webhook(request):
            event = stripe.Webhook.construct_event(request.body, request.META["HTTP_STRIPE_SIGNATURE"], SECRET)

        class ReportView(APIView):
            def get_permissions(self):
                if self.request.method == "DELETE":
                    return [IsAdminUser()]
                return super().get_permissions()

            def delete(self, request, pk):
                Report.objects.get(pk=pk).delete()
      `,
    });
    expect(routeLines(index)).toEqual([
      'DELETE /api/reports/<int:pk> [IsAdminUser]',
      'POST /api/projects/<int:pk>/archive [IsAuthenticated]',
      'POST /api/webhooks/stripe [AllowAny]',
    ]);
    const webhook = index.routes().find((r) => r.fullPath === '/api/webhooks/stripe')!;
    expect(webhook.route.calls.map((c) => c.callee)).toContain('stripe.Webhook.construct_event');
    expect(webhook.mounts.map((m) => m.location.path)).not.toContain('config/settings.py');
  });

  it('reads generic API views, mixins with delegating handlers and nested routers', async () => {
    const index = await indexFiles({
      'config/urls.py': py`
        from django.urls import include, path
        from rest_framework_nested.routers import DefaultRouter, NestedSimpleRouter
        from projects.views import MemberViewSet, ProjectDetail, ProjectArchive

        router = DefaultRouter()
        members = NestedSimpleRouter(router, r"projects", lookup="project")
        members.register(r"members", MemberViewSet, basename="member")

        urlpatterns = [
            path("api/", include(members.urls)),
            path("api/projects/<int:pk>/", ProjectDetail.as_view()),
            path("api/projects/<int:pk>/archive/", ProjectArchive.as_view()),
        ]
      `,
      'projects/views.py': py`
        from rest_framework import generics, mixins, permissions, viewsets

        class MemberViewSet(mixins.DestroyModelMixin, viewsets.GenericViewSet):
            permission_classes = [IsAuthenticated]

            def get_queryset(self):
                return Membership.objects.filter(project_id=self.kwargs["project_pk"])

        class ProjectDetail(generics.RetrieveUpdateDestroyAPIView):
            queryset = Project.objects.all()
            permission_classes = [IsAuthenticated]

            def perform_destroy(self, instance):
                instance.deleted = True
                instance.save()

        class ProjectArchive(mixins.UpdateModelMixin, generics.GenericAPIView):
            queryset = Project.objects.all()
            permission_classes = [IsAuthenticated]

            def post(self, request, *args, **kwargs):
                return self.partial_update(request, *args, **kwargs)
      `,
    });
    expect(routeLines(index)).toEqual([
      'DELETE /api/projects/<int:pk> [IsAuthenticated]',
      'DELETE /api/projects/<project_pk>/members/<pk> [IsAuthenticated]',
      'GET /api/projects/<int:pk> [IsAuthenticated]',
      'PATCH /api/projects/<int:pk> [IsAuthenticated]',
      'POST /api/projects/<int:pk>/archive [IsAuthenticated]',
      'PUT /api/projects/<int:pk> [IsAuthenticated]',
    ]);
    expect(routeOps(index, 'DELETE /api/projects/<int:pk>')).toEqual(['update Project keyed']);
    expect(routeOps(index, 'POST /api/projects/<int:pk>/archive')).toEqual(['update Project keyed']);
    expect(routeOps(index, 'DELETE /api/projects/<project_pk>/members/<pk>')).toEqual(['delete Membership keyed', 'read Membership keyed']);
  });
});
