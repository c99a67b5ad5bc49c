import type { RuleCases } from '../../rule-tester.js';

const cases: RuleCases = {
  valid: [
    { name: 'allow-list with credentials', files: { 'src/app.ts': "import cors from 'cors';\napp.use(cors({ origin: ['https://app.acme.com'], credentials: true }));\n" } },
    { name: 'public API with a wildcard and no credentials', files: { 'src/app.ts': "import cors from 'cors';\napp.use(cors());\n" } },
    { name: 'callback that checks an allow-list', files: { 'src/app.ts': "import cors from 'cors';\napp.use(cors({ origin: (origin, cb) => cb(null, allowed.includes(origin)), credentials: true }));\n" } },
    { name: 'Nest enableCors with named origins', files: { 'src/main.ts': "app.enableCors({ origin: 'https://app.acme.com', credentials: true });\n" } },
    { name: 'manual header with a fixed origin', files: { 'src/app.ts': "res.setHeader('Access-Control-Allow-Origin', 'https://app.acme.com');\nres.setHeader('Access-Control-Allow-Credentials', 'true');\n" } },
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
  ],
};
export default cases;
