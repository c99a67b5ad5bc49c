import type { RuleCases } from '../../rule-tester.js';

const express = (route: string) => `import express from 'express';\nimport { audit } from './audit';\nconst app = express();\n${route}`;
const auditLib = "export const audit = { async record(entry) { await prisma.auditLog.create({ data: entry }); } };\n";

const djangoCase = (service: string) => ({
  'cases/urls.py': 'from django.urls import path\nfrom . import views\n\nurlpatterns = [path("cases/<int:pk>/close/", views.close)]\n',
  'cases/views.py': 'from django.contrib.auth.decorators import permission_required\nfrom django.shortcuts import get_object_or_404\nfrom cases import services\nfrom cases.models import Case\n\n@permission_required("cases.close_case")\ndef close(request, pk):\n    case = get_object_or_404(Case, pk=pk, organization=request.user.organization)\n    services.close_case(request, case)\n',
  'cases/services.py': `from cases.models import Case\nfrom core.audit import record_audit\n\ndef close_case(request, case: Case) -> Case:\n${service}    return case\n`,
});
const fastapiStatus = (extra: string) =>
  `from fastapi import APIRouter, Depends\nfrom app.models import Application\nrouter = APIRouter()\n\ndef _org_application(db, org_id: int, application_id: int) -> Application:\n    return db.scalar(select(Application).where(Application.id == application_id, Application.org_id == org_id))\n\n@router.post("/applications/{application_id}/status")\ndef set_status(application_id: int, body: StatusIn, user=Depends(require_reviewer), db=Depends(get_db)):\n    application = _org_application(db, user.org_id, application_id)\n    application.status = body.status\n${extra}    db.commit()\n`;

const djangoLogin = (signals: string) => ({
  'accounts/urls.py': 'from django.urls import path\nfrom accounts import views\n\nurlpatterns = [path("login/", views.login_view), path("logout/", views.logout_view)]\n',
  'accounts/views.py': 'from django.contrib.auth import authenticate, login, logout\nfrom django.shortcuts import redirect\nfrom django.views.decorators.http import require_POST\n\n@require_POST\ndef login_view(request):\n    user = authenticate(request, username=request.POST["username"], password=request.POST["password"])\n    login(request, user)\n    return redirect("home")\n\n@require_POST\ndef logout_view(request):\n    logout(request)\n    return redirect("login")\n',
  'core/signals.py': signals,
});

/** A DRF view changing a member's role, and a model-signal receiver module. */
const djangoRole = (save: string, signals: string) => ({
  'accounts/urls.py': 'from django.urls import path\nfrom accounts import views\n\nurlpatterns = [path("members/<int:membership_id>/role", views.change_member_role)]\n',
  'accounts/views.py': `from django.shortcuts import get_object_or_404\nfrom rest_framework.decorators import api_view, permission_classes\nfrom rest_framework.permissions import IsAuthenticated\nfrom rest_framework.response import Response\nfrom .models import Membership\n\n@api_view(["POST"])\n@permission_classes([IsAuthenticated, IsStudioAdmin])\ndef change_member_role(request, membership_id):\n    membership = get_object_or_404(Membership, pk=membership_id, studio=request.user.membership.studio)\n${save}\n    return Response(status=204)\n`,
  'core/signals.py': signals,
});
const membershipReceiver = (sender: string) => `from django.db.models.signals import post_save\nfrom django.dispatch import receiver\nfrom accounts.models import Membership, Invite\n\n@receiver(post_save, sender=${sender})\ndef record_membership_change(sender, instance, created, **kwargs):\n    AuditLog.objects.create(action="membership.updated", target_id=str(instance.pk))\n`;

/** A NestJS controller whose `signIn` delegates to the service's `signIn` (same method name, another class). */
const authController = (injection: string) => `import { Body, Controller, Post } from '@nestjs/common';
import { AuthService } from './auth.service';
@Controller('auth')
export class AuthController {
  ${injection}
  @Post('sign-in')
  async signIn(@Body() dto) {
    return this.auth.signIn(dto.email, dto.password);
  }
}
`;
const authService = (recorded: boolean) => `import { Injectable } from '@nestjs/common';
@Injectable()
export class AuthService {
  constructor(private readonly audit: AuditService, private readonly jwt: JwtService) {}
  async signIn(email: string, password: string) {
    const token = await this.jwt.signAsync({ email });
${recorded ? "    await this.audit.log({ action: 'auth.signed_in', email });\n" : ''}    return { token };
  }
}
`;
const vendorsController = `import { Controller, Delete, Param } from '@nestjs/common';
import { VendorsService } from './vendors.service';
@Controller('vendors')
export class VendorsController {
  constructor(private readonly vendors: VendorsService) {}
  @Delete(':id')
  async remove(@Param('id') id: string) {
    await this.vendors.remove(id);
  }
}
`;

/** NestJS: a TypeORM delete in a service, behind a controller wearing `decorators` (an interceptor that may record it). */
const interceptedVendors = (decorators: string, interceptorBody: string) => ({
  'src/vendors/vendors.controller.ts': `import { Controller, Delete, Param, UseInterceptors } from '@nestjs/common';\nimport { VendorsService } from './vendors.service';\nimport { AuditInterceptor } from '../audit/audit.interceptor';\n@Controller('vendors')\n${decorators}export class VendorsController {\n  constructor(private readonly vendors: VendorsService) {}\n  @Delete(':id')\n  async remove(@Param('id') id: string) {\n    await this.vendors.remove(id);\n  }\n}\n`,
  'src/vendors/vendors.service.ts': "import { Injectable } from '@nestjs/common';\nimport { InjectRepository } from '@nestjs/typeorm';\nimport { Repository } from 'typeorm';\n@Injectable()\nexport class VendorsService {\n  constructor(@InjectRepository(Vendor) private readonly repo: Repository<Vendor>) {}\n  async remove(id: string) {\n    await this.repo.delete({ id });\n  }\n}\n",
  'src/audit/audit.interceptor.ts': `import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';\nimport { tap } from 'rxjs';\nimport { AuditService } from './audit.service';\n@Injectable()\nexport class AuditInterceptor implements NestInterceptor {\n  constructor(private readonly audit: AuditService, private readonly logger: Logger) {}\n  intercept(context: ExecutionContext, next: CallHandler) {\n    const req = context.switchToHttp().getRequest();\n    if (req.method === 'GET') return next.handle();\n    return next.handle().pipe(tap(() => {\n${interceptorBody}    }));\n  }\n}\n`,
});
const recordsAudit = "      void this.audit.record({ actor: req.user, action: context.getHandler().name, targetId: req.params.id });\n";
const onlyLogs = "      this.logger.log(`${req.method} ${req.url}`);\n";

/** Auth.js v5: the catch-all route hands requests to `handlers`, built from the configuration in auth.ts. */
const authjsV5 = (events: string) => ({
  'app/api/auth/[...nextauth]/route.ts': "import { handlers } from '@/auth';\n\nexport const { GET, POST } = handlers;\n",
  'auth.ts': `import NextAuth from 'next-auth';\nimport GitHub from 'next-auth/providers/github';\nimport { recordAudit } from '@/lib/audit';\n\nexport const { handlers, auth, signIn, signOut } = NextAuth({\n  providers: [GitHub],\n  callbacks: {\n    session({ session }) {\n      return session;\n    },\n  },\n${events}});\n`,
  'lib/audit.ts': "export async function recordAudit(entry: { actorId: string; action: string }) {\n  await db.insert(auditLogs).values(entry);\n}\n",
  'tsconfig.json': '{ "compilerOptions": { "baseUrl": ".", "paths": { "@/*": ["./*"] } } }\n',
});
/** Auth.js v4, pages router: `export default NextAuth(authOptions)` with the options in another module. */
const authjsV4 = (events: string) => ({
  'pages/api/auth/[...nextauth].ts': "import NextAuth from 'next-auth';\nimport { authOptions } from '../../../lib/auth';\n\nexport default NextAuth(authOptions);\n",
  'lib/auth.ts': `import type { NextAuthOptions } from 'next-auth';\nimport EmailProvider from 'next-auth/providers/email';\nimport { recordAudit } from './audit';\n\nexport const authOptions: NextAuthOptions = {\n  providers: [EmailProvider({ server: process.env.EMAIL_SERVER })],\n${events}};\n`,
  'lib/audit.ts': "export async function recordAudit(entry: { actorId: string; action: string }) {\n  await prisma.auditLog.create({ data: entry });\n}\n",
});
const signInEvent = "  events: {\n    async signIn({ user }) {\n      await recordAudit({ actorId: user.id, action: 'auth.sign_in' });\n    },\n  },\n";

const cronCleanup = "import type { NextApiRequest, NextApiResponse } from 'next';\nexport default async function cleanup(req: NextApiRequest, res: NextApiResponse) {\n  if (req.headers.authorization !== `Bearer ${process.env.CRON_SECRET}`) return res.status(401).end();\n  const invites = await prisma.invite.deleteMany({ where: { expiresAt: { lt: new Date() } } });\n  await prisma.auditLog.deleteMany({ where: { createdAt: { lt: cutoff() } } });\n  res.json({ invites: invites.count });\n}\n";

/** NestJS + Mongoose: a member document loaded through the injected model, its role assigned, then saved. */
const nestMongoose = (recorded: boolean) => ({
  'src/members/members.controller.ts': "import { Body, Controller, Param, Patch, UseGuards } from '@nestjs/common';\nimport { MembersService } from './members.service';\n@Controller('members')\n@UseGuards(JwtAuthGuard, RolesGuard)\nexport class MembersController {\n  constructor(private readonly members: MembersService) {}\n  @Roles('admin')\n  @Patch(':id/role')\n  changeRole(@Param('id') id: string, @Body() dto: { role: string }) {\n    return this.members.changeRole(id, dto.role);\n  }\n}\n",
  'src/members/members.service.ts': `import { Injectable } from '@nestjs/common';\nimport { InjectModel } from '@nestjs/mongoose';\nimport { Model } from 'mongoose';\nimport { Member, MemberDocument } from './member.schema';\n@Injectable()\nexport class MembersService {\n  constructor(@InjectModel(Member.name) private readonly memberModel: Model<MemberDocument>, private readonly audit: AuditService) {}\n  async changeRole(id: string, role: string) {\n    const member = await this.memberModel.findById(id);\n    member.role = role;\n    await member.save();\n${recorded ? "    await this.audit.record({ action: 'member.role_changed', target: id });\n" : ''}    return member;\n  }\n}\n`,
});
/** An Express route that makes a service for the caller and calls its method: in place or through a local. */
const clientService = (audit: string) => `import { Client } from '../models/Client';\nexport class ClientService {\n  constructor(private readonly user: AuthedUser) {}\n  async remove(id: string) {\n    await Client.deleteOne({ _id: id, orgId: this.user.orgId });\n${audit}  }\n}\n`;
const clientsRoute = (call: string) => `import { Router } from 'express';\nimport { ClientService } from '../services/ClientService';\nexport const clientsRouter = Router();\nclientsRouter.delete('/:id', requireAuth, async (req, res) => {\n${call}  res.sendStatus(204);\n});\n`;

/** Express sign-in by a magic link: `GET /auth/magic-link/verify` establishes the session (no sign-in words in its path). */
const magicLink = (signIn: string, recorded = '') => express(`app.get('/auth/magic-link/verify', async (req, res) => {
  const link = await prisma.magicLinkToken.findUnique({ where: { tokenHash: sha256(String(req.query.token)) } });
  if (!link) return res.status(400).send('invalid link');
  const user = await prisma.user.findUnique({ where: { email: link.email } });
${signIn}${recorded}  res.redirect('/app');
});
`);

