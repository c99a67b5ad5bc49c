import { describe, expect, it } from '@jest/globals';
import type { FileFacts } from '../../src/core/facts.js';
import type { Language } from '../../src/core/model.js';
import { parseSource } from '../../src/core/parse.js';
import { countLines } from '../../src/core/scan.js';
import { extractSource, extractText } from '../../src/extract/index.js';

const text = (path: string, content: string): FileFacts => extractText(path, content, countLines(content));
const source = async (path: string, language: Language, content: string): Promise<FileFacts> => extractSource(path, language, content, await parseSource(language, content), countLines(content), []);
const declared = (facts: FileFacts) => facts.envDeclarations.map((d) => (d.appliesTo ? `${d.name}@${d.appliesTo}` : d.name));

describe('environment declared by deployment configuration', () => {
  it('docker-compose: map and list forms, scoped to the build context', () => {
    const facts = text('deploy/compose.yaml', 'services:\n  api:\n    build:\n      context: ../apps/api\n    environment:\n      - SENTRY_DSN\n      - PORT=4000\n  db:\n    image: postgres\n    environment:\n      POSTGRES_DB: app\n');
    expect(declared(facts)).toEqual(['SENTRY_DSN@apps/api', 'PORT@apps/api', 'POSTGRES_DB']);
  });

  it('Dockerfile ENV in both syntaxes', () => {
    expect(declared(text('Dockerfile', 'FROM node\nENV NODE_ENV=production PORT="80"\nENV LOG_LEVEL info\n'))).toEqual(['NODE_ENV', 'PORT', 'LOG_LEVEL']);
  });

  it('fly.toml [env] only', () => {
    expect(declared(text('fly.toml', 'app = "x"\n[env]\n  PORT = "8080"\n[http_service]\n  internal_port = 8080\n'))).toEqual(['PORT']);
  });

  it('render.yaml envVars under rootDir and env groups as a wildcard', () => {
    const facts = text('render.yaml', 'services:\n  - type: web\n    rootDir: services/billing\n    envVars:\n      - key: SENTRY_DSN\n        sync: false\n    envVarGroups: [shared]\n');
    expect(declared(facts)).toEqual(['SENTRY_DSN@services/billing', '*@services/billing']);
  });

  it('vercel.json and Heroku app.json env objects', () => {
    expect(declared(text('vercel.json', '{"env":{"API_URL":"x"},"build":{"env":{"NEXT_PUBLIC_SENTRY_DSN":"y"}}}'))).toEqual(['API_URL', 'NEXT_PUBLIC_SENTRY_DSN']);
    expect(declared(text('app.json', '{"name":"x","env":{"SENTRY_DSN":{"description":"DSN"}}}'))).toEqual(['SENTRY_DSN']);
  });

  it('Kubernetes env names and envFrom, Helm values maps', () => {
    const k8s = text('k8s/api.yaml', 'apiVersion: apps/v1\nkind: Deployment\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          env:\n            - name: SLACK_ALERT_WEBHOOK_URL\n              valueFrom: { secretKeyRef: { name: api, key: slack } }\n          envFrom:\n            - secretRef: { name: api-secrets }\n---\napiVersion: v1\nkind: Service\n');
    expect(declared(k8s)).toEqual(['SLACK_ALERT_WEBHOOK_URL', '*']);
    expect(declared(text('charts/api/values.yaml', 'image: api\nenv:\n  SENTRY_DSN: ""\n  LOG_LEVEL: info\n'))).toEqual(['SENTRY_DSN', 'LOG_LEVEL']);
  });

  it('Kubernetes and Helm declarations carry the names of the workload that reads them', () => {
    const k8s = text(
      'deploy/k8s/worker.yaml',
      'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: acme-worker\n  labels:\n    app.kubernetes.io/component: jobs\nspec:\n  template:\n    metadata:\n      labels: { app: acme-worker-pod }\n    spec:\n      containers:\n        - name: ops-api\n          image: ghcr.io/acme/worker:1.2@sha256:abc\n          env:\n            - name: SENTRY_DSN\n',
    );
    expect(k8s.envDeclarations.map((d) => [d.name, d.deployedAs])).toEqual([['SENTRY_DSN', ['acme-worker', 'acme-worker-pod', 'jobs', 'ops-api', 'worker']]]);
    const helm = text('charts/api/values.yaml', 'nameOverride: api\nimage:\n  repository: ghcr.io/acme/api-server\nenv:\n  - name: SENTRY_DSN\n');
    expect(helm.envDeclarations.map((d) => [d.name, d.deployedAs])).toEqual([['SENTRY_DSN', ['api', 'api-server']]]);
    expect(text('docker-compose.yml', 'services:\n  api:\n    environment:\n      - SENTRY_DSN\n').envDeclarations[0]!.deployedAs).toBeUndefined();
  });

  it('Terraform Lambda environment and ECS container definitions', () => {
    const facts = text('infra/main.tf', 'resource "aws_lambda_function" "f" {\n  environment {\n    variables = {\n      SENTRY_DSN = var.sentry_dsn\n    }\n  }\n}\nresource "aws_ecs_task_definition" "t" {\n  container_definitions = jsonencode([{\n    environment = [{ name = "PAGERDUTY_ROUTING_KEY", value = var.key }]\n  }])\n}\nlocals {\n  NOT_ENV = 1\n}\n');
    expect(declared(facts)).toEqual(['SENTRY_DSN', 'PAGERDUTY_ROUTING_KEY']);
  });

  it("a CronJob's envFrom does not declare every name for the service", () => {
    const facts = text('k8s/backup.yaml', 'apiVersion: batch/v1\nkind: CronJob\nspec:\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          containers:\n            - name: backup\n              envFrom:\n                - secretRef: { name: backup }\n              env:\n                - name: S3_BUCKET\n                  value: backups\n');
    expect(declared(facts)).toEqual(['S3_BUCKET']);
  });

  it('Helm chart templates are skipped, not reported as broken YAML', () => {
    const facts = text('charts/api/templates/deployment.yaml', 'apiVersion: apps/v1\nkind: Deployment\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          env:\n{{- toYaml .Values.env | nindent 12 }}\n');
    expect({ declared: declared(facts), problems: facts.problems }).toEqual({ declared: [], problems: [] });
  });

  it('a file that is not valid YAML or JSON is a notice, never a crash', () => {
    expect(text('docker-compose.yml', 'services:\n  api: [\n').problems.map((p) => p.kind)).toEqual(['notice']);
    expect(text('vercel.json', '{ nope').problems.map((p) => p.kind)).toEqual(['notice']);
  });
});

