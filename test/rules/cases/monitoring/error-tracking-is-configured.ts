import type { RuleCases } from '../../rule-tester.js';

const server = "import express from 'express';\nimport './instrument';\nconst app = express();\napp.get('/projects', listProjects);\n";
const instrument = (dsn: string) => `import * as Sentry from '@sentry/node';\n\nSentry.init({\n  dsn: ${dsn},\n  tracesSampleRate: 0.1,\n});\n`;

const pyService = (name: string) => ({
  [`services/${name}/pyproject.toml`]: `[project]\nname = "${name}"\n`,
  [`services/${name}/app/main.py`]: 'import os\nimport sentry_sdk\nfrom fastapi import FastAPI\n\nsentry_sdk.init(dsn=os.environ["SENTRY_DSN"])\napp = FastAPI()\n\n@app.get("/items")\ndef items():\n    return []\n',
});
const deployment = (name: string, containers: { name: string; image: string; env: string[] }[]) =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\nspec:\n  template:\n    spec:\n      containers:\n${containers
    .map((c) => `        - name: ${c.name}\n          image: ${c.image}\n          env:\n${c.env.map((e) => `            - name: ${e}\n              value: x\n`).join('')}`)
    .join('')}`;

/** A Next.js app that renders pages only, served with `next start` (or only built and exported). */
const nextWeb = (scripts: Record<string, string>, extra: Record<string, string> = {}) => ({
  'apps/api/package.json': JSON.stringify({ name: '@acme/api', scripts: { start: 'node dist/server.js' } }),
  'apps/api/src/server.ts': server,
  'apps/api/src/instrument.ts': instrument('process.env.SENTRY_DSN'),
  'apps/api/.env.example': 'SENTRY_DSN=\n',
  'apps/web/package.json': JSON.stringify({ name: '@acme/web', scripts, dependencies: { next: '14.2.5' } }),
  'apps/web/app/page.tsx': 'export default function Home() {\n  return <main>Hello</main>;\n}\n',
  ...extra,
});

/**
 * A monorepo whose Celery worker (no routes) initialises Sentry reading SENTRY_DSN; the root compose declares
 * SENTRY_DSN for the api only, and the worker's Kubernetes manifest loads a secret (`envFrom`).
 */
const celeryWorker = (files: Record<string, string>) => ({
  'services/api/requirements.txt': 'fastapi\n',
  'services/api/app/main.py': 'import os\nimport sentry_sdk\nfrom fastapi import FastAPI\n\nsentry_sdk.init(dsn=os.environ["SENTRY_DSN"])\napp = FastAPI()\n\n@app.get("/items")\ndef items():\n    return []\n',
  'services/worker/requirements.txt': 'celery\nsentry-sdk\n',
  'services/worker/worker/celery_app.py':
    'import os\n\nimport sentry_sdk\nfrom celery import Celery\nfrom sentry_sdk.integrations.celery import CeleryIntegration\n\napp = Celery("worker", broker=os.environ["REDIS_URL"])\nsentry_sdk.init(dsn=os.environ.get("SENTRY_DSN"), integrations=[CeleryIntegration()])\n',
  'deploy/k8s/worker.yaml':
    'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: worker\nspec:\n  template:\n    spec:\n      containers:\n        - name: worker\n          image: ghcr.io/acme/worker:2.3\n          envFrom:\n            - secretRef: { name: worker-secrets }\n',
  ...files,
});
const compose = (worker: string) =>
  `services:\n  api:\n    build: services/api\n    environment:\n      SENTRY_DSN: \${SENTRY_DSN}\n  worker:\n${worker}    environment:\n      REDIS_URL: redis://redis:6379/0\n      SENTRY_DSN_WORKER: \${SENTRY_DSN_WORKER}\n`;

