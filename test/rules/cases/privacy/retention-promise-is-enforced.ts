import type { RuleCases } from '../../rule-tester.js';

const POLICY = '# Privacy policy\n\n## Retention\n\nInvitations expire after 7 days. Expired invitations are deleted automatically.\n';
const SCHEMA = 'model Invite {\n  id        String   @id\n  email     String\n  expiresAt DateTime\n}\n\nmodel Session {\n  id        String   @id\n  userId    String\n  expiresAt DateTime\n}\n';
const cron = (body: string) => `import cron from 'node-cron';\nimport { prisma } from './db';\n${body}\n`;

// A FastAPI service owns the schema; its Celery worker deletes through SQLAlchemy Core table handles.
const SA_MODELS = 'from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column\n\nclass Base(DeclarativeBase):\n    pass\n\nclass UserSession(Base):\n    __tablename__ = "sessions"\n    id: Mapped[str] = mapped_column(primary_key=True)\n    expires_at: Mapped[datetime] = mapped_column()\n';
const coreWorker = (table: string) => ({
  'services/api/pyproject.toml': '[project]\nname = "api"\n',
  'services/api/app/models.py': SA_MODELS,
  'services/worker/pyproject.toml': '[project]\nname = "worker"\n',
  'services/worker/worker/db.py': `from sqlalchemy import Column, DateTime, MetaData, String, Table\n\nmetadata = MetaData()\nsessions = Table(\n    "${table}", metadata,\n    Column("id", String(64), primary_key=True),\n    Column("expires_at", DateTime(timezone=True)),\n)\n`,
  'services/worker/worker/celery_app.py': 'app.conf.beat_schedule = {\n    "purge-sessions": {"task": "worker.jobs.purge_sessions", "schedule": crontab(hour=3)},\n}\n',
  'services/worker/worker/jobs.py': 'from sqlalchemy import delete\nfrom worker.db import sessions, session_scope\n\n@app.task\ndef purge_sessions():\n    with session_scope() as db:\n        db.execute(delete(sessions).where(sessions.c.expires_at < cutoff()))\n',
  'PRIVACY.md': '# Privacy policy\n\nSign-in sessions are deleted 30 days after they expire.\n',
});

/** A Vercel cron whose route is built by a factory given the job (`export const GET = cronHandler('purge-invites', purgeExpiredInvites)`). */
const vercelFactory = (job: string) => ({
  'PRIVACY.md': POLICY,
  'prisma/schema.prisma': SCHEMA,
  'vercel.json': JSON.stringify({ crons: [{ path: '/api/cron/purge-invites', schedule: '0 3 * * *' }] }),
  'lib/cron.ts': 'export function cronHandler(name: string, job: () => Promise<number>) {\n  return async function GET() {\n    return Response.json({ job: name, deleted: await job() });\n  };\n}\n',
  'lib/cleanup.ts': "import { prisma } from './db';\nexport async function purgeExpiredInvites() {\n  await prisma.invite.deleteMany({ where: { expiresAt: { lt: new Date() } } });\n}\nexport async function purgeExpiredSessions() {\n  await prisma.session.deleteMany({ where: { expiresAt: { lt: new Date() } } });\n}\n",
  'app/api/cron/purge-invites/route.ts': `import { cronHandler } from '@/lib/cron';\nimport { ${job} } from '@/lib/cleanup';\n\nexport const GET = cronHandler('purge-invites', ${job});\n`,
});

/** A Django model and an HTML policy whose promise names the rows by a negated relative clause. */
const djangoInvitations = {
  'templates/privacy.html': '<h1>Privacy policy</h1>\n<h2>How long we keep it</h2>\n<ul>\n  <li>Invitations that were not accepted are deleted 14 days after they expire.</li>\n</ul>\n',
  'accounts/models.py': 'from django.db import models\n\nclass Invitation(models.Model):\n    email = models.EmailField()\n    expires_at = models.DateTimeField()\n    accepted_at = models.DateTimeField(null=True)\n',
};
/** Ledgerly-style: "we delete expired reset links" over a Mongoose PasswordResetToken. */
const mongooseReset = (options: string, extra: Record<string, string> = {}) => ({
  'PRIVACY.md': '# Privacy policy\n\n- Password reset links expire after one hour, and we delete expired reset links within 24 hours.\n',
  'src/models/PasswordResetToken.ts': `import { Schema, model, Types } from 'mongoose';\n\nconst passwordResetTokenSchema = new Schema({\n  userId: { type: Types.ObjectId, ref: 'User', required: true },\n  expiresAt: { type: Date, required: true${options} },\n});\n\nexport const PasswordResetToken = model('PasswordResetToken', passwordResetTokenSchema);\n`,
  'src/models/Invite.ts': "import { Schema, model } from 'mongoose';\n\nconst inviteSchema = new Schema({ email: String, expiresAt: { type: Date, expires: 0 } });\nexport const Invite = model('Invite', inviteSchema);\n",
  ...extra,
});