describe('Drizzle tables', () => {
  it('are models named by their variable, with the table name and column properties', async () => {
    const facts = await source(
      'src/db/schema.ts',
      'typescript',
      "import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';\nimport { sqliteTable } from 'drizzle-orm/sqlite-core';\n\nexport const invitations = pgTable('invitations', {\n  id: text('id').primaryKey(),\n  expiresAt: timestamp('expires_at'),\n});\nconst magicLinks = sqliteTable('magic_links', (t) => ({ id: t.text('id'), usedAt: t.integer('used_at') }));\nexport const notATable = makeTable('x', { id: 1 });\n",
    );
    expect(facts.models.map((m) => [m.name, m.orm, m.table, m.fields, m.location.startLine])).toEqual([
      ['invitations', 'drizzle', 'invitations', ['id', 'expiresAt'], 4],
      ['magicLinks', 'drizzle', 'magic_links', ['id', 'usedAt'], 8],
    ]);
  });
});

describe('Mongoose schemas', () => {
  it('are models named as registered, anchored at the schema, with TTL indexes; subdocument schemas are not models', async () => {
    const facts = await source(
      'src/models.ts',
      'typescript',
      "import mongoose, { Schema, model } from 'mongoose';\n\nconst lineSchema = new Schema({ label: String }, { _id: false });\nconst inviteSchema = new Schema({\n  email: String,\n  lines: [lineSchema],\n  expiresAt: { type: Date, expires: 0 },\n});\nexport const Invite = model('Invite', inviteSchema);\n\nconst sessionSchema = new mongoose.Schema<ISession>({ userId: String, expiresAt: Date, meta: { expires: Date } });\nsessionSchema.index({ expiresAt: 1 }, { expireAfterSeconds: 0 });\nexport const SessionModel = mongoose.models.Session || mongoose.model<ISession>('Session', sessionSchema, 'user_sessions');\n\nconst tokenSchema = new Schema({ userId: String, expiresAt: { type: Date, index: true }, details: { type: String, expires: Date } });\nexport const Token = model('Token', tokenSchema);\n\nexport const AuditEntrySchema = new Schema({ action: String, at: Date });\n",
    );
    expect(facts.models.map((m) => [m.name, m.orm, m.table, m.aliases, m.ttlField, m.fields, m.location.startLine])).toEqual([
      ['Invite', 'mongoose', undefined, undefined, 'expiresAt', ['email', 'lines', 'expiresAt'], 4],
      ['Session', 'mongoose', 'user_sessions', ['SessionModel'], 'expiresAt', ['userId', 'expiresAt', 'meta'], 11],
      ['Token', 'mongoose', undefined, undefined, undefined, ['userId', 'expiresAt', 'details'], 15],
      ['AuditEntry', 'mongoose', undefined, undefined, undefined, ['action', 'at'], 18],
    ]);
  });
});

