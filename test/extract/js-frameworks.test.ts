import { describe, expect, it } from '@jest/globals';
import { FactIndex } from '../../src/core/fact-index.js';
import type { FileFacts } from '../../src/core/facts.js';
import type { Language } from '../../src/core/model.js';
import { parseSource } from '../../src/core/parse.js';
import type { FileEntry } from '../../src/core/scan.js';
import { extractSource } from '../../src/extract/index.js';
import { pathPatternSource } from '../../src/extract/js/nextjs.js';

async function facts(files: Record<string, string>): Promise<{ index: FactIndex; byPath: Map<string, FileFacts> }> {
  const entries: FileEntry[] = [];
  const all: FileFacts[] = [];
  for (const [path, text] of Object.entries(files)) {
    const language: Language = path.endsWith('.py') ? 'python' : path.endsWith('.tsx') ? 'tsx' : 'typescript';
    entries.push({ path, absolute: path, size: text.length, kind: 'source', language });
    all.push(extractSource(path, language, text, await parseSource(language, text), text.split('\n').length, []));
  }
  return { index: new FactIndex(entries, all), byPath: new Map(all.map((f) => [f.path, f])) };
}

const routes = (index: FactIndex) => index.routes().map((r) => `${r.route.method} ${r.fullPath} [${r.guards.map((g) => g.callee).join(',')}]`).toSorted();

