import type { RuleCases } from '../../rule-tester.js';

/** Express with passport: `app.use(passport.session())` restores a session when there is one and lets everyone through. */
const passportApp = (guard: string) =>
  `const express = require('express');\nconst passport = require('passport');\nconst session = require('express-session');\nconst app = express();\napp.use(session({ secret: process.env.SESSION_SECRET }));\napp.use(passport.initialize());\napp.use(passport.session());\napp.post('/projects', ${guard}async (req, res) => {\n  res.json(await Project.create({ name: req.body.name }));\n});\n`;

const express = (route: string) => `import express from 'express';\nconst app = express();\n${route}`;

const cronRoute = (check: string) => `export async function GET(req: Request) {
${check}  const due = await db.select().from(reminders).where(isNull(reminders.sentAt));
  for (const r of due) await db.update(reminders).set({ sentAt: new Date() }).where(eq(reminders.id, r.id));
  return Response.json({ sent: due.length });
}
`;

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

/** An Express webhook route handing the payload to a service that saves through a repository local. */
const repoWebhook = (check: string) => ({
  'src/routes/webhooks.ts': `import { Router } from 'express';\nimport { importEntry } from '../services/integrations';\nexport const webhooks = Router();\nwebhooks.post('/toggl', async (req, res) => {\n${check}  await importEntry(req.body.payload);\n  res.status(201).end();\n});\n`,
  'src/services/integrations.ts': "import { AppDataSource } from '../data-source';\nimport { Project } from '../entities/Project';\nimport { TimeEntry } from '../entities/TimeEntry';\nexport async function importEntry(payload: { project: string; minutes: number }) {\n  const projects = AppDataSource.getRepository(Project);\n  const project = await projects.findOneBy({ id: payload.project });\n  const repo = AppDataSource.getRepository(TimeEntry);\n  return repo.save(repo.create({ projectId: project.id, minutes: payload.minutes }));\n}\n",
});

/** Clerk's `middleware.ts`: `matchers` declares route matchers, `body` is the `clerkMiddleware` callback's body. */
const clerk = (matchers: string, body: string, matcher = "['/((?!_next|[^?]*\\\\.(?:html?|css|js(?!on)|png|svg|ico)).*)', '/(api|trpc)(.*)']") =>
  `import { clerkMiddleware, createRouteMatcher } from '@clerk/nextjs/server';\n${matchers}\nexport default clerkMiddleware(async (auth, req) => {\n${body}});\nexport const config = { matcher: ${matcher} };\n`;
const clerkPublic = "const isPublicRoute = createRouteMatcher(['/', '/sign-in(.*)', '/api/webhooks/(.*)', '/api/public/:path*']);";
const clerkProtected = "const isProtectedRoute = createRouteMatcher(['/dashboard(.*)', '/api/projects(.*)']);";
const projectDelete = "export async function DELETE(req: Request, { params }) {\n  await prisma.project.delete({ where: { id: params.id } });\n  return new Response(null, { status: 204 });\n}\n";
const signwellHook = "export async function POST(req: Request) {\n  const payload = await req.json();\n  await prisma.contract.update({ where: { externalId: payload.id }, data: { status: 'SIGNED' } });\n  return Response.json({ ok: true });\n}\n";
const publicPoll = "export async function POST(req: Request, { params }) {\n  await prisma.vote.deleteMany({ where: { pollId: params.id } });\n  return Response.json({ ok: true });\n}\n";
const bareArchive = "'use server';\nimport { actionClient } from '@/lib/safe-action';\nexport const archiveProject = actionClient.schema(schema).action(async ({ parsedInput }) => {\n  await prisma.project.update({ where: { id: parsedInput.id }, data: { archivedAt: new Date() } });\n});\n";
const safeActionLib = "import { createSafeActionClient } from 'next-safe-action';\nexport const actionClient = createSafeActionClient();\n";

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

/** Hono + Drizzle: accepting an invitation found by the URL's value (`key` is the path parameter read, `hashed` wraps it). */
const honoAccept = (param: string, hashed: boolean) => {
  const value = hashed ? `sha256(c.req.param('${param}'))` : `c.req.param('${param}')`;
  const column = hashed ? 'tokenHash' : param === 'token' ? 'token' : 'id';
  return {
    'src/routes/invites.ts': `import { Hono } from 'hono';\nimport { and, eq, gt } from 'drizzle-orm';\nimport { sha256 } from '../lib/crypto.js';\nexport const inviteRoutes = new Hono();\ninviteRoutes.post('/:${param}/accept', async (c) => {\n  const invite = await db.query.invites.findFirst({ where: and(eq(invites.${column}, ${value}), gt(invites.expiresAt, new Date())) });\n  if (!invite) return c.json({ error: 'not found' }, 404);\n  await db.insert(memberships).values({ orgId: invite.orgId, userId: c.req.query('userId'), role: invite.role });\n  await db.delete(invites).where(eq(invites.id, invite.id));\n  return c.body(null, 201);\n});\n`,
  };
};

/**
 * Fastify encapsulation: the parent plugin authenticates with an onRequest hook, a nested plugin adds the workspace
 * check, and route modules are registered inside with prefixes. `extra` goes into the app before the /api scope.
 */