describe('@nestjs/mongoose schemas', () => {
  it('are models named by the @Schema() class, with @Prop fields and TTLs on a prop or on the factory-built schema', async () => {
    const facts = await source(
      'src/auth/schemas.ts',
      'typescript',
      "import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';\n\n@Schema({ timestamps: true })\nexport class Session {\n  @Prop({ required: true }) userId: string;\n  @Prop({ type: Date, expires: 0 })\n  expiresAt: Date;\n}\nexport const SessionSchema = SchemaFactory.createForClass(Session);\n\n@Schema()\nexport class Invite {\n  @Prop() email: string;\n  @Prop() expiresAt: Date;\n  helper = 1;\n}\nexport const InviteSchema = SchemaFactory.createForClass(Invite);\nInviteSchema.index({ expiresAt: 1 }, { expireAfterSeconds: 0 });\n\n@Schema()\nexport class ResetToken {\n  @Prop({ index: true }) expiresAt: Date;\n}\n\nexport class NotASchema {\n  @Prop() x: string;\n}\n",
    );
    expect(facts.models.map((m) => [m.name, m.orm, m.ttlField, m.fields, m.location.startLine])).toEqual([
      ['Session', 'mongoose', 'expiresAt', ['userId', 'expiresAt'], 3],
      ['Invite', 'mongoose', 'expiresAt', ['email', 'expiresAt'], 11],
      ['ResetToken', 'mongoose', undefined, ['expiresAt'], 20],
    ]);
  });
});

describe('CI pipelines', () => {
  it('GitHub Actions: triggers, jobs, steps and working directories; env as declarations', () => {
    const facts = text('.github/workflows/ci.yml', 'on:\n  pull_request:\n  push:\nenv:\n  NODE_ENV: test\njobs:\n  api:\n    defaults:\n      run:\n        working-directory: ./apps/api\n    steps:\n      - uses: actions/checkout@v4\n      - run: npm test\n      - run: pytest\n        working-directory: services/reports\n');
    const [workflow] = facts.ciWorkflows;
    expect(workflow!.triggers).toEqual(['pull_request', 'push']);
    expect(workflow!.jobs[0]!.steps.map((s) => [s.run ?? s.uses, s.workingDirectory])).toEqual([['actions/checkout@v4', 'apps/api'], ['npm test', 'apps/api'], ['pytest', 'services/reports']]);
    expect(declared(facts)).toEqual(['NODE_ENV@.']);
  });

  it('GitHub Actions: the branches a push trigger is limited to', () => {
    const on = (trigger: string) => text('.github/workflows/ci.yml', `${trigger}\njobs:\n  test:\n    steps:\n      - run: npm test\n`).ciWorkflows[0]!.pushBranches;
    expect(on('on:\n  push:\n    branches: [main]')).toEqual(['main']);
    expect(on('on:\n  push:\n    branches: main')).toEqual(['main']);
    expect(on('on:\n  push:\n    tags: ["v*"]')).toEqual([]);
    expect(on('on:\n  push:\n    branches-ignore: [gh-pages]')).toBeUndefined();
    expect(on('on:\n  push:\n  pull_request:')).toBeUndefined();
    expect(on('on: [push, pull_request]')).toBeUndefined();
  });

  it('GitLab: `only: [branches]` runs for merge request branches, `only: [main]` after the merge', () => {
    const facts = text('.gitlab-ci.yml', 'test:\n  only: [branches]\n  script: npm test\nrelease-test:\n  only: [main]\n  script: npm test\n');
    expect(facts.ciWorkflows[0]!.jobs.map((j) => [j.name, j.triggers])).toEqual([
      ['test', ['push', 'pull_request']],
      ['release-test', ['push']],
    ]);
  });

  it('package.json: the package name, for workspace commands', () => {
    expect(text('apps/api/package.json', '{\n  "name": "@acme/api",\n  "scripts": { "test": "vitest run" }\n}\n').packages).toEqual([{ name: '@acme/api', line: 2 }]);
    expect(text('package.json', '{ "private": true }').packages).toEqual([]);
  });

  it('GitLab: scheduled-only jobs and global before_script', () => {
    const facts = text('.gitlab-ci.yml', 'stages: [test]\nbefore_script:\n  - npm ci\ntest:\n  script:\n    - npm test\nnightly:\n  only: [schedules]\n  script: npm run e2e\n.template:\n  script: echo\n');
    expect(facts.ciWorkflows[0]!.jobs.map((j) => [j.name, j.triggers, j.steps.map((s) => s.run)])).toEqual([
      ['test', null, ['npm ci', 'npm test']],
      ['nightly', ['schedule'], ['npm ci', 'npm run e2e']],
    ]);
  });

  it('CircleCI: jobs listed only by scheduled workflows do not run on push', () => {
    const facts = text('.circleci/config.yml', 'version: 2.1\njobs:\n  test:\n    working_directory: ~/project/api\n    steps:\n      - checkout\n      - run: npm test\n  e2e:\n    steps:\n      - run:\n          command: npx playwright test\nworkflows:\n  main:\n    jobs: [test]\n  nightly:\n    triggers:\n      - schedule: { cron: "0 0 * * *", filters: { branches: { only: main } } }\n    jobs: [e2e]\n');
    expect(facts.ciWorkflows[0]!.jobs.map((j) => [j.name, j.triggers, j.steps.map((s) => [s.run ?? s.uses, s.workingDirectory])])).toEqual([
      ['test', null, [['checkout', 'api'], ['npm test', 'api']]],
      ['e2e', ['schedule'], [['npx playwright test', null]]],
    ]);
  });
});

