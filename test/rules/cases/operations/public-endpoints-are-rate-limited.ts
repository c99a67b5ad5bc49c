import type { RuleCases } from '../../rule-tester.js';

const header = "import { Router } from 'express';\nimport rateLimit from 'express-rate-limit';\nexport const authRouter = Router();\nconst limiter = rateLimit({ windowMs: 60_000, limit: 10 });\n";

const djangoAuthUrls = (head: string, patterns: string) => ({
  'config/urls.py': 'from django.urls import include, path\n\nurlpatterns = [path("accounts/", include("accounts.urls"))]\n',
  'accounts/urls.py': `from django.contrib.auth import views as auth_views\nfrom django.urls import path\n${head}\nurlpatterns = [\n${patterns}]\n`,
});

/** A project's own subclass of Django's reset-confirm view that only records the reset, mounted at Django's default path. */
const resetConfirmSubclass = (decorator: string, pattern: string) => ({
  ...djangoAuthUrls('from django_ratelimit.decorators import ratelimit\n\nfrom accounts import views\n', `    path("reset/<uidb64>/<token>/", ${pattern}),\n`),
  'accounts/views.py': `from django.contrib.auth import views as auth_views\nfrom django.utils.decorators import method_decorator\nfrom django_ratelimit.decorators import ratelimit\n\n\n${decorator}class AuditedPasswordResetConfirmView(auth_views.PasswordResetConfirmView):\n    def form_valid(self, form):\n        response = super().form_valid(form)\n        record_audit(self.request, "auth.password_reset", actor=form.user)\n        return response\n`,
});

/** A DRF accounts app: `views` is accounts/views.py, `settings` the REST_FRAMEWORK dict's extra entries. */
const drfAccounts = (views: string, settings = '') => ({
  'config/urls.py': 'from django.urls import include, path\n\nurlpatterns = [path("api/auth/", include("accounts.urls"))]\n',
  'config/settings.py': `REST_FRAMEWORK = {\n    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],\n${settings}}\n`,
  'accounts/throttles.py': 'from rest_framework.throttling import AnonRateThrottle\n\n\nclass LoginBurst(AnonRateThrottle):\n    scope = "login"\n',
  'accounts/urls.py': 'from django.urls import path\n\nfrom accounts import views\n\nurlpatterns = [\n    path("login/", views.login_view),\n    path("signup/", views.SignupView.as_view()),\n]\n',
  'accounts/views.py':
    'from rest_framework.decorators import api_view, permission_classes, throttle_classes\nfrom rest_framework.permissions import AllowAny\nfrom rest_framework.response import Response\nfrom rest_framework.views import APIView\n\nfrom accounts.throttles import LoginBurst\n\n\n' +
    views,
});
const drfLogin = (throttle: string) => `@api_view(["POST"])\n@permission_classes([AllowAny])\n${throttle}def login_view(request):\n    return Response({})\n\n\n`;
const drfSignup = (throttle: string) => `class SignupView(APIView):\n    permission_classes = [AllowAny]\n${throttle}\n    def post(self, request):\n        return Response({}, status=201)\n`;

const nextLimiter = "import { Ratelimit } from '@upstash/ratelimit';\nimport { Redis } from '@upstash/redis';\nexport const authRatelimit = new Ratelimit({ redis: Redis.fromEnv(), limiter: Ratelimit.slidingWindow(10, '1 m') });\n";
const nextMiddleware = (matcher: string) =>
  `import { NextResponse, type NextRequest } from 'next/server';\nimport { authRatelimit } from './lib/ratelimit';\nexport async function middleware(request: NextRequest) {\n  const { success } = await authRatelimit.limit(request.ip ?? 'anon');\n  if (!success) return NextResponse.json({ error: 'too_many_requests' }, { status: 429 });\n  return NextResponse.next();\n}\n${matcher}`;