/**
 * Express + TypeORM: services write through a generic repository filtering by the caller's workspace, made by a factory
 * (`scoped(Invoice, user.workspaceId).update(id, { status: 'sent' })`): the model is the entity handed to the factory.
 */
const GENERIC_REPOSITORY = "import type { EntityTarget, Repository } from 'typeorm';\nimport { AppDataSource } from '../data-source';\nexport class WorkspaceRepository<T> {\n  protected readonly repo: Repository<T>;\n  constructor(entity: EntityTarget<T>, protected readonly workspaceId: string) {\n    this.repo = AppDataSource.getRepository(entity);\n  }\n  create(data: Partial<T>) {\n    return this.repo.save(this.repo.create({ ...data, workspaceId: this.workspaceId } as T));\n  }\n  async update(id: string, data: Partial<T>) {\n    await this.repo.update({ id, workspaceId: this.workspaceId } as never, data as never);\n  }\n}\nexport const scoped = <T>(entity: EntityTarget<T>, workspaceId: string) => new WorkspaceRepository<T>(entity, workspaceId);\n";
const genericRepository = (route: string, service: string) => ({
  'src/repositories/base.ts': GENERIC_REPOSITORY,
  'src/routes/records.ts': `import { Router } from 'express';\nimport * as records from '../services/records';\nexport const recordsRouter = Router();\n${route}`,
  'src/services/records.ts': `import { Invoice } from '../entities/Invoice';\nimport { Project } from '../entities/Project';\nimport { Task } from '../entities/Task';\nimport { scoped } from '../repositories/base';\nimport { auditService } from './audit';\n${service}`,
});

/** An Express route deleting a member through a repository accessor (`const members = () => AppDataSource.getRepository(Member)`). */
const accessorService = (audit: string) => ({
  'src/routes/members.ts': "import { Router } from 'express';\nimport * as members from '../services/members';\nexport const membersRouter = Router();\nmembersRouter.delete('/:memberId', requirePermission('members:manage'), async (req, res) => {\n  await members.removeMember(req.user.workspaceId, req.params.memberId);\n  res.status(204).end();\n});\n",
  'src/services/members.ts': `import { AppDataSource } from '../data-source';\nimport { Member } from '../entities/Member';\nconst members = () => AppDataSource.getRepository(Member);\nexport async function removeMember(workspaceId: string, memberId: string) {\n  const member = await members().findOneBy({ id: memberId, workspaceId });\n  await members().remove(member);\n${audit}}\n`,
});

/** A Flask password reset: the token row is deleted and the user loaded with db.session.get gets a new password hash. */
const flaskReset = (audit: string) => ({
  'app/auth.py': `from flask import Blueprint, request, abort\nfrom app.extensions import db\nfrom app.models import User, PasswordResetToken\nbp = Blueprint("auth", __name__, url_prefix="/auth")\n\n@bp.post("/reset-password/<token>")\ndef reset_password(token):\n    row = PasswordResetToken.query.filter_by(token_hash=hash_token(token)).first()\n    if not row:\n        abort(404)\n    user = db.session.get(User, row.user_id)\n    user.password_hash = generate_password_hash(request.get_json()["password"])\n    db.session.delete(row)\n${audit}    db.session.commit()\n    return "", 204\n`,
});

/** Sequelize, CommonJS: a service function changes the status of a row another function of the module loaded and returned. */
const sequelizeVoid = (load: string, recorded: boolean) => ({
  'src/routes/invoices.js': "const express = require('express');\nconst invoiceService = require('../services/invoiceService');\nconst router = express.Router();\nrouter.post('/invoices/:id/void', requireAuth, async (req, res) => {\n  res.json(await invoiceService.voidInvoice(req.user.organizationId, req.params.id));\n});\nmodule.exports = router;\n",
  'src/services/invoiceService.js': `const { Invoice } = require('../models');\nconst audit = require('./audit');\n\nasync function findInvoice(organizationId, id) {\n  const invoice = await ${load};\n  if (!invoice) throw new Error('Invoice not found');\n  return invoice;\n}\n\nasync function voidInvoice(organizationId, id) {\n  const invoice = await findInvoice(organizationId, id);\n  invoice.status = 'void';\n  await invoice.save();\n${recorded ? "  await audit.record('invoice.voided', { id });\n" : ''}  return invoice;\n}\n\nmodule.exports = { findInvoice, voidInvoice };\n`,
});

/** A Fastify + Knex password reset: the request stores a one-time token row and mails it; the confirm route sets the hash. */
const knexReset = (confirmAudit: string) => ({
  'src/routes/auth.ts': `import type { FastifyInstance } from 'fastify';\nexport default async function authRoutes(app: FastifyInstance) {\n  app.post('/password-reset', async (request, reply) => {\n    const user = await db('users').where({ email: request.body.email }).first('id', 'email');\n    if (user) {\n      await db('password_reset_tokens').insert({ user_id: user.id, token_hash: hash, expires_at: new Date(Date.now() + 3_600_000) });\n      await sendMail(user.email, 'Reset your password', link);\n    }\n    return reply.code(202).send({ ok: true });\n  });\n  app.post('/password-reset/confirm', async (request) => {\n    const row = await db('password_reset_tokens').where({ token_hash: hashToken(request.body.token) }).first();\n    await db('users').where({ id: row.user_id }).update({ password_hash: await argon2.hash(request.body.password) });\n${confirmAudit}    return { ok: true };\n  });\n}\n`,
});

/** A public Flask submission route that delivers to the form's webhooks; `deliver` is the body of the loop over them. */
const flaskWebhookDelivery = (deliver: string) => ({
  'app/crypto.py': 'from cryptography.fernet import Fernet\nfrom flask import current_app\n\n\ndef _fernet():\n    return Fernet(current_app.config["WEBHOOK_KEY"])\n\n\ndef decrypt_secret(token):\n    return _fernet().decrypt(token.encode()).decode()\n',
  'app/dispatch.py':
    'import hashlib\nimport hmac\n\nimport requests\n\nfrom .crypto import decrypt_secret\nfrom .models import Webhook\n\n\ndef _sign(secret, body):\n    return hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()\n\n\ndef deliver(form_id, body):\n    for hook in Webhook.query.filter_by(form_id=form_id).all():\n' +
    deliver,
  'app/public.py':
    'from flask import Blueprint, jsonify, request\n\nfrom .dispatch import deliver\n\nbp = Blueprint("public", __name__)\n\n\n@bp.post("/forms/<int:form_id>/submissions")\ndef submit(form_id):\n    return jsonify(result=deliver(form_id, request.data)), 202\n',
});

const resetConfirmUrls = (view: string) => ({ 'accounts/urls.py': `from django.contrib.auth import views as auth_views\nfrom django.urls import path\n\nfrom accounts.views import AuditedPasswordResetConfirmView\n\nurlpatterns = [\n    path("password-reset/", auth_views.PasswordResetView.as_view()),\n    path("reset/<uidb64>/<token>/", ${view}.as_view()),\n]\n` });
const auditedConfirm = (audit: string) => ({
  'accounts/views.py': `from django.contrib.auth.views import PasswordResetConfirmView\n\nfrom audit.services import record_audit\n\n\nclass AuditedPasswordResetConfirmView(PasswordResetConfirmView):\n    def form_valid(self, form):\n        response = super().form_valid(form)\n${audit}        return response\n`,
});

/**
 * A Knex app whose `tenants` are either renters the organization holds (an `org_id` column beside an
 * `organizations` table) or the SaaS tenant itself (no other organization model).
 */
const tenantsApp = (organizations: boolean, path: string, filter: string) => ({
  'migrations/001_init.js': `exports.up = async (knex) => {\n${organizations ? "  await knex.schema.createTable('organizations', (t) => {\n    t.uuid('id').primary();\n    t.string('name');\n  });\n" : ''}  await knex.schema.createTable('tenants', (t) => {\n    t.uuid('id').primary();\n${organizations ? "    t.uuid('org_id').references('organizations.id');\n    t.string('full_name');\n" : "    t.string('name');\n    t.string('plan');\n"}  });\n  await knex.schema.createTable('users', (t) => {\n    t.uuid('id').primary();\n    t.uuid('${organizations ? 'org_id' : 'tenant_id'}');\n  });\n};\n`,
  'src/app.js': `import express from 'express';\nimport { knex } from './db.js';\nimport { requireAuth } from './auth.js';\nconst app = express();\napp.patch('${path}', requireAuth, async (req, res) => {\n  await knex('tenants').where(${filter}).update({ full_name: req.body.fullName, email: req.body.email });\n  res.sendStatus(204);\n});\n`,
});
const renters = tenantsApp(true, '/tenants/:id', '{ id: req.params.id, org_id: req.user.orgId }');
const saasTenant = tenantsApp(false, '/tenant', '{ id: req.user.tenantId }');

/** A magic link that signs a patient (not a user) in by writing `req.session.patientId`, and a share link that keeps a cart's id. */
const patientPortal = (extra: string) => ({
  'migrations/001_init.js': "exports.up = async (knex) => {\n  await knex.schema.createTable('patients', (t) => {\n    t.uuid('id').primary();\n    t.string('full_name');\n    t.string('email');\n  });\n  await knex.schema.createTable('carts', (t) => {\n    t.uuid('id').primary();\n    t.integer('total_cents');\n  });\n};\n",
  'src/app.js': `import express from 'express';\nimport { knex } from './db.js';\nimport { audit } from './audit.js';\nconst app = express();\napp.get('/portal/magic-link/:token', async (req, res) => {\n  const row = await knex('portal_tokens').where({ token_hash: hashToken(req.params.token) }).first();\n  if (!row) return res.status(410).end();\n  await knex('portal_tokens').where({ id: row.id }).del();\n  req.session.patientId = row.patient_id;\n${extra}  res.redirect('/portal');\n});\napp.get('/shared-cart/:token', async (req, res) => {\n  const link = await knex('cart_links').where({ token: req.params.token }).first();\n  req.session.cartId = link.cart_id;\n  res.redirect('/cart');\n});\n`,
});

/** Flask: a client deleted through a service made for the caller (`ClientService(current_user).delete(id)`), its row loaded by `self.get`. */
const flaskClientService = (audit: string) => ({
  'app/services/clients.py': `from flask import abort\n\nfrom app.audit import record_audit\nfrom app.extensions import db\nfrom app.models import Client\n\n\nclass ClientService:\n    def __init__(self, user):\n        self.user = user\n\n    def _query(self):\n        return Client.query.filter_by(agency_id=self.user.agency_id)\n\n    def get(self, client_id):\n        client = self._query().filter_by(id=client_id).first()\n        if client is None:\n            abort(404)\n        return client\n\n    def delete(self, client_id):\n        client = self.get(client_id)\n        db.session.delete(client)\n${audit}        db.session.commit()\n`,
  'app/blueprints/clients.py': 'from flask import Blueprint, redirect\nfrom flask_login import current_user, login_required\n\nfrom app.services.clients import ClientService\n\nbp = Blueprint("clients", __name__)\n\n\n@bp.post("/<int:client_id>/delete")\n@login_required\ndef delete(client_id):\n    ClientService(current_user).delete(client_id)\n    return redirect("/clients")\n',
});

