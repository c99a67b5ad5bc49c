import type { RuleCases } from '../../rule-tester.js';

const cases: RuleCases = {
  valid: [
    { name: 'Express /healthz', files: { 'src/server.ts': "import express from 'express';\nconst app = express();\napp.get('/healthz', (_req, res) => res.json({ ok: true }));\napp.post('/projects', createProject);\n" } },
    { name: 'health route on a mounted router', files: { 'src/server.ts': "import express from 'express';\nimport { healthRouter } from './health';\nconst app = express();\napp.use('/health', healthRouter);\napp.post('/projects', createProject);\n", 'src/health.ts': "import { Router } from 'express';\nexport const healthRouter = Router();\nhealthRouter.get('/', (_req, res) => res.send('ok'));\n" } },
    { name: 'FastAPI /health', files: { 'svc/main.py': 'from fastapi import FastAPI\napp = FastAPI()\n\n@app.get("/health")\ndef health():\n    return {"ok": True}\n\n@app.post("/items")\ndef create():\n    pass\n' } },
    { name: 'a health-check middleware mounted at /healthz', files: { 'src/server.ts': "import express from 'express';\nimport healthcheck from 'express-healthcheck';\nconst app = express();\napp.use('/healthz', healthcheck());\napp.post('/projects', createProject);\n" } },
    { name: 'Terminus health checks', files: { 'src/server.ts': "import express from 'express';\nimport http from 'node:http';\nimport { createTerminus } from '@godaddy/terminus';\nconst app = express();\napp.post('/projects', createProject);\ncreateTerminus(http.createServer(app), { healthChecks: { '/healthz': check } });\n" } },
    { name: 'no routes at all', files: { 'src/lib.ts': 'export const add = (a: number, b: number) => a + b;\n' } },
  ],
  invalid: [
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
  ],
};
export default cases;
