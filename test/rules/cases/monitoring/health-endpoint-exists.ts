import type { RuleCases } from '../../rule-tester.js';

/** NestJS with a global JWT guard (`APP_GUARD`); `decorators` go on the health controller. */
const nestGlobalGuard = (decorators: string, guard = 'JwtAuthGuard') => ({
  'src/app.module.ts': `import { Module } from '@nestjs/common';\nimport { APP_GUARD } from '@nestjs/core';\nimport { HealthController } from './health/health.controller';\n@Module({\n  controllers: [HealthController],\n  providers: [{ provide: APP_GUARD, useClass: ${guard} }],\n})\nexport class AppModule {}\n`,
  'src/health/health.controller.ts': `import { Controller, Get } from '@nestjs/common';\nimport { Public } from '../common/public.decorator';\n${decorators}@Controller('health')\nexport class HealthController {\n  @Get()\n  check() {\n    return { status: 'ok' };\n  }\n}\n`,
});

/** Express: `/api` is mounted behind passport's `authenticateJwt`; `health` is registered on the app before it, if at all. */
const behindApiMount = (health: string) => ({
  'src/app.ts': `import express from 'express';\nimport { authenticateJwt } from './auth/passport';\nimport { apiRouter } from './routes';\nconst app = express();\n${health}app.use('/api', authenticateJwt, apiRouter);\n`,
  'src/auth/passport.ts': "import passport from 'passport';\nexport const authenticateJwt = passport.authenticate('jwt', { session: false });\n",
  'src/routes/index.ts': "import { Router } from 'express';\nexport const apiRouter = Router();\napiRouter.get('/status', async (_req, res) => {\n  res.json({ status: 'ok' });\n});\napiRouter.post('/projects', createProject);\n",
});