/** TypeORM repositories behind accessors exported from one module (`export const userRepo = () => AppDataSource.getRepository(User)`), imported elsewhere. */
const TYPEORM_REPOSITORIES = "import { AppDataSource } from './data-source';\nimport { User } from '../entities/User';\nimport { PayrollRun } from '../entities/PayrollRun';\nimport { AuditLog } from '../entities/AuditLog';\nimport { PasswordResetToken } from '../entities/PasswordResetToken';\nimport { RefreshToken } from '../entities/RefreshToken';\nexport const userRepo = () => AppDataSource.getRepository(User);\nexport const payrollRunRepo = () => AppDataSource.getRepository(PayrollRun);\nexport const auditLogRepo = () => AppDataSource.getRepository(AuditLog);\nexport const passwordResetRepo = () => AppDataSource.getRepository(PasswordResetToken);\nexport const refreshTokenRepo = () => AppDataSource.getRepository(RefreshToken);\n";
/** A role change through `userRepo()` imported from db/repositories; `audit` follows the update. */
const importedRepoRoleChange = (audit: string) => ({
  'src/db/repositories.ts': TYPEORM_REPOSITORIES,
  'src/routes/users.ts': `import { Router } from 'express';\nimport { userRepo } from '../db/repositories';\nimport { auditService } from '../services/audit';\nexport const usersRouter = Router();\nusersRouter.patch('/:id/role', requireAuth, requireRole('admin'), async (req, res) => {\n  await userRepo().update({ id: req.params.id, organizationId: req.user.organizationId }, { role: req.body.role });\n${audit}  res.json({ ok: true });\n});\n`,
});

/** Flask: POST /programs/<id>/archive loads the program through a lookup helper of another module and sets its status. */
const flaskArchive = (handler: string, action = 'archive') => ({
  'app/services/programs.py': 'from ..models import Program\n\n\ndef get_org_program(org_id: int, program_id: int) -> Program:\n    return Program.query.filter_by(id=program_id, org_id=org_id).first_or_404()\n',
  'app/programs.py': `from flask import Blueprint, g, jsonify\n\nfrom .auth import require_role\nfrom .extensions import db\nfrom .services import programs as program_service\nfrom .services.audit import record_audit\n\nbp = Blueprint("programs", __name__, url_prefix="/api/programs")\n\n\n@bp.post("/<int:program_id>/${action}")\n@require_role("admin")\ndef ${action}_program(program_id: int):\n    program = program_service.get_org_program(g.org_id, program_id)\n${handler}    db.session.commit()\n    return jsonify(id=program.id)\n`,
});

/**
 * A FastAPI + SQLAlchemy 2 password reset: the request marks old token rows used with `update(…)` imported from sqlalchemy
 * (the repository also has a service function named `update`) and adds a new one; the confirm route sets the hash on the
 * user it loads with `db.get` beside a `db.execute(delete(UserSession)…)`.
 */
const fastapiReset = (audit: string) => ({
  'app/services/samples.py': 'from app.models import Sample\n\n\ndef update(db, sample_id: int, value: str):\n    sample = db.get(Sample, sample_id)\n    sample.value = value\n    db.commit()\n    return sample\n',
  'app/services/accounts.py': `from sqlalchemy import delete, select, update\n\nfrom app.audit import record_audit\nfrom app.models import PasswordResetToken, User, UserSession\n\n\ndef start_password_reset(db, email: str, background) -> None:\n    user = db.scalar(select(User).where(User.email == email.lower()))\n    if user is None:\n        return\n    db.execute(update(PasswordResetToken).where(PasswordResetToken.user_id == user.id).values(used_at=utcnow()))\n    db.add(PasswordResetToken(user_id=user.id, token_hash=hash_token(token)))\n    db.commit()\n    background.add_task(send_email, user.email, "Reset your password", token)\n\n\ndef reset_password(db, token: str, new_password: str) -> User:\n    reset = db.scalar(select(PasswordResetToken).where(PasswordResetToken.token_hash == hash_token(token)))\n    user = db.get(User, reset.user_id)\n    user.password_hash = hash_password(new_password)\n    reset.used_at = utcnow()\n    db.execute(delete(UserSession).where(UserSession.user_id == user.id))\n${audit}    db.commit()\n    return user\n`,
  'app/routers/auth.py': 'from fastapi import APIRouter, BackgroundTasks, Depends\n\nfrom app.services import accounts\n\nrouter = APIRouter(prefix="/auth")\n\n\n@router.post("/password-reset", status_code=202)\ndef request_password_reset(payload: PasswordResetIn, background: BackgroundTasks, db: Session = Depends(get_db)):\n    accounts.start_password_reset(db, payload.email, background)\n    return {"status": "sent"}\n\n\n@router.post("/password-reset/confirm", status_code=204)\ndef confirm_password_reset(payload: PasswordResetConfirmIn, db: Session = Depends(get_db)):\n    accounts.reset_password(db, payload.token, payload.new_password)\n',
});

/** Hono, a status page product: "status" in its paths names the product, not a status change. */
const statusPages = (routes: string) => ({
  'src/app.ts': `import { Hono } from 'hono';\nimport { prisma } from './prisma';\nexport const app = new Hono();\n${routes}`,
});

/** NestJS + TypeORM: a service method sets a field on a row another method of the service loaded, then saves it through the repository. */
const nestDecommission = (assignment: string, recorded: boolean) => ({
  'src/vehicles/vehicles.controller.ts': "import { Controller, Param, Post } from '@nestjs/common';\nimport { VehiclesService } from './vehicles.service';\n@Controller('vehicles')\nexport class VehiclesController {\n  constructor(private readonly vehicles: VehiclesService) {}\n  @Post(':id/decommission')\n  decommission(@Param('id') id: string) {\n    return this.vehicles.decommission(id);\n  }\n}\n",
  'src/vehicles/vehicles.service.ts': `import { Injectable, NotFoundException } from '@nestjs/common';\nimport { InjectRepository } from '@nestjs/typeorm';\nimport { Repository } from 'typeorm';\nimport { Vehicle } from '../entities';\n@Injectable()\nexport class VehiclesService {\n  constructor(@InjectRepository(Vehicle) private readonly repo: Repository<Vehicle>, private readonly audit: AuditService) {}\n  async findForOrg(id: string) {\n    const vehicle = await this.repo.findOneBy({ id });\n    if (!vehicle) throw new NotFoundException();\n    return vehicle;\n  }\n  async decommission(id: string) {\n    const vehicle = await this.findForOrg(id);\n    ${assignment}\n    await this.repo.save(vehicle);\n${recorded ? "    await this.audit.record({ action: 'vehicle.decommissioned', targetId: id });\n" : ''}    return vehicle;\n  }\n}\n`,
});

