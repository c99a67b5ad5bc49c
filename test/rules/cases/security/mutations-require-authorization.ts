import type { RuleCases } from '../../rule-tester.js';
import { APPOINTMENT_VIEWSET, drfClinic, MEMBER_ROLE_PERMISSION, OWNER_VIEWSET, STAFF_REMOVAL_VIEWSET, STAFF_VIEWSET, STAFF_VIEWSET_ADMIN_ACTIONS, USER_ROLE_VIEWSET } from '../../../helpers/drf-clinic.js';

const server = `import express from 'express';
import { requireAuth } from './auth';
import { membersRouter } from './members';
const app = express();
app.use('/projects', requireAuth, membersRouter);
`;
const auth = `export function requireAuth(req, res, next) { if (!req.user) return res.status(401).end(); next(); }
export function requireRole(role) { return (req, res, next) => (req.user.role === role ? next() : res.status(403).end()); }
`;
const members = (body: string, guards = '') => `import { Router } from 'express';
import { prisma } from './db';
export const membersRouter = Router();
membersRouter.delete('/:projectId/members/:userId', ${guards}async (req, res) => {
${body}
  res.sendStatus(204);
});
`;
const unscopedDelete = '  const { projectId, userId } = req.params;\n  await prisma.projectMember.delete({ where: { projectId_userId: { projectId, userId } } });';

const trpcBase = `import { initTRPC, TRPCError } from '@trpc/server';
const t = initTRPC.context().create();
export const router = t.router;
export const publicProcedure = t.procedure;
const isAuthed = t.middleware(({ ctx, next }) => {
  if (!ctx.session) throw new TRPCError({ code: 'UNAUTHORIZED' });
  return next();
});
const isAdmin = t.middleware(({ ctx, next }) => {
  if (ctx.session.user.role !== 'admin') throw new TRPCError({ code: 'FORBIDDEN' });
  return next();
});
export const protectedProcedure = t.procedure.use(isAuthed);
export const adminProcedure = protectedProcedure.use(isAdmin);
`;

const membersService = "from sqlalchemy import select\nfrom app.models import User\n\ndef get_member(db, org_id: int, member_id: int) -> User:\n    return db.scalar(select(User).where(User.id == member_id, User.org_id == org_id))\n\ndef set_role(db, org_id: int, member_id: int, role: str) -> User:\n    member = get_member(db, org_id, member_id)\n    member.role = role\n    db.commit()\n    return member\n\ndef change_plan(db, org: Organization, plan: str) -> Organization:\n    org.plan = plan\n    db.commit()\n    return org\n";
const membersRoute = (guard: string) =>
  `from fastapi import APIRouter, Depends\nfrom app.services import members_service\nrouter = APIRouter()\n\n@router.patch("/members/{member_id}/role")\ndef change_member_role(member_id: int, body: RoleIn, user=Depends(${guard}), db=Depends(get_db)):\n    return members_service.set_role(db, user.org_id, member_id, body.role)\n\n@router.put("/billing/plan")\ndef change_plan(body: PlanIn, user=Depends(${guard}), db=Depends(get_db)):\n    return members_service.change_plan(db, user.organization, body.plan)\n`;

const sessionHelper = `export class UnauthorizedError extends Error { status = 401; }
export class ForbiddenError extends Error { status = 403; }
export async function loadCaller() {
  const session = await readSessionCookie();
  if (!session) throw new UnauthorizedError('Not signed in');
  return { userId: session.user.id, orgId: session.user.orgId, role: session.user.role };
}
`;

/** tRPC builders: membership of the organization, then an admin check on top of it. */
const orgTrpc = `import { initTRPC, TRPCError } from '@trpc/server';
const t = initTRPC.context().create();
export const router = t.router;
const isSignedIn = t.middleware(({ ctx, next }) => {
  if (!ctx.session?.user) throw new TRPCError({ code: 'UNAUTHORIZED' });
  return next();
});
export const protectedProcedure = t.procedure.use(isSignedIn);
export const orgProcedure = protectedProcedure.use(async ({ ctx, next }) => {
  const membership = await ctx.db.membership.findUnique({ where: { userId_orgId: { userId: ctx.session.user.id, orgId: ctx.session.user.orgId } } });
  if (!membership) throw new TRPCError({ code: 'FORBIDDEN', message: 'Not a member of this organization' });
  return next({ ctx: { membership, orgId: membership.orgId } });
});
export const adminProcedure = orgProcedure.use(({ ctx, next }) => {
  if (ctx.membership.role !== 'ADMIN') throw new TRPCError({ code: 'FORBIDDEN' });
  return next();
});
`;
const revealToken = (procedure: string) => `import { ${procedure}, router } from '../trpc';
export const integrationsRouter = router({
  revealToken: ${procedure}.input(schema).mutation(async ({ ctx, input }) => {
    const integration = await ctx.db.integration.findFirst({ where: { id: input.integrationId, orgId: ctx.orgId } });
    return { token: decryptToken(integration.encryptedToken) };
  }),
});
`;

/** An invitation router: `create` hands out a fresh token (written, not looked up); `accept` is authorized by the token the invitee brings. */
const invitations = (procedure: string) => `import { randomBytes } from 'node:crypto';
import { ${procedure}, protectedProcedure, router } from '../trpc';
export const invitationRouter = router({
  create: ${procedure}.input(schema).mutation(async ({ ctx, input }) => {
    const token = randomBytes(32).toString('base64url');
    await ctx.db.insert(invitations).values({ orgId: ctx.orgId, email: input.email, role: input.role, token, invitedById: ctx.session.user.id });
    await sendInvitationEmail(input.email, token);
  }),
  accept: protectedProcedure.input(schema).mutation(async ({ ctx, input }) => {
    const invite = await ctx.db.query.invitations.findFirst({ where: and(eq(invitations.token, input.token), isNull(invitations.acceptedAt)) });
    if (!invite) throw new TRPCError({ code: 'NOT_FOUND' });
    await ctx.db.insert(memberships).values({ orgId: invite.orgId, userId: ctx.session.user.id, role: invite.role });
  }),
});
`;
/** A team router whose names say nothing privileged: adding a person creates a membership row. */
const teamRouter = (role: string) => `import { orgProcedure, router } from '../trpc';
export const teamRouter = router({
  addPerson: orgProcedure.input(schema).mutation(async ({ ctx, input }) => {
    await ctx.db.insert(memberships).values({ orgId: ctx.orgId, userId: input.userId, role: ${role} });
  }),
});
`;
const teamRoot = "import { router } from './trpc';\nimport { teamRouter } from './routers/team';\nexport const appRouter = router({ team: teamRouter });\n";
const invitationRoot = "import { router } from './trpc';\nimport { invitationRouter } from './routers/invitation';\nexport const appRouter = router({ invitation: invitationRouter });\n";

/** A Fastify route that passes the caller's company and the target's id into a Sequelize service. */
const fastifyMembers = (guards: string) => `import type { FastifyInstance } from 'fastify';
import { removeMember } from '../services/memberService';
export default async function memberRoutes(fastify: FastifyInstance) {
  fastify.delete<{ Params: { userId: string } }>('/members/:userId', { preHandler: [${guards}] }, async (request, reply) => {
    await removeMember(request.user!.companyId, request.params.userId);
    return reply.code(204).send();
  });
}
`;
const sequelizeMemberService = `import { User } from '../models';
export async function removeMember(companyId: string, userId: string) {
  const member = await User.findOne({ where: { id: userId, companyId } });
  if (!member) throw new NotFoundError('member not found');
  await member.destroy();
}
`;
/** Koa + Mongoose (CommonJS): a role change through a service, behind a guard. */
const koaMembers = (guard: string) => `'use strict';
const Router = require('@koa/router');
const requireAuth = require('../middleware/requireAuth');
const { setRole } = require('../services/memberService');
const router = new Router({ prefix: '/members' });
router.use(requireAuth);
router.patch('/:id/role', ${guard}, async (ctx) => {
  ctx.body = await setRole(ctx.state.user.accountId, ctx.params.id, ctx.request.body.role);
});
module.exports = router;
`;
const mongooseMemberService = `'use strict';
const User = require('../models/User');
async function setRole(accountId, userId, role) {
  return User.findOneAndUpdate({ _id: userId, accountId }, { role }, { new: true });
}
module.exports = { setRole };
`;
const koaGuards = `'use strict';
async function requireAccountMember(ctx, next) {
  const exists = await User.exists({ _id: ctx.params.id, accountId: ctx.state.user.accountId });
  if (!exists) ctx.throw(404, 'Not a member of this account');
  await next();
}
async function requireAccountAdmin(ctx, next) {
  if (ctx.state.user.role !== 'admin') ctx.throw(403, 'Forbidden');
  await next();
}
module.exports = { requireAccountMember, requireAccountAdmin };
`;
const koaInvoices = (check: string) => `'use strict';
const Router = require('@koa/router');
const requireAuth = require('../middleware/requireAuth');
const Invoice = require('../models/Invoice');
const router = new Router({ prefix: '/invoices' });
router.use(requireAuth);
router.post('/:id/void', async (ctx) => {
${check}  const invoice = await Invoice.findById(ctx.params.id);
  if (!invoice) ctx.throw(404, 'invoice not found');
  invoice.status = 'void';
  await invoice.save();
  ctx.body = invoice;
});
module.exports = router;
`;

/**
 * Koa + @koa/router + Prisma help desk: child routers mounted with `use(prefix, child.routes(), child.allowedMethods())`
 * on an `/api` router that runs `requireAuth` first; `route` is added to src/routes/work.ts, `service` is src/services/work.ts.
 */
const koaDesk = (route: string, service: string) => ({
  'src/routes/index.ts': "import Router from '@koa/router';\nimport { requireAuth } from '../middleware/auth';\nimport { workRouter } from './work';\nexport const rootRouter = new Router();\nconst api = new Router({ prefix: '/api' });\napi.use(requireAuth);\napi.use('/work', workRouter.routes(), workRouter.allowedMethods());\nrootRouter.use(api.routes(), api.allowedMethods());\n",
  'src/routes/work.ts': `import Router from '@koa/router';\nimport * as work from '../services/work';\nexport const workRouter = new Router();\n${route}`,
  'src/services/work.ts': `import { prisma } from '../db';\n${service}`,
});
const deskTicket = "export async function createTicket(organizationId, input) {\n  const ticket = await prisma.ticket.create({ data: { organizationId, subject: input.subject } });\n  await prisma.comment.create({ data: { ticketId: ticket.id, body: input.body } });\n  return ticket;\n}\n";
const deskExport = (created: string) =>
  `async function build(exportId, userId) {\n  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId } });\n  await prisma.dataExport.update({ where: { id: exportId }, data: { status: 'ready' } });\n}\nexport async function requestExport(user) {\n  const requested = await prisma.dataExport.create({ data: { ${created} } });\n  build(requested.id, user.id).catch(async () => {\n    await prisma.dataExport.update({ where: { id: requested.id }, data: { status: 'failed' } });\n  });\n  return requested;\n}\n`;
const deskExportRoute = (path: string) => `workRouter.post('${path}', async (ctx) => {\n  ctx.body = await work.requestExport(ctx.state.user);\n});\n`;

/** A Django address book: the form's model is named by its Meta in another module, not by the form's name. */
const addressBook = (view: string) => ({
  'shipments/forms.py': 'from django import forms\n\nfrom shipments.models import AddressBookEntry\n\n\nclass AddressForm(forms.ModelForm):\n    class Meta:\n        model = AddressBookEntry\n        fields = ("label", "street_address")\n',
  'shipments/urls.py': 'from django.urls import path\n\nfrom shipments import views\n\nurlpatterns = [\n    path("addresses/", views.address_book),\n    path("addresses/<int:pk>/edit/", views.edit_address),\n]\n',
  'shipments/views.py': `from django.contrib.auth.decorators import login_required\nfrom django.shortcuts import get_object_or_404, redirect\n\nfrom shipments.forms import AddressForm\nfrom shipments.models import AddressBookEntry\n\n\n${view}`,
});
const ADDRESS_CREATE = '@login_required\ndef address_book(request):\n    form = AddressForm(request.POST or None)\n    if request.method == "POST" and form.is_valid():\n        entry = form.save(commit=False)\n        entry.company = request.user.company\n        entry.save()\n    return redirect("addresses")\n';
/** A Django view that files a return under a shipment it loaded (`lookup` is the shipment's lookup). */
const returnRequest = (lookup: string) => ({
  'shipments/urls.py': 'from django.urls import path\n\nfrom shipments import views\n\nurlpatterns = [\n    path("shipments/<int:pk>/returns/", views.request_return),\n]\n',
  'shipments/views.py': `from django.contrib.auth.decorators import login_required\nfrom django.shortcuts import get_object_or_404, redirect\n\nfrom shipments.models import ReturnRequest, Shipment\n\n\n@login_required\ndef request_return(request, pk):\n    shipment = get_object_or_404(${lookup})\n    ReturnRequest.objects.create(shipment=shipment, reason=request.POST.get("reason", ""))\n    return redirect("shipments:detail", pk=pk)\n`,
});
/** A Django view deleting a comment by its id within a project it loaded (`lookup` is the project's lookup). */
const projectComment = (lookup: string) => ({
  'app/urls.py': 'from django.urls import path\n\nfrom app import views\n\nurlpatterns = [path("projects/<int:project_id>/comments/<int:comment_id>/delete/", views.delete_comment)]\n',
  'app/views.py': `from django.contrib.auth.decorators import login_required\nfrom django.shortcuts import get_object_or_404, redirect\n\nfrom app.models import Comment, Project\n\n\n@login_required\ndef delete_comment(request, project_id, comment_id):\n    project = get_object_or_404(${lookup})\n    Comment.objects.filter(project=project, pk=comment_id).delete()\n    return redirect("project", pk=project_id)\n`,
});
/** NestJS: a global JWT guard that honours `@Public()`, a CASL policies guard and a roles guard that read route metadata. */
const nestAppModule = (guard = 'JwtAuthGuard') => `import { Module } from '@nestjs/common';\nimport { APP_GUARD } from '@nestjs/core';\n@Module({ providers: [{ provide: APP_GUARD, useClass: ${guard} }] })\nexport class AppModule {}\n`;
const nestJwtGuard = "import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';\nimport { Reflector } from '@nestjs/core';\n@Injectable()\nexport class JwtAuthGuard implements CanActivate {\n  constructor(private readonly reflector: Reflector, private readonly jwt: JwtService) {}\n  async canActivate(context: ExecutionContext): Promise<boolean> {\n    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC_KEY, [context.getHandler(), context.getClass()])) return true;\n    const request = context.switchToHttp().getRequest();\n    request.user = await this.jwt.verifyAsync(request.headers.authorization ?? '');\n    return true;\n  }\n}\n";
const nestPoliciesGuard = "import { CanActivate, ExecutionContext, ForbiddenException, Injectable } from '@nestjs/common';\nimport { Reflector } from '@nestjs/core';\n@Injectable()\nexport class PoliciesGuard implements CanActivate {\n  constructor(private readonly reflector: Reflector, private readonly abilities: CaslAbilityFactory) {}\n  canActivate(context: ExecutionContext): boolean {\n    const handlers = this.reflector.get<PolicyHandler[]>(CHECK_POLICIES_KEY, context.getHandler()) ?? [];\n    const ability = this.abilities.createForUser(context.switchToHttp().getRequest().user);\n    if (!handlers.every((handler) => handler(ability))) throw new ForbiddenException();\n    return true;\n  }\n}\n";
const nestRolesGuard = "import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';\nimport { Reflector } from '@nestjs/core';\n@Injectable()\nexport class RolesGuard implements CanActivate {\n  constructor(private readonly reflector: Reflector) {}\n  canActivate(context: ExecutionContext): boolean {\n    const roles = this.reflector.getAllAndOverride<string[]>('roles', [context.getHandler(), context.getClass()]);\n    if (!roles) return true;\n    return roles.includes(context.switchToHttp().getRequest().user.role);\n  }\n}\n";
const nestAgents = (classDecorators: string, methodDecorators: string) => `import { Body, Controller, Param, Patch, UseGuards } from '@nestjs/common';\n@Controller('agents')\n${classDecorators}export class AgentsController {\n  constructor(private readonly prisma: PrismaService) {}\n  @Patch(':id/role')\n${methodDecorators}  changeRole(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body('role') role: string) {\n    return this.prisma.agent.updateMany({ where: { id, orgId: user.orgId }, data: { role } });\n  }\n}\n`;
const nestSla = (header: string, check: string) => `import { Controller, Headers, Post, UnauthorizedException } from '@nestjs/common';\n@Controller('internal')\nexport class SlaController {\n  constructor(private readonly prisma: PrismaService) {}\n  @Public()\n  @Post('sla-sweep')\n  async sweep(@Headers('${header}') secret: string | undefined) {\n    if (${check}) throw new UnauthorizedException();\n    await this.prisma.ticket.updateMany({ where: { status: 'open' }, data: { slaBreachedAt: new Date() } });\n  }\n}\n`;

/** A service made per request with the organization it works in: `this.orgId` is whatever the route passed. */
const invoiceService = "export class InvoiceService {\n  constructor(private readonly orgId: string) {}\n  async void(id: string) {\n    await this.mark(id);\n  }\n  private async mark(id: string) {\n    await prisma.invoice.updateMany({ where: { id, orgId: this.orgId }, data: { voided: true } });\n  }\n}\n";
const invoiceRoute = (orgId: string) => `import express from 'express';\nimport { InvoiceService } from './invoice.service';\nconst app = express();\napp.post('/invoices/:id/void', requireAuth, async (req, res) => {\n  await new InvoiceService(${orgId}).void(req.params.id);\n  res.sendStatus(204);\n});\n`;

const reviewService =
  'from sqlalchemy import select\n\ndef create_application(db, applicant, program_id, data):\n    application = Application(organisation_id=applicant.organisation_id, applicant_id=applicant.id, program_id=program_id, title=data["title"])\n    db.add(application)\n    db.commit()\n    return application\n\ndef submit_review(db, *, reviewer, assignment_id, score):\n    assignment = db.scalar(select(ReviewAssignment).where(ReviewAssignment.id == assignment_id, ReviewAssignment.reviewer_id == reviewer.id))\n    assignment.score = score\n    db.commit()\n    return assignment\n';
const reviewRoutes = (reviewer: string) =>
  `from fastapi import APIRouter, Depends\nfrom app.services import review_service\nrouter = APIRouter()\n\n@router.post("/applications")\ndef create_application(body: ApplicationIn, user: User = Depends(get_current_user), db: Session = Depends(get_db)):\n    return review_service.create_application(db, user, body.program_id, body.model_dump())\n\n@router.post("/reviews/{assignment_id}/submit")\ndef submit_review(assignment_id: int, body: ReviewIn, user: User = Depends(get_current_user), db: Session = Depends(get_db)):\n    return review_service.submit_review(db, reviewer=${reviewer}, assignment_id=assignment_id, score=body.score)\n`;
/**
 * Express + CASL: `router.use(requireAuth, attachAbility)` signs the caller in, then builds their ability
 * (`can(…)` from an AbilityBuilder grants, it checks nothing); routes check `req.ability` themselves.
 */
const caslApp = (route: string, use = 'router.use(requireAuth, attachAbility);') => ({
  'src/server.js': "import express from 'express';\nimport warehouseRoutes from './routes/warehouses.js';\nconst app = express();\napp.use('/api/warehouses', warehouseRoutes);\n",
  'src/middleware/requireAuth.js': "export function requireAuth(req, res, next) {\n  if (!req.session?.userId) return res.status(401).json({ error: 'Sign in required' });\n  next();\n}\n",
  'src/middleware/attachAbility.js': "import { defineAbilityFor } from '../auth/abilities.js';\nexport function attachAbility(req, _res, next) {\n  if (req.user) req.ability = defineAbilityFor(req.user);\n  next();\n}\n",
  'src/auth/abilities.js': "import { AbilityBuilder, createMongoAbility } from '@casl/ability';\nexport function defineAbilityFor(user) {\n  const { can, cannot, build } = new AbilityBuilder(createMongoAbility);\n  can('read', 'all', { organizationId: user.organizationId });\n  if (user.role === 'admin') can('manage', 'all', { organizationId: user.organizationId });\n  cannot('delete', 'Organization');\n  return build();\n}\n",
  'src/routes/warehouses.js': `import { Router } from 'express';\nimport { prisma } from '../db.js';\nimport { requireAuth } from '../middleware/requireAuth.js';\nimport { attachAbility } from '../middleware/attachAbility.js';\nconst router = Router();\n${use}\n${route}export default router;\n`,
});
const caslDelete = (check: string) => `router.delete('/:id', async (req, res) => {\n${check}  await prisma.warehouse.delete({ where: { id: req.params.id } });\n  res.status(204).end();\n});\n`;