const cases: RuleCases = {
  valid: [
    {
      name: 'lookalike: sequelize.authenticate() in the health handler checks the database connection, it signs nobody in',
      files: { 'src/app.js': "const express = require('express');\nconst sequelize = require('./db');\nconst app = express();\napp.get('/healthz', async (_req, res) => {\n  await sequelize.authenticate();\n  res.json({ ok: true });\n});\napp.post('/projects', createProject);\n" },
    },
    {
      name: "Express: a /healthz on the app beside /api/status, which sits behind the /api mount's authenticateJwt",
      files: behindApiMount("app.get('/healthz', (_req, res) => res.json({ ok: true }));\n"),
    },
    { name: 'NestJS: the health controller is marked @Public() for the global JwtAuthGuard', files: nestGlobalGuard('@Public()\n') },
    { name: 'lookalike: a global guard that only throttles does not lock the health route', files: nestGlobalGuard('', 'ThrottlerGuard') },
    { name: 'Express /healthz', files: { 'src/server.ts': "import express from 'express';\nconst app = express();\napp.get('/healthz', (_req, res) => res.json({ ok: true }));\napp.post('/projects', createProject);\n" } },
    { name: 'health route on a mounted router', files: { 'src/server.ts': "import express from 'express';\nimport { healthRouter } from './health';\nconst app = express();\napp.use('/health', healthRouter);\napp.post('/projects', createProject);\n", 'src/health.ts': "import { Router } from 'express';\nexport const healthRouter = Router();\nhealthRouter.get('/', (_req, res) => res.send('ok'));\n" } },
    { name: 'FastAPI /health', files: { 'svc/main.py': 'from fastapi import FastAPI\napp = FastAPI()\n\n@app.get("/health")\ndef health():\n    return {"ok": True}\n\n@app.post("/items")\ndef create():\n    pass\n' } },
    { name: 'a health-check middleware mounted at /healthz', files: { 'src/server.ts': "import express from 'express';\nimport healthcheck from 'express-healthcheck';\nconst app = express();\napp.use('/healthz', healthcheck());\napp.post('/projects', createProject);\n" } },
    { name: 'Terminus health checks', files: { 'src/server.ts': "import express from 'express';\nimport http from 'node:http';\nimport { createTerminus } from '@godaddy/terminus';\nconst app = express();\napp.post('/projects', createProject);\ncreateTerminus(http.createServer(app), { healthChecks: { '/healthz': check } });\n" } },
    { name: 'health under an API prefix and a version', files: { 'src/server.ts': "import express from 'express';\nconst app = express();\napp.get('/api/v1/health/live', (_req, res) => res.json({ ok: true }));\napp.post('/projects', createProject);\n" } },
    { name: 'a status route at the root under an operations prefix', files: { 'src/server.ts': "import express from 'express';\nconst app = express();\napp.get('/internal/status', (_req, res) => res.json({ ok: true }));\napp.post('/projects', createProject);\n" } },
    {
      name: 'Next.js app served with next start and an app-router health route',
      files: {
        'apps/web/package.json': JSON.stringify({ name: 'web', scripts: { build: 'next build', start: 'next start' } }),
        'apps/web/app/page.tsx': 'export default function Home() { return <main>Hi</main>; }\n',
        'apps/web/app/api/health/route.ts': "export function GET() {\n  return Response.json({ status: 'ok' });\n}\n",
      },
    },
    {
      name: 'Next.js pages API health route',
      files: {
        'package.json': JSON.stringify({ name: 'web', scripts: { start: 'next start -p 3000' } }),
        'pages/index.tsx': 'export default function Home() { return <main>Hi</main>; }\n',
        'pages/api/health.ts': "import type { NextApiRequest, NextApiResponse } from 'next';\nexport default function handler(req: NextApiRequest, res: NextApiResponse) {\n  res.status(200).json({ ok: true });\n}\n",
      },
    },
    {
      name: 'a Next.js app that is never started as a server (only next dev) is not judged',
      files: { 'docs-site/package.json': JSON.stringify({ name: 'docs', scripts: { dev: 'next dev' } }), 'docs-site/app/page.tsx': 'export default function Home() { return <main>Docs</main>; }\n' },
    },
    { name: 'no routes at all', files: { 'src/lib.ts': 'export const add = (a: number, b: number) => a + b;\n' } },
    {
      name: 'lookalike: a health route that only asks whether the caller is signed in, to show more detail',
      files: {
        'app/api/health/route.ts': "import { isAuthenticated } from '@/lib/auth';\nexport async function GET(req: Request) {\n  const detailed = await isAuthenticated(req);\n  return Response.json(detailed ? { status: 'ok', db: 'up' } : { status: 'ok' });\n}\n",
        'app/api/projects/route.ts': "export async function POST(req: Request) {\n  return Response.json({});\n}\n",
      },
    },
  ],
  invalid: [
    {
      name: 'Express: the health handler calls authenticate() on the request (passport), which a probe cannot pass',
      files: { 'src/app.js': "const express = require('express');\nconst app = express();\napp.get('/healthz', async (req, res) => {\n  await auth.authenticate(req);\n  res.json({ ok: true });\n});\napp.post('/projects', createProject);\n" },
      gaps: [{ messageId: 'authenticated', path: 'src/app.js', includes: ['GET /healthz', 'auth.authenticate'] }],
    },
    {
      name: "Express: the only health-like route (/api/status) sits behind app.use('/api', authenticateJwt, apiRouter)",
      files: behindApiMount(''),
      gaps: [{ messageId: 'authenticated', path: 'src/routes/index.ts', line: 3, includes: ['GET /api/status', 'authenticateJwt'] }],
    },
    {
      name: 'NestJS: the only health route sits behind the global JwtAuthGuard (APP_GUARD) with no @Public()',
      files: nestGlobalGuard(''),
      gaps: [{ messageId: 'authenticated', path: 'src/health/health.controller.ts', includes: ['GET /health', 'the global guard JwtAuthGuard', '@Public()'] }],
    },
    {
      name: 'Express app without a health route',
      files: { 'src/server.ts': "import express from 'express';\nconst app = express();\napp.post('/projects', createProject);\n" },
      gaps: [{ messageId: 'missing', path: null, includes: ['Service . has no health endpoint'] }],
    },
    {
      name: 'per service: the API has one, the FastAPI service does not',
      files: {
        'apps/api/package.json': '{}',
        'apps/api/src/server.ts': "import express from 'express';\nconst app = express();\napp.get('/healthz', (_q, s) => s.send('ok'));\n",
        'services/reports/requirements.txt': 'fastapi\n',
        'services/reports/main.py': 'from fastapi import FastAPI\napp = FastAPI()\n\n@app.get("/reports")\ndef list_reports():\n    return []\n',
      },
      gaps: [{ messageId: 'missing', path: null, includes: ['services/reports'] }],
    },
    {
      name: 'lookalike: POST /health is not a health check',
      files: { 'src/server.ts': "import express from 'express';\nconst app = express();\napp.post('/health', recordHealthSurvey);\n" },
      gaps: [{ messageId: 'missing', path: null }],
    },
    {
      name: "lookalike: a resource's status route is not a health check",
      files: { 'src/server.ts': "import express from 'express';\nconst app = express();\napp.get('/invoices/:id/status', requireAuth, invoiceStatus);\napp.post('/invoices', requireAuth, createInvoice);\n" },
      gaps: [{ messageId: 'missing', path: null, includes: ['Service . has no health endpoint'] }],
    },
    {
      name: 'lookalike: a Django invoice status poll behind login_required',
      files: {
        'manage.py': '',
        'app/urls.py': 'from django.urls import path, include\n\nurlpatterns = [\n    path("invoices/", include("invoices.urls")),\n]\n',
        'invoices/urls.py': 'from django.urls import path\nfrom . import views\n\nurlpatterns = [\n    path("<int:pk>/status/", views.invoice_status),\n]\n',
        'invoices/views.py': 'from django.contrib.auth.decorators import login_required\nfrom django.http import JsonResponse\n\n@login_required\ndef invoice_status(request, pk):\n    return JsonResponse({"status": "paid"})\n',
      },
      gaps: [{ messageId: 'missing', path: null }],
    },
    {
      name: 'a health path behind authentication',
      files: { 'src/server.ts': "import express from 'express';\nconst app = express();\napp.get('/api/status', requireAuth, status);\napp.post('/projects', requireAuth, createProject);\n" },
      gaps: [{ messageId: 'authenticated', path: 'src/server.ts', line: 3, includes: ['GET /api/status', 'requireAuth'] }],
    },
    {
      name: 'a Next.js health route whose handler requires a session first',
      files: {
        'app/api/health/route.ts': "import { requireSession } from '@/lib/auth';\nexport async function GET() {\n  await requireSession();\n  return Response.json({ status: 'ok' });\n}\n",
        'app/api/projects/route.ts': "export async function POST(req: Request) {\n  return Response.json({});\n}\n",
      },
      gaps: [{ messageId: 'authenticated', path: 'app/api/health/route.ts', includes: ['GET /api/health', 'requireSession'] }],
    },
    {
      name: 'a Next.js app served with next start that has pages only',
      files: {
        'apps/web/package.json': JSON.stringify({ name: 'web', scripts: { build: 'next build', start: 'next start' } }),
        'apps/web/app/page.tsx': 'export default function Home() { return <main>Hi</main>; }\n',
        'apps/web/app/status/page.tsx': 'export default function Status() { return <main>All good</main>; }\n',
      },
      gaps: [{ messageId: 'missingNext', path: null, includes: ['apps/web', 'next start'] }],
    },
  ],
};
export default cases;