describe('nginx', () => {
  it('limit_req per location maps to the paths the application sees; in a server block it covers everything', () => {
    const facts = text('deploy/nginx.conf', 'server {\n  location /api/auth/ {\n    limit_req zone=auth;\n    proxy_pass http://app:3000/auth/;\n  }\n  location /static/ {\n    limit_req zone=static;\n  }\n}\nserver {\n  limit_req zone=all;\n  location / { proxy_pass http://web; }\n}\n');
    expect(facts.rateLimiters.map((l) => [l.scope, l.paths, l.location.startLine])).toEqual([
      ['prefix', ['/auth'], 2],
      ['prefix', ['/static'], 6],
      ['global', [], 10],
    ]);
  });
});

describe('rate limiters', () => {
  it('NestJS global ThrottlerGuard and Fastify register', async () => {
    const nest = await source('src/app.module.ts', 'typescript', "import { APP_GUARD } from '@nestjs/core';\nimport { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';\n@Module({ imports: [ThrottlerModule.forRoot([{ ttl: 60000, limit: 10 }])], providers: [{ provide: APP_GUARD, useClass: ThrottlerGuard }] })\nexport class AppModule {}\n");
    expect(nest.rateLimiters.map((l) => [l.scope, l.via])).toEqual([['global', '@nestjs/throttler']]);
    const fastify = await source('src/server.ts', 'typescript', "import Fastify from 'fastify';\nimport rateLimit from '@fastify/rate-limit';\nconst app = Fastify();\nawait app.register(rateLimit, { max: 100 });\n");
    expect(fastify.rateLimiters.map((l) => [l.scope, l.via])).toEqual([['global', '@fastify/rate-limit']]);
    const optIn = await source('src/server.ts', 'typescript', "import rateLimit from '@fastify/rate-limit';\nawait app.register(rateLimit, { global: false });\n");
    expect(optIn.rateLimiters.map((l) => [l.scope, l.via])).toEqual([['opt-in', '@fastify/rate-limit']]);
  });

  it('Django REST framework default throttles and Flask-Limiter default limits apply to every route', async () => {
    const drf = await source('app/settings.py', 'python', 'REST_FRAMEWORK = {\n    "DEFAULT_THROTTLE_CLASSES": ["rest_framework.throttling.AnonRateThrottle"],\n}\n');
    expect(drf.rateLimiters.map((l) => [l.scope, l.via])).toEqual([['global', 'djangorestframework']]);
    const flask = await source('app/__init__.py', 'python', 'from flask_limiter import Limiter\nlimiter = Limiter(get_remote_address, default_limits=["200 per day"])\n');
    expect(flask.rateLimiters.map((l) => [l.scope, l.name])).toEqual([['binding', 'limiter'], ['global', null]]);
  });
});

