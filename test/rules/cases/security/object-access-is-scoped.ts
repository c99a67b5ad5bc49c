import type { RuleCases } from '../../rule-tester.js';
import { ATTACHMENT_VIEW, drfClinic, OWNER_VIEWSET } from '../../../helpers/drf-clinic.js';

const express = (route: string) => `import express from 'express';\nconst app = express();\n${route}`;

const flask = (body: string) => `from flask import Blueprint, g, request\nfrom flask_login import current_user, login_required\nbp = Blueprint("samples", __name__)\n\n${body}`;

/**
 * FastAPI: `load_room` loads the room within the caller's organization (`refusal` follows when it is not found), then the route
 * lists the room's members by the same `room_id`.
 */
const roomMembersList = (refusal: string, scope = ', DataRoom.org_id == user.org_id') => ({
  'app/deps.py': 'def get_current_user(token: str = Depends(oauth2)) -> User:\n    return load_user(token)\n',
  'app/permissions.py': `from fastapi import HTTPException\nfrom sqlmodel import Session, select\n\nfrom app.models import DataRoom, User\n\n\ndef load_room(session: Session, user: User, room_id: int):\n    room = session.exec(select(DataRoom).where(DataRoom.id == room_id${scope})).first()\n    if room is None:\n        ${refusal}\n    return room\n`,
  'app/routers/members.py': 'from fastapi import APIRouter, Depends\nfrom sqlmodel import Session, select\n\nfrom app.deps import get_current_user, get_session\nfrom app.models import RoomMembership, User\nfrom app.permissions import load_room\n\nrouter = APIRouter(prefix="/rooms/{room_id}/members")\n\n\n@router.get("")\ndef list_members(room_id: int, user: User = Depends(get_current_user), session: Session = Depends(get_session)):\n    load_room(session, user, room_id)\n    return session.exec(select(RoomMembership).where(RoomMembership.room_id == room_id)).all()\n',
});

/** Express with a role-permission middleware on a subject type: `can('read', 'Payment')`. */
const canMiddleware = (handler: string, extra: Record<string, string> = {}) => ({
  'src/middleware/can.ts': "export function can(action: string, resource: string) {\n  return (req, res, next) => {\n    if (!req.user || !allows(req.user.role, action, resource)) return res.status(403).json({ error: 'forbidden' });\n    next();\n  };\n}\n",
  'src/routes/payments.ts': `import { Router } from 'express';\nimport { can } from '../middleware/can.js';\nimport { requireAuth } from '../middleware/auth.js';\nexport const paymentsRouter = Router();\npaymentsRouter.use(requireAuth);\n${handler}`,
  ...extra,
});

/** NestJS with a CASL policies guard on the class and a type-level policy on the route. */
const caslTickets = (service: string) => ({
  'src/tickets/tickets.controller.ts':
    "import { Controller, Get, Param, UseGuards } from '@nestjs/common';\nimport { PoliciesGuard } from '../casl/policies.guard';\nimport { CheckPolicies } from '../casl/check-policies.decorator';\nimport { TicketsService } from './tickets.service';\n\n@Controller('tickets')\n@UseGuards(JwtAuthGuard, PoliciesGuard)\nexport class TicketsController {\n  constructor(private readonly tickets: TicketsService) {}\n\n  @Get(':id')\n  @CheckPolicies((ability) => ability.can(Action.Read, 'Ticket'))\n  findOne(@CurrentUser() user: AuthUser, @Param('id') id: string) {\n    return this.tickets.findOne(user, id);\n  }\n}\n",
  'src/tickets/tickets.service.ts': `import { Injectable, NotFoundException } from '@nestjs/common';\n\n@Injectable()\nexport class TicketsService {\n  constructor(private readonly prisma: PrismaService) {}\n\n${service}\n}\n`,
});

/** A Next.js server action that checks the caller's membership of the workspace `slug` names through a helper, then acts on a row. */
const workspaceAction = (action: string) => ({
  'lib/workspace.ts': "import { auth } from '@/auth';\nexport async function withWorkspace(slug: string) {\n  const session = await auth();\n  if (!session?.user?.id) throw new Error('Unauthorized');\n  const membership = await prisma.membership.findFirst({ where: { userId: session.user.id, workspace: { slug } }, include: { workspace: true } });\n  if (!membership) throw new WorkspaceAccessError('Not a member of this workspace');\n  return { user: session.user, workspace: membership.workspace };\n}\n",
  'app/w/[slug]/links/actions.ts': `'use server';\nimport { withWorkspace } from '@/lib/workspace';\n${action}`,
});
/** A generic TypeORM repository filtering by the workspace it is made for, built through a factory (`scoped(Invoice, workspaceId)`). */
const WORKSPACE_REPOSITORY = "import type { EntityTarget, Repository } from 'typeorm';\nimport { AppDataSource } from '../data-source';\nexport class WorkspaceRepository<T> {\n  protected readonly repo: Repository<T>;\n  constructor(entity: EntityTarget<T>, protected readonly workspaceId: string) {\n    this.repo = AppDataSource.getRepository(entity);\n  }\n  findById(id: string) {\n    return this.repo.findOneBy({ id, workspaceId: this.workspaceId } as never);\n  }\n}\nexport const scoped = <T>(entity: EntityTarget<T>, workspaceId: string) => new WorkspaceRepository<T>(entity, workspaceId);\n";
const scopedInvoices = (workspace: string) => ({
  'src/repositories/base.ts': WORKSPACE_REPOSITORY,
  'src/routes/invoices.ts': `import { Router } from 'express';\nimport { Invoice } from '../entities/Invoice';\nimport { scoped } from '../repositories/base';\nexport const invoicesRouter = Router();\ninvoicesRouter.use(requireAuth);\ninvoicesRouter.get('/:id', async (req, res) => {\n  res.json(await scoped(Invoice, ${workspace}).findById(req.params.id));\n});\n`,
});

/** An Express route loading an invoice by the request's id, then checking it (or not) against the caller. */
const postLoad = (check: string) => `import express from 'express';\nconst app = express();\napp.get('/invoices/:id', requireAuth, async (req, res) => {\n  const invoice = await prisma.invoice.findUnique({ where: { id: req.params.id } });\n${check}  res.json(invoice);\n});\n`;
/** A service made for the caller (\`new InvoiceService(req.user)\`) that loads by id and compares the organization after the load. */
const invoiceService = (check: string) => ({
  'src/routes/invoices.ts': "import { Router } from 'express';\nimport { InvoiceService } from '../services/InvoiceService';\nexport const invoices = Router();\ninvoices.use(requireAuth);\ninvoices.get('/:id', async (req, res) => {\n  res.json(await new InvoiceService(req.user!).get(req.params.id));\n});\n",
  'src/services/InvoiceService.ts': `import { Invoice } from '../models/Invoice';\nexport class InvoiceService {\n  constructor(private readonly user: AuthedUser) {}\n  async get(id: string) {\n    const invoice = await Invoice.findById(id);\n${check}    return invoice;\n  }\n}\n`,
});

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
/** A FastAPI router whose logs route loads the job through a module helper, then selects the logs by that row (`where` is the helper's filter). */
const syncLogs = (where: string) =>
  `from fastapi import APIRouter, Depends, HTTPException\nfrom sqlalchemy import select\n\nfrom .deps import get_current_user, get_db\nfrom .models import SyncJob, SyncRunLog\n\nrouter = APIRouter(prefix="/syncs")\n\n\ndef _load_job(db, user, job_id: str) -> SyncJob:\n    job = db.scalar(select(SyncJob).where(${where}))\n    if job is None:\n        raise HTTPException(404, "Sync not found")\n    return job\n\n\n@router.get("/{job_id}/logs")\ndef run_logs(job_id: str, user=Depends(get_current_user), db=Depends(get_db)):\n    job = _load_job(db, user, job_id)\n    return db.scalars(select(SyncRunLog).where(SyncRunLog.sync_job_id == job.id)).all()\n`;

/** A tRPC procedure that checks membership of the requested agency and puts the verified id into ctx. */
const agencyTrpc = (where: string) => ({
  'src/trpc.ts': "import { initTRPC, TRPCError } from '@trpc/server';\nconst t = initTRPC.context<Ctx>().create();\nexport const router = t.router;\nexport const protectedProcedure = t.procedure.use(isAuthed);\nexport const agencyProcedure = protectedProcedure.use(async ({ ctx, next }) => {\n  const membership = await prisma.membership.findUnique({ where: { agencyId_userId: { agencyId: ctx.requestedAgencyId, userId: ctx.user.id } } });\n  if (!membership) throw new TRPCError({ code: 'NOT_FOUND' });\n  return next({ ctx: { ...ctx, agencyId: membership.agencyId } });\n});\n",
  'src/routers/shifts.ts': `import { z } from 'zod';\nimport { router, agencyProcedure } from '../trpc';\nexport const shiftsRouter = router({\n  byId: agencyProcedure.input(z.object({ id: z.string(), agencyId: z.string() })).query(({ ctx, input }) => prisma.shift.findFirst({ where: { ${where} } })),\n});\n`,
});

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