describe('JavaScript framework routes', () => {
  it('Express: route() chains, wrapped handlers, router-level use and mounts across files', async () => {
    const { index } = await facts({
      'src/server.ts': "import express from 'express';\nimport { docs } from './docs';\nconst app = express();\napp.use('/docs', requireAuth, docs);\n",
      'src/docs.ts': "import { Router } from 'express';\nexport const docs = Router();\ndocs.use(audit);\ndocs.route('/:id').get(asyncHandler(async (req, res) => res.json({}))).delete(requireRole('admin'), remove);\n",
    });
    expect(routes(index)).toEqual(['DELETE /docs/:id [requireAuth,audit,requireRole]', 'GET /docs/:id [requireAuth,audit]']);
    expect(index.routes().find((r) => r.route.method === 'DELETE')!.route.params).toEqual(['id']);
  });

  it('Koa: router prefix, router.use, app.use(router.routes())', async () => {
    const { index } = await facts({
      'src/app.ts': "import Koa from 'koa';\nimport { router } from './router';\nconst app = new Koa();\napp.use(router.routes()).use(router.allowedMethods());\n",
      'src/router.ts': "import Router from '@koa/router';\nexport const router = new Router({ prefix: '/api' });\nrouter.use(requireUser);\nrouter.del('/invoices/:id', async (ctx) => {});\n",
    });
    expect(routes(index)).toEqual(['DELETE /api/invoices/:id [requireUser]']);
  });

  it('Koa: use(prefix, guard, a.routes(), b.middleware(), a.allowedMethods()) mounts each router behind the guard', async () => {
    const { index } = await facts({
      'src/app.ts': "import Koa from 'koa';\nimport Router from '@koa/router';\nimport { aRouter } from './a';\nimport { bRouter } from './b';\nconst app = new Koa();\nconst root = new Router();\nroot.use(session.middleware());\nroot.use('/v1', requireUser, aRouter.routes(), bRouter.middleware(), aRouter.allowedMethods());\napp.use(root.routes()).use(root.allowedMethods());\n",
      'src/a.ts': "import Router from '@koa/router';\nexport const aRouter = new Router({ prefix: '/a' });\naRouter.post('/', async (ctx) => {});\n",
      'src/b.ts': "import Router from '@koa/router';\nexport const bRouter = new Router();\nbRouter.del('/b/:id', async (ctx) => {});\n",
    });
    expect(routes(index)).toEqual(['DELETE /v1/b/:id [session.middleware,requireUser]', 'POST /v1/a [session.middleware,requireUser]']);
  });

  it('Hono: basePath, route() mounts and path-scoped middleware', async () => {
    const { index } = await facts({
      'src/index.ts': "import { Hono } from 'hono';\nimport { admin } from './admin';\nconst app = new Hono().basePath('/v1');\napp.use('/admin/*', requireAdmin);\napp.use('/public/*', cache());\napp.route('/admin', admin);\napp.get('/public/ping', (c) => c.text('ok'));\n",
      'src/admin.ts': "import { Hono } from 'hono';\nexport const admin = new Hono();\nadmin.delete('/users/:id', (c) => c.body(null));\n",
    });
    expect(routes(index)).toEqual(['DELETE /v1/admin/users/:id [requireAdmin]', 'GET /v1/public/ping [cache]']);
  });

  it('Fastify: route options, route(), plugin hooks and register prefixes across files', async () => {
    const { index } = await facts({
      'src/app.ts': "import Fastify from 'fastify';\nimport projects from './projects';\nconst app = Fastify();\napp.addHook('onRequest', app.authenticate);\napp.register(projects, { prefix: '/projects' });\n",
      'src/projects.ts': "import type { FastifyInstance } from 'fastify';\nexport default async function projectRoutes(fastify: FastifyInstance) {\n  fastify.addHook('preHandler', loadOrg);\n  fastify.delete('/:id', { preHandler: [requireRole('admin')] }, async () => {});\n  fastify.route({ method: ['PUT', 'PATCH'], url: '/:id', onRequest: [audit], handler: async () => {} });\n}\n",
    });
    expect(routes(index)).toEqual([
      'DELETE /projects/:id [app.authenticate,loadOrg,requireRole]',
      'PATCH /projects/:id [app.authenticate,loadOrg,audit]',
      'PUT /projects/:id [app.authenticate,loadOrg,audit]',
    ]);
  });

  it('Fastify: nested inline plugins with any parameter name, prefixes that nest, fastify-plugin hooks and encapsulated siblings', async () => {
    const { index } = await facts({
      'src/app.ts': "import Fastify from 'fastify';\nimport fp from 'fastify-plugin';\nimport authPlugin from './auth';\nimport docs from './docs';\nimport gallery from './gallery';\nconst app = Fastify();\nawait app.register(authPlugin);\nawait app.register(fp(async (root) => { root.addHook('onRequest', traceRequest); }));\nawait app.register(gallery, { prefix: '/gallery' });\nawait app.register(async (scope) => { scope.addHook('preHandler', onlyInScope); });\nawait app.register(async (api) => {\n  await api.register(async (ws) => {\n    ws.register(docs, { prefix: '/documents' });\n    ws.addHook('preHandler', requireMember);\n  }, { prefix: '/workspaces/:workspaceId' });\n  api.addHook('onRequest', api.authenticate);\n}, { prefix: '/api' });\n",
      'src/auth.ts': "import fp from 'fastify-plugin';\nexport default fp(async (server) => {\n  server.decorate('verifyUser', async (request) => { await request.jwtVerify(); });\n  server.addHook('onRequest', server.verifyUser);\n});\n",
      'src/docs.ts': "import type { FastifyInstance } from 'fastify';\nexport default async function docRoutes(app: FastifyInstance) {\n  app.delete('/:id', async () => {});\n  app.addHook('preHandler', loadDoc);\n}\n",
      'src/gallery.ts': "import type { FastifyInstance } from 'fastify';\nexport default async function galleryRoutes(app: FastifyInstance) {\n  app.post('/:id/copy', async () => {});\n}\n",
    });
    // A child plugin copies its parent's hooks when it loads: the workspace plugin is awaited before /api adds its hook, so
    // that hook misses it; the documents plugin is not awaited, so it loads after the workspace plugin's code has run and
    // gets requireMember. A plugin's own hooks apply to its routes wherever they are added; `scope`'s stay in `scope`.
    expect(routes(index)).toEqual([
      'DELETE /api/workspaces/:workspaceId/documents/:id [server.verifyUser,traceRequest,requireMember,loadDoc]',
      'POST /gallery/:id/copy [server.verifyUser,traceRequest]',
    ]);
    expect(index.resolveFunction('src/app.ts', 'server.verifyUser')?.calls.map((c) => c.callee)).toEqual(['request.jwtVerify']);
  });

  it('Fastify: rate-limit settings in route options, also through constants and spreads of the file', async () => {
    const { byPath } = await facts({
      'src/auth.ts': "import type { FastifyPluginAsync } from 'fastify';\nconst strict = { rateLimit: { max: 5, timeWindow: '1 minute' } };\nconst guarded = { preHandler: [requireCaptcha], config: strict };\nexport const auth: FastifyPluginAsync = async (app) => {\n  app.post('/login', { config: strict }, async () => ({}));\n  app.post('/signup', { ...guarded, schema }, async () => ({}));\n  app.post('/reset', { config: { rateLimit: resetLimit } }, async () => ({}));\n  app.get('/status', { config: { rateLimit: false } }, async () => ({}));\n  app.route({ method: 'POST', url: '/otp', config: strict, handler: async () => ({}) });\n  app.post('/logout', { config: { audit: true } }, async () => ({}));\n};\n",
    });
    expect(byPath.get('src/auth.ts')!.routes.map((r) => [r.method, r.path, r.rateLimit ?? null, r.guards.map((g) => g.callee)])).toEqual([
      ['POST', '/login', 'own', []],
      ['POST', '/signup', 'own', ['requireCaptcha']],
      ['POST', '/reset', 'own', []],
      ['GET', '/status', 'off', []],
      ['POST', '/otp', 'own', []],
      ['POST', '/logout', null, []],
    ]);
  });

  it('Next.js: route handlers under route groups, pages API branches, server actions, middleware', async () => {
    const { index, byPath } = await facts({
      'app/(admin)/api/users/[id]/route.ts': "export const DELETE = withRole('admin', async (req, { params }) => new Response(null));\nexport async function GET() { return Response.json({}); }\n",
      'pages/api/projects/index.ts': "export default async function handler(req, res) {\n  switch (req.method) {\n    case 'POST':\n      return res.json(await create(req.body));\n    default:\n      return res.json([]);\n  }\n}\n",
      'app/actions.ts': "export async function rename(projectId: string, { name }: { name: string }) {\n  'use server';\n  await db.project.update({ where: { id: projectId }, data: { name } });\n}\n",
      'middleware.ts': "import { clerkMiddleware } from '@clerk/nextjs/server';\nexport default clerkMiddleware();\nexport const config = { matcher: ['/api/:path*'] };\n",
    });
    expect(routes(index)).toEqual(['DELETE /api/users/[id] [withRole]', 'GET /api/users/[id] []', 'POST /api/projects []', 'POST /rename []']);
    expect(index.routes().find((r) => r.route.path === 'rename')!.route.params).toEqual(['projectId', 'name']);
    expect(byPath.get('middleware.ts')!.mounts).toMatchObject([{ parent: '*', prefix: '/api', guards: [{ callee: 'clerkMiddleware' }] }]);
  });

  it('Next.js: Clerk middleware limits auth.protect() to the paths its route matcher leaves protected', async () => {
    const { byPath } = await facts({
      'middleware.ts': "import { clerkMiddleware, createRouteMatcher } from '@clerk/nextjs/server';\nconst isPublicRoute = createRouteMatcher(['/', '/api/webhooks/(.*)']);\nconst isAdminRoute = createRouteMatcher(['/admin/:path*']);\nexport default clerkMiddleware(async (auth, req) => {\n  if (isAdminRoute(req)) await auth.protect({ role: 'org:admin' });\n  if (!isPublicRoute(req)) {\n    await auth.protect();\n  }\n  if (req.nextUrl.pathname.startsWith('/beta')) await auth.protect();\n});\nexport const config = { matcher: ['/(api|trpc)(.*)'] };\n",
    });
    const mounts = byPath.get('middleware.ts')!.mounts;
    // The protect under a condition that is not a route matcher's runs everywhere, as before.
    expect(mounts.map((m) => [m.guards.map((g) => g.callee), m.match])).toEqual([
      [['clerkMiddleware', 'isAdminRoute', 'isPublicRoute', 'req.nextUrl.pathname.startsWith', 'auth.protect'], undefined],
      [['clerkMiddleware', 'auth.protect'], { include: ['^/admin(?:/[^/]+(?:/[^/]+)*)?/?$'] }],
      [['clerkMiddleware', 'auth.protect'], { exclude: ['^/?$', '^/api/webhooks/(?:.*)/?$'] }],
    ]);
    expect(pathPatternSource('/sign-in(.*)')).toBe('^/sign-in(?:.*)/?$');
    for (const [pattern, path, hit] of [['/api/webhooks/(.*)', '/api/webhooks/signwell', true], ['/api/health', '/api/health/', true], ['/api/health', '/api/healthz', false], ['/projects/:id', '/projects/[id]', true], ['/projects/:id', '/projects/[id]/members', false], ['/docs/:path*', '/docs', true]] as const) {
      expect([pattern, path, new RegExp(pathPatternSource(pattern)!, 'i').test(path)]).toEqual([pattern, path, hit]);
    }
  });

  it('NestJS: controller prefix, class and method guards, global guards', async () => {
    const { index, byPath } = await facts({
      'src/members.controller.ts': "import { Controller, Delete, Param, UseGuards } from '@nestjs/common';\n@Controller('projects/:projectId/members')\n@UseGuards(AuthGuard('jwt'))\nexport class MembersController {\n  @Delete(':userId')\n  @UseGuards(RolesGuard)\n  @Roles('admin')\n  @ApiOkResponse()\n  remove(@Param('userId') member: string) {}\n}\n",
      'src/main.ts': "import { NestFactory } from '@nestjs/core';\nconst app = await NestFactory.create(AppModule);\napp.useGlobalGuards(new ThrottlerGuard());\n",
    });
    expect(routes(index)).toEqual(['DELETE /projects/:projectId/members/:userId [AuthGuard,RolesGuard,Roles]']);
    expect(index.routes()[0]!.route.params).toEqual(['projectId', 'userId', 'member']);
    expect(byPath.get('src/main.ts')!.mounts).toMatchObject([{ parent: '*', guards: [{ callee: 'ThrottlerGuard' }] }]);
    // Decorators only label the route; the guards bound with @UseGuards run.
    expect(index.routes()[0]!.guards.map((g) => `${g.callee}${g.metadata ? ' (label)' : ''}`)).toEqual(['AuthGuard', 'RolesGuard', 'Roles (label)']);
  });

  it('NestJS: a @Headers parameter is a header read', async () => {
    const { index } = await facts({
      'src/sla.controller.ts': "import { Controller, Headers, Post } from '@nestjs/common';\n@Controller('internal')\nexport class SlaController {\n  @Post('sla-sweep')\n  sweep(@Headers('Authorization') authorization: string) {}\n}\n",
    });
    expect(index.routes()[0]!.route.headerReads).toEqual([{ name: 'authorization', line: 5 }]);
  });

  it('a method called on an instance made with new names its class and the constructor arguments', async () => {
    const { byPath } = await facts({
      'src/routes.ts': "import { Router } from 'express';\nconst router = Router();\nrouter.delete('/:id', async (req, res) => {\n  await new ClientService(req.user!).remove(req.params.id);\n  const svc = new ClientService(req.user);\n  await svc.remove(req.params.id);\n  await newsletter.send(req.body);\n});\n",
    });
    const calls = byPath.get('src/routes.ts')!.routes[0]!.calls.filter((c) => /remove|send/.test(c.callee));
    expect(calls.map((c) => [c.callee, c.receiverType, c.receiverArgs])).toEqual([
      ['newClientService(req.user!).remove', 'ClientService', ['req.user']],
      ['svc.remove', 'ClientService', ['req.user']],
      ['newsletter.send', undefined, undefined],
    ]);
  });

  it('a method of an injected model or repository field is the ORM\'s, not another class\'s method of that name', async () => {
    const { index, byPath } = await facts({
      'src/offers.service.ts': "import { Injectable } from '@nestjs/common';\nimport { InjectModel } from '@nestjs/mongoose';\nimport { Model } from 'mongoose';\n@Injectable()\nexport class OffersService {\n  constructor(@InjectModel(Offer.name) private readonly offers: Model<Offer>, @InjectRepository(User) private readonly users: UsersRepository, private readonly feedback: FeedbackService) {}\n  async get(id: string) {\n    await this.users.findActive();\n    await this.feedback.findOne(id);\n    return this.offers.findOne({ _id: id }).lean();\n  }\n}\n",
      'src/feedback.service.ts': "export class FeedbackService {\n  findOne(id: string) {\n    return this.feedback.findById(id);\n  }\n}\n",
      'src/users.repository.ts': "export class UsersRepository extends Repository<User> {\n  findActive() {\n    return this.find({ where: { active: true } });\n  }\n}\n",
    });
    const calls = byPath.get('src/offers.service.ts')!.functions.find((f) => f.qualifiedName === 'OffersService.get')!.calls;
    const call = (callee: string) => calls.find((c) => c.callee === callee)!;
    expect([call('this.offers.findOne').receiverType, call('this.offers.findOne').ormReceiver]).toEqual(['Model', true]);
    expect(index.resolveCall('src/offers.service.ts', call('this.offers.findOne'))).toBeNull();
    // A custom repository's own method is the repository's code; an injected service's method is that service's.
    expect(index.resolveCall('src/offers.service.ts', call('this.users.findActive'))?.qualifiedName).toBe('UsersRepository.findActive');
    expect(index.resolveCall('src/offers.service.ts', call('this.feedback.findOne'))?.qualifiedName).toBe('FeedbackService.findOne');
  });

  it('tRPC: nested routers give the procedure path, custom procedures are builder aliases', async () => {
    const { index, byPath } = await facts({
      'src/trpc.ts': "import { initTRPC } from '@trpc/server';\nconst t = initTRPC.create();\nexport const router = t.router;\nexport const protectedProcedure = t.procedure.use(isAuthed);\nexport const adminProcedure = protectedProcedure.use(isAdmin);\n",
      'src/root.ts': "import { router } from './trpc';\nimport { projectRouter } from './project';\nexport const appRouter = router({ project: projectRouter, health: router({ ping: publicProcedure.query(() => 'pong') }) });\n",
      'src/project.ts': "import { adminProcedure, router } from './trpc';\nexport const projectRouter = router({ remove: adminProcedure.input(schema).mutation(async ({ input }) => {}) });\n",
    });
    expect(routes(index)).toEqual(['GET /health/ping [publicProcedure]', 'POST /project/remove [adminProcedure]']);
    expect(byPath.get('src/trpc.ts')!.mounts.map((m) => `${m.child}<-${m.parent} [${m.guards.map((g) => g.callee).join(',')}]`)).toEqual(['protectedProcedure<-t.procedure [isAuthed]', 'adminProcedure<-protectedProcedure [isAdmin]']);
  });
});