describe('monitoring', () => {
  it('error trackers in JavaScript: Rollbar constructor, Bugsnag string key, OpenTelemetry without a URL', async () => {
    const facts = await source('src/telemetry.ts', 'typescript', "import Rollbar from 'rollbar';\nimport Bugsnag from '@bugsnag/js';\nimport { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';\nexport const rollbar = new Rollbar({ accessToken: process.env.ROLLBAR_TOKEN });\nBugsnag.start('0123456789abcdef');\nconst exporter = new OTLPTraceExporter();\n");
    expect(facts.errorTrackers.map((t) => [t.sdk, t.keyOption, t.key])).toEqual([
      ['rollbar', 'accessToken', { kind: 'env', name: 'ROLLBAR_TOKEN' }],
      ['bugsnag', 'apiKey', { kind: 'literal', empty: false }],
      ['opentelemetry', null, { kind: 'absent' }],
    ]);
  });

  it('error trackers in Python fall back to their own variable', async () => {
    const facts = await source('app/main.py', 'python', 'import os\nimport rollbar\nimport sentry_sdk\nrollbar.init(os.getenv("ROLLBAR_TOKEN"), "production")\nsentry_sdk.init(traces_sample_rate=1.0)\n');
    expect(facts.errorTrackers.map((t) => [t.sdk, t.key, t.fallbackEnv])).toEqual([
      ['rollbar', { kind: 'env', name: 'ROLLBAR_TOKEN' }, []],
      ['sentry', { kind: 'absent' }, ['SENTRY_DSN']],
    ]);
  });

  it('error paths: process hooks by name, promise catch, queue failure events, exception handlers', async () => {
    const js = await source('src/worker.ts', 'typescript', "process.on('uncaughtException', shutdown);\nrun().catch((err) => report(err));\nworker.on('failed', async (job, err) => {\n  await report(err);\n});\nworker.on('completed', done);\n");
    expect(js.errorPaths.map((p) => [p.kind, p.startLine, p.handler ?? null])).toEqual([
      ['process-hook', 1, 'shutdown'],
      ['promise-catch', 2, null],
      ['failure-event', 3, null],
    ]);
    const py = await source('app/errors.py', 'python', '@app.exception_handler(Exception)\nasync def on_error(request, exc):\n    notify(exc)\n');
    expect(py.errorPaths.map((p) => [p.kind, p.startLine, p.endLine])).toEqual([['exception-handler', 1, 3]]);
  });

  it('pydantic settings fields read prefixed or aliased variables', async () => {
    const facts = await source('app/settings.py', 'python', 'from pydantic import Field\nfrom pydantic_settings import BaseSettings\n\nclass Settings(BaseSettings):\n    class Config:\n        env_prefix = "APP_"\n\n    sentry_dsn: str = ""\n    slack_url: str = Field("", alias="SLACK_ALERT_WEBHOOK_URL")\n');
    expect(facts.envReads.map((r) => [r.name, r.key])).toEqual([['APP_SENTRY_DSN', 'sentry_dsn'], ['SLACK_ALERT_WEBHOOK_URL', 'slack_url']]);
  });

  it('an alert sink through a module-level Slack SDK client is attributed to the functions that use it', async () => {
    const facts = await source('src/alerts.ts', 'typescript', "import { IncomingWebhook } from '@slack/webhook';\nconst webhook = new IncomingWebhook(process.env.SLACK_ALERTS_URL!);\nexport async function alertOps(text: string) {\n  await webhook.send({ text });\n}\n");
    expect(facts.alertSinks.map((s) => [s.channel, s.function, s.destinationEnv])).toEqual([['slack', 'alertOps', ['SLACK_ALERTS_URL']]]);
  });
});

describe('dependency-update bots', () => {
  it('the retired .dependabot/config.yml is recorded as not working', () => {
    const facts = text('.dependabot/config.yml', 'version: 1\nupdate_configs:\n  - package_manager: javascript\n    directory: /\n    update_schedule: weekly\n');
    expect(facts.dependencyUpdates[0]!.problems.join(' ')).toMatch(/retired version 1 format/);
  });
});