/** A Next.js workspace helper that always checks membership, and the role only when the caller asks for one. */
const withWorkspace = (signature = 'slug: string, role?: Role') => `import { auth } from '@/auth';
export async function withWorkspace(${signature}) {
  const session = await auth();
  if (!session?.user?.id) redirect('/sign-in');
  const membership = await prisma.membership.findFirst({ where: { userId: session.user.id, workspace: { slug } }, include: { workspace: true } });
  if (!membership) throw new WorkspaceAccessError('Not a member of this workspace');
  if (role && !roleAtLeast(membership.role, role)) {
    throw new WorkspaceAccessError(\`Forbidden: requires the \${role} role\`);
  }
  return { user: session.user, workspace: membership.workspace };
}
`;
const removeMemberAction = (call: string) => `'use server';
import { withWorkspace } from '@/lib/workspace';
export async function removeMember(slug: string, userId: string) {
  const { workspace } = await ${call};
  await prisma.membership.delete({ where: { workspaceId_userId: { workspaceId: workspace.id, userId } } });
}
`;

/** A pages-router wrapper that checks a role only when it is given one (`withOrg(handler, { role })`). */
const withOrgLib = "export function withOrg(handler, options: { role?: string } = {}) {\n  return async (req, res) => {\n    const user = await getSessionUser(req, res);\n    if (!user) return res.status(401).json({ error: 'unauthenticated' });\n    try {\n      if (options.role) requireRole(user.role, options.role);\n      return await handler(req, res, { orgId: user.orgId, userId: user.id });\n    } catch (err) {\n      if (err instanceof ForbiddenError) return res.status(403).json({ error: err.message });\n      throw err;\n    }\n  };\n}\n";
const settingsRoute = (wrap: string) => `import { withOrg } from '../../lib/withOrg';\nasync function handler(req, res, ctx) {\n  await db.update(organisations).set(req.body).where(eq(organisations.id, ctx.orgId));\n  res.status(204).end();\n}\nexport default ${wrap};\n`;

/** A Next.js middleware that signs every caller in on every path (Clerk's `auth.protect()` with no public list). */
const clerkEverywhere = "import { clerkMiddleware } from '@clerk/nextjs/server';\nexport default clerkMiddleware(async (auth) => {\n  await auth.protect();\n});\nexport const config = { matcher: ['/((?!_next|[^?]*\\\\.(?:html?|css|js(?!on)|png|svg|ico)).*)', '/(api|trpc)(.*)'] };\n";
const cronCleanup = (check: string) => `export async function GET(request: Request) {\n${check}  await prisma.shareLink.deleteMany({ where: { expiresAt: { lt: new Date() } } });\n  return Response.json({ ok: true });\n}\n`;

/**
 * Express CommonJS (billbay-style): routers under src/routes mounted by inline `require(…)` in routes/index.js,
 * handlers in controller modules that export by assignment (`exports.x = …`, `module.exports = { x: … }`),
 * `loadMembership` refusing `new HttpError(403, 'Not a member of this organization')`.
 */
const cjsApp = (mounts: string, routes: Record<string, string>, controllers: Record<string, string>) => ({
  'src/app.js': "const express = require('express');\nconst routes = require('./routes');\nconst app = express();\napp.use(express.json());\napp.use('/api', routes);\nmodule.exports = app;\n",
  'src/routes/index.js': `const express = require('express');\nconst authenticate = require('../middleware/authenticate');\nconst router = express.Router();\n${mounts}\nmodule.exports = router;\n`,
  'src/middleware/authenticate.js': "const { User } = require('../models');\nconst { UnauthorizedError } = require('../lib/errors');\nasync function authenticate(req, res, next) {\n  if (!req.session.userId) return next(new UnauthorizedError());\n  req.user = await User.findByPk(req.session.userId);\n  next();\n}\nmodule.exports = authenticate;\n",
  'src/middleware/loadMembership.js': "const { Membership } = require('../models');\nconst { HttpError } = require('../lib/errors');\nasync function loadMembership(req, res, next) {\n  const organizationId = req.get('x-organization-id') || req.session.activeOrganizationId;\n  const membership = await Membership.findOne({ where: { organizationId, userId: req.user.id } });\n  if (!membership) return next(new HttpError(403, 'Not a member of this organization'));\n  req.membership = membership;\n  req.organizationId = membership.organizationId;\n  next();\n}\nmodule.exports = loadMembership;\n",
  'src/lib/asyncHandler.js': 'module.exports = (fn) => (req, res, next) => Promise.resolve(fn(req, res, next)).catch(next);\n',
  ...Object.fromEntries(Object.entries(routes).map(([name, body]) => [`src/routes/${name}.js`, `const express = require('express');\nconst authenticate = require('../middleware/authenticate');\nconst loadMembership = require('../middleware/loadMembership');\nconst asyncHandler = require('../lib/asyncHandler');\nconst ctrl = require('../controllers/${name}Controller');\nconst router = express.Router();\n${body}\nmodule.exports = router;\n`])),
  ...Object.fromEntries(Object.entries(controllers).map(([name, body]) => [`src/controllers/${name}Controller.js`, `'use strict';\nconst { Invoice, Customer, Membership, User } = require('../models');\nconst { HttpError } = require('../lib/errors');\nconst policy = require('../policies');\n\n${body}`])),
});

/** A Flask app on raw SQL through SQLAlchemy Core `text()`, wrapped in repository helpers; `routes` is the blueprint's body. */
const flaskRawSql = (routes: string, extra: Record<string, string> = {}) => ({
  'app/db.py':
    'from sqlalchemy import create_engine, text\n\n_engine = create_engine("postgresql://localhost/app")\n\n\ndef fetch_one(sql, **params):\n    with _engine.connect() as conn:\n        return conn.execute(text(sql), params).mappings().first()\n\n\ndef fetch_all(sql, **params):\n    with _engine.connect() as conn:\n        return [dict(r) for r in conn.execute(text(sql), params).mappings()]\n\n\ndef execute(sql, **params):\n    with _engine.begin() as conn:\n        return conn.execute(text(sql), params)\n\n\ndef transaction():\n    return _engine.begin()\n',
  'app/auth.py':
    'from functools import wraps\n\nfrom flask import abort, g\n\nfrom .db import fetch_one\n\n\ndef workspace_member_required(view):\n    @wraps(view)\n    def wrapped(ws_id, *args, **kwargs):\n        if fetch_one("SELECT 1 FROM memberships WHERE workspace_id = :ws AND user_id = :uid", ws=ws_id, uid=g.user["id"]) is None:\n            abort(404)\n        return view(ws_id, *args, **kwargs)\n\n    return wrapped\n',
  'app/routes.py':
    'from flask import Blueprint, abort, g, jsonify, request\nfrom sqlalchemy import text\n\nfrom .auth import workspace_member_required\nfrom .db import execute, fetch_all, fetch_one, transaction\n\nbp = Blueprint("api", __name__, url_prefix="/api")\n\n\n@bp.before_request\ndef require_login():\n    if g.get("user") is None:\n        abort(401)\n\n\n' +
    routes,
  ...extra,
});

/** A DRF function view changing a company member's role through a service whose parameter is called `user`; `permissions` is its permission_classes. */
const drfRoleChange = (permissions: string) => ({
  'config/urls.py': 'from django.urls import path\n\nfrom accounts import views\n\nurlpatterns = [path("api/users/<int:pk>/role", views.change_role)]\n',
  'accounts/services.py': 'def change_user_role(user, role):\n    user.role = role\n    user.save(update_fields=["role"])\n    return user\n',
  'accounts/views.py':
    'from django.shortcuts import get_object_or_404\nfrom rest_framework.decorators import api_view, permission_classes\nfrom rest_framework.permissions import IsAuthenticated\nfrom rest_framework.response import Response\n\nfrom accounts import services\nfrom accounts.models import User\nfrom core.permissions import IsCompanyAdmin\n\n\n@api_view(["POST"])\n' +
    `@permission_classes([${permissions}])\n` +
    'def change_role(request, pk):\n    target = get_object_or_404(User, pk=pk, company=request.user.company)\n    services.change_user_role(target, request.data["role"])\n    return Response({"id": target.id})\n',
});

/**
 * Django class-based views with access mixins of the app's own in another module (orgs/mixins.py): `mixin` is that module's
 * body after its imports, `views` the body of app/views.py after its imports, `routes` the URL patterns.
 */
const cbvApp = (mixin: string, views: string, routes: string) => ({
  'config/urls.py': `from django.urls import path\n\nfrom app import views\n\nurlpatterns = [\n${routes}]\n`,
  'orgs/mixins.py': `from django.contrib.auth.mixins import AccessMixin\nfrom django.core.exceptions import PermissionDenied\n\n\n${mixin}`,
  'app/services.py': 'from app.models import Order, Refund\n\n\ndef issue_refund(order, amount, actor):\n    Refund.objects.create(order=order, amount_cents=amount, created_by=actor)\n    order.status = Order.REFUNDED\n    order.save(update_fields=["status"])\n',
  'app/views.py': `from django.contrib.auth.mixins import LoginRequiredMixin\nfrom django.shortcuts import get_object_or_404, redirect\nfrom django.views import View\nfrom django.views.generic import FormView, UpdateView\n\nfrom app.models import Event, Membership, Order, User\nfrom app.services import issue_refund\nfrom orgs.mixins import OrganizerRequiredMixin\n\n\n${views}`,
});
const organizerMixin = 'class OrganizerRequiredMixin(AccessMixin):\n    def dispatch(self, request, *args, **kwargs):\n        if not request.user.is_authenticated:\n            return self.handle_no_permission()\n        if request.membership is None or not request.membership.is_organizer:\n            raise PermissionDenied("Only organizers can manage events")\n        return super().dispatch(request, *args, **kwargs)\n';

/** Django: removing a membership of the caller's organization by the URL's pk, `check` being the lines between the load and the delete. */
const removeMember = (check: string) => ({
  'config/urls.py': 'from django.urls import path\n\nfrom orgs import views\n\nurlpatterns = [\n    path("orgs/members/<int:pk>/remove", views.remove_member),\n]\n',
  'orgs/views.py': `from django.contrib import messages\nfrom django.contrib.auth.decorators import login_required\nfrom django.core.exceptions import PermissionDenied\nfrom django.shortcuts import get_object_or_404, redirect\nfrom django.views.decorators.http import require_POST\n\nfrom orgs.models import Membership\n\n\n@login_required\n@require_POST\ndef remove_member(request, pk):\n    membership = get_object_or_404(Membership, pk=pk, organization=request.organization)\n${check}    membership.delete()\n    return redirect("orgs:members")\n`,
});
/** The same removal handing the loaded membership row to a service that deletes it (`def end_membership(membership)`). */
const removeMemberThroughService = (check: string) => {
  const files = removeMember(check);
  return {
    ...files,
    'orgs/views.py': files['orgs/views.py'].replace('from orgs.models import Membership\n', 'from orgs import services\nfrom orgs.models import Membership\n').replace('    membership.delete()\n', '    services.end_membership(membership)\n'),
    'orgs/services.py': 'def end_membership(membership):\n    membership.delete()\n',
  };
};
const selfRefusal = '    if membership.user_id == request.user.id:\n        messages.error(request, "You cannot remove yourself.")\n        return redirect("orgs:members")\n';

/** A membership role change (`MembershipRoleUpdateView`) behind the organizer mixin above or `mixin` in its place. */
const roleChange = (mixin: string) =>
  cbvApp(
    mixin,
    'class MembershipRoleUpdateView(OrganizerRequiredMixin, View):\n    def post(self, request, pk):\n        membership = get_object_or_404(Membership, pk=pk, organization=request.organization)\n        membership.role = request.POST["role"]\n        membership.save(update_fields=["role"])\n        return redirect("members")\n',
    '    path("orgs/members/<int:pk>/role", views.MembershipRoleUpdateView.as_view()),\n',
  );
const memberOnlyMixin = 'class OrganizerRequiredMixin(AccessMixin):\n    def dispatch(self, request, *args, **kwargs):\n        if not request.user.is_authenticated:\n            return self.handle_no_permission()\n        if request.organization is None:\n            raise PermissionDenied("Not a member of any organization")\n        return super().dispatch(request, *args, **kwargs)\n';

/** Express + Drizzle: a route creating a workspace and a membership row in one transaction (`membership` is its values). */
const foundWorkspace = (path: string, membership: string) => ({
  'src/app.ts': "import express from 'express';\nimport { requireAuth } from './auth';\nimport { workspacesRouter } from './workspaces';\nconst app = express();\napp.use('/workspaces', requireAuth, workspacesRouter);\n",
  'src/auth.ts': auth,
  'src/workspaces.ts':
    "import { Router } from 'express';\nimport { db, memberships, workspaces } from './db';\nexport const workspacesRouter = Router({ mergeParams: true });\n" +
    `workspacesRouter.post('${path}', async (req, res) => {\n  const body = schema.parse(req.body);\n  const ws = await db.transaction(async (tx) => {\n    const [row] = await tx.insert(workspaces).values(body).returning();\n    await tx.insert(memberships).values(${membership});\n    return row;\n  });\n  res.status(201).json(ws);\n});\n`,
});

/**
 * Express + Drizzle: a members router behind `requireWorkspaceRole(<routerRole>)`, which loads the caller's membership of
 * the URL's workspace and compares ranks from `ranks`; `routeGuard` is the DELETE route's own guard.
 */
const workspaceRoles = (routerRole: string, routeGuard = '', ranks = "{ member: 0, editor: 1, admin: 2, owner: 3 }") => ({
  'src/app.ts': "import express from 'express';\nimport { requireAuth } from './auth';\nimport { membersRouter } from './members';\nconst app = express();\napp.use('/workspaces/:workspaceId/members', requireAuth, membersRouter);\n",
  'src/auth.ts': auth,
  'src/requireWorkspaceRole.ts':
    "import { and, eq } from 'drizzle-orm';\nimport { db, memberships } from './db';\n" +
    `const rank: Record<string, number> = ${ranks};\n` +
    'export function requireWorkspaceRole(minRole: string) {\n  return async (req, res, next) => {\n    const workspaceId = req.params.workspaceId;\n' +
    '    const membership = await db.query.memberships.findFirst({ where: and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, req.user.id)) });\n' +
    "    if (!membership) return res.status(404).json({ error: 'not_found' });\n    if (rank[membership.role] < rank[minRole]) return res.status(403).json({ error: 'forbidden' });\n    req.membership = membership;\n    next();\n  };\n}\n",
  'src/members.ts':
    "import { Router } from 'express';\nimport { and, eq } from 'drizzle-orm';\nimport { db, memberships } from './db';\nimport { requireWorkspaceRole } from './requireWorkspaceRole';\n" +
    `export const membersRouter = Router({ mergeParams: true });\nmembersRouter.use(requireWorkspaceRole('${routerRole}'));\n` +
    `membersRouter.delete('/:userId', ${routeGuard}async (req, res) => {\n  await db.delete(memberships).where(and(eq(memberships.workspaceId, req.membership.workspaceId), eq(memberships.userId, req.params.userId)));\n  res.sendStatus(204);\n});\n`,
});

/** `orgTrpc` under a name that says nothing (`studioProcedure`): only the refusal's message tells membership from a role check. */
const studioTrpc = (refusal: string) => orgTrpc.replaceAll('orgProcedure', 'studioProcedure').replace("message: 'Not a member of this organization'", `message: '${refusal}'`);
const studioTeamRouter = teamRouter('input.role').replaceAll('orgProcedure', 'studioProcedure');
/** A FastAPI dependency named for no membership whose refusal carries its message as `detail=`. */
const studioDependency = (detail: string) =>
  `from fastapi import Depends, HTTPException\n\ndef require_studio(studio_id: int, user=Depends(get_current_user), db=Depends(get_db)):\n    membership = db.query(Membership).filter_by(studio_id=studio_id, user_id=user.id).first()\n    if membership is None:\n        raise HTTPException(status_code=403, detail="${detail}")\n    return user\n`;

/**
 * A data room's members (FastAPI + SQLModel): `ensure_room_member` loads the caller's own `RoomMembership` of the room and
 * refuses when it is missing, `ensure_room_manager` also compares that row's role. `check` is the helper the route calls,
 * `removed` the row the route deletes (another member's, or the caller's own).
 */
const roomPermissions =
  'from fastapi import HTTPException\nfrom sqlmodel import Session, select\n\nfrom app.models import RoomMembership, User\n\n\ndef _membership(session: Session, user: User, room_id: int):\n    return session.exec(select(RoomMembership).where(RoomMembership.room_id == room_id, RoomMembership.user_id == user.id)).first()\n\n\ndef ensure_room_member(session: Session, user: User, room_id: int) -> None:\n    if _membership(session, user, room_id) is None:\n        raise HTTPException(403, "Not a member of this room")\n\n\ndef ensure_room_manager(session: Session, user: User, room_id: int) -> None:\n    membership = _membership(session, user, room_id)\n    if membership is None or membership.role != "manager":\n        raise HTTPException(403, "Only room managers can do this")\n';
const roomMembersRoute = (check: string, removed: string, path = '/{user_id}', param = 'user_id: int, ') => ({
  'app/deps.py': 'def get_current_user(token: str = Depends(oauth2)) -> User:\n    return load_user(token)\n',
  'app/permissions.py': roomPermissions,
  'app/routers/members.py': `from fastapi import APIRouter, Depends, HTTPException\nfrom sqlmodel import Session, select\n\nfrom app.deps import get_current_user, get_session\nfrom app.models import RoomMembership, User\nfrom app.permissions import ensure_room_manager, ensure_room_member\n\nrouter = APIRouter(prefix="/rooms/{room_id}/members")\n\n\n@router.delete("${path}", status_code=204)\ndef remove_member(room_id: int, ${param}user: User = Depends(get_current_user), session: Session = Depends(get_session)):\n    ${check}(session, user, room_id)\n    membership = session.exec(select(RoomMembership).where(RoomMembership.room_id == room_id, RoomMembership.user_id == ${removed})).first()\n    if membership is None:\n        raise HTTPException(404, "Member not found")\n    session.delete(membership)\n    session.commit()\n`,
});
/** The same in Express + Prisma: `ensureRoomMember` loads the caller's own membership of the room, `ensureRoomManager` also compares its role. */
const roomMembersExpress = (check: string) => ({
  'src/server.ts': server.replace("app.use('/projects', requireAuth, membersRouter);", "app.use('/rooms', requireAuth, membersRouter);"),
  'src/auth.ts': auth,
  'src/rooms.ts': "import { prisma } from './db';\nexport class HttpError extends Error { constructor(public status: number, message: string) { super(message); } }\nexport async function ensureRoomMember(user, roomId) {\n  const own = await prisma.roomMembership.findFirst({ where: { roomId, userId: user.id } });\n  if (!own) throw new HttpError(403, 'Not a member of this room');\n}\nexport async function ensureRoomManager(user, roomId) {\n  const own = await prisma.roomMembership.findFirst({ where: { roomId, userId: user.id } });\n  if (!own || own.role !== 'manager') throw new HttpError(403, 'Only room managers can do this');\n}\n",
  'src/members.ts': `import { Router } from 'express';\nimport { prisma } from './db';\nimport { ensureRoomManager, ensureRoomMember } from './rooms';\nexport const membersRouter = Router();\nmembersRouter.delete('/:roomId/members/:userId', async (req, res) => {\n  const { roomId, userId } = req.params;\n  await ${check}(req.user, roomId);\n  await prisma.roomMembership.deleteMany({ where: { roomId, userId } });\n  res.sendStatus(204);\n});\n`,
});