const cases: RuleCases = {
  valid: [
    {
      name: 'lookalike: "status" in the path of routes that only create rows (a status page, a subscriber to it) is no status change',
      files: statusPages(
        "app.post('/api/status-pages', requireAuth, async (c) => {\n  const page = await prisma.statusPage.create({ data: { title: 'Status', slug: 'acme' } });\n  return c.json(page, 201);\n});\napp.post('/public/status/:slug/subscribe', async (c) => {\n  const page = await prisma.statusPage.findFirst({ where: { slug: c.req.param('slug') } });\n  await prisma.subscriber.create({ data: { statusPageId: page.id, email: 'a@b.c' } });\n  return c.json({ ok: true }, 201);\n});\n",
      ),
    },
    {
      name: 'NestJS + TypeORM: a status set on a row a method of the service loaded, saved through the repository and recorded',
      files: nestDecommission("vehicle.status = 'decommissioned';", true),
    },
    {
      name: 'lookalike: a row loaded by a method of the service whose nickname is set and saved is no status change',
      files: nestDecommission("vehicle.nickname = 'old van';", false),
    },
    {
      name: 'FastAPI: asking for a reset marks old token rows used with sqlalchemy\'s update() (not the repository\'s own update service) and adds one: no sign-in event; the confirm route records',
      files: fastapiReset('    record_audit(db, actor=user, action="auth.password_reset")\n'),
    },
    {
      name: "lookalike: a status read in a written value's condition (cancelledAt: event.status === 'cancelled' ? …) writes no status",
      files: { 'src/app.ts': express("app.post('/absences/import', requireAuth, async (req, res) => {\n  for (const event of req.body.events) {\n    await prisma.absence.upsert({ where: { externalId: event.id }, create: { externalId: event.id, cancelledAt: event.status === 'cancelled' ? new Date() : null }, update: { cancelledAt: event.status === 'cancelled' ? new Date() : null } });\n  }\n  res.sendStatus(204);\n});\n") },
    },
    {
      name: 'TypeORM generic repository: sending an invoice through scoped(Invoice, …).update(…) is recorded',
      files: genericRepository(
        "recordsRouter.post('/invoices/:id/send', requirePermission('invoice:write'), async (req, res) => {\n  res.json(await records.sendInvoice(req.user, req.params.id));\n});\n",
        "export async function sendInvoice(user, id: string) {\n  const invoices = scoped(Invoice, user.workspaceId);\n  await invoices.update(id, { status: 'sent' });\n  await auditService.record({ action: 'invoice.sent', target: id });\n}\n",
      ),
    },
    {
      name: 'lookalike: drafting an invoice through the generic repository (save(repo.create({ … } as T))) creates it; a create is judged by the route',
      files: genericRepository(
        "recordsRouter.post('/invoices', requirePermission('invoice:write'), async (req, res) => {\n  res.status(201).json(await records.draftInvoice(req.user, req.body.projectId));\n});\n",
        "export async function draftInvoice(user, projectId: string) {\n  return scoped(Invoice, user.workspaceId).create({ projectId, status: 'draft' });\n}\n",
      ),
    },
    {
      name: 'lookalike: renaming a task through the generic repository changes an ordinary record',
      files: genericRepository(
        "recordsRouter.patch('/tasks/:id', async (req, res) => {\n  res.json(await records.renameTask(req.user, req.params.id, req.body.title));\n});\n",
        "export async function renameTask(user, id: string, title: string) {\n  const tasks = scoped(Task, user.workspaceId);\n  await tasks.update(id, { title });\n}\n",
      ),
    },
    {
      name: 'Flask: archiving a program loaded by another module\'s helper, recorded with record_audit',
      files: flaskArchive('    program.status = "archived"\n    record_audit(g.user_id, "program.archived", "program", program.id)\n'),
    },
    {
      name: 'lookalike: a helper-loaded program whose title changes (POST /programs/<id>/rename) is no status change',
      files: flaskArchive('    program.title = program.title.strip()\n', 'rename'),
    },
    {
      name: 'a DRF ModelViewSet whose http_method_names leave out delete has no DELETE route (DRF answers 405)',
      files: {
        'clinic/urls.py': 'from rest_framework.routers import DefaultRouter\nfrom .views import AppointmentViewSet\nrouter = DefaultRouter()\nrouter.register("appointments", AppointmentViewSet)\nurlpatterns = router.urls\n',
        'clinic/views.py': 'from rest_framework import viewsets\n\n\nclass AppointmentViewSet(viewsets.ModelViewSet):\n    queryset = Appointment.objects.all()\n    serializer_class = AppointmentSerializer\n    permission_classes = [IsAuthenticated, IsClinicMember]\n    http_method_names = ["get", "post", "patch", "head", "options"]\n',
      },
    },
    {
      name: 'TypeORM: a role change through a repository accessor imported from another module, recorded',
      files: importedRepoRoleChange("  await auditService.record({ action: 'user.role_changed', targetId: req.params.id });\n"),
    },
    {
      name: 'lookalike: the method of a Python service made in place (ClientService(current_user).delete) records the deletion itself',
      files: flaskClientService('        record_audit("client.deleted", target=client)\n'),
    },
    {
      name: 'a staff profile edit that writes name and title on User (no role field) is no role change',
      files: { 'pages/api/staff/[id].ts': "export default withPracticeAdmin(async (req, res, user) => {\n  if (req.method === 'PATCH') {\n    const { count } = await prisma.user.updateMany({ where: { id: String(req.query.id), practiceId: user.practiceId }, data: { name: req.body.name, title: req.body.title } });\n    return res.json({ count });\n  }\n  res.status(405).end();\n});\n" },
    },
    {
      name: 'a role written on User under /staff/:id, recorded',
      files: { 'pages/api/staff/[id].ts': "export default withPracticeAdmin(async (req, res, user) => {\n  if (req.method === 'PATCH') {\n    const { count } = await prisma.user.updateMany({ where: { id: String(req.query.id), practiceId: user.practiceId }, data: { role: req.body.role } });\n    await recordAudit({ action: 'staff.role_changed', entityId: String(req.query.id) });\n    return res.json({ count });\n  }\n  res.status(405).end();\n});\n" },
    },
    {
      name: "a magic link that signs a patient in (req.session.patientId) and records it; a share link keeping a cart's id in the session signs no one in",
      files: patientPortal("  await audit.record({ actor: `patient:${row.patient_id}`, action: 'patient.signed_in' });\n"),
    },
    {
      name: "a tenants table of renters (org_id beside an organizations table) is held by the organization, not the organization: editing a renter is ordinary",
      files: renters,
    },
    {
      name: 'a public form submission whose outgoing webhooks are signed with a decrypted secret (HMAC, in a helper): the secret is used, not revealed',
      files: flaskWebhookDelivery('        signature = _sign(decrypt_secret(hook.secret_encrypted), body)\n        requests.post(hook.url, data=body, headers={"X-Signature": signature}, timeout=5)\n'),
    },
    {
      name: 'the decrypted secret kept in a local that only keys hmac.new',
      files: flaskWebhookDelivery('        key = decrypt_secret(hook.secret_encrypted)\n        signature = hmac.new(key.encode(), body, hashlib.sha256).hexdigest()\n        requests.post(hook.url, data=body, headers={"X-Signature": signature}, timeout=5)\n'),
    },
    {
      name: 'a route a scheduled workflow curls is the scheduler, even when its one-line run: has an unquoted header YAML cannot parse',
      files: { 'pages/api/cron/cleanup.ts': cronCleanup, '.github/workflows/cleanup.yml': 'name: hourly\non:\n  schedule:\n    - cron: "5 * * * *"\njobs:\n  cleanup:\n    runs-on: ubuntu-latest\n    steps:\n      - run: curl -fsS -X POST -H "X-Cron-Secret: ${{ secrets.CRON_SECRET }}" https://app.example.com/api/cron/cleanup\n' },
    },
    {
      name: 'asking for a reset email stores only a one-time token row (password_reset_tokens): no sign-in event; the confirm route records',
      files: knexReset("    await audit.record({ actor: row.user_id, action: 'user.password_reset' });\n"),
    },
    {
      name: 'Sequelize: the status of a row loaded by a helper of the module (findInvoice) is changed and recorded',
      files: sequelizeVoid('Invoice.findOne({ where: { id, organizationId } })', true),
    },
    {
      name: 'lookalike: what the helper returns is no model row (a cache entry), so its save() is no status change',
      files: sequelizeVoid('cache.get(`invoice:${organizationId}:${id}`)', false),
    },
    {
      name: 'Flask: the password reset that sets the new hash records it',
      files: flaskReset('    record_audit(user.id, "auth.password_reset")\n'),
    },
    {
      name: 'TypeORM: a member removed through a repository accessor (members().remove(member)), and recorded',
      files: accessorService("  await auditService.record({ action: 'member.removed', target: memberId });\n"),
    },
    {
      name: 'consuming a one-time e-mail verification code is bookkeeping, not an action to record',
      files: { 'src/app.ts': express("app.post('/auth/verify-email', async (req, res) => {\n  const code = await prisma.emailVerificationCode.findFirst({ where: { code: req.body.code } });\n  await prisma.emailVerificationCode.delete({ where: { id: code.id } });\n  res.sendStatus(204);\n});\n") },
    },
    {
      name: 'a query listing the exports made so far (GET /exports, tRPC payroll.exports) is not itself an export',
      files: { 'src/routers/payroll.ts': "import { router, managerProcedure } from '../trpc';\nexport const payrollRouter = router({\n  exports: managerProcedure.query(({ ctx }) => prisma.payrollExport.findMany({ where: { agencyId: ctx.agencyId } })),\n});\n" },
    },
    {
      name: 'NestJS: a class-level @UseInterceptors(AuditInterceptor) whose intercept() records every non-GET request',
      files: interceptedVendors('@UseInterceptors(AuditInterceptor)\n', recordsAudit),
    },
    {
      name: 'NestJS: a method-level @UseInterceptors(AuditInterceptor) records the action',
      files: {
        ...interceptedVendors('', recordsAudit),
        'src/vendors/vendors.controller.ts': "import { Controller, Delete, Param, UseInterceptors } from '@nestjs/common';\nimport { VendorsService } from './vendors.service';\nimport { AuditInterceptor } from '../audit/audit.interceptor';\n@Controller('vendors')\nexport class VendorsController {\n  constructor(private readonly vendors: VendorsService) {}\n  @UseInterceptors(AuditInterceptor)\n  @Delete(':id')\n  async remove(@Param('id') id: string) {\n    await this.vendors.remove(id);\n  }\n}\n",
      },
    },
    {
      name: 'NestJS: a global interceptor (APP_INTERCEPTOR provider) that records',
      files: {
        ...interceptedVendors('', recordsAudit),
        'src/app.module.ts': "import { Module } from '@nestjs/common';\nimport { APP_INTERCEPTOR } from '@nestjs/core';\nimport { AuditInterceptor } from './audit/audit.interceptor';\n@Module({ providers: [{ provide: APP_INTERCEPTOR, useClass: AuditInterceptor }] })\nexport class AppModule {}\n",
        'package.json': '{ "name": "api" }\n',
      },
    },
    {
      name: 'NestJS: a global interceptor (app.useGlobalInterceptors) that records',
      files: {
        ...interceptedVendors('', recordsAudit),
        'src/main.ts': "import { NestFactory } from '@nestjs/core';\nimport { AppModule } from './app.module';\nimport { AuditInterceptor } from './audit/audit.interceptor';\nasync function bootstrap() {\n  const app = await NestFactory.create(AppModule);\n  app.useGlobalInterceptors(new AuditInterceptor(app.get(AuditService), new Logger()));\n  await app.listen(3000);\n}\nbootstrap();\n",
        'package.json': '{ "name": "api" }\n',
      },
    },
    {
      name: 'a magic link that establishes the session and records the sign-in',
      files: { 'src/auth.ts': magicLink('  req.session.userId = user.id;\n', "  await audit.record({ action: 'auth.signed_in', actorId: user.id });\n"), 'src/audit.ts': auditLib },
    },
    {
      name: 'lookalike: a helper that caches the current user in the session reads it back first: it signs nobody in',
      files: {
        'src/me.ts': express("app.get('/me/preferences', async (req, res) => {\n  const user = await currentUser(req);\n  res.json(user.preferences);\n});\n"),
        'src/current-user.ts': "export async function currentUser(req) {\n  if (req.session.user) return req.session.user;\n  const user = await prisma.user.findUnique({ where: { id: req.session.userId } });\n  req.session.user = user;\n  return user;\n}\n",
      },
    },
    {
      name: 'lookalike: clearing the identity from the session (= null) is not a sign-in',
      files: { 'src/session.ts': express("app.delete('/session', (req, res) => {\n  req.session.userId = null;\n  res.status(204).end();\n});\n") },
    },
    {
      name: 'lookalike: a sign-up signs in the account it has just created: not a sign-in to an existing account',
      files: { 'src/join.ts': express("app.post('/accounts', async (req, res) => {\n  const user = await prisma.user.create({ data: { email: req.body.email } });\n  req.session.userId = user.id;\n  res.status(201).json({ id: user.id });\n});\n") },
    },
    {
      name: 'NestJS + Mongoose: a role assigned on a document loaded through the injected model, saved and recorded',
      files: nestMongoose(true),
    },
    {
      name: "Auth.js v5: the route re-exports GET and POST from auth.ts, whose events record sign-ins",
      files: {
        ...authjsV5(''),
        'app/api/auth/[...nextauth]/route.ts': "export { GET, POST } from '@/auth';\n",
        'auth.ts': `import NextAuth from 'next-auth';\nimport { recordAudit } from '@/lib/audit';\n\nexport const { auth, handlers: { GET, POST } } = NextAuth({\n  providers: [],\n${signInEvent}});\n`,
      },
    },
    {
      name: 'a route only a Vercel cron requests is the scheduler purging expired rows, not a user action',
      files: { 'pages/api/cron/cleanup.ts': cronCleanup, 'vercel.json': '{ "crons": [{ "path": "/api/cron/cleanup", "schedule": "0 4 * * *" }] }\n' },
    },
    {
      name: 'a route a scheduled workflow curls is the scheduler too',
      files: { 'pages/api/cron/cleanup.ts': cronCleanup, '.github/workflows/cleanup.yml': 'on:\n  schedule:\n    - cron: "0 4 * * *"\njobs:\n  cleanup:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          curl -fsS -X POST -H "Authorization: Bearer ${{ secrets.CRON_SECRET }}" https://app.example.com/api/cron/cleanup\n' },
    },
    {
      name: 'purging old audit entries, and recording who purged them',
      files: { 'src/app.ts': express("app.delete('/admin/audit-log', requireAuth, requireRole('owner'), async (req, res) => {\n  const { count } = await prisma.auditLog.deleteMany({ where: { orgId: req.user.orgId, createdAt: { lt: cutoff(req.body.before) } } });\n  await audit.record({ actor: req.user.id, action: 'audit_log.purged', meta: { count } });\n  res.json({ count });\n});\n"), 'src/audit.ts': auditLib },
    },
    {
      name: 'a DRF viewset purging audit entries through self.get_queryset(), and recording who purged them',
      files: {
        'audit/urls.py': 'from rest_framework.routers import DefaultRouter\nfrom .views import AuditLogViewSet\nrouter = DefaultRouter()\nrouter.register("audit-log", AuditLogViewSet, basename="audit-log")\nurlpatterns = router.urls\n',
        'audit/views.py': 'from rest_framework import viewsets\nfrom rest_framework.decorators import action\nfrom rest_framework.response import Response\n\nclass AuditLogViewSet(viewsets.ReadOnlyModelViewSet):\n    permission_classes = [IsAuthenticated, IsClinicAdmin]\n    queryset = AuditLogEntry.objects.all()\n\n    @action(detail=False, methods=["post"])\n    def purge(self, request):\n        deleted, _ = self.get_queryset().filter(created_at__lt=request.data["before"]).delete()\n        AuditLogEntry.objects.create(actor=request.user, action="audit_log.purged", data={"deleted": deleted})\n        return Response({"deleted": deleted})\n',
      },
    },
    {
      name: 'writing an audit row is the record itself, not an action to record',
      files: { 'src/app.ts': express("app.post('/audit/notes', requireAuth, async (req, res) => {\n  await prisma.auditLog.create({ data: { orgId: req.user.orgId, actorId: req.user.id, action: 'note', note: req.body.note } });\n  res.sendStatus(201);\n});\n") },
    },
    {
      name: 'Auth.js v5: the configuration records sign-ins in its events callback',
      files: authjsV5(signInEvent),
    },
    {
      name: 'Auth.js v4 pages router: authOptions in another module records sign-ins',
      files: authjsV4(signInEvent),
    },
    {
      name: 'Auth.js: a sign-in recorded in callbacks.signIn counts too',
      files: authjsV4("  callbacks: {\n    async signIn({ user }) {\n      await recordAudit({ actorId: user.id, action: 'auth.sign_in' });\n      return true;\n    },\n  },\n"),
    },
    {
      name: 'Auth.js v5 split configuration: the events come with the spread edge-safe config',
      files: {
        ...authjsV5(''),
        'auth.ts': "import NextAuth from 'next-auth';\nimport { authConfig } from './auth.config';\n\nexport const { handlers, auth } = NextAuth({ ...authConfig, session: { strategy: 'jwt' } });\n",
        'auth.config.ts': `import type { NextAuthConfig } from 'next-auth';\nimport { recordAudit } from '@/lib/audit';\n\nexport const authConfig = {\n  providers: [],\n${signInEvent}} satisfies NextAuthConfig;\n`,
      },
    },
    {
      name: 'a deletion in a method of a service made for the caller (new ClientService(req.user).remove) that records it',
      files: {
        'src/routes/clients.ts': clientsRoute('  await new ClientService(req.user!).remove(req.params.id);\n'),
        'src/services/ClientService.ts': clientService("    await audit.record({ action: 'client.deleted', actorId: this.user.id, targetId: id });\n"),
      },
    },
    {
      name: 'lookalikes under /exports: the history of exports and one finished file are not exports of data',
      files: { 'src/app.ts': express("app.get('/exports/history', requireAuth, async (req, res) => {\n  res.json(await prisma.exportJob.findMany({ where: { userId: req.user.id } }));\n});\napp.get('/exports/:id/download', requireAuth, async (req, res) => {\n  const job = await prisma.exportJob.findFirst({ where: { id: req.params.id, userId: req.user.id } });\n  res.download(job.path);\n});\n") },
    },
    {
      name: 'an export named by its collection segment that records the export',
      files: { 'src/app.ts': express("app.post('/exports/invoices', requireAuth, async (req, res) => {\n  const rows = await prisma.invoice.findMany({ where: { orgId: req.user.orgId } });\n  await audit.record({ action: 'invoices.exported', actorId: req.user.id });\n  res.send(toCsv(rows));\n});\n") },
    },
    {
      name: 'a provider callback under /webhooks is not a user action: its path word (status) says nothing',
      files: { 'src/app.ts': express("app.post('/webhooks/twilio/status', verifyTwilio, async (req, res) => {\n  await prisma.reminder.updateMany({ where: { twilioSid: req.body.MessageSid }, data: { deliveryStatus: req.body.MessageStatus } });\n  res.sendStatus(204);\n});\n") },
    },
    {
      name: "Django: instance.save() runs the model's post_save receiver, which records the change",
      files: djangoRole('    membership.role = request.data["role"]\n    membership.save(update_fields=["role"])', membershipReceiver('Membership')),
    },
    {
      name: 'lookalike: a form builder whose status is set and saved is no record',
      files: { 'src/app.ts': express("app.post('/projects/:id/preview', requireAuth, async (req, res) => {\n  const draft = new FormDraft(req.body);\n  draft.set({ status: 'previewed' });\n  await draft.save();\n  res.sendStatus(204);\n});\n") },
    },
    {
      name: 'Mongoose document status change saved and recorded',
      files: { 'src/routes/invoices.js': "'use strict';\nconst Router = require('@koa/router');\nconst Invoice = require('../models/Invoice');\nconst router = new Router({ prefix: '/invoices' });\nrouter.post('/:id/void', requireAuth, async (ctx) => {\n  const invoice = await Invoice.findOne({ _id: ctx.params.id, accountId: ctx.state.user.accountId });\n  invoice.status = 'void';\n  await invoice.save();\n  await recordAudit(ctx, 'invoice.voided', { id: ctx.params.id });\n  ctx.body = invoice;\n});\nmodule.exports = router;\n" },
    },
    {
      name: 'delete recorded in the handler',
      files: { 'src/audit.ts': auditLib, 'src/app.ts': express("app.delete('/projects/:id', requireAuth, async (req, res) => {\n  await prisma.project.delete({ where: { id: req.params.id } });\n  await audit.record({ actor: req.user, action: 'project.deleted' });\n  res.sendStatus(204);\n});\n") },
    },
    {
      name: 'status change recorded in the service the route calls',
      files: {
        'src/app.ts': express("import { setStatus } from './service';\napp.patch('/projects/:id/status', requireAuth, async (req, res) => {\n  res.json(await setStatus(req.user, req.params.id, req.body.status));\n});\n"),
        'src/service.ts': "export async function setStatus(user, id, status) {\n  const project = await prisma.project.update({ where: { id }, data: { status } });\n  await createAuditLog(user, 'project.status_changed', id);\n  return project;\n}\n",
      },
    },
    {
      name: 'ordinary create is not a sensitive action',
      files: { 'src/app.ts': express("app.post('/comments', requireAuth, async (req, res) => {\n  res.json(await prisma.comment.create({ data: { body: req.body.body, authorId: req.user.id } }));\n});\n") },
    },
    {
      name: 'a status lookup under /exports is not an export',
      files: { 'src/app.ts': express("app.get('/exports/:id', requireAuth, async (req, res) => {\n  res.json(await prisma.export.findFirst({ where: { id: req.params.id, userId: req.user.id } }));\n});\n") },
    },
    {
      name: 'Django view writing an AuditLog row',
      files: { 'app/views.py': 'from rest_framework.decorators import api_view\n\ndef approve_invoice(request, pk):\n    Invoice.objects.filter(pk=pk).update(status="approved")\n    AuditLog.objects.create(actor=request.user, action="invoice.approved")\n' },
    },
    {
      name: 'custom audit helper name through the option',
      options: { auditCalls: ['(^|\\.)track$'] },
      files: { 'src/app.ts': express("app.delete('/projects/:id', requireAuth, async (req, res) => {\n  await prisma.project.delete({ where: { id: req.params.id } });\n  await analytics.track('project.deleted');\n  res.sendStatus(204);\n});\n") },
    },
    {
      name: 'logging out only deletes the session, and is recorded',
      files: { 'src/audit.ts': auditLib, 'src/app.ts': express("app.post('/auth/logout', requireAuth, async (req, res) => {\n  await prisma.session.delete({ where: { id: req.sessionId } });\n  await audit.record({ actor: req.user, action: 'user.logout' });\n  res.sendStatus(204);\n});\n") },
    },
    {
      name: 'a processing state is not a business status',
      files: { 'src/app.ts': express("app.post('/reports/:id/regenerate', requireAuth, async (req, res) => {\n  await prisma.report.updateMany({ where: { id: req.params.id, organizationId: req.user.organizationId }, data: { state: 'queued' } });\n  res.sendStatus(202);\n});\n") },
    },
    {
      name: 'Django service changes the status of the case it is handed, and records it',
      files: djangoCase('    case.status = Case.Status.CLOSED\n    case.save(update_fields=["status"])\n    record_audit(request, "case.closed", case)\n'),
    },
    {
      name: 'Django service sets an attribute of the case it is handed without saving it',
      files: djangoCase('    case.status = Case.Status.CLOSED\n'),
    },
    {
      name: 'FastAPI status change of a row a local helper loaded, recorded',
      files: { 'app/routers/applications.py': fastapiStatus('    audit.record(db, actor=user, action="application.status_changed")\n') },
    },
    {
      name: 'Django sign-in and sign-out recorded by signal receivers',
      files: djangoLogin('from django.contrib.auth.signals import user_logged_in, user_logged_out\nfrom django.dispatch import receiver\nfrom core.audit import record_audit\n\n@receiver(user_logged_in)\ndef audit_login(sender, request, user, **kwargs):\n    record_audit(request, "auth.login", user)\n\ndef audit_logout(sender, request, user, **kwargs):\n    record_audit(request, "auth.logout", user)\n\nuser_logged_out.connect(audit_logout)\n'),
    },
    {
      name: 'Django built-in sign-in view recorded by a user_logged_in receiver',
      files: {
        'accounts/urls.py': 'from django.contrib.auth import views as auth_views\nfrom django.urls import path\n\nurlpatterns = [path("login/", auth_views.LoginView.as_view())]\n',
        'core/signals.py': 'from django.contrib.auth.signals import user_logged_in\nfrom django.dispatch import receiver\n\n@receiver(user_logged_in)\ndef audit_login(sender, request, user, **kwargs):\n    AuditLog.objects.create(actor=user, action="auth.login")\n',
      },
    },
    {
      name: 'Django built-in PasswordResetConfirmView where sign-ins are recorded by a user_logged_in receiver',
      files: {
        ...resetConfirmUrls('auth_views.PasswordResetConfirmView'),
        'core/signals.py': 'from django.contrib.auth.signals import user_logged_in\nfrom django.dispatch import receiver\n\n@receiver(user_logged_in)\ndef audit_login(sender, request, user, **kwargs):\n    AuditLog.objects.create(actor=user, action="auth.login")\n',
      },
    },
    {
      name: 'Django PasswordResetConfirmView subclassed with a form_valid that records the reset',
      files: { ...resetConfirmUrls('AuditedPasswordResetConfirmView'), ...auditedConfirm('        record_audit(actor=form.user, action="account.password_reset", request=self.request)\n') },
    },
    {
      name: 'asking for a password reset email through Django built-in view changes no account',
      files: { 'accounts/urls.py': 'from django.contrib.auth import views as auth_views\nfrom django.urls import path\n\nurlpatterns = [path("password-reset/", auth_views.PasswordResetView.as_view())]\n' },
    },
    {
      name: 'NestJS: this.auth.signIn resolves to AuthService.signIn (which records), not the controller own signIn',
      files: { 'src/auth/auth.controller.ts': authController('constructor(private readonly auth: AuthService) {}'), 'src/auth/auth.service.ts': authService(true) },
    },
    {
      name: 'a field assigned from a typed constructor parameter is followed through its type',
      files: { 'src/auth/auth.controller.ts': authController('private readonly auth: AuthService;\n  constructor(auth: AuthService) { this.auth = auth; }'), 'src/auth/auth.service.ts': authService(true) },
    },
    {
      name: 'a field assigned in a constructor written without semicolons is followed through its type',
      files: {
        'src/auth/auth.controller.ts': authController('auth\n  constructor(auth: AuthService) {\n    this.auth = auth\n  }'),
        'src/auth/auth.service.ts': authService(true),
        'src/admin/admin-auth.service.ts': authService(false).replace('class AuthService', 'class AdminAuthService'),
      },
    },
    {
      name: 'lookalike: an in-memory Map field named like a repository is not a table',
      files: {
        'src/vendors/vendors.controller.ts': vendorsController,
        'src/vendors/vendors.service.ts': "import { Injectable } from '@nestjs/common';\n@Injectable()\nexport class VendorsService {\n  private readonly cache: Map<string, Vendor> = new Map();\n  remove(id: string) {\n    this.cache.delete(id);\n  }\n}\n",
      },
    },
    {
      name: 'untyped JavaScript: this.auth.signIn is never the controller own signIn',
      files: {
        'src/auth/auth.controller.js': "const { Body, Controller, Post } = require('@nestjs/common');\n@Controller('auth')\nclass AuthController {\n  constructor(auth) { this.auth = auth; }\n  @Post('sign-in')\n  async signIn(@Body() dto) {\n    return this.auth.signIn(dto.email, dto.password);\n  }\n}\nmodule.exports = { AuthController };\n",
        'src/auth/auth.service.ts': authService(true),
      },
    },
    {
      name: 'lookalike: an equipment checkout is not a billing checkout',
      files: { 'src/app.ts': express("app.post('/equipment/:id/checkout', requireAuth, async (req, res) => {\n  res.json(await prisma.equipment.update({ where: { id: req.params.id }, data: { checkedOutById: req.user.id, checkedOutAt: new Date() } }));\n});\n") },
    },
    {
      name: 'a queue job the app does not declare is bookkeeping',
      files: { 'src/app.ts': express("app.post('/jobs/:id/retry', requireAuth, async (req, res) => {\n  await prisma.job.update({ where: { id: req.params.id }, data: { status: 'queued', attempts: 0 } });\n  res.sendStatus(202);\n});\n") },
    },
    {
      name: 'lookalike: a read-only action about exports is not an export (getExportStatus, listExporters)',
      files: { 'app/exports/actions.ts': "'use server';\nexport async function getExportStatus(id: string) {\n  return db.query.exportJobs.findFirst({ where: eq(exportJobs.id, id) });\n}\nexport async function exporters() {\n  return db.query.exporters.findMany();\n}\n" },
    },
    {
      name: 'a read-only export server action that records the export',
      files: { 'app/patients/actions.ts': "'use server';\nexport async function exportPatientRecord(patientId: string) {\n  const patient = await db.query.patients.findFirst({ where: eq(patients.id, patientId) });\n  await recordAudit({ action: 'patient.exported', targetId: patientId });\n  return toJson(patient);\n}\n" },
    },
  ],
  invalid: [
    {
      name: 'NestJS + TypeORM: a status set on a row a method of the service loaded (this.findForOrg), saved through the repository, not recorded',
      files: nestDecommission("vehicle.status = 'decommissioned';", false),
      gaps: [{ messageId: 'missing', path: 'src/vehicles/vehicles.controller.ts', line: 6, includes: ['POST /vehicles/:id/decommission', 'changes the status of Vehicle'] }],
    },
    {
      name: 'a route under /status that changes rows (not only creates them) is still a status change by its path',
      files: statusPages("app.patch('/orders/:id/status', requireAuth, async (c) => {\n  await prisma.order.update({ where: { id: c.req.param('id') }, data: { state: 'shipped' } });\n  return c.json({ ok: true });\n});\n"),
      gaps: [{ messageId: 'missing', path: 'src/app.ts', line: 4, includes: ['PATCH /orders/:id/status', 'sensitive action (status)'] }],
    },
    {
      name: 'a create-only route under /status-pages is still sensitive by its other words (publish)',
      files: statusPages("app.post('/status-pages/:id/publish', requireAuth, async (c) => {\n  await prisma.publication.create({ data: { statusPageId: c.req.param('id') } });\n  return c.json({ ok: true }, 201);\n});\n"),
      gaps: [{ messageId: 'missing', path: 'src/app.ts', line: 4, includes: ['sensitive action (publish)'] }],
    },
    {
      name: 'FastAPI: the confirm route sets the hash on a user loaded with db.get beside db.execute(delete(UserSession)…) and records nothing (the reset request is not reported)',
      files: fastapiReset(''),
      gaps: [{ messageId: 'missing', path: 'app/routers/auth.py', line: 14, includes: ['POST /auth/password-reset/confirm', 'sign-in event'] }],
    },
    {
      name: "a status field written from a condition on the incoming event (status: event.status === 'cancelled' ? 'CANCELLED' : 'ACTIVE') is a status change",
      files: { 'src/app.ts': express("app.post('/absences/import', requireAuth, async (req, res) => {\n  for (const event of req.body.events) {\n    await prisma.absence.update({ where: { externalId: event.id }, data: { status: event.status === 'cancelled' ? 'CANCELLED' : 'ACTIVE' } });\n  }\n  res.sendStatus(204);\n});\n") },
      gaps: [{ messageId: 'missing', path: 'src/app.ts', includes: ['POST /absences/import', 'changes the status of Absence'] }],
    },
    {
      name: 'TypeORM generic repository: sending an invoice through scoped(Invoice, …).update(…) changes an Invoice, never recorded',
      files: genericRepository(
        "recordsRouter.post('/invoices/:id/send', requirePermission('invoice:write'), async (req, res) => {\n  res.json(await records.sendInvoice(req.user, req.params.id));\n});\n",
        "export async function sendInvoice(user, id: string) {\n  const invoices = scoped(Invoice, user.workspaceId);\n  await invoices.update(id, { status: 'sent' });\n}\n",
      ),
      gaps: [{ messageId: 'missing', path: 'src/routes/records.ts', includes: ['POST /invoices/:id/send', 'changes Invoice'] }],
    },
    {
      name: "TypeORM generic repository: a project's status set through the factory's repository, never recorded",
      files: genericRepository(
        "recordsRouter.post('/projects/:id/status', requirePermission('project:write'), async (req, res) => {\n  res.json(await records.setProjectStatus(req.user, req.params.id, req.body.status));\n});\n",
        "export async function setProjectStatus(user, id: string, status: string) {\n  const projects = scoped(Project, user.workspaceId);\n  await projects.update(id, { status });\n}\n",
      ),
      gaps: [{ messageId: 'missing', path: 'src/routes/records.ts', includes: ['POST /projects/:id/status', 'status'] }],
    },
    {
      name: "Flask: archiving a program loaded by another module's lookup helper (program.status = 'archived') without an audit record",
      files: flaskArchive('    program.status = "archived"\n'),
      gaps: [{ messageId: 'missing', path: 'app/programs.py', includes: ['POST /api/programs/<int:program_id>/archive', 'changes the status of Program'] }],
    },
    {
      name: 'lookalike: a ModelViewSet whose http_method_names keep delete still destroys appointments unrecorded',
      files: {
        'clinic/urls.py': 'from rest_framework.routers import DefaultRouter\nfrom .views import AppointmentViewSet\nrouter = DefaultRouter()\nrouter.register("appointments", AppointmentViewSet)\nurlpatterns = router.urls\n',
        'clinic/views.py': 'from rest_framework import viewsets\n\n\nclass AppointmentViewSet(viewsets.ModelViewSet):\n    queryset = Appointment.objects.all()\n    serializer_class = AppointmentSerializer\n    permission_classes = [IsAuthenticated, IsClinicMember]\n    http_method_names = ["get", "post", "patch", "delete"]\n',
      },
      gaps: [{ messageId: 'missing', path: 'clinic/views.py', line: 4, includes: ['DELETE /appointments/<pk>', 'deletes Appointment'] }],
    },
    {
      name: "a DRF action purging audit entries through a local holding self.get_queryset(), narrowed by the caller's cutoff, records nothing",
      files: {
        'clinic/urls.py': 'from rest_framework.routers import DefaultRouter\nfrom .views import AuditLogViewSet\nrouter = DefaultRouter()\nrouter.register("audit-log", AuditLogViewSet)\nurlpatterns = router.urls\n',
        'clinic/views.py': 'from rest_framework import viewsets\nfrom rest_framework.decorators import action\nfrom rest_framework.response import Response\n\n\nclass AuditLogViewSet(viewsets.ReadOnlyModelViewSet):\n    queryset = AuditLog.objects.select_related("actor")\n    permission_classes = [IsAuthenticated, IsClinicAdmin]\n\n    @action(detail=False, methods=["delete"])\n    def purge(self, request):\n        entries = self.get_queryset()\n        before = request.query_params.get("before")\n        if before:\n            entries = entries.filter(created_at__lt=before)\n        deleted, _ = entries.delete()\n        return Response({"deleted": deleted})\n',
      },
      gaps: [{ messageId: 'missing', path: 'clinic/views.py', line: 10, includes: ['DELETE /audit-log/purge', 'deletes AuditLog'] }],
    },
    {
      name: 'TypeORM: a role change through userRepo() imported from db/repositories, never recorded',
      files: importedRepoRoleChange(''),
      gaps: [{ messageId: 'missing', path: 'src/routes/users.ts', line: 5, includes: ['PATCH /:id/role', 'User'] }],
    },
    {
      name: 'a deletion in the method of a Python service made in place (ClientService(current_user).delete(id)) is followed and not recorded',
      files: flaskClientService(''),
      gaps: [{ messageId: 'missing', path: 'app/blueprints/clients.py', includes: ['POST /<int:client_id>/delete', 'deletes'] }],
    },
    {
      name: 'writing role on a User row is a role change, whatever the route and model are called',
      files: { 'pages/api/staff/[id].ts': "export default withPracticeAdmin(async (req, res, user) => {\n  if (req.method === 'PATCH') {\n    const { count } = await prisma.user.updateMany({ where: { id: String(req.query.id), practiceId: user.practiceId }, data: { role } });\n    return res.json({ count });\n  }\n  res.status(405).end();\n});\n" },
      gaps: [{ messageId: 'missing', path: 'pages/api/staff/[id].ts', includes: ['changes the role of User'] }],
    },
    {
      name: 'a magic link that writes the id of an account-like model (patients have an email) into the session is a sign-in',
      files: patientPortal(''),
      gaps: [{ messageId: 'missing', path: 'src/app.js', line: 5, includes: ['GET /portal/magic-link/:token', 'req.session.patientId'] }],
    },
    {
      name: 'lookalike: a tenants table that is the SaaS tenant (no other organization model) stays privileged',
      files: saasTenant,
      gaps: [{ messageId: 'missing', path: 'src/app.js', includes: ['PATCH /tenant', 'changes tenants'] }],
    },
    {
      name: 'Django built-in PasswordResetConfirmView mounted with no audit anywhere: it sets the password (the reset request beside it is not reported)',
      files: resetConfirmUrls('auth_views.PasswordResetConfirmView'),
      gaps: [{ messageId: 'missing', path: 'accounts/urls.py', line: 8, includes: ["sets a new password (Django's PasswordResetConfirmView)"] }],
    },
    {
      name: 'lookalike: a PasswordResetConfirmView subclass whose form_valid records nothing, and a user_logged_in receiver that only touches the user',
      files: {
        ...resetConfirmUrls('AuditedPasswordResetConfirmView'),
        ...auditedConfirm('        form.user.refresh_from_db()\n'),
        'core/signals.py': 'from django.contrib.auth.signals import user_logged_in\nfrom django.dispatch import receiver\n\n@receiver(user_logged_in)\ndef touch(sender, request, user, **kwargs):\n    user.last_seen_ip = request.META.get("REMOTE_ADDR")\n',
      },
      gaps: [{ messageId: 'missing', path: 'accounts/views.py', line: 6, includes: ["sets a new password (Django's PasswordResetConfirmView)"] }],
    },
    {
      name: 'lookalike: a decrypted webhook secret that is returned, not only used to sign',
      files: flaskWebhookDelivery('        return {"secret": decrypt_secret(hook.secret_encrypted)}\n'),
      gaps: [{ messageId: 'missing', path: 'app/public.py', line: 8, includes: ['POST /forms/<int:form_id>/submissions', 'decrypt_secret'] }],
    },
    {
      name: 'lookalike: a workflow YAML cannot parse that curls the cleanup route on push, not on a schedule',
      files: { 'pages/api/cron/cleanup.ts': cronCleanup, '.github/workflows/cleanup.yml': 'name: on-push\non:\n  push:\n    branches: [main]\njobs:\n  cleanup:\n    runs-on: ubuntu-latest\n    steps:\n      - run: curl -fsS -X POST -H "X-Cron-Secret: ${{ secrets.CRON_SECRET }}" https://app.example.com/api/cron/cleanup\n' },
      gaps: [{ messageId: 'missing', path: 'pages/api/cron/cleanup.ts', includes: ['deletes Invite'] }],
    },
    {
      name: 'lookalike: the reset confirm route that sets the new password hash records nothing (the token-row request beside it is no gap)',
      files: knexReset(''),
      gaps: [{ messageId: 'missing', path: 'src/routes/auth.ts', line: 11, includes: ['POST /password-reset/confirm'] }],
    },
    {
      name: "Sequelize: invoice.status = 'void'; invoice.save() on the row a helper of the module loaded (findInvoice) is a status change",
      files: sequelizeVoid('Invoice.findOne({ where: { id, organizationId } })', false),
      gaps: [{ messageId: 'missing', path: 'src/routes/invoices.js', line: 4, includes: ['POST /invoices/:id/void', 'changes the status of Invoice'] }],
    },
    {
      name: "Flask: a password reset sets the user's new hash (beside deleting the token row) and records nothing",
      files: flaskReset(''),
      gaps: [{ messageId: 'missing', path: 'app/auth.py', includes: ['/auth/reset-password/<token>', 'sign-in event'] }],
    },
    {
      name: 'TypeORM: a member removed through a repository accessor (members().remove(member)), never recorded',
      files: accessorService(''),
      gaps: [{ messageId: 'missing', path: 'src/routes/members.ts', includes: ['DELETE /:memberId', 'deletes Member'] }],
    },
    {
      name: 'lookalike: a discount code is a business record, its deletion is judged',
      files: { 'src/app.ts': express("app.delete('/discount-codes/:id', requireAuth, requireRole('admin'), async (req, res) => {\n  await prisma.discountCode.delete({ where: { id: req.params.id } });\n  res.sendStatus(204);\n});\n") },
      gaps: [{ messageId: 'missing', path: 'src/app.ts', includes: ['deletes DiscountCode'] }],
    },
    {
      name: 'lookalike: a mutation on exports (POST /exports) makes an export, unrecorded',
      files: { 'src/routers/payroll.ts': "import { router, managerProcedure } from '../trpc';\nexport const payrollRouter = router({\n  exports: managerProcedure.mutation(async ({ ctx }) => {\n    const rows = await prisma.timesheet.findMany({ where: { agencyId: ctx.agencyId } });\n    return toCsv(rows);\n  }),\n});\n" },
      gaps: [{ messageId: 'missing', path: 'src/routers/payroll.ts', includes: ['exports data'] }],
    },
    {
      name: 'lookalike: NestJS interceptor that only logs the request records nothing',
      files: interceptedVendors('@UseInterceptors(AuditInterceptor)\n', onlyLogs),
      gaps: [{ messageId: 'missing', path: 'src/vendors/vendors.controller.ts', includes: ['DELETE /vendors/:id', 'deletes Vendor'] }],
    },
    {
      name: 'a magic link (GET, no sign-in words) that writes req.session.userId inside session.regenerate, never recorded',
      files: { 'src/auth.ts': magicLink("  req.session.regenerate(() => {\n    req.session.userId = user.id;\n  });\n"), 'src/audit.ts': auditLib },
      gaps: [{ messageId: 'missing', path: 'src/auth.ts', line: 4, includes: ['GET /auth/magic-link/verify', 'signs the user in'] }],
    },
    {
      name: 'Passport OAuth callback that calls req.login(user) in a helper, never recorded',
      files: {
        'src/oauth.ts': express("app.get('/auth/google/callback', async (req, res, next) => {\n  const user = await upsertGoogleUser(req.query.code);\n  await startSession(req, user);\n  res.redirect('/');\n});\n"),
        'src/start-session.ts': 'export function startSession(req, user) {\n  return new Promise((resolve, reject) => req.login(user, (err) => (err ? reject(err) : resolve())));\n}\n',
      },
      gaps: [{ messageId: 'missing', path: 'src/oauth.ts', line: 4, includes: ['GET /auth/google/callback', 'signs the user in (req.login)'] }],
    },
    {
      name: 'Koa: ctx.session.userId set by an invitation accept route for an existing user, never recorded',
      files: { 'src/invites.js': "const Router = require('@koa/router');\nconst router = new Router();\nrouter.post('/invites/:token/accept', async (ctx) => {\n  const invite = await Invite.findOne({ where: { token: ctx.params.token } });\n  ctx.session.userId = invite.userId;\n  ctx.body = { ok: true };\n});\nmodule.exports = router;\n" },
      gaps: [{ messageId: 'missing', path: 'src/invites.js', line: 3, includes: ['signs the user in (ctx.session.userId = …)'] }],
    },
    {
      name: "Flask: session['user_id'] set after a one-time code check, never recorded",
      files: { 'app/verify.py': 'from flask import Blueprint, session, request\nbp = Blueprint("verify", __name__)\n\n@bp.get("/verify/<code>")\ndef verify(code):\n    user = User.query.filter_by(email_code=code).first_or_404()\n    session["user_id"] = user.id\n    return redirect("/")\n' },
      gaps: [{ messageId: 'missing', path: 'app/verify.py', line: 4, includes: ['signs the user in'] }],
    },
    {
      name: 'NestJS + Mongoose: a role assigned on a document loaded through the injected model and saved, never recorded',
      files: nestMongoose(false),
      gaps: [{ messageId: 'missing', path: 'src/members/members.controller.ts', includes: ['PATCH /members/:id/role', 'Member'] }],
    },
    {
      name: 'Auth.js v5: the route re-exports GET and POST from auth.ts, which has no events',
      files: {
        ...authjsV5(''),
        'app/api/auth/[...nextauth]/route.ts': "export { GET, POST } from '@/auth';\n",
        'auth.ts': "import NextAuth from 'next-auth';\n\nexport const { auth, handlers: { GET, POST } } = NextAuth({ providers: [] });\n",
      },
      gaps: [{ messageId: 'missing', path: 'app/api/auth/[...nextauth]/route.ts', line: 1, includes: ['is a sign-in event (Auth.js sign-in and sign-out)'] }],
    },
    {
      name: 'lookalike: the same cleanup route that no schedule requests is anyone-with-the-secret deleting rows unrecorded',
      files: { 'pages/api/cron/cleanup.ts': cronCleanup },
      gaps: [{ messageId: 'missing', path: 'pages/api/cron/cleanup.ts', includes: ['deletes Invite'] }],
    },
    {
      name: 'clearing the audit log is a deletion nobody recorded',
      files: { 'src/app.ts': express("app.delete('/admin/audit-log', requireAuth, requireRole('owner'), async (req, res) => {\n  await prisma.auditLog.deleteMany({ where: { orgId: req.user.orgId } });\n  res.sendStatus(204);\n});\n") },
      gaps: [{ messageId: 'missing', path: 'src/app.ts', line: 4, includes: ['DELETE /admin/audit-log', 'deletes AuditLog'] }],
    },
    {
      name: 'a DRF viewset purging audit entries through self.get_queryset() (queryset = AuditLogEntry.objects.all()) records nothing',
      files: {
        'audit/urls.py': 'from rest_framework.routers import DefaultRouter\nfrom .views import AuditLogViewSet\nrouter = DefaultRouter()\nrouter.register("audit-log", AuditLogViewSet, basename="audit-log")\nurlpatterns = router.urls\n',
        'audit/views.py': 'from rest_framework import viewsets\nfrom rest_framework.decorators import action\nfrom rest_framework.response import Response\n\nclass AuditLogViewSet(viewsets.ReadOnlyModelViewSet):\n    permission_classes = [IsAuthenticated, IsClinicAdmin]\n    queryset = AuditLogEntry.objects.all()\n\n    @action(detail=False, methods=["post"])\n    def purge(self, request):\n        deleted, _ = self.get_queryset().filter(created_at__lt=request.data["before"]).delete()\n        return Response({"deleted": deleted})\n',
      },
      gaps: [{ messageId: 'missing', path: 'audit/views.py', includes: ['POST /audit-log/purge', 'deletes AuditLogEntry'] }],
    },
    {
      name: 'Auth.js v5 with no events callback: sign-ins and sign-outs are never recorded',
      files: authjsV5(''),
      gaps: [{ messageId: 'missing', path: 'app/api/auth/[...nextauth]/route.ts', line: 3, includes: ['POST /api/auth/[...nextauth]', 'sign-in'] }],
    },
    {
      name: 'Auth.js v4: an events callback that only logs to the console records nothing',
      files: authjsV4("  events: {\n    async signIn({ user }) {\n      console.info('signed in', user.id);\n    },\n  },\n"),
      gaps: [{ messageId: 'missing', path: 'pages/api/auth/[...nextauth].ts', line: 4, includes: ['sign-in'] }],
    },
    {
      name: 'Auth.js v4 app router (`export { handler as GET, handler as POST }`) with inline options and no events',
      files: { 'app/api/auth/[...nextauth]/route.ts': "import NextAuth from 'next-auth';\nimport GoogleProvider from 'next-auth/providers/google';\n\nconst handler = NextAuth({ providers: [GoogleProvider({ clientId: '', clientSecret: '' })] });\n\nexport { handler as GET, handler as POST };\n" },
      gaps: [{ messageId: 'missing', path: 'app/api/auth/[...nextauth]/route.ts', line: 6, includes: ['sign-in'] }],
    },
    {
      name: 'a deletion in a method of a service made in place (new ClientService(req.user!).remove) is followed',
      files: {
        'src/routes/clients.ts': clientsRoute('  await new ClientService(req.user!).remove(req.params.id);\n'),
        'src/services/ClientService.ts': clientService(''),
      },
      gaps: [{ messageId: 'missing', path: 'src/routes/clients.ts', line: 4, includes: ['DELETE /:id', 'deletes Client', 'ClientService.remove'] }],
    },
    {
      name: 'a deletion in a method of a service held in a local (const svc = new ClientService(…); svc.remove) is followed',
      files: {
        'src/routes/clients.ts': clientsRoute('  const svc = new ClientService(req.user!);\n  await svc.remove(req.params.id);\n'),
        'src/services/ClientService.ts': clientService(''),
      },
      gaps: [{ messageId: 'missing', path: 'src/routes/clients.ts', line: 4, includes: ['deletes Client', 'ClientService.remove'] }],
    },
    {
      name: 'an export named by its collection segment (POST /exports/invoices) that only reads is an export',
      files: { 'src/app.ts': express("app.post('/exports/invoices', requireAuth, async (req, res) => {\n  res.send(toCsv(await prisma.invoice.findMany({ where: { orgId: req.user.orgId } })));\n});\n") },
      gaps: [{ messageId: 'missing', line: 4, includes: ['POST /exports/invoices', 'exports data'] }],
    },
    {
      name: 'lookalike: a post_save receiver for another model does not record this one',
      files: djangoRole('    membership.role = request.data["role"]\n    membership.save(update_fields=["role"])', membershipReceiver('Invite')),
      gaps: [{ messageId: 'missing', path: 'accounts/views.py', includes: ['Membership'] }],
    },
    {
      name: "lookalike: a queryset .update() sends no post_save, so the model's receiver does not run",
      files: djangoRole('    Membership.objects.filter(pk=membership.pk).update(role=request.data["role"])', membershipReceiver('Membership')),
      gaps: [{ messageId: 'missing', path: 'accounts/views.py', includes: ['Membership'] }],
    },
    {
      name: 'Sequelize row loaded by primary key, status set with set() and saved, never recorded',
      files: { 'src/app.ts': express("app.post('/projects/:id/archive', requireAuth, async (req, res) => {\n  const project = await Project.findByPk(req.params.id);\n  project.set({ status: 'archived' });\n  await project.save();\n  res.sendStatus(204);\n});\n") },
      gaps: [{ messageId: 'missing', path: 'src/app.ts', line: 4, includes: ['POST /projects/:id/archive', 'changes the status of Project'] }],
    },
    {
      name: 'Mongoose document status assigned and saved without an audit record',
      files: { 'src/routes/invoices.js': "'use strict';\nconst Router = require('@koa/router');\nconst Invoice = require('../models/Invoice');\nconst router = new Router({ prefix: '/invoices' });\nrouter.post('/:id/void', requireAuth, async (ctx) => {\n  const invoice = await Invoice.findOne({ _id: ctx.params.id, accountId: ctx.state.user.accountId });\n  invoice.status = 'void';\n  await invoice.save();\n  ctx.body = invoice;\n});\nmodule.exports = router;\n" },
      gaps: [{ messageId: 'missing', path: 'src/routes/invoices.js', line: 5, includes: ['POST /invoices/:id/void', 'Invoice'] }],
    },
    {
      name: 'Sequelize member destroyed in a service without an audit record',
      files: {
        'src/routes/members.ts': "import type { FastifyInstance } from 'fastify';\nimport { removeMember } from '../services/members';\nexport default async function memberRoutes(fastify: FastifyInstance) {\n  fastify.delete('/members/:userId', { preHandler: [fastify.authenticate, requireOwner] }, async (request) => {\n    await removeMember(request.user!.companyId, request.params.userId);\n  });\n}\n",
        'src/services/members.ts': "export async function removeMember(companyId: string, userId: string) {\n  const member = await User.findOne({ where: { id: userId, companyId } });\n  await member.destroy();\n}\n",
      },
      gaps: [{ messageId: 'missing', path: 'src/routes/members.ts', line: 4, includes: ['DELETE /members/:userId', 'deletes User'] }],
    },
    {
      name: 'credential reveal through a service, never recorded',
      files: {
        'src/app.ts': express("import { revealCredential } from './credentials';\napp.post('/credentials/:id/reveal', requireAuth, async (req, res) => {\n  res.json(await revealCredential(req.user, req.params.id));\n});\n"),
        'src/credentials.ts': "export async function revealCredential(user, id) {\n  const credential = await prisma.credential.findFirst({ where: { id, organizationId: user.organizationId } });\n  return { secret: decryptSecret(credential.encryptedSecret) };\n}\n",
      },
      gaps: [{ messageId: 'missing', path: 'src/app.ts', line: 5, includes: ['POST /credentials/:id/reveal', 'reveals a secret', 'revealCredential'] }],
    },
    {
      name: 'project status change without an audit call',
      files: { 'src/app.ts': express("app.patch('/projects/:id/status', requireAuth, async (req, res) => {\n  await prisma.project.update({ where: { id: req.params.id }, data: { status: req.body.status } });\n  res.sendStatus(204);\n});\n") },
      gaps: [{ messageId: 'missing', line: 4, includes: ['changes the status of Project'] }],
    },
    {
      name: 'member removed in a tRPC mutation',
      files: { 'src/server/routers/member.ts': "import { adminProcedure, router } from '../trpc';\nexport const memberRouter = router({\n  remove: adminProcedure.input(schema).mutation(async ({ ctx, input }) => {\n    await ctx.db.projectMember.delete({ where: { id: input.id } });\n  }),\n});\n" },
      gaps: [{ messageId: 'missing', line: 3, includes: ['mutation remove', 'deletes ProjectMember'] }],
    },
    {
      name: 'document submitted by a server action',
      files: { 'app/documents/actions.ts': "'use server';\nexport async function submitDocument(documentId: string) {\n  const session = await auth();\n  await db.document.update({ where: { id: documentId, ownerId: session.user.id }, data: { submittedAt: new Date() } });\n}\n" },
      gaps: [{ messageId: 'missing', path: 'app/documents/actions.ts', includes: ['server action submitDocument', 'submit'] }],
    },
    {
      name: 'sign-in that creates a session without recording it',
      files: { 'src/app.ts': express("app.post('/auth/login', async (req, res) => {\n  const user = await prisma.user.findUnique({ where: { email: req.body.email } });\n  await prisma.session.create({ data: { userId: user.id } });\n  res.sendStatus(204);\n});\n") },
      gaps: [{ messageId: 'missing', line: 4, includes: ['POST /auth/login', 'sign-in event'] }],
    },
    {
      name: 'lookalike: console.log mentioning audit is not an audit record',
      files: { 'src/app.ts': express("app.delete('/projects/:id', requireAuth, async (req, res) => {\n  await prisma.project.delete({ where: { id: req.params.id } });\n  console.log('audit: project deleted');\n  res.sendStatus(204);\n});\n") },
      gaps: [{ messageId: 'missing', line: 4, includes: ['deletes Project'] }],
    },
    {
      name: 'export that only reads is still an export',
      files: { 'src/app.ts': express("app.post('/exports', requireAuth, async (req, res) => {\n  res.send(toCsv(await prisma.invoice.findMany({ where: { accountId: req.user.accountId } })));\n});\n") },
      gaps: [{ messageId: 'missing', line: 4, includes: ['POST /exports', 'exports data'] }],
    },
    {
      name: 'status set to a literal value',
      files: { 'src/app.ts': express("app.post('/monitors/:id/pause', requireAuth, async (req, res) => {\n  await knex('monitors').where({ id: req.params.id, team_id: req.user.teamId }).update({ status: 'paused' });\n  res.sendStatus(204);\n});\n") },
      gaps: [{ messageId: 'missing', line: 4, includes: ['changes the status of monitors'] }],
    },
    {
      name: 'Django service changes the status of the case it is handed without recording it',
      files: djangoCase('    case.status = Case.Status.CLOSED\n    case.save(update_fields=["status"])\n'),
      gaps: [{ messageId: 'missing', path: 'cases/views.py', includes: ['changes the status of Case'] }],
    },
    {
      name: 'FastAPI status change of a row a local helper loaded, not recorded',
      files: { 'app/routers/applications.py': fastapiStatus('') },
      gaps: [{ messageId: 'missing', path: 'app/routers/applications.py', includes: ['changes the status of Application'] }],
    },
    {
      name: 'Django receivers that record only failed sign-ins and last-seen times',
      files: djangoLogin('from django.contrib.auth.signals import user_logged_in, user_login_failed\nfrom django.dispatch import receiver\nfrom core.audit import record_audit\n\n@receiver(user_login_failed)\ndef audit_failed(sender, credentials, request=None, **kwargs):\n    record_audit(request, "auth.login_failed", None)\n\n@receiver(user_logged_in)\ndef touch(sender, request, user, **kwargs):\n    user.last_seen_ip = request.META.get("REMOTE_ADDR")\n'),
      gaps: [
        { messageId: 'missing', path: 'accounts/views.py', includes: ['POST /login', 'sign-in event'] },
        { messageId: 'missing', path: 'accounts/views.py', includes: ['POST /logout', 'sign-in event'] },
      ],
    },
    {
      name: 'Django built-in sign-in view with no receiver recording it',
      files: { 'accounts/urls.py': 'from django.contrib.auth import views as auth_views\nfrom django.urls import path\n\nurlpatterns = [path("login/", auth_views.LoginView.as_view())]\n' },
      gaps: [{ messageId: 'missing', path: 'accounts/urls.py', line: 4, includes: ['POST /login', 'sign-in event'] }],
    },
    {
      name: 'NestJS: sign-in delegated to a service that does not record it',
      files: { 'src/auth/auth.controller.ts': authController('constructor(private readonly auth: AuthService) {}'), 'src/auth/auth.service.ts': authService(false) },
      gaps: [{ messageId: 'missing', path: 'src/auth/auth.controller.ts', includes: ['POST /auth/sign-in', 'sign-in event', 'AuthService.signIn'] }],
    },
    {
      name: 'TypeORM repository injected under any field name (this.repo, this.bankAccounts)',
      files: {
        'src/vendors/vendors.controller.ts': vendorsController,
        'src/vendors/vendors.service.ts': "import { Injectable } from '@nestjs/common';\nimport { InjectRepository } from '@nestjs/typeorm';\nimport { Repository } from 'typeorm';\n@Injectable()\nexport class VendorsService {\n  constructor(@InjectRepository(Vendor) private readonly repo: Repository<Vendor>) {}\n  async remove(id: string) {\n    await this.repo.delete({ id });\n  }\n}\n",
      },
      gaps: [{ messageId: 'missing', path: 'src/vendors/vendors.controller.ts', includes: ['DELETE /vendors/:id', 'deletes Vendor', 'VendorsService.remove'] }],
    },
    {
      name: 'Mongoose model injected with @InjectModel',
      files: {
        'src/vendors/vendors.controller.ts': vendorsController,
        'src/vendors/vendors.service.ts': "import { Injectable } from '@nestjs/common';\nimport { InjectModel } from '@nestjs/mongoose';\nimport { Model } from 'mongoose';\n@Injectable()\nexport class VendorsService {\n  constructor(@InjectModel(Vendor.name) private vendors: Model<VendorDocument>) {}\n  async remove(id: string) {\n    await this.vendors.findByIdAndDelete(id);\n  }\n}\n",
      },
      gaps: [{ messageId: 'missing', path: 'src/vendors/vendors.controller.ts', includes: ['DELETE /vendors/:id', 'deletes Vendor'] }],
    },
    {
      name: 'a Job model declared in the app schema is a business record: its status change is sensitive',
      files: {
        'prisma/schema.prisma': 'model Job {\n  id         String @id\n  status     String\n  customerId String\n}\n',
        'src/app.ts': express("app.post('/jobs/:id/status', requireAuth, async (req, res) => {\n  await prisma.job.update({ where: { id: req.params.id }, data: { status: req.body.status } });\n  res.sendStatus(204);\n});\n"),
      },
      gaps: [{ messageId: 'missing', path: 'src/app.ts', line: 4, includes: ['POST /jobs/:id/status', 'changes the status of Job'] }],
    },
    {
      name: 'lookalike: a webhook that deletes a member is still a sensitive change',
      files: { 'src/app.ts': express("app.post('/webhooks/scim/users', verifyScim, async (req, res) => {\n  await prisma.member.delete({ where: { id: req.body.id } });\n  res.sendStatus(204);\n});\n") },
      gaps: [{ messageId: 'missing', path: 'src/app.ts', line: 4, includes: ['POST /webhooks/scim/users', 'deletes Member'] }],
    },
    {
      name: 'lookalike: a user route ending in /status is still a status change',
      files: { 'src/app.ts': express("app.post('/reminders/:id/status', requireAuth, async (req, res) => {\n  await prisma.reminder.update({ where: { id: req.params.id }, data: { deliveryStatus: req.body.value } });\n  res.sendStatus(204);\n});\n") },
      gaps: [{ messageId: 'missing', path: 'src/app.ts', line: 4, includes: ['POST /reminders/:id/status', 'sensitive action (status)'] }],
    },
    {
      name: 'a billing checkout is recognised by its Stripe checkout session',
      files: { 'src/app.ts': express("app.post('/checkout', requireAuth, async (req, res) => {\n  const session = await stripe.checkout.sessions.create({ customer: req.user.stripeCustomerId, mode: 'subscription' });\n  res.json({ url: session.url });\n});\n") },
      gaps: [{ messageId: 'missing', path: 'src/app.ts', line: 4, includes: ['POST /checkout', 'calls stripe.checkout.sessions.create'] }],
    },
    {
      name: 'a read-only server action named for an export is a data export',
      files: { 'app/patients/actions.ts': "'use server';\nexport async function exportPatientRecord(patientId: string) {\n  const patient = await db.query.patients.findFirst({ where: eq(patients.id, patientId) });\n  return toJson(patient);\n}\n" },
      gaps: [{ messageId: 'missing', path: 'app/patients/actions.ts', includes: ['server action exportPatientRecord', 'exports data'] }],
    },
  ],
};
export default cases;