/** Fastify: nested plugins authenticate and check membership of the URL's workspace; the route loads a document. */
const fastifyWorkspace = (where: string) => ({
  'src/app.ts': "import Fastify from 'fastify';\nimport documentRoutes from './routes/documents.js';\nimport { requireWorkspaceMember } from './plugins/workspace.js';\nconst app = Fastify();\nawait app.register(async (api) => {\n  api.addHook('onRequest', api.authenticate);\n  await api.register(async (ws) => {\n    ws.addHook('preHandler', requireWorkspaceMember);\n    await ws.register(documentRoutes, { prefix: '/documents' });\n  }, { prefix: '/workspaces/:workspaceId' });\n}, { prefix: '/api' });\n",
  'src/plugins/workspace.ts': "export async function requireWorkspaceMember(request, reply) {\n  const membership = await db('workspace_members').where({ workspace_id: request.params.workspaceId, user_id: request.user.id }).first('role');\n  if (!membership) return reply.code(404).send({ error: 'workspace_not_found' });\n  request.workspace = { id: request.params.workspaceId, role: membership.role };\n}\n",
  'src/routes/documents.ts': `import type { FastifyInstance } from 'fastify';\nexport default async function documentRoutes(app: FastifyInstance) {\n  app.get('/:documentId/download', async (request, reply) => {\n    const doc = await db('documents').where(${where}).first();\n    if (!doc) return reply.code(404).send({ error: 'not_found' });\n    return { url: await presignDownload(doc.storage_key) };\n  });\n}\n`,
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

/**
 * A Django DetailView behind a queryset mixin of the app's own in another module (`filter` is the argument of the
 * mixin's `super().get_queryset().filter(…)`), with `org_field` naming the column through the order's event.
 */
const scopedDetail = (filter: string) => ({
  'config/urls.py': 'from django.urls import path\n\nfrom orders import views\n\nurlpatterns = [\n    path("orders/<int:pk>", views.OrderDetailView.as_view()),\n]\n',
  'orgs/mixins.py': `class OrgScopedQuerysetMixin:\n    org_field = "organization"\n\n    def get_queryset(self):\n        return super().get_queryset().filter(${filter})\n`,
  'orders/views.py': 'from django.contrib.auth.mixins import LoginRequiredMixin\nfrom django.views.generic import DetailView\n\nfrom orders.models import Order\nfrom orgs.mixins import OrgScopedQuerysetMixin\n\n\nclass OrderDetailView(LoginRequiredMixin, OrgScopedQuerysetMixin, DetailView):\n    model = Order\n    org_field = "event__organization"\n',
});

/**
 * Express + Drizzle: campaigns under `/workspaces/:workspaceId`, behind `requireWorkspaceRole(<routerRole>)` ranking the
 * caller's membership of the URL's workspace; `routeGuard` is the GET route's own guard, `where` the campaign load's filter.
 */
const workspaceCampaigns = (routerRole: string, where: string, routeGuard = '') => ({
  'src/app.ts': "import express from 'express';\nimport { requireAuth, requireAdmin } from './auth';\nimport { campaignsRouter } from './campaigns';\nconst app = express();\napp.use('/workspaces/:workspaceId/campaigns', requireAuth, campaignsRouter);\n",
  'src/auth.ts':
    "import { eq } from 'drizzle-orm';\nimport { db, users } from './db';\nexport function requireAuth(req, res, next) { if (!req.user) return res.status(401).end(); next(); }\n" +
    "export async function requireAdmin(req, res, next) {\n  const user = await db.query.users.findFirst({ where: eq(users.id, req.user.id) });\n  if (user?.role !== 'admin') return res.status(403).end();\n  next();\n}\n",
  'src/requireWorkspaceRole.ts':
    "import { and, eq } from 'drizzle-orm';\nimport { db, memberships } from './db';\nconst rank: Record<string, number> = { member: 0, editor: 1, admin: 2, owner: 3 };\n" +
    'export function requireWorkspaceRole(minRole: string) {\n  return async (req, res, next) => {\n    const workspaceId = req.params.workspaceId;\n' +
    '    const membership = await db.query.memberships.findFirst({ where: and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, req.user.id)) });\n' +
    "    if (!membership) return res.status(404).json({ error: 'not_found' });\n    if (rank[membership.role] < rank[minRole]) return res.status(403).json({ error: 'forbidden' });\n    req.membership = membership;\n    next();\n  };\n}\n",
  'src/campaigns.ts':
    "import { Router } from 'express';\nimport { and, eq } from 'drizzle-orm';\nimport { campaigns, db } from './db';\nimport { requireAdmin } from './auth';\nimport { requireWorkspaceRole } from './requireWorkspaceRole';\n" +
    `export const campaignsRouter = Router({ mergeParams: true });\n${routerRole ? `campaignsRouter.use(requireWorkspaceRole('${routerRole}'));\n` : ''}` +
    `campaignsRouter.get('/:campaignId', ${routeGuard}async (req, res) => {\n  const campaign = await db.query.campaigns.findFirst({ where: ${where} });\n  res.json(campaign);\n});\n`,
});

/**
 * NestJS + Mongoose: `GET /offers/:id` and `GET /feedback/:id` behind a global JWT guard. OffersService's model field
 * `offers` is called with `findOne`, the name of FeedbackService's own method (which loads any feedback by id).
 */
const nestOffers = (offerQuery: string, feedbackRoute = false) => ({
  'src/app.module.ts': "import { Module } from '@nestjs/common';\nimport { APP_GUARD } from '@nestjs/core';\n@Module({ providers: [{ provide: APP_GUARD, useClass: JwtAuthGuard }] })\nexport class AppModule {}\n",
  'src/offers/offers.controller.ts': "import { Controller, Get, Param } from '@nestjs/common';\nimport { OffersService } from './offers.service';\n@Controller('offers')\nexport class OffersController {\n  constructor(private readonly offers: OffersService) {}\n  @Get(':id')\n  get(@CurrentUser() user: AuthUser, @Param('id') id: string) {\n    return this.offers.get(user, id);\n  }\n}\n",
  'src/offers/offers.service.ts': `import { Injectable } from '@nestjs/common';\nimport { InjectModel } from '@nestjs/mongoose';\nimport { Model } from 'mongoose';\nimport { Offer } from './offer.schema';\n@Injectable()\nexport class OffersService {\n  constructor(@InjectModel(Offer.name) private readonly offers: Model<Offer>) {}\n  async get(user: AuthUser, id: string) {\n    return ${offerQuery};\n  }\n}\n`,
  ...(feedbackRoute ? { 'src/feedback/feedback.controller.ts': "import { Controller, Get, Param } from '@nestjs/common';\nimport { FeedbackService } from './feedback.service';\n@Controller('feedback')\nexport class FeedbackController {\n  constructor(private readonly feedback: FeedbackService) {}\n  @Get(':id')\n  get(@Param('id') id: string) {\n    return this.feedback.findOne(id);\n  }\n}\n" } : {}),
  'src/feedback/feedback.service.ts': "import { Injectable } from '@nestjs/common';\nimport { InjectModel } from '@nestjs/mongoose';\nimport { Model } from 'mongoose';\nimport { InterviewFeedback } from './feedback.schema';\n@Injectable()\nexport class FeedbackService {\n  constructor(@InjectModel(InterviewFeedback.name) private readonly feedback: Model<InterviewFeedback>) {}\n  findOne(id: string) {\n    return this.feedback.findById(id).lean();\n  }\n}\n",
});

/** NestJS + Mongoose: `GET /candidates/:id` loads the candidate with a query modifier (`.lean()`), then `check` may compare it with the caller. */
const nestCandidate = (check: string, param = "@CurrentUser() user: AuthUser", caller = 'user') => ({
  'src/app.module.ts': "import { Module } from '@nestjs/common';\nimport { APP_GUARD } from '@nestjs/core';\n@Module({ providers: [{ provide: APP_GUARD, useClass: JwtAuthGuard }] })\nexport class AppModule {}\n",
  'src/candidates/candidates.controller.ts': `import { Controller, Get, Param, Query } from '@nestjs/common';\nimport { CandidatesService } from './candidates.service';\n@Controller('candidates')\nexport class CandidatesController {\n  constructor(private readonly candidates: CandidatesService) {}\n  @Get(':id')\n  get(${param}, @Param('id') id: string) {\n    return this.candidates.get(${caller}, id);\n  }\n}\n`,
  'src/candidates/candidates.service.ts': `import { Injectable, NotFoundException } from '@nestjs/common';\nimport { InjectModel } from '@nestjs/mongoose';\nimport { Model } from 'mongoose';\nimport { Candidate } from './candidate.schema';\n@Injectable()\nexport class CandidatesService {\n  constructor(@InjectModel(Candidate.name) private readonly candidates: Model<Candidate>) {}\n  async get(user: AuthUser, id: string) {\n    const candidate = await this.candidates.findById(id).lean();\n${check}    return candidate;\n  }\n}\n`,
});

/** NestJS: a controller under `CompanyScopeGuard`, which refuses unless the URL's `companyId` is the caller's company. */
const nestCompanyScope = (routes: string, guardCheck = 'request.params.companyId !== request.user.companyId') => ({
  'src/app.module.ts': "import { Module } from '@nestjs/common';\nimport { APP_GUARD } from '@nestjs/core';\n@Module({ providers: [{ provide: APP_GUARD, useClass: JwtAuthGuard }] })\nexport class AppModule {}\n",
  'src/common/company-scope.guard.ts': `import { CanActivate, ExecutionContext, ForbiddenException, Injectable } from '@nestjs/common';\n@Injectable()\nexport class CompanyScopeGuard implements CanActivate {\n  canActivate(context: ExecutionContext): boolean {\n    const request = context.switchToHttp().getRequest();\n    if (!request.user || ${guardCheck}) {\n      throw new ForbiddenException('Not a member of this company');\n    }\n    return true;\n  }\n}\n`,
  'src/companies/members.controller.ts': `import { Controller, Get, Param, UseGuards } from '@nestjs/common';\nimport { CompanyScopeGuard } from '../common/company-scope.guard';\nimport { MembersService } from './members.service';\n@Controller('companies/:companyId/members')\n@UseGuards(CompanyScopeGuard)\nexport class MembersController {\n  constructor(private readonly members: MembersService) {}\n${routes}}\n`,
  'src/companies/members.service.ts': "import { Injectable } from '@nestjs/common';\nimport { InjectModel } from '@nestjs/mongoose';\nimport { Model } from 'mongoose';\nimport { User } from '../users/user.schema';\n@Injectable()\nexport class MembersService {\n  constructor(@InjectModel(User.name) private readonly users: Model<User>) {}\n  list(companyId: string) {\n    return this.users.find({ companyId, status: 'active' }).lean();\n  }\n  one(userId: string) {\n    return this.users.findById(userId).lean();\n  }\n}\n",
});
const LIST_MEMBERS = "  @Get()\n  list(@Param('companyId') companyId: string) {\n    return this.members.list(companyId);\n  }\n";

/** Hono + Drizzle: `requireTeamMember` looks up the caller's membership of the URL's team; `where` is the route's filter, written inline. */
const honoTeamLinks = (where: string) => ({
  'src/index.ts': "import { Hono } from 'hono';\nimport { links } from './routes/links.js';\nimport { requireSession } from './middleware/session.js';\nconst app = new Hono();\napp.use('/api/*', requireSession);\napp.route('/api/teams/:teamId/links', links);\nexport default app;\n",
  'src/middleware/team.ts': "import { createMiddleware } from 'hono/factory';\nimport { HTTPException } from 'hono/http-exception';\nimport { and, eq } from 'drizzle-orm';\nasync function loadMembership(teamId: string, userId: string) {\n  const [membership] = await db.select().from(teamMembers).where(and(eq(teamMembers.teamId, teamId), eq(teamMembers.userId, userId))).limit(1);\n  return membership;\n}\nexport const requireTeamMember = createMiddleware(async (c, next) => {\n  const membership = await loadMembership(c.req.param('teamId')!, c.get('user').id);\n  if (!membership) throw new HTTPException(403, { message: 'Not a member of this team' });\n  c.set('membership', membership);\n  await next();\n});\n",
  'src/routes/links.ts': `import { Hono } from 'hono';\nimport { and, eq } from 'drizzle-orm';\nimport { requireTeamMember } from '../middleware/team.js';\nexport const links = new Hono();\nlinks.use('*', requireTeamMember);\nlinks.get('/:linkId', async (c) => {\n  const [link] = await db.select().from(linksTable).where(${where});\n  return link ? c.json(link) : c.notFound();\n});\n`,
});

/** TypeORM repositories behind accessors exported from one module (`export const userRepo = () => AppDataSource.getRepository(User)`), imported elsewhere. */
const TYPEORM_REPOSITORIES = "import { AppDataSource } from './data-source';\nimport { User } from '../entities/User';\nimport { PayrollRun } from '../entities/PayrollRun';\nimport { AuditLog } from '../entities/AuditLog';\nimport { PasswordResetToken } from '../entities/PasswordResetToken';\nimport { RefreshToken } from '../entities/RefreshToken';\nexport const userRepo = () => AppDataSource.getRepository(User);\nexport const payrollRunRepo = () => AppDataSource.getRepository(PayrollRun);\nexport const auditLogRepo = () => AppDataSource.getRepository(AuditLog);\nexport const passwordResetRepo = () => AppDataSource.getRepository(PasswordResetToken);\nexport const refreshTokenRepo = () => AppDataSource.getRepository(RefreshToken);\n";
/**
 * Express + TypeORM: the payroll router is mounted behind authentication and checks one router-level permission
 * (`guard`, e.g. casbin's `requirePermission('payroll', 'manage')`); `where` selects the run through `payrollRunRepo()`,
 * an accessor imported from db/repositories.
 */
const payrollRuns = (guard: string, where: string) => ({
  'src/app.ts': "import express from 'express';\nimport { authenticateJwt } from './auth';\nimport { payrollRouter } from './routes/payroll';\nconst app = express();\napp.use('/api/payroll-runs', authenticateJwt, payrollRouter);\n",
  'src/middleware/permissions.ts': "export function requirePermission(resource: string, action: string) {\n  return async (req, res, next) => {\n    const allowed = await (await getEnforcer()).enforce(req.user.role, resource, action);\n    if (!allowed) return res.status(403).json({ error: 'forbidden' });\n    return next();\n  };\n}\nexport function requireRole(...roles: string[]) {\n  return (req, res, next) => (roles.includes(req.user.role) ? next() : res.status(403).end());\n}\n",
  'src/db/repositories.ts': TYPEORM_REPOSITORIES,
  'src/routes/payroll.ts': `import { Router } from 'express';\nimport { payrollRunRepo } from '../db/repositories';\nimport { requirePermission, requireRole } from '../middleware/permissions';\nexport const payrollRouter = Router();\npayrollRouter.use(${guard});\npayrollRouter.get('/:id', async (req, res) => {\n  const run = await payrollRunRepo().findOne({ where: ${where} });\n  res.json(run);\n});\n`,
});

/**
 * A generic workspace-scoped repository (`class WorkspaceRepository<T>` filtering by `this.workspaceId`, the workspace it
 * was made for) behind a casbin-style permission on the kind; `made` is how the route makes one.
 */
const workspaceRepository = (made: string, extra: Record<string, string> = {}) => ({
  'src/repositories/base.ts': "import type { EntityTarget, Repository } from 'typeorm';\nimport { AppDataSource } from '../data-source';\nexport class WorkspaceRepository<T> {\n  protected readonly repo: Repository<T>;\n  constructor(entity: EntityTarget<T>, protected readonly workspaceId: string) {\n    this.repo = AppDataSource.getRepository(entity);\n  }\n  findById(id: string) {\n    return this.repo.findOneBy({ id, workspaceId: this.workspaceId });\n  }\n}\nexport const scoped = <T>(entity: EntityTarget<T>, workspaceId: string) => new WorkspaceRepository<T>(entity, workspaceId);\n",
  'src/routes/tasks.ts': `import { Router } from 'express';\nimport { WorkspaceRepository } from '../repositories/base';\nimport { TaskService } from '../services/tasks';\nimport { requirePermission } from '../middleware/permissions';\nexport const tasksRouter = Router();\ntasksRouter.use(requireAuth, requirePermission('task:write'));\ntasksRouter.get('/:taskId', async (req, res) => {\n  res.json(await ${made}.findById(req.params.taskId));\n});\n`,
  ...extra,
});

/**
 * Flask + flask-jwt-extended: `current_user_id()` returns `int(get_jwt_identity())`; GET /applications/<id> hands it to a service
 * that loads the application by id, then serves it when `check` holds and 404s otherwise.
 */
const jwtVisible = (check: string, then = '        return application\n    abort(404)\n') => ({
  'app/identity.py': 'from flask_jwt_extended import get_jwt_identity\n\n\ndef current_user_id() -> int:\n    return int(get_jwt_identity())\n',
  'app/blueprints/applications.py': 'from flask import Blueprint, jsonify\nfrom flask_jwt_extended import jwt_required\n\nfrom ..identity import current_user_id\nfrom ..services import applications as application_service\n\nbp = Blueprint("applications", __name__, url_prefix="/api/applications")\n\n\n@bp.get("/<int:application_id>")\n@jwt_required()\ndef get_application(application_id: int):\n    application = application_service.get_visible_application(current_user_id(), application_id)\n    return jsonify(id=application.id)\n',
  'app/services/applications.py': `from flask import abort, request\n\nfrom ..models import Application\n\n\ndef get_visible_application(user_id: int, application_id: int) -> Application:\n    application = Application.query.filter_by(id=application_id).first_or_404()\n    if ${check}:\n${then}`,
});
/** Flask: a decorator sets `g.org_id` from the caller's membership, refusing "Not a member of this organization"; the route reads a review. */
const flaskOrgReview = (filter: string) => ({
  'app/decorators.py': 'from functools import wraps\n\nfrom flask import abort, g\n\nfrom .identity import current_membership\n\n\ndef org_member_required(fn):\n    @wraps(fn)\n    def wrapper(*args, **kwargs):\n        membership = current_membership()\n        if membership is None:\n            abort(403, description="Not a member of this organization")\n        g.org_id = membership.org_id\n        return fn(*args, **kwargs)\n    return wrapper\n',
  'app/reviews.py': `from flask import Blueprint, g, jsonify, request\nfrom flask_jwt_extended import jwt_required\n\nfrom .decorators import org_member_required\nfrom .models import Review\n\nbp = Blueprint("reviews", __name__, url_prefix="/api/reviews")\n\n\n@bp.get("/<int:review_id>")\n@jwt_required()\n@org_member_required\ndef get_review(review_id: int):\n    review = Review.query.filter_by(${filter}).first_or_404()\n    return jsonify(id=review.id)\n`,
});

/** Django function views: an applicant page looking a grant up by its slug within a queryset a services helper returns. */
const grantPortal = (query: string, services = 'def open_grants():\n    return Grant.objects.filter(status=Grant.Status.OPEN)\n') => ({
  'grants/urls.py': "from django.urls import path\nfrom . import views\n\nurlpatterns = [path('apply/<slug:slug>', views.start_application)]\n",
  'grants/services.py': `from .models import Grant\n\n\n${services}`,
  'grants/views.py': `from django.contrib.auth.decorators import login_required\nfrom django.shortcuts import get_object_or_404, render\n\nfrom . import services\nfrom .models import Document, Grant\n\n\n@login_required\ndef start_application(request, slug):\n    grant = ${query}\n    return render(request, "grants/apply.html", {"grant": grant})\n`,
});

/** Express with passport: `app.use(passport.session())` restores a session when there is one; the route's own guard decides. */
const passportApp = (guard: string) =>
  `const express = require('express');\nconst passport = require('passport');\nconst session = require('express-session');\nconst app = express();\napp.use(session({ secret: process.env.SESSION_SECRET }));\napp.use(passport.initialize());\napp.use(passport.session());\napp.get('/clinics/:clinicId', ${guard}async (req, res) => {\n  res.json(await Clinic.findByPk(req.params.clinicId));\n});\n`;

/** A Next.js pages-router wiki: `withAuth` signs in, `requireWorkspaceMember` (called by the handler) loads the caller's own membership of the URL's workspace. */
const wikiAuth = "import { getServerSession } from 'next-auth';\nexport function withAuth(handler) {\n  return async (req, res) => {\n    const session = await getServerSession(req, res, authOptions);\n    if (!session?.user) return res.status(401).json({ error: 'unauthorized' });\n    req.session = session;\n    return handler(req, res);\n  };\n}\n";
const wikiMembership = "import { prisma } from './prisma';\nexport async function requireWorkspaceMember(userId: string, workspaceId: string) {\n  const membership = await prisma.membership.findUnique({ where: { workspaceId_userId: { workspaceId, userId } } });\n  if (!membership) throw new HttpError(404, 'Not a member of this workspace');\n  return membership;\n}\nexport function roleAtLeast(role: string, required: string) {\n  return RANK[role] >= RANK[required];\n}\n";
const wikiRoute = (body: string) =>
  `import { withAuth } from '../../../../lib/withAuth';\nimport { requireWorkspaceMember, roleAtLeast } from '../../../../lib/membership';\nimport { prisma } from '../../../../lib/prisma';\nexport default withAuth(async (req, res) => {\n  const workspaceId = req.query.workspaceId as string;\n  const me = await requireWorkspaceMember(req.session.user.id, workspaceId);\n${body}\n});\n`;
const wiki = (route: string, body: string) => ({ 'lib/withAuth.ts': wikiAuth, 'lib/membership.ts': wikiMembership, 'lib/prisma.ts': "export const prisma = new PrismaClient();\n", [`pages/api/workspaces/[workspaceId]/${route}`]: wikiRoute(body) });

const cases: RuleCases = {
  valid: [
    {
      name: 'Next.js: a page loaded by its id AND the workspace whose membership the handler just checked',
      files: wiki('pages/[pageId].ts', "  const pageId = req.query.pageId as string;\n  if (req.method === 'GET') {\n    const page = await prisma.page.findFirst({ where: { id: pageId, workspaceId } });\n    if (!page) return res.status(404).end();\n    return res.json(page);\n  }\n  return res.status(405).end();"),
    },
    {
      name: 'Next.js: a workspace key loaded by its id AND the checked workspace is scoped (revealing it is an authorization question, not this rule\'s)',
      files: wiki('api-keys/[keyId]/reveal.ts', "  const key = await prisma.apiKey.findFirst({ where: { id: req.query.keyId as string, workspaceId } });\n  if (!key) return res.status(404).end();\n  return res.json({ key: decryptSecret(key.encryptedKey) });"),
    },
    {
      name: 'a row looked up by its slug on a route under a public path segment (GET /public/clinics/:slug) is public by design',
      files: { 'src/app.js': "const express = require('express');\nconst app = express();\napp.get('/public/clinics/:slug', requireAuth, async (req, res) => {\n  res.json(await Clinic.findOne({ where: { slug: req.params.slug } }));\n});\n" },
    },
    {
      name: 'a grant looked up by its public slug within the open grants a services helper returns (get_object_or_404(services.open_grants(), slug=slug))',
      files: grantPortal('get_object_or_404(services.open_grants(), slug=slug)'),
    },
    {
      name: 'a lookup by slug limited to published rows in the query itself (is_public=True)',
      files: grantPortal('get_object_or_404(Grant, slug=slug, is_public=True)'),
    },
    {
      name: 'global passport.session() authenticates nobody: a route with no guard of its own is no signed-in route',
      files: { 'src/app.js': passportApp('') },
    },
    {
      name: "FastAPI: the members of a room read by room_id after a helper loaded that room within the caller's organization and refused (404) when it was not there",
      files: roomMembersList('raise HTTPException(404, "Room not found")'),
    },
    {
      name: "server action: the row is picked by its id and the workspace the membership helper returned (workspaceId: workspace.id)",
      files: workspaceAction("export async function renameLink(slug: string, linkId: string, label: string) {\n  const { workspace } = await withWorkspace(slug);\n  await prisma.shareLink.updateMany({ where: { id: linkId, workspaceId: workspace.id }, data: { label } });\n}\n"),
    },
    {
      name: "server action: the row is loaded within the checked workspace first, then changed by the loaded row's id",
      files: workspaceAction("export async function revokeShareLink(slug: string, linkId: string) {\n  const { workspace } = await withWorkspace(slug);\n  const existing = await prisma.shareLink.findFirst({ where: { id: linkId, meeting: { workspaceId: workspace.id } } });\n  if (!existing) throw new Error('Share link not found');\n  await prisma.shareLink.update({ where: { id: existing.id }, data: { revokedAt: new Date() } });\n}\n"),
    },
    {
      name: "TypeORM: a generic workspace repository made through a factory for the caller's workspace (scoped(Invoice, req.user.workspaceId).findById)",
      files: scopedInvoices('req.user.workspaceId'),
    },
    {
      name: "DRF APIView behind a membership permission class loading the attachment within the caller's practice",
      files: drfClinic(ATTACHMENT_VIEW('get_object_or_404(Attachment, pk=pk, record__patient__practice=request.user.practice)'), '', '    path("api/attachments/<int:pk>/file", views.AttachmentFileView.as_view()),\n'),
    },
    {
      name: "DRF viewset retrieve behind a membership permission class whose has_object_permission compares the row's practice with the caller's",
      files: drfClinic(OWNER_VIEWSET, 'router.register(r"owners", views.OwnerViewSet)'),
    },
    {
      name: "Flask: a service serving the application only when application.applicant_id == user_id (its parameter, handed current_user_id()), 404 otherwise",
      files: jwtVisible('application.applicant_id == user_id'),
    },
    {
      name: 'Flask: a review filtered by g.org_id, which a membership decorator set from the caller',
      files: flaskOrgReview('id=review_id, org_id=g.org_id'),
    },
    {
      name: "a generic repository filtering by the workspace it was made for (this.workspaceId), made with the caller's workspace, under a permission on the kind",
      files: workspaceRepository('new WorkspaceRepository(Task, req.user.workspaceId)'),
    },
    {
      name: "a generic repository filtering by the workspace it was made for (this.workspaceId), held by a service made for the caller and built by a factory (this.tasks = scoped(Task, user.workspaceId)), which the analysis does not follow",
      files: workspaceRepository('new TaskService(req.user)', {
        'src/services/tasks.ts': "import { scoped } from '../repositories/base';\nexport class TaskService {\n  private readonly tasks;\n  constructor(private readonly user: AuthUser) {\n    this.tasks = scoped(Task, user.workspaceId);\n  }\n  findById(id: string) {\n    return this.tasks.findById(id);\n  }\n}\n",
      }),
    },
    {
      name: "TypeORM: a run loaded through an imported accessor by id and the caller's organization, under requirePermission('payroll', 'manage')",
      files: payrollRuns("requirePermission('payroll', 'manage')", '{ id: req.params.id, organizationId: req.user.organizationId }'),
    },
    {
      name: "lookalike: a role guard (requireRole('payroll_admin')) grants its holders every run on purpose: loading by id alone is not reported",
      files: payrollRuns("requireRole('payroll_admin')", '{ id: req.params.id }'),
    },
    {
      name: "Hono: requireTeamMember checks the URL's team and the link is filtered by that team read inline with a non-null assertion (c.req.param('teamId')!)",
      files: honoTeamLinks("and(eq(linksTable.id, c.req.param('linkId')), eq(linksTable.teamId, c.req.param('teamId')!))"),
    },
    {
      name: "Hono: the URL's team read inline with a cast (c.req.param('teamId') as string) still limits the link to the checked team",
      files: honoTeamLinks("and(eq(linksTable.id, c.req.param('linkId')), eq(linksTable.teamId, c.req.param('teamId') as string))"),
    },
    {
      name: 'NestJS + Mongoose: the offer is loaded within the caller company through the injected model, whose findOne is not FeedbackService.findOne',
      files: nestOffers('this.offers.findOne({ _id: id, companyId: user.companyId }).lean()'),
    },
    {
      name: 'NestJS + Mongoose: the candidate loaded with findById(id).lean() is compared with the @CurrentUser() company after the load',
      files: nestCandidate('    if (!candidate || String(candidate.companyId) !== user.companyId) throw new NotFoundException();\n'),
    },
    {
      name: "NestJS + Mongoose: the @CurrentUser() param is called caller; inside the service it is the parameter user whose company is compared",
      files: nestCandidate('    if (!candidate || String(candidate.companyId) !== user.companyId) throw new NotFoundException();\n', '@CurrentUser() caller: AuthUser', 'caller'),
    },
    {
      name: 'NestJS: a company member list keyed by the URL companyId that CompanyScopeGuard compares with the caller company',
      files: nestCompanyScope(LIST_MEMBERS),
    },
    {
      name: "behind requireWorkspaceRole('member') of the URL's workspace, the campaign is loaded within that workspace",
      files: workspaceCampaigns('member', 'and(eq(campaigns.id, req.params.campaignId), eq(campaigns.workspaceId, req.membership.workspaceId))'),
    },
    {
      name: "behind requireWorkspaceRole('editor'), the campaign is loaded within the URL's workspace",
      files: workspaceCampaigns('editor', 'and(eq(campaigns.id, req.params.campaignId), eq(campaigns.workspaceId, req.params.workspaceId))'),
    },
    {
      name: 'a global role guard (requireAdmin reads the caller\'s own user row) grants its holders every campaign on purpose',
      files: workspaceCampaigns('', 'eq(campaigns.id, req.params.campaignId)', 'requireAdmin, '),
    },
    {
      name: 'Django: a DetailView narrowed by a queryset mixin of another module that filters by the caller\'s organization through a class attribute (**{self.org_field: …})',
      files: scopedDetail('**{self.org_field: self.request.organization}'),
    },
    {
      name: 'Flask raw SQL: a lookup by the URL id joined to the caller\'s memberships (user_id = g.user["id"]) through a fetch_one helper',
      files: flaskRawSql('@bp.get("/submissions/<int:submission_id>")\ndef get_submission(submission_id):\n    row = fetch_one(\n        """\n        SELECT s.id, s.answers FROM submissions s\n        JOIN forms f ON f.id = s.form_id\n        JOIN memberships m ON m.workspace_id = f.workspace_id AND m.user_id = :user_id\n        WHERE s.id = :id\n        """,\n        id=submission_id,\n        user_id=g.user["id"],\n    )\n    return jsonify(row)\n'),
    },
    {
      name: 'Flask: a workspace\'s member list read behind @workspace_member_required',
      files: flaskRawSql('@bp.get("/workspaces/<int:ws_id>/members")\n@workspace_member_required\ndef members(ws_id):\n    return jsonify(fetch_all("SELECT user_id, role FROM memberships WHERE workspace_id = :ws_id", ws_id=ws_id))\n'),
    },
    {
      name: 'Fastify: the document is loaded within the workspace whose membership the plugin checked',
      files: fastifyWorkspace('{ id: request.params.documentId, workspace_id: request.workspace.id }'),
    },
    {
      name: 'lookalike: the row loaded by the same request value the membership check looked up (the workspace itself) is that workspace',
      files: { ...fastifyWorkspace(''), 'src/routes/documents.ts': "import type { FastifyInstance } from 'fastify';\nexport default async function documentRoutes(app: FastifyInstance) {\n  app.get('/summary', async (request) => db('workspaces').where({ id: request.params.workspaceId }).first());\n}\n" },
    },
    {
      name: "CommonJS: the permission check is handed the loaded payment (policy.authorize(req.membership, 'payments:read', payment))",
      files: cjsApp("router.use('/payments', require('./payments'));", { payments: "router.use(authenticate, loadMembership);\nrouter.get('/:id', asyncHandler(ctrl.show));" }, { payments: "exports.show = async (req, res) => {\n  const payment = await Payment.findOne({ where: { id: req.params.id } });\n  policy.authorize(req.membership, 'payments:read', payment);\n  res.json(payment);\n};\n" }),
    },
    {
      name: "a permission on the kind, and the payment loaded within the caller's organization",
      files: cjsApp("router.use('/payments', require('./payments'));", { payments: "router.use(authenticate, loadMembership);\nrouter.get('/:id', asyncHandler(ctrl.show));" }, { payments: "exports.show = async (req, res) => {\n  policy.authorize(req.membership, 'payments:read');\n  const payment = await Payment.findOne({ where: { id: req.params.id, organizationId: req.organizationId } });\n  res.json(payment);\n};\n" }),
    },
    {
      name: 'a row read again by the id a change just limited to the caller (update where { id, organizationId }, then findByPk(id))',
      files: cjsApp("router.use('/customers', require('./customers'));", { customers: "router.use(authenticate, loadMembership);\nrouter.put('/:id', asyncHandler(ctrl.update));" }, { customers: "exports.update = async (req, res) => {\n  policy.authorize(req.membership, 'customers:write');\n  const [count] = await Customer.update({ name: req.body.name }, { where: { id: req.params.id, organizationId: req.organizationId } });\n  if (count === 0) throw new HttpError(404, 'Customer not found');\n  res.json(await Customer.findByPk(req.params.id));\n};\n" }),
    },
    {
      name: "CommonJS: behind a membership middleware, the invoice is loaded within the caller's organization",
      files: cjsApp("router.use('/invoices', require('./invoices'));", { invoices: "router.use(authenticate, loadMembership);\nrouter.get('/:id/pdf', asyncHandler(ctrl.pdf));" }, { invoices: "exports.pdf = async (req, res) => {\n  const invoice = await Invoice.findOne({ where: { id: req.params.id, organizationId: req.organizationId } });\n  res.json(invoice);\n};\n" }),
    },
    {
      name: 'tRPC: a query filtered by the agency id the membership procedure put into ctx (ctx.agencyId) is the caller\'s agency',
      files: agencyTrpc('id: input.id, agencyId: ctx.agencyId'),
    },
    {
      name: 'router.use(requireAuth, attachAbility): a read limited to the caller organization',
      files: caslApp("router.get('/:id', async (req, res) => {\n  res.json(await prisma.warehouse.findFirst({ where: { id: req.params.id, organizationId: req.user.organizationId } }));\n});\n"),
    },
    {
      name: "a row loaded by the request's id, then its organization compared with the caller's (a 404 otherwise)",
      files: { 'src/app.ts': postLoad("  if (!invoice || invoice.orgId !== req.user.orgId) return res.status(404).end();\n") },
    },
    {
      name: 'a service made for the caller compares the loaded row with its own user (String(invoice.orgId) !== this.user.orgId)',
      files: invoiceService("    if (!invoice || String(invoice.orgId) !== this.user.orgId) throw new NotFoundError();\n"),
    },
    {
      name: "Mongoose ObjectId: the loaded row's owner checked with .equals(req.user._id)",
      files: { 'src/app.ts': postLoad("  if (!invoice?.ownerId.equals(req.user._id)) return res.sendStatus(404);\n") },
    },
    {
      name: 'Fastify: ids and the caller read through TypeScript casts, the query scoped to the caller\'s organization',
      files: { 'src/app.ts': "import Fastify from 'fastify';\nconst app = Fastify();\napp.get('/files/:id', { preHandler: [app.authenticate] }, async (request) => {\n  return prisma.file.findFirst({ where: { id: (request.params as { id: string }).id, orgId: (request.user as AuthUser).orgId } });\n});\n" },
    },
    {
      name: 'Django: a filter value two attributes deep into the caller (request.user.membership.studio) is caller scoping',
      files: {
        'app/urls.py': "from django.urls import path\nfrom . import views\n\nurlpatterns = [\n    path('invoices/<int:invoice_id>/pdf', views.invoice_pdf),\n    path('recordings/<int:pk>', views.RecordingDetail.as_view()),\n]\n",
        'app/views.py': "from django.shortcuts import get_object_or_404\nfrom rest_framework.decorators import api_view, permission_classes\nfrom rest_framework.permissions import IsAuthenticated\nfrom rest_framework.response import Response\nfrom rest_framework.views import APIView\n\n@api_view(['GET'])\n@permission_classes([IsAuthenticated])\ndef invoice_pdf(request, invoice_id):\n    invoice = get_object_or_404(Invoice, pk=invoice_id, studio=request.user.membership.studio)\n    return Response({'url': invoice.pdf_url})\n\n\nclass RecordingDetail(APIView):\n    permission_classes = [IsAuthenticated]\n\n    def get_object(self, pk):\n        return get_object_or_404(Recording, pk=pk, lesson__studio=self.request.user.membership.studio)\n\n    def get(self, request, pk):\n        return Response({'id': self.get_object(pk).id})\n",
      },
    },
    {
      name: 'the caller kept in a local and passed into a helper that scopes by caller.companyId',
      files: {
        'src/shifts.ts': "import type { FastifyInstance } from 'fastify';\nimport { loadShift } from './shifts.service';\nexport default async function shiftRoutes(fastify: FastifyInstance) {\n  fastify.get('/shifts/:id', { preHandler: [fastify.authenticate] }, async (request) => {\n    const caller = request.user!;\n    return loadShift(caller, request.params.id);\n  });\n}\n",
        'src/shifts.service.ts': "export async function loadShift(caller: Caller, shiftId: string) {\n  return Shift.findOne({ where: { id: shiftId, companyId: caller.companyId } });\n}\n",
      },
    },
    {
      name: 'a companyId service parameter fed by the caller company is tenant scoping',
      files: { 'src/shifts.ts': "import type { FastifyInstance } from 'fastify';\nimport { getShift } from './shifts.service';\nexport default async function shiftRoutes(fastify: FastifyInstance) {\n  fastify.get('/shifts/:id', { preHandler: [fastify.authenticate] }, async (request) => getShift(request.user!.companyId, request.params.id));\n}\n", 'src/shifts.service.ts': "export async function getShift(companyId: string, id: string) {\n  return Shift.findOne({ where: { id, companyId } });\n}\n" },
    },
    {
      name: 'read scoped to the caller organization',
      files: { 'src/app.ts': express("app.get('/documents/:id', requireAuth, async (req, res) => {\n  res.json(await prisma.document.findFirst({ where: { id: req.params.id, organizationId: req.user.organizationId } }));\n});\n") },
    },
    {
      name: 'read through a helper that checks project access',
      files: {
        'src/app.ts': express("import { getDocument } from './documents';\napp.get('/documents/:id', requireAuth, async (req, res) => {\n  res.json(await getDocument(req.user, req.params.id));\n});\n"),
        'src/documents.ts': 'export async function getDocument(user, id) {\n  const document = await prisma.document.findUnique({ where: { id } });\n  await assertProjectRole(user, document.projectId, \'viewer\');\n  return document;\n}\n',
      },
    },
    {
      name: 'lookup by a secret token is not an object reference',
      files: { 'src/app.ts': express("app.get('/invites/:token', requireAuth, async (req, res) => {\n  res.json(await prisma.invite.findFirst({ where: { tokenHash: hashToken(req.params.token) } }));\n});\n") },
    },
    {
      name: 'unauthenticated public content is not judged',
      files: { 'src/app.ts': express("app.get('/posts/:id', async (req, res) => {\n  res.json(await prisma.post.findUnique({ where: { id: req.params.id } }));\n});\n") },
    },
    {
      name: 'an unscoped delete by id is an authorization gap, not a second gap here',
      files: { 'src/app.ts': express("app.delete('/documents/:id', requireAuth, async (req, res) => {\n  await prisma.document.delete({ where: { id: req.params.id } });\n  res.sendStatus(204);\n});\n") },
    },
    {
      name: 'own profile read by the session user id',
      files: { 'src/app.ts': express("app.get('/me', requireAuth, async (req, res) => {\n  res.json(await prisma.user.findUnique({ where: { id: req.user.id } }));\n});\n") },
    },
    {
      name: 'the authentication helper session lookup is not the route object access',
      files: {
        'app/api/profile/route.ts': "import { getSession } from '@/lib/session';\nexport async function GET() {\n  const session = await getSession();\n  return Response.json(await db.profile.findFirst({ where: { userId: session.user.id } }));\n}\n",
        'lib/session.ts': "export async function getSession() {\n  const token = cookies().get('sid')?.value;\n  return db.session.findUnique({ where: { id: token } });\n}\n",
      },
    },
    {
      name: 'Hono route scoped by the JWT payload in the context',
      files: { 'src/index.ts': "import { Hono } from 'hono';\nimport { jwt } from 'hono/jwt';\nconst app = new Hono();\napp.use('/api/*', jwt({ secret }));\napp.get('/api/monitors/:id', async (c) => c.json(await knex('monitors').where({ id: c.req.param('id'), team_id: c.get('jwtPayload').teamId }).first()));\n" },
    },
    {
      name: 'Flask query filtered by an attribute of the caller, whatever the column is called',
      files: { 'app/samples.py': flask('@bp.get("/samples/<int:sample_id>")\n@login_required\ndef get_sample(sample_id):\n    return Sample.query.filter_by(id=sample_id, lab_id=current_user.lab_id).first_or_404()\n') },
    },
    {
      name: 'Flask helper handed current_user filters by the user lab',
      files: {
        'app/samples.py': flask('from .services import get_lab_sample\n\n@bp.get("/samples/<int:sample_id>")\n@login_required\ndef get_sample(sample_id):\n    return get_lab_sample(current_user, sample_id).barcode\n'),
        'app/services.py': 'def get_lab_sample(user, sample_id):\n    return Sample.query.filter_by(id=sample_id, lab_id=user.lab_id).first()\n',
      },
    },
    {
      name: "FastAPI: the logs are selected by a job the module's helper loaded limited to the caller (owner_id == user.id)",
      files: { 'app/syncs.py': syncLogs('SyncJob.id == job_id, SyncJob.owner_id == user.id') },
    },
    {
      name: 'SQLAlchemy where on a local read from g.user',
      files: { 'app/samples.py': flask('@bp.get("/samples/<int:sample_id>")\n@login_required\ndef get_sample(sample_id):\n    clinic = g.user.clinic_id\n    return db.session.execute(select(Sample).where(Sample.id == sample_id, Sample.clinic_id == clinic)).scalar_one()\n') },
    },
    {
      name: 'a type-level permission middleware on a query scoped to the caller organization',
      files: canMiddleware("paymentsRouter.get('/:paymentId', can('read', 'Payment'), async (req, res) => {\n  res.json(await Payment.findOne({ _id: req.params.paymentId, orgId: req.user.orgId }));\n});\n"),
    },
    {
      name: 'lookalike: a type-level middleware, then a check in the handler on the loaded object',
      files: canMiddleware("paymentsRouter.get('/:paymentId', can('read', 'Payment'), async (req, res) => {\n  const payment = await Payment.findById(req.params.paymentId);\n  assertSameOrg(req.user, payment);\n  res.json(payment);\n});\n", {
        'src/lib/access.ts': "export function assertSameOrg(user, record) {\n  if (!record || String(record.orgId) !== user.orgId) throw new ForbiddenError('not your organization');\n}\n",
      }),
    },
    {
      name: 'lookalike: a role guard (an administrator) grants every object on purpose',
      files: { 'src/admin.ts': express("app.get('/admin/teams/:id', requireAuth, requireAdmin, async (req, res) => {\n  res.json(await db('teams').where({ id: req.params.id }).first());\n});\n") },
    },
    {
      name: 'lookalike: a policies guard whose policy is checked on the loaded ticket in the service',
      files: caslTickets("  async findOne(user: AuthUser, id: string) {\n    const ticket = await this.prisma.ticket.findUnique({ where: { id } });\n    if (!ticket) throw new NotFoundException();\n    this.abilities.createForUser(user).can(Action.Read, ticket) || this.deny();\n    return ticket;\n  }"),
    },
  ],
  invalid: [
    {
      name: 'Next.js: a page loaded by pageId alone after a membership check (by a helper the handler calls) of the workspace the URL names',
      files: wiki('pages/[pageId].ts', "  const pageId = req.query.pageId as string;\n  if (req.method === 'GET') {\n    const page = await prisma.page.findFirst({ where: { id: pageId } });\n    if (!page) return res.status(404).end();\n    return res.json(page);\n  }\n  return res.status(405).end();"),
      gaps: [{ messageId: 'pastMembership', path: 'pages/api/workspaces/[workspaceId]/pages/[pageId].ts', includes: ['requireWorkspaceMember', 'pageId'] }],
    },
    {
      name: 'lookalike: a slug lookup on a route under no public segment (GET /documents/:slug) is an object like any other',
      files: { 'src/app.js': "const express = require('express');\nconst app = express();\napp.get('/documents/:slug', requireAuth, async (req, res) => {\n  res.json(await Document.findOne({ where: { slug: req.params.slug } }));\n});\n" },
      gaps: [{ messageId: 'unscoped', path: 'src/app.js', includes: ['GET /documents/:slug', 'loads Document'] }],
    },
    {
      name: 'lookalike: a private document looked up by slug alone: a slug is no proof that the row is public',
      files: grantPortal('get_object_or_404(Document, slug=slug)'),
      gaps: [{ messageId: 'unscoped', path: 'grants/views.py', includes: ['apply/<slug:slug>', 'loads Document'] }],
    },
    {
      name: 'lookalike: a published filter on a lookup by id: the slug rule is for public slugs, not ids',
      files: { ...grantPortal('get_object_or_404(Grant, pk=slug, is_public=True)'), 'grants/urls.py': "from django.urls import path\nfrom . import views\n\nurlpatterns = [path('apply/<int:pk>', views.start_application)]\n", 'grants/views.py': 'from django.contrib.auth.decorators import login_required\nfrom django.shortcuts import get_object_or_404, render\n\nfrom .models import Grant\n\n\n@login_required\ndef start_application(request, pk):\n    grant = get_object_or_404(Grant, pk=pk, is_public=True)\n    return render(request, "grants/apply.html", {"grant": grant})\n' },
      gaps: [{ messageId: 'unscoped', path: 'grants/views.py', includes: ['apply/<int:pk>', 'loads Grant'] }],
    },
    {
      name: 'lookalike: a slug within a helper queryset that publishes nothing (drafts only) is still an object',
      files: grantPortal('get_object_or_404(services.draft_grants(), slug=slug)', 'def draft_grants():\n    return Grant.objects.filter(status=Grant.Status.DRAFT)\n'),
      gaps: [{ messageId: 'unscoped', path: 'grants/views.py', includes: ['apply/<slug:slug>'] }],
    },
    {
      name: 'passport.session() is no guard, but the route\'s own ensureAuthenticated is: a clinic by id is then an object',
      files: { 'src/app.js': passportApp('ensureAuthenticated, ') },
      gaps: [{ messageId: 'unscoped', path: 'src/app.js', includes: ['GET /clinics/:clinicId', 'loads Clinic', 'ensureAuthenticated'] }],
    },
    {
      name: "lookalike: the helper loads the room within the caller's organization but lets a missing room through: the members of any room are read",
      files: roomMembersList('return None'),
      gaps: [{ messageId: 'unscoped', path: 'app/routers/members.py', line: 11, includes: ['GET /rooms/{room_id}/members', 'RoomMembership'] }],
    },
    {
      name: "lookalike: the helper refuses a missing room but loads it by room_id alone, any organization's: the members of any room are read",
      files: roomMembersList('raise HTTPException(404, "Room not found")', ''),
      gaps: [{ messageId: 'unscoped', path: 'app/routers/members.py', line: 11, includes: ['GET /rooms/{room_id}/members'] }],
    },
    {
      name: "server action: membership of the workspace slug names is checked, but the share link is changed by its id alone",
      files: workspaceAction("export async function revokeShareLink(slug: string, linkId: string) {\n  const { workspace, user } = await withWorkspace(slug);\n  const link = await prisma.shareLink.update({ where: { id: linkId }, data: { revokedAt: new Date() } });\n  await recordAudit({ workspaceId: workspace.id, actorId: user.id, targetId: link.id });\n}\n"),
      gaps: [{ messageId: 'pastMembership', path: 'app/w/[slug]/links/actions.ts', includes: ['server action revokeShareLink', 'linkId'] }],
    },
    {
      name: "TypeORM: a generic workspace repository made through a factory for a workspace the request names (scoped(Invoice, req.query.workspaceId))",
      files: scopedInvoices('req.query.workspaceId'),
      gaps: [{ messageId: 'unscoped', path: 'src/routes/invoices.ts', includes: ['GET /:id', 'Invoice'] }],
    },
    {
      name: 'lookalike: a DRF APIView loading get_object_or_404(Attachment, pk=pk): DRF never runs has_object_permission there, so any practice\'s attachment is served',
      files: drfClinic(ATTACHMENT_VIEW('get_object_or_404(Attachment, pk=pk)'), '', '    path("api/attachments/<int:pk>/file", views.AttachmentFileView.as_view()),\n'),
      gaps: [{ messageId: 'membershipOnly', path: 'clinic/views.py', includes: ['GET /api/attachments/<int:pk>/file', 'Attachment'] }],
    },
    {
      name: 'lookalike: the opposite test (if application.applicant_id == user_id: abort(409), "you cannot review your own") refuses the caller\'s own row and serves every other',
      files: jwtVisible('application.applicant_id == user_id', '        abort(409)\n    return application\n'),
      gaps: [{ messageId: 'unscoped', path: 'app/blueprints/applications.py', includes: ['GET /api/applications/<int:application_id>'] }],
    },
    {
      name: 'lookalike: the same service comparing the application with a value from the request body (request.json user_id) limits nothing',
      files: jwtVisible('application.applicant_id == request.json["user_id"]'),
      gaps: [{ messageId: 'unscoped', path: 'app/blueprints/applications.py', includes: ['GET /api/applications/<int:application_id>'] }],
    },
    {
      name: 'lookalike: the same review filtered by an org_id the query string names (request.args) is not limited to the caller',
      files: flaskOrgReview('id=review_id, org_id=request.args["org_id"]'),
      gaps: [{ messageId: 'membershipOnly', path: 'app/reviews.py', includes: ['GET /api/reviews/<int:review_id>'] }],
    },
    {
      name: 'lookalike: the same generic repository made with the workspace the URL names (req.params.workspaceId) limits nothing',
      files: workspaceRepository('new WorkspaceRepository(Task, req.params.workspaceId)'),
      gaps: [{ messageId: 'typeLevel', path: 'src/routes/tasks.ts', line: 7, includes: ['GET /:taskId', 'req.params.workspaceId'] }],
    },
    {
      name: "TypeORM: a run loaded through payrollRunRepo() (imported) by the request's id alone; the router's casbin permission is on the kind",
      files: payrollRuns("requirePermission('payroll', 'manage')", '{ id: req.params.id }'),
      gaps: [{ messageId: 'typeLevel', path: 'src/routes/payroll.ts', line: 6, includes: ['GET /api/payroll-runs/:id', 'loads PayrollRun', 'requirePermission'] }],
    },
    {
      name: "lookalike: Hono requireTeamMember checks the URL's team, but the link is loaded by c.req.param('linkId')! alone (any team's)",
      files: honoTeamLinks("eq(linksTable.id, c.req.param('linkId')!)"),
      gaps: [{ messageId: 'pastMembership', path: 'src/routes/links.ts', line: 6, includes: ['GET /api/teams/:teamId/links/:linkId', 'requireTeamMember'] }],
    },
    {
      name: 'lookalike: FeedbackService.findOne loads any feedback by id (an injected model field elsewhere calling findOne does not hide it)',
      files: nestOffers('this.offers.findOne({ _id: id, companyId: user.companyId }).lean()', true),
      gaps: [{ messageId: 'unscoped', path: 'src/feedback/feedback.controller.ts', includes: ['GET /feedback/:id', 'loads InterviewFeedback', 'this.feedback.findById'] }],
    },
    {
      name: 'NestJS + Mongoose: the offer is loaded by id only through the injected model',
      files: nestOffers('this.offers.findById(id).lean()'),
      gaps: [{ messageId: 'unscoped', path: 'src/offers/offers.controller.ts', includes: ['GET /offers/:id', 'loads Offer'], excludes: ['InterviewFeedback'] }],
    },
    {
      name: 'lookalike: the service compares the candidate with its parameter user, handed a company the client sends',
      files: nestCandidate('    if (!candidate || String(candidate.companyId) !== user.companyId) throw new NotFoundException();\n', '@Body() body: { companyId: string }', 'body'),
      gaps: [{ messageId: 'unscoped', path: 'src/candidates/candidates.controller.ts', includes: ['GET /candidates/:id', 'loads Candidate'] }],
    },
    {
      name: 'lookalike: the candidate loaded with findById(id).lean() is compared with a company id the client sends',
      files: nestCandidate("    if (!candidate || String(candidate.companyId) !== query.companyId) throw new NotFoundException();\n", "@CurrentUser() user: AuthUser, @Query() query: { companyId: string }"),
      gaps: [{ messageId: 'unscoped', path: 'src/candidates/candidates.controller.ts', includes: ['GET /candidates/:id', 'loads Candidate'] }],
    },
    {
      name: 'lookalike: under CompanyScopeGuard, a member loaded by the URL userId alone may be any company member',
      files: nestCompanyScope(LIST_MEMBERS + "  @Get(':userId')\n  one(@Param('userId') userId: string) {\n    return this.members.one(userId);\n  }\n"),
      gaps: [{ messageId: 'unscoped', path: 'src/companies/members.controller.ts', includes: ['GET /companies/:companyId/members/:userId', 'loads User', 'userId'] }],
    },
    {
      name: 'lookalike: a guard comparing the URL companyId with another request value pins nothing',
      files: nestCompanyScope(LIST_MEMBERS, 'request.params.companyId !== request.query.companyId'),
      gaps: [{ messageId: 'unscoped', path: 'src/companies/members.controller.ts', includes: ['GET /companies/:companyId/members', 'loads User'] }],
    },
    {
      name: "requireWorkspaceRole('member') checks the URL's workspace, but the campaign is loaded by its id alone (any workspace's)",
      files: workspaceCampaigns('member', 'eq(campaigns.id, req.params.campaignId)'),
      gaps: [{ messageId: 'pastMembership', path: 'src/campaigns.ts', line: 8, includes: ['GET /workspaces/:workspaceId/campaigns/:campaignId', 'req.params.campaignId', "requireWorkspaceRole('member')"] }],
    },
    {
      name: "lookalike: requireWorkspaceRole('editor') ranks the caller in the URL's workspace only, the campaign loaded by its id may be another's",
      files: workspaceCampaigns('editor', 'eq(campaigns.id, req.params.campaignId)'),
      gaps: [{ messageId: 'pastMembership', path: 'src/campaigns.ts', line: 8, includes: ['req.params.campaignId', 'requireWorkspaceRole'] }],
    },
    {
      name: 'lookalike: the queryset mixin filters by a class attribute with a constant (published rows only), not by the caller',
      files: scopedDetail('**{self.org_field + "__is_public": True}'),
      gaps: [{ messageId: 'unscoped', path: 'orders/views.py', line: 8, includes: ['GET /orders/<int:pk>'] }],
    },
    {
      name: 'Flask raw SQL through fetch_one / fetch_all helpers selected by an id from the URL only (login via before_request)',
      files: flaskRawSql('@bp.get("/submissions/<int:submission_id>")\ndef get_submission(submission_id):\n    return jsonify(fetch_one("SELECT id, answers FROM submissions WHERE id = :id", id=submission_id))\n\n\n@bp.get("/forms/<int:form_id>/summary")\ndef form_summary(form_id):\n    rows = fetch_all("SELECT answers FROM submissions WHERE form_id = :form_id", form_id=form_id)\n    return jsonify(count=len(rows))\n'),
      gaps: [
        { messageId: 'unscoped', path: 'app/routes.py', line: 16, includes: ['GET /api/submissions/<int:submission_id>', 'submissions'] },
        { messageId: 'unscoped', path: 'app/routes.py', line: 21, includes: ['GET /api/forms/<int:form_id>/summary', 'submissions'] },
      ],
    },
    {
      name: 'lookalike: a workspace\'s member list read with login only, no membership check',
      files: flaskRawSql('@bp.get("/workspaces/<int:ws_id>/members")\ndef members(ws_id):\n    return jsonify(fetch_all("SELECT user_id, role FROM memberships WHERE workspace_id = :ws_id", ws_id=ws_id))\n'),
      gaps: [{ messageId: 'unscoped', path: 'app/routes.py', line: 16, includes: ['GET /api/workspaces/<int:ws_id>/members', 'memberships'] }],
    },
    {
      name: 'Fastify: membership of the URL workspace is checked, but the document is loaded by its id alone (any workspace\'s)',
      files: fastifyWorkspace('{ id: request.params.documentId }'),
      gaps: [{ messageId: 'pastMembership', path: 'src/routes/documents.ts', line: 3, includes: ['GET /api/workspaces/:workspaceId/documents/:documentId/download', 'request.params.documentId', 'requireWorkspaceMember'] }],
    },
    {
      name: "lookalike: policy.authorize(req.membership, 'payments:read') is handed only the caller and an action: a permission on the kind, not on the payment loaded by id",
      files: cjsApp("router.use('/payments', require('./payments'));", { payments: "router.use(authenticate, loadMembership);\nrouter.get('/:id', asyncHandler(ctrl.show));" }, { payments: "exports.show = async (req, res) => {\n  policy.authorize(req.membership, 'payments:read');\n  const payment = await Payment.findOne({ where: { id: req.params.id } });\n  res.json(payment);\n};\n" }),
      gaps: [{ messageId: 'typeLevel', path: 'src/routes/payments.js', line: 8, includes: ['GET /api/payments/:id', 'loads Payment', 'policy.authorize'] }],
    },
    {
      name: 'lookalike: a membership middleware (the org from a header, "Not a member") does not limit the invoice loaded by the URL id',
      files: cjsApp("router.use('/invoices', require('./invoices'));", { invoices: "router.use(authenticate, loadMembership);\nrouter.get('/:id/pdf', asyncHandler(ctrl.pdf));" }, { invoices: "exports.pdf = async (req, res) => {\n  const invoice = await Invoice.findByPk(req.params.id);\n  res.json(invoice);\n};\n" }),
      gaps: [{ messageId: 'membershipOnly', path: 'src/routes/invoices.js', line: 8, includes: ['GET /api/invoices/:id/pdf', 'loads Invoice', 'req.params.id'] }],
    },
    {
      name: 'lookalike: tRPC, the agency id the client sends in the input is not the caller\'s',
      files: agencyTrpc('id: input.id, agencyId: input.agencyId'),
      gaps: [{ messageId: 'unscoped', path: 'src/routers/shifts.ts', includes: ['byId', 'loads Shift', 'input.agencyId'] }],
    },
    {
      name: 'router.use(requireAuth, attachAbility): a read by the URL id the ability never looks at',
      files: caslApp("router.get('/:id', async (req, res) => {\n  res.json(await prisma.warehouse.findUnique({ where: { id: req.params.id } }));\n});\n"),
      gaps: [{ messageId: 'unscoped', path: 'src/routes/warehouses.js', line: 7, includes: ['GET /api/warehouses/:id', 'req.params.id'] }],
    },
    {
      name: 'lookalike: FastAPI, the logs are selected by a job the helper loads by its id alone',
      files: { 'app/syncs.py': syncLogs('SyncJob.id == job_id') },
      gaps: [{ messageId: 'unscoped', path: 'app/syncs.py', line: 17, includes: ['SyncRunLog', 'selected by job_id'] }],
    },
    {
      name: "lookalike: the loaded row's status compared with a value from the request is no ownership check",
      files: { 'src/app.ts': postLoad("  if (invoice.status !== req.query.status) return res.status(409).end();\n") },
      gaps: [{ messageId: 'unscoped', path: 'src/app.ts', line: 3, includes: ['GET /invoices/:id', 'req.params.id'] }],
    },
    {
      name: "lookalike: the loaded row compared with another row the request chose, not with the caller",
      files: { 'src/app.ts': postLoad("  const client = await prisma.client.findUnique({ where: { id: req.query.clientId } });\n  if (invoice.orgId !== client.orgId) return res.status(404).end();\n") },
      gaps: [{ messageId: 'unscoped', path: 'src/app.ts', line: 3, includes: ['GET /invoices/:id', 'loads Invoice'] }],
    },
    {
      name: 'a service made for the caller that loads by id and never compares: reached through the new instance',
      files: invoiceService(''),
      gaps: [{ messageId: 'unscoped', path: 'src/routes/invoices.ts', includes: ['GET /:id', 'loads Invoice'] }],
    },
    {
      name: 'Fastify: an id read through a TypeScript cast (`(request.params as { id: string }).id`) is still the client\'s',
      files: { 'src/app.ts': "import Fastify from 'fastify';\nconst app = Fastify();\napp.get('/files/:id', { preHandler: [app.authenticate] }, async (request) => {\n  return prisma.file.findUnique({ where: { id: (request.params as { id: string }).id } });\n});\n" },
      gaps: [{ messageId: 'unscoped', path: 'src/app.ts', line: 3, includes: ['GET /files/:id', 'request.params.id'] }],
    },
    {
      name: "a type-level permission middleware (can('read', 'Payment')) does not say which organization's payment",
      files: canMiddleware("paymentsRouter.get('/:paymentId', can('read', 'Payment'), async (req, res) => {\n  res.json(await Payment.findById(req.params.paymentId).lean());\n});\n"),
      gaps: [{ messageId: 'typeLevel', path: 'src/routes/payments.ts', line: 6, includes: ['GET /:paymentId', 'loads Payment', 'req.params.paymentId', 'is on the kind of object'] }],
    },
    {
      name: "NestJS: @CheckPolicies(ability.can(Action.Read, 'Ticket')) under a class-level policies guard, the service loads by id only",
      files: caslTickets("  async findOne(user: AuthUser, id: string) {\n    const ticket = await this.prisma.ticket.findUnique({ where: { id } });\n    if (!ticket) throw new NotFoundException();\n    return ticket;\n  }"),
      gaps: [{ messageId: 'typeLevel', path: 'src/tickets/tickets.controller.ts', includes: ['GET /tickets/:id', 'loads Ticket', 'PoliciesGuard'] }],
    },
    {
      name: "lookalike: self.get_object() runs the view's own method, not a sibling view's scoped get_object",
      files: {
        'app/urls.py': "from django.urls import path\nfrom . import views\n\nurlpatterns = [\n    path('invoices/<int:invoice_id>/pdf', views.invoice_pdf),\n    path('recordings/<int:pk>', views.RecordingDetail.as_view()),\n]\n",
        'app/views.py': "from django.shortcuts import get_object_or_404\nfrom rest_framework.decorators import api_view, permission_classes\nfrom rest_framework.permissions import IsAuthenticated\nfrom rest_framework.response import Response\nfrom rest_framework.views import APIView\n\n@api_view(['GET'])\n@permission_classes([IsAuthenticated])\ndef invoice_pdf(request, invoice_id):\n    invoice = get_object_or_404(Invoice, pk=invoice_id, studio=request.user.membership.studio)\n    return Response({'url': invoice.pdf_url})\n\n\nclass LessonNotes(APIView):\n    permission_classes = [IsAuthenticated]\n\n    def get_object(self, pk):\n        return get_object_or_404(Lesson, pk=pk, studio=self.request.user.membership.studio)\n\n\nclass RecordingDetail(APIView):\n    permission_classes = [IsAuthenticated]\n\n    def get_object(self, pk):\n        return get_object_or_404(Recording, pk=pk)\n\n    def get(self, request, pk):\n        return Response({'id': self.get_object(pk).id})\n",
      },
      gaps: [{ messageId: 'unscoped', path: 'app/views.py', includes: ['loads Recording'] }],
    },
    {
      name: 'lookalike: a filter value deep into the request body is not the caller (request.data.studio.id)',
      files: {
        'app/urls.py': "from django.urls import path\nfrom . import views\n\nurlpatterns = [path('invoices/<int:invoice_id>/pdf', views.invoice_pdf)]\n",
        'app/views.py': "from django.shortcuts import get_object_or_404\nfrom rest_framework.decorators import api_view, permission_classes\nfrom rest_framework.permissions import IsAuthenticated\nfrom rest_framework.response import Response\nfrom rest_framework.views import APIView\n\n@api_view(['GET'])\n@permission_classes([IsAuthenticated])\ndef invoice_pdf(request, invoice_id):\n    invoice = get_object_or_404(Invoice, pk=invoice_id, studio_id=request.data.studio.id)\n    return Response({'url': invoice.pdf_url})\n",
      },
      gaps: [{ messageId: 'unscoped', path: 'app/views.py', includes: ['loads Invoice'] }],
    },
    {
      name: 'Next.js pages GET branch lists by a URL id after a session check made before the branches',
      files: { 'pages/api/projects/[id]/files.ts': "import type { NextApiRequest, NextApiResponse } from 'next';\nimport { getServerSession } from 'next-auth/next';\nexport default async function handler(req: NextApiRequest, res: NextApiResponse) {\n  const session = await getServerSession(req, res, authOptions);\n  if (!session) return res.status(401).json({ error: 'Unauthorized' });\n  const projectId = req.query.id as string;\n  if (req.method === 'GET') {\n    const files = await prisma.file.findMany({ where: { projectId } });\n    return res.json(files);\n  }\n  if (req.method === 'POST') {\n    const project = await prisma.project.findFirst({ where: { id: projectId, teamId: session.user.teamId } });\n    if (!project) return res.status(404).end();\n    const file = await prisma.file.create({ data: { projectId: project.id, name: req.body.name } });\n    return res.status(201).json(file);\n  }\n  return res.status(405).end();\n}\n" },
      gaps: [{ messageId: 'unscoped', path: 'pages/api/projects/[id]/files.ts', line: 7, includes: ['GET /api/projects/[id]/files', 'loads File', 'req.query.id', 'getServerSession'] }],
    },
    {
      name: 'lookalike: a companyId service parameter fed by the query string is not tenant scoping',
      files: { 'src/shifts.ts': "import type { FastifyInstance } from 'fastify';\nimport { getShift } from './shifts.service';\nexport default async function shiftRoutes(fastify: FastifyInstance) {\n  fastify.get('/shifts/:id', { preHandler: [fastify.authenticate] }, async (request) => getShift(request.query.companyId, request.params.id));\n}\n", 'src/shifts.service.ts': "export async function getShift(companyId: string, id: string) {\n  return Shift.findOne({ where: { id, companyId } });\n}\n" },
      gaps: [{ messageId: 'unscoped', path: 'src/shifts.ts', line: 4, includes: ['GET /shifts/:id', 'loads Shift', 'request.query.companyId'] }],
    },
    {
      name: 'document loaded by id with authentication only',
      files: { 'src/app.ts': express("app.get('/documents/:id', requireAuth, async (req, res) => {\n  const document = await prisma.document.findUnique({ where: { id: req.params.id } });\n  res.json(document);\n});\n") },
      gaps: [{ messageId: 'unscoped', path: 'src/app.ts', line: 3, includes: ['GET /documents/:id', 'loads Document', 'req.params.id', 'requireAuth'] }],
    },
    {
      name: 'tRPC query by input id on a protected procedure',
      files: {
        'src/server/trpc.ts': "import { initTRPC } from '@trpc/server';\nconst t = initTRPC.create();\nexport const router = t.router;\nexport const protectedProcedure = t.procedure.use(isAuthed);\n",
        'src/server/routers/invoice.ts': "import { protectedProcedure, router } from '../trpc';\nexport const invoiceRouter = router({\n  byId: protectedProcedure.input(schema).query(({ ctx, input }) => ctx.db.invoice.findUnique({ where: { id: input.id } })),\n});\n",
      },
      gaps: [{ messageId: 'unscoped', path: 'src/server/routers/invoice.ts', line: 3, includes: ['query byId', 'input.id'] }],
    },
    {
      name: 'comment created in the caller organization on a project loaded by any id',
      files: { 'src/app.ts': express("app.post('/projects/:projectId/comments', requireAuth, async (req, res) => {\n  const project = await prisma.project.findUnique({ where: { id: req.params.projectId } });\n  await prisma.comment.create({ data: { projectId: project.id, organizationId: req.user.organizationId, body: req.body.text } });\n  res.sendStatus(201);\n});\n") },
      gaps: [{ messageId: 'unscoped', line: 3, includes: ['POST /projects/:projectId/comments', 'loads Project'] }],
    },
    {
      name: 'Mongoose findById in a NestJS controller with a JWT guard',
      files: { 'src/orders.controller.ts': "import { Controller, Get, Param, UseGuards } from '@nestjs/common';\n@Controller('orders')\n@UseGuards(JwtAuthGuard)\nexport class OrdersController {\n  @Get(':id')\n  findOne(@Param('id') id: string) {\n    return Order.findById(id);\n  }\n}\n" },
      gaps: [{ messageId: 'unscoped', path: 'src/orders.controller.ts', includes: ['GET /orders/:id', 'loads Order'] }],
    },
    {
      name: 'Flask query filtered by a lab id from the request body is not limited to the caller',
      files: { 'app/samples.py': flask('@bp.get("/samples/<int:sample_id>")\n@login_required\ndef get_sample(sample_id):\n    data = request.get_json()\n    return Sample.query.filter_by(id=sample_id, lab_id=data["lab_id"]).first_or_404()\n') },
      gaps: [{ messageId: 'unscoped', path: 'app/samples.py', line: 5, includes: ['GET /samples/<int:sample_id>', 'loads Sample'] }],
    },
  ],
};
export default cases;