/**
 * FastAPI: a dependency made once at module level by a factory (`reviewers = require_role("reviewer")`, or a factory that
 * only hands back the signed-in user) and injected by that name (`reviewer: User = Depends(reviewers)`).
 */
const madeDependencyDeps =
  'from fastapi import Depends, HTTPException\n\n\ndef get_current_user(token: str = Depends(oauth2)) -> User:\n    return load_user(token)\n\n\ndef require_role(*roles: str):\n    allowed = {*roles, "admin"}\n\n    def checker(user: User = Depends(get_current_user)) -> User:\n        if user.role not in allowed:\n            raise HTTPException(status_code=403, detail="Forbidden")\n        return user\n\n    return checker\n\n\ndef signed_in():\n    def dependency(user: User = Depends(get_current_user)) -> User:\n        return user\n\n    return dependency\n';
const madeDependencyRoute = (made: string) =>
  `from fastapi import APIRouter, Depends\nfrom sqlalchemy import select\n\nfrom app.deps import get_current_user, require_role, signed_in\nfrom app.models import Result, User\n\nrouter = APIRouter(prefix="/results", dependencies=[Depends(get_current_user)])\n\nreviewers = ${made}\n\n\n@router.post("/{result_id}/approve")\ndef approve_result(result_id: int, db: Session = Depends(get_db), reviewer: User = Depends(reviewers)):\n    result = db.scalar(select(Result).where(Result.id == result_id))\n    result.status = "approved"\n    db.commit()\n    return result\n`;

/** The same dependency made in deps.py (`reviewers = ${made}` beside the factories) and imported by the router. */
const importedMadeDependency = (made: string) => ({
  'app/deps.py': `${madeDependencyDeps}\n\nreviewers = ${made}\n`,
  'app/routers/results.py': 'from fastapi import APIRouter, Depends\nfrom sqlalchemy import select\n\nfrom app.deps import get_current_user, reviewers\nfrom app.models import Result, User\n\nrouter = APIRouter(prefix="/results", dependencies=[Depends(get_current_user)])\n\n\n@router.post("/{result_id}/approve")\ndef approve_result(result_id: int, db: Session = Depends(get_db), reviewer: User = Depends(reviewers)):\n    result = db.scalar(select(Result).where(Result.id == result_id))\n    result.status = "approved"\n    db.commit()\n    return result\n',
});