/** FastAPI: "staff invitations" over a SQLAlchemy Invitation model (the qualifier says whom the rows are for). */
const staffInvitations = (job: string) => ({
  'docs/privacy.md': '# Privacy policy\n\n## Retention\n\n- Staff invitations that were not accepted are deleted 14 days after they were sent.\n',
  'app/models.py': 'from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column\n\nclass Base(DeclarativeBase):\n    pass\n\nclass Invitation(Base):\n    __tablename__ = "invitations"\n    id: Mapped[int] = mapped_column(primary_key=True)\n    accepted_at: Mapped[datetime | None] = mapped_column()\n\nclass Session(Base):\n    __tablename__ = "sessions"\n    id: Mapped[int] = mapped_column(primary_key=True)\n',
  'app/worker.py': `from sqlalchemy import delete\n\napp.conf.beat_schedule = {"purge": {"task": "app.worker.purge", "schedule": crontab(hour=3)}}\n\n@app.task\ndef purge():\n    with SessionLocal() as db:\n        db.execute(delete(${job}).where(${job}.created_at < cutoff()))\n        db.commit()\n`,
});

/** Flask + APScheduler: `scheduled` is the function the app-context wrapper is handed in add_job. */
const flaskLoginHistory = (scheduled: string) => ({
  'labs/templates/privacy.html': '<h1>Privacy policy</h1>\n<p>Sign-in history is deleted after 90 days.</p>\n',
  'labs/models.py': 'from .extensions import db\n\nclass LoginEvent(db.Model):\n    id = db.Column(db.Integer, primary_key=True)\n    created_at = db.Column(db.DateTime, nullable=False)\n',
  'labs/extensions.py': 'from apscheduler.schedulers.background import BackgroundScheduler\nfrom flask_sqlalchemy import SQLAlchemy\n\ndb = SQLAlchemy()\nscheduler = BackgroundScheduler()\n',
  'labs/jobs.py':
    'from .extensions import db, scheduler\nfrom .models import LoginEvent\n\n' +
    'def prune_login_history():\n    LoginEvent.query.filter(LoginEvent.created_at < cutoff()).delete()\n    db.session.commit()\n\n' +
    'def send_digest():\n    LoginEvent.query.count()\n\n' +
    'def _in_app(app, fn):\n    def run():\n        with app.app_context():\n            fn()\n    return run\n\n' +
    `def start_scheduler(app):\n    scheduler.add_job(_in_app(app, ${scheduled}), "cron", hour=2, minute=30)\n    scheduler.start()\n`,
});

/** A policy promising that pending workspace invitations are deleted; the `invitations` table is declared in SQL. */
const sqlInvitations = (job: string) => ({
  'templates/privacy.html': '<h2>How long we keep it</h2>\n<ul>\n  <li>Pending workspace invitations expire after 7 days and are deleted automatically.</li>\n</ul>\n',
  'migrations/001_schema.sql': 'CREATE TABLE invitations (\n    id BIGSERIAL PRIMARY KEY,\n    email TEXT NOT NULL,\n    expires_at TIMESTAMPTZ NOT NULL\n);\n',
  'app/jobs.py': `from sqlalchemy import text\nfrom .db import engine\n\ndef purge():\n    with engine.begin() as conn:\n        conn.execute(text("${job}"))\n`,
  'scheduler.py': 'from apscheduler.schedulers.blocking import BlockingScheduler\nfrom app.jobs import purge\n\nscheduler = BlockingScheduler()\nscheduler.add_job(purge, "cron", hour=3)\nscheduler.start()\n',
});

/** Flask on raw SQL: "pending workspace invitations" over an `invitations` table the code inserts into; `purge` is the scheduled job's SQL. */
const workspaceInvitations = (purge: string) => ({
  'templates/privacy.html': '<h1>Privacy policy</h1>\n<p>Pending workspace invitations expire after 7 days and are deleted automatically.</p>\n',
  'app/service.py': 'from .db import execute\n\n\ndef create_invitation(ws_id, email):\n    execute("INSERT INTO invitations (workspace_id, email, expires_at) VALUES (:ws, :email, now() + interval \'7 days\')", ws=ws_id, email=email)\n',
  'app/jobs.py': `from .db import execute\n\n\ndef purge_expired():\n    execute("${purge}")\n`,
  'scheduler.py': 'from apscheduler.schedulers.blocking import BlockingScheduler\n\nfrom app.jobs import purge_expired\n\nscheduler = BlockingScheduler()\nscheduler.add_job(purge_expired, "cron", hour=3)\nscheduler.start()\n',
});

