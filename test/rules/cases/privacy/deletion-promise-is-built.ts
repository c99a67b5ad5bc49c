import type { RuleCases } from '../../rule-tester.js';

const POLICY = '# Privacy policy\n\nYou can delete your account at any time from Settings → Account.\n';
const app = (routes: string) => `import express from 'express';
import cron from 'node-cron';
import { prisma } from './db';
const app = express();
${routes}
`;

/** A Django app whose company admins remove other members by id; `account` is the user's own account view. */
const djangoMembers = (account: string) => ({
  'templates/privacy.html': '<h1>Privacy policy</h1>\n<p>You can delete your account at any time from Settings → Close account.</p>\n',
  'config/urls.py': 'from django.urls import path\n\nfrom accounts import views\n\nurlpatterns = [\n    path("members/<int:user_id>/remove/", views.remove_member),\n    path("account/close/", views.close_account),\n]\n',
  'accounts/views.py': `from django.contrib.auth.decorators import login_required\nfrom django.shortcuts import get_object_or_404, redirect\n\nfrom accounts.decorators import org_admin_required\nfrom accounts.models import User\n\n\n@org_admin_required\ndef remove_member(request, user_id):\n    member = get_object_or_404(User, pk=user_id, company=request.user.company)\n    if member == request.user:\n        return redirect("members")\n    member.delete()\n    return redirect("members")\n\n\n${account}`,
});
const CLOSE_FLAG = '@login_required\ndef close_account(request):\n    user = request.user\n    user.is_active = False\n    user.closed_at = timezone.now()\n    user.save(update_fields=["is_active", "closed_at"])\n    return redirect("login")\n';

/**
 * DRF: practice admins remove a staff membership picked by the URL (`remove_member(membership)` deleting it), and
 * `DELETE /api/me` is the caller's own account; `me` is its body and `services` the rest of accounts/services.py.
 */
const drfStaff = (me: string, services = '') => ({
  'templates/privacy.html': '<h1>Privacy policy</h1>\n<p>You can delete your account at any time from Account settings.</p>\n',
  'config/urls.py': 'from django.urls import include, path\nfrom rest_framework.routers import DefaultRouter\n\nfrom accounts.views import MeView, StaffMembershipViewSet\n\nrouter = DefaultRouter()\nrouter.register("staff", StaffMembershipViewSet)\n\nurlpatterns = [\n    path("api/me/", MeView.as_view()),\n    path("api/", include(router.urls)),\n]\n',
  'accounts/views.py': `from django.utils import timezone\nfrom rest_framework import mixins, viewsets\nfrom rest_framework.permissions import IsAuthenticated\nfrom rest_framework.response import Response\nfrom rest_framework.views import APIView\n\nfrom . import services\n\n\nclass StaffMembershipViewSet(mixins.ListModelMixin, viewsets.GenericViewSet):\n    queryset = StaffMembership.objects.select_related("user")\n    permission_classes = [IsAuthenticated, IsPracticeAdmin]\n\n    def destroy(self, request, pk=None):\n        membership = self.get_object()\n        services.remove_member(membership)\n        return Response(status=204)\n\n\nclass MeView(APIView):\n    permission_classes = [IsAuthenticated]\n\n    def delete(self, request):\n${me}        return Response(status=204)\n`,
  'accounts/services.py': `def remove_member(membership):\n    user = membership.user\n    membership.delete()\n    user.practice = None\n    user.save(update_fields=["practice"])\n${services}`,
});

/** t3 tRPC: `deactivate` of `accountRouter` (mounted as `account` through the `~/` path alias); `body` is its mutation body. */
const trpcAccount = (body: string) => ({
  'src/app/privacy/page.tsx': 'export default function Privacy() {\n  return (\n    <main>\n      <p>You can delete your account at any time from Settings → Account → Delete my account.</p>\n    </main>\n  );\n}\n',
  'src/server/api/root.ts': "import { accountRouter } from '~/server/api/routers/account';\nimport { createTRPCRouter } from '~/server/api/trpc';\nexport const appRouter = createTRPCRouter({ account: accountRouter });\n",
  'src/server/api/routers/account.ts': `import { createTRPCRouter, protectedProcedure } from '~/server/api/trpc';\nexport const accountRouter = createTRPCRouter({\n  deactivate: protectedProcedure.mutation(async ({ ctx }) => {\n${body}  }),\n});\n`,
  'prisma/schema.prisma': 'model User {\n  id String @id\n  name String?\n  email String? @unique\n  deactivatedAt DateTime?\n}\n',
});