/** FastAPI + SQLModel: a vehicle loaded by a service helper (scoped to the caller's account or not), changed and `session.add`-ed again. */
const vehicleStatus = (filter: string) => ({
  'app/services/vehicles.py': `from fastapi import HTTPException\nfrom sqlmodel import Session, select\n\nfrom app.models import User, Vehicle\n\n\ndef get_vehicle_for(session: Session, user: User, vehicle_id: int) -> Vehicle:\n    vehicle = session.exec(select(Vehicle).where(${filter})).first()\n    if vehicle is None:\n        raise HTTPException(404, "Vehicle not found")\n    return vehicle\n`,
  'app/routers/vehicles.py': 'from fastapi import APIRouter, Depends\nfrom sqlmodel import Session\n\nfrom app.deps import get_current_user, get_session\nfrom app.services.vehicles import get_vehicle_for\n\nrouter = APIRouter(prefix="/vehicles")\n\n\n@router.post("/{vehicle_id}/status")\ndef set_vehicle_status(vehicle_id: int, body: StatusIn, user=Depends(get_current_user), session: Session = Depends(get_session)):\n    vehicle = get_vehicle_for(session, user, vehicle_id)\n    vehicle.status = body.status\n    session.add(vehicle)\n    session.commit()\n    return vehicle\n',
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

/** FastAPI: an organization's API tokens, created for the caller and revoked (org-scoped) by any member or by the token's owner. */
const apiTokens = (revokeFilter: string) => ({
  'app/deps.py': 'from fastapi import Depends\n\nasync def get_current_user(token: str = Depends(oauth2)):\n    return await load_user(token)\n',
  'app/routers/api_tokens.py': `from fastapi import APIRouter, Depends, HTTPException\nfrom sqlalchemy import select\n\nfrom app.deps import get_current_user\nfrom app.models import ApiToken\n\nrouter = APIRouter(prefix="/tokens", dependencies=[Depends(get_current_user)])\n\n\n@router.post("", status_code=201)\nasync def create_token(body: TokenIn, user=Depends(get_current_user), session=Depends(get_session)):\n    token = ApiToken(org_id=user.org_id, user_id=user.id, name=body.name)\n    session.add(token)\n    await session.commit()\n    return {"id": token.id}\n\n\n@router.delete("/{token_id}", status_code=204)\nasync def revoke_token(token_id: str, user=Depends(get_current_user), session=Depends(get_session)):\n    token = await session.scalar(select(ApiToken).where(${revokeFilter}))\n    if token is None:\n        raise HTTPException(status_code=404, detail="Token not found")\n    await session.delete(token)\n    await session.commit()\n`,
});

/** NestJS: a service updating memberships by the values of an injected context (request-scoped, or not). */
const nestTenantContext = (ctor: string) => ({
  'src/app.module.ts': nestAppModule(),
  'src/auth/jwt.guard.ts': nestJwtGuard,
  'src/tenancy/tenant-context.ts': `import { Inject, Injectable, Scope } from '@nestjs/common';\nimport { REQUEST } from '@nestjs/core';\n@Injectable({ scope: Scope.REQUEST })\nexport class TenantContext {\n  constructor(${ctor}) {}\n  get tenantId(): string {\n    return this.request.user.tenantId;\n  }\n  get userId(): string {\n    return this.request.user.id;\n  }\n}\n`,
  'src/members/members.service.ts': "import { Injectable } from '@nestjs/common';\nimport { InjectRepository } from '@nestjs/typeorm';\nimport { Repository } from 'typeorm';\nimport { TenantContext } from '../tenancy/tenant-context';\n@Injectable()\nexport class MembersService {\n  constructor(@InjectRepository(Membership) private readonly memberships: Repository<Membership>, private readonly tenant: TenantContext) {}\n  async updateMyNotifications(notify: boolean) {\n    await this.memberships.update({ tenantId: this.tenant.tenantId, userId: this.tenant.userId }, { notify });\n  }\n}\n",
  'src/members/members.controller.ts': "import { Body, Controller, Patch } from '@nestjs/common';\nimport { MembersService } from './members.service';\n@Controller('members')\nexport class MembersController {\n  constructor(private readonly members: MembersService) {}\n  @Patch('me/notifications')\n  update(@Body() dto: NotificationsDto) {\n    return this.members.updateMyNotifications(dto.notify);\n  }\n}\n",
});

/** FastAPI: a line item loaded by its id, then its quote loaded within the caller's organization (refusing with a 404, or not). */
const lineItems = (missing: string) => ({
  'app/deps.py': 'from fastapi import Depends\n\nasync def get_current_user(token: str = Depends(oauth2)):\n    return await load_user(token)\n',
  'app/services/quotes.py': `from sqlalchemy import select\nfrom fastapi import HTTPException\nfrom app.models import Quote\n\n\nasync def get_quote_for_org(session, org_id: str, quote_id: str):\n    quote = await session.scalar(select(Quote).where(Quote.id == quote_id, Quote.org_id == org_id))\n    if quote is None:\n        ${missing}\n    return quote\n`,
  'app/routers/line_items.py': 'from fastapi import APIRouter, Depends, HTTPException\n\nfrom app.deps import get_current_user\nfrom app.models import LineItem\nfrom app.services import quotes as quote_service\n\nrouter = APIRouter(prefix="/quotes/{quote_id}/line-items", dependencies=[Depends(get_current_user)])\n\n\n@router.patch("/{item_id}")\nasync def update_line_item(quote_id: str, item_id: str, body: LineItemIn, user=Depends(get_current_user), session=Depends(get_session)):\n    item = await session.get(LineItem, item_id)\n    if item is None or item.quote_id != quote_id:\n        raise HTTPException(status_code=404, detail="Line item not found")\n    quote = await quote_service.get_quote_for_org(session, user.org_id, item.quote_id)\n    item.quantity = body.quantity\n    await session.commit()\n    return {"id": item.id}\n',
});

/** Flask-Login: a member's role changed through a service helper that loads the member within the caller's agency. */
const flaskRoleChange = (assignment: string, guard = '@login_required') => ({
  'app/services/members.py': `from flask import abort\n\nfrom app.extensions import db\nfrom app.models import User\n\n\ndef _member(agency_id: int, member_id: int) -> User:\n    member = User.query.filter_by(id=member_id, agency_id=agency_id).first()\n    if member is None:\n        abort(404)\n    return member\n\n\ndef change_role(agency_id: int, member_id: int, role: str) -> User:\n    member = _member(agency_id, member_id)\n    ${assignment}\n    db.session.commit()\n    return member\n`,
  'app/blueprints/members.py': `from flask import Blueprint, redirect, request\nfrom flask_login import current_user, login_required\n\nfrom app.decorators import agency_role_required\nfrom app.services import members as member_service\n\nbp = Blueprint("members", __name__)\n\n\n@bp.post("/<int:member_id>/role")\n${guard}\ndef change_role(member_id):\n    member_service.change_role(current_user.agency_id, member_id, request.form["role"])\n    return redirect("/members")\n`,
});

/** Flask: a client created through a service made for the caller (`ClientService(current_user).create(…)`). */
const flaskClientCreate = (agency: string) => ({
  'app/services/clients.py': `from app.extensions import db\nfrom app.models import Client\n\n\nclass ClientService:\n    def __init__(self, user):\n        self.user = user\n\n    def create(self, name, agency_id=None):\n        client = Client(agency_id=${agency}, name=name)\n        db.session.add(client)\n        db.session.commit()\n        return client\n`,
  'app/blueprints/clients.py': 'from flask import Blueprint, redirect, request\nfrom flask_login import current_user, login_required\n\nfrom app.services.clients import ClientService\n\nbp = Blueprint("clients", __name__)\n\n\n@bp.post("/<int:agency_id>/clients")\n@login_required\ndef create(agency_id):\n    ClientService(current_user).create(request.form["name"], agency_id)\n    return redirect("/clients")\n',
});

/** A FastAPI cron route comparing the Authorization header with `expected` (a pydantic settings field or another value). */
const pyCron = (expected: string) => ({
  'app/config.py': 'from pydantic_settings import BaseSettings\n\nclass Settings(BaseSettings):\n    cron_secret: str\n    app_url: str = "http://localhost:8000"\n\nsettings = Settings()\n',
  'app/routers/cron.py': `from fastapi import APIRouter, HTTPException, Request\nfrom app.config import settings\nfrom app.db import SessionLocal\nrouter = APIRouter()\n\n@router.post("/internal/cron/purge-sessions")\ndef purge_sessions(request: Request):\n    if request.headers.get("authorization") != f"Bearer {${expected}}":\n        raise HTTPException(status_code=401)\n    with SessionLocal() as db:\n        db.query(UserSession).filter(UserSession.expires_at < now()).delete()\n        db.commit()\n`,
});

/** TypeORM repositories behind accessors exported from one module (`export const userRepo = () => AppDataSource.getRepository(User)`), imported elsewhere. */
const TYPEORM_REPOSITORIES = "import { AppDataSource } from './data-source';\nimport { User } from '../entities/User';\nimport { PayrollRun } from '../entities/PayrollRun';\nimport { AuditLog } from '../entities/AuditLog';\nimport { PasswordResetToken } from '../entities/PasswordResetToken';\nimport { RefreshToken } from '../entities/RefreshToken';\nexport const userRepo = () => AppDataSource.getRepository(User);\nexport const payrollRunRepo = () => AppDataSource.getRepository(PayrollRun);\nexport const auditLogRepo = () => AppDataSource.getRepository(AuditLog);\nexport const passwordResetRepo = () => AppDataSource.getRepository(PasswordResetToken);\nexport const refreshTokenRepo = () => AppDataSource.getRepository(RefreshToken);\n";
/** An Express users router mounted behind authentication only; `route` is registered on it. */
const importedRepoUsers = (route: string, extra: Record<string, string> = {}) => ({
  'src/app.ts': "import express from 'express';\nimport { requireAuth } from './auth';\nimport { usersRouter } from './routes/users';\nconst app = express();\napp.use('/api/users', requireAuth, usersRouter);\n",
  'src/auth.ts': auth,
  'src/db/repositories.ts': TYPEORM_REPOSITORIES,
  'src/routes/users.ts': `import { Router } from 'express';\nimport { userRepo } from '../db/repositories';\nimport { cacheStore } from '../lib/cache';\nimport { requireRole } from '../auth';\nexport const usersRouter = Router();\n${route}`,
  ...extra,
});
const importedRoleChange = (guards: string) => `usersRouter.patch('/:id/role', ${guards}async (req, res) => {\n  await userRepo().update({ id: req.params.id, organizationId: req.user.organizationId }, { role: req.body.role });\n  res.json({ ok: true });\n});\n`;

/** Flask-Login: a member's role changed through a service helper that loads the member within the caller's agency. */
/**
 * Flask + flask-jwt-extended: `current_user_id()` returns `int(get_jwt_identity())`; the applications blueprint is registered
 * by a function in blueprints/__init__.py; `members` has a `before_request` hook refusing "Not a member of this organization".
 */
const jwtApp = (files: Record<string, string>) => ({
  'app/identity.py': 'from flask import g\nfrom flask_jwt_extended import get_jwt_identity\n\nfrom .models import Membership\n\n\ndef current_user_id() -> int:\n    return int(get_jwt_identity())\n\n\ndef current_membership():\n    if "membership" not in g:\n        g.membership = Membership.query.filter_by(user_id=current_user_id(), active=True).first()\n    return g.membership\n',
  'app/blueprints/__init__.py': 'def register_blueprints(app):\n    from .applications import bp as applications_bp\n    from .members import bp as members_bp\n\n    app.register_blueprint(applications_bp, url_prefix="/api/applications")\n    app.register_blueprint(members_bp, url_prefix="/api/members")\n',
  ...files,
});
const jwtApplications = (body: string, service = '') => ({
  'app/blueprints/applications.py': `from flask import Blueprint, abort, jsonify, request\nfrom flask_jwt_extended import jwt_required\n\nfrom ..extensions import db\nfrom ..identity import current_user_id\nfrom ..models import Application, Program\nfrom ..services import applications as application_service\n\nbp = Blueprint("applications", __name__)\n\n\n${body}`,
  'app/services/applications.py': `from flask import abort\n\nfrom ..extensions import db\nfrom ..models import Application, Membership\n\n\n${service}`,
});
const jwtMembers = (guard: string) =>
  `from flask import Blueprint, abort, g, jsonify, request\nfrom flask_jwt_extended import verify_jwt_in_request\n\nfrom ..extensions import db\nfrom ..identity import current_membership\nfrom ..models import Membership\n\nbp = Blueprint("members", __name__)\n\n\n@bp.before_request\ndef load_org_context():\n    verify_jwt_in_request()\n    membership = current_membership()\n    if membership is None:\n        abort(403, description="${guard}")\n    g.org_id = membership.org_id\n\n\n@bp.patch("/<int:member_id>/role")\ndef change_role(member_id: int):\n    membership = Membership.query.filter_by(id=member_id, org_id=g.org_id).first_or_404()\n    membership.role = request.get_json()["role"]\n    db.session.commit()\n    return jsonify(id=membership.id)\n`;
const OWN_APPLICATION = 'def get_own_application(user_id: int, application_id: int) -> Application:\n    return Application.query.filter_by(id=application_id, applicant_id=user_id).first_or_404()\n\n\ndef submit(user_id: int, application_id: int) -> Application:\n    application = get_own_application(user_id, application_id)\n    application.status = "submitted"\n    db.session.commit()\n    return application\n';
/** Flask: a service made for the caller whose `get` selects through `self._query()` (filtered by `scope`), then `update` changes the row. */
const flaskClientUpdate = (scope: string) => ({
  'app/services/clients.py': `from flask import abort\n\nfrom app.extensions import db\nfrom app.models import Client\n\n\nclass ClientService:\n    def __init__(self, user):\n        self.user = user\n\n    def _query(self):\n        return Client.query.filter_by(${scope})\n\n    def get(self, client_id: int) -> Client:\n        client = self._query().filter_by(id=client_id).first()\n        if client is None:\n            abort(404)\n        return client\n\n    def update(self, client_id: int, name: str) -> Client:\n        client = self.get(client_id)\n        client.name = name\n        db.session.commit()\n        return client\n`,
  'app/blueprints/clients.py': 'from flask import Blueprint, redirect, request\nfrom flask_login import current_user, login_required\n\nfrom app.services.clients import ClientService\n\nbp = Blueprint("clients", __name__)\n\n\n@bp.post("/<int:client_id>/edit")\n@login_required\ndef edit(client_id):\n    ClientService(current_user).update(client_id, request.form["name"])\n    return redirect("/clients")\n',
});

/** A Next.js pages-router wiki: `withAuth` signs in, `requireWorkspaceMember` (called by the handler) loads the caller's own membership of the URL's workspace. */
const wikiAuth = "import { getServerSession } from 'next-auth';\nexport function withAuth(handler) {\n  return async (req, res) => {\n    const session = await getServerSession(req, res, authOptions);\n    if (!session?.user) return res.status(401).json({ error: 'unauthorized' });\n    req.session = session;\n    return handler(req, res);\n  };\n}\n";
const wikiMembership = "import { prisma } from './prisma';\nexport async function requireWorkspaceMember(userId: string, workspaceId: string) {\n  const membership = await prisma.membership.findUnique({ where: { workspaceId_userId: { workspaceId, userId } } });\n  if (!membership) throw new HttpError(404, 'Not a member of this workspace');\n  return membership;\n}\nexport function roleAtLeast(role: string, required: string) {\n  return RANK[role] >= RANK[required];\n}\n";
const wikiRoute = (body: string) =>
  `import { withAuth } from '../../../../lib/withAuth';\nimport { requireWorkspaceMember, roleAtLeast } from '../../../../lib/membership';\nimport { prisma } from '../../../../lib/prisma';\nexport default withAuth(async (req, res) => {\n  const workspaceId = req.query.workspaceId as string;\n  const me = await requireWorkspaceMember(req.session.user.id, workspaceId);\n${body}\n});\n`;
const wiki = (route: string, body: string) => ({ 'lib/withAuth.ts': wikiAuth, 'lib/membership.ts': wikiMembership, 'lib/prisma.ts': "export const prisma = new PrismaClient();\n", [`pages/api/workspaces/[workspaceId]/${route}`]: wikiRoute(body) });

const cases: RuleCases = {
  valid: [
    {
      name: 'Next.js: a role change and a member removal after the caller\'s membership of the workspace AND an admin role check of it',
      files: wiki('members/[memberId].ts', "  const memberId = req.query.memberId as string;\n  if (req.method === 'PATCH') {\n    if (!roleAtLeast(me.role, 'admin')) return res.status(403).json({ error: 'Admins only' });\n    const updated = await prisma.membership.update({ where: { workspaceId_userId: { workspaceId, userId: memberId } }, data: { role: req.body.role } });\n    return res.json(updated);\n  }\n  if (req.method === 'DELETE') {\n    if (me.userId === memberId) return res.status(400).json({ error: 'Use leave instead' });\n    if (!roleAtLeast(me.role, 'admin')) return res.status(403).json({ error: 'Admins only' });\n    await prisma.membership.delete({ where: { workspaceId_userId: { workspaceId, userId: memberId } } });\n    return res.status(204).end();\n  }\n  return res.status(405).end();"),
    },
    {
      name: 'Next.js: revealing a workspace key after an admin role check of the caller\'s membership',
      files: wiki('api-keys/[keyId]/reveal.ts', "  const key = await prisma.apiKey.findFirst({ where: { id: req.query.keyId as string, workspaceId } });\n  if (!key) return res.status(404).end();\n    if (!roleAtLeast(me.role, 'admin')) return res.status(403).json({ error: 'Admins only' });\n  return res.json({ key: decryptSecret(key.encryptedKey) });"),
    },
    {
      name: 'account deletion re-attributes the caller\'s pages to a shared placeholder it finds or creates (upsert of a fixed row with update: {})',
      files: { 'lib/withAuth.ts': wikiAuth, 'pages/api/account/index.ts': "import { withAuth } from '../../../lib/withAuth';\nexport default withAuth(async (req, res) => {\n  const userId = req.session.user.id;\n  if (req.method === 'DELETE') {\n    await prisma.$transaction(async (tx) => {\n      const ghost = await tx.user.upsert({ where: { email: 'deleted-user@example.invalid' }, create: { email: 'deleted-user@example.invalid', name: 'Deleted user' }, update: {} });\n      await tx.page.updateMany({ where: { authorId: userId }, data: { authorId: ghost.id } });\n      await tx.user.delete({ where: { id: userId } });\n    });\n    return res.status(204).end();\n  }\n  return res.status(405).end();\n});\n" },
    },
    {
      name: "FastAPI: removing a room member after ensure_room_manager, which compares the caller's own membership row's role",
      files: roomMembersRoute('ensure_room_manager', 'user_id'),
    },
    {
      name: "FastAPI: leaving a room (DELETE …/members/me) deletes the caller's own membership row, found by the caller's id",
      files: roomMembersRoute('ensure_room_member', 'user.id', '/me', ''),
    },
    {
      name: "Express: removing a room member after ensureRoomManager, which compares the caller's own membership row's role",
      files: roomMembersExpress('ensureRoomManager'),
    },
    {
      name: 'FastAPI: Depends(reviewers) imported from deps.py, where reviewers = require_role("reviewer") is made by the factory beside it, is that role guard',
      files: importedMadeDependency('require_role("reviewer", "lab_manager")'),
    },
    {
      name: 'FastAPI: Depends(reviewers) with reviewers = require_role("reviewer", "lab_manager") made at module level is the role guard that call returns',
      files: { 'app/deps.py': madeDependencyDeps, 'app/routers/results.py': madeDependencyRoute('require_role("reviewer", "lab_manager")') },
    },
    {
      name: 'DRF role change through self.get_object() behind a permission class of the app whose has_permission asks for an admin (is_practice_admin)',
      files: drfClinic(STAFF_VIEWSET('IsPracticeAdmin'), 'router.register(r"staff", views.StaffViewSet)'),
    },
    {
      name: 'lookalike: a DRF permission class named like a membership check (IsPracticeMember) whose has_permission checks a role is a permission check',
      files: drfClinic(STAFF_VIEWSET('IsPracticeMember'), 'router.register(r"staff", views.StaffViewSet)', '', MEMBER_ROLE_PERMISSION),
    },
    {
      name: "DRF action changing the row self.get_object() found: the membership class's has_object_permission limits it to the caller's practice",
      files: drfClinic(APPOINTMENT_VIEWSET('        appointment = self.get_object()\n        appointment.starts_at = request.data["starts_at"]\n        appointment.save(update_fields=["starts_at"])\n'), 'router.register(r"appointments", views.AppointmentViewSet)'),
    },
    {
      name: 'DRF action saving the user row a membership points to (membership.user.save()) behind an admin permission class',
      files: drfClinic(USER_ROLE_VIEWSET('IsPracticeAdmin'), 'router.register(r"staff", views.StaffViewSet)'),
    },
    {
      name: 'DRF viewset declaring a membership permission class whose get_permissions() asks for IsPracticeAdmin to change a role, else falls back to super()',
      files: drfClinic(STAFF_VIEWSET_ADMIN_ACTIONS, 'router.register(r"staff", views.StaffViewSet)'),
    },
    {
      name: "DRF action handing the row self.get_object() found to a service that saves it: the object permission limited it to the caller's practice",
      files: drfClinic(APPOINTMENT_VIEWSET('        appointment = self.get_object()\n        services.move(appointment, request.data["starts_at"])\n'), 'router.register(r"appointments", views.AppointmentViewSet)'),
    },
    {
      name: 'DRF destroy handing the membership row self.get_object() found to a service that deletes it (def remove_member(membership)), behind an admin permission class',
      files: drfClinic(STAFF_REMOVAL_VIEWSET('IsPracticeAdmin'), 'router.register(r"staff", views.StaffViewSet)'),
    },
    {
      name: "lookalike: a DRF action handing an Appointment row self.get_object() found to a service that deletes it (def discard(appointment)): an ordinary record, limited by the membership class's object permission",
      files: drfClinic(APPOINTMENT_VIEWSET('        appointment = self.get_object()\n        services.discard(appointment)\n'), 'router.register(r"appointments", views.AppointmentViewSet)'),
    },
    {
      name: "DRF viewset of a clinic's pet owners (an Owner model) behind a membership permission class: an Owner row is a record, not ownership",
      files: drfClinic(OWNER_VIEWSET, 'router.register(r"owners", views.OwnerViewSet)'),
    },
    {
      name: 'flask-jwt-extended: an applicant starting their own application (applicant_id=current_user_id(), an accessor returning int(get_jwt_identity()))',
      files: jwtApp(jwtApplications('@bp.post("/")\n@jwt_required()\ndef start_application():\n    data = request.get_json()\n    program = Program.query.filter_by(id=data["program_id"], status="open").first_or_404()\n    application = Application(program_id=program.id, org_id=program.org_id, applicant_id=current_user_id(), title=data["title"])\n    db.session.add(application)\n    db.session.commit()\n    return jsonify(id=application.id), 201\n')),
    },
    {
      name: "flask-jwt-extended: submitting one's own application through a service handed current_user_id() (filter_by(applicant_id=user_id))",
      files: jwtApp(jwtApplications('@bp.post("/<int:application_id>/submit")\n@jwt_required()\ndef submit_application(application_id: int):\n    application = application_service.submit(current_user_id(), application_id)\n    return jsonify(id=application.id)\n', OWN_APPLICATION)),
    },
    {
      name: 'flask-jwt-extended: get_jwt_identity() used directly, through int(), is the caller',
      files: jwtApp(jwtApplications('@bp.post("/<int:application_id>/withdraw")\n@jwt_required()\ndef withdraw(application_id: int):\n    application = Application.query.filter_by(id=application_id, applicant_id=int(get_jwt_identity())).first_or_404()\n    application.status = "withdrawn"\n    db.session.commit()\n    return jsonify(id=application.id)\n')),
    },
    {
      name: 'lookalike: the same before_request hook refusing abort(403, description="Only admins can change roles") is a permission check',
      files: jwtApp({ 'app/blueprints/members.py': jwtMembers('Only admins can change roles') }),
    },
    {
      name: "Flask: a change saved through the service's own lookup (self.get), whose query goes through self._query() filtered by the caller's agency",
      files: flaskClientUpdate('agency_id=self.user.agency_id'),
    },
    {
      name: "DRF self-service account deletion: request.user kept in a local and handed to a service whose every delete is the caller's own (filter(user=user), a loop deleting the sessions it checked are the caller's)",
      files: {
        'accounts/urls.py': 'from django.urls import path\n\nfrom .views import MeView\n\nurlpatterns = [path("me/", MeView.as_view())]\n',
        'accounts/views.py': 'from rest_framework.permissions import IsAuthenticated\nfrom rest_framework.response import Response\nfrom rest_framework.views import APIView\n\nfrom . import services\n\n\nclass MeView(APIView):\n    permission_classes = [IsAuthenticated]\n\n    def delete(self, request):\n        user = request.user\n        services.delete_account(user)\n        return Response(status=204)\n',
        'accounts/services.py': 'from django.contrib.sessions.models import Session\nfrom django.utils import timezone\n\n\ndef delete_account(account):\n    StaffMembership.objects.filter(user=account).delete()\n    Token.objects.filter(user=account).delete()\n    for session in Session.objects.filter(expire_date__gt=timezone.now()):\n        if session.get_decoded().get("_auth_user_id") == str(account.pk):\n            session.delete()\n    account.email = f"deleted-{account.pk}@invalid.example"\n    account.save()\n',
      },
    },
    {
      name: "TypeORM: a role change through a repository accessor imported from another module, behind requireRole('admin')",
      files: importedRepoUsers(importedRoleChange("requireRole('admin'), ")),
    },
    {
      name: 'lookalike: an imported function returning a Map (cacheStore().delete(id)) is no repository: nothing is written',
      files: importedRepoUsers("usersRouter.delete('/:id/cache', async (req, res) => {\n  cacheStore().delete(req.params.id);\n  res.status(204).end();\n});\n", { 'src/lib/cache.ts': 'const store = new Map<string, unknown>();\nexport const cacheStore = () => store;\n' }),
    },
    { name: 'a FastAPI cron route comparing the header with a pydantic settings field read from the environment (settings.cron_secret) needs no user permission', files: pyCron('settings.cron_secret') },
    {
      name: "Python: a service made in place for the caller (ClientService(current_user).create) writing self.user.agency_id creates in the caller's agency",
      files: flaskClientCreate('self.user.agency_id'),
    },
    {
      name: "a role change through a tuple assignment (previous, member.role = member.role, role) behind a role decorator is authorized",
      files: flaskRoleChange('previous, member.role = member.role, role', '@agency_role_required("owner")'),
    },
    {
      name: "a row loaded by id whose parent (item.quote_id) is then loaded within the caller's organization, 404 otherwise, is limited like the parent",
      files: lineItems('raise HTTPException(status_code=404, detail="Quote not found")'),
    },
    {
      name: "NestJS: a request-scoped provider's getter returning this.request.user.id (@Inject(REQUEST)) is the caller's id: the caller's own membership",
      files: nestTenantContext('@Inject(REQUEST) private readonly request: Request'),
    },
    {
      name: "lookalike: revoking one of the caller's own API tokens (ApiToken.user_id == user.id) and creating one for the caller are the caller's own",
      files: apiTokens('ApiToken.id == token_id, ApiToken.user_id == user.id'),
    },
    { name: "removing a member behind the route's own requireWorkspaceRole('admin')", files: workspaceRoles('member', "requireWorkspaceRole('admin'), ") },
    { name: "requireWorkspaceRole('editor') on the router: editors rank above members, a role check", files: workspaceRoles('editor') },
    {
      name: 'an invite with the role from the body, after the handler refuses callers who are not admins',
      files: { 'lib/auth.ts': "export function withStaff(handler) {\n  return withSessionRoute(async (req, res) => {\n    const user = req.session.user;\n    if (!user) return res.status(401).json({ error: 'Not signed in' });\n    await handler(req, res, user);\n  });\n}\n", 'pages/api/staff/index.ts': "import { z } from 'zod';\nimport { withStaff } from '@/lib/auth';\nconst inviteSchema = z.object({ email: z.string().email(), role: z.enum(['OWNER', 'ADMIN', 'FRONT_DESK']) });\nexport default withStaff(async (req, res, user) => {\n  if (req.method === 'POST') {\n    if (user.role !== 'OWNER' && user.role !== 'ADMIN') return res.status(403).json({ error: 'Only admins' });\n    const { email, role } = inviteSchema.parse(req.body);\n    const invite = await prisma.staffInvite.create({ data: { practiceId: user.practiceId, email, role, token: newToken(), invitedById: user.id } });\n    return res.status(201).json({ id: invite.id });\n  }\n  res.status(405).end();\n});\n" },
    },
    {
      name: "Hono account deletion removes the caller's verification tokens by the caller's own email (user.email handed to the helper): the caller's own records",
      files: { 'src/index.ts': "import { Hono } from 'hono';\nimport { account } from './routes/account.js';\nconst app = new Hono();\napp.route('/api/account', account);\n", 'src/routes/account.ts': "import { Hono } from 'hono';\nimport { requireSession } from '../middleware/session.js';\nimport { deleteAccount } from '../services/account.js';\nexport const account = new Hono();\naccount.use('*', requireSession);\naccount.delete('/', async (c) => {\n  const user = c.get('user');\n  await deleteAccount(user.id, user.email);\n  return c.body(null, 204);\n});\n", 'src/services/account.ts': "import { eq } from 'drizzle-orm';\nexport async function deleteAccount(userId: string, email: string) {\n  await db.transaction(async (tx) => {\n    await tx.delete(verificationTokens).where(eq(verificationTokens.identifier, email));\n    await tx.delete(users).where(eq(users.id, userId));\n  });\n}\n" },
    },
    {
      name: "a tenants table of renters (org_id beside an organizations table) is held by the organization, not the organization: editing a renter is ordinary",
      files: renters,
    },
    {
      name: "FastAPI: session.add of a row a service helper loaded within the caller's account is an update of that row, as scoped as the load",
      files: vehicleStatus('Vehicle.id == vehicle_id, Vehicle.account_id == user.account_id'),
    },
    {
      name: 'lookalike: a tRPC FORBIDDEN whose message names the role it wants ("Only studio admins can do that") is a permission check',
      files: { 'src/server/trpc.ts': studioTrpc('Only studio admins can do that'), 'src/server/root.ts': teamRoot, 'src/server/routers/team.ts': studioTeamRouter },
    },
    {
      name: 'lookalike: a FastAPI dependency refusing with HTTPException(status_code=403, detail="Only studio owners can do that") is a permission check',
      files: { 'app/deps.py': studioDependency('Only studio owners can do that'), 'app/services/members_service.py': membersService, 'app/routers/members.py': 'from app.deps import require_studio\n' + membersRoute('require_studio') },
    },
    {
      name: "the code ranks viewers below members: requireWorkspaceRole('member') turns viewers away, a role check",
      files: workspaceRoles('member', '', '{ viewer: 0, member: 1, admin: 2, owner: 3 }'),
    },
    {
      name: 'POST /workspaces creating the caller\'s own workspace with a fixed owner membership is how sign-up works',
      files: foundWorkspace('/', "{ workspaceId: row.id, userId: req.user.id, role: 'owner' }"),
    },
    {
      name: 'Django: a role change behind a mixin (another module) whose dispatch refuses non-organizers',
      files: roleChange(organizerMixin),
    },
    {
      name: 'Django: leaving an organization, refused unless the membership is the caller\'s own (membership.user_id != request.user.id)',
      files: removeMember('    if membership.user_id != request.user.id:\n        raise PermissionDenied("You can only leave for yourself")\n'),
    },
    {
      name: 'Django: the self-removal refusal next to an organizer check that refuses with PermissionDenied',
      files: removeMember(`    if request.membership is None or not request.membership.is_organizer:\n        raise PermissionDenied("Only organizers can remove members")\n${selfRefusal}`),
    },
    {
      name: 'Django view handing the Membership row get_object_or_404 loaded to a service that deletes it, after an organizer check',
      files: removeMemberThroughService(`    if request.membership is None or not request.membership.is_organizer:\n        raise PermissionDenied("Only organizers can remove members")\n${selfRefusal}`),
    },
    {
      name: 'Express: a membership removed only when it is the caller\'s own (member.userId !== req.user.id refuses)',
      files: { 'src/server.ts': server, 'src/auth.ts': auth, 'src/members.ts': members("  const member = await prisma.projectMember.findUnique({ where: { id: req.params.userId } });\n  if (member.userId !== req.user.id) return res.status(400).json({ error: 'Not yours' });\n  await prisma.projectMember.delete({ where: { id: member.id } });") },
    },
    {
      name: 'Django FormView: form_valid refunds an order the organizer mixin (another module) and an org-scoped lookup allow',
      files: cbvApp(organizerMixin, 'class RefundCreateView(OrganizerRequiredMixin, FormView):\n    template_name = "refund.html"\n\n    def form_valid(self, form):\n        order = get_object_or_404(Order, pk=self.kwargs["pk"], event__organization=self.request.organization)\n        issue_refund(order, form.cleaned_data["amount_cents"], self.request.user)\n        return redirect("orders")\n', '    path("orders/<int:pk>/refund", views.RefundCreateView.as_view()),\n'),
    },
    {
      name: 'Django UpdateView whose get_object returns self.request.user: the caller edits their own record',
      files: cbvApp(organizerMixin, 'class ProfileUpdateView(LoginRequiredMixin, UpdateView):\n    model = User\n    fields = ["full_name", "phone"]\n\n    def get_object(self, queryset=None):\n        return self.request.user\n', '    path("accounts/profile", views.ProfileUpdateView.as_view()),\n'),
    },
    {
      name: 'DRF role change behind a company-admin permission class, through a service whose parameter is called user',
      files: drfRoleChange('IsAuthenticated, IsCompanyAdmin'),
    },
    {
      name: 'a service handed the caller (request.user) as its user parameter changes the caller\'s own row',
      files: {
        'config/urls.py': 'from django.urls import path\n\nfrom accounts import views\n\nurlpatterns = [path("api/me/name", views.rename)]\n',
        'accounts/services.py': 'def rename(user, name):\n    user.full_name = name\n    user.save(update_fields=["full_name"])\n',
        'accounts/views.py': 'from rest_framework.decorators import api_view, permission_classes\nfrom rest_framework.permissions import IsAuthenticated\nfrom rest_framework.response import Response\n\nfrom accounts import services\n\n\n@api_view(["POST"])\n@permission_classes([IsAuthenticated])\ndef rename(request):\n    services.rename(request.user, request.data["name"])\n    return Response({})\n',
      },
    },
    {
      name: 'Flask raw SQL: an UPDATE whose WHERE binds the caller (g.user["id"]) changes the caller\'s own row, whatever the SET values come from',
      files: flaskRawSql('@bp.patch("/account")\ndef update_profile():\n    body = request.get_json(force=True)\n    execute("UPDATE users SET full_name = COALESCE(:name, full_name) WHERE id = :uid", name=body.get("full_name"), uid=g.user["id"])\n    return jsonify(ok=True)\n'),
    },
    {
      name: 'Flask raw SQL in a transaction block: conn.execute(text(…), {…}) bound to the caller',
      files: flaskRawSql('@bp.delete("/account")\ndef delete_account():\n    with transaction() as conn:\n        conn.execute(text("UPDATE users SET email = :e, deactivated_at = now() WHERE id = :id"), {"e": None, "id": g.user["id"]})\n        conn.execute(text("DELETE FROM user_sessions WHERE user_id = :id"), {"id": g.user["id"]})\n    return "", 204\n'),
    },
    {
      name: 'Flask: leaving a workspace deletes the caller\'s own membership through a service handed g.user["id"]',
      files: flaskRawSql('from . import service\n\n\n@bp.delete("/workspaces/<int:ws_id>/members/me")\ndef leave_workspace(ws_id):\n    service.remove_member(ws_id, g.user["id"])\n    return "", 204\n', {
        'app/service.py': 'from .db import execute\n\n\ndef remove_member(ws_id, user_id):\n    execute("DELETE FROM memberships WHERE workspace_id = :ws_id AND user_id = :user_id", ws_id=ws_id, user_id=user_id)\n',
      }),
    },
    {
      name: 'Flask: @workspace_member_required is a membership check, enough for an ordinary action (creating a form)',
      files: flaskRawSql('@bp.post("/workspaces/<int:ws_id>/forms")\n@workspace_member_required\ndef create_form(ws_id):\n    execute("INSERT INTO forms (workspace_id, title) VALUES (:ws, :title)", ws=ws_id, title=request.json["title"])\n    return "", 201\n'),
    },
    {
      name: 'a cron route checking a Bearer CRON_SECRET needs no user permission, even behind a global middleware that signs users in',
      files: {
        'middleware.ts': clerkEverywhere,
        'app/api/cron/cleanup/route.ts': cronCleanup("  if (request.headers.get('authorization') !== `Bearer ${process.env.CRON_SECRET}`) {\n    return Response.json({ error: 'unauthorized' }, { status: 401 });\n  }\n"),
      },
    },
    {
      name: 'NestJS: a cron route checking the CRON_SECRET needs no user permission behind a global JWT guard (APP_GUARD)',
      files: {
        'src/app.module.ts': "import { Module } from '@nestjs/common';\nimport { APP_GUARD } from '@nestjs/core';\n@Module({ providers: [{ provide: APP_GUARD, useClass: JwtAuthGuard }] })\nexport class AppModule {}\n",
        'src/internal/sla.controller.ts': nestSla('authorization', 'secret !== `Bearer ${process.env.CRON_SECRET}`').replace('  @Public()\n', ''),
        'package.json': '{"name":"api"}\n',
      },
    },
    {
      name: 'an unverified webhook on a path Clerk leaves public is no authorization gap (it has no authentication)',
      files: {
        'middleware.ts': "import { clerkMiddleware, createRouteMatcher } from '@clerk/nextjs/server';\nconst isPublicRoute = createRouteMatcher(['/', '/api/webhooks/(.*)']);\nexport default clerkMiddleware(async (auth, req) => {\n  if (!isPublicRoute(req)) await auth.protect();\n});\n",
        'app/api/webhooks/signwell/route.ts': "export async function POST(req: Request) {\n  const payload = await req.json();\n  await prisma.contract.update({ where: { externalId: payload.id }, data: { status: 'SIGNED' } });\n  return Response.json({ ok: true });\n}\n",
      },
    },
    {
      name: 'CommonJS: the controller (exports.remove) calls the policy before removing a member',
      files: cjsApp("router.use('/members', require('./members'));", { members: "router.use(authenticate, loadMembership);\nrouter.delete('/:memberId', asyncHandler(ctrl.remove));" }, { members: "exports.remove = async (req, res) => {\n  policy.authorize(req.membership, 'members:remove');\n  const member = await Membership.findOne({ where: { id: req.params.memberId, organizationId: req.organizationId } });\n  await member.destroy();\n  res.status(204).end();\n};\n" }),
    },
    {
      name: 'CommonJS: a controller exported as module.exports.remove = asyncHandler(async …) that checks the policy',
      files: cjsApp("router.use('/members', require('./members'));", { members: "router.use(authenticate, loadMembership);\nrouter.delete('/:memberId', ctrl.remove);" }, { members: "const asyncHandler = require('../lib/asyncHandler');\nmodule.exports.remove = asyncHandler(async (req, res) => {\n  policy.authorize(req.membership, 'members:remove');\n  await Membership.destroy({ where: { id: req.params.memberId, organizationId: req.organizationId } });\n  res.status(204).end();\n});\n" }),
    },
    {
      name: 'a wrapper given the role it checks (withOrg(handler, { role: "owner" })) authorizes the settings change',
      files: { 'lib/withOrg.ts': withOrgLib, 'pages/api/settings.ts': settingsRoute("withOrg(handler, { role: 'owner' })") },
    },
    { name: "Django: a comment deleted within a project the view loaded limited to the caller's organization (the row keeps the caller, not the id it was found by)", files: projectComment('Project, pk=project_id, organization=request.user.organization') },
    { name: "Django: the return is filed under a shipment the view loaded limited to the caller's company (the row's local)", files: returnRequest('Shipment, pk=pk, company=request.user.company') },
    {
      name: "a helper's role check runs when the call passes the role (withWorkspace(slug, 'admin'))",
      files: { 'lib/workspace.ts': withWorkspace(), 'app/w/[slug]/members/actions.ts': removeMemberAction("withWorkspace(slug, 'admin')") },
    },
    {
      name: "lookalike: a role parameter with a default is set when the call leaves it out (withWorkspace(slug) with role = 'admin')",
      files: { 'lib/workspace.ts': withWorkspace("slug: string, role: Role = 'admin'"), 'app/w/[slug]/members/actions.ts': removeMemberAction('withWorkspace(slug)') },
    },
    {
      name: 'router.use(requireAuth, attachAbility): the ability the middleware builds is checked in the handler',
      files: caslApp(caslDelete("  if (req.ability.cannot('delete', 'Warehouse')) return res.status(403).json({ error: 'Forbidden' });\n")),
    },
    {
      name: 'a ModelForm built without instance= creates a row the view places in the caller\'s company (form.save(commit=False), then entry.company = request.user.company)',
      files: addressBook(`${ADDRESS_CREATE}\n\n@login_required\ndef edit_address(request, pk):\n    entry = get_object_or_404(AddressBookEntry, pk=pk, company=request.user.company)\n    form = AddressForm(request.POST, instance=entry)\n    form.save()\n    return redirect("addresses")\n`),
    },
    {
      name: 'NestJS decorator of its own that sets the roles and binds the roles guard (applyDecorators)',
      files: {
        'src/app.module.ts': nestAppModule(),
        'src/auth/jwt-auth.guard.ts': nestJwtGuard,
        'src/auth/roles.guard.ts': nestRolesGuard,
        'src/auth/require-roles.decorator.ts': "import { applyDecorators, SetMetadata, UseGuards } from '@nestjs/common';\nimport { RolesGuard } from './roles.guard';\nexport const RequireRoles = (...roles: string[]) => applyDecorators(SetMetadata('roles', roles), UseGuards(RolesGuard));\n",
        'src/agents/agents.controller.ts': nestAgents('', "  @RequireRoles('admin')\n"),
      },
    },
    {
      name: "a service made with the caller's organization (new InvoiceService(req.user.orgId)) scopes its changes through this.orgId",
      files: { 'src/app.ts': invoiceRoute('req.user.orgId'), 'src/invoice.service.ts': invoiceService },
    },
    {
      name: 'NestJS policies guard on the class and @CheckPolicies on the method',
      files: {
        'src/app.module.ts': nestAppModule(),
        'src/auth/jwt-auth.guard.ts': nestJwtGuard,
        'src/casl/policies.guard.ts': nestPoliciesGuard,
        'src/agents/agents.controller.ts': nestAgents('@UseGuards(PoliciesGuard)\n', "  @CheckPolicies((ability) => ability.can('manage', 'Agent'))\n"),
      },
    },
    {
      name: 'NestJS roles guard bound globally (APP_GUARD) and @Roles on the route',
      files: {
        'src/app.module.ts': nestAppModule('RolesGuard'),
        'src/auth/roles.guard.ts': nestRolesGuard,
        'src/agents/agents.controller.ts': nestAgents('', "  @Roles('admin')\n"),
      },
    },
    {
      name: 'NestJS @Roles on the class and the roles guard on the method',
      files: {
        'src/app.module.ts': nestAppModule(),
        'src/auth/jwt-auth.guard.ts': nestJwtGuard,
        'src/auth/roles.guard.ts': nestRolesGuard,
        'src/agents/agents.controller.ts': nestAgents("@Roles('owner')\n", '  @UseGuards(RolesGuard)\n'),
      },
    },
    {
      name: 'NestJS cron route reads the authorization header with @Headers and compares it with the CRON_SECRET',
      files: { 'src/internal/sla.controller.ts': nestSla('authorization', 'secret !== `Bearer ${process.env.CRON_SECRET}`') },
    },
    {
      name: 'an orgId helper parameter fed by a value the caller text says nothing about keeps the meaning of its name',
      files: {
        'src/app.ts': "import express from 'express';\nimport { archiveProject } from './projects';\nconst app = express();\napp.post('/projects/:id/archive', requireAuth, async (req, res) => {\n  const org = await currentOrg(req);\n  await archiveProject(org.id, req.params.id);\n  res.sendStatus(204);\n});\n",
        'src/projects.ts': "export async function archiveProject(orgId: string, id: string) {\n  await prisma.project.updateMany({ where: { id, orgId }, data: { archivedAt: new Date() } });\n}\n",
      },
    },
    {
      name: 'Next.js pages cron route protected by a Bearer CRON_SECRET header property and a 401',
      files: { 'pages/api/cron/cleanup.ts': "import type { NextApiRequest, NextApiResponse } from 'next';\nexport default async function cleanup(req: NextApiRequest, res: NextApiResponse) {\n  if (req.headers.authorization !== `Bearer ${process.env.CRON_SECRET}`) {\n    return res.status(401).json({ error: 'Unauthorized' });\n  }\n  await prisma.invite.deleteMany({ where: { expiresAt: { lt: new Date() } } });\n  return res.json({ ok: true });\n}\n" },
    },
    {
      name: 'a file created under a project loaded in the caller team',
      files: { 'pages/api/projects/[id]/files.ts': "import type { NextApiRequest, NextApiResponse } from 'next';\nimport { getServerSession } from 'next-auth/next';\nexport default async function handler(req: NextApiRequest, res: NextApiResponse) {\n  const session = await getServerSession(req, res, authOptions);\n  if (!session) return res.status(401).json({ error: 'Unauthorized' });\n  const projectId = req.query.id as string;\n  if (req.method === 'GET') {\n    const files = await prisma.file.findMany({ where: { projectId } });\n    return res.json(files);\n  }\n  if (req.method === 'POST') {\n    const project = await prisma.project.findFirst({ where: { id: projectId, teamId: session.user.teamId } });\n    if (!project) return res.status(404).end();\n    const file = await prisma.file.create({ data: { projectId: project.id, name: req.body.name } });\n    return res.status(201).json(file);\n  }\n  return res.status(405).end();\n}\n" },
    },
    {
      name: 'caller passed into a service that filters and creates with caller.id and caller.companyId',
      files: {
        'src/routes/swaps.ts': "import type { FastifyInstance } from 'fastify';\nimport { requestSwap } from '../services/swapService';\nexport default async function swapRoutes(fastify: FastifyInstance) {\n  fastify.addHook('preHandler', fastify.authenticate);\n  fastify.post('/swaps', async (request, reply) => {\n    const swap = await requestSwap(request.user!, request.body.shiftId, request.body.takerId);\n    return reply.code(201).send(swap);\n  });\n}\n",
        'src/services/swapService.ts': "import { Shift, ShiftSwap } from '../models';\ntype Caller = { id: string; companyId: string };\nexport async function requestSwap(caller: Caller, shiftId: string, takerId: string) {\n  const shift = await Shift.findOne({ where: { id: shiftId, userId: caller.id } });\n  if (!shift) throw new NotFoundError('shift not found');\n  return ShiftSwap.create({ companyId: caller.companyId, shiftId, requesterId: caller.id, takerId, status: 'pending' });\n}\n",
      },
    },
    {
      name: 'a service parameter called userId that is the caller own id (the key is theirs)',
      files: {
        'src/app.ts': "import express from 'express';\nimport { deleteMyKey } from './keys';\nconst app = express();\napp.delete('/api-keys/:id', requireAuth, async (req, res) => {\n  await deleteMyKey(req.user.id, req.params.id);\n  res.sendStatus(204);\n});\n",
        'src/keys.ts': "export async function deleteMyKey(userId: string, id: string) {\n  await prisma.apiKey.deleteMany({ where: { id, userId } });\n}\n",
      },
    },
    {
      name: 'Sequelize member removal through a service behind an owner guard',
      files: { 'src/routes/members.ts': fastifyMembers('fastify.authenticate, requireOwner'), 'src/services/memberService.ts': sequelizeMemberService },
    },
    {
      name: 'Koa role change behind requireAccountAdmin (a guard that names a permission)',
      files: { 'src/routes/members.js': koaMembers('requireAccountAdmin'), 'src/middleware/guards.js': koaGuards, 'src/services/memberService.js': mongooseMemberService },
    },
    {
      name: 'Mongoose document voided after a can() check',
      files: { 'src/routes/invoices.js': koaInvoices("  if (!can(ctx.state.user, 'void', 'Invoice')) ctx.throw(403, 'Forbidden');\n") },
    },
    {
      name: 'router-level role guard on the mounted router',
      files: { 'src/server.ts': server, 'src/auth.ts': auth, 'src/members.ts': members(unscopedDelete).replace("export const membersRouter = Router();", "export const membersRouter = Router();\nmembersRouter.use(requireRole('admin'));").replace("import { prisma } from './db';", "import { prisma } from './db';\nimport { requireRole } from './auth';") },
    },
    {
      name: 'permission checked in a service the handler calls (another file)',
      files: {
        'src/server.ts': server,
        'src/auth.ts': auth,
        'src/members.ts': members('  await removeMember(req.user, req.params.projectId, req.params.userId);').replace("import { prisma } from './db';", "import { removeMember } from './service';"),
        'src/service.ts': "import { prisma } from './db';\nimport { assertProjectAdmin } from './permissions';\nexport async function removeMember(user, projectId, userId) {\n  await assertProjectAdmin(user, projectId);\n  await prisma.projectMember.delete({ where: { projectId_userId: { projectId, userId } } });\n}\n",
        'src/permissions.ts': 'export async function assertProjectAdmin(user, projectId) {}\n',
      },
    },
    {
      name: 'ordinary change scoped to the caller organization',
      files: {
        'src/app.ts': "import express from 'express';\nconst app = express();\napp.patch('/projects/:id', requireAuth, async (req, res) => {\n  await prisma.project.updateMany({ where: { id: req.params.id, organizationId: req.user.organizationId }, data: { name: req.body.name } });\n  res.sendStatus(204);\n});\n",
      },
    },
    {
      name: 'privileged action limited to the caller own records',
      files: {
        'src/app.ts': "import express from 'express';\nconst app = express();\napp.delete('/api-keys/:id', requireAuth, async (req, res) => {\n  await prisma.apiKey.deleteMany({ where: { id: req.params.id, userId: req.user.id } });\n  res.sendStatus(204);\n});\n",
      },
    },
    {
      name: 'ownership compared in the handler with a 403',
      files: {
        'src/app.ts': "import express from 'express';\nconst app = express();\napp.delete('/posts/:id', requireAuth, async (req, res) => {\n  const post = await prisma.post.findUnique({ where: { id: req.params.id } });\n  if (post.authorId !== req.user.id) return res.status(403).end();\n  await prisma.post.delete({ where: { id: post.id } });\n  res.sendStatus(204);\n});\n",
      },
    },
    {
      name: 'NestJS roles guard and decorator on the class',
      files: {
        'src/members.controller.ts': "import { Controller, Delete, Param, UseGuards } from '@nestjs/common';\n@Controller('projects')\n@UseGuards(JwtAuthGuard, RolesGuard)\n@Roles('admin')\nexport class MembersController {\n  constructor(private readonly membersService: MembersService) {}\n  @Delete(':projectId/members/:userId')\n  remove(@Param('projectId') projectId: string, @Param('userId') userId: string) {\n    return this.membersService.remove(projectId, userId);\n  }\n}\n",
        'src/members.service.ts': "export class MembersService {\n  remove(projectId: string, userId: string) {\n    return this.prisma.projectMember.delete({ where: { projectId_userId: { projectId, userId } } });\n  }\n}\n",
      },
    },
    {
      name: 'tRPC custom admin procedure defined in another file',
      files: {
        'src/server/trpc.ts': trpcBase,
        'src/server/routers/member.ts': "import { adminProcedure, router } from '../trpc';\nexport const memberRouter = router({\n  remove: adminProcedure.input(schema).mutation(async ({ ctx, input }) => {\n    await ctx.db.projectMember.delete({ where: { id: input.id } });\n  }),\n});\n",
      },
    },
    {
      name: 'Next.js route handler with a session and a CASL check',
      files: {
        'app/api/projects/[id]/route.ts': "import { getServerSession } from 'next-auth';\nexport async function DELETE(req: Request, { params }) {\n  const session = await getServerSession(authOptions);\n  const ability = defineAbilityFor(session.user);\n  ForbiddenError.from(ability).throwUnlessCan('delete', 'Project');\n  await prisma.project.delete({ where: { id: params.id } });\n  return new Response(null, { status: 204 });\n}\n",
      },
    },
    {
      name: 'Fastify preHandler with authenticate and a role check',
      files: {
        'src/routes/members.ts': "import type { FastifyInstance } from 'fastify';\nexport default async function memberRoutes(fastify: FastifyInstance) {\n  fastify.delete('/members/:id', { preHandler: [fastify.authenticate, requireRole('admin')] }, async (request) => {\n    await prisma.projectMember.delete({ where: { id: request.params.id } });\n  });\n}\n",
      },
    },
    {
      name: 'FastAPI admin dependency',
      files: {
        'app/routers/members.py': 'from fastapi import APIRouter, Depends\nrouter = APIRouter()\n\n@router.delete("/members/{member_id}")\ndef remove_member(member_id: str, user=Depends(require_admin), db=Depends(get_db)):\n    member = db.get(Member, member_id)\n    db.delete(member)\n',
      },
    },
    {
      name: 'next-safe-action client with an admin middleware',
      files: {
        'lib/safe-action.ts': "import { createSafeActionClient } from 'next-safe-action';\nexport const actionClient = createSafeActionClient();\nexport const authActionClient = actionClient.use(async ({ next }) => { const session = await auth(); if (!session) throw new Error('unauthorized'); return next({ ctx: { user: session.user } }); });\nexport const adminActionClient = authActionClient.use(async ({ ctx, next }) => { await requireRole(ctx.user, 'admin'); return next(); });\n",
        'app/members/actions.ts': "'use server';\nimport { adminActionClient } from '@/lib/safe-action';\nexport const removeMember = adminActionClient.schema(schema).action(async ({ parsedInput }) => {\n  await db.projectMember.delete({ where: { id: parsedInput.id } });\n});\n",
      },
    },
    {
      name: 'inline role comparison that throws a refusal naming the role',
      files: { 'app/members/actions.ts': "'use server';\nexport async function removeMember(projectId: string, userId: string) {\n  const session = await auth();\n  if (session.user.role !== 'admin') throw new Error('Only organization admins can remove members');\n  await db.projectMember.delete({ where: { projectId_userId: { projectId, userId } } });\n}\n" },
    },
    {
      name: 'creating a funding Grant record in the caller organization is not a permission grant',
      files: { 'app/routers/grants.py': 'from fastapi import APIRouter, Depends\nrouter = APIRouter()\n\n@router.post("/grants")\ndef create_grant(body: GrantIn, user: User = Depends(get_current_user), db: Session = Depends(get_db)):\n    grant = Grant(org_id=user.org_id, created_by_id=user.id, title=body.title)\n    db.add(grant)\n    db.commit()\n' },
    },
    {
      name: 'FastAPI service creating a row owned by the signed-in user passed by position, and updating a row filtered by the user passed by keyword',
      files: { 'app/services/review_service.py': reviewService, 'app/routers/reviews.py': reviewRoutes('user') },
    },
    {
      name: 'FastAPI role and plan changes made in a service behind an admin dependency',
      files: { 'app/services/members_service.py': membersService, 'app/routers/members.py': membersRoute('require_admin') },
    },
    {
      name: 'FastAPI profile update of the caller own row',
      files: { 'app/routers/auth.py': 'from fastapi import APIRouter, Depends\nrouter = APIRouter()\n\n@router.put("/users/me")\ndef update_profile(body: ProfileIn, user: User = Depends(get_current_user), db: Session = Depends(get_db)):\n    user.full_name = body.full_name\n    db.commit()\n' },
    },
    {
      name: 'a 403 error class thrown by a role helper is a permission check',
      files: {
        'lib/session.ts': sessionHelper,
        'lib/authz.ts': "import { ForbiddenError } from './session';\nexport function ensureStaffLevel(ctx, level) {\n  if (ctx.level < level) throw new ForbiddenError();\n}\n",
        'app/api/notes/[noteId]/route.ts': "import { loadCaller } from '@/lib/session';\nimport { ensureStaffLevel } from '@/lib/authz';\nexport async function PATCH(req: Request, { params }) {\n  const ctx = await loadCaller();\n  ensureStaffLevel(ctx, 2);\n  await db.update(notes).set({ body: 'x' }).where(eq(notes.id, params.noteId));\n  return Response.json({ ok: true });\n}\n",
      },
    },
    {
      name: 'TypeORM save(repo.create({ … tenantId })) is a tenant-scoped create, not an update',
      files: {
        'src/app.module.ts': "import { Module } from '@nestjs/common';\nimport { APP_GUARD } from '@nestjs/core';\n@Module({ providers: [{ provide: APP_GUARD, useClass: JwtAuthGuard }] })\nexport class AppModule {}\n",
        'src/contacts.controller.ts': "import { Body, Controller, Param, Post } from '@nestjs/common';\nimport { InjectRepository } from '@nestjs/typeorm';\nimport { Repository } from 'typeorm';\n@Controller('vendors/:vendorId/contacts')\nexport class ContactsController {\n  constructor(@InjectRepository(VendorContact) private readonly contacts: Repository<VendorContact>) {}\n  @Post()\n  create(@CurrentUser() user, @Param('vendorId') vendorId: string, @Body() dto) {\n    return this.contacts.save(this.contacts.create({ ...dto, vendorId, tenantId: user.tenantId }));\n  }\n}\n",
        'package.json': '{"name":"api"}\n',
      },
    },
    {
      name: 'cron route authenticated by a shared secret needs no user permission',
      files: { 'app/api/cron/close-stale/route.ts': "export async function POST(req: Request) {\n  if (req.headers.get('x-cron-secret') !== process.env.CRON_SECRET) return new Response(null, { status: 401 });\n  const { id } = await req.json();\n  await db.update(tickets).set({ status: 'closed' }).where(eq(tickets.id, id));\n  return new Response(null, { status: 204 });\n}\n" },
    },
    {
      name: 'invitations created behind an admin procedure; accepted by the token the invitee brings',
      files: { 'src/server/trpc.ts': orgTrpc, 'src/server/root.ts': invitationRoot, 'src/server/routers/invitation.ts': invitations('adminProcedure') },
    },
    {
      name: "lookalike: a membership created with a fixed role behind a membership procedure grants nothing the caller chooses",
      files: { 'src/server/trpc.ts': orgTrpc, 'src/server/root.ts': teamRoot, 'src/server/routers/team.ts': teamRouter("'member'") },
    },
    {
      name: 'membership procedure is enough for an ordinary org-scoped change',
      files: {
        'src/server/trpc.ts': orgTrpc,
        'src/server/routers/standups.ts': "import { orgProcedure, router } from '../trpc';\nexport const standupsRouter = router({\n  archive: orgProcedure.input(schema).mutation(async ({ ctx, input }) => {\n    await ctx.db.standup.updateMany({ where: { id: input.id, orgId: ctx.orgId }, data: { archivedAt: new Date() } });\n  }),\n});\n",
      },
    },
    {
      name: 'credential reveal behind an admin procedure built on the membership procedure',
      files: { 'src/server/trpc.ts': orgTrpc, 'src/server/routers/integrations.ts': revealToken('adminProcedure') },
    },
    {
      name: 'a role check inside a builder named for the workspace is a permission check',
      files: {
        'src/server/trpc.ts': orgTrpc.replace("export const adminProcedure", "export const workspaceProcedure = protectedProcedure.use(async ({ ctx, next }) => {\n  await requireRole(ctx.session.user, 'admin');\n  return next();\n});\nexport const adminProcedure"),
        'src/server/routers/integrations.ts': revealToken('workspaceProcedure'),
      },
    },
    {
      name: 'permission checked in a workspace package service object (import that does not resolve to a path)',
      files: {
        'apps/api/src/app.ts': "import express from 'express';\nimport { projectService } from '@acme/services';\nconst app = express();\napp.delete('/projects/:id', requireAuth, async (req, res) => {\n  await projectService.remove(req.user, req.params.id);\n  res.sendStatus(204);\n});\n",
        'packages/services/src/index.ts': "async function remove(user, id) {\n  await assertProjectAdmin(user, id);\n  await prisma.project.delete({ where: { id } });\n}\nexport const projectService = { remove };\n",
      },
    },
    {
      name: 'Flask change to a sample loaded by the caller lab (an attribute of current_user)',
      files: { 'app/labels.py': 'from flask import Blueprint\nfrom flask_login import current_user, login_required\nbp = Blueprint("labels", __name__)\n\n@bp.post("/samples/<int:sample_id>/printed")\n@login_required\ndef mark_printed(sample_id):\n    sample = Sample.query.filter_by(id=sample_id, lab_id=current_user.lab_id).first_or_404()\n    sample.printed = True\n    db.session.commit()\n' },
    },
    {
      name: 'Koa: a ticket created in the caller organization, and its first comment hung under the new ticket',
      files: koaDesk("workRouter.post('/tickets', async (ctx) => {\n  ctx.body = await work.createTicket(ctx.state.user.organizationId, ctx.request.body);\n});\n", deskTicket),
    },
    {
      name: "Koa: the caller's own data export, created for the caller at their account and then updated by the new row's id",
      files: koaDesk(deskExportRoute('/account/export'), deskExport('userId: user.id')),
    },
  ],
  invalid: [
    {
      name: 'Next.js: any member of the workspace (a membership check only, by a helper the handler calls) changes any member\'s role or removes them',
      files: wiki('members/[memberId].ts', "  const memberId = req.query.memberId as string;\n  if (req.method === 'PATCH') {\n    const updated = await prisma.membership.update({ where: { workspaceId_userId: { workspaceId, userId: memberId } }, data: { role: req.body.role } });\n    return res.json(updated);\n  }\n  if (req.method === 'DELETE') {\n    if (me.userId === memberId) return res.status(400).json({ error: 'Use leave instead' });\n    await prisma.membership.delete({ where: { workspaceId_userId: { workspaceId, userId: memberId } } });\n    return res.status(204).end();\n  }\n  return res.status(405).end();"),
      gaps: [
        { messageId: 'missing', path: 'pages/api/workspaces/[workspaceId]/members/[memberId].ts', line: 8, includes: ['PATCH', 'requireWorkspaceMember only checks membership'] },
        { messageId: 'missing', path: 'pages/api/workspaces/[workspaceId]/members/[memberId].ts', line: 12, includes: ['DELETE'] },
      ],
    },
    {
      name: 'Next.js: any member of the workspace decrypts its integration key (loaded by id within the workspace; membership only)',
      files: wiki('api-keys/[keyId]/reveal.ts', "  const key = await prisma.apiKey.findFirst({ where: { id: req.query.keyId as string, workspaceId } });\n  if (!key) return res.status(404).end();\n  return res.json({ key: decryptSecret(key.encryptedKey) });"),
      gaps: [{ messageId: 'missing', path: 'pages/api/workspaces/[workspaceId]/api-keys/[keyId]/reveal.ts', includes: ['decryptSecret', 'requireWorkspaceMember only checks membership'] }],
    },
    {
      name: 'lookalike: account deletion upserts a fixed placeholder row but also overwrites it (update is not empty): a change to a user row',
      files: { 'lib/withAuth.ts': wikiAuth, 'pages/api/account/index.ts': "import { withAuth } from '../../../lib/withAuth';\nexport default withAuth(async (req, res) => {\n  const userId = req.session.user.id;\n  if (req.method === 'DELETE') {\n    await prisma.$transaction(async (tx) => {\n      const ghost = await tx.user.upsert({ where: { email: 'deleted-user@example.invalid' }, create: { email: 'deleted-user@example.invalid', name: 'Deleted user' }, update: { name: req.body.name } });\n      await tx.page.updateMany({ where: { authorId: userId }, data: { authorId: ghost.id } });\n      await tx.user.delete({ where: { id: userId } });\n    });\n    return res.status(204).end();\n  }\n  return res.status(405).end();\n});\n" },
      gaps: [{ messageId: 'missing', path: 'pages/api/account/index.ts', includes: ['User'] }],
    },
    {
      name: "lookalike: ensure_room_member loads the caller's own RoomMembership of the room and refuses when missing; the route then deletes another member's row (room_id, user_id): the caller's row found nothing the delete changes",
      files: roomMembersRoute('ensure_room_member', 'user_id'),
      gaps: [{ messageId: 'missing', path: 'app/routers/members.py', line: 11, includes: ['DELETE /rooms/{room_id}/members/{user_id}', 'ensure_room_member only checks membership'] }],
    },
    {
      name: "lookalike: Express ensureRoomMember loads the caller's own membership of the room; deleting the membership of req.params.userId needs a role",
      files: roomMembersExpress('ensureRoomMember'),
      gaps: [{ messageId: 'missing', path: 'src/members.ts', line: 5, includes: ['DELETE /rooms/:roomId/members/:userId'] }],
    },
    {
      name: 'lookalike: Depends(reviewers) imported from deps.py, where reviewers = signed_in() only hands back the signed-in user',
      files: importedMadeDependency('signed_in()'),
      gaps: [{ messageId: 'missing', path: 'app/routers/results.py', line: 10, includes: ['POST /results/{result_id}/approve'] }],
    },
    {
      name: 'lookalike: Depends(reviewers) with reviewers = signed_in() made at module level only hands back the signed-in user',
      files: { 'app/deps.py': madeDependencyDeps, 'app/routers/results.py': madeDependencyRoute('signed_in()') },
      gaps: [{ messageId: 'missing', path: 'app/routers/results.py', line: 12, includes: ['POST /results/{result_id}/approve'] }],
    },
    {
      name: "DRF role change behind IsPracticeMember, a permission class of the app whose has_permission only reads the caller's practice_id: membership only",
      files: drfClinic(STAFF_VIEWSET('IsPracticeMember'), 'router.register(r"staff", views.StaffViewSet)'),
      gaps: [{ messageId: 'missing', path: 'clinic/views.py', includes: ['POST /api/staff/<pk>/role', 'only checks request.user.practice_id'] }],
    },
    {
      name: 'lookalike: a DRF action updating Appointment.objects.filter(pk=pk) bypasses get_object, so neither the queryset nor the object permission limits it',
      files: drfClinic(APPOINTMENT_VIEWSET('        Appointment.objects.filter(pk=pk).update(starts_at=request.data["starts_at"])\n'), 'router.register(r"appointments", views.AppointmentViewSet)'),
      gaps: [{ messageId: 'missing', path: 'clinic/views.py', includes: ['POST /api/appointments/<pk>/reschedule', 'Appointment'] }],
    },
    {
      name: 'lookalike: the same save of membership.user behind the membership-only class: the role on the related user row changes for any member',
      files: drfClinic(USER_ROLE_VIEWSET('IsPracticeMember'), 'router.register(r"staff", views.StaffViewSet)'),
      gaps: [{ messageId: 'missing', path: 'clinic/views.py', includes: ['POST /api/staff/<pk>/user-role', 'User'] }],
    },
    {
      name: "lookalike: the same removal behind IsPracticeMember: the service's membership.delete() deletes the StaffMembership row the view loaded, which membership alone does not authorize",
      files: drfClinic(STAFF_REMOVAL_VIEWSET('IsPracticeMember'), 'router.register(r"staff", views.StaffViewSet)'),
      gaps: [{ messageId: 'missing', path: 'clinic/views.py', includes: ['DELETE /api/staff/<pk>', 'StaffMembership'] }],
    },
    {
      name: 'lookalike: a DRF action loading Appointment.objects.get(pk=pk) instead of self.get_object() and handing it to a service that saves it',
      files: drfClinic(APPOINTMENT_VIEWSET('        appointment = Appointment.objects.get(pk=pk)\n        services.move(appointment, request.data["starts_at"])\n'), 'router.register(r"appointments", views.AppointmentViewSet)'),
      gaps: [{ messageId: 'missing', path: 'clinic/views.py', includes: ['POST /api/appointments/<pk>/reschedule', 'Appointment'] }],
    },
    {
      name: "lookalike: the same service whose self._query() filters by an agency the form names (request.form) is not limited to the caller",
      files: flaskClientUpdate('agency_id=request.form["agency_id"]'),
      gaps: [{ messageId: 'missing', path: 'app/blueprints/clients.py', includes: ['POST /<int:client_id>/edit', 'Client'] }],
    },
    {
      name: 'lookalike: the same service handed an id from the request body (not the accessor) is not limited to the caller',
      files: jwtApp(jwtApplications('@bp.post("/<int:application_id>/submit")\n@jwt_required()\ndef submit_application(application_id: int):\n    application = application_service.submit(request.get_json()["user_id"], application_id)\n    return jsonify(id=application.id)\n', OWN_APPLICATION)),
      gaps: [{ messageId: 'missing', path: 'app/blueprints/applications.py', includes: ['POST /api/applications/<int:application_id>/submit'] }],
    },
    {
      name: 'lookalike: an accessor of the repository that takes a parameter (current_user_id(default)) says nothing about the caller',
      files: jwtApp({
        ...jwtApplications('@bp.post("/<int:application_id>/submit")\n@jwt_required()\ndef submit_application(application_id: int):\n    application = application_service.submit(pick_user(request.get_json()), application_id)\n    return jsonify(id=application.id)\n', OWN_APPLICATION),
        'app/picking.py': 'def pick_user(data):\n    return data["user_id"]\n',
      }),
      gaps: [{ messageId: 'missing', path: 'app/blueprints/applications.py', includes: ['POST /api/applications/<int:application_id>/submit'] }],
    },
    {
      name: 'a blueprint before_request hook refusing abort(403, description="Not a member of this organization") only checks membership: a role change needs more',
      files: jwtApp({ 'app/blueprints/members.py': jwtMembers('Not a member of this organization') }),
      gaps: [{ messageId: 'missing', path: 'app/blueprints/members.py', includes: ['PATCH /api/members/<int:member_id>/role', 'only checks membership'] }],
    },
    {
      name: 'lookalike: the same account-deletion service handed a user the URL names (get_object_or_404(User, pk=pk)), not the caller',
      files: {
        'accounts/urls.py': 'from django.urls import path\n\nfrom .views import StaffView\n\nurlpatterns = [path("staff/<int:pk>/", StaffView.as_view())]\n',
        'accounts/views.py': 'from django.shortcuts import get_object_or_404\nfrom rest_framework.permissions import IsAuthenticated\nfrom rest_framework.response import Response\nfrom rest_framework.views import APIView\n\nfrom . import services\n\n\nclass StaffView(APIView):\n    permission_classes = [IsAuthenticated]\n\n    def delete(self, request, pk):\n        user = get_object_or_404(User, pk=pk)\n        services.delete_account(user)\n        return Response(status=204)\n',
        'accounts/services.py': 'def delete_account(account):\n    StaffMembership.objects.filter(user=account).delete()\n    Token.objects.filter(user=account).delete()\n',
      },
      gaps: [{ messageId: 'missing', path: 'accounts/views.py', line: 12, includes: ['DELETE /staff/<int:pk>', 'deletes StaffMembership'] }],
    },
    {
      name: 'TypeORM: any signed-in member changes a role through userRepo() imported from db/repositories (organization scoping only)',
      files: importedRepoUsers(importedRoleChange('')),
      gaps: [{ messageId: 'missing', path: 'src/routes/users.ts', line: 6, includes: ['PATCH /api/users/:id/role', 'User'] }],
    },
    {
      name: 'lookalike: a FastAPI route comparing the header with a settings value that is no secret (settings.app_url)',
      files: pyCron('settings.app_url'),
      gaps: [{ messageId: 'missing', path: 'app/routers/cron.py', includes: ['POST /internal/cron/purge-sessions'] }],
    },
    {
      name: 'lookalike: the same service writing the agency id the URL names (agency_id) is not limited to the caller',
      files: flaskClientCreate('agency_id'),
      gaps: [{ messageId: 'missing', path: 'app/blueprints/clients.py', includes: ['POST /<int:agency_id>/clients', 'Client'] }],
    },
    {
      name: 'a role change made by a tuple assignment (previous, member.role = member.role, role) on a helper-loaded row, agency-scoped and @login_required only',
      files: flaskRoleChange('previous, member.role = member.role, role'),
      gaps: [{ messageId: 'missing', path: 'app/blueprints/members.py', includes: ['POST /<int:member_id>/role', 'User'] }],
    },
    {
      name: "lookalike: a scoped load of the parent that does not refuse a missing parent (returns None) does not limit the row",
      files: lineItems('return None'),
      gaps: [{ messageId: 'missing', path: 'app/routers/line_items.py', includes: ['PATCH /quotes/{quote_id}/line-items/{item_id}', 'LineItem'] }],
    },
    {
      name: 'lookalike: the same getters over a field that is not the request (an injected store) say nothing about the caller',
      files: nestTenantContext('private readonly request: TenantStore'),
      gaps: [{ messageId: 'missing', path: 'src/members/members.controller.ts', includes: ['PATCH /members/me/notifications', 'Membership'] }],
    },
    {
      name: 'revoking any API token of the organization (ApiToken, org-scoped only) is a credential action that needs a permission check',
      files: apiTokens('ApiToken.id == token_id, ApiToken.org_id == user.org_id'),
      gaps: [{ messageId: 'missing', path: 'app/routers/api_tokens.py', line: 18, includes: ['DELETE /tokens/{token_id}', 'ApiToken'] }],
    },
    {
      name: 'an invite with the role from the body under a signed-in-only wrapper: invitedById of the caller does not make it their own record',
      files: { 'lib/auth.ts': "export function withStaff(handler) {\n  return withSessionRoute(async (req, res) => {\n    const user = req.session.user;\n    if (!user) return res.status(401).json({ error: 'Not signed in' });\n    await handler(req, res, user);\n  });\n}\n", 'pages/api/staff/index.ts': "import { z } from 'zod';\nimport { withStaff } from '@/lib/auth';\nconst inviteSchema = z.object({ email: z.string().email(), role: z.enum(['OWNER', 'ADMIN', 'FRONT_DESK']) });\nexport default withStaff(async (req, res, user) => {\n  if (req.method === 'POST') {\n    const { email, role } = inviteSchema.parse(req.body);\n    const invite = await prisma.staffInvite.create({ data: { practiceId: user.practiceId, email, role, token: newToken(), invitedById: user.id } });\n    return res.status(201).json({ id: invite.id });\n  }\n  res.status(405).end();\n});\n" },
      gaps: [{ messageId: 'missing', path: 'pages/api/staff/index.ts', line: 5, includes: ['a grant of the role the client chooses (role written to StaffInvite)'] }],
    },
    {
      name: "lookalike: the account deletion removes verification tokens by an email the client sends, not the caller's",
      files: { 'src/index.ts': "import { Hono } from 'hono';\nimport { account } from './routes/account.js';\nconst app = new Hono();\napp.route('/api/account', account);\n", 'src/routes/account.ts': "import { Hono } from 'hono';\nimport { requireSession } from '../middleware/session.js';\nimport { deleteAccount } from '../services/account.js';\nexport const account = new Hono();\naccount.use('*', requireSession);\naccount.delete('/', async (c) => {\n  const user = c.get('user');\n  await deleteAccount(user.id, c.req.query('email')!);\n  return c.body(null, 204);\n});\n", 'src/services/account.ts': "import { eq } from 'drizzle-orm';\nexport async function deleteAccount(userId: string, email: string) {\n  await db.transaction(async (tx) => {\n    await tx.delete(verificationTokens).where(eq(verificationTokens.identifier, email));\n    await tx.delete(users).where(eq(users.id, userId));\n  });\n}\n" },
      gaps: [{ messageId: 'missing', path: 'src/routes/account.ts', line: 6, includes: ['DELETE /api/account', 'verificationTokens'] }],
    },
    {
      name: 'lookalike: a tenants table that is the SaaS tenant (no other organization model) stays privileged',
      files: saasTenant,
      gaps: [{ messageId: 'missing', path: 'src/app.js', includes: ['PATCH /tenant', 'changes to tenants'] }],
    },
    {
      name: 'lookalike: session.add of a row a service helper loaded by its id alone changes any account\'s vehicle',
      files: vehicleStatus('Vehicle.id == vehicle_id'),
      gaps: [{ messageId: 'missing', path: 'app/routers/vehicles.py', includes: ['POST /vehicles/{vehicle_id}/status', 'updates'] }],
    },
    {
      name: "tRPC: new TRPCError({ code: 'FORBIDDEN', message: 'Not a member of this studio' }) in a procedure whose name says nothing is membership only",
      files: { 'src/server/trpc.ts': studioTrpc('Not a member of this studio'), 'src/server/root.ts': teamRoot, 'src/server/routers/team.ts': studioTeamRouter },
      gaps: [{ messageId: 'missing', path: 'src/server/routers/team.ts', line: 3, includes: ['mutation team.addPerson', "TRPCError('FORBIDDEN') only checks membership"] }],
    },
    {
      name: 'FastAPI: HTTPException(status_code=403, detail="Not a member of this studio") in a dependency is membership only',
      files: { 'app/deps.py': studioDependency('Not a member of this studio'), 'app/services/members_service.py': membersService, 'app/routers/members.py': 'from app.deps import require_studio\n' + membersRoute('require_studio') },
      gaps: [
        { messageId: 'missing', path: 'app/routers/members.py', includes: ['PATCH /members/{member_id}/role'] },
        { messageId: 'missing', path: 'app/routers/members.py', includes: ['PUT /billing/plan', "HTTPException('403') in a guard only checks membership"] },
      ],
    },
    {
      name: "removing a member behind only the router's requireWorkspaceRole('member'): the lowest rank, membership only",
      files: workspaceRoles('member'),
      gaps: [{ messageId: 'missing', path: 'src/members.ts', line: 7, includes: ['DELETE /workspaces/:workspaceId/members/:userId', "requireWorkspaceRole('member')"] }],
    },
    {
      name: "lookalike: a ranking that counts down (owner: 0 … viewer: 3) still makes viewer the base role",
      files: workspaceRoles('viewer', '', '{ owner: 0, admin: 1, member: 2, viewer: 3 }'),
      gaps: [{ messageId: 'missing', path: 'src/members.ts', line: 7 }],
    },
    {
      name: "lookalike: no ranking in the code, requireWorkspaceRole('viewer') is the usual base role",
      files: workspaceRoles('viewer', '', '{}'),
      gaps: [{ messageId: 'missing', path: 'src/members.ts', line: 7 }],
    },
    {
      name: 'lookalike: creating a workspace whose membership role the client chooses',
      files: foundWorkspace('/', '{ workspaceId: row.id, userId: req.user.id, role: body.role }'),
      gaps: [{ messageId: 'missing', path: 'src/workspaces.ts', line: 4, includes: ['POST /workspaces'] }],
    },
    {
      name: 'lookalike: the caller made owner of a row created under another workspace the URL names (any user could add one there)',
      files: foundWorkspace('/:workspaceId/sub', "{ workspaceId: req.params.workspaceId, userId: req.user.id, role: 'owner' }"),
      gaps: [{ messageId: 'missing', path: 'src/workspaces.ts', line: 4 }],
    },
    {
      name: 'lookalike: a workspace created with no membership of the caller at all',
      files: foundWorkspace('/', "{ workspaceId: row.id, userId: body.ownerId, role: 'owner' }"),
      gaps: [{ messageId: 'missing', path: 'src/workspaces.ts', line: 4 }],
    },
    {
      name: 'lookalike: the mixin called OrganizerRequiredMixin only checks membership ("Not a member of any organization"): any member changes roles',
      files: roleChange(memberOnlyMixin),
      gaps: [{ messageId: 'missing', path: 'app/views.py', line: 12, includes: ['POST /orgs/members/<int:pk>/role'] }],
    },
    {
      name: 'lookalike: Django remove_member whose only check refuses removing yourself (membership.user_id == request.user.id): any member removes anyone else',
      files: removeMember(selfRefusal),
      gaps: [{ messageId: 'missing', path: 'orgs/views.py', line: 10, includes: ['POST /orgs/members/<int:pk>/remove', 'limited to the caller\'s organization only'] }],
    },
    {
      name: "Django view handing the Membership row it loaded to a service (def end_membership(membership): membership.delete()) with only a \"cannot remove yourself\" check: the service deletes a Membership",
      files: removeMemberThroughService(selfRefusal),
      gaps: [{ messageId: 'missing', path: 'orgs/views.py', includes: ['Membership'] }],
    },
    {
      name: 'lookalike: Express removal whose only check refuses removing yourself (member.userId === req.user.id)',
      files: { 'src/server.ts': server, 'src/auth.ts': auth, 'src/members.ts': members("  const member = await prisma.projectMember.findUnique({ where: { id: req.params.userId } });\n  if (member.userId === req.user.id) return res.status(400).json({ error: 'You cannot remove yourself' });\n  await prisma.projectMember.delete({ where: { id: member.id } });") },
      gaps: [{ messageId: 'missing', path: 'src/members.ts', line: 4, includes: ['DELETE /projects/:projectId/members/:userId'] }],
    },
    {
      name: 'Django FormView: form_valid is the POST handler, loading any order by the URL\'s pk and refunding it with only LoginRequiredMixin',
      files: cbvApp(organizerMixin, 'class RefundCreateView(LoginRequiredMixin, FormView):\n    template_name = "refund.html"\n\n    def form_valid(self, form):\n        order = get_object_or_404(Order, pk=self.kwargs["pk"])\n        issue_refund(order, form.cleaned_data["amount_cents"], self.request.user)\n        return redirect("orders")\n', '    path("orders/<int:pk>/refund", views.RefundCreateView.as_view()),\n'),
      gaps: [{ messageId: 'missing', path: 'app/views.py', line: 11, includes: ['POST /orders/<int:pk>/refund'] }],
    },
    {
      name: 'lookalike: an UpdateView of User picked by the URL\'s pk (no get_object returning the caller) with only LoginRequiredMixin',
      files: cbvApp(organizerMixin, 'class ProfileUpdateView(LoginRequiredMixin, UpdateView):\n    model = User\n    fields = ["full_name", "phone"]\n', '    path("users/<int:pk>/edit", views.ProfileUpdateView.as_view()),\n'),
      gaps: [{ messageId: 'missing', path: 'app/views.py', line: 11, includes: ['POST /users/<int:pk>/edit'] }],
    },
    {
      name: 'DRF role change with only IsAuthenticated: the company-scoped row the route loaded, handed to a service parameter called user, is not the caller',
      files: drfRoleChange('IsAuthenticated'),
      gaps: [{ messageId: 'missing', path: 'accounts/views.py', line: 11, includes: ['POST /api/users/<int:pk>/role', 'User'] }],
    },
    {
      name: 'lookalike: Flask raw SQL UPDATE whose WHERE binds an id from the request; the caller is only among the SET values',
      files: flaskRawSql('@bp.patch("/forms/transfer")\ndef transfer_form():\n    execute("UPDATE forms SET owner_id = :owner WHERE id = :id", owner=g.user["id"], id=request.json["form_id"])\n    return jsonify(ok=True)\n'),
      gaps: [{ messageId: 'missing', path: 'app/routes.py', line: 16, includes: ['PATCH /api/forms/transfer', 'forms'] }],
    },
    {
      name: 'lookalike: @workspace_member_required alone on a member role change (a privileged action needs more than membership)',
      files: flaskRawSql('@bp.patch("/workspaces/<int:ws_id>/members/<int:user_id>/role")\n@workspace_member_required\ndef change_role(ws_id, user_id):\n    execute("UPDATE memberships SET role = :role WHERE workspace_id = :ws AND user_id = :uid", role=request.json["role"], ws=ws_id, uid=user_id)\n    return jsonify(ok=True)\n'),
      gaps: [{ messageId: 'missing', path: 'app/routes.py', line: 16, includes: ['PATCH /api/workspaces/<int:ws_id>/members/<int:user_id>/role', 'memberships'] }],
    },
    {
      name: 'Fastify: a member removed inside nested plugins that authenticate and check workspace membership only',
      files: {
        'src/app.ts': "import Fastify from 'fastify';\nimport memberRoutes from './routes/members.js';\nimport { requireWorkspaceMember } from './plugins/workspace.js';\nconst app = Fastify();\nawait app.register(async (api) => {\n  api.addHook('onRequest', api.authenticate);\n  await api.register(async (ws) => {\n    ws.addHook('preHandler', requireWorkspaceMember);\n    await ws.register(memberRoutes, { prefix: '/members' });\n  }, { prefix: '/workspaces/:workspaceId' });\n}, { prefix: '/api' });\n",
        'src/plugins/workspace.ts': "export async function requireWorkspaceMember(request, reply) {\n  const membership = await db('workspace_members').where({ workspace_id: request.params.workspaceId, user_id: request.user.id }).first('role');\n  if (!membership) return reply.code(404).send({ error: 'workspace_not_found' });\n  request.workspace = { id: request.params.workspaceId, role: membership.role };\n}\n",
        'src/routes/members.ts': "import type { FastifyInstance } from 'fastify';\nexport default async function memberRoutes(app: FastifyInstance) {\n  app.patch('/:userId/role', { preHandler: [requireRole('admin')] }, async (request) => {\n    await db('workspace_members').where({ workspace_id: request.workspace.id, user_id: request.params.userId }).update({ role: request.body.role });\n  });\n  app.delete('/:userId', async (request) => {\n    await db('workspace_members').where({ workspace_id: request.workspace.id, user_id: request.params.userId }).del();\n  });\n}\n",
      },
      gaps: [{ messageId: 'missing', path: 'src/routes/members.ts', line: 6, includes: ['DELETE /api/workspaces/:workspaceId/members/:userId'] }],
    },
    {
      name: 'lookalike: behind a global middleware, a route that reads the authorization header but compares it with no secret still needs a permission',
      files: {
        'middleware.ts': clerkEverywhere,
        'app/api/cron/cleanup/route.ts': cronCleanup("  const token = request.headers.get('authorization');\n  if (!token) return Response.json({ error: 'unauthorized' }, { status: 401 });\n"),
      },
      gaps: [{ messageId: 'missing', path: 'app/api/cron/cleanup/route.ts', includes: ['GET /api/cron/cleanup'] }],
    },
    {
      name: "lookalike: new HttpError(403, 'Not a member of this organization') is a membership refusal (status first, message second), not authorization",
      files: cjsApp("router.use('/members', require('./members'));", { members: "router.use(authenticate, loadMembership);\nrouter.delete('/:memberId', asyncHandler(ctrl.remove));" }, { members: "exports.remove = async (req, res) => {\n  const member = await Membership.findOne({ where: { id: req.params.memberId, organizationId: req.organizationId } });\n  await member.destroy();\n  res.status(204).end();\n};\n" }),
      gaps: [{ messageId: 'missing', path: 'src/routes/members.js', line: 8, includes: ['DELETE /api/members/:memberId', 'Membership'] }],
    },
    {
      name: 'a wrapper that checks a role only when given one, called without (withOrg(handler)); its 403 in catch decides nothing',
      files: { 'lib/withOrg.ts': withOrgLib, 'pages/api/settings.ts': settingsRoute('withOrg(handler)') },
      gaps: [{ messageId: 'missing', path: 'pages/api/settings.ts', includes: ['/api/settings', 'organisations'] }],
    },
    {
      name: 'tRPC: minting an API key in the caller\'s agency (ctx.agencyId) behind a membership-only procedure: any member may create credentials',
      files: {
        'src/trpc.ts': "import { initTRPC } from '@trpc/server';\nconst t = initTRPC.context<Ctx>().create();\nexport const router = t.router;\nexport const orgProcedure = t.procedure.use(isAuthed).use(async ({ ctx, next }) => {\n  const membership = await prisma.membership.findUnique({ where: { orgId_userId: { orgId: ctx.requestedOrgId, userId: ctx.user.id } } });\n  if (!membership) throw new Error('Not a member of this organization');\n  return next({ ctx: { ...ctx, agencyId: membership.orgId } });\n});\n",
        'src/root.ts': "import { router } from './trpc';\nimport { apiKeysRouter } from './routers/apiKeys';\nexport const appRouter = router({ apiKeys: apiKeysRouter });\n",
        'src/routers/apiKeys.ts': "import { z } from 'zod';\nimport { router, orgProcedure } from '../trpc';\nexport const apiKeysRouter = router({\n  create: orgProcedure.input(z.object({ label: z.string() })).mutation(({ ctx, input }) => prisma.apiKey.create({ data: { agencyId: ctx.agencyId, label: input.label } })),\n});\n",
      },
      gaps: [{ messageId: 'missing', path: 'src/routers/apiKeys.ts', includes: ['apiKeys.create', 'ApiKey'] }],
    },
    {
      name: "a helper's role check guarded by a parameter the call leaves out (withWorkspace(slug), if (role && …)) never runs: membership only",
      files: { 'lib/workspace.ts': withWorkspace(), 'app/w/[slug]/members/actions.ts': removeMemberAction('withWorkspace(slug)') },
      gaps: [{ messageId: 'missing', path: 'app/w/[slug]/members/actions.ts', includes: ['server action removeMember', 'withWorkspace'] }],
    },
    {
      name: 'lookalike: a default of undefined leaves the role unset too (role: Role | undefined = undefined)',
      files: { 'lib/workspace.ts': withWorkspace('slug: string, role: Role | undefined = undefined'), 'app/w/[slug]/members/actions.ts': removeMemberAction('withWorkspace(slug)') },
      gaps: [{ messageId: 'missing', path: 'app/w/[slug]/members/actions.ts', includes: ['server action removeMember'] }],
    },
    {
      name: 'router.use(requireAuth, attachAbility): building a CASL ability (AbilityBuilder can/cannot) checks nothing',
      files: caslApp(caslDelete('')),
      gaps: [{ messageId: 'missing', path: 'src/routes/warehouses.js', line: 7, includes: ['DELETE /api/warehouses/:id', 'requireAuth', 'attachAbility'] }],
    },
    {
      name: 'lookalike: the same middleware listed in the other order (attachAbility first) checks nothing either',
      files: caslApp(caslDelete(''), 'router.use(attachAbility, requireAuth);'),
      gaps: [{ messageId: 'missing', path: 'src/routes/warehouses.js', line: 7, includes: ['DELETE /api/warehouses/:id'] }],
    },
    {
      name: 'defineAbility((can, cannot) => …) callback grants permissions: a middleware calling it checks nothing',
      files: {
        ...caslApp(caslDelete('')),
        'src/auth/abilities.js': "import { defineAbility } from '@casl/ability';\nexport const defineAbilityFor = (user) => defineAbility((allow, forbid) => {\n  allow('read', 'all');\n  forbid('delete', 'Warehouse');\n});\n",
      },
      gaps: [{ messageId: 'missing', path: 'src/routes/warehouses.js', line: 7, includes: ['DELETE /api/warehouses/:id'] }],
    },
    {
      name: 'lookalike: Django, a comment deleted by its id within a project loaded by its pk from any organization',
      files: projectComment('Project, pk=project_id'),
      gaps: [{ messageId: 'missing', path: 'app/views.py', line: 7, includes: ['deletes Comment', 'selected by project_id, comment_id'] }],
    },
    {
      name: 'lookalike: Django, the return is filed under a shipment loaded by its pk from any company',
      files: returnRequest('Shipment, pk=pk'),
      gaps: [{ messageId: 'missing', path: 'shipments/views.py', line: 7, includes: ['creates ReturnRequest'] }],
    },
    {
      name: 'lookalike: a ModelForm given instance= updates that row, loaded by pk from any company; the model comes from the form\'s Meta, in another module',
      files: addressBook(`${ADDRESS_CREATE}\n\n@login_required\ndef edit_address(request, pk):\n    entry = get_object_or_404(AddressBookEntry, pk=pk)\n    form = AddressForm(request.POST, instance=entry)\n    form.save()\n    return redirect("addresses")\n`),
      gaps: [{ messageId: 'missing', path: 'shipments/views.py', line: 18, includes: ['/addresses/<int:pk>/edit', 'updates AddressBookEntry'], excludes: ['updates Address '] }],
    },
    {
      name: 'lookalike: a ModelForm create whose row is never placed in the caller\'s company',
      files: addressBook('@login_required\ndef address_book(request):\n    form = AddressForm(request.POST or None)\n    if request.method == "POST" and form.is_valid():\n        entry = form.save(commit=False)\n        entry.label = request.POST["label"].strip()\n        entry.save()\n    return redirect("addresses")\n'),
      gaps: [{ messageId: 'missing', path: 'shipments/views.py', line: 8, includes: ['creates AddressBookEntry'] }],
    },
    {
      name: 'lookalike: a NestJS handler that verifies the bearer JWT itself (JWT_SECRET) has a session, not a shared secret',
      files: { 'src/internal/sla.controller.ts': "import { Controller, Headers, Param, Post, UnauthorizedException } from '@nestjs/common';\nimport { verify } from 'jsonwebtoken';\n@Controller('tickets')\nexport class TicketsController {\n  @Public()\n  @Post(':id/close')\n  async close(@Headers('authorization') authorization: string, @Param('id') id: string) {\n    const payload = verify(authorization.replace('Bearer ', ''), process.env.JWT_SECRET!);\n    if (!payload) throw new UnauthorizedException();\n    await this.prisma.ticket.update({ where: { id }, data: { status: 'closed' } });\n  }\n}\n" },
      gaps: [{ messageId: 'missing', path: 'src/internal/sla.controller.ts', includes: ['POST /tickets/:id/close'] }],
    },
    {
      name: 'lookalike: a service made with an organization from the request body is not scoped to the caller',
      files: { 'src/app.ts': invoiceRoute('req.body.orgId'), 'src/invoice.service.ts': invoiceService },
      gaps: [{ messageId: 'missing', path: 'src/app.ts', line: 4, includes: ['POST /invoices/:id/void', 'InvoiceService.void', 'req.body.orgId'] }],
    },
    {
      name: 'NestJS policies guard on the class, but no @CheckPolicies on the method: the guard checks nothing',
      files: {
        'src/app.module.ts': nestAppModule(),
        'src/auth/jwt-auth.guard.ts': nestJwtGuard,
        'src/casl/policies.guard.ts': nestPoliciesGuard,
        'src/agents/agents.controller.ts': nestAgents('@UseGuards(PoliciesGuard)\n', ''),
      },
      gaps: [{ messageId: 'missing', path: 'src/agents/agents.controller.ts', line: 6, includes: ['PATCH /agents/:id/role', 'PoliciesGuard (no metadata on this route)'] }],
    },
    {
      name: 'NestJS @Roles with no roles guard bound anywhere: the label is never enforced',
      files: {
        'src/app.module.ts': nestAppModule(),
        'src/auth/jwt-auth.guard.ts': nestJwtGuard,
        'src/auth/roles.guard.ts': nestRolesGuard,
        'src/agents/agents.controller.ts': nestAgents('', "  @Roles('admin')\n"),
      },
      gaps: [{ messageId: 'missing', path: 'src/agents/agents.controller.ts', line: 5, includes: ['PATCH /agents/:id/role', 'Roles (not enforced by any guard)'] }],
    },
    {
      name: 'lookalike: a NestJS @Headers parameter that carries no secret is not a shared-secret check',
      files: { 'src/internal/sla.controller.ts': nestSla('x-request-id', '!secret || !process.env.CRON_SECRET') },
      gaps: [{ messageId: 'missing', path: 'src/internal/sla.controller.ts', includes: ['POST /internal/sla-sweep'] }],
    },
    {
      name: 'lookalike: a 401 after comparing a header that is no secret is not a shared-secret caller',
      files: { 'pages/api/cron/cleanup.ts': "import type { NextApiRequest, NextApiResponse } from 'next';\nexport default async function cleanup(req: NextApiRequest, res: NextApiResponse) {\n  if (req.headers['x-forwarded-proto'] !== process.env.EXPECTED_PROTO) return res.status(401).end();\n  await prisma.invite.deleteMany({ where: { expiresAt: { lt: new Date() } } });\n  return res.json({ ok: true });\n}\n" },
      gaps: [{ messageId: 'missing', path: 'pages/api/cron/cleanup.ts', line: 2, includes: ['ANY /api/cron/cleanup', 'deletes Invite'] }],
    },
    {
      name: 'lookalike: a file created under a project loaded by any id',
      files: { 'pages/api/projects/[id]/files.ts': "import type { NextApiRequest, NextApiResponse } from 'next';\nimport { getServerSession } from 'next-auth/next';\nexport default async function handler(req: NextApiRequest, res: NextApiResponse) {\n  const session = await getServerSession(req, res, authOptions);\n  if (!session) return res.status(401).json({ error: 'Unauthorized' });\n  const projectId = req.query.id as string;\n  if (req.method === 'GET') {\n    const files = await prisma.file.findMany({ where: { projectId } });\n    return res.json(files);\n  }\n  if (req.method === 'POST') {\n    const project = await prisma.project.findFirst({ where: { id: projectId } });\n    if (!project) return res.status(404).end();\n    const file = await prisma.file.create({ data: { projectId: project.id, name: req.body.name } });\n    return res.status(201).json(file);\n  }\n  return res.status(405).end();\n}\n" },
      gaps: [{ messageId: 'missing', path: 'pages/api/projects/[id]/files.ts', line: 11, includes: ['POST /api/projects/[id]/files', 'creates File'] }],
    },
    {
      name: 'Sequelize member.destroy() on a row a service loaded, tenant-scoped by the caller company only',
      files: { 'src/routes/members.ts': fastifyMembers('fastify.authenticate'), 'src/services/memberService.ts': sequelizeMemberService },
      gaps: [{ messageId: 'missing', path: 'src/routes/members.ts', line: 4, includes: ['DELETE /members/:userId', 'deletes User', 'removeMember'] }],
    },
    {
      name: 'Mongoose document loaded by id, status assigned and saved, no permission check',
      files: { 'src/routes/invoices.js': koaInvoices('') },
      gaps: [{ messageId: 'missing', path: 'src/routes/invoices.js', line: 7, includes: ['POST /invoices/:id/void', 'updates Invoice'] }],
    },
    {
      name: 'Koa role change behind requireAccountMember only (membership is not permission)',
      files: { 'src/routes/members.js': koaMembers('requireAccountMember'), 'src/middleware/guards.js': koaGuards, 'src/services/memberService.js': mongooseMemberService },
      gaps: [{ messageId: 'missing', path: 'src/routes/members.js', line: 7, includes: ['PATCH /members/:id/role', 'updates User', 'requireAccountMember only checks membership'] }],
    },
    {
      name: 'member removed behind authentication only (router mounted in another file)',
      files: { 'src/server.ts': server, 'src/auth.ts': auth, 'src/members.ts': members(unscopedDelete) },
      gaps: [{ messageId: 'missing', path: 'src/members.ts', line: 4, includes: ['DELETE /projects/:projectId/members/:userId', 'deletes ProjectMember', 'requireAuth', 'req.params.projectId'] }],
    },
    {
      name: 'role change scoped to the organization only: tenant scoping is not permission',
      files: {
        'src/app.ts': "import express from 'express';\nconst app = express();\napp.patch('/users/:id/role', requireAuth, async (req, res) => {\n  await prisma.user.updateMany({ where: { id: req.params.id, organizationId: req.user.organizationId }, data: { role: req.body.role } });\n  res.sendStatus(204);\n});\n",
      },
      gaps: [{ messageId: 'missing', line: 3, includes: ['PATCH /users/:id/role', "caller's organization only"] }],
    },
    {
      name: 'NestJS controller with only the JWT guard',
      files: {
        'src/projects.controller.ts': "import { Controller, Delete, Param, UseGuards } from '@nestjs/common';\n@Controller('projects')\n@UseGuards(JwtAuthGuard)\nexport class ProjectsController {\n  constructor(private readonly projectsService: ProjectsService) {}\n  @Delete(':id')\n  remove(@Param('id') id: string) {\n    return this.projectsService.remove(id);\n  }\n}\n",
        'src/projects.service.ts': "export class ProjectsService {\n  remove(id: string) {\n    return this.prisma.project.delete({ where: { id } });\n  }\n}\n",
      },
      gaps: [{ messageId: 'missing', path: 'src/projects.controller.ts', includes: ['DELETE /projects/:id', 'JwtAuthGuard', 'ProjectsService.remove'] }],
    },
    {
      name: 'tRPC protected procedure deletes by the input id',
      files: {
        'src/server/trpc.ts': trpcBase,
        'src/server/routers/project.ts': "import { protectedProcedure, router } from '../trpc';\nexport const projectRouter = router({\n  remove: protectedProcedure.input(schema).mutation(async ({ ctx, input }) => {\n    await ctx.db.project.delete({ where: { id: input.id } });\n  }),\n});\n",
        'src/server/root.ts': "import { router } from './trpc';\nimport { projectRouter } from './routers/project';\nexport const appRouter = router({ project: projectRouter });\n",
      },
      gaps: [{ messageId: 'missing', path: 'src/server/routers/project.ts', line: 3, includes: ['mutation project.remove', 'protectedProcedure'] }],
    },
    {
      name: 'server action checks the session but not the project role',
      files: {
        'app/projects/actions.ts': "'use server';\nexport async function archiveProject(projectId: string) {\n  const session = await getSession();\n  if (!session) throw new Error('unauthenticated');\n  await db.project.update({ where: { id: projectId }, data: { archivedAt: new Date() } });\n}\n",
      },
      gaps: [{ messageId: 'missing', path: 'app/projects/actions.ts', includes: ['server action archiveProject', 'getSession'] }],
    },
    {
      name: 'lookalike names are not permission checks (canonicalUrl, getRoleLabel)',
      files: {
        'src/app.ts': "import express from 'express';\nconst app = express();\napp.delete('/documents/:id', requireAuth, async (req, res) => {\n  const url = canonicalUrl(req.path);\n  const label = getRoleLabel(req.user);\n  await prisma.document.delete({ where: { id: req.params.id } });\n  res.sendStatus(204);\n});\n",
      },
      gaps: [{ messageId: 'missing', line: 3, includes: ['deletes Document'] }],
    },
    {
      name: 'credential revealed to any signed-in user',
      files: {
        'src/app.ts': "import express from 'express';\nconst app = express();\napp.post('/credentials/:id/reveal', requireAuth, async (req, res) => {\n  const credential = await prisma.credential.findFirst({ where: { id: req.params.id, organizationId: req.user.organizationId } });\n  res.json({ secret: decryptSecret(credential.encryptedSecret) });\n});\n",
      },
      gaps: [{ messageId: 'missing', line: 3, includes: ['reveals a secret (decryptSecret)'] }],
    },
    {
      name: 'Fastify route behind the authenticate hook of its plugin only',
      files: {
        'src/server.ts': "import Fastify from 'fastify';\nimport memberRoutes from './routes/members';\nconst app = Fastify();\napp.register(memberRoutes, { prefix: '/projects' });\n",
        'src/routes/members.ts': "import type { FastifyInstance } from 'fastify';\nexport default async function memberRoutes(fastify: FastifyInstance) {\n  fastify.addHook('onRequest', fastify.authenticate);\n  fastify.delete('/:projectId/members/:id', async (request) => {\n    await prisma.projectMember.delete({ where: { id: request.params.id } });\n  });\n}\n",
      },
      gaps: [{ messageId: 'missing', path: 'src/routes/members.ts', line: 4, includes: ['DELETE /projects/:projectId/members/:id', 'fastify.authenticate'] }],
    },
    {
      name: 'next-safe-action client that only authenticates',
      files: {
        'lib/safe-action.ts': "import { createSafeActionClient } from 'next-safe-action';\nexport const actionClient = createSafeActionClient();\nexport const authActionClient = actionClient.use(async ({ next }) => { const session = await auth(); if (!session) throw new Error('unauthorized'); return next({ ctx: { user: session.user } }); });\n",
        'app/members/actions.ts': "'use server';\nimport { authActionClient } from '@/lib/safe-action';\nexport const removeMember = authActionClient.schema(schema).action(async ({ parsedInput }) => {\n  await db.projectMember.delete({ where: { id: parsedInput.id } });\n});\n",
      },
      gaps: [{ messageId: 'missing', path: 'app/members/actions.ts', includes: ['server action removeMember', 'authActionClient'] }],
    },
    {
      name: 'FastAPI route with only the current-user dependency',
      files: {
        'app/routers/members.py': 'from fastapi import APIRouter, Depends\nrouter = APIRouter()\n\n@router.delete("/members/{member_id}")\ndef remove_member(member_id: str, user=Depends(get_current_user), db=Depends(get_db)):\n    member = db.get(Member, member_id)\n    db.delete(member)\n',
      },
      gaps: [{ messageId: 'missing', path: 'app/routers/members.py', includes: ['DELETE /members/{member_id}', 'get_current_user'] }],
    },
    {
      name: 'granting access to a project is privileged even within the organization',
      files: { 'app/routers/grants.py': 'from fastapi import APIRouter, Depends\nrouter = APIRouter()\n\n@router.post("/projects/{project_id}/access-grants")\ndef grant_access(project_id: int, body: GrantIn, user: User = Depends(get_current_user), db: Session = Depends(get_db)):\n    db.add(AccessGrant(org_id=user.org_id, project_id=project_id, grantee_id=body.user_id))\n    db.commit()\n' },
      gaps: [{ messageId: 'missing', path: 'app/routers/grants.py', includes: ['POST /projects/{project_id}/access-grants'] }],
    },
    {
      name: 'lookalike: the reviewer passed by keyword is chosen by the client, not the signed-in user',
      files: { 'app/services/review_service.py': reviewService, 'app/routers/reviews.py': reviewRoutes('body.reviewer') },
      gaps: [{ messageId: 'missing', path: 'app/routers/reviews.py', includes: ['POST /reviews/{assignment_id}/submit', 'updates ReviewAssignment'] }],
    },
    {
      name: 'FastAPI role and plan changes made in a service, by attribute assignment, with only a signed-in user',
      files: { 'app/services/members_service.py': membersService, 'app/routers/members.py': membersRoute('get_current_user') },
      gaps: [
        { messageId: 'missing', path: 'app/routers/members.py', includes: ['PATCH /members/{member_id}/role', 'updates User'] },
        { messageId: 'missing', path: 'app/routers/members.py', includes: ['PUT /billing/plan', 'updates Organization'] },
      ],
    },
    {
      name: 'FastAPI update of another user loaded by id is not the caller own row',
      files: { 'app/routers/users.py': 'from fastapi import APIRouter, Depends\nrouter = APIRouter()\n\n@router.put("/users/{user_id}")\ndef update_user(user_id: int, body: ProfileIn, user: User = Depends(get_current_user), db: Session = Depends(get_db)):\n    target = db.get(User, user_id)\n    target.full_name = body.full_name\n    db.commit()\n' },
      gaps: [{ messageId: 'missing', path: 'app/routers/users.py', includes: ['PUT /users/{user_id}'] }],
    },
    {
      name: 'deleting another user of the account needs more than account scoping',
      files: { 'src/api.js': "const Router = require('@koa/router');\nconst router = new Router({ prefix: '/api' });\nrouter.use(requireUser);\nrouter.delete('/users/:id', async (ctx) => {\n  await User.destroy({ where: { id: ctx.params.id, accountId: ctx.state.user.accountId } });\n  ctx.status = 204;\n});\n" },
      gaps: [{ messageId: 'missing', path: 'src/api.js', line: 4, includes: ['DELETE /api/users/:id', 'deletes User', 'requireUser'] }],
    },
    {
      name: 'Hono route behind a path-scoped JWT middleware only',
      files: { 'src/index.ts': "import { Hono } from 'hono';\nimport { jwt } from 'hono/jwt';\nconst app = new Hono();\napp.use('*', cors());\napp.use('/api/*', jwt({ secret }));\nconst monitors = new Hono();\nmonitors.delete('/:id', async (c) => {\n  await knex('monitors').where({ id: c.req.param('id') }).del();\n  return c.body(null, 204);\n});\napp.route('/api/monitors', monitors);\n" },
      gaps: [{ messageId: 'missing', path: 'src/index.ts', line: 7, includes: ['DELETE /api/monitors/:id', 'jwt'], excludes: ['*/api'] }],
    },
    {
      name: 'an error that is not a refusal is not a permission check',
      files: { 'app/members/actions.ts': "'use server';\nexport async function removeMember(projectId: string, userId: string) {\n  const session = await auth();\n  if (!userId) throw new Error('Only one member can be removed at a time');\n  await db.projectMember.delete({ where: { projectId_userId: { projectId, userId } } });\n}\n" },
      gaps: [{ messageId: 'missing', path: 'app/members/actions.ts', includes: ['server action removeMember'] }],
    },
    {
      name: 'a 401 error class (UnauthorizedError) is authentication, not permission',
      files: {
        'lib/session.ts': sessionHelper,
        'app/api/notes/[noteId]/route.ts': "import { loadCaller } from '@/lib/session';\nexport async function PATCH(req: Request, { params }) {\n  const ctx = await loadCaller();\n  await db.update(notes).set({ body: 'x' }).where(eq(notes.id, params.noteId));\n  return Response.json({ ok: true });\n}\n",
      },
      gaps: [{ messageId: 'missing', path: 'app/api/notes/[noteId]/route.ts', includes: ['PATCH /api/notes/[noteId]', 'UnauthorizedError'] }],
    },
    {
      name: 'NestJS UnauthorizedException thrown in the handler does not decide permission',
      files: {
        'src/projects.controller.ts': "import { Controller, Delete, Param, Req, UnauthorizedException } from '@nestjs/common';\n@Controller('projects')\nexport class ProjectsController {\n  @Delete(':id')\n  async remove(@Param('id') id: string, @Req() req) {\n    if (!req.user) throw new UnauthorizedException();\n    await this.prisma.project.delete({ where: { id } });\n  }\n}\n",
      },
      gaps: [{ messageId: 'missing', path: 'src/projects.controller.ts', includes: ['DELETE /projects/:id', 'UnauthorizedException'] }],
    },
    {
      name: 'NestJS service deletes through an injected Repository<User> named users (tenant scoping only)',
      files: {
        'src/app.module.ts': "import { Module } from '@nestjs/common';\nimport { APP_GUARD } from '@nestjs/core';\n@Module({ providers: [{ provide: APP_GUARD, useClass: JwtAuthGuard }] })\nexport class AppModule {}\n",
        'src/team.controller.ts': "import { Controller, Delete, Param } from '@nestjs/common';\nimport { TeamService } from './team.service';\n@Controller('team')\nexport class TeamController {\n  constructor(private readonly team: TeamService) {}\n  @Delete('members/:userId')\n  removeMember(@CurrentUser() user, @Param('userId') userId: string) {\n    return this.team.removeMember(user, userId);\n  }\n}\n",
        'src/team.service.ts': "import { Injectable } from '@nestjs/common';\nimport { InjectRepository } from '@nestjs/typeorm';\nimport { Repository } from 'typeorm';\n@Injectable()\nexport class TeamService {\n  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}\n  async removeMember(user, userId: string) {\n    await this.users.delete({ id: userId, tenantId: user.tenantId });\n  }\n}\n",
        'package.json': '{"name":"api"}\n',
      },
      gaps: [{ messageId: 'missing', path: 'src/team.controller.ts', includes: ['DELETE /team/members/:userId', 'deletes User', 'TeamService.removeMember'] }],
    },
    {
      name: 'a user token verified with the JWT secret is a session, not a shared secret',
      files: { 'app/api/tickets/[id]/route.ts': "import jwt from 'jsonwebtoken';\nexport async function DELETE(req: Request, { params }) {\n  const user = jwt.verify(req.headers.get('authorization'), process.env.JWT_SECRET);\n  await db.delete(tickets).where(eq(tickets.id, params.id));\n  return new Response(null, { status: 204 });\n}\n" },
      gaps: [{ messageId: 'missing', path: 'app/api/tickets/[id]/route.ts', includes: ['DELETE /api/tickets/[id]', 'jwt.verify'] }],
    },
    {
      name: 'credential reveal behind a procedure that only checks organization membership',
      files: { 'src/server/trpc.ts': orgTrpc, 'src/server/routers/integrations.ts': revealToken('orgProcedure') },
      gaps: [{ messageId: 'missing', path: 'src/server/routers/integrations.ts', line: 3, includes: ['mutation revealToken', 'reveals a secret (decryptToken)', 'member of the organization', 'only checks membership'] }],
    },
    {
      name: 'lookalike: an invitation create that writes a fresh token is not authorized by it (membership procedure only)',
      files: { 'src/server/trpc.ts': orgTrpc, 'src/server/root.ts': invitationRoot, 'src/server/routers/invitation.ts': invitations('orgProcedure') },
      gaps: [{ messageId: 'missing', path: 'src/server/routers/invitation.ts', line: 4, includes: ['mutation invitation.create', 'orgProcedure only checks membership'] }],
    },
    {
      name: 'a membership created with the role the client chooses, behind a membership procedure',
      files: { 'src/server/trpc.ts': orgTrpc, 'src/server/root.ts': teamRoot, 'src/server/routers/team.ts': teamRouter('input.role') },
      gaps: [{ messageId: 'missing', path: 'src/server/routers/team.ts', line: 3, includes: ['mutation team.addPerson', 'a grant of the role the client chooses (input.role written to memberships)'] }],
    },
    {
      name: 'role change after a membership check in the handler',
      files: { 'app/members/actions.ts': "'use server';\nexport async function changeRole(memberId: string, role: string) {\n  const session = await auth();\n  const orgId = await requireOrgMember(session);\n  await db.member.updateMany({ where: { id: memberId, orgId }, data: { role } });\n}\n" },
      gaps: [{ messageId: 'missing', path: 'app/members/actions.ts', includes: ['server action changeRole', 'requireOrgMember only checks membership'] }],
    },
    {
      name: 'Flask change to a sample loaded by a lab id the client sends',
      files: { 'app/labels.py': 'from flask import Blueprint, request\nfrom flask_login import current_user, login_required\nbp = Blueprint("labels", __name__)\n\n@bp.post("/samples/<int:sample_id>/printed")\n@login_required\ndef mark_printed(sample_id):\n    sample = Sample.query.filter_by(id=sample_id, lab_id=request.form["lab_id"]).first_or_404()\n    sample.printed = True\n    db.session.commit()\n' },
      gaps: [{ messageId: 'missing', path: 'app/labels.py', line: 5 }],
    },
    {
      name: 'Flask blueprint login hook: the guard is named by the hook, not by the abort it calls',
      files: {
        'app/__init__.py': 'from flask import Flask\nfrom .samples import samples_bp\napp = Flask(__name__)\napp.register_blueprint(samples_bp, url_prefix="/samples")\n',
        'app/samples.py': 'from flask import Blueprint, abort\nfrom flask_login import current_user\nsamples_bp = Blueprint("samples", __name__)\n\n@samples_bp.before_request\ndef require_login():\n    if not current_user.is_authenticated:\n        abort(401)\n\n@samples_bp.delete("/<int:sample_id>")\ndef delete_sample(sample_id):\n    db.session.delete(db.session.get(Sample, sample_id))\n    db.session.commit()\n    return "", 204\n',
      },
      gaps: [{ messageId: 'missing', path: 'app/samples.py', line: 10, includes: ['DELETE /samples/<int:sample_id>', 'require_login'], excludes: ['abort'] }],
    },
    {
      name: 'Koa: a comment hung under a ticket the handler created outside any organization',
      files: koaDesk("workRouter.post('/tickets', async (ctx) => {\n  ctx.body = await work.createTicket(ctx.request.body.organizationId, ctx.request.body);\n});\n", deskTicket),
      gaps: [{ messageId: 'missing', path: 'src/routes/work.ts', line: 4, includes: ['POST /api/work/tickets', 'creates Ticket', 'creates Comment'] }],
    },
    {
      name: "Koa: an export job created for the caller is attribution where the route exports everyone's tickets",
      files: koaDesk(deskExportRoute('/tickets/export'), deskExport('userId: user.id')),
      gaps: [{ messageId: 'missing', path: 'src/routes/work.ts', line: 4, includes: ['POST /api/work/tickets/export', 'creates DataExport', 'updates DataExport'] }],
    },
    {
      name: "Koa: an export at the caller's account that names the organization is not the caller's alone",
      files: koaDesk(deskExportRoute('/account/export'), deskExport('userId: user.id, organizationId: user.organizationId')),
      gaps: [{ messageId: 'missing', path: 'src/routes/work.ts', line: 4, includes: ['POST /api/work/account/export', 'creates DataExport'] }],
    },
  ],
};
export default cases;