/**
 * BullMQ repeatables whose worker looks the task up in a table of functions (`runCleanup(job.data.task)` →
 * `cleanupTasks[task]`); `scheduled` are the tasks the repeatables name, `processor` the worker's callback.
 */
const dispatchedCleanup = (scheduled: string[], processor = 'async (job) => runCleanup(job.data.task)', byName = false) => ({
  'PRIVACY.md': POLICY,
  'prisma/schema.prisma': SCHEMA,
  'src/jobs/cleanup.ts':
    "import { prisma } from '../db';\n\n" +
    'export async function purgeExpiredInvites() {\n  return prisma.invite.deleteMany({ where: { expiresAt: { lt: new Date() } } });\n}\n\n' +
    'export async function purgeExpiredSessions() {\n  return prisma.session.deleteMany({ where: { expiresAt: { lt: new Date() } } });\n}\n\n' +
    "export const cleanupTasks: Record<string, () => Promise<unknown>> = {\n  'purge-invites': purgeExpiredInvites,\n  'purge-sessions': purgeExpiredSessions,\n};\n\n" +
    'export async function runCleanup(task: string) {\n  const fn = cleanupTasks[task];\n  if (!fn) throw new Error(`unknown task ${task}`);\n  await fn();\n}\n',
  'src/worker.ts':
    "import { Queue, Worker } from 'bullmq';\nimport { cleanupTasks, runCleanup } from './jobs/cleanup';\n\nconst maintenance = new Queue('maintenance');\n" +
    scheduled.map((t) => (byName ? `await maintenance.add('${t}', {}, { repeat: { every: 3_600_000 } });\n` : `await maintenance.add('cleanup', { task: '${t}' }, { repeat: { pattern: '0 3 * * *' } });\n`)).join('') +
    `new Worker('maintenance', ${processor});\n`,
});

/** Drizzle tables for a link shortener and a daily node-cron job (`purge` is its body); `policy` is the retention sentence. */
const linkhub = (policy: string, purge: string) => ({
  'docs/privacy.md': `# Privacy policy\n\n## How long we keep it\n\n- ${policy}\n`,
  'src/db/schema.ts': "import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';\nexport const clicks = pgTable('clicks', {\n  id: uuid('id').primaryKey(),\n  ipAddress: text('ip_address'),\n  createdAt: timestamp('created_at').notNull(),\n});\nexport const payments = pgTable('payments', {\n  id: uuid('id').primaryKey(),\n  createdAt: timestamp('created_at').notNull(),\n});\nexport const auditLogs = pgTable('audit_logs', {\n  id: uuid('id').primaryKey(),\n  action: text('action').notNull(),\n  createdAt: timestamp('created_at').notNull(),\n});\nexport const sessions = pgTable('sessions', {\n  id: uuid('id').primaryKey(),\n  expiresAt: timestamp('expires_at').notNull(),\n});\n",
  'src/jobs/cron.ts': `import cron from 'node-cron';\nimport { lt } from 'drizzle-orm';\nimport { db } from '../db/client';\nimport { auditLogs, clicks, sessions } from '../db/schema';\ncron.schedule('0 3 * * *', async () => {\n  const cutoff = new Date(Date.now() - 90 * 24 * 3600_000);\n  ${purge}\n});\n`,
});