describe('data operations record what selects and what is written', () => {
  it('follows ORMs and builders, resolving locals read from the request', async () => {
    const { byPath } = await facts({
      'src/a.ts': [
        'async function handler(req) {',
        '  const { projectId } = req.params;',
        '  await prisma.projectMember.deleteMany({ where: { projectId, orgId: req.user.orgId } });',
        "  await db.update(projects).set({ status: 'done' }).where(eq(projects.id, req.params.id));",
        "  await knex('invoices').where({ id: req.params.id }).update({ paid: true });",
        '  await getRepository(Invoice).delete({ id: req.params.id });',
        '  await Invoice.update({ status: req.body.status }, { where: { id: req.params.id, accountId: req.user.accountId } });',
        '  await Doc.findOneAndUpdate({ _id: req.params.id, owner: req.user._id }, { $set: { title: req.body.title } });',
        '  await sql`DELETE FROM sessions WHERE user_id = ${req.user.id}`;',
        '}',
      ].join('\n'),
    });
    const ops = byPath.get('src/a.ts')!.functions[0]!.dataOps.map((o) => ({ op: o.op, model: o.model, via: o.via, filter: o.filter ?? [], values: o.values ?? [] }));
    expect(ops).toEqual([
      { op: 'delete', model: 'projectMember', via: 'prisma', filter: ['projectId', 'req.params.projectId', 'req.user.orgId'], values: [] },
      { op: 'update', model: 'projects', via: 'drizzle', filter: ['eq(projects.id,req.params.id)', 'projects.id', 'req.params.id'], values: ['.status'] },
      { op: 'update', model: 'invoices', via: 'knex', filter: ['req.params.id'], values: ['.paid'] },
      { op: 'delete', model: 'Invoice', via: 'typeorm', filter: ['req.params.id'], values: [] },
      { op: 'update', model: 'Invoice', via: 'orm', filter: ['req.params.id', 'req.user.accountId'], values: ['req.body.status', '.status'] },
      { op: 'update', model: 'Doc', via: 'orm', filter: ['req.params.id', 'req.user._id'], values: ['req.body.title', '.$set'] },
      { op: 'delete', model: 'sessions', via: 'sql', filter: ['req.user.id'], values: [] },
    ]);
  });

  it('TypeORM repositories imported from another module resolve to the entity that module exports; other imports write nothing', async () => {
    const files = {
      'src/db/repositories.ts': [
        "import { AppDataSource } from './data-source';",
        'export const passwordResetRepo = () => AppDataSource.getRepository(PasswordResetToken);',
        'export const members = AppDataSource.getRepository(Member);',
        'const auditLogs = () => AppDataSource.getRepository(AuditLog);',
        'export { auditLogs };',
        'export function scratch() {',
        '  const local = AppDataSource.getRepository(Scratch);',
        '  return local;',
        '}',
      ].join('\n'),
      'src/lib/cache.ts': 'const store = new Map();\nexport const cacheStore = () => store;\n',
      'src/jobs/cleanup.ts': [
        "import { passwordResetRepo, members, auditLogs as logs } from '../db/repositories';",
        "import { cacheStore } from '../lib/cache';",
        "import { invoiceRepo } from '@/db/elsewhere';",
        'export async function run(id) {',
        '  await passwordResetRepo().delete({ expiresAt: LessThan(new Date()) });',
        "  await members.update({ id }, { role: 'owner' });",
        '  await logs().update({ actorId: id }, { ip: null });',
        '  cacheStore().delete(id);',
        '  await invoiceRepo().delete({ id });',
        '}',
      ].join('\n'),
    };
    const { index, byPath } = await facts(files);
    expect(byPath.get('src/db/repositories.ts')!.repositoryExports).toEqual([
      { name: 'passwordResetRepo', model: 'PasswordResetToken', accessor: true },
      { name: 'members', model: 'Member', accessor: false },
      { name: 'auditLogs', model: 'AuditLog', accessor: true },
    ]);
    const resolved = () => index.byPath.get('src/jobs/cleanup.ts')!.functions[0]!.dataOps.map((o) => `${o.op} ${o.model} ${o.callee}`);
    // An import through an alias that resolves to no file falls back to the name (`invoiceRepo` → `invoice`); `cacheStore()` is no repository.
    expect(resolved()).toEqual(['delete PasswordResetToken passwordResetRepo().delete', 'update Member members.update', 'update AuditLog logs().update', 'delete invoice invoiceRepo().delete']);
    // The extracted facts are left whole (a fact cache may hold them): a second index over them answers the same.
    expect(byPath.get('src/jobs/cleanup.ts')!.functions[0]!.dataOps).toHaveLength(5);
    const again = new FactIndex(index.files, [...byPath.values()]);
    expect(again.byPath.get('src/jobs/cleanup.ts')!.functions[0]!.dataOps.map((o) => o.model)).toEqual(['PasswordResetToken', 'Member', 'AuditLog', 'invoice']);
  });
});