const nextRoutes = {
  'lib/ratelimit.ts': nextLimiter,
  'app/api/auth/sign-in/route.ts': 'export async function POST(req: Request) {\n  return Response.json({});\n}\n',
  'app/api/public/v1/projects/route.ts': 'export async function GET(req: Request) {\n  return Response.json([]);\n}\n',
};

/** An embeddable lead form (`POST /api/public/lead-forms/[slug]`) with its CORS preflight; `limit` is the POST handler's limiter line. */
const leadForm = (limit: string) => ({
  'app/api/public/lead-forms/[slug]/route.ts': `import { rateLimit } from '@/lib/rate-limit';\nexport function OPTIONS() {\n  return new Response(null, { status: 204, headers: { 'Access-Control-Allow-Origin': '*' } });\n}\nexport async function POST(req: Request) {\n${limit}  return Response.json({ ok: true }, { status: 201 });\n}\n`,
});

const fastifyServer = (register: string) =>
  `import Fastify from 'fastify';\nimport rateLimit from '@fastify/rate-limit';\nimport { authRoutes } from './routes/auth';\nconst app = Fastify();\n${register}await app.register(authRoutes, { prefix: '/auth' });\n`;
const fastifyAuth = (routes: string) =>
  `import type { FastifyPluginAsync } from 'fastify';\nconst strict = { rateLimit: { max: 5, timeWindow: '1 minute' } };\nconst resetLimit = { max: 3, timeWindow: '1 hour' };\nexport const authRoutes: FastifyPluginAsync = async (app) => {\n${routes}};\n`;

/** Flask-Limiter applied by hand to whole blueprints: `limit` is the line in the invitations module, `setup` lines in the app factory. */
const flaskBlueprints = (limit: string, setup: string) => ({
  'labs/extensions.py': 'from flask_limiter import Limiter\nfrom flask_limiter.util import get_remote_address\n\nlimiter = Limiter(key_func=get_remote_address)\n',
  'labs/invites.py':
    'from flask import Blueprint, jsonify, request\nfrom .extensions import limiter\n\nbp = Blueprint("invites", __name__)\n' +
    limit +
    '\n\n@bp.post("/<token>/accept")\ndef accept_invitation(token):\n    return jsonify(ok=True)\n',
  'labs/reports.py': 'from flask import Blueprint, jsonify\n\nreports_bp = Blueprint("reports", __name__)\n\n@reports_bp.get("/")\ndef list_reports():\n    return jsonify([])\n',
  'labs/__init__.py':
    'from flask import Flask\nfrom .extensions import limiter\nfrom .invites import bp as invites_bp\nfrom .reports import reports_bp\n\ndef create_app():\n    app = Flask(__name__)\n    limiter.init_app(app)\n' +
    `${setup}    app.register_blueprint(invites_bp, url_prefix="/invitations")\n    app.register_blueprint(reports_bp, url_prefix="/reports")\n    return app\n`,
});

