import type { RuleCases } from '../../rule-tester.js';

const fastapi = (options: string) =>
  `from fastapi import FastAPI\nfrom fastapi.middleware.cors import CORSMiddleware\napp = FastAPI()\napp.add_middleware(\n    CORSMiddleware,\n${options})\n`;

const cases: RuleCases = {
  valid: [
    { name: 'allow-list with credentials', files: { 'src/app.ts': "import cors from 'cors';\napp.use(cors({ origin: ['https://app.acme.com'], credentials: true }));\n" } },
    { name: 'public API with a wildcard and no credentials', files: { 'src/app.ts': "import cors from 'cors';\napp.use(cors());\n" } },
    { name: 'callback that checks an allow-list', files: { 'src/app.ts': "import cors from 'cors';\napp.use(cors({ origin: (origin, cb) => cb(null, allowed.includes(origin)), credentials: true }));\n" } },
    {
      name: 'origin written as a method that checks an allow-list Set',
      files: { 'src/app.ts': "import cors from 'cors';\nconst allowedOrigins = new Set([process.env.APP_ORIGIN]);\napp.use(\n  cors({\n    origin(origin, callback) {\n      if (!origin || allowedOrigins.has(origin)) return callback(null, true);\n      callback(new Error('Origin not allowed'));\n    },\n    credentials: true,\n  }),\n);\n" },
    },
    { name: 'Nest enableCors with named origins', files: { 'src/main.ts': "app.enableCors({ origin: 'https://app.acme.com', credentials: true });\n" } },
    {
      name: 'manual header from a constant checked against an allow-list',
      files: { 'src/pages/api/trpc/[trpc].ts': "const ALLOWED = ['https://app.acme.com'];\nexport default function handler(req, res) {\n  const origin = ALLOWED.includes(req.headers.origin) ? req.headers.origin : ALLOWED[0];\n  res.setHeader('Access-Control-Allow-Origin', origin);\n  res.setHeader('Access-Control-Allow-Credentials', 'true');\n}\n" },
    },
    {
      name: 'manual header echoing the origin only after an allow-list accepted it',
      files: { 'src/pages/api/trpc/[trpc].ts': "const allowedOrigins = new Set((process.env.APP_ORIGINS ?? '').split(','));\nexport default async function handler(req, res) {\n  const origin = req.headers.origin;\n  if (origin && allowedOrigins.has(origin)) {\n    res.setHeader('Access-Control-Allow-Origin', origin);\n    res.setHeader('Access-Control-Allow-Credentials', 'true');\n  }\n}\n" },
    },
    { name: 'manual header with a fixed origin', files: { 'src/app.ts': "res.setHeader('Access-Control-Allow-Origin', 'https://app.acme.com');\nres.setHeader('Access-Control-Allow-Credentials', 'true');\n" } },
    { name: 'FastAPI CORSMiddleware with named origins and credentials', files: { 'app/main.py': fastapi('    allow_origins=[settings.app_origin, "https://widget.acme.com"],\n    allow_credentials=True,\n') } },
    { name: 'FastAPI CORSMiddleware wildcard without credentials', files: { 'app/main.py': fastapi('    allow_origins=["*"],\n') } },
    { name: 'django-cors-headers allow-all without credentials', files: { 'config/settings.py': 'CORS_ALLOW_ALL_ORIGINS = True\n' } },
    { name: 'django-cors-headers allow-all with credentials in a development settings module', files: { 'config/settings/dev.py': 'from .base import *\nCORS_ALLOW_ALL_ORIGINS = True\nCORS_ALLOW_CREDENTIALS = True\n' } },
    { name: 'django-cors-headers allow-all only when DEBUG', files: { 'config/settings.py': 'CORS_ALLOW_ALL_ORIGINS = DEBUG\nCORS_ALLOW_CREDENTIALS = True\nif DEBUG:\n    CORS_ORIGIN_ALLOW_ALL = True\n' } },
    { name: 'Flask-CORS with named origins and credentials', files: { 'app/__init__.py': 'from flask import Flask\nfrom flask_cors import CORS\napp = Flask(__name__)\nCORS(app, origins=["https://app.acme.com"], supports_credentials=True)\n' } },
    {
      name: 'Flask-CORS app factory: init_app with named origins and credentials',
      files: {
        'app/extensions.py': 'from flask_cors import CORS\nfrom flask_sqlalchemy import SQLAlchemy\ndb = SQLAlchemy()\ncors = CORS()\n',
        'app/__init__.py': 'from flask import Flask\nfrom .extensions import cors, db\n\ndef create_app():\n    app = Flask(__name__)\n    db.init_app(app)\n    cors.init_app(app, origins=[app.config["APP_ORIGIN"]], supports_credentials=True)\n    return app\n',
      },
    },
    {
      name: 'Flask-CORS constructor names the origins, init_app only attaches the app',
      files: { 'app/__init__.py': 'from flask import Flask\nfrom flask_cors import CORS\ncors = CORS(origins=["https://app.acme.com"], supports_credentials=True)\n\ndef create_app():\n    app = Flask(__name__)\n    cors.init_app(app)\n    return app\n' },
    },
    {
      name: '@koa/cors origin callback that echoes the request Origin only when it is on the allow-list',
      files: { 'src/app.ts': "import cors from '@koa/cors';\napp.use(\n  cors({\n    origin: (ctx) => {\n      const origin = ctx.get('Origin');\n      return config.corsOrigins.includes(origin) ? origin : '';\n    },\n    credentials: true,\n  }),\n);\n" },
    },
    { name: '@koa/cors origin callback that compares the request Origin with the app origin', files: { 'src/app.ts': "import cors from '@koa/cors';\napp.use(cors({ origin: (ctx) => (ctx.get('Origin') === APP_ORIGIN ? APP_ORIGIN : ''), credentials: true }));\n" } },
  ],
  invalid: [
    {
      name: 'origin true reflects any origin with credentials',
      files: { 'src/app.ts': "import cors from 'cors';\napp.use(cors({ origin: true, credentials: true }));\n" },
      gaps: [{ messageId: 'reflectedWithCredentials', path: 'src/app.ts', line: 2 }],
    },
    {
      name: 'Fastify and Hono wildcard with credentials',
      files: {
        'src/server.ts': "import fastifyCors from '@fastify/cors';\nawait app.register(fastifyCors, { origin: '*', credentials: true });\n",
        'src/hono.ts': "import { cors } from 'hono/cors';\napp.use('*', cors({ origin: (origin) => origin, credentials: true }));\n",
      },
      gaps: [
        { messageId: 'wildcardWithCredentials', path: 'src/server.ts', line: 2 },
        { messageId: 'reflectedWithCredentials', path: 'src/hono.ts', line: 2 },
      ],
    },
    {
      name: 'origin method whose only condition never refuses an origin',
      files: { 'src/app.ts': "import cors from 'cors';\napp.use(\n  cors({\n    origin(origin, callback) {\n      if (!origin) return callback(null, true);\n      callback(null, true);\n    },\n    credentials: true,\n  }),\n);\n" },
      gaps: [{ messageId: 'reflectedWithCredentials', path: 'src/app.ts', line: 3 }],
    },
    {
      name: 'manual header echoing the request origin through a local constant',
      files: { 'src/pages/api/trpc/[trpc].ts': "export default async function handler(req, res) {\n  const origin = req.headers.origin;\n  if (origin) {\n    res.setHeader('Access-Control-Allow-Origin', origin);\n    res.setHeader('Access-Control-Allow-Credentials', 'true');\n  }\n}\n" },
      gaps: [{ messageId: 'reflectedWithCredentials', path: 'src/pages/api/trpc/[trpc].ts', line: 4 }],
    },
    {
      name: 'lookalike: a presence check on the origin is not an allow-list',
      files: { 'src/cors.ts': "export function cors(req, res, next) {\n  const origin = req.headers.origin;\n  if (origin !== undefined && origin.length > 0) {\n    res.setHeader('Access-Control-Allow-Origin', origin);\n    res.setHeader('Access-Control-Allow-Credentials', 'true');\n  }\n  next();\n}\n" },
      gaps: [{ messageId: 'reflectedWithCredentials', path: 'src/cors.ts', line: 4 }],
    },
    {
      name: 'manual header echoing the request origin with credentials',
      files: { 'src/middleware.ts': "export function corsHeaders(req, res, next) {\n  res.setHeader('Access-Control-Allow-Origin', req.headers.origin);\n  res.setHeader('Access-Control-Allow-Credentials', 'true');\n  next();\n}\n" },
      gaps: [{ messageId: 'reflectedWithCredentials', path: 'src/middleware.ts', line: 2 }],
    },
    {
      name: 'wildcard reported when the option asks for it',
      options: { flagWildcardWithoutCredentials: true },
      files: { 'src/app.ts': "import cors from 'cors';\napp.use(cors({ origin: '*' }));\n" },
      gaps: [{ messageId: 'wildcard', path: 'src/app.ts', line: 2 }],
    },
    {
      name: 'FastAPI CORSMiddleware wildcard with credentials echoes any origin',
      files: { 'app/main.py': fastapi('    allow_origins=["*"],\n    allow_credentials=True,\n') },
      gaps: [{ messageId: 'reflectedWithCredentials', path: 'app/main.py', line: 4, includes: ['CORSMiddleware'] }],
    },
    {
      name: 'FastAPI CORSMiddleware origin regex that matches everything',
      files: { 'app/main.py': fastapi('    allow_origin_regex=r"https?://.*",\n    allow_credentials=True,\n') },
      gaps: [{ messageId: 'reflectedWithCredentials', path: 'app/main.py', line: 4 }],
    },
    {
      name: 'django-cors-headers allow-all with credentials',
      files: { 'casebook/settings.py': 'DEBUG = False\nCORS_ALLOW_ALL_ORIGINS = True\nCORS_ALLOW_CREDENTIALS = True\n', 'legacy/settings.py': 'CORS_ORIGIN_ALLOW_ALL = True\nCORS_ALLOW_CREDENTIALS = True\n' },
      gaps: [
        { messageId: 'reflectedWithCredentials', path: 'casebook/settings.py', line: 2, includes: ['django-cors-headers'] },
        { messageId: 'reflectedWithCredentials', path: 'legacy/settings.py', line: 1 },
      ],
    },
    {
      name: 'Flask-CORS with credentials and the default any origin',
      files: { 'app/__init__.py': 'from flask import Flask\nfrom flask_cors import CORS\napp = Flask(__name__)\nCORS(app, supports_credentials=True)\n' },
      gaps: [{ messageId: 'reflectedWithCredentials', path: 'app/__init__.py', line: 4, includes: ['flask-cors'] }],
    },
    {
      name: 'Flask-CORS app factory: init_app with credentials and the default any-origin',
      files: {
        'app/extensions.py': 'from flask_cors import CORS\nfrom flask_sqlalchemy import SQLAlchemy\ndb = SQLAlchemy()\ncors = CORS()\n',
        'app/__init__.py': 'from flask import Flask\nfrom .extensions import cors, db\n\ndef create_app():\n    app = Flask(__name__)\n    db.init_app(app)\n    cors.init_app(app, supports_credentials=True)\n    return app\n',
      },
      gaps: [{ messageId: 'reflectedWithCredentials', path: 'app/__init__.py', line: 7, includes: ['flask-cors'] }],
    },
    {
      name: 'Flask-CORS constructor allows credentials, init_app attaches it with every origin',
      files: { 'app/__init__.py': 'from flask import Flask\nfrom flask_cors import CORS\ncors = CORS(supports_credentials=True)\n\ndef create_app():\n    app = Flask(__name__)\n    cors.init_app(app)\n    return app\n' },
      gaps: [{ messageId: 'reflectedWithCredentials', path: 'app/__init__.py', line: 7, includes: ['flask-cors'] }],
    },
    {
      name: '@koa/cors origin callbacks that return the request Origin header with credentials',
      files: {
        'src/app.ts': "import cors from '@koa/cors';\napp.use(\n  cors({\n    origin: (ctx) => ctx.get('Origin'),\n    credentials: true,\n  }),\n);\n",
        'src/widget.ts': "import cors from '@koa/cors';\nwidget.use(cors({ origin(ctx: Context) { return ctx.request.headers.origin; }, credentials: true }));\n",
      },
      gaps: [
        { messageId: 'reflectedWithCredentials', path: 'src/app.ts', line: 3 },
        { messageId: 'reflectedWithCredentials', path: 'src/widget.ts', line: 2 },
      ],
    },
  ],
};
export default cases;