const fastifyApp = (extra = '', auth = "api.addHook('onRequest', api.authenticate);") => ({
  'src/app.ts': `import Fastify from 'fastify';\nimport { requireWorkspaceMember } from './plugins/workspace.js';\nimport documentRoutes from './routes/documents.js';\nimport galleryRoutes from './routes/gallery.js';\nexport async function buildApp() {\n  const app = Fastify();\n${extra}  await app.register(galleryRoutes, { prefix: '/gallery' });\n  await app.register(\n    async (api) => {\n      ${auth}\n      await api.register(\n        async (ws) => {\n          ws.addHook('preHandler', requireWorkspaceMember);\n          await ws.register(documentRoutes, { prefix: '/documents' });\n        },\n        { prefix: '/workspaces/:workspaceId' },\n      );\n    },\n    { prefix: '/api' },\n  );\n  return app;\n}\n`,
  'src/plugins/workspace.ts': "import type { FastifyReply, FastifyRequest } from 'fastify';\nexport async function requireWorkspaceMember(request: FastifyRequest, reply: FastifyReply) {\n  const membership = await db('workspace_members').where({ workspace_id: request.params.workspaceId, user_id: request.user.id }).first('role');\n  if (!membership) return reply.code(404).send({ error: 'workspace_not_found' });\n}\n",
  'src/routes/documents.ts': "import type { FastifyInstance } from 'fastify';\nexport default async function documentRoutes(app: FastifyInstance) {\n  app.post('/', async (request, reply) => {\n    const [doc] = await db('documents').insert({ workspace_id: request.workspace.id, title: request.body.title }).returning('*');\n    return reply.code(201).send(doc);\n  });\n}\n",
  'src/routes/gallery.ts': "import type { FastifyInstance } from 'fastify';\nexport default async function galleryRoutes(app: FastifyInstance) {\n  app.post('/:templateId/duplicate', async (request, reply) => {\n    const [copy] = await db('templates').insert({ workspace_id: request.body.workspaceId, name: 'copy' }).returning('*');\n    return reply.code(201).send(copy);\n  });\n}\n",
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

/**
 * Django class-based views with access mixins of the app's own in another module (orgs/mixins.py): `mixin` is that module's
 * body after its imports, `views` the body of app/views.py after its imports, `routes` the URL patterns.
 */
const cbvApp = (mixin: string, views: string, routes: string) => ({
  'config/urls.py': `from django.urls import path\n\nfrom app import views\n\nurlpatterns = [\n${routes}]\n`,
  'orgs/mixins.py': `from django.contrib.auth.mixins import AccessMixin\nfrom django.core.exceptions import PermissionDenied\n\n\n${mixin}`,
  'app/services.py': 'from app.models import Order, Refund\n\n\ndef issue_refund(order, amount, actor):\n    Refund.objects.create(order=order, amount_cents=amount, created_by=actor)\n    order.status = Order.REFUNDED\n    order.save(update_fields=["status"])\n',
  'app/views.py': `from django.contrib.auth.mixins import LoginRequiredMixin\nfrom django.shortcuts import get_object_or_404, redirect\nfrom django.views import View\nfrom django.views.generic import FormView, UpdateView\n\nfrom app.models import Event, Order, User\nfrom app.services import issue_refund\nfrom orgs.mixins import OrganizerRequiredMixin\n\n\n${views}`,
});
const organizerMixin = 'class OrganizerRequiredMixin(AccessMixin):\n    def dispatch(self, request, *args, **kwargs):\n        if not request.user.is_authenticated:\n            return self.handle_no_permission()\n        if request.membership is None or not request.membership.is_organizer:\n            raise PermissionDenied("Only organizers can manage events")\n        return super().dispatch(request, *args, **kwargs)\n';
const publishView = 'class EventPublishView(OrganizerRequiredMixin, View):\n    def post(self, request, pk):\n        event = get_object_or_404(Event, pk=pk, organization=request.organization)\n        event.status = "published"\n        event.save(update_fields=["status"])\n        return redirect("events")\n';

/** NestJS + Mongoose public careers page (`@Public()` for the global JWT guard): `route` is a POST handler in the controller. */
const nestCareers = (route: string) => ({
  'src/app.module.ts': "import { Module } from '@nestjs/common';\nimport { APP_GUARD } from '@nestjs/core';\n@Module({ providers: [{ provide: APP_GUARD, useClass: JwtAuthGuard }] })\nexport class AppModule {}\n",
  'src/careers/careers.controller.ts': `import { Body, Controller, NotFoundException, Param, Post } from '@nestjs/common';\nimport { InjectModel } from '@nestjs/mongoose';\nimport { Model } from 'mongoose';\nimport { Public } from '../common/public.decorator';\n@Public()\n@Controller('careers/:companySlug')\nexport class CareersController {\n  constructor(\n    @InjectModel(JobOpening.name) private readonly jobs: Model<JobOpening>,\n    @InjectModel(Candidate.name) private readonly candidates: Model<Candidate>,\n    @InjectModel(Coupon.name) private readonly coupons: Model<Coupon>,\n  ) {}\n${route}}\n`,
});
const APPLY = "  @Post('jobs/:jobId/apply')\n  async apply(@Param('jobId') jobId: string, @Body() body: { fullName: string; email: string }) {\n    const job = await this.jobs.findOne({ _id: jobId, status: 'open' });\n    if (!job) throw new NotFoundException();\n    return this.candidates.create({ jobId: job._id, companyId: job.companyId, fullName: body.fullName, email: body.email });\n  }\n";

/** An embeddable lead form of a Next.js CRM (`POST /api/public/lead-forms/[slug]`) with its CORS preflight; `limit` is the handler's limiter line. */
const leadForm = (limit: string, write = "  await db.insert(contacts).values({ workspaceId: form.workspaceId, email: body.email, source: 'web_form' });\n") => ({
  'app/api/public/lead-forms/[slug]/route.ts': `import { rateLimit } from '@/lib/rate-limit';\nexport function OPTIONS() {\n  return new Response(null, { status: 204 });\n}\nexport async function POST(req: Request, { params }) {\n${limit}  const form = await db.query.leadForms.findFirst({ where: eq(leadForms.slug, params.slug) });\n  const body = await req.json();\n${write}  return Response.json({ ok: true }, { status: 201 });\n}\n`,
});
const LEAD_LIMIT = "  if (!rateLimit(req.headers.get('x-forwarded-for') ?? 'anon', 20).ok) return new Response('rate limited', { status: 429 });\n";

/** A DRF booking widget of a clinic (`POST /api/public/practices/<slug>/book`); `throttle` is the view's throttle line. */
const drfBooking = (throttle: string) => ({
  'config/urls.py': 'from django.urls import path\n\nfrom appointments import views\n\nurlpatterns = [\n    path("api/public/practices/<slug:practice_slug>/book", views.PublicBookingView.as_view()),\n]\n',
  'appointments/throttles.py': 'from rest_framework.throttling import AnonRateThrottle\n\n\nclass BookingBurst(AnonRateThrottle):\n    scope = "booking"\n',
  'appointments/views.py': `from django.shortcuts import get_object_or_404\nfrom rest_framework.permissions import AllowAny\nfrom rest_framework.response import Response\nfrom rest_framework.views import APIView\n\nfrom appointments.models import BookingRequest, Practice\nfrom appointments.throttles import BookingBurst\n\n\nclass PublicBookingView(APIView):\n    permission_classes = [AllowAny]\n    authentication_classes = []\n${throttle}\n    def post(self, request, practice_slug):\n        practice = get_object_or_404(Practice, slug=practice_slug, online_booking_enabled=True)\n        booking = BookingRequest.objects.create(practice=practice, email=request.data["email"])\n        return Response({"reference": booking.reference}, status=201)\n`,
});

/** TypeORM repositories behind accessors exported from one module (`export const userRepo = () => AppDataSource.getRepository(User)`), imported elsewhere. */
const TYPEORM_REPOSITORIES = "import { AppDataSource } from './data-source';\nimport { User } from '../entities/User';\nimport { PayrollRun } from '../entities/PayrollRun';\nimport { AuditLog } from '../entities/AuditLog';\nimport { PasswordResetToken } from '../entities/PasswordResetToken';\nimport { RefreshToken } from '../entities/RefreshToken';\nexport const userRepo = () => AppDataSource.getRepository(User);\nexport const payrollRunRepo = () => AppDataSource.getRepository(PayrollRun);\nexport const auditLogRepo = () => AppDataSource.getRepository(AuditLog);\nexport const passwordResetRepo = () => AppDataSource.getRepository(PasswordResetToken);\nexport const refreshTokenRepo = () => AppDataSource.getRepository(RefreshToken);\n";
/**
 * Express webhooks router: a Stripe route verifies its signature; the bank route (`bank`) hands the event to a service that
 * marks a payroll run paid through `payrollRunRepo()`, imported from db/repositories.
 */
const bankWebhook = (bank: string) => ({
  'src/app.ts': "import express from 'express';\nimport { webhooksRouter } from './routes/webhooks';\nconst app = express();\napp.use('/api/webhooks', express.raw({ type: 'application/json' }), webhooksRouter);\n",
  'src/db/repositories.ts': TYPEORM_REPOSITORIES,
  'src/services/payroll.ts': "import { payrollRunRepo } from '../db/repositories';\nexport async function markRunPaid(batchReference: string) {\n  const run = await payrollRunRepo().findOne({ where: { batchReference } });\n  if (!run) return;\n  run.status = 'paid';\n  await payrollRunRepo().save(run);\n}\n",
  'src/routes/webhooks.ts': `import { Router } from 'express';\nimport Stripe from 'stripe';\nimport { userRepo } from '../db/repositories';\nimport { markRunPaid } from '../services/payroll';\nexport const webhooksRouter = Router();\nconst stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);\nwebhooksRouter.post('/stripe', async (req, res) => {\n  const event = stripe.webhooks.constructEvent(req.body, req.header('stripe-signature') ?? '', process.env.STRIPE_WEBHOOK_SECRET!);\n  await userRepo().update({ stripeCustomerId: String(event.data.object.customer) }, { plan: 'pro' });\n  res.json({ received: true });\n});\nwebhooksRouter.post('/bank/transfers', async (req, res) => {\n${bank}  const event = JSON.parse(req.body.toString('utf8'));\n  await markRunPaid(event.data.batch_reference);\n  res.json({ ok: true });\n});\n`,
});

/**
 * Koa + @koa/router: child routers mounted with `use(prefix, child.routes(), child.allowedMethods())` (or koa-router's
 * `child.middleware()`, several in one call) on an `/api` router that runs `requireAuth` first, mounted on the root router.
 */
const koaApi = (mounts: string) => ({
  'src/routes/index.ts': `import Router from '@koa/router';\nimport { requireAuth } from '../middleware/auth';\nimport { ticketsRouter } from './tickets';\nimport { contactsRouter } from './contacts';\nexport const rootRouter = new Router();\n${mounts}`,
  'src/routes/tickets.ts': "import Router from '@koa/router';\nexport const ticketsRouter = new Router();\nticketsRouter.patch('/:id', async (ctx) => {\n  await prisma.ticket.updateMany({ where: { id: ctx.params.id, organizationId: ctx.state.user.organizationId }, data: ctx.request.body });\n  ctx.status = 204;\n});\n",
  'src/routes/contacts.ts': "import Router from '@koa/router';\nexport const contactsRouter = new Router();\ncontactsRouter.post('/', async (ctx) => {\n  ctx.body = await prisma.contact.create({ data: { organizationId: ctx.state.user.organizationId, email: ctx.request.body.email } });\n});\n",
});

const cases: RuleCases = {
  valid: [
    {
      name: "Express: passport.session() restores the session and the route's own ensureAuthenticated requires it",
      files: { 'src/app.js': passportApp('ensureAuthenticated, ') },
    },
    {
      name: "TypeORM: both webhooks verify their sender (Stripe's constructEvent, the bank's HMAC with timingSafeEqual) before writing through imported repository accessors",
      files: bankWebhook("  const expected = createHmac('sha256', process.env.BANK_WEBHOOK_SECRET!).update(req.body).digest();\n  if (!timingSafeEqual(expected, Buffer.from(req.header('x-bank-signature') ?? '', 'hex'))) return res.status(401).end();\n"),
    },
    { name: 'a rate-limited guest ticket checkout under public slugs that only creates an order', files: { 'src/app.ts': express("app.post('/e/:orgSlug/:eventSlug/checkout', checkoutLimiter, async (req, res) => {\n  const event = await prisma.event.findFirst({ where: { slug: req.params.eventSlug, published: true } });\n  const order = await prisma.order.create({ data: { eventId: event.id, email: req.body.email, quantity: req.body.quantity } });\n  const session = await stripe.checkout.sessions.create({ mode: 'payment', client_reference_id: order.id });\n  res.redirect(session.url);\n});\n") } },
    { name: 'a rate-limited embeddable lead form under a public path segment that only adds a contact (with its CORS preflight)', files: leadForm(LEAD_LIMIT) },
    { name: 'a DRF public booking view throttled by its own throttle_classes (whatever the class is called) that only adds a booking request', files: drfBooking('    throttle_classes = [BookingBurst]\n') },
    { name: 'a rate-limited enquiry form that only adds an enquiry', files: { 'src/app.ts': express("app.post('/sites/:siteSlug/enquiries', enquiryLimiter, async (req, res) => {\n  await prisma.enquiry.create({ data: { siteSlug: req.params.siteSlug, email: req.body.email, message: req.body.message } });\n  res.sendStatus(201);\n});\n") } },
    { name: 'a rate-limited public booking form that only creates a patient and an appointment', files: { 'pages/api/public/book.ts': "export default async function book(req, res) {\n  if (!(await enforceRateLimit(req, res, 'booking'))) return;\n  const patient = await prisma.patient.create({ data: { practiceId: req.body.practiceId, email: req.body.email } });\n  const appointment = await prisma.appointment.create({ data: { patientId: patient.id, startsAt: req.body.startsAt } });\n  res.status(201).json({ id: appointment.id });\n}\n" } },
    {
      name: 'a repository wrapper built on a session opener that refuses callers without a session user',
      files: {
        'lib/session.ts': "import { withIronSessionApiRoute } from 'iron-session/next';\nexport function withSessionRoute(handler) {\n  return withIronSessionApiRoute(handler, sessionOptions);\n}\n",
        'lib/auth.ts': "import { withSessionRoute } from './session';\nexport function withStaff(handler) {\n  return withSessionRoute(async (req, res) => {\n    const user = req.session.user;\n    if (!user) return res.status(401).json({ error: 'Not signed in' });\n    await handler(req, res, user);\n  });\n}\n",
        'pages/api/appointments/[id]/notes.ts': "import { withStaff } from '@/lib/auth';\nexport default withStaff(async function notes(req, res) {\n  if (req.method === 'POST') {\n    const note = await prisma.appointmentNote.create({ data: { appointmentId: String(req.query.id), body: req.body.body } });\n    return res.status(201).json(note);\n  }\n  res.status(405).end();\n});\n",
      },
    },
    {
      name: 'Hono short link: a public GET that records a click row and redirects is public by design',
      files: { 'src/index.ts': "import { Hono } from 'hono';\nimport { eq } from 'drizzle-orm';\nconst app = new Hono();\napp.get('/:slug', async (c) => {\n  const [link] = await db.select().from(links).where(eq(links.slug, c.req.param('slug')));\n  if (!link) return c.notFound();\n  void db.insert(clicks).values({ linkId: link.id, userAgent: c.req.header('user-agent') ?? null });\n  return c.redirect(link.destination, 302);\n});\nexport default app;\n" },
    },
    {
      name: 'a tracked link recording a page view (pageViews) before redirecting is public by design',
      files: { 'src/index.ts': "import { Hono } from 'hono';\nimport { eq } from 'drizzle-orm';\nconst app = new Hono();\napp.get('/:slug', async (c) => {\n  const [link] = await db.select().from(links).where(eq(links.slug, c.req.param('slug')));\n  if (!link) return c.notFound();\n  await db.insert(pageViews).values({ linkId: link.id });\n  return c.redirect(link.destination, 302);\n});\nexport default app;\n" },
    },
    { name: 'NestJS: a job application from a public careers page only adds a candidate', files: nestCareers(APPLY) },
    {
      name: 'Next.js cron route that checks the shared secret through the t3 env object (env.CRON_SECRET from createEnv)',
      files: {
        'src/env.js': "import { createEnv } from '@t3-oss/env-nextjs';\nimport { z } from 'zod';\nexport const env = createEnv({\n  server: { CRON_SECRET: z.string() },\n  runtimeEnv: { CRON_SECRET: process.env.CRON_SECRET },\n});\n",
        'src/app/api/cron/send-reminders/route.ts': "import { env } from '~/env';\n" + cronRoute("  if (req.headers.get('authorization') !== `Bearer ${env.CRON_SECRET}`) {\n    return new Response('Unauthorized', { status: 401 });\n  }\n"),
      },
    },
    {
      name: 'a cron route comparing the header with a settings object the repository builds from process.env (config.cronSecret)',
      files: {
        'src/config.ts': "export const config = {\n  databaseUrl: process.env.DATABASE_URL,\n  cronSecret: process.env.CRON_SECRET ?? '',\n};\n",
        'app/api/cron/send-reminders/route.ts': "import { config } from '@/src/config';\n" + cronRoute("  const expected = `Bearer ${config.cronSecret}`;\n  if (req.headers.get('authorization') !== expected) {\n    return new Response('Unauthorized', { status: 401 });\n  }\n"),
      },
    },
    {
      name: 'Django: a view behind an access mixin of the app\'s own (another module) whose dispatch refuses callers not signed in and non-organizers',
      files: cbvApp(organizerMixin, publishView, '    path("events/<int:pk>/publish", views.EventPublishView.as_view()),\n'),
    },
    {
      name: 'Django: a mixin whose dispatch only sends callers not signed in to handle_no_permission signs the caller in, whatever it is called',
      files: cbvApp('class OrganizerRequiredMixin(AccessMixin):\n    def dispatch(self, request, *args, **kwargs):\n        if not request.user.is_authenticated:\n            return self.handle_no_permission()\n        return super().dispatch(request, *args, **kwargs)\n', publishView, '    path("events/<int:pk>/publish", views.EventPublishView.as_view()),\n'),
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
      name: 'Fastify: routes of a plugin registered inside the plugin whose onRequest hook authenticates (api.register(async (ws) => …) with prefixes)',
      files: (() => {
        const files = fastifyApp();
        return { ...files, 'src/routes/gallery.ts': "import type { FastifyInstance } from 'fastify';\nexport default async function galleryRoutes(app: FastifyInstance) {\n  app.get('/', async () => db('templates').where({ is_public: true }));\n}\n" };
      })(),
    },
    {
      name: 'Fastify: a hook added by a plugin wrapped with fastify-plugin acts in the context that registers it',
      files: {
        'src/app.ts': "import Fastify from 'fastify';\nimport authPlugin from './plugins/auth.js';\nimport documentRoutes from './routes/documents.js';\nconst app = Fastify();\nawait app.register(authPlugin);\nawait app.register(documentRoutes, { prefix: '/documents' });\n",
        'src/plugins/auth.ts': "import fp from 'fastify-plugin';\nexport default fp(async (server) => {\n  server.decorate('verifyUser', async (request, reply) => {\n    await request.jwtVerify();\n  });\n  server.addHook('onRequest', server.verifyUser);\n});\n",
        'src/routes/documents.ts': "import type { FastifyInstance } from 'fastify';\nexport default async function documentRoutes(app: FastifyInstance) {\n  app.post('/', async (request) => db('documents').insert({ owner_id: request.user.id, title: request.body.title }));\n}\n",
      },
    },
    {
      name: 'Fastify: a decorated authenticator with a name of its own (preHandler: [fastify.mustBeSignedIn]) is followed into its body',
      files: {
        'src/server.ts': "import Fastify from 'fastify';\nconst fastify = Fastify();\nfastify.decorate('mustBeSignedIn', async function (request, reply) {\n  try {\n    await request.jwtVerify();\n  } catch {\n    return reply.code(401).send();\n  }\n});\nfastify.delete('/drafts/:id', { preHandler: [fastify.mustBeSignedIn] }, async (request) => {\n  await db('drafts').where({ id: request.params.id }).del();\n});\n",
      },
    },
    {
      name: 'an authenticated route managing the workspace outgoing webhook endpoints is no webhook receiver (POST …/webhooks/:endpointId/secret/rotate)',
      files: {
        'src/server.ts': "import Fastify from 'fastify';\nconst app = Fastify();\napp.register(async (api) => {\n  api.addHook('onRequest', api.authenticate);\n  api.post('/webhooks/:endpointId/secret/rotate', async (request) => {\n    await db('webhook_endpoints').where({ id: request.params.endpointId }).update({ secret_encrypted: newSecret() });\n  });\n}, { prefix: '/api' });\n",
      },
    },
    {
      name: 'Clerk: a route handler on a path the public list leaves out is protected by auth.protect()',
      files: { 'middleware.ts': clerk(clerkPublic, '  if (!isPublicRoute(req)) await auth.protect();\n'), 'app/api/projects/[id]/route.ts': projectDelete },
    },
    {
      name: 'Clerk: a route handler on a path isProtectedRoute matches is protected',
      files: { 'middleware.ts': clerk(clerkProtected, '  if (isProtectedRoute(req)) {\n    await auth.protect();\n  }\n'), 'app/api/projects/[id]/route.ts': projectDelete },
    },
    {
      name: 'Clerk: protect after an early return for public routes',
      files: { 'middleware.ts': clerk(clerkPublic, '  if (isPublicRoute(req)) return;\n  await auth.protect();\n'), 'app/api/projects/[id]/route.ts': projectDelete },
    },
    {
      name: 'Clerk: redirectToSignIn() for signed-out callers on paths isProtectedRoute matches',
      files: { 'middleware.ts': clerk(clerkProtected, '  const { userId, redirectToSignIn } = await auth();\n  if (!userId && isProtectedRoute(req)) return redirectToSignIn();\n'), 'app/api/projects/[id]/route.ts': projectDelete },
    },
    {
      name: 'Clerk v4 authMiddleware: a route outside publicRoutes is signed in',
      files: {
        'middleware.ts': "import { authMiddleware } from '@clerk/nextjs';\nexport default authMiddleware({ publicRoutes: ['/', '/api/public(.*)'] });\nexport const config = { matcher: ['/((?!.+\\\\.[\\\\w]+$|_next).*)', '/(api|trpc)(.*)'] };\n",
        'app/api/projects/[id]/route.ts': projectDelete,
      },
    },
    {
      name: 'Clerk: a middleware that protects every path it runs for, on every page, covers server actions',
      files: { 'middleware.ts': clerk('', '  await auth.protect();\n'), 'lib/safe-action.ts': safeActionLib, 'app/projects/actions.ts': bareArchive },
    },
    {
      name: 'Clerk: a public webhook path that verifies its signature is public by design',
      files: {
        'middleware.ts': clerk(clerkPublic, '  if (!isPublicRoute(req)) await auth.protect();\n'),
        'app/api/webhooks/clerk/route.ts': "import { Webhook } from 'svix';\nexport async function POST(req: Request) {\n  const wh = new Webhook(process.env.CLERK_WEBHOOK_SECRET);\n  const event = wh.verify(await req.text(), headers);\n  await prisma.user.upsert({ where: { clerkId: event.data.id }, create: {}, update: {} });\n  return Response.json({ ok: true });\n}\n",
      },
    },
    {
      name: "Hono + Drizzle: an invitation accepted by the token from the URL, hashed before the lookup (eq(invites.tokenHash, sha256(c.req.param('token')))), is a token link",
      files: honoAccept('token', true),
    },
    {
      name: "Hono + Drizzle: an invitation accepted by c.req.param('token') itself",
      files: honoAccept('token', false),
    },
    {
      name: "CommonJS: a router mounted by an inline require behind authenticate keeps the guard (router.use('/account', authenticate, require('./account')))",
      files: cjsApp("router.use('/account', authenticate, require('./account'));", { account: "router.patch('/', asyncHandler(ctrl.updateProfile));" }, { account: "exports.updateProfile = async (req, res) => {\n  await User.update({ fullName: req.body.fullName }, { where: { id: req.user.id } });\n  res.status(204).end();\n};\n" }),
    },
    {
      name: 'TypeORM repository local behind a verified webhook: the signature check makes it public by design',
      files: repoWebhook("  if (!verifyTogglSignature(req.rawBody, req.get('x-toggl-signature'))) return res.status(401).end();\n"),
    },
    {
      name: 'router.use(requireAuth, attachAbility): an imported middleware function last in router.use is a guard, not a mounted router',
      files: caslApp(caslDelete('')),
    },
    {
      name: 'lookalike: a router imported under a plain name after a guard is still the mounted router (app.use(requireAuth, projects))',
      files: {
        'src/server.js': "import express from 'express';\nimport { requireAuth } from './auth.js';\nimport projects from './projects.js';\nconst app = express();\napp.use('/projects', requireAuth, projects);\n",
        'src/auth.js': "export function requireAuth(req, res, next) {\n  if (!req.user) return res.status(401).end();\n  next();\n}\n",
        'src/projects.js': "import { Router } from 'express';\nconst router = Router();\nrouter.delete('/:id', async (req, res) => {\n  await prisma.project.deleteMany({ where: { id: req.params.id, ownerId: req.user.id } });\n  res.status(204).end();\n});\nexport default router;\n",
      },
    },
    {
      name: 'NestJS global JWT guard that reads @Public() metadata still signs in a route without any',
      files: {
        'src/app.module.ts': "import { Module } from '@nestjs/common';\nimport { APP_GUARD } from '@nestjs/core';\n@Module({ providers: [{ provide: APP_GUARD, useClass: JwtAuthGuard }] })\nexport class AppModule {}\n",
        'src/auth/jwt-auth.guard.ts': "import { ExecutionContext, Injectable } from '@nestjs/common';\nimport { AuthGuard } from '@nestjs/passport';\n@Injectable()\nexport class JwtAuthGuard extends AuthGuard('jwt') {\n  constructor(private readonly reflector: Reflector) { super(); }\n  canActivate(context: ExecutionContext) {\n    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC_KEY, [context.getHandler(), context.getClass()]);\n    return isPublic ? true : super.canActivate(context);\n  }\n}\n",
        'src/projects.controller.ts': "import { Controller, Delete, Param, Req } from '@nestjs/common';\n@Controller('projects')\nexport class ProjectsController {\n  @Delete(':id')\n  async remove(@Param('id') id: string, @Req() req) {\n    await this.prisma.project.deleteMany({ where: { id, ownerId: req.user.id } });\n  }\n}\n",
      },
    },
    {
      name: 'lookalike: save() on a view built from a loaded document is no write of the model',
      files: { 'src/app.js': "const express = require('express');\nconst app = express();\napp.post('/documents/:id/preview', async (req, res) => {\n  const doc = await Document.findById(req.params.id).lean();\n  const view = buildView(doc);\n  await view.save();\n  res.json(view);\n});\n" },
    },
    {
      name: 'Next.js pages handler: the session check before the method branches covers every branch',
      files: { 'pages/api/projects/[id]/files.ts': "import type { NextApiRequest, NextApiResponse } from 'next';\nimport { getServerSession } from 'next-auth/next';\nexport default async function handler(req: NextApiRequest, res: NextApiResponse) {\n  const session = await getServerSession(req, res, authOptions);\n  if (!session) return res.status(401).json({ error: 'Unauthorized' });\n  const projectId = req.query.id as string;\n  if (req.method === 'GET') {\n    const files = await prisma.file.findMany({ where: { projectId } });\n    return res.json(files);\n  }\n  if (req.method === 'POST') {\n    const project = await prisma.project.findFirst({ where: { id: projectId, teamId: session.user.teamId } });\n    if (!project) return res.status(404).end();\n    const file = await prisma.file.create({ data: { projectId: project.id, name: req.body.name } });\n    return res.status(201).json(file);\n  }\n  return res.status(405).end();\n}\n" },
    },
    {
      name: 'lookalike: save() on a form builder and destroy() on the session or a socket are not data writes',
      files: { 'src/app.ts': "import express from 'express';\nconst app = express();\napp.post('/drafts/preview', async (req, res) => {\n  const form = new FormBuilder(req.body);\n  form.title = req.body.title;\n  await form.save();\n  const socket = net.connect(9000);\n  socket.destroy();\n  const cache = new Map();\n  cache.set('k', 1);\n  await cache.save?.();\n  req.session.destroy(() => res.sendStatus(204));\n});\n" },
    },
    {
      name: 'Stripe webhook verified with constructEvent',
      files: { 'src/billing.ts': express("app.post('/billing/webhook', express.raw({ type: 'application/json' }), async (req, res) => {\n  const event = stripe.webhooks.constructEvent(req.body, req.get('stripe-signature'), secret);\n  await prisma.organization.update({ where: { stripeCustomerId: event.data.object.customer }, data: { plan: 'team' } });\n  res.json({ received: true });\n});\n") },
    },
    {
      name: 'GitHub webhook verified with an HMAC and timingSafeEqual',
      files: { 'src/github.ts': express("app.post('/hooks/github', async (req, res) => {\n  const expected = createHmac('sha256', secret).update(req.rawBody).digest('hex');\n  if (!timingSafeEqual(Buffer.from(expected), Buffer.from(req.get('x-hub-signature-256')))) return res.sendStatus(401);\n  await prisma.deployment.create({ data: { sha: req.body.after } });\n  res.sendStatus(204);\n});\n") },
    },
    {
      name: 'invite accepted with the token from the link',
      files: { 'src/invites.ts': express("app.post('/invites/:token/accept', async (req, res) => {\n  const invite = await prisma.invite.findFirst({ where: { tokenHash: hashToken(req.params.token) } });\n  await prisma.user.create({ data: { email: invite.email, organizationId: invite.organizationId } });\n  res.sendStatus(201);\n});\n") },
    },
    {
      name: 'sign-up endpoint is public by design',
      files: { 'src/auth.ts': express("app.post('/auth/signup', async (req, res) => {\n  await prisma.user.create({ data: { email: req.body.email } });\n  res.sendStatus(201);\n});\n") },
    },
    {
      name: 'app-level authentication middleware before the routes',
      files: { 'src/app.ts': express("app.use(requireAuth);\napp.delete('/projects/:id', async (req, res) => {\n  await prisma.project.deleteMany({ where: { id: req.params.id, ownerId: req.user.id } });\n  res.sendStatus(204);\n});\n") },
    },
    {
      name: 'NestJS global guard through APP_GUARD',
      files: {
        'src/app.module.ts': "import { Module } from '@nestjs/common';\nimport { APP_GUARD } from '@nestjs/core';\n@Module({ providers: [{ provide: APP_GUARD, useClass: JwtAuthGuard }] })\nexport class AppModule {}\n",
        'src/projects.controller.ts': "import { Controller, Delete, Param, Req } from '@nestjs/common';\n@Controller('projects')\nexport class ProjectsController {\n  @Delete(':id')\n  async remove(@Param('id') id: string, @Req() req) {\n    await this.prisma.project.deleteMany({ where: { id, ownerId: req.user.id } });\n  }\n}\n",
        'package.json': '{"name":"api"}\n',
      },
    },
    {
      name: 'Next.js middleware protects the API routes',
      files: {
        'middleware.ts': "import { withAuth } from 'next-auth/middleware';\nexport default withAuth({});\nexport const config = { matcher: ['/api/:path*'] };\n",
        'app/api/projects/[id]/route.ts': "export async function DELETE(req: Request, { params }) {\n  await prisma.project.delete({ where: { id: params.id } });\n  return new Response(null, { status: 204 });\n}\n",
      },
    },
    {
      name: 'read-only public route is not judged',
      files: { 'src/posts.ts': express("app.get('/posts/:slug', async (req, res) => {\n  res.json(await prisma.post.findFirst({ where: { slug: req.params.slug, published: true } }));\n});\n") },
    },
    {
      name: 'NestJS @Public() login with a global guard',
      files: {
        'src/main.ts': "import { NestFactory } from '@nestjs/core';\nconst app = await NestFactory.create(AppModule);\napp.useGlobalGuards(new JwtAuthGuard());\n",
        'src/auth.controller.ts': "import { Controller, Post, Body } from '@nestjs/common';\n@Controller('auth')\nexport class AuthController {\n  @Public()\n  @Post('login')\n  async login(@Body() dto) {\n    await this.prisma.session.create({ data: { userId: dto.userId } });\n  }\n}\n",
      },
    },
    {
      name: 'FastAPI dependency alias built on a plain alias of the authentication function',
      files: { 'app/deps.py': 'from typing import Annotated\nfrom fastapi import Depends\n\ndef get_current_user(token: str = Cookie(None)):\n    if not token:\n        raise HTTPException(401)\n    return load(token)\n\ncurrent_user = get_current_user\nCurrentUser = Annotated[User, Depends(current_user)]\n', 'app/routers/auth.py': 'from fastapi import APIRouter\nfrom app.deps import CurrentUser\nrouter = APIRouter()\n\n@router.put("/me")\ndef update_profile(body: ProfileIn, user: CurrentUser, db: DbSession):\n    user.full_name = body.full_name\n    db.commit()\n' },
    },
    {
      name: 'webhook verified by the team own verify*Signature helper',
      files: { 'src/paddle.ts': express("app.post('/webhooks/paddle', async (req, res) => {\n  verifyPaddleSignature(req.rawBody, req.get('Paddle-Signature'));\n  await prisma.subscription.updateMany({ where: { paddleId: req.body.data.id }, data: { state: req.body.data.status } });\n  res.sendStatus(200);\n});\n") },
    },
    {
      name: 'session helper that throws a 401 UnauthorizedError authenticates the caller',
      files: {
        'lib/session.ts': "export class UnauthorizedError extends Error { status = 401; }\nexport async function loadCaller() {\n  const session = await readSessionCookie();\n  if (!session) throw new UnauthorizedError('Not signed in');\n  return session;\n}\n",
        'app/notes/actions.ts': "'use server';\nimport { loadCaller } from '@/lib/session';\nexport async function deleteDraft(id: string) {\n  const caller = await loadCaller();\n  await db.delete(drafts).where(and(eq(drafts.id, id), eq(drafts.authorId, caller.userId)));\n}\n",
      },
    },
    {
      name: 'Next.js cron route that checks the Bearer CRON_SECRET shared secret',
      files: { 'app/api/cron/send-reminders/route.ts': cronRoute("  if (req.headers.get('authorization') !== `Bearer ${process.env.CRON_SECRET}`) {\n    return new Response('Unauthorized', { status: 401 });\n  }\n") },
    },
    {
      name: 'public waitlist form that only adds a record',
      files: { 'app/(marketing)/actions.ts': "'use server';\nexport async function joinWaitlist(formData: FormData) {\n  await db.insert(waitlist).values({ email: formData.get('email') });\n  return { ok: true };\n}\n" },
    },
    {
      name: 'Koa: child routers mounted with routes() and allowedMethods() behind the /api router guard',
      files: koaApi("const api = new Router({ prefix: '/api' });\napi.use(requireAuth);\napi.use('/tickets', ticketsRouter.routes(), ticketsRouter.allowedMethods());\napi.use('/contacts', contactsRouter.routes(), contactsRouter.allowedMethods());\nrootRouter.use(api.routes(), api.allowedMethods());\n"),
    },
    {
      name: "Koa: several routers in one use(), koa-router's middleware() alias, behind a guard passed before them",
      files: koaApi("rootRouter.use('/api', requireAuth, ticketsRouter.routes(), contactsRouter.middleware(), ticketsRouter.allowedMethods());\n"),
    },
  ],
  invalid: [
    {
      name: 'lookalike: a global passport.session() (and express-session) only restores a session, it turns nobody away',
      files: { 'src/app.js': passportApp('') },
      gaps: [{ messageId: 'missing', path: 'src/app.js', line: 8, includes: ['POST /projects'] }],
    },
    {
      name: 'TypeORM: a bank webhook marks a payroll run paid through a service and an imported payrollRunRepo(), verifying nothing (its Stripe sibling verifies)',
      files: bankWebhook(''),
      gaps: [{ messageId: 'missing', path: 'src/routes/webhooks.ts', line: 12, includes: ['POST /api/webhooks/bank/transfers', 'PayrollRun'] }],
    },
    {
      name: 'lookalike: a B2B billing checkout (a subscription for an organization) is no guest checkout',
      files: { 'src/app.ts': express("app.post('/billing/checkout', checkoutLimiter, async (req, res) => {\n  const sub = await prisma.pendingSubscription.create({ data: { organizationId: req.body.organizationId, plan: req.body.plan } });\n  const session = await stripe.checkout.sessions.create({ mode: 'subscription', client_reference_id: sub.id });\n  res.redirect(session.url);\n});\n") },
      gaps: [{ messageId: 'missing', path: 'src/app.ts', line: 3, includes: ['POST /billing/checkout'] }],
    },
    {
      name: 'lookalike: a booking route that updates an existing appointment is no public form',
      files: { 'pages/api/public/book.ts': "export default async function book(req, res) {\n  if (!(await enforceRateLimit(req, res, 'booking'))) return;\n  const appointment = await prisma.appointment.update({ where: { id: req.body.appointmentId }, data: { startsAt: req.body.startsAt } });\n  res.json({ id: appointment.id });\n}\n" },
      gaps: [{ messageId: 'missing', path: 'pages/api/public/book.ts', includes: ['updates Appointment'] }],
    },
    {
      name: 'lookalike: a checkout naming an existing order by id in its path',
      files: { 'src/app.ts': express("app.post('/orders/:orderId/checkout', checkoutLimiter, async (req, res) => {\n  const payment = await prisma.payment.create({ data: { orderId: req.params.orderId, amount: req.body.amount } });\n  res.json(payment);\n});\n") },
      gaps: [{ messageId: 'missing', path: 'src/app.ts', line: 3, includes: ['POST /orders/:orderId/checkout'] }],
    },
    {
      name: 'lookalike: a lead form under a public path segment with no rate limit is not judged public by design',
      files: leadForm(''),
      gaps: [{ messageId: 'missing', path: 'app/api/public/lead-forms/[slug]/route.ts', line: 5, includes: ['POST /api/public/lead-forms/[slug]', 'creates contacts'] }],
    },
    {
      name: 'lookalike: a rate-limited public lead form that also changes an existing row is judged like any change',
      files: leadForm(LEAD_LIMIT, "  await db.update(leadForms).set({ submissions: form.submissions + 1 }).where(eq(leadForms.id, form.id));\n  await db.insert(contacts).values({ workspaceId: form.workspaceId, email: body.email });\n"),
      gaps: [{ messageId: 'missing', path: 'app/api/public/lead-forms/[slug]/route.ts', line: 5, includes: ['updates leadForms'] }],
    },
    {
      name: 'lookalike: the DRF public booking view with no throttle_classes is not judged public by design',
      files: drfBooking(''),
      gaps: [{ messageId: 'missing', path: 'appointments/views.py', includes: ['POST /api/public/practices/<slug:practice_slug>/book', 'creates BookingRequest'] }],
    },
    {
      name: 'lookalike: a rate-limited unauthenticated create of an ordinary object (no public segment, no public-form noun)',
      files: { 'src/app.ts': express("app.post('/api/projects', apiLimiter, async (req, res) => {\n  const project = await prisma.project.create({ data: { name: req.body.name, organizationId: req.body.organizationId } });\n  res.status(201).json(project);\n});\n") },
      gaps: [{ messageId: 'missing', path: 'src/app.ts', line: 3, includes: ['POST /api/projects'] }],
    },
    {
      name: 'lookalike: a guest checkout with no rate limit is not judged public by design',
      files: { 'src/app.ts': express("app.post('/e/:orgSlug/:eventSlug/checkout', async (req, res) => {\n  const order = await prisma.order.create({ data: { email: req.body.email } });\n  res.json(order);\n});\n") },
      gaps: [{ messageId: 'missing', path: 'src/app.ts', line: 3 }],
    },
    {
      name: 'a wrapper named like a session check whose body only opens the iron-session',
      files: {
        'lib/session.ts': "import { withIronSessionApiRoute } from 'iron-session/next';\nexport function withSessionRoute(handler) {\n  return withIronSessionApiRoute(handler, sessionOptions);\n}\n",
        'pages/api/appointments/[id]/notes.ts': "import { withSessionRoute } from '@/lib/session';\nexport default withSessionRoute(async function notes(req, res) {\n  if (req.method === 'POST') {\n    const note = await prisma.appointmentNote.create({ data: { appointmentId: String(req.query.id), body: req.body.body } });\n    return res.status(201).json(note);\n  }\n  res.status(405).end();\n});\n",
      },
      gaps: [{ messageId: 'missing', path: 'pages/api/appointments/[id]/notes.ts', line: 3, includes: ['creates AppointmentNote'] }],
    },
    {
      name: 'lookalike: a public GET that redirects but changes the link row (archives it) is not a tracked redirect',
      files: { 'src/index.ts': "import { Hono } from 'hono';\nimport { eq } from 'drizzle-orm';\nconst app = new Hono();\napp.get('/:slug', async (c) => {\n  const [link] = await db.select().from(links).where(eq(links.slug, c.req.param('slug')));\n  if (!link) return c.notFound();\n  await db.update(links).set({ archived: true }).where(eq(links.id, link.id));\n  return c.redirect(link.destination, 302);\n});\nexport default app;\n" },
      gaps: [{ messageId: 'missing', path: 'src/index.ts', line: 4, includes: ['GET /:slug', 'links'] }],
    },
    {
      name: 'lookalike: a public GET that creates a team membership and redirects (an accept link with no token) is not a tracked redirect',
      files: { 'src/index.ts': "import { Hono } from 'hono';\nimport { eq } from 'drizzle-orm';\nconst app = new Hono();\napp.get('/:slug', async (c) => {\n  const [link] = await db.select().from(links).where(eq(links.slug, c.req.param('slug')));\n  if (!link) return c.notFound();\n  await db.insert(teamMembers).values({ teamId: link.teamId, userId: c.req.query('user') });\n  return c.redirect(link.destination, 302);\n});\nexport default app;\n" },
      gaps: [{ messageId: 'missing', path: 'src/index.ts', line: 4, includes: ['GET /:slug', 'teamMembers'] }],
    },
    {
      name: 'lookalike: a public POST that records a click without redirecting is not a tracked redirect',
      files: { 'src/index.ts': "import { Hono } from 'hono';\nimport { eq } from 'drizzle-orm';\nconst app = new Hono();\napp.post('/api/clicks', async (c) => {\n  await db.insert(clicks).values({ linkId: c.req.query('link') });\n  return c.body(null, 204);\n});\nexport default app;\n" },
      gaps: [{ messageId: 'missing', path: 'src/index.ts', line: 4, includes: ['POST /api/clicks', 'clicks'] }],
    },
    {
      name: 'lookalike: a public careers route that changes the job opening is no application form',
      files: nestCareers("  @Post('jobs/:jobId/apply')\n  apply(@Param('jobId') jobId: string) {\n    return this.jobs.updateOne({ _id: jobId }, { $inc: { applicants: 1 } });\n  }\n"),
      gaps: [{ messageId: 'missing', path: 'src/careers/careers.controller.ts', includes: ['POST /careers/:companySlug/jobs/:jobId/apply', 'updates JobOpening'] }],
    },
    {
      name: 'lookalike: applying a coupon is not a job application, even when it only adds a record',
      files: nestCareers("  @Post('coupons/:code/apply')\n  redeem(@Param('code') code: string, @Body() body: { orderId: string }) {\n    return this.coupons.create({ code, orderId: body.orderId });\n  }\n"),
      gaps: [{ messageId: 'missing', path: 'src/careers/careers.controller.ts', includes: ['POST /careers/:companySlug/coupons/:code/apply', 'creates Coupon'] }],
    },
    {
      name: 'lookalike: a header compared with a settings value that is no secret (config.appUrl) authenticates nobody',
      files: {
        'src/config.ts': "export const config = {\n  appUrl: process.env.APP_URL,\n  cronSecret: process.env.CRON_SECRET ?? '',\n};\n",
        'app/api/cron/send-reminders/route.ts': "import { config } from '@/src/config';\n" + cronRoute("  if (req.headers.get('authorization') !== `Bearer ${config.appUrl}`) {\n    return new Response('Unauthorized', { status: 401 });\n  }\n"),
      },
      gaps: [{ messageId: 'missing', path: 'app/api/cron/send-reminders/route.ts', includes: ['GET /api/cron/send-reminders'] }],
    },
    {
      name: 'lookalike: a mixin named OrganizerRequiredMixin whose dispatch checks nothing (it only sets the request up): its name is no authentication',
      files: cbvApp('class OrganizerRequiredMixin(AccessMixin):\n    def dispatch(self, request, *args, **kwargs):\n        request.organization = getattr(request, "organization", None)\n        return super().dispatch(request, *args, **kwargs)\n', publishView, '    path("events/<int:pk>/publish", views.EventPublishView.as_view()),\n'),
      gaps: [{ messageId: 'missing', path: 'app/views.py', line: 12, includes: ['POST /events/<int:pk>/publish'] }],
    },
    {
      name: 'lookalike: the decrypted webhook secret signs the delivery but is also handed back in the response',
      files: flaskWebhookDelivery('        key = decrypt_secret(hook.secret_encrypted)\n        requests.post(hook.url, data=body, headers={"X-Signature": _sign(key, body)}, timeout=5)\n        return {"secret": key}\n'),
      gaps: [{ messageId: 'missing', path: 'app/public.py', line: 8, includes: ['POST /forms/<int:form_id>/submissions', 'decrypt_secret'] }],
    },
    {
      name: 'lookalike: a Fastify plugin registered beside the authenticated /api scope gets none of its hooks',
      files: fastifyApp(),
      gaps: [{ messageId: 'missing', path: 'src/routes/gallery.ts', line: 3, includes: ['POST /gallery/:templateId/duplicate'] }],
    },
    {
      name: 'lookalike: a hook added by a plugin without fastify-plugin stays inside that plugin (its sibling routes are not authenticated)',
      files: fastifyApp("  await app.register(async (scope) => {\n    scope.addHook('onRequest', scope.authenticate);\n  });\n"),
      gaps: [{ messageId: 'missing', path: 'src/routes/gallery.ts', line: 3, includes: ['POST /gallery/:templateId/duplicate'] }],
    },
    {
      name: 'Clerk: a webhook on a path the public list names gets no authentication from the middleware',
      files: { 'middleware.ts': clerk(clerkPublic, '  if (!isPublicRoute(req)) {\n    await auth.protect();\n  }\n'), 'app/api/webhooks/signwell/route.ts': signwellHook },
      gaps: [{ messageId: 'webhook', path: 'app/api/webhooks/signwell/route.ts', includes: ['POST /api/webhooks/signwell'] }],
    },
    {
      name: 'Clerk: a path-to-regexp parameter in the public list (/api/public/:path*) leaves the route public',
      files: { 'middleware.ts': clerk(clerkPublic, '  if (!isPublicRoute(req)) await auth.protect();\n'), 'app/api/public/polls/[id]/route.ts': publicPoll },
      gaps: [{ messageId: 'missing', path: 'app/api/public/polls/[id]/route.ts', includes: ['POST /api/public/polls/[id]'] }],
    },
    {
      name: 'Clerk: a route isProtectedRoute does not match is not protected',
      files: { 'middleware.ts': clerk(clerkProtected, '  if (isProtectedRoute(req)) await auth.protect();\n'), 'app/api/polls/[id]/route.ts': publicPoll },
      gaps: [{ messageId: 'missing', path: 'app/api/polls/[id]/route.ts', includes: ['POST /api/polls/[id]'] }],
    },
    {
      name: 'Clerk: after an early return for public routes, a public route stays public',
      files: { 'middleware.ts': clerk(clerkPublic, '  if (isPublicRoute(req)) return;\n  await auth.protect();\n'), 'app/api/public/polls/[id]/route.ts': publicPoll },
      gaps: [{ messageId: 'missing', path: 'app/api/public/polls/[id]/route.ts' }],
    },
    {
      name: 'Clerk: redirectToSignIn() limited by isProtectedRoute leaves other paths public',
      files: { 'middleware.ts': clerk(clerkProtected, '  const { userId, redirectToSignIn } = await auth();\n  if (!userId && isProtectedRoute(req)) return redirectToSignIn();\n'), 'app/api/polls/[id]/route.ts': publicPoll },
      gaps: [{ messageId: 'missing', path: 'app/api/polls/[id]/route.ts' }],
    },
    {
      name: 'Clerk: reading the session with await auth() in the middleware refuses no one',
      files: { 'middleware.ts': clerk('', '  const { userId } = await auth();\n  if (userId) console.log(userId);\n'), 'app/api/projects/[id]/route.ts': projectDelete },
      gaps: [{ messageId: 'missing', path: 'app/api/projects/[id]/route.ts' }],
    },
    {
      name: 'Clerk: clerkMiddleware() without auth.protect() signs no one in',
      files: { 'middleware.ts': "import { clerkMiddleware } from '@clerk/nextjs/server';\nexport default clerkMiddleware();\nexport const config = { matcher: ['/(api|trpc)(.*)'] };\n", 'app/api/projects/[id]/route.ts': projectDelete },
      gaps: [{ messageId: 'missing', path: 'app/api/projects/[id]/route.ts' }],
    },
    {
      name: 'Clerk: auth.protect() everywhere, but config.matcher only covers the dashboard',
      files: { 'middleware.ts': clerk('', '  await auth.protect();\n', "['/dashboard/:path*']"), 'app/api/projects/[id]/route.ts': projectDelete },
      gaps: [{ messageId: 'missing', path: 'app/api/projects/[id]/route.ts' }],
    },
    {
      name: 'Clerk v4 authMiddleware: a route on a publicRoutes path is public',
      files: {
        'middleware.ts': "import { authMiddleware } from '@clerk/nextjs';\nexport default authMiddleware({ publicRoutes: ['/', '/api/public(.*)'] });\nexport const config = { matcher: ['/((?!.+\\\\.[\\\\w]+$|_next).*)', '/(api|trpc)(.*)'] };\n",
        'app/api/public/polls/[id]/route.ts': publicPoll,
      },
      gaps: [{ messageId: 'missing', path: 'app/api/public/polls/[id]/route.ts' }],
    },
    {
      name: 'Clerk: a server action on the bare client is not protected by a middleware that leaves some paths public (it can be posted to any page)',
      files: { 'middleware.ts': clerk(clerkPublic, '  if (!isPublicRoute(req)) await auth.protect();\n'), 'lib/safe-action.ts': safeActionLib, 'app/projects/actions.ts': bareArchive },
      gaps: [{ messageId: 'missing', path: 'app/projects/actions.ts', includes: ['server action archiveProject'] }],
    },
    {
      name: 'Clerk: nor by one that protects only the matched paths',
      files: { 'middleware.ts': clerk(clerkProtected, '  if (isProtectedRoute(req)) await auth.protect();\n'), 'lib/safe-action.ts': safeActionLib, 'app/dashboard/projects/actions.ts': bareArchive },
      gaps: [{ messageId: 'missing', path: 'app/dashboard/projects/actions.ts' }],
    },
    {
      name: "lookalike: Hono + Drizzle, an invitation accepted by its id from the URL (c.req.param('id')) is no secret",
      files: honoAccept('id', false),
      gaps: [{ messageId: 'missing', path: 'src/routes/invites.ts', line: 5, includes: ['POST /:id/accept', 'without any authentication'] }],
    },
    {
      name: "lookalike: CommonJS, the same router mounted by an inline require with no guard (the controller's exports.updateProfile is followed)",
      files: cjsApp("router.use('/account', require('./account'));", { account: "router.patch('/', asyncHandler(ctrl.updateProfile));" }, { account: "exports.updateProfile = async (req, res) => {\n  await User.update({ fullName: req.body.fullName }, { where: { id: req.user.id } });\n  res.status(204).end();\n};\n" }),
      gaps: [{ messageId: 'missing', path: 'src/routes/account.js', line: 7, includes: ['PATCH /api/account', 'updates User'] }],
    },
    {
      name: 'CommonJS: a controller exported as module.exports = { name: asyncHandler(async …) } is followed',
      files: cjsApp("router.use('/imports', require('./imports'));", { imports: "router.post('/customers', ctrl.importCustomers);" }, { imports: "const asyncHandler = require('../lib/asyncHandler');\nmodule.exports = {\n  importCustomers: asyncHandler(async (req, res) => {\n    await Customer.bulkCreate(req.body.rows.map((r) => ({ ...r, organizationId: req.body.organizationId })));\n    res.status(201).end();\n  }),\n};\n" }),
      gaps: [{ messageId: 'missing', path: 'src/routes/imports.js', line: 7, includes: ['POST /api/imports/customers', 'creates Customer'] }],
    },
    {
      name: 'a pages API route in plain JavaScript that names nothing of Next.js (no import) is still a route',
      files: { 'pages/api/projects/[id].js': "export default async function handler(req, res) {\n  if (req.method === 'DELETE') {\n    await prisma.project.delete({ where: { id: req.query.id } });\n    return res.status(204).end();\n  }\n  res.status(405).end();\n}\n" },
      gaps: [{ messageId: 'missing', path: 'pages/api/projects/[id].js', includes: ['DELETE /api/projects/[id]', 'deletes Project'] }],
    },
    {
      name: 'TypeORM: a webhook with no signature check saves through a repository local (const repo = AppDataSource.getRepository(TimeEntry))',
      files: repoWebhook(''),
      gaps: [{ messageId: 'missing', path: 'src/routes/webhooks.ts', includes: ['POST /toggl', 'TimeEntry'] }],
    },
    {
      name: 'lookalike: a middleware imported by name is a guard only where it is used: a router without router.use(requireAuth, …) is open',
      files: caslApp(caslDelete(''), 'router.use(attachAbility);'),
      gaps: [{ messageId: 'missing', path: 'src/routes/warehouses.js', line: 7, includes: ['DELETE /api/warehouses/:id'] }],
    },
    {
      name: 'NestJS @Roles on a route with no guard at all: the label neither signs in nor checks anyone',
      files: { 'src/projects.controller.ts': "import { Controller, Delete, Param } from '@nestjs/common';\n@Controller('projects')\nexport class ProjectsController {\n  @Delete(':id')\n  @Roles('admin')\n  async remove(@Param('id') id: string) {\n    await this.prisma.project.delete({ where: { id } });\n  }\n}\n" },
      gaps: [{ messageId: 'missing', path: 'src/projects.controller.ts', includes: ['DELETE /projects/:id'] }],
    },
    {
      name: 'Mongoose document loaded with populate() and deleted with no guard',
      files: { 'src/app.js': "const express = require('express');\nconst app = express();\napp.delete('/documents/:id', async (req, res) => {\n  const doc = await Document.findById(req.params.id).populate('owner').exec();\n  await doc.deleteOne();\n  res.sendStatus(204);\n});\n" },
      gaps: [{ messageId: 'missing', path: 'src/app.js', line: 3, includes: ['DELETE /documents/:id', 'deletes Document'] }],
    },
    {
      name: 'lookalike: Next.js pages handler whose session check sits inside the GET branch only',
      files: { 'pages/api/projects/[id]/files.ts': "import type { NextApiRequest, NextApiResponse } from 'next';\nimport { getServerSession } from 'next-auth/next';\nexport default async function handler(req: NextApiRequest, res: NextApiResponse) {\n  const projectId = req.query.id as string;\n  if (req.method === 'GET') {\n    const session = await getServerSession(req, res, authOptions);\n    if (!session) return res.status(401).end();\n    const files = await prisma.file.findMany({ where: { projectId } });\n    return res.json(files);\n  }\n  if (req.method === 'POST') {\n    const project = await prisma.project.findFirst({ where: { id: projectId } });\n    if (!project) return res.status(404).end();\n    const file = await prisma.file.create({ data: { projectId: project.id, name: req.body.name } });\n    return res.status(201).json(file);\n  }\n  return res.status(405).end();\n}\n" },
      gaps: [{ messageId: 'missing', path: 'pages/api/projects/[id]/files.ts', line: 11, includes: ['POST /api/projects/[id]/files', 'creates File'] }],
    },
    {
      name: 'Sequelize row loaded by primary key and destroyed with no guard',
      files: { 'src/app.ts': "import express from 'express';\nconst app = express();\napp.delete('/shifts/:id', async (req, res) => {\n  const shift = await Shift.findByPk(req.params.id);\n  await shift.destroy();\n  res.sendStatus(204);\n});\n" },
      gaps: [{ messageId: 'missing', path: 'src/app.ts', line: 3, includes: ['DELETE /shifts/:id', 'deletes Shift'] }],
    },
    {
      name: 'FastAPI dependency alias of a function that authenticates nobody',
      files: { 'app/deps.py': 'from typing import Annotated\nfrom fastapi import Depends\n\ndef get_locale(accept_language: str = Header("en")):\n    return accept_language\n\ncurrent_locale = get_locale\nLocale = Annotated[str, Depends(current_locale)]\n', 'app/routers/projects.py': 'from fastapi import APIRouter\nfrom app.deps import Locale\nrouter = APIRouter()\n\n@router.delete("/projects/{project_id}")\ndef delete_project(project_id: int, locale: Locale, db: DbSession):\n    db.delete(db.get(Project, project_id))\n    db.commit()\n' },
      gaps: [{ messageId: 'missing', path: 'app/routers/projects.py', line: 5, includes: ['DELETE /projects/{project_id}'] }],
    },
    {
      name: 'Express route that deletes with no guard at all',
      files: { 'src/app.ts': express("app.delete('/projects/:id', async (req, res) => {\n  await prisma.project.delete({ where: { id: req.params.id } });\n  res.sendStatus(204);\n});\n") },
      gaps: [{ messageId: 'missing', path: 'src/app.ts', line: 3, includes: ['DELETE /projects/:id', 'deletes Project'] }],
    },
    {
      name: 'webhook that verifies no signature',
      files: { 'src/billing.ts': express("app.post('/billing/webhook', async (req, res) => {\n  await prisma.organization.update({ where: { stripeCustomerId: req.body.data.object.customer }, data: { plan: req.body.plan } });\n  res.json({ received: true });\n});\n") },
      gaps: [{ messageId: 'webhook', path: 'src/billing.ts', line: 3, includes: ['POST /billing/webhook', 'updates Organization'] }],
    },
    {
      name: 'NestJS @Public() on a delete skips the global guard',
      files: {
        'src/main.ts': "import { NestFactory } from '@nestjs/core';\nconst app = await NestFactory.create(AppModule);\napp.useGlobalGuards(new JwtAuthGuard());\n",
        'src/projects.controller.ts': "import { Controller, Delete, Param } from '@nestjs/common';\n@Controller('projects')\nexport class ProjectsController {\n  @Public()\n  @Delete(':id')\n  async remove(@Param('id') id: string) {\n    await this.prisma.project.delete({ where: { id } });\n  }\n}\n",
      },
      gaps: [{ messageId: 'missing', path: 'src/projects.controller.ts', includes: ['DELETE /projects/:id', 'Public'] }],
    },
    {
      name: 'Next.js route handler outside the middleware matcher',
      files: {
        'middleware.ts': "import { withAuth } from 'next-auth/middleware';\nexport default withAuth({});\nexport const config = { matcher: ['/dashboard/:path*'] };\n",
        'app/api/projects/[id]/route.ts': "export async function DELETE(req: Request, { params }) {\n  await prisma.project.delete({ where: { id: params.id } });\n  return new Response(null, { status: 204 });\n}\n",
      },
      gaps: [{ messageId: 'missing', path: 'app/api/projects/[id]/route.ts', includes: ['DELETE /api/projects/[id]'] }],
    },
    {
      name: 'Hono and Koa routes without middleware',
      files: {
        'src/hono.ts': "import { Hono } from 'hono';\nconst app = new Hono();\napp.use('/admin/*', requireAuth);\napp.post('/projects/:id/archive', async (c) => {\n  await db.update(projects).set({ archived: true }).where(eq(projects.id, c.req.param('id')));\n  return c.body(null, 204);\n});\n",
        'src/koa.ts': "import Router from '@koa/router';\nconst router = new Router({ prefix: '/documents' });\nrouter.delete('/:id', async (ctx) => {\n  await knex('documents').where({ id: ctx.params.id }).del();\n  ctx.status = 204;\n});\n",
      },
      gaps: [
        { messageId: 'missing', path: 'src/hono.ts', line: 4, includes: ['POST /projects/:id/archive', 'updates projects'] },
        { messageId: 'missing', path: 'src/koa.ts', line: 3, includes: ['DELETE /documents/:id', 'deletes documents'] },
      ],
    },
    {
      name: 'pages API route with a method branch',
      files: { 'pages/api/projects/[id].ts': "export default async function handler(req, res) {\n  if (req.method === 'DELETE') {\n    await prisma.project.delete({ where: { id: req.query.id } });\n    return res.status(204).end();\n  }\n  res.json(await prisma.project.findMany());\n}\n" },
      gaps: [{ messageId: 'missing', path: 'pages/api/projects/[id].ts', line: 2, includes: ['DELETE /api/projects/[id]'] }],
    },
    {
      name: 'a header read without a secret from the environment is not a shared-secret check',
      files: { 'app/api/cron/send-reminders/route.ts': cronRoute("  console.log('cron', req.headers.get('authorization'));\n") },
      gaps: [{ messageId: 'missing', path: 'app/api/cron/send-reminders/route.ts', includes: ['GET /api/cron/send-reminders', 'updates reminders'] }],
    },
    {
      name: 'lookalike: removing a waitlist entry is not a public form',
      files: { 'app/(marketing)/actions.ts': "'use server';\nexport async function removeFromWaitlist(id: string) {\n  await db.delete(waitlist).where(eq(waitlist.id, id));\n}\n" },
      gaps: [{ messageId: 'missing', path: 'app/(marketing)/actions.ts', includes: ['server action removeFromWaitlist', 'deletes waitlist'] }],
    },
    {
      name: 'webhook that only creates, with no signature check (and a same-named create helper elsewhere)',
      files: {
        'src/webhooks.ts': "import express from 'express';\nimport { prisma } from './prisma';\nexport const webhooksRouter = express.Router();\nwebhooksRouter.post('/sms', async (req, res) => {\n  await prisma.inboundMessage.create({ data: { from: req.body.From, body: req.body.Body } });\n  res.type('text/xml').send('<Response></Response>');\n});\n",
        'src/server.ts': "import express from 'express';\nimport { webhooksRouter } from './webhooks';\nconst app = express();\napp.use('/api/webhooks', webhooksRouter);\n",
        'src/prisma.ts': "import { PrismaClient } from '@prisma/client';\nexport const prisma = new PrismaClient();\n",
        'src/jobs.service.ts': "async function create(user, input) {\n  assertCan(user, 'job.create');\n  return prisma.job.create({ data: input });\n}\nexport const jobsService = { create };\n",
      },
      gaps: [{ messageId: 'webhook', path: 'src/webhooks.ts', line: 4, includes: ['POST /api/webhooks/sms', 'creates InboundMessage'] }],
    },
    {
      name: 'Koa: a child router mounted with routes() and allowedMethods() on the root router, beside the guarded /api router',
      files: koaApi("rootRouter.use('/public/contacts', contactsRouter.routes(), contactsRouter.allowedMethods());\nconst api = new Router({ prefix: '/api' });\napi.use(requireAuth);\napi.use('/tickets', ticketsRouter.routes(), ticketsRouter.allowedMethods());\nrootRouter.use(api.routes(), api.allowedMethods());\n"),
      gaps: [{ messageId: 'missing', path: 'src/routes/contacts.ts', line: 3, includes: ['POST /public/contacts'] }],
    },
    {
      name: 'Koa: a guard passed after the router in one use() runs after its routes',
      files: koaApi("rootRouter.use('/api', ticketsRouter.routes(), requireAuth, contactsRouter.routes());\n"),
      gaps: [{ messageId: 'missing', path: 'src/routes/tickets.ts', line: 3, includes: ['PATCH /api/:id'] }],
    },
  ],
};
export default cases;