const cases: RuleCases = {
  valid: [
    { name: 'a rate-limited public form and its CORS preflight (OPTIONS changes nothing and needs no limit)', files: leadForm("  if (!rateLimit(req.headers.get('x-forwarded-for') ?? 'anon', 20).ok) return new Response(null, { status: 429 });\n") },
    {
      name: 'Flask-Limiter applied to the whole invitations blueprint where it is declared (limiter.limit("20 per hour")(bp))',
      files: flaskBlueprints('limiter.limit("20 per hour")(bp)', ''),
    },
    {
      name: 'Flask-Limiter applied to the invitations blueprint in the app factory (limiter.limit(…)(invites_bp))',
      files: flaskBlueprints('', '    limiter.limit("20 per hour")(invites_bp)\n'),
    },
    {
      name: 'Fastify limiter registered with global: false, every public route setting its own limit (inline, through constants, in route())',
      files: {
        'src/server.ts': fastifyServer('await app.register(rateLimit, { global: false });\n'),
        'src/routes/auth.ts': fastifyAuth(
          "  app.post('/login', { config: strict }, async (req, reply) => ({}));\n  app.post('/signup', { config: { rateLimit: { max: 5, timeWindow: '1 minute' } } }, async (req, reply) => ({}));\n  app.post('/password-reset', { config: { rateLimit: resetLimit } }, async (req, reply) => ({}));\n  app.route({ method: 'POST', url: '/password-reset/confirm', config: strict, handler: async () => ({}) });\n",
        ),
      },
    },
    {
      name: 'Fastify limiter registered for every route',
      files: { 'src/server.ts': fastifyServer('await app.register(rateLimit, { max: 100, timeWindow: \'1 minute\' });\n'), 'src/routes/auth.ts': fastifyAuth("  app.post('/login', async (req, reply) => ({}));\n") },
    },
    {
      name: 'Next.js middleware limiter whose matcher covers the public routes',
      files: { ...nextRoutes, 'middleware.ts': nextMiddleware("export const config = { matcher: ['/api/auth/:path*', '/api/public/:path*'] };\n") },
    },
    { name: 'Next.js middleware limiter without a matcher runs for every route', files: { ...nextRoutes, 'middleware.ts': nextMiddleware('') } },
    {
      name: 'every auth flow carries the limiter',
      files: { 'src/auth.ts': `${header}authRouter.post('/login', limiter, login);\nauthRouter.post('/signup', limiter, signup);\nauthRouter.post('/password-reset', limiter, reset);\n` },
    },
    {
      name: 'router-level limiter registered before the routes',
      files: { 'src/auth.ts': `${header}authRouter.use(limiter);\nauthRouter.post('/login', login);\nauthRouter.post('/forgot-password', forgot);\n` },
    },
    {
      name: 'global app.use(limiter) before mounting the router, limiter imported from another module',
      files: {
        'src/limits.ts': "import rateLimit from 'express-rate-limit';\nexport const apiLimiter = rateLimit({ limit: 100 });\n",
        'src/auth.ts': "import { Router } from 'express';\nexport const authRouter = Router();\nauthRouter.post('/login', login);\n",
        'src/server.ts': "import express from 'express';\nimport { apiLimiter } from './limits';\nimport { authRouter } from './auth';\nconst app = express();\napp.use(apiLimiter);\napp.use('/auth', authRouter);\n",
      },
    },
    {
      name: 'Upstash limit() in the handler',
      files: {
        'src/auth.ts': "import { Router } from 'express';\nimport { Ratelimit } from '@upstash/ratelimit';\nexport const router = Router();\nconst ratelimit = new Ratelimit({ limiter: Ratelimit.slidingWindow(5, '1 m') });\nrouter.post('/magic-link', async (req, res) => {\n  const { success } = await ratelimit.limit(req.ip);\n  if (!success) return res.status(429).end();\n  res.end();\n});\n",
      },
    },
    {
      name: 'FastAPI slowapi decorators',
      files: {
        'api/main.py': 'from fastapi import FastAPI, Request\nfrom slowapi import Limiter\nfrom slowapi.util import get_remote_address\n\nlimiter = Limiter(key_func=get_remote_address)\napp = FastAPI()\n\n@app.post("/auth/login")\n@limiter.limit("5/minute")\ndef login(request: Request):\n    return {}\n',
      },
    },
    {
      name: 'slowapi default limits through SlowAPIMiddleware cover every route',
      files: {
        'api/main.py': 'from fastapi import FastAPI\nfrom slowapi import Limiter\nfrom slowapi.middleware import SlowAPIMiddleware\nfrom slowapi.util import get_remote_address\n\nlimiter = Limiter(key_func=get_remote_address, default_limits=["60/minute"])\napp = FastAPI()\napp.state.limiter = limiter\napp.add_middleware(SlowAPIMiddleware)\n\n@app.post("/auth/register")\ndef register():\n    return {}\n',
      },
    },
    {
      name: 'nginx limit_req on the location that proxies the auth routes',
      files: {
        'src/auth.ts': "import { Router } from 'express';\nexport const authRouter = Router();\nauthRouter.post('/login', login);\nauthRouter.post('/signup', signup);\n",
        'src/server.ts': "import express from 'express';\nimport { authRouter } from './auth';\nconst app = express();\napp.use('/auth', authRouter);\n",
        'deploy/nginx.conf': 'http {\n  limit_req_zone $binary_remote_addr zone=auth:10m rate=5r/m;\n  server {\n    location /api/auth/ {\n      limit_req zone=auth burst=5;\n      proxy_pass http://app:3000/auth/;\n    }\n    location / {\n      proxy_pass http://app:3000;\n    }\n  }\n}\n',
      },
    },
    {
      name: 'lookalike: a domain "sessions" resource behind authentication',
      files: { 'src/sessions.ts': "import { Router } from 'express';\nexport const router = Router();\nrouter.post('/workouts/sessions', requireAuth, startSession);\n" },
    },
    {
      name: 'lookalike: changing the password while signed in is not a public flow',
      files: { 'src/account.ts': "import { Router } from 'express';\nexport const accountRouter = Router();\naccountRouter.post('/account/password', requireAuth, changePassword);\n" },
    },
    {
      name: 'a Stripe webhook under the public API path that verifies the signature (FastAPI)',
      files: {
        'api/main.py': 'import stripe\nfrom fastapi import FastAPI, Request\napp = FastAPI()\n\n@app.post("/api/public/webhooks/stripe")\nasync def stripe_webhook(request: Request):\n    event = stripe.Webhook.construct_event(await request.body(), request.headers["stripe-signature"], SECRET)\n    return {}\n',
      },
    },
    {
      name: 'a public webhook whose signature check is in a helper module (Express)',
      files: {
        'src/lib/hooks.ts': "import crypto from 'node:crypto';\nexport function verifyGithubSignature(req) {\n  const digest = crypto.createHmac('sha256', secret).update(req.body).digest('hex');\n  return crypto.timingSafeEqual(Buffer.from(digest), Buffer.from(req.get('x-hub-signature-256')));\n}\n",
        'src/public.ts': "import { Router } from 'express';\nimport { verifyGithubSignature } from './lib/hooks';\nexport const publicRouter = Router();\npublicRouter.post('/public/hooks/github', (req, res) => {\n  if (!verifyGithubSignature(req)) return res.status(401).end();\n  res.end();\n});\n",
        'src/server.ts': "import express from 'express';\nimport { publicRouter } from './public';\nconst app = express();\napp.use('/api', publicRouter);\n",
      },
    },
    {
      name: 'Django built-in password reset views wrapped in ratelimit',
      files: djangoAuthUrls(
        'from django_ratelimit.decorators import ratelimit\n\npassword_reset = ratelimit(key="ip", rate="5/h", method="POST")(auth_views.PasswordResetView.as_view())\n',
        '    path("password-reset/", password_reset),\n    path("password-reset/done/", auth_views.PasswordResetDoneView.as_view()),\n    path("password-reset/<uidb64>/<token>/", ratelimit(key="ip", rate="20/h")(auth_views.PasswordResetConfirmView.as_view())),\n',
      ),
    },
    {
      name: 'a subclass of PasswordResetConfirmView wrapped in ratelimit where its URL is declared',
      files: resetConfirmSubclass('', 'ratelimit(key="ip", rate="10/h", method="POST")(views.AuditedPasswordResetConfirmView.as_view())'),
    },
    {
      name: 'a subclass of PasswordResetConfirmView limited by method_decorator on the class',
      files: resetConfirmSubclass('@method_decorator(ratelimit(key="ip", rate="10/h", method="POST"), name="post")\n', 'views.AuditedPasswordResetConfirmView.as_view()'),
    },
    {
      name: 'lookalike: a view named like Django\'s reset-confirm view but of the project\'s own making, at an ordinary path, is not a public flow',
      files: {
        ...djangoAuthUrls('from accounts import views\n', '    path("reports/<int:pk>/", views.ReportView.as_view()),\n'),
        'accounts/views.py': 'from django.views.generic import TemplateView\n\nfrom accounts.base import PasswordResetConfirmView\n\n\nclass ReportView(PasswordResetConfirmView):\n    template_name = "report.html"\n',
      },
    },
    {
      name: 'DRF throttles set on the views themselves (@throttle_classes on a function view, throttle_classes on a class view), whatever the throttle class is called',
      files: drfAccounts(drfLogin('@throttle_classes([LoginBurst])\n') + drfSignup('    throttle_classes = [LoginBurst]\n')),
    },
    {
      name: 'DRF DEFAULT_THROTTLE_CLASSES throttle every DRF view',
      files: drfAccounts(drfLogin('') + drfSignup(''), '    "DEFAULT_THROTTLE_CLASSES": ["rest_framework.throttling.AnonRateThrottle"],\n'),
    },
  ],
  invalid: [
    {
      name: 'lookalike: an unlimited public form beside its CORS preflight is reported once, for its POST',
      files: leadForm(''),
      gaps: [{ messageId: 'unlimited', path: 'app/api/public/lead-forms/[slug]/route.ts', line: 5, includes: ['POST /api/public/lead-forms/[slug]'] }],
    },
    {
      name: 'lookalike: Flask-Limiter applied by hand to another blueprint (reports), not to the invitations one',
      files: flaskBlueprints('', '    limiter.limit("100 per hour")(reports_bp)\n'),
      gaps: [{ messageId: 'unlimited', path: 'labs/invites.py', line: 7, includes: ['/invitations/<token>/accept'] }],
    },
    {
      name: 'a subclass of PasswordResetConfirmView at Django\'s default reset/<uidb64>/<token>/ with no limiter, reported where its URL is declared',
      files: resetConfirmSubclass('', 'views.AuditedPasswordResetConfirmView.as_view()'),
      gaps: [{ messageId: 'unlimited', path: 'accounts/urls.py', line: 8, includes: ['POST /accounts/reset/<uidb64>/<token>', 'password reset'] }],
    },
    {
      name: 'Django\'s built-in reset-confirm view at its default path reset/<uidb64>/<token>/ is a password reset',
      files: djangoAuthUrls('', '    path("reset/<uidb64>/<token>/", auth_views.PasswordResetConfirmView.as_view()),\n'),
      gaps: [{ messageId: 'unlimited', path: 'accounts/urls.py', line: 5, includes: ['POST /accounts/reset/<uidb64>/<token>', 'password reset'] }],
    },
    {
      name: 'lookalike: a Next.js middleware limiter whose matcher leaves the public API out',
      files: { ...nextRoutes, 'middleware.ts': nextMiddleware("export const config = { matcher: ['/api/auth/:path*'] };\n") },
      gaps: [{ messageId: 'unlimited', path: 'app/api/public/v1/projects/route.ts', includes: ['GET /api/public/v1/projects'] }],
    },
    {
      name: 'lookalike: a Next.js middleware that matches the routes but only checks the session',
      files: {
        ...nextRoutes,
        'middleware.ts': "import { NextResponse } from 'next/server';\nexport function middleware(request) {\n  if (!request.cookies.get('sid')) return NextResponse.redirect(new URL('/login', request.url));\n  return NextResponse.next();\n}\nexport const config = { matcher: ['/api/:path*'] };\n",
      },
      gaps: [
        { messageId: 'unlimited', path: 'app/api/auth/sign-in/route.ts' },
        { messageId: 'unlimited', path: 'app/api/public/v1/projects/route.ts' },
      ],
    },
    {
      name: 'lookalike: a throttler that covers a single route',
      files: { 'src/auth.ts': `${header}authRouter.post('/login', limiter, login);\nauthRouter.post('/password-reset', reset);\nauthRouter.post('/password-reset/confirm', confirm);\n` },
      gaps: [
        { messageId: 'unlimited', path: 'src/auth.ts', line: 6, includes: ['POST /password-reset (password reset)', 'POST /login'] },
        { messageId: 'unlimited', path: 'src/auth.ts', line: 7, includes: ['POST /password-reset/confirm'] },
      ],
    },
    {
      name: 'lookalike: Fastify limiter registered with global: false, one route without its own limit',
      files: {
        'src/server.ts': fastifyServer('await app.register(rateLimit, { global: false });\n'),
        'src/routes/auth.ts': fastifyAuth("  app.post('/login', { config: strict }, async (req, reply) => ({}));\n  app.post('/password-reset', { config: { audit: true } }, async (req, reply) => ({}));\n"),
      },
      gaps: [{ messageId: 'unlimited', path: 'src/routes/auth.ts', line: 6, includes: ['POST /auth/password-reset (password reset)', 'POST /auth/login'] }],
    },
    {
      name: 'lookalike: a route switches the global Fastify limiter off',
      files: {
        'src/server.ts': fastifyServer('await app.register(rateLimit, { max: 100, timeWindow: \'1 minute\' });\n'),
        'src/routes/auth.ts': fastifyAuth("  app.post('/login', { config: { rateLimit: false } }, async (req, reply) => ({}));\n  app.post('/signup', async (req, reply) => ({}));\n"),
      },
      gaps: [{ messageId: 'unlimited', path: 'src/routes/auth.ts', line: 5, includes: ['POST /auth/login (sign-in)', 'switch the service-wide limiter off'] }],
    },
    {
      name: 'lookalike: Fastify routes set their own limit but the limiter plugin is never registered',
      files: { 'src/server.ts': fastifyServer(''), 'src/routes/auth.ts': fastifyAuth("  app.post('/login', { config: strict }, async (req, reply) => ({}));\n") },
      gaps: [{ messageId: 'unlimited', path: 'src/routes/auth.ts', line: 5, includes: ['POST /auth/login (sign-in)', 'registers none'] }],
    },
    {
      name: 'lookalike: app.use(limiter) registered after the routers',
      files: {
        'src/auth.ts': "import { Router } from 'express';\nexport const authRouter = Router();\nauthRouter.post('/signup', signup);\n",
        'src/server.ts': "import express from 'express';\nimport rateLimit from 'express-rate-limit';\nimport { authRouter } from './auth';\nconst app = express();\napp.use('/auth', authRouter);\napp.use(rateLimit({ limit: 100 }));\n",
      },
      gaps: [{ messageId: 'unlimited', path: 'src/auth.ts', line: 3, includes: ['POST /auth/signup (sign-up)'] }],
    },
    {
      name: 'lookalike: a limiter mounted under another prefix',
      files: {
        'src/auth.ts': "import { Router } from 'express';\nexport const authRouter = Router();\nauthRouter.post('/login', login);\n",
        'src/server.ts': "import express from 'express';\nimport rateLimit from 'express-rate-limit';\nimport { authRouter } from './auth';\nconst app = express();\napp.use('/api', rateLimit({ limit: 100 }));\napp.use('/auth', authRouter);\n",
      },
      gaps: [{ messageId: 'unlimited', path: 'src/auth.ts', line: 3, includes: ['POST /auth/login (sign-in)'] }],
    },
    {
      name: 'lookalike: nginx limits another location',
      files: {
        'src/auth.ts': "import { Router } from 'express';\nexport const authRouter = Router();\nauthRouter.post('/login', login);\n",
        'src/server.ts': "import express from 'express';\nimport { authRouter } from './auth';\nconst app = express();\napp.use('/auth', authRouter);\n",
        'nginx/default.conf': 'server {\n  location /uploads {\n    limit_req zone=uploads;\n    proxy_pass http://app:3000;\n  }\n}\n',
      },
      gaps: [{ messageId: 'unlimited', path: 'src/auth.ts', line: 3 }],
    },
    {
      name: 'invitation token lookups and a public API without limits (FastAPI)',
      files: {
        'api/main.py': 'from fastapi import FastAPI\napp = FastAPI()\n\n@app.post("/invites/{token}/accept")\ndef accept(token: str):\n    return {}\n\n@app.get("/api/public/projects")\ndef public_projects():\n    return []\n',
      },
      gaps: [
        { messageId: 'unlimited', path: 'api/main.py', line: 4, includes: ['invitation'] },
        { messageId: 'unlimited', path: 'api/main.py', line: 8, includes: ['public API'] },
      ],
    },
    {
      name: 'lookalike: a webhook under the public API path that verifies nothing',
      files: {
        'api/main.py': 'from fastapi import FastAPI, Request\napp = FastAPI()\n\n@app.post("/api/public/webhooks/stripe")\nasync def stripe_webhook(request: Request):\n    event = await request.json()\n    return {}\n',
      },
      gaps: [{ messageId: 'unlimited', path: 'api/main.py', line: 4, includes: ['POST /api/public/webhooks/stripe (public API)'] }],
    },
    {
      name: 'lookalike: a sign-in that compares secrets in constant time is still a sign-in',
      files: { 'src/auth.ts': "import crypto from 'node:crypto';\nimport { Router } from 'express';\nexport const authRouter = Router();\nauthRouter.post('/login', (req, res) => {\n  const ok = crypto.timingSafeEqual(hash(req.body.password), stored);\n  res.json({ ok });\n});\n" },
      gaps: [{ messageId: 'unlimited', path: 'src/auth.ts', line: 4, includes: ['POST /login (sign-in)'] }],
    },
    {
      name: 'Django built-in sign-in and password reset views without a limit',
      files: djangoAuthUrls(
        '',
        '    path("login/", auth_views.LoginView.as_view()),\n    path("password-reset/", auth_views.PasswordResetView.as_view()),\n    path("password-reset/done/", auth_views.PasswordResetDoneView.as_view()),\n    path("password-reset/<uidb64>/<token>/", auth_views.PasswordResetConfirmView.as_view()),\n',
      ),
      gaps: [
        { messageId: 'unlimited', path: 'accounts/urls.py', line: 5, includes: ['POST /accounts/login', 'sign-in'] },
        { messageId: 'unlimited', path: 'accounts/urls.py', line: 6, includes: ['POST /accounts/password-reset', 'password reset'] },
        { messageId: 'unlimited', path: 'accounts/urls.py', line: 8, includes: ['POST /accounts/password-reset/<uidb64>/<token>', 'password reset'] },
      ],
    },
    {
      name: 'lookalike: DRF throttle on the sign-in view only; the sign-up view has none',
      files: drfAccounts(drfLogin('@throttle_classes([LoginBurst])\n') + drfSignup('')),
      gaps: [{ messageId: 'unlimited', path: 'accounts/views.py', line: 19, includes: ['POST /api/auth/signup', 'sign-up'] }],
    },
    {
      name: 'lookalike: a DRF view that switches DEFAULT_THROTTLE_CLASSES off with throttle_classes = [] (and a plain Django view, which DRF does not throttle)',
      files: {
        ...drfAccounts(drfLogin('@throttle_classes([])\n') + drfSignup(''), '    "DEFAULT_THROTTLE_CLASSES": ["rest_framework.throttling.AnonRateThrottle"],\n'),
        'config/urls.py': 'from django.urls import include, path\n\nfrom config import views\n\nurlpatterns = [path("api/auth/", include("accounts.urls")), path("register/", views.register)]\n',
        'config/views.py': 'from django.http import JsonResponse\nfrom django.views.decorators.http import require_POST\n\n\n@require_POST\ndef register(request):\n    return JsonResponse({})\n',
      },
      gaps: [
        { messageId: 'unlimited', path: 'accounts/views.py', line: 9, includes: ['POST /api/auth/login', 'sign-in', 'throttle_classes` is empty'] },
        { messageId: 'unlimited', path: 'config/views.py', line: 5, includes: ['POST /register', 'sign-up'] },
      ],
    },
  ],
};
export default cases;