const cases: RuleCases = {
  valid: [
    {
      name: 'Sentry DSN read from SENTRY_DSN, declared in the service .env.example',
      files: { 'src/server.ts': server, 'src/instrument.ts': instrument('process.env.SENTRY_DSN'), '.env.example': 'DATABASE_URL=\nSENTRY_DSN=\n' },
    },
    {
      name: 'DSN declared by docker-compose for the service built from the folder',
      files: {
        'apps/api/package.json': '{"name":"api"}',
        'apps/api/src/server.ts': server,
        'apps/api/src/instrument.ts': instrument('process.env.SENTRY_DSN'),
        'docker-compose.yml': 'services:\n  api:\n    build: ./apps/api\n    environment:\n      SENTRY_DSN: ${SENTRY_DSN}\n      PORT: "4000"\n',
      },
    },
    {
      name: 'DSN declared in fly.toml [env] and a Kubernetes secretRef',
      files: {
        'src/server.ts': server,
        'src/instrument.ts': instrument('process.env.SENTRY_DSN'),
        'fly.toml': 'app = "acme"\n\n[env]\n  SENTRY_DSN = "https://public@o1.ingest.sentry.io/1"\n',
      },
    },
    {
      name: 'DSN through a settings object (config.sentry.dsn)',
      files: {
        'src/server.ts': server,
        'src/config.ts': "export const config = {\n  sentry: { dsn: process.env.SENTRY_DSN ?? '' },\n};\n",
        'src/instrument.ts': "import * as Sentry from '@sentry/node';\nimport { config } from './config';\nSentry.init({ dsn: config.sentry.dsn });\n",
        '.env.example': 'SENTRY_DSN=\n',
      },
    },
    {
      name: 'Python: pydantic settings field sentry_dsn → SENTRY_DSN declared in a Kubernetes manifest',
      files: {
        'requirements.txt': 'fastapi\nsentry-sdk\n',
        'app/settings.py': 'from pydantic_settings import BaseSettings\n\nclass Settings(BaseSettings):\n    sentry_dsn: str | None = None\n\nsettings = Settings()\n',
        'app/main.py': 'import sentry_sdk\nfrom fastapi import FastAPI\nfrom app.settings import settings\n\nsentry_sdk.init(dsn=settings.sentry_dsn)\napp = FastAPI()\n\n@app.get("/items")\ndef items():\n    return []\n',
        'k8s/deployment.yaml': 'apiVersion: apps/v1\nkind: Deployment\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          env:\n            - name: SENTRY_DSN\n              valueFrom:\n                secretKeyRef: { name: app, key: sentry-dsn }\n',
      },
    },
    {
      name: 'Sentry without a dsn option reads SENTRY_DSN by itself, declared in the Dockerfile',
      files: { 'src/server.ts': server, 'src/instrument.ts': "import * as Sentry from '@sentry/node';\nSentry.init({ tracesSampleRate: 1 });\n", Dockerfile: 'FROM node:20\nENV NODE_ENV=production SENTRY_DSN=""\n' },
    },
    {
      name: 'Sentry initialised by a shared package, called by the API that declares the DSN',
      files: {
        'packages/observability/package.json': '{"name":"@acme/observability"}',
        'packages/observability/src/index.ts': "import * as Sentry from '@sentry/node';\nexport function initObservability() {\n  Sentry.init({ dsn: process.env.SENTRY_DSN });\n}\n",
        'apps/api/package.json': '{"name":"api"}',
        'apps/api/src/server.ts': "import express from 'express';\nimport { initObservability } from '@acme/observability';\ninitObservability();\nconst app = express();\napp.get('/projects', listProjects);\n",
        'apps/api/.env.example': 'SENTRY_DSN=\n',
      },
    },
    {
      name: 'monorepo: a top-level Kubernetes manifest declares the DSN for the service its deployment and image are named after',
      files: {
        ...pyService('api'),
        ...pyService('worker'),
        'deploy/k8s/api.yaml': deployment('acme-api', [{ name: 'api', image: 'ghcr.io/acme/api:latest', env: ['SENTRY_DSN'] }]),
        'deploy/k8s/worker.yaml': deployment('acme-worker', [{ name: 'worker', image: 'ghcr.io/acme/worker:latest', env: ['SENTRY_DSN'] }]),
      },
    },
    {
      name: 'monorepo: k8s/<service>/ folder and charts/<service>/values.yaml name the service by their path',
      files: {
        ...pyService('api'),
        ...pyService('worker'),
        'k8s/api/deployment.yaml': deployment('backend', [{ name: 'app', image: 'acme/backend', env: ['SENTRY_DSN'] }]),
        'charts/worker/values.yaml': 'replicaCount: 2\nenv:\n  - name: SENTRY_DSN\n    valueFrom:\n      secretKeyRef: { name: sentry, key: dsn }\n',
      },
    },
    {
      name: 'monorepo: a top-level manifest that names no service may deploy any of them',
      files: { ...pyService('api'), ...pyService('worker'), 'deploy/k8s/backend.yaml': deployment('backend', [{ name: 'app', image: 'acme/backend', env: ['SENTRY_DSN'] }]) },
    },
    {
      name: 'Next.js app served with next start initialises Sentry in sentry.server.config.ts',
      files: nextWeb(
        { dev: 'next dev', build: 'next build', start: 'next start -p 3000' },
        { 'apps/web/sentry.server.config.ts': "import * as Sentry from '@sentry/nextjs';\nSentry.init({ dsn: process.env.SENTRY_DSN });\n", 'apps/web/.env.example': 'SENTRY_DSN=\n' },
      ),
    },
    { name: 'lookalike: a Next.js app that is only built and exported (no next start) is not a server', files: nextWeb({ dev: 'next dev', build: 'next build && next export' }) },
    { name: 'no routes and no SDK: nothing to judge', files: { 'src/lib.ts': 'export const add = (a: number, b: number) => a + b;\n' } },
    {
      name: "a Celery worker's manifest loads a secret and no template lists the worker's variables: the secret may hold the DSN",
      files: celeryWorker({ 'services/api/.env.example': 'SENTRY_DSN=\n' }),
    },
    {
      name: 'a Celery worker whose compose block (built from its folder) declares the DSN it reads',
      files: celeryWorker({ 'services/worker/.env.example': 'REDIS_URL=\nSENTRY_DSN_WORKER=\n', 'docker-compose.yml': compose('    build: services/worker\n').replace('SENTRY_DSN_WORKER: ${SENTRY_DSN_WORKER}', 'SENTRY_DSN: ${SENTRY_DSN_WORKER}') }),
    },
  ],
  invalid: [
    {
      name: "lookalike: a Celery worker (no routes) reads SENTRY_DSN; its template and compose block declare SENTRY_DSN_WORKER, its manifest loads a secret, and the root compose declares SENTRY_DSN for the api and the admin (a mounted folder) only",
      files: celeryWorker({
        'services/worker/.env.example': 'REDIS_URL=\nSENTRY_DSN_WORKER=\n',
        'services/api/.env.example': 'SENTRY_DSN=\n',
        // The admin runs from a stock image with its folder mounted: its SENTRY_DSN is the admin's, not the worker's.
        'docker-compose.yml': `${compose('    build: services/worker\n')}  admin:\n    image: python:3.12\n    volumes: ["./services/admin:/app", "cache:/root/.cache"]\n    environment:\n      SENTRY_DSN: \${SENTRY_DSN_ADMIN}\n`,
      }),
      gaps: [{ messageId: 'undeclared', path: 'services/worker/worker/celery_app.py', line: 8, includes: ['services/worker does not declare', 'SENTRY_DSN_WORKER'] }],
    },
    {
      name: 'lookalike: DSN declared under another name than the one read',
      files: { 'src/server.ts': server, 'src/instrument.ts': instrument('process.env.SENTRY_DSN'), '.env.example': 'DATABASE_URL=\nSENTRY_DSN_API=\n' },
      gaps: [{ messageId: 'undeclared', path: 'src/instrument.ts', line: 3, includes: ['SENTRY_DSN', '`SENTRY_DSN_API` (.env.example:2) is declared instead, and nothing reads it'] }],
    },
    {
      name: 'lookalike: declared for another service of the monorepo',
      files: {
        'apps/api/package.json': '{"name":"api"}',
        'apps/api/src/server.ts': server,
        'apps/api/src/instrument.ts': instrument('process.env.SENTRY_DSN'),
        'apps/api/.env.example': 'PORT=4000\n',
        'apps/worker/package.json': '{"name":"worker"}',
        'apps/worker/.env.example': 'SENTRY_DSN=\n',
      },
      gaps: [{ messageId: 'undeclared', path: 'apps/api/src/instrument.ts', includes: ['apps/api does not declare'] }],
    },
    {
      name: 'lookalike: top-level Kubernetes manifests, the DSN declared under another name for the api and only for the worker',
      files: {
        ...pyService('api'),
        ...pyService('worker'),
        'deploy/k8s/api.yaml': deployment('acme-api', [{ name: 'api', image: 'ghcr.io/acme/api:latest', env: ['DATABASE_URL', 'SENTRY_DSN_API'] }]),
        // The worker's sidecar is called ops-api, but it runs the worker's image in the worker's deployment.
        'deploy/k8s/worker.yaml': deployment('acme-worker', [{ name: 'ops-api', image: 'ghcr.io/acme/worker:latest', env: ['SENTRY_DSN'] }]),
      },
      gaps: [{ messageId: 'undeclared', path: 'services/api/app/main.py', line: 5, includes: ['services/api does not declare', 'SENTRY_DSN_API'] }],
    },
    {
      name: 'Python service reading a variable no template declares',
      files: {
        'services/reports/requirements.txt': 'fastapi\n',
        'services/reports/main.py': 'import os\nimport sentry_sdk\nfrom fastapi import FastAPI\n\nsentry_sdk.init(dsn=os.environ.get("REPORTS_SENTRY_DSN"))\napp = FastAPI()\n\n@app.get("/reports")\ndef reports():\n    return []\n',
        'services/reports/.env.example': 'DATABASE_URL=\n',
      },
      gaps: [{ messageId: 'undeclared', path: 'services/reports/main.py', line: 5, includes: ['REPORTS_SENTRY_DSN'] }],
    },
    {
      name: 'a Next.js app served with next start that renders pages only and initialises no tracker',
      files: nextWeb({ dev: 'next dev', build: 'next build', start: 'next start -p 3000' }),
      gaps: [{ messageId: 'missingNext', path: null, includes: ['No error tracking in apps/web', '`next start`'] }],
    },
    {
      name: 'a service with routes and no error tracker',
      files: { 'src/server.ts': "import express from 'express';\nconst app = express();\napp.post('/projects', createProject);\n" },
      gaps: [{ messageId: 'missing', path: null, includes: ['No error tracking in the app'] }],
    },
    {
      name: 'empty literal DSN and a tracker switched off',
      files: {
        'src/server.ts': server,
        'src/instrument.ts': instrument("''"),
        'src/bugsnag.ts': "import Bugsnag from '@bugsnag/js';\nBugsnag.start({ apiKey: process.env.BUGSNAG_API_KEY, enabled: false });\n",
        '.env.example': 'BUGSNAG_API_KEY=\n',
      },
      gaps: [
        { messageId: 'empty', path: 'src/instrument.ts' },
        { messageId: 'disabled', path: 'src/bugsnag.ts' },
      ],
    },
  ],
};
export default cases;
