import type { RuleCases } from '../../rule-tester.js';

const cases: RuleCases = {
  valid: [
    {
      name: "the cookie package's serialize() with every attribute, set by hand in a Set-Cookie header",
      files: { 'pages/api/login.ts': "import { serialize } from 'cookie';\nexport default function handler(req, res) {\n  res.setHeader('Set-Cookie', serialize('app_session', token, { httpOnly: true, secure: true, sameSite: 'lax', path: '/' }));\n  res.end();\n}\n" },
    },
    {
      name: "lookalike: a serialize() from another package builds no cookie",
      files: { 'src/cache.ts': "import { serialize } from 'superjson';\nexport const dump = (session: unknown) => serialize(session);\nconst x = serialize('session_token', value);\n" },
    },
    {
      name: 'Koa: a session cookie cleared with a null value (and Express with an empty one) is not a session issued; ctx.cookies.set defaults httpOnly',
      files: {
        'src/routes/account.ts': "import Router from '@koa/router';\nexport const SESSION_COOKIE = 'qd_session';\nconst router = new Router();\nrouter.delete('/', async (ctx) => {\n  ctx.cookies.set(SESSION_COOKIE, null);\n  ctx.cookies.set('session', undefined);\n});\nrouter.post('/login', async (ctx) => {\n  ctx.cookies.set(SESSION_COOKIE, token, { secure: true, sameSite: 'lax' });\n});\n",
        'src/logout.ts': "res.cookie('session', '', { expires: new Date(0) });\n",
      },
    },
    {
      name: '@fastify/session registered with its secure default and a sameSite, @fastify/cookie with no options',
      files: { 'src/server.ts': "import Fastify from 'fastify';\nimport cookie from '@fastify/cookie';\nimport session from '@fastify/session';\nconst app = Fastify();\nawait app.register(cookie);\nawait app.register(session, { secret: config.sessionSecret, cookieName: 'sb_session', cookie: { sameSite: 'lax' } });\nawait app.register(routes, { prefix: '/api' });\n" },
    },
    { name: 'express-session with a complete cookie', files: { 'src/app.ts': "import session from 'express-session';\napp.use(session({ secret: process.env.SESSION_SECRET, cookie: { secure: true, sameSite: 'lax' } }));\n" } },
    { name: 'session cookie with attributes from the environment', files: { 'src/auth.ts': "res.cookie(SESSION_COOKIE, token, { httpOnly: true, secure: process.env.NODE_ENV === 'production', sameSite: 'lax' });\n" } },
    { name: 'non-session cookie without attributes', files: { 'src/prefs.ts': "res.cookie('theme', 'dark');\n" } },
    {
      name: 'lookalike: CSRF token cookies (double submit) are meant to be read by scripts; a constant whose name says nothing holds a preference',
      files: {
        'src/csrf.ts': "const CSRF_COOKIE = 'XSRF-TOKEN';\nres.cookie(CSRF_COOKIE, csrfToken, { sameSite: 'strict' });\nres.cookie('csrf_token', csrfToken);\nres.cookie('_csrf', secret);\n",
        'src/prefs.ts': "const PREF_COOKIE = 'last_access_view';\nres.cookie(PREF_COOKIE, view);\n",
      },
    },
    {
      name: 'refresh-token cookie held in a constant, with every attribute',
      files: { 'src/auth/cookies.ts': "export const REFRESH_COOKIE = 'hd_refresh';\nres.cookie(REFRESH_COOKIE, token, { httpOnly: true, secure: true, sameSite: 'strict', path: '/auth' });\n" },
    },
    { name: 'Next.js cookies().set with an options object', files: { 'app/login/actions.ts': "cookies().set({ name: 'session', value: token, httpOnly: true, secure: true, sameSite: 'strict' });\n" } },
    { name: 'FastAPI session cookie with secure from settings and Starlette default samesite', files: { 'app/routers/auth.py': 'from fastapi import APIRouter, Response\nrouter = APIRouter()\n\n@router.post("/login")\ndef login(response: Response):\n    response.set_cookie(key=SESSION_COOKIE, value=token, httponly=True, secure=settings.is_production)\n' } },
    { name: 'FastAPI theme cookie without attributes', files: { 'app/routers/prefs.py': 'from fastapi import Response\n\ndef set_theme(theme: str, response: Response):\n    response.set_cookie(THEME_COOKIE, theme, max_age=31536000)\n' } },
    { name: 'Django secure session cookie settings', files: { 'config/settings.py': 'SESSION_COOKIE_SECURE = True\nSESSION_COOKIE_HTTPONLY = True\n' } },
    { name: 'Django insecure session cookie only in the development settings', files: { 'config/settings/local.py': 'from .base import *\nSESSION_COOKIE_SECURE = False\n' } },
    { name: 'Django insecure session cookie only under DEBUG', files: { 'config/settings.py': 'SESSION_COOKIE_SECURE = not DEBUG\nif DEBUG:\n    SESSION_COOKIE_SECURE = False\n' } },
    { name: 'Django base settings overridden by the production settings', files: { 'config/settings/base.py': 'SESSION_COOKIE_SECURE = False\n', 'config/settings/production.py': 'from .base import *\nSESSION_COOKIE_SECURE = True\n' } },
    {
      name: 'options spread from a constant of the same file that sets every attribute',
      files: { 'src/routes/auth.ts': "const cookieOptions = { httpOnly: true, secure: true, sameSite: 'lax' as const, path: '/' };\nres.cookie('app_session', token, { ...cookieOptions, expires });\n" },
    },
    {
      name: 'Fastify setCookie with its options in a constant of the same file that sets every attribute',
      files: { 'src/routes/auth.ts': "const cookieOptions = { path: '/', httpOnly: true, secure: true, sameSite: 'lax' as const, maxAge: 3600 };\nreply.setCookie('fl_session', token, cookieOptions);\n" },
    },
    {
      name: 'options passed as an imported constant: what it sets cannot be seen, so nothing is reported missing',
      files: { 'src/routes/auth.ts': "import { cookieOptions } from '../config';\nres.cookie('app_session', token, cookieOptions);\n" },
    },
    {
      name: 'lookalike: a constant named like a session holds the name of a preferences cookie',
      files: { 'app/prefs/actions.ts': "'use server';\nconst SESSION_PREFS_COOKIE = 'ui_prefs';\ncookies().set(SESSION_PREFS_COOKIE, 'compact');\n" },
    },
    {
      name: 'options spread from an import: what it sets cannot be seen, so nothing is reported missing',
      files: { 'src/routes/auth.ts': "import { cookieOptions } from '../config';\nres.cookie('app_session', token, { ...cookieOptions, maxAge: 3600 });\n" },
    },
    {
      name: 'NextAuth sessionToken override with every attribute',
      files: { 'src/auth.ts': "import type { NextAuthOptions } from 'next-auth';\nexport const authOptions: NextAuthOptions = {\n  cookies: { sessionToken: { name: 'app.session', options: { httpOnly: true, secure: true, sameSite: 'lax', path: '/' } } },\n};\n" },
    },
    {
      name: 'Flask config: production sets the secure flag, only the testing class turns it off',
      files: { 'config.py': 'class BaseConfig:\n    SESSION_COOKIE_HTTPONLY = True\n    SESSION_COOKIE_SECURE = True\n    SESSION_COOKIE_SAMESITE = "Lax"\n\nclass ProductionConfig(BaseConfig):\n    pass\n\nclass TestingConfig(BaseConfig):\n    SESSION_COOKIE_SECURE = False\n' },
    },
    {
      name: 'Flask config: a base class turns it off and the production subclass turns it back on',
      files: { 'config.py': 'class BaseConfig:\n    SESSION_COOKIE_SECURE = False\n\nclass ProductionConfig(BaseConfig):\n    SESSION_COOKIE_SECURE = True\n\nclass DevelopmentConfig(BaseConfig):\n    DEBUG = True\n' },
    },
    {
      name: 'Flask app.config insecure cookie only under app.debug',
      files: { 'app/__init__.py': 'from flask import Flask\napp = Flask(__name__)\napp.config["SESSION_COOKIE_SECURE"] = True\nif app.debug:\n    app.config["SESSION_COOKIE_SECURE"] = False\n' },
    },
    {
      name: 'Flask app factory turns the secure flag off only for the development environment',
      files: { 'app/__init__.py': 'from flask import Flask\n\ndef create_app(env="production"):\n    app = Flask(__name__)\n    app.config["SESSION_COOKIE_SECURE"] = True\n    if env == "development":\n        app.config["SESSION_COOKIE_SECURE"] = False\n    return app\n' },
    },
  ],
  invalid: [
    {
      name: "a remember-me cookie built with the cookie package's serialize() and no attributes",
      files: { 'pages/api/auth/login.ts': "import { serialize } from 'cookie';\nexport default function handler(req, res) {\n  res.setHeader('Set-Cookie', serialize('vh_remember', String(user.id), { maxAge: 60 * 60 * 24 * 30, path: '/' }));\n  res.end();\n}\n" },
      gaps: [{ messageId: 'weak', path: 'pages/api/auth/login.ts', line: 3, includes: ['vh_remember', 'httpOnly not set'] }],
    },
    {
      name: 'lookalike: Koa ctx.cookies.set issuing a session (not clearing it) without secure and sameSite; httpOnly defaults on',
      files: { 'src/routes/auth.ts': "import Router from '@koa/router';\nconst SESSION_COOKIE = 'qd_session';\nconst router = new Router();\nrouter.post('/login', async (ctx) => {\n  ctx.cookies.set(SESSION_COOKIE, token);\n});\n" },
      gaps: [{ messageId: 'weak', path: 'src/routes/auth.ts', line: 5, includes: ['secure not set', 'sameSite not set'], excludes: ['httpOnly not set'] }],
    },
    {
      name: 'lookalike: Koa ctx.cookies.set switching httpOnly off',
      files: { 'src/routes/auth.ts': "router.post('/login', async (ctx) => {\n  ctx.cookies.set('session', token, { httpOnly: false, secure: true, sameSite: 'lax' });\n});\n" },
      gaps: [{ messageId: 'weak', line: 2, includes: ['httpOnly: false'] }],
    },
    {
      name: '@fastify/session registered with secure switched off and no sameSite',
      files: { 'src/server.ts': "import Fastify from 'fastify';\nimport session from '@fastify/session';\nconst app = Fastify();\nawait app.register(session, {\n  secret: config.sessionSecret,\n  cookieName: 'sb_session',\n  cookie: { httpOnly: true, secure: false },\n});\n" },
      gaps: [{ messageId: 'weak', path: 'src/server.ts', line: 4, includes: ['sb_session', 'secure: false', 'sameSite not set'] }],
    },
    {
      name: '@fastify/secure-session required in place with its cookie secure switched off',
      files: { 'src/server.js': "const fastify = require('fastify')();\nfastify.register(require('@fastify/secure-session'), { key: fs.readFileSync('secret-key'), cookie: { path: '/', secure: false } });\n" },
      gaps: [{ messageId: 'weak', path: 'src/server.js', line: 2, includes: ['fastify-secure-session', 'secure: false'] }],
    },
    {
      name: 'lookalike: a spread constant that leaves secure out, overridden to switch httpOnly off',
      files: { 'src/routes/auth.ts': "const base = { sameSite: 'lax' as const };\nres.cookie('app_session', token, { ...base, httpOnly: false });\n" },
      gaps: [{ messageId: 'weak', line: 2, includes: ['httpOnly: false', 'secure not set'] }],
    },
    {
      name: 'an imported spread still cannot hide an attribute switched off',
      files: { 'src/routes/auth.ts': "import { cookieOptions } from '../config';\nres.cookie('app_session', token, { ...cookieOptions, secure: false });\n" },
      gaps: [{ messageId: 'weak', line: 2, includes: ['secure: false'] }],
    },
    {
      name: 'NextAuth sessionToken override that drops secure (options given replace the library defaults)',
      files: { 'src/server/auth.ts': "import type { NextAuthOptions } from 'next-auth';\nexport const authOptions: NextAuthOptions = {\n  cookies: {\n    sessionToken: {\n      name: 'app.session-token',\n      options: { httpOnly: true, sameSite: 'lax', path: '/' },\n    },\n  },\n};\n" },
      gaps: [{ messageId: 'weak', path: 'src/server/auth.ts', line: 6, includes: ['app.session-token', 'secure not set'] }],
    },
    {
      name: 'Next.js server action setting a token cookie whose name is held in a constant',
      files: { 'app/kiosk/actions.ts': "'use server';\nimport { cookies } from 'next/headers';\nconst KIOSK_COOKIE = 'acme_kiosk_token';\nexport async function enableKiosk() {\n  cookies().set(KIOSK_COOKIE, token, { httpOnly: true, path: '/kiosk' });\n}\n" },
      gaps: [{ messageId: 'weak', path: 'app/kiosk/actions.ts', line: 5, includes: ['acme_kiosk_token', 'secure not set', 'sameSite not set'] }],
    },
    {
      name: 'lookalike: setCookie options in a constant of the same file that leaves secure out',
      files: { 'src/routes/auth.ts': "const cookieOptions = { path: '/', httpOnly: true, sameSite: 'lax' as const };\nreply.setCookie('fl_session', token, cookieOptions);\n" },
      gaps: [{ messageId: 'weak', line: 2, includes: ['fl_session', 'secure not set'] }],
    },
    {
      name: 'express-session options in a constant of the same file without a cookie configuration',
      files: { 'src/app.ts': "import session from 'express-session';\nconst sessionConfig = { secret: process.env.SESSION_SECRET, resave: false };\napp.use(session(sessionConfig));\n" },
      gaps: [{ messageId: 'weak', path: 'src/app.ts', line: 3, includes: ['secure not set', 'sameSite not set'] }],
    },
    {
      name: 'express-session without a cookie configuration',
      files: { 'src/app.ts': "import session from 'express-session';\napp.use(session({ secret: process.env.SESSION_SECRET, resave: false }));\n" },
      gaps: [{ messageId: 'weak', path: 'src/app.ts', line: 2, includes: ['secure not set', 'sameSite not set'] }],
    },
    {
      name: 'refresh-token cookie named by a constant of the same file, httpOnly only',
      files: {
        'src/auth/cookies.ts':
          "import type { Response } from 'express';\n\nexport const REFRESH_COOKIE = 'hd_refresh';\n\nexport function setRefreshCookie(res: Response, token: string) {\n  res.cookie(REFRESH_COOKIE, token, { httpOnly: true, path: '/auth' });\n}\n\nexport function clearRefreshCookie(res: Response) {\n  res.clearCookie(REFRESH_COOKIE, { path: '/auth' });\n}\n",
      },
      gaps: [{ messageId: 'weak', path: 'src/auth/cookies.ts', line: 6, includes: ['Session cookie hd_refresh', 'secure not set', 'sameSite not set'] }],
    },
    {
      name: 'access-token cookie named in a constants object, and a cookie whose constant names a session while its value does not',
      files: {
        'src/cookies.ts': "const COOKIES = { access: 'app_access', theme: 'theme' } as const;\nconst SESSION_COOKIE = 'app';\nreply.setCookie(COOKIES.access, jwt, { httpOnly: true, sameSite: 'lax' });\nreply.setCookie(COOKIES.theme, 'dark');\nreply.setCookie(SESSION_COOKIE, id, { secure: true, sameSite: 'lax' });\n",
      },
      gaps: [
        { messageId: 'weak', path: 'src/cookies.ts', line: 3, includes: ['app_access', 'secure not set'] },
        { messageId: 'weak', path: 'src/cookies.ts', line: 5, includes: ['Session cookie app:', 'httpOnly not set'] },
      ],
    },
    {
      name: 'FastAPI refresh-token cookie named by a module constant, httponly only; a CSRF cookie beside it is left alone',
      files: { 'app/routers/auth.py': 'from fastapi import APIRouter, Response\n\nREFRESH_COOKIE = "app_refresh"\nCSRF_COOKIE = "csrftoken"\nrouter = APIRouter()\n\n@router.post("/refresh")\ndef refresh(response: Response):\n    response.set_cookie(REFRESH_COOKIE, token, httponly=True, path="/auth")\n    response.set_cookie(CSRF_COOKIE, csrf)\n' },
      gaps: [{ messageId: 'weak', path: 'app/routers/auth.py', line: 9, includes: ['Session cookie app_refresh', 'secure not set'] }],
    },
    {
      name: 'auth cookie with httpOnly switched off',
      files: { 'src/auth.ts': "res.cookie('auth_token', token, { httpOnly: false, secure: true, sameSite: 'lax' });\n" },
      gaps: [{ messageId: 'weak', line: 1, includes: ['auth_token', 'httpOnly: false'] }],
    },
    {
      name: 'Next.js and Hono session cookies without options',
      files: {
        'app/login/actions.ts': "cookies().set('session', token);\n",
        'src/hono.ts': "import { setCookie } from 'hono/cookie';\nsetCookie(c, 'sid', token, { httpOnly: true });\n",
      },
      gaps: [
        { messageId: 'weak', path: 'app/login/actions.ts', includes: ['httpOnly not set'] },
        { messageId: 'weak', path: 'src/hono.ts', includes: ['secure not set'] },
      ],
    },
    {
      name: 'cookie-session with sameSite none and no secure flag',
      files: { 'src/app.ts': "import cookieSession from 'cookie-session';\napp.use(cookieSession({ name: 'session', keys: [key], sameSite: 'none' }));\n" },
      gaps: [{ messageId: 'weak', includes: ['secure not set'] }],
    },
    {
      name: 'koa-session required with CommonJS',
      files: { 'src/app.js': "const session = require('koa-session');\napp.use(session({ key: 'app.sess', httpOnly: true }, app));\n" },
      gaps: [{ messageId: 'weak', path: 'src/app.js', line: 2, includes: ['secure not set', 'sameSite not set'] }],
    },
    {
      name: 'FastAPI session cookie with httponly only',
      files: { 'app/routers/auth.py': 'from fastapi import APIRouter, Response\nrouter = APIRouter()\n\n@router.post("/login")\ndef login(response: Response):\n    response.set_cookie(\n        key=SESSION_COOKIE,\n        value=token,\n        httponly=True,\n    )\n' },
      gaps: [{ messageId: 'weak', path: 'app/routers/auth.py', line: 6, includes: ['SESSION_COOKIE', ': secure not set'], excludes: ['sameSite not set'] }],
    },
    {
      name: 'Flask auth cookie without any attribute',
      files: { 'app/auth.py': 'from flask import make_response\n\ndef login():\n    resp = make_response("ok")\n    resp.set_cookie("auth_token", token)\n    return resp\n' },
      gaps: [{ messageId: 'weak', path: 'app/auth.py', line: 5, includes: ['httpOnly not set', 'secure not set', 'sameSite not set'] }],
    },
    {
      name: 'Django settings switch the secure session cookie off',
      files: { 'casebook/settings.py': 'DEBUG = False\nSESSION_COOKIE_HTTPONLY = True\nSESSION_COOKIE_SECURE = False  # TODO\n' },
      gaps: [{ messageId: 'weak', path: 'casebook/settings.py', line: 3, includes: ['sessionid', 'secure: false'] }],
    },
    {
      name: 'Flask config: SESSION_COOKIE_SECURE = False in the base class production inherits',
      files: { 'config.py': 'class BaseConfig:\n    SESSION_COOKIE_NAME = "labtrack_session"\n    SESSION_COOKIE_HTTPONLY = True\n    SESSION_COOKIE_SECURE = False\n\nclass ProductionConfig(BaseConfig):\n    PREFERRED_URL_SCHEME = "https"\n\nclass DevelopmentConfig(BaseConfig):\n    DEBUG = True\n' },
      gaps: [{ messageId: 'weak', path: 'config.py', line: 4, includes: ['labtrack_session', 'secure: false'] }],
    },
    {
      name: 'Flask app.config.update turns the secure flag off',
      files: { 'app/__init__.py': 'from flask import Flask\napp = Flask(__name__)\napp.config.update(SESSION_COOKIE_HTTPONLY=True, SESSION_COOKIE_SECURE=False)\n' },
      gaps: [{ messageId: 'weak', path: 'app/__init__.py', line: 3, includes: ['secure: false'] }],
    },
  ],
};
export default cases;