/** NestJS + TypeORM: `DELETE /account/me` hands the caller to AccountService.closeAccount, whose body is `close`. */
const nestAccount = (close: string) => ({
  'docs/privacy.md': POLICY,
  'src/account/account.controller.ts': "import { Controller, Delete } from '@nestjs/common';\nimport { AccountService } from './account.service';\n@Controller('account')\nexport class AccountController {\n  constructor(private readonly account: AccountService) {}\n  @Delete('me')\n  async closeAccount(@CurrentUser() user: AuthUser) {\n    await this.account.closeAccount(user);\n  }\n}\n",
  'src/account/account.service.ts': `import { Injectable } from '@nestjs/common';\nimport { InjectRepository } from '@nestjs/typeorm';\nimport { DataSource, Repository } from 'typeorm';\nimport { User } from '../users/user.entity';\n@Injectable()\nexport class AccountService {\n  constructor(@InjectRepository(User) private readonly users: Repository<User>, private readonly dataSource: DataSource) {}\n  async closeAccount(user: AuthUser) {\n${close}  }\n}\n`,
});

/** A Flask app on raw SQL (SQLAlchemy Core `text()` in a transaction block); `sets` is the SET clause of the account deletion. */
const flaskRawSqlAccount = (sets: string) => ({
  'templates/privacy.html': '<h1>Privacy policy</h1>\n<p>You can delete your account at any time from Account settings.</p>\n',
  'app/db.py': 'from sqlalchemy import create_engine\n\n_engine = create_engine("postgresql://localhost/app")\n\n\ndef transaction():\n    return _engine.begin()\n',
  'app/account.py':
    'from flask import Blueprint, g, jsonify\nfrom sqlalchemy import text\n\nfrom .db import transaction\n\nbp = Blueprint("account", __name__, url_prefix="/api/account")\n\n\n@bp.delete("")\ndef delete_account():\n    with transaction() as conn:\n' +
    `        conn.execute(text("UPDATE users SET ${sets} WHERE id = :uid"), {"uid": g.user["id"]})\n` +
    '        conn.execute(text("DELETE FROM user_sessions WHERE user_id = :uid"), {"uid": g.user["id"]})\n    return jsonify(ok=True)\n',
});

/**
 * NestJS + Mongoose: `DELETE /account` hands the caller to AccountService (`close` is its body); company admins remove
 * a member through MembersService.remove(companyId, userId), the ids taken from the URL by `@Param`.
 */
const nestMongooseMembers = (close: string, removeArgs = 'companyId, userId') => ({
  'docs/privacy.md': POLICY,
  'src/account/account.controller.ts': "import { Controller, Delete } from '@nestjs/common';\nimport { AccountService } from './account.service';\n@Controller('account')\nexport class AccountController {\n  constructor(private readonly account: AccountService) {}\n  @Delete()\n  remove(@CurrentUser() user: AuthUser) {\n    return this.account.close(user);\n  }\n}\n",
  'src/account/account.service.ts': `import { Injectable } from '@nestjs/common';\nimport { InjectModel } from '@nestjs/mongoose';\nimport { Model } from 'mongoose';\nimport { User } from '../users/user.schema';\n@Injectable()\nexport class AccountService {\n  constructor(@InjectModel(User.name) private readonly users: Model<User>) {}\n  async close(user: AuthUser) {\n${close}  }\n}\n`,
  'src/companies/members.controller.ts': `import { Controller, Delete, Param } from '@nestjs/common';\nimport { MembersService } from './members.service';\n@Controller('companies/:companyId/members')\nexport class MembersController {\n  constructor(private readonly members: MembersService) {}\n  @Delete(':userId')\n  remove(@CurrentUser() user: AuthUser, @Param('companyId') companyId: string, @Param('userId') userId: string) {\n    return this.members.remove(${removeArgs});\n  }\n}\n`,
  'src/companies/members.service.ts': "import { Injectable } from '@nestjs/common';\nimport { InjectModel } from '@nestjs/mongoose';\nimport { Model } from 'mongoose';\nimport { User } from '../users/user.schema';\n@Injectable()\nexport class MembersService {\n  constructor(@InjectModel(User.name) private readonly users: Model<User>) {}\n  async remove(companyId: string, memberId: string) {\n    await this.users.deleteOne({ _id: memberId, companyId });\n  }\n}\n",
});
const DEACTIVATE = "    await this.users.updateOne({ _id: user.id }, { status: 'deactivated', deactivatedAt: new Date() });\n";