const cases: RuleCases = {
  valid: [
    {
      name: 'lookalike: "…, after which it is deleted" about data the code does not store (server logs) names no model',
      files: { 'templates/privacy.html': '<ul>\n  <li>We keep web server logs for 30 days, after which they are automatically deleted.</li>\n</ul>\n', 'app/models.py': 'from .extensions import db\n\nclass LoginEvent(db.Model):\n    __tablename__ = "login_events"\n    id = db.Column(db.Integer, primary_key=True)\n    created_at = db.Column(db.DateTime, nullable=False)\n' },
    },
    { name: '"pending workspace invitations" deleted by a scheduled raw SQL job on the invitations table', files: workspaceInvitations('DELETE FROM invitations WHERE expires_at < now()') },
    {
      name: '"raw click events" are the clicks table, and the daily job deletes old clicks',
      files: linkhub('Raw click events (including IP addresses and user agents) are deleted after 90 days.', 'await db.delete(clicks).where(lt(clicks.createdAt, cutoff));'),
    },
    {
      name: '"Audit logs of team activity are kept for 12 months": the audit_logs table, and the daily job deletes older entries',
      files: linkhub('Audit logs of team activity are kept for 12 months.', 'await db.delete(auditLogs).where(lt(auditLogs.createdAt, cutoff));'),
    },
    {
      name: 'lookalike: "payment events" are not the payments table (only an event noun names its own table)',
      files: linkhub('Payment events are deleted after 30 days.', 'await db.delete(sessions).where(lt(sessions.expiresAt, cutoff));'),
    },
    {
      name: '"pending workspace invitations" are the invitations table a nightly job purges',
      files: sqlInvitations('DELETE FROM invitations WHERE expires_at < now()'),
    },
    { name: 'sign-in history pruned by an APScheduler job whose function is handed to an app-context wrapper', files: flaskLoginHistory('prune_login_history') },
    {
      name: 'a repository helper schedules the function it is given: job(name, expr, fn) { cron.schedule(expr, fn) }',
      files: {
        'PRIVACY.md': POLICY,
        'prisma/schema.prisma': SCHEMA,
        'src/jobs/scheduler.ts': "import cron from 'node-cron';\nimport * as cleanup from './cleanup';\n\nfunction job(name: string, expr: string, fn: () => Promise<void>) {\n  cron.schedule(expr, fn, { name });\n}\n\nexport function startJobs() {\n  job('purge-invites', '0 3 * * *', cleanup.purgeExpiredInvites);\n}\n",
        'src/jobs/cleanup.ts': "import { prisma } from '../db';\nexport async function purgeExpiredInvites() {\n  await prisma.invite.deleteMany({ where: { expiresAt: { lt: new Date() } } });\n}\n",
      },
    },
    { name: 'a Vercel cron route built by a factory runs the function passed to it', files: vercelFactory('purgeExpiredInvites') },
    { name: 'node-cron job deletes expired invites', files: { 'PRIVACY.md': POLICY, 'prisma/schema.prisma': SCHEMA, 'src/cron.ts': cron("cron.schedule('0 3 * * *', async () => {\n  await prisma.invite.deleteMany({ where: { expiresAt: { lt: new Date() } } });\n});") } },
    {
      name: 'cron runs a cleanup function in another module',
      files: { 'PRIVACY.md': POLICY, 'prisma/schema.prisma': SCHEMA, 'src/cron.ts': "import cron from 'node-cron';\nimport { purgeExpiredInvites } from './cleanup';\ncron.schedule('0 3 * * *', purgeExpiredInvites);\n", 'src/cleanup.ts': "import { prisma } from './db';\nexport async function purgeExpiredInvites() {\n  await prisma.invite.deleteMany({ where: { expiresAt: { lt: new Date() } } });\n}\n" },
    },
    {
      name: 'the cron callback hands the cleanup function to a wrapper: runJob(name, purgeExpiredInvites)',
      files: {
        'PRIVACY.md': POLICY,
        'prisma/schema.prisma': SCHEMA,
        'src/jobs/scheduler.ts': "import cron from 'node-cron';\nimport { purgeExpiredInvites } from './cleanup';\n\nasync function runJob(name: string, job: () => Promise<number>) {\n  try {\n    await job();\n  } catch (err) {\n    console.error(name, err);\n  }\n}\n\ncron.schedule('0 3 * * *', () => runJob('purge-invites', purgeExpiredInvites));\n",
        'src/jobs/cleanup.ts': "import { prisma } from '../db';\nexport async function purgeExpiredInvites() {\n  const { count } = await prisma.invite.deleteMany({ where: { expiresAt: { lt: new Date() } } });\n  return count;\n}\n",
      },
    },
    {
      name: 'Celery beat task deletes expired sessions (SQLAlchemy)',
      files: {
        'PRIVACY.md': '# Privacy policy\n\nSign-in sessions are deleted 30 days after they expire.\n',
        'prisma/schema.prisma': SCHEMA,
        'svc/celery_app.py': 'app.conf.beat_schedule = {\n    "purge-sessions": {"task": "svc.tasks.purge_sessions", "schedule": crontab(hour=3)},\n}\n',
        'svc/tasks.py': '@app.task\ndef purge_sessions():\n    db.query(UserSession).filter(UserSession.expires_at < cutoff()).delete()\n',
      },
    },
    {
      name: 'Vercel cron requests a Next.js route that deletes',
      files: { 'PRIVACY.md': POLICY, 'prisma/schema.prisma': SCHEMA, 'vercel.json': '{ "crons": [{ "path": "/api/cron/purge", "schedule": "0 3 * * *" }] }\n', 'app/api/cron/purge/route.ts': "import { prisma } from '@/lib/db';\nexport async function GET() {\n  await prisma.invite.deleteMany({ where: { expiresAt: { lt: new Date() } } });\n  return Response.json({ ok: true });\n}\n" },
    },
    {
      name: 'scheduled workflow runs a package script that runs a cleanup script',
      files: {
        'PRIVACY.md': POLICY,
        'prisma/schema.prisma': SCHEMA,
        '.github/workflows/cleanup.yml': "on:\n  schedule:\n    - cron: '0 3 * * *'\njobs:\n  purge:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm ci\n      - run: npm run db:cleanup\n",
        'package.json': '{ "scripts": { "db:cleanup": "tsx scripts/cleanup.ts" } }\n',
        'scripts/cleanup.ts': "import { prisma } from '../src/db';\nawait prisma.invite.deleteMany({ where: { expiresAt: { lt: new Date() } } });\n",
      },
    },
    { name: 'pg_cron statement in a migration', files: { 'PRIVACY.md': POLICY, 'prisma/schema.prisma': SCHEMA, 'prisma/migrations/1_purge/migration.sql': "SELECT cron.schedule('purge-invites', '0 3 * * *', $$DELETE FROM \"Invite\" WHERE \"expiresAt\" < now()$$);\n" } },
    {
      name: 'BullMQ repeatable job processed by the queue\'s worker',
      files: {
        'PRIVACY.md': POLICY,
        'prisma/schema.prisma': SCHEMA,
        'src/schedule.ts': "import { maintenanceQueue } from './queues';\nawait maintenanceQueue.upsertJobScheduler('purge-invites', { pattern: '0 3 * * *' });\n",
        'src/worker.ts': "import { Worker } from 'bullmq';\nnew Worker('maintenance', async () => {\n  await prisma.invite.deleteMany({ where: { expiresAt: { lt: new Date() } } });\n});\n",
      },
    },
    { name: "BullMQ repeatable whose worker runs the table entry its data names (runCleanup(job.data.task) → cleanupTasks[task])", files: dispatchedCleanup(['purge-invites']) },
    { name: 'BullMQ worker calling the table entry its job name picks inline (cleanupTasks[job.name]())', files: dispatchedCleanup(['purge-invites'], 'async (job) => cleanupTasks[job.name]()', true) },
    { name: 'a key the job does not say (job.data.kind is not written) may run any entry of the table', files: dispatchedCleanup(['purge-sessions'], 'async (job) => runCleanup(job.data.kind)') },
    {
      name: 'a handler function referenced by name narrows the same way (new Worker(q, processMaintenance))',
      files: {
        ...dispatchedCleanup(['purge-invites'], 'processMaintenance'),
        'src/processor.ts': "import type { Job } from 'bullmq';\nimport { runCleanup } from './jobs/cleanup';\nexport async function processMaintenance(job: Job) {\n  await runCleanup(job.data.task);\n}\n",
      },
    },
    { name: 'retention of data the code does not store (server logs) is not judged', files: { 'PRIVACY.md': '# Privacy policy\n\nServer logs are kept for 30 days.\n', 'prisma/schema.prisma': SCHEMA } },
    {
      name: 'lookalike: login history does not name a generic Event table',
      files: { 'PRIVACY.md': '# Privacy policy\n\nLogin history is deleted after 90 days.\n', 'prisma/schema.prisma': 'model Event {\n  id        String   @id\n  name      String\n  createdAt DateTime\n}\n' },
    },
    {
      name: 'login history deleted by a Celery beat task (Django LoginEvent)',
      files: {
        'templates/privacy.html': '<h1>Privacy policy</h1>\n<p>Login history is deleted after 90 days.</p>\n',
        'accounts/models.py': 'from django.db import models\n\nclass LoginEvent(models.Model):\n    ip_address = models.GenericIPAddressField()\n    created_at = models.DateTimeField(auto_now_add=True)\n',
        'app/celery.py': 'app.conf.beat_schedule = {\n    "purge-login-history": {"task": "accounts.tasks.purge_login_history", "schedule": crontab(hour=3)},\n}\n',
        'accounts/tasks.py': '@shared_task\ndef purge_login_history():\n    LoginEvent.objects.filter(created_at__lt=cutoff()).delete()\n',
      },
    },
    { name: 'a Celery task deletes through a SQLAlchemy Core Table("sessions") handle: the table of UserSession (__tablename__)', files: coreWorker('sessions') },
    {
      name: 'login history with an aside in parentheses, deleted by its own beat task',
      files: {
        'PRIVACY.md': '# Privacy policy\n\n- Login history (IP address and user agent of each sign-in) is kept for 90 days and then deleted.\n',
        'accounts/models.py': 'from django.db import models\n\nclass LoginEvent(models.Model):\n    ip_address = models.GenericIPAddressField()\n    created_at = models.DateTimeField(auto_now_add=True)\n',
        'app/celery.py': 'app.conf.beat_schedule = {\n    "purge-login-history": {"task": "accounts.tasks.purge_login_history", "schedule": crontab(hour=3)},\n}\n',
        'accounts/tasks.py': '@shared_task\ndef purge_login_history():\n    LoginEvent.objects.filter(created_at__lt=cutoff()).delete()\n',
      },
    },
    {
      name: 'invitations "that were not accepted" deleted 14 days after they expire, by a Celery beat task',
      files: {
        ...djangoInvitations,
        'app/celery.py': 'app.conf.beat_schedule = {\n    "purge-invitations": {"task": "accounts.tasks.purge_expired_invitations", "schedule": crontab(hour=2)},\n}\n',
        'accounts/tasks.py': '@shared_task\ndef purge_expired_invitations():\n    Invitation.objects.filter(accepted_at__isnull=True, expires_at__lt=cutoff()).delete()\n',
      },
    },
    { name: '"staff invitations" deleted by a Celery beat task deleting the Invitation model', files: staffInvitations('Invitation') },
    { name: 'a minimum retention is not a deletion promise', files: { 'PRIVACY.md': '# Privacy policy\n\nInvitations are kept for at least 90 days.\n', 'prisma/schema.prisma': SCHEMA } },
    { name: 'Mongoose: a TTL index on the promised reset tokens deletes them', files: mongooseReset(', expires: 0') },
    {
      name: 'Mongoose: a node-cron job deletes the expired reset tokens ("reset links" are the PasswordResetToken)',
      files: mongooseReset('', {
        'src/jobs/scheduler.ts': "import cron from 'node-cron';\nimport { PasswordResetToken } from '../models/PasswordResetToken.js';\ncron.schedule('20 * * * *', () => PasswordResetToken.deleteMany({ expiresAt: { $lt: new Date() } }));\n",
      }),
    },
  ],
  invalid: [
    {
      name: '"We keep your sign-in history for 90 days, after which it is automatically deleted" names LoginEvent, and no job deletes it',
      files: { 'templates/privacy.html': '<ul>\n  <li>We keep your sign-in history for 90 days, after which it is automatically deleted.</li>\n</ul>\n', 'app/models.py': 'from .extensions import db\n\nclass LoginEvent(db.Model):\n    __tablename__ = "login_events"\n    id = db.Column(db.Integer, primary_key=True)\n    created_at = db.Column(db.DateTime, nullable=False)\n' },
      gaps: [{ messageId: 'notEnforced', path: 'templates/privacy.html', line: 2, includes: ['sign-in history', 'LoginEvent'] }],
    },
    {
      name: '"raw click events" promised deleted after 90 days; the daily job deletes only sessions',
      files: linkhub('Raw click events (including IP addresses and user agents) are deleted after 90 days.', 'await db.delete(sessions).where(lt(sessions.expiresAt, cutoff));'),
      gaps: [{ messageId: 'notEnforced', path: 'docs/privacy.md', line: 5, includes: ['clicks'] }],
    },
    {
      name: '"Audit logs of team activity are kept for 12 months" (a storage period is a retention promise); nothing deletes audit logs',
      files: linkhub('Audit logs of team activity are kept for 12 months.', 'await db.delete(clicks).where(lt(clicks.createdAt, cutoff));'),
      gaps: [{ messageId: 'notEnforced', path: 'docs/privacy.md', line: 5, includes: ['auditLogs'] }],
    },
    {
      name: 'lookalike: "records of your payments are kept for 7 years" still names the payments (a word holding data before "of")',
      files: linkhub('Records of your payments are kept for 7 years.', 'await db.delete(clicks).where(lt(clicks.createdAt, cutoff));'),
      gaps: [{ messageId: 'notEnforced', path: 'docs/privacy.md', line: 5, includes: ['payments'] }],
    },
    {
      name: 'lookalike: "pending workspace invitations" promised, the scheduled raw SQL job deletes only sessions',
      files: workspaceInvitations('DELETE FROM user_sessions WHERE expires_at < now()'),
      gaps: [{ messageId: 'notEnforced', path: 'templates/privacy.html', line: 2, includes: ['invitations'] }],
    },
    {
      name: '"pending workspace invitations" name the invitations table (SQL schema) and no job deletes it',
      files: sqlInvitations('DELETE FROM audit_log WHERE created_at < now() - interval \'1 year\''),
      gaps: [{ messageId: 'notEnforced', path: 'templates/privacy.html', line: 3, includes: ['invitations'] }],
    },
    {
      name: 'lookalike: the APScheduler wrapper is handed an unrelated function (a digest); the prune function is never scheduled',
      files: flaskLoginHistory('send_digest'),
      gaps: [{ messageId: 'notEnforced', path: 'labs/templates/privacy.html', line: 2, includes: ['LoginEvent'] }],
    },
    {
      name: 'lookalike: the scheduling helper is handed a function that only counts expired invites, and the deleting one sits unused',
      files: {
        'PRIVACY.md': POLICY,
        'prisma/schema.prisma': SCHEMA,
        'src/jobs/scheduler.ts': "import cron from 'node-cron';\nimport { countExpiredInvites } from './cleanup';\n\nfunction job(name: string, expr: string, run: () => Promise<number>) {\n  cron.schedule(expr, () => run());\n}\n\njob('count-invites', '0 3 * * *', countExpiredInvites);\n",
        'src/jobs/cleanup.ts': "import { prisma } from '../db';\nexport async function countExpiredInvites() {\n  return prisma.invite.count({ where: { expiresAt: { lt: new Date() } } });\n}\nexport async function purgeExpiredInvites() {\n  await prisma.invite.deleteMany({ where: { expiresAt: { lt: new Date() } } });\n}\n",
      },
      gaps: [{ messageId: 'notEnforced', path: 'PRIVACY.md', line: 5, includes: ['No scheduled job deletes Invite'] }],
    },
    {
      name: 'lookalike: Mongoose, the TTL index is on invites, not on the promised reset tokens',
      files: mongooseReset(''),
      gaps: [{ messageId: 'notEnforced', path: 'PRIVACY.md', line: 3, includes: ['Retention promise for reset links', 'PasswordResetToken (src/models/PasswordResetToken.ts:3)'] }],
    },
    {
      name: 'lookalike: the factory-built Vercel cron route is given the sessions cleanup, the promise is about invitations',
      files: vercelFactory('purgeExpiredSessions'),
      gaps: [{ messageId: 'notEnforced', path: 'PRIVACY.md', line: 5 }],
    },
    {
      name: 'lookalike: the job cleans sessions, the promise is about invitations',
      files: { 'PRIVACY.md': POLICY, 'prisma/schema.prisma': SCHEMA, 'src/cron.ts': cron("cron.schedule('0 3 * * *', async () => {\n  await prisma.session.deleteMany({ where: { expiresAt: { lt: new Date() } } });\n});") },
      gaps: [{ messageId: 'notEnforced', path: 'PRIVACY.md', line: 5, includes: ['Invitations expire after 7 days', 'PRIVACY.md:5', 'No scheduled job deletes Invite (prisma/schema.prisma:1)', 'scheduled jobs delete only session'] }],
    },
    {
      name: 'lookalike: the cron callback hands a wrapper a function that only counts expired invites, and the deleting one sits unused',
      files: {
        'PRIVACY.md': POLICY,
        'prisma/schema.prisma': SCHEMA,
        'src/jobs/scheduler.ts': "import cron from 'node-cron';\nimport { countExpiredInvites } from './cleanup';\nimport { metrics } from '../metrics';\n\ncron.schedule('0 3 * * *', () => metrics.track('expired-invites', countExpiredInvites));\n",
        'src/jobs/cleanup.ts': "import { prisma } from '../db';\nexport async function countExpiredInvites() {\n  return prisma.invite.count({ where: { expiresAt: { lt: new Date() } } });\n}\nexport async function purgeExpiredInvites() {\n  await prisma.invite.deleteMany({ where: { expiresAt: { lt: new Date() } } });\n}\n",
      },
      gaps: [{ messageId: 'notEnforced', path: 'PRIVACY.md', line: 5, includes: ['No scheduled job deletes Invite'] }],
    },
    {
      name: 'lookalike: a cleanup function that nothing schedules',
      files: { 'PRIVACY.md': POLICY, 'prisma/schema.prisma': SCHEMA, 'src/cleanup.ts': "import { prisma } from './db';\nexport async function purgeExpiredInvites() {\n  await prisma.invite.deleteMany({ where: { expiresAt: { lt: new Date() } } });\n}\n" },
      gaps: [{ messageId: 'notEnforced', path: 'PRIVACY.md', includes: ['no scheduled job was found'] }],
    },
    {
      name: 'lookalike: the table has an invitations entry but the repeatables only name the sessions task',
      files: dispatchedCleanup(['purge-sessions']),
      gaps: [{ messageId: 'notEnforced', path: 'PRIVACY.md' }],
    },
    {
      name: 'lookalike: a processor function referenced by name, its repeatables naming only the sessions task',
      files: {
        ...dispatchedCleanup(['purge-sessions'], 'processMaintenance'),
        'src/processor.ts': "import type { Job } from 'bullmq';\nimport { runCleanup } from './jobs/cleanup';\nexport async function processMaintenance(job: Job) {\n  await runCleanup(job.data.task);\n}\n",
      },
      gaps: [{ messageId: 'notEnforced', path: 'PRIVACY.md' }],
    },
    {
      name: 'lookalike: a worker for the queue but no repeatable job',
      files: { 'PRIVACY.md': POLICY, 'prisma/schema.prisma': SCHEMA, 'src/worker.ts': "import { Worker } from 'bullmq';\nnew Worker('maintenance', async () => {\n  await prisma.invite.deleteMany({ where: { expiresAt: { lt: new Date() } } });\n});\n" },
      gaps: [{ messageId: 'notEnforced', path: 'PRIVACY.md' }],
    },
    {
      name: 'lookalike: a cleanup workflow that only runs when dispatched by hand',
      files: {
        'PRIVACY.md': POLICY,
        'prisma/schema.prisma': SCHEMA,
        '.github/workflows/cleanup.yml': 'on:\n  workflow_dispatch:\njobs:\n  purge:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npx tsx scripts/cleanup.ts\n',
        'scripts/cleanup.ts': "import { prisma } from '../src/db';\nawait prisma.invite.deleteMany({ where: { expiresAt: { lt: new Date() } } });\n",
      },
      gaps: [{ messageId: 'notEnforced', path: 'PRIVACY.md' }],
    },
    {
      name: 'sessions promise in a TSX page, expiry only checked when reading',
      files: {
        'app/privacy/page.tsx': 'export default function Privacy() {\n  return (\n    <main>\n      <h1>Privacy policy</h1>\n      <p>Sign-in sessions expire after 30 days and are removed together with the IP address recorded for them.</p>\n    </main>\n  );\n}\n',
        'prisma/schema.prisma': SCHEMA,
        'src/auth.ts': "export async function currentSession(tokenHash) {\n  return prisma.session.findFirst({ where: { tokenHash, expiresAt: { gt: new Date() } } });\n}\n",
      },
      gaps: [{ messageId: 'notEnforced', path: 'app/privacy/page.tsx', line: 5, includes: ['Retention promise for Sign-in sessions', 'Session (prisma/schema.prisma:7)'] }],
    },
    {
      name: 'the data named before an aside: "We delete sign-in sessions, with the IP address and browser they record, …"',
      files: { 'PRIVACY.md': '# Privacy policy\n\nWe delete sign-in sessions, with the IP address and browser they record, 30 days after they expire.\n', 'prisma/schema.prisma': SCHEMA },
      gaps: [{ messageId: 'notEnforced', path: 'PRIVACY.md', line: 3, includes: ['Retention promise for sign-in sessions', 'Session (prisma/schema.prisma:7)'] }],
    },
    {
      name: 'lookalike: a Core table handle called sessions on another table (session_archive)',
      files: coreWorker('session_archive'),
      gaps: [{ messageId: 'notEnforced', path: 'PRIVACY.md', line: 3, includes: ['UserSession (services/api/app/models.py:6)', 'scheduled jobs delete only sessions'] }],
    },
    {
      name: 'the data named before an aside in parentheses: "Login history (IP address and user agent of each sign-in) is kept for 90 days and then deleted"',
      files: {
        'PRIVACY.md': '# Privacy policy\n\n- Login history (IP address and user agent of each sign-in) is kept for 90 days and then deleted.\n',
        'accounts/models.py': 'from django.db import models\n\nclass LoginEvent(models.Model):\n    ip_address = models.GenericIPAddressField()\n    created_at = models.DateTimeField(auto_now_add=True)\n\nclass StripeEvent(models.Model):\n    received_at = models.DateTimeField()\n',
        'app/celery.py': 'app.conf.beat_schedule = {\n    "purge-old-events": {"task": "accounts.tasks.purge_old_events", "schedule": crontab(hour=3)},\n}\n',
        // The 90-day job purges other events.
        'accounts/tasks.py': '@shared_task\ndef purge_old_events():\n    StripeEvent.objects.filter(received_at__lt=cutoff()).delete()\n',
      },
      gaps: [{ messageId: 'notEnforced', path: 'PRIVACY.md', line: 3, includes: ['Retention promise for Login history', 'LoginEvent', 'scheduled jobs delete only StripeEvent'] }],
    },
    {
      name: 'a negation in the data\'s relative clause ("Invitations that were not accepted are deleted…") is still a promise',
      files: { ...djangoInvitations, 'accounts/tasks.py': '@shared_task\ndef count_invitations():\n    return Invitation.objects.filter(accepted_at__isnull=True).count()\n' },
      gaps: [{ messageId: 'notEnforced', path: 'templates/privacy.html', line: 4, includes: ['Retention promise for Invitations', 'Invitation (accounts/models.py:3)'] }],
    },
    {
      name: 'lookalike: "staff invitations" promised, the beat task deletes only sessions',
      files: staffInvitations('Session'),
      gaps: [{ messageId: 'notEnforced', path: 'docs/privacy.md', line: 5, includes: ['Retention promise for Staff invitations', 'Invitation (app/models.py:6)'] }],
    },
    {
      name: 'login history names the LoginEvent model',
      files: {
        'templates/privacy.html': '<h1>Privacy policy</h1>\n<p>Login history is deleted after 90 days.</p>\n',
        'accounts/models.py': 'from django.db import models\n\nclass LoginEvent(models.Model):\n    ip_address = models.GenericIPAddressField()\n    created_at = models.DateTimeField(auto_now_add=True)\n',
        'accounts/tasks.py': '@shared_task\ndef purge_login_history():\n    LoginEvent.objects.filter(created_at__lt=cutoff()).delete()\n',
      },
      gaps: [{ messageId: 'notEnforced', path: 'templates/privacy.html', line: 2, includes: ['LoginEvent'] }],
    },
  ],
};
export default cases;
