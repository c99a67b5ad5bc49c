import type { RuleCases } from '../../rule-tester.js';

const alerts = "export async function sendAlert(title: string) {\n  const url = process.env.SLACK_ALERT_WEBHOOK_URL;\n  if (!url) return;\n  await fetch(url, { method: 'POST', body: JSON.stringify({ text: title }) });\n}\n";

const pyWorker = (folder: string) => ({
  [`${folder}/pyproject.toml`]: '[project]\nname = "worker"\n',
  [`${folder}/worker/alerts.py`]: 'import os\nimport httpx\n\ndef notify_failure(task):\n    httpx.post(os.environ["SLACK_ALERTS_WEBHOOK_URL"], json={"text": task})\n',
  [`${folder}/worker/run.py`]: 'from worker.alerts import notify_failure\n\ndef main():\n    try:\n        work()\n    except Exception:\n        notify_failure("main")\n        raise\n',
});
const workerManifest = (name: string, env: string) =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\nspec:\n  template:\n    spec:\n      containers:\n        - name: ${name}\n          image: ghcr.io/acme/${name}:1.4\n          env:\n            - name: ${env}\n              valueFrom:\n                secretKeyRef: { name: slack, key: url }\n`;

/** A Celery worker whose `task_failure` handler posts to Slack, deployed by a manifest that loads a secret (`envFrom`). */
const celeryWorker = (files: Record<string, string>) => ({
  'services/worker/requirements.txt': 'celery\nrequests\n',
  'services/worker/worker/alerts.py':
    'import os\n\nimport requests\nfrom celery.signals import task_failure\n\n\ndef notify_ops_failure(title, detail):\n    requests.post(os.environ["ALERT_SLACK_WEBHOOK_URL"], json={"text": f"{title}: {detail}"}, timeout=5)\n\n\n@task_failure.connect\ndef on_task_failure(sender=None, task_id=None, exception=None, **_kwargs):\n    notify_ops_failure(f"Task {sender.name} failed", f"{task_id}: {exception!r}")\n',
  'services/api/requirements.txt': 'fastapi\n',
  'deploy/k8s/worker.yaml':
    'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: worker\nspec:\n  template:\n    spec:\n      containers:\n        - name: worker\n          image: ghcr.io/acme/worker:2.3\n          envFrom:\n            - secretRef: { name: worker-secrets }\n          env:\n            - name: EXPORT_BUCKET\n              value: exports\n',
  ...files,
});

const salesPost = "/** A heads-up in #sales when a company signs up. */\nexport async function postToSalesChannel(text: string) {\n  const url = process.env.SLACK_SALES_WEBHOOK_URL;\n  if (!url) return;\n  await fetch(url, { method: 'POST', body: JSON.stringify({ text }) });\n}\n";

/** t3: the destination is read through the validated `env` object of `createEnv` (`~/env`), not `process.env`. */
const t3Env = (variables: string[]) =>
  `import { createEnv } from '@t3-oss/env-nextjs';\nimport { z } from 'zod';\nexport const env = createEnv({\n  server: {\n${variables.map((v) => `    ${v}: z.string().url().optional(),\n`).join('')}  },\n  runtimeEnv: {\n${variables.map((v) => `    ${v}: process.env.${v},\n`).join('')}  },\n});\n`;
const t3Alert =
  "import { env } from '~/env';\nexport async function sendOpsAlert(title: string) {\n  const url = env.SLACK_ALERTS_WEBHOOK_URL;\n  if (!url) return;\n  await fetch(url, { method: 'POST', body: JSON.stringify({ text: title }) });\n}\n";
const t3Cron = "import { sendOpsAlert } from '~/server/alerts/slack';\nexport async function GET() {\n  try {\n    await purge();\n  } catch (err) {\n    await sendOpsAlert(`purge failed: ${err}`);\n    throw err;\n  }\n  return Response.json({ ok: true });\n}\n";
const t3Announce =
  "import { env } from '~/env';\nexport async function announceNewHire(name: string) {\n  const url = env.SLACK_ANNOUNCEMENTS_WEBHOOK_URL;\n  if (!url) return;\n  await fetch(url, { method: 'POST', body: JSON.stringify({ text: `Please welcome ${name}` }) });\n}\n";

const cases: RuleCases = {
  valid: [
    {
      name: 't3: an alert helper reading its Slack webhook through createEnv (env.SLACK_ALERTS_WEBHOOK_URL), called from a catch, declared in .env.example',
      files: {
        'src/env.js': t3Env(['SLACK_ALERTS_WEBHOOK_URL']),
        'src/server/alerts/slack.ts': t3Alert,
        'src/app/api/cron/purge/route.ts': t3Cron,
        '.env.example': 'DATABASE_URL=\nSLACK_ALERTS_WEBHOOK_URL=\n',
      },
    },
    {
      name: 'lookalike: t3, a new-hire announcement through env.SLACK_ANNOUNCEMENTS_WEBHOOK_URL that no error path sends is a notification, not judged',
      files: {
        'src/env.js': t3Env(['SLACK_ANNOUNCEMENTS_WEBHOOK_URL']),
        'src/server/alerts/announcements.ts': t3Announce,
        'src/server/api/routers/employee.ts': "import { announceNewHire } from '~/server/alerts/announcements';\nexport async function hire(input: { name: string }) {\n  const employee = await db.employee.create({ data: input });\n  await announceNewHire(employee.name);\n  return employee;\n}\n",
        '.env.example': 'DATABASE_URL=\n',
      },
    },
    {
      name: 'a sign-up heads-up to a sales channel is a notification, not an alert: its undeclared webhook is not judged',
      files: {
        'src/lib/slack.ts': salesPost,
        'src/routes/auth.ts': "import { postToSalesChannel } from '../lib/slack';\nexport async function signup(req, res) {\n  const user = await createUser(req.body);\n  void postToSalesChannel(`New sign-up: ${user.email}`);\n  res.status(201).json(user);\n}\n",
        '.env.example': 'DATABASE_URL=\n',
      },
    },
    {
      name: 'called from the Express error middleware, destination declared',
      files: {
        'src/alerts.ts': alerts,
        'src/errors.ts': "import { sendAlert } from './alerts';\nexport function errorHandler(err, req, res, next) {\n  void sendAlert(`500 on ${req.path}`);\n  res.status(500).end();\n}\n",
        '.env.example': 'SLACK_ALERT_WEBHOOK_URL=\n',
      },
    },
    {
      name: 'called from a catch block of a job, through a helper',
      files: {
        'src/alerts.ts': alerts,
        'src/jobs/nightly.ts': "import { sendAlert } from '../alerts';\nasync function notifyOps(job: string) {\n  await sendAlert(`${job} failed`);\n}\nexport async function runNightly() {\n  try {\n    await rebuild();\n  } catch (err) {\n    await notifyOps('nightly');\n    throw err;\n  }\n}\n",
        'docker-compose.yml': 'services:\n  app:\n    build: .\n    environment:\n      - SLACK_ALERT_WEBHOOK_URL\n',
      },
    },
    {
      name: 'registered by name as the unhandledRejection hook',
      files: {
        'src/alerts.ts': alerts,
        'src/main.ts': "import { sendAlert } from './alerts';\nasync function crash(reason: unknown) {\n  await sendAlert(`crash: ${String(reason)}`);\n  process.exit(1);\n}\nprocess.on('unhandledRejection', crash);\n",
        '.env.example': 'SLACK_ALERT_WEBHOOK_URL=\n',
      },
    },
    {
      name: 'passed by name as the queue failure handler',
      files: {
        'src/alerts.ts': alerts,
        'src/worker.ts': "import { Worker } from 'bullmq';\nimport { sendAlert } from './alerts';\nconst worker = new Worker('emails', sendEmail);\nworker.on('failed', sendAlert);\n",
        '.env.example': 'SLACK_ALERT_WEBHOOK_URL=\n',
      },
    },
    {
      name: 'called in the failure branch of a scheduled check',
      files: {
        'src/alerts.ts': alerts,
        'src/cron/check-site.ts': "import { sendAlert } from '../alerts';\nexport async function checkSite() {\n  const res = await fetch('https://app.acme.example/healthz');\n  if (!res.ok) {\n    await sendAlert(`site answered ${res.status}`);\n  }\n}\n",
        '.env.example': 'SLACK_ALERT_WEBHOOK_URL=\n',
      },
    },
    {
      name: 'called from a Fastify setErrorHandler callback',
      files: {
        'src/alerts.ts': alerts,
        'src/plugins/errors.ts': "import type { FastifyInstance } from 'fastify';\nimport fp from 'fastify-plugin';\nimport { sendAlert } from '../alerts';\nexport default fp(async (app: FastifyInstance) => {\n  app.setErrorHandler((err, req, reply) => {\n    if (err.statusCode && err.statusCode < 500) return reply.code(err.statusCode).send({ error: err.message });\n    void sendAlert(`API ${req.method} ${req.url} failed: ${err.message}`);\n    return reply.code(500).send({ error: 'internal_error' });\n  });\n});\n",
        '.env.example': 'SLACK_ALERT_WEBHOOK_URL=\n',
      },
    },
    {
      name: "called from a Fastify addHook('onError') callback",
      files: {
        'src/alerts.ts': alerts,
        'src/plugins/hooks.ts': "import type { FastifyInstance } from 'fastify';\nimport { sendAlert } from '../alerts';\nexport async function hooks(app: FastifyInstance) {\n  app.addHook('onError', async (req, reply, error) => {\n    await sendAlert(`hook: ${error.message}`);\n  });\n}\n",
        '.env.example': 'SLACK_ALERT_WEBHOOK_URL=\n',
      },
    },
    {
      name: 'lookalike: a Slack notification that is not an alert (new sign-ups), called from a route',
      files: {
        'src/notify.ts': "export async function postSignup(email: string) {\n  await fetch(process.env.SLACK_SIGNUPS_WEBHOOK_URL!, { method: 'POST', body: JSON.stringify({ text: email }) });\n}\n",
        'src/routes.ts': "import { Router } from 'express';\nimport { postSignup } from './notify';\nexport const router = Router();\nrouter.post('/signup', async (req, res) => { await postSignup(req.body.email); res.end(); });\n",
        '.env.example': 'SLACK_SIGNUPS_WEBHOOK_URL=\n',
      },
    },
    {
      name: 'lookalike: a wiki "page published" notice to a Slack bot channel is not paging anyone (never called on failure)',
      files: {
        'lib/slackBot.ts':
          "const token = process.env.SLACK_BOT_TOKEN;\nexport async function postPagePublished(channel: string, page: { title: string }) {\n  await fetch('https://slack.com/api/chat.postMessage', { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: JSON.stringify({ channel, text: page.title }) });\n}\n",
        'pages/api/publish.ts': "import { postPagePublished } from '../../lib/slackBot';\nexport default async function handler(req, res) {\n  await postPagePublished('#docs', { title: req.body.title });\n  res.end();\n}\n",
        '.env.example': 'SLACK_BOT_TOKEN=\n',
      },
    },
    {
      name: 'Python: except block calls the PagerDuty helper; routing key in a settings env',
      files: {
        'worker/alerts.py': 'import os\nimport requests\n\ndef page(summary):\n    requests.post("https://events.pagerduty.com/v2/enqueue", json={"routing_key": os.environ["PAGERDUTY_ROUTING_KEY"], "payload": {"summary": summary}})\n',
        'worker/run.py': 'from worker.alerts import page\n\ndef main():\n    try:\n        work()\n    except Exception as exc:\n        page(str(exc))\n        raise\n',
        '.env.example': 'PAGERDUTY_ROUTING_KEY=\n',
      },
    },
    {
      name: 'monorepo: the webhook declared by the top-level Kubernetes manifest of the worker (deploy/k8s/worker.yaml)',
      files: { ...pyWorker('services/worker'), 'services/api/pyproject.toml': '[project]\nname = "api"\n', 'deploy/k8s/worker.yaml': workerManifest('worker', 'SLACK_ALERTS_WEBHOOK_URL') },
    },
    {
      name: "Celery: a task_failure handler posts with requests to the alert webhook; the worker's manifest loads a secret and no template lists the variables",
      files: celeryWorker({}),
    },
    {
      name: "Celery: the worker's env template declares the alert webhook",
      files: celeryWorker({ 'services/worker/.env.example': 'REDIS_URL=\nALERT_SLACK_WEBHOOK_URL=\n' }),
    },
  ],
  invalid: [
    {
      name: 't3: the webhook read through createEnv (env.SLACK_ALERTS_WEBHOOK_URL) is only in the env.js schema, not in .env.example',
      files: {
        'src/env.js': t3Env(['SLACK_ALERTS_WEBHOOK_URL']),
        'src/server/alerts/slack.ts': t3Alert,
        'src/app/api/cron/purge/route.ts': t3Cron,
        '.env.example': 'DATABASE_URL=\n',
      },
      gaps: [{ messageId: 'undeclared', path: 'src/server/alerts/slack.ts', line: 5, includes: ['sendOpsAlert', 'SLACK_ALERTS_WEBHOOK_URL'] }],
    },
    {
      name: 't3: an alert helper reading env.SLACK_ALERTS_WEBHOOK_URL that nothing calls',
      files: { 'src/env.js': t3Env(['SLACK_ALERTS_WEBHOOK_URL']), 'src/server/alerts/slack.ts': t3Alert, '.env.example': 'SLACK_ALERTS_WEBHOOK_URL=\n' },
      gaps: [{ messageId: 'neverCalled', path: 'src/server/alerts/slack.ts', includes: ['sendOpsAlert', 'SLACK_ALERTS_WEBHOOK_URL'] }],
    },
    {
      name: 'a config object key (config.slackAlertsUrl) bound to process.env.OPS_SLACK_HOOK elsewhere: that variable is the destination, and it is undeclared',
      files: {
        'src/config.ts': "export const config = {\n  port: Number(process.env.PORT ?? 3000),\n  slackAlertsUrl: process.env.OPS_SLACK_HOOK,\n};\n",
        'src/alerts.ts': "import { config } from './config';\nexport async function notifyFailure(title: string) {\n  await fetch(config.slackAlertsUrl!, { method: 'POST', body: JSON.stringify({ text: title }) });\n}\n",
        'src/jobs.ts': "import { notifyFailure } from './alerts';\nexport async function run() {\n  try {\n    await work();\n  } catch (err) {\n    await notifyFailure(String(err));\n  }\n}\n",
        '.env.example': 'PORT=3000\n',
      },
      gaps: [{ messageId: 'undeclared', path: 'src/alerts.ts', line: 3, includes: ['OPS_SLACK_HOOK'] }],
    },
    {
      name: 'lookalike: a helper named for sales that a catch block sends is an alert after all, and its webhook is not declared',
      files: {
        'src/lib/slack.ts': salesPost,
        'src/jobs/sync.ts': "import { postToSalesChannel } from '../lib/slack';\nexport async function syncCrm() {\n  try {\n    await pushLeads();\n  } catch (err) {\n    await postToSalesChannel(`CRM sync failed: ${err}`);\n  }\n}\n",
        '.env.example': 'DATABASE_URL=\n',
      },
      gaps: [{ messageId: 'undeclared', path: 'src/lib/slack.ts', includes: ['SLACK_SALES_WEBHOOK_URL'] }],
    },
    {
      name: 'lookalike: a neutrally named Slack post with an undeclared webhook is still judged',
      files: {
        'src/lib/slack.ts': "export async function postToSlack(text: string) {\n  await fetch(process.env.SLACK_WEBHOOK_URL!, { method: 'POST', body: JSON.stringify({ text }) });\n}\n",
        'src/routes/auth.ts': "import { postToSlack } from '../lib/slack';\nexport async function signup(req, res) {\n  void postToSlack('New sign-up');\n}\n",
        '.env.example': 'DATABASE_URL=\n',
      },
      gaps: [{ messageId: 'undeclared', path: 'src/lib/slack.ts', includes: ['SLACK_WEBHOOK_URL'] }],
    },
    {
      name: "lookalike: Celery, the worker's manifest loads a secret, but its env template (which the secret is filled from) leaves the alert webhook out",
      files: celeryWorker({ 'services/worker/.env.example': 'REDIS_URL=\nSENTRY_DSN_WORKER=\n', 'services/api/.env.example': 'ALERT_SLACK_WEBHOOK_URL=\n' }),
      gaps: [{ messageId: 'undeclared', path: 'services/worker/worker/alerts.py', line: 8, includes: ['ALERT_SLACK_WEBHOOK_URL', 'services/worker'] }],
    },
    {
      name: 'a helper that pages the on-call engineer (sendPage) defined and never called',
      files: {
        'src/oncall.ts': "export async function sendPage(title: string) {\n  await fetch(process.env.SLACK_WEBHOOK_URL!, { method: 'POST', body: JSON.stringify({ text: title }) });\n}\n",
        '.env.example': 'SLACK_WEBHOOK_URL=\n',
      },
      gaps: [{ messageId: 'neverCalled', path: 'src/oncall.ts', line: 1, includes: ['sendPage'] }],
    },
    {
      name: 'a helper named for paging (pageTeam) only called from a route, not on a failure',
      files: {
        'src/oncall.ts': "export async function pageTeam(title: string) {\n  await fetch(process.env.SLACK_WEBHOOK_URL!, { method: 'POST', body: JSON.stringify({ text: title }) });\n}\n",
        'src/routes.ts': "import { Router } from 'express';\nimport { pageTeam } from './oncall';\nexport const router = Router();\nrouter.post('/ping', async (req, res) => { await pageTeam('ping'); res.end(); });\n",
        '.env.example': 'SLACK_WEBHOOK_URL=\n',
      },
      gaps: [{ messageId: 'notOnErrorPath', path: 'src/oncall.ts', includes: ['pageTeam', 'src/routes.ts:4'] }],
    },
    {
      name: 'lookalike: an alert helper defined and never called',
      files: { 'src/alerts.ts': alerts, '.env.example': 'SLACK_ALERT_WEBHOOK_URL=\n' },
      gaps: [{ messageId: 'neverCalled', path: 'src/alerts.ts', line: 1, includes: ['sendAlert', 'SLACK_ALERT_WEBHOOK_URL'] }],
    },
    {
      name: 'called only from a successful path (a deploy notice), never on failure',
      files: {
        'src/alerts.ts': alerts,
        'src/boot.ts': "import { sendAlert } from './alerts';\nexport async function boot() {\n  await sendAlert('api started');\n}\n",
        '.env.example': 'SLACK_ALERT_WEBHOOK_URL=\n',
      },
      gaps: [{ messageId: 'notOnErrorPath', path: 'src/alerts.ts', includes: ['src/boot.ts:3'] }],
    },
    {
      name: "lookalike: called from a Fastify onRequest hook, which runs on every request, not on failure",
      files: {
        'src/alerts.ts': alerts,
        'src/plugins/hooks.ts': "import type { FastifyInstance } from 'fastify';\nimport { sendAlert } from '../alerts';\nexport async function hooks(app: FastifyInstance) {\n  app.addHook('onRequest', async (req) => {\n    if (req.url === '/admin') await sendAlert(`admin visit from ${req.ip}`);\n  });\n}\n",
        '.env.example': 'SLACK_ALERT_WEBHOOK_URL=\n',
      },
      gaps: [{ messageId: 'notOnErrorPath', path: 'src/alerts.ts', includes: ['src/plugins/hooks.ts:5'] }],
    },
    {
      name: 'destination variable never declared for the service',
      files: {
        'src/alerts.ts': alerts,
        'src/errors.ts': "import { sendAlert } from './alerts';\nexport function errorHandler(err, req, res, next) {\n  void sendAlert('500');\n  res.status(500).end();\n}\n",
        '.env.example': 'SLACK_WEBHOOK=\n',
      },
      gaps: [{ messageId: 'undeclared', path: 'src/alerts.ts', line: 4, includes: ['SLACK_ALERT_WEBHOOK_URL'] }],
    },
    {
      name: 'lookalike: monorepo, the webhook declared only by the top-level manifest of another service (deploy/k8s/api.yaml)',
      files: { ...pyWorker('services/worker'), 'services/api/pyproject.toml': '[project]\nname = "api"\n', 'deploy/k8s/api.yaml': workerManifest('api', 'SLACK_ALERTS_WEBHOOK_URL') },
      gaps: [{ messageId: 'undeclared', path: 'services/worker/worker/alerts.py', line: 5, includes: ['SLACK_ALERTS_WEBHOOK_URL', 'services/worker'] }],
    },
  ],
};
export default cases;