/**
 * Flask + flask-jwt-extended whose blueprints are registered by a function in blueprints/__init__.py (no `flask` import
 * there): `DELETE /api/account` works on `user = current_user`, whose body is `deletion`.
 */
const flaskJwtAccount = (deletion: string) => ({
  'app/templates/privacy.html': '<h1>Privacy policy</h1>\n<p>You can delete your account at any time from Settings → Account.</p>\n',
  'app/models.py': 'from .extensions import db\n\n\nclass User(db.Model):\n    id = db.Column(db.Integer, primary_key=True)\n    email = db.Column(db.String)\n    full_name = db.Column(db.String)\n\n\nclass Membership(db.Model):\n    id = db.Column(db.Integer, primary_key=True)\n    user_id = db.Column(db.Integer)\n',
  'app/blueprints/__init__.py': 'def register_blueprints(app):\n    from .account import bp as account_bp\n\n    app.register_blueprint(account_bp, url_prefix="/api/account")\n',
  'app/blueprints/account.py': `from datetime import datetime, timezone\n\nfrom flask import Blueprint\nfrom flask_jwt_extended import current_user, jwt_required\n\nfrom ..extensions import db\nfrom ..models import Membership\n\nbp = Blueprint("account", __name__)\n\n\n@bp.delete("/")\n@jwt_required()\ndef remove():\n    user = current_user\n${deletion}    db.session.commit()\n    return "", 204\n`,
});

const cases: RuleCases = {
  valid: [
    {
      name: 'lookalike: tRPC account.deactivate that anonymises the user (name and email overwritten) keeps the promise',
      files: trpcAccount("    await ctx.db.user.update({ where: { id: ctx.session.user.id }, data: { deactivatedAt: new Date(), name: null, email: `deleted-${ctx.session.user.id}@invalid` } });\n"),
    },
    {
      name: 'Flask DELETE /api/account (blueprint registered by a function) overwriting the name and email of current_user through a local alias',
      files: flaskJwtAccount('    user.full_name = "Deleted user"\n    user.email = f"deleted-{user.id}@invalid"\n    user.deactivated_at = datetime.now(timezone.utc)\n    Membership.query.filter_by(user_id=user.id).delete()\n'),
    },
    {
      name: "DRF: the caller's own account handed to a service whose untyped `member` parameter it deletes, beside a staff removal",
      files: drfStaff('        services.close_account(request.user)\n', '\n\ndef close_account(member):\n    member.delete()\n'),
    },
    {
      name: 'B2B console whose accounts are AdminUser: the own account is anonymised inside prisma.$transaction([...])',
      files: {
        'PRIVACY.md': POLICY,
        'prisma/schema.prisma': "model Company {\n  id String @id\n}\nmodel AdminUser {\n  id String @id\n  email String\n  fullName String\n  deactivatedAt DateTime?\n}\nmodel Employee {\n  id String @id\n  email String\n}\n",
        'src/app.ts': app("app.delete('/api/account', requireAuth, async (req, res) => {\n  await deleteAccount(req.user.id);\n  res.sendStatus(204);\n});\n"),
        'src/accountService.ts': "export async function deleteAccount(userId) {\n  await prisma.$transaction([\n    prisma.loginEvent.deleteMany({ where: { adminUserId: userId } }),\n    prisma.adminUser.update({ where: { id: userId }, data: { email: `deleted-${userId}@invalid`, fullName: 'Deleted user', deactivatedAt: new Date() } }),\n  ]);\n}\n",
      },
    },
    {
      name: 'NestJS + Mongoose: the caller deletes their own account; an admin route also removes members by URL id',
      files: nestMongooseMembers('    await this.users.deleteOne({ _id: user.id });\n'),
    },
    {
      name: "lookalike: the members service's deleteOne is handed the caller's own id (and the URL's company), not the URL's user id",
      files: nestMongooseMembers(DEACTIVATE, 'companyId, user.id'),
    },
    {
      name: 'raw SQL account deletion that anonymises the user (UPDATE users SET email = …, full_name = … through text())',
      files: flaskRawSqlAccount("email = 'deleted-' || id || '@invalid', full_name = 'Deleted user', password_hash = NULL, deactivated_at = now()"),
    },
    {
      name: "a shop whose account holders are customers (no User model): deleting the customer's own row keeps the promise",
      files: { 'PRIVACY.md': POLICY, 'prisma/schema.prisma': "model Customer {\n  id String @id\n  email String\n}\n", 'src/app.ts': app("app.delete('/account', requireAuth, async (req, res) => {\n  await prisma.customer.delete({ where: { id: req.user.id } });\n  res.sendStatus(204);\n});\n") },
    },
    {
      name: 'Celery: DELETE /me hands the deletion to a worker task with .delay(), and the task anonymises the user',
      files: {
        'docs/privacy.md': POLICY,
        'api/routes.py': 'from fastapi import APIRouter, Depends\n\nfrom worker.tasks import purge_account\n\nrouter = APIRouter()\n\n\n@router.delete("/me", status_code=202)\ndef delete_me(user=Depends(get_current_user)):\n    purge_account.delay(user.id)\n    return {"status": "scheduled"}\n',
        'worker/tasks.py': 'from celery import shared_task\n\n\n@shared_task\ndef purge_account(user_id):\n    User.objects.filter(pk=user_id).update(email=None, full_name="", is_active=False)\n',
      },
    },
    {
      name: 'NestJS + TypeORM: personal fields overwritten with getRepository(User).update(criteria, data) inside dataSource.transaction',
      files: nestAccount("    await this.dataSource.transaction(async (tx) => {\n      await tx.getRepository(Membership).delete({ userId: user.id });\n      await tx.getRepository(User).update(\n        { id: user.id },\n        { email: `deleted-${user.id}@invalid.example`, name: 'Deleted user', deactivatedAt: new Date() },\n      );\n    });\n"),
    },
    {
      name: 'NestJS + TypeORM: EntityManager update(User, criteria, data) inside manager.transaction anonymises',
      files: nestAccount("    await this.dataSource.manager.transaction(async (manager) => {\n      await manager.update(User, { id: user.id }, { email: null, name: null, deactivatedAt: new Date() });\n    });\n"),
    },
    { name: 'DELETE /account deletes the user', files: { 'PRIVACY.md': POLICY, 'src/app.ts': app("app.delete('/account', async (req, res) => {\n  await prisma.user.delete({ where: { id: req.user.id } });\n  res.sendStatus(204);\n});") } },
    {
      name: 'soft delete with a scheduled purge of deactivated users',
      files: {
        'PRIVACY.md': POLICY,
        'src/app.ts': app("app.delete('/account', async (req, res) => {\n  await prisma.user.update({ where: { id: req.user.id }, data: { deletedAt: new Date() } });\n  res.sendStatus(204);\n});\ncron.schedule('0 4 * * *', purgeDeletedUsers);"),
        'src/jobs/purge.ts': "export async function purgeDeletedUsers() {\n  await prisma.user.deleteMany({ where: { deletedAt: { lt: new Date(Date.now() - 30 * 864e5) } } });\n}\n",
      },
    },
    {
      name: 'anonymisation of personal fields counts as erasure',
      files: { 'PRIVACY.md': POLICY, 'src/app.ts': app("app.delete('/me', async (req, res) => {\n  await anonymiseAccount(req.user);\n  res.sendStatus(204);\n});"), 'src/accounts.ts': "export async function anonymiseAccount(user) {\n  await prisma.user.update({ where: { id: user.id }, data: { email: `deleted-${user.id}@invalid`, name: 'Deleted user', deletedAt: new Date() } });\n}\n" },
    },
    { name: 'identity provider deletion', files: { 'PRIVACY.md': POLICY, 'src/app.ts': app("app.post('/account/delete', async (req, res) => {\n  await clerkClient.users.deleteUser(req.auth.userId);\n  res.sendStatus(204);\n});") } },
    { name: 'FastAPI DELETE /me deletes the session-bound user', files: { 'PRIVACY.md': POLICY, 'svc/routes.py': 'from fastapi import APIRouter\nrouter = APIRouter()\n\n@router.delete("/me")\ndef delete_me(user=Depends(current_user), db=Depends(get_db)):\n    db.delete(user)\n    db.commit()\n' } },
    {
      name: 'Next.js route handler deletes the signed-in user',
      files: { 'PRIVACY.md': POLICY, 'apps/web/app/api/account/route.ts': "import { auth } from '@/auth';\nimport { db } from '@/lib/db';\nexport async function DELETE() {\n  const session = await auth();\n  await db.user.delete({ where: { id: session.user.id } });\n  return new Response(null, { status: 204 });\n}\n" },
    },
    {
      name: 'the user closes their own account by deleting their row; admins may also remove other members',
      files: djangoMembers('@login_required\ndef close_account(request):\n    request.user.delete()\n    return redirect("login")\n'),
    },
    {
      name: 'a promise kept on request is kept by staff deleting the user picked by id',
      files: {
        'PRIVACY.md': '# Privacy policy\n\nTo have your account deleted, email privacy@acme.test and we will erase it.\n',
        'src/app.ts': app("app.delete('/admin/users/:id', requireStaff, async (req, res) => {\n  await prisma.user.delete({ where: { id: req.params.id } });\n  res.sendStatus(204);\n});"),
      },
      options: { channels: ['on-request'] },
    },
    { name: 'deletion only on request', files: { 'PRIVACY.md': '# Privacy policy\n\nTo have your account deleted, email privacy@acme.test.\n' } },
    { name: 'deletion denied', files: { 'PRIVACY.md': '# Privacy policy\n\nAccount deletion is not available in the product yet.\n' } },
  ],
  invalid: [
    {
      name: "tRPC: account.deactivate only sets deactivatedAt: reported with what it writes, the procedure named with its router",
      files: trpcAccount('    await ctx.db.user.update({ where: { id: ctx.session.user.id }, data: { deactivatedAt: new Date() } });\n    await ctx.db.session.deleteMany({ where: { userId: ctx.session.user.id } });\n'),
      gaps: [{ messageId: 'softDelete', path: 'src/app/privacy/page.tsx', line: 4, includes: ['only sets deactivatedAt', 'mutation deactivate of accountRouter'], excludes: ['Nothing deletes'] }],
    },
    {
      name: 'lookalike: the same Flask route setting only current_user.deactivated_at is a soft delete, reported with what it writes on the User model',
      files: flaskJwtAccount('    current_user.deactivated_at = datetime.now(timezone.utc)\n'),
      gaps: [{ messageId: 'softDelete', path: 'app/templates/privacy.html', line: 2, includes: ['DELETE /api/account only sets deactivated_at on User'], excludes: ['Current_user'] }],
    },
    {
      name: "DRF: DELETE /api/me only sets is_active/deleted_at; the staff removal deleting the membership row the URL picks (remove_member(membership)) is no user deletion",
      files: drfStaff('        user = request.user\n        user.is_active = False\n        user.deleted_at = timezone.now()\n        user.save(update_fields=["is_active", "deleted_at"])\n'),
      gaps: [{ messageId: 'softDelete', path: 'templates/privacy.html', line: 2, includes: ['DELETE /api/me only sets is_active, deleted_at'] }],
    },
    {
      name: 'lookalike: AdminUser accounts; "close account" only deactivates, and the only delete removes another admin loaded by the URL id',
      files: {
        'PRIVACY.md': POLICY,
        'prisma/schema.prisma': "model Company {\n  id String @id\n}\nmodel AdminUser {\n  id String @id\n  email String\n  fullName String\n  deactivatedAt DateTime?\n}\nmodel Employee {\n  id String @id\n  email String\n}\n",
        'src/app.ts': app("app.delete('/api/account', requireAuth, async (req, res) => {\n  await prisma.adminUser.update({ where: { id: req.user.id }, data: { deactivatedAt: new Date() } });\n  res.sendStatus(204);\n});\napp.delete('/admins/:adminId', requireAuth, async (req, res) => {\n  const target = await prisma.adminUser.findFirst({ where: { id: req.params.adminId, companyId: req.user.companyId } });\n  if (!target) return res.sendStatus(404);\n  await prisma.adminUser.delete({ where: { id: target.id } });\n  res.sendStatus(204);\n});\n"),
      },
      gaps: [{ messageId: 'softDelete', path: 'PRIVACY.md', line: 3, includes: ['only sets deactivatedAt'] }],
    },
    {
      name: 'NestJS + Mongoose: the only user deletion removes a member picked by the URL userId (bound through the service parameter memberId)',
      files: nestMongooseMembers(DEACTIVATE),
      gaps: [{ messageId: 'softDelete', path: 'docs/privacy.md', line: 3, includes: ['DELETE /account only sets status, deactivatedAt'] }],
    },
    {
      name: 'lookalike: raw SQL account deletion that only sets a deactivation timestamp',
      files: flaskRawSqlAccount('deactivated_at = now()'),
      gaps: [{ messageId: 'softDelete', path: 'templates/privacy.html', line: 2, includes: ['only sets deactivated_at'] }],
    },
    {
      name: "B2B lookalike: the app's users are User; deleting a Customer (a record of the business) is no account deletion",
      files: { 'PRIVACY.md': POLICY, 'prisma/schema.prisma': "model User {\n  id String @id\n  email String\n  name String\n  deletedAt DateTime?\n}\nmodel Customer {\n  id String @id\n  companyId String\n  name String\n}\n", 'src/app.ts': app("app.delete('/account', requireAuth, async (req, res) => {\n  await prisma.user.update({ where: { id: req.user.id }, data: { deletedAt: new Date() } });\n  res.sendStatus(204);\n});\napp.delete('/customers/:id', requireAuth, async (req, res) => {\n  await prisma.customer.deleteMany({ where: { id: req.params.id, companyId: req.user.companyId } });\n  res.sendStatus(204);\n});\n") },
      gaps: [{ messageId: 'softDelete', path: 'PRIVACY.md', line: 3, includes: ['only sets deletedAt'] }],
    },
    {
      name: "Express: an admin route deleting another member picked by req.params does not keep a self-service promise",
      files: { 'PRIVACY.md': POLICY, 'src/app.ts': app("app.delete('/org/users/:userId', requireAuth, requireRole('admin'), async (req, res) => {\n  await prisma.user.delete({ where: { id: req.params.userId } });\n  res.sendStatus(204);\n});\n") },
      gaps: [{ messageId: 'missing', path: 'PRIVACY.md', line: 3, includes: ['removes a user picked by an id from the request'] }],
    },
    {
      name: 'lookalike: Celery task handed the deletion only deactivates the user',
      files: {
        'docs/privacy.md': POLICY,
        'api/routes.py': 'from fastapi import APIRouter, Depends\n\nfrom worker.tasks import purge_account\n\nrouter = APIRouter()\n\n\n@router.delete("/me", status_code=202)\ndef delete_me(user=Depends(get_current_user)):\n    purge_account.delay(user.id)\n    return {"status": "scheduled"}\n',
        'worker/tasks.py': 'from celery import shared_task\n\n\n@shared_task\ndef purge_account(user_id):\n    User.objects.filter(pk=user_id).update(is_active=False)\n',
      },
      gaps: [{ messageId: 'softDelete', path: 'docs/privacy.md', line: 3, includes: ['only sets is_active'] }],
    },
    {
      name: 'lookalike: TypeORM update(criteria, data) whose criteria names the user id but whose data only sets a flag',
      files: nestAccount("    await this.dataSource.transaction(async (tx) => {\n      await tx.getRepository(User).update({ id: user.id }, { deactivatedAt: new Date() });\n    });\n"),
      gaps: [{ messageId: 'softDelete', path: 'docs/privacy.md', line: 3, includes: ['DELETE /account/me only sets deactivatedAt on User'], excludes: ['sets id'] }],
    },
    {
      name: 'lookalike: TypeORM EntityManager update(User, criteria, data) that only deactivates',
      files: nestAccount("    await this.dataSource.manager.update(User, { id: user.id }, { deactivatedAt: new Date() });\n"),
      gaps: [{ messageId: 'softDelete', path: 'docs/privacy.md', line: 3, includes: ['only sets deactivatedAt on User'] }],
    },
    {
      name: 'lookalike: an admin removing another member (picked by user_id) is not the self-service deletion; the user\'s own "close account" only sets flags',
      files: djangoMembers(CLOSE_FLAG),
      gaps: [{ messageId: 'softDelete', path: 'templates/privacy.html', line: 2, includes: ['ANY /account/close only sets is_active, closed_at'] }],
    },
    {
      name: 'lookalike: the only deletion of a user is an admin removing another member by id',
      files: djangoMembers('@login_required\ndef close_account(request):\n    logout(request)\n    return redirect("login")\n'),
      gaps: [{ messageId: 'missing', path: 'templates/privacy.html', line: 2, includes: ['removes a user picked by an id from the request', 'ANY /members/<int:user_id>/remove'] }],
    },
    {
      name: 'lookalike: "delete my account" only sets a flag',
      files: {
        'PRIVACY.md': POLICY,
        'src/app.ts': app("app.delete('/account', async (req, res) => {\n  await deactivateAccount(req.user);\n  res.sendStatus(204);\n});"),
        'src/accounts.ts': "export async function deactivateAccount(user) {\n  await prisma.user.update({ where: { id: user.id }, data: { deactivated: true, deactivatedAt: new Date() } });\n  await prisma.session.deleteMany({ where: { userId: user.id } });\n}\n",
      },
      gaps: [{ messageId: 'softDelete', path: 'PRIVACY.md', line: 3, includes: ['DELETE /account only sets deactivated, deactivatedAt on User (src/accounts.ts:2)', 'PRIVACY.md:3'] }],
    },
    {
      name: 'lookalike: a purge function nothing schedules does not make the flag a deletion',
      files: {
        'PRIVACY.md': POLICY,
        'src/app.ts': app("app.delete('/account', async (req, res) => {\n  await prisma.user.update({ where: { id: req.user.id }, data: { deletedAt: new Date() } });\n  res.sendStatus(204);\n});"),
        'src/jobs/purge.ts': "export async function purgeDeletedUsers() {\n  await prisma.user.deleteMany({ where: { deletedAt: { not: null } } });\n}\n",
      },
      gaps: [{ messageId: 'softDelete', path: 'PRIVACY.md', includes: ['only sets deletedAt'] }],
    },
    {
      name: 'lookalike: DELETE /account that only signs the user out everywhere',
      files: { 'PRIVACY.md': POLICY, 'src/app.ts': app("app.delete('/account', async (req, res) => {\n  await prisma.session.deleteMany({ where: { userId: req.user.id } });\n  res.sendStatus(204);\n});") },
      gaps: [{ messageId: 'missing', path: 'PRIVACY.md', includes: ['DELETE /account deletes neither the user nor their personal fields'] }],
    },
    {
      name: 'FastAPI soft delete by attribute',
      files: { 'PRIVACY.md': POLICY, 'svc/routes.py': 'from fastapi import APIRouter\nrouter = APIRouter()\n\n@router.delete("/me")\ndef delete_me(user=Depends(current_user), db=Depends(get_db)):\n    user.is_active = False\n    db.commit()\n' },
      gaps: [{ messageId: 'softDelete', path: 'PRIVACY.md', includes: ['DELETE /me only sets is_active'] }],
    },
    {
      name: 'Next.js server action that only flags the user',
      files: { 'PRIVACY.md': POLICY, 'app/settings/actions.ts': "'use server';\nimport { db } from '@/lib/db';\nexport async function deleteAccount(userId: string) {\n  await db.user.update({ where: { id: userId }, data: { deletedAt: new Date() } });\n}\n" },
      gaps: [{ messageId: 'softDelete', path: 'PRIVACY.md', includes: ['server action deleteAccount only sets deletedAt on User (app/settings/actions.ts:4)'] }],
    },
    {
      name: 'nothing built at all',
      files: { 'docs/privacy-policy.md': '# Privacy\n\n- **Deletion.** You may delete your profile and all personal data at any time in the app.\n', 'src/app.ts': app("app.get('/health', (req, res) => res.send('ok'));") },
      gaps: [{ messageId: 'missing', path: 'docs/privacy-policy.md', line: 3, includes: ['no route or job deletes the user model'] }],
    },
  ],
};
export default cases;
