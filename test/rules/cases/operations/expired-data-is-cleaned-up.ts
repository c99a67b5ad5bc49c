import type { RuleCases } from '../../rule-tester.js';

const SCHEMA = `model User {
  id                  String    @id
  email               String
  resetTokenExpiresAt DateTime?
}

model Session {
  id        String   @id
  expiresAt DateTime
}

model PasswordResetToken {
  id        String   @id
  tokenHash String
  expires   DateTime
}

model Subscription {
  id        String   @id
  expiresAt DateTime
}
`;
const SCHEDULER_HELPER =
  "import cron from 'node-cron';\nimport { logger } from '../logger';\n\nexport function job(name: string, expr: string, run: () => Promise<number>) {\n  cron.schedule(expr, async () => {\n    try {\n      await run();\n    } catch (err) {\n      logger.error({ job: name, err });\n    }\n  });\n}\n";
const CLEANUP =
  "import { prisma } from '../db';\nexport async function purgeExpiredSessions() {\n  return (await prisma.session.deleteMany({ where: { expiresAt: { lt: new Date() } } })).count;\n}\nexport async function purgeExpiredResetTokens() {\n  return (await prisma.passwordResetToken.deleteMany({ where: { expires: { lt: new Date() } } })).count;\n}\n";
const VERIFICATION = "'use strict';\nconst { DataTypes } = require('sequelize');\nconst sequelize = require('../db');\nconst VerificationCode = sequelize.define('VerificationCode', {\n  phone: { type: DataTypes.STRING },\n  expiresAt: { type: DataTypes.DATE, allowNull: false },\n});\nmodule.exports = VerificationCode;\n";
const INVITE_CLASS = "import { DataTypes, Model } from 'sequelize';\nimport { sequelize } from '../db';\nexport class Invite extends Model {}\nInvite.init({ email: DataTypes.STRING, expiresAt: DataTypes.DATE }, { sequelize, tableName: 'invites' });\n";
const cron = (body: string) => `import cron from 'node-cron';\nimport { prisma } from './db';\n${body}\n`;

const flaskJobs = (wrapped: string, extra = '') => ({
  'labs/models.py': 'from .extensions import db\n\nclass EmailVerificationCode(db.Model):\n    id = db.Column(db.Integer, primary_key=True)\n    expires_at = db.Column(db.DateTime, nullable=False)\n\nclass Report(db.Model):\n    id = db.Column(db.Integer, primary_key=True)\n',
  'labs/extensions.py': 'from apscheduler.schedulers.background import BackgroundScheduler\nfrom flask_sqlalchemy import SQLAlchemy\n\ndb = SQLAlchemy()\nscheduler = BackgroundScheduler()\n',
  'labs/jobs.py':
    'from datetime import datetime, timezone\nfrom .extensions import db, scheduler\nfrom .models import EmailVerificationCode, Report\n\n' +
    'def purge_expired_codes():\n    EmailVerificationCode.query.filter(EmailVerificationCode.expires_at < datetime.now(timezone.utc)).delete()\n    db.session.commit()\n\n' +
    'def send_weekly_report():\n    Report.query.all()\n\n' +
    'def _in_app(app, fn):\n    def run():\n        with app.app_context():\n            fn()\n    return run\n\n' +
    `def start_scheduler(app):\n    ${wrapped}\n${extra}    scheduler.start()\n`,
});

const DRIZZLE_SCHEMA =
  "import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';\n\nexport const sessions = pgTable('sessions', {\n  id: text('id').primaryKey(),\n  expiresAt: timestamp('expires_at').notNull(),\n});\n\nexport const invitations = pgTable('invitations', {\n  id: uuid('id').primaryKey(),\n  email: text('email').notNull(),\n  expiresAt: timestamp('expires_at').notNull(),\n});\n\nexport const subscriptions = pgTable('subscriptions', (t) => ({\n  id: t.uuid('id').primaryKey(),\n  expiresAt: t.timestamp('expires_at'),\n}));\n";
const drizzleCron = (tables: string[]) =>
  `import cron from 'node-cron';\nimport { lt } from 'drizzle-orm';\nimport { db } from './db';\nimport { ${tables.join(', ')} } from './schema';\n\ncron.schedule('0 3 * * *', async () => {\n${tables.map((t) => `  await db.delete(${t}).where(lt(${t}.expiresAt, new Date()));\n`).join('')}});\n`;

/** The same tables declared through a t3-style table creator (`pgTableCreator((name) => \`app_${name}\`)`). */
const DRIZZLE_CREATOR_SCHEMA = DRIZZLE_SCHEMA.replace("import { pgTable,", "import { pgTableCreator,")
  .replace("\n\nexport const sessions", "\n\nexport const createTable = pgTableCreator((name) => `app_${name}`);\n\nexport const sessions")
  .replace(/pgTable\('/g, "createTable('");

/** Vercel crons whose routes are built by a factory given the cleanup function (`export const GET = cronHandler('purge', purgeTokens)`). */
const vercelFactory = (job: string) => ({
  'prisma/schema.prisma': SCHEMA,
  'vercel.json': JSON.stringify({ crons: [{ path: '/api/cron/cleanup', schedule: '0 3 * * *' }] }),
  'lib/cron.ts': "export function cronHandler(name: string, job: () => Promise<number>) {\n  return async function GET(request: Request) {\n    const deleted = await job();\n    return Response.json({ job: name, deleted });\n  };\n}\n",
  'lib/cleanup.ts': "import { prisma } from './db';\nexport async function purgeExpired() {\n  await prisma.session.deleteMany({ where: { expiresAt: { lt: new Date() } } });\n  await prisma.passwordResetToken.deleteMany({ where: { expires: { lt: new Date() } } });\n}\nexport async function countExpired() {\n  return prisma.session.count({ where: { expiresAt: { lt: new Date() } } });\n}\n",
  'app/api/cron/cleanup/route.ts': `import { cronHandler } from '@/lib/cron';\nimport { ${job} } from '@/lib/cleanup';\n\nexport const GET = cronHandler('cleanup', ${job});\n`,
});

/** Mongoose models: schemas registered with `model(…)`, one TTL-indexed (`expires`), one through `schema.index(…, { expireAfterSeconds })`. */
const mongoose = (invite: string, reset: string) => ({
  'src/models/Invite.ts': `import { Schema, model, Types } from 'mongoose';\n\nconst inviteSchema = new Schema(\n  {\n    orgId: { type: Types.ObjectId, ref: 'Organization', required: true },\n    email: { type: String, required: true },\n    ${invite}\n  },\n  { timestamps: true },\n);\n\nexport const Invite = model('Invite', inviteSchema);\n`,
  'src/models/PasswordResetToken.ts': `import mongoose from 'mongoose';\n\nconst resetSchema = new mongoose.Schema({\n  userId: { type: mongoose.Schema.Types.ObjectId, ref: 'User' },\n  expiresAt: { type: Date, required: true },\n  // a nested path called expires, not a TTL\n  delivery: { channel: String, expires: Date },\n});\n${reset}\nexport const ResetTokenModel = mongoose.models.PasswordResetToken || mongoose.model('PasswordResetToken', resetSchema);\n`,
  'src/models/Invoice.ts': "import { Schema, model } from 'mongoose';\n\n// A subdocument schema is not a model.\nconst lineSessionSchema = new Schema({ expiresAt: Date }, { _id: false });\nconst invoiceSchema = new Schema({ lines: [lineSessionSchema] });\nexport const Invoice = model('Invoice', invoiceSchema);\n",
});

const typeorm = (cleanup: string) => ({
  'src/auth/password-reset-token.entity.ts': "import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';\n\n@Entity('password_reset_tokens')\nexport class PasswordResetToken {\n  @PrimaryGeneratedColumn('uuid')\n  id!: string;\n\n  @Column({ name: 'expires_at', type: 'timestamptz' })\n  expiresAt!: Date;\n\n  @CreateDateColumn({ name: 'created_at' })\n  createdAt!: Date;\n}\n",
  'src/auth/session.entity.ts': "import { Column, Entity, PrimaryColumn } from 'typeorm';\n\n@Entity()\nexport class Session {\n  @PrimaryColumn() id!: string;\n  @Column() expiresAt!: Date;\n}\n",
  // A plain class (a DTO) with an expiry property is not a model.
  'src/auth/reset.dto.ts': "export class ResetTokenDto {\n  token!: string;\n  expiresAt!: Date;\n}\n",
  'src/jobs/cleanup.service.ts': `import { Injectable } from '@nestjs/common';\nimport { Cron } from '@nestjs/schedule';\nimport { InjectRepository } from '@nestjs/typeorm';\nimport { LessThan, Repository } from 'typeorm';\nimport { PasswordResetToken } from '../auth/password-reset-token.entity';\nimport { Session } from '../auth/session.entity';\n\n@Injectable()\nexport class CleanupService {\n  constructor(\n    @InjectRepository(PasswordResetToken) private readonly resetTokens: Repository<PasswordResetToken>,\n    @InjectRepository(Session) private readonly sessions: Repository<Session>,\n  ) {}\n\n  @Cron('0 3 * * *')\n  async purge() {\n    const now = new Date();\n${cleanup}  }\n}\n`,
});

/** A Knex migration declaring tables with `createTable`, and a node-cron scheduler running `cleanup`. */
const knexMigration = (cleanup: string) => ({
  'migrations/20250104120000_init.ts': "import type { Knex } from 'knex';\n\nexport async function up(knex: Knex): Promise<void> {\n  await knex.schema.createTable('users', (t) => {\n    t.uuid('id').primary();\n    t.timestamps(true, true);\n  });\n\n  await knex.schema.createTable('password_reset_tokens', (t) => {\n    t.uuid('id').primary();\n    t.string('token_hash').notNullable().unique();\n    t.timestamp('expires_at').notNullable();\n    t.index(['token_hash']);\n  });\n\n  await knex.schema.createTable('envelopes', (t) => {\n    t.uuid('id').primary();\n    t.timestamp('expires_at');\n  });\n}\n",
  'src/jobs/scheduler.ts': `import cron from 'node-cron';\nimport { db } from '../db.js';\n\nexport function startScheduler() {\n  cron.schedule('0 3 * * *', async () => {\n${cleanup}  });\n}\n`,
});

/** Flask over raw SQL: the tables are declared in a SQL schema file, the nightly job deletes through `text(…)`. */
const sqlSchema = (job: string) => ({
  'migrations/001_schema.sql': "-- Initial schema\nCREATE TABLE users (\n    id BIGSERIAL PRIMARY KEY,\n    email TEXT NOT NULL UNIQUE\n);\n\nCREATE TABLE IF NOT EXISTS public.password_resets (\n    id BIGSERIAL PRIMARY KEY,\n    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,\n    token_hash TEXT NOT NULL UNIQUE,\n    expires_at TIMESTAMPTZ NOT NULL,\n    CONSTRAINT one_per_hash UNIQUE (token_hash)\n);\n",
  'app/jobs.py': `from sqlalchemy import text\nfrom .db import engine\n\ndef purge():\n    with engine.begin() as conn:\n        conn.execute(text("${job}"))\n`,
  'scheduler.py': 'from apscheduler.schedulers.blocking import BlockingScheduler\nfrom app.jobs import purge\n\nscheduler = BlockingScheduler()\nscheduler.add_job(purge, "cron", hour=3)\nscheduler.start()\n',
});

/** TypeORM repositories behind accessors exported from one module (`export const userRepo = () => AppDataSource.getRepository(User)`), imported elsewhere. */
const TYPEORM_REPOSITORIES = "import { AppDataSource } from './data-source';\nimport { User } from '../entities/User';\nimport { PayrollRun } from '../entities/PayrollRun';\nimport { AuditLog } from '../entities/AuditLog';\nimport { PasswordResetToken } from '../entities/PasswordResetToken';\nimport { RefreshToken } from '../entities/RefreshToken';\nexport const userRepo = () => AppDataSource.getRepository(User);\nexport const payrollRunRepo = () => AppDataSource.getRepository(PayrollRun);\nexport const auditLogRepo = () => AppDataSource.getRepository(AuditLog);\nexport const passwordResetRepo = () => AppDataSource.getRepository(PasswordResetToken);\nexport const refreshTokenRepo = () => AppDataSource.getRepository(RefreshToken);\n";
const typeormToken = (name: string) => `import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';\n\n@Entity()\nexport class ${name} {\n  @PrimaryGeneratedColumn('uuid')\n  id: string;\n\n  @Column({ name: 'expires_at', type: 'timestamptz' })\n  expiresAt: Date;\n}\n`;
/**
 * node-cron runs each job through a wrapper (`runJob(name, fn)` calling `fn()` in a try/catch); the cleanup deletes through
 * accessors imported from db/repositories (`passwordResetRepo` holds PasswordResetToken); `deletes` is the cleanup's body.
 */
const wrappedTypeormCleanup = (deletes: string) => ({
  'src/entities/PasswordResetToken.ts': typeormToken('PasswordResetToken'),
  'src/entities/RefreshToken.ts': typeormToken('RefreshToken'),
  'src/db/repositories.ts': TYPEORM_REPOSITORIES,
  'src/jobs/cleanup.ts': `import { LessThan } from 'typeorm';\nimport { passwordResetRepo, refreshTokenRepo } from '../db/repositories';\nexport async function purgeExpiredAuthData() {\n  const now = new Date();\n${deletes}}\n`,
  'src/jobs/scheduler.ts': "import cron from 'node-cron';\nimport { purgeExpiredAuthData } from './cleanup';\n\nasync function runJob(name: string, fn: () => Promise<void>) {\n  try {\n    await fn();\n  } catch (err) {\n    console.error(name, err);\n  }\n}\n\nexport function startScheduler() {\n  cron.schedule('0 3 * * *', () => runJob('purge-expired-auth-data', purgeExpiredAuthData));\n}\n",
});

const cases: RuleCases = {
  valid: [
    {
      name: 'Sequelize: a sequelize.define model with expiresAt that a scheduled job destroys when expired',
      files: { 'src/models/VerificationCode.js': VERIFICATION, 'src/jobs/cleanup.js': "const cron = require('node-cron');\nconst { Op } = require('sequelize');\nconst VerificationCode = require('../models/VerificationCode');\ncron.schedule('*/15 * * * *', async () => {\n  await VerificationCode.destroy({ where: { expiresAt: { [Op.lt]: new Date() } } });\n});\n" },
    },
    {
      name: "lookalike: a define call of something that is not Sequelize (a DI container's define('AuthToken', …)) declares no model",
      files: { 'src/container.js': "const { Op } = require('sequelize');\nconst container = require('./container');\ncontainer.define('AuthToken', { expiresAt: 3600 });\n" },
    },
    {
      name: 'TypeORM: a cron job run through a wrapper (runJob(name, fn)) deletes expired rows through repository accessors imported from another module',
      files: wrappedTypeormCleanup('  await refreshTokenRepo().delete({ expiresAt: LessThan(now) });\n  await passwordResetRepo().delete({ expiresAt: LessThan(now) });\n'),
    },
    {
      name: 'Drizzle tables declared through pgTableCreator, every expiring one deleted by the cron',
      files: { 'src/schema.ts': DRIZZLE_CREATOR_SCHEMA, 'src/cron.ts': drizzleCron(['sessions', 'invitations', 'subscriptions']) },
    },
    {
      name: 'SQL schema file: the expiring table the nightly job deletes through raw SQL',
      files: sqlSchema('DELETE FROM password_resets WHERE expires_at < now()'),
    },
    {
      name: 'Knex migration: the expiring table a job purges (db(\'password_reset_tokens\').where(…).del())',
      files: knexMigration("    await db('password_reset_tokens').where('expires_at', '<', new Date()).del();\n"),
    },
    {
      name: 'APScheduler: the job function is handed to a wrapper (add_job(_in_app(app, purge), "cron")); the wrapper runs it',
      files: flaskJobs('scheduler.add_job(_in_app(app, purge_expired_codes), "cron", hour=3, id="purge_codes")'),
    },
    {
      name: 'APScheduler: the scheduled_job decorator applied by hand to a wrapped function',
      files: flaskJobs('scheduler.scheduled_job("interval", hours=1)(_in_app(app, purge_expired_codes))'),
    },
    {
      name: 'cleanup functions handed to a repository helper that schedules its parameter: job(name, expr, purgeExpiredSessions)',
      files: {
        'prisma/schema.prisma': SCHEMA,
        'src/jobs/job.ts': SCHEDULER_HELPER,
        'src/jobs/cleanup.ts': CLEANUP,
        'src/jobs/index.ts': "import { job } from './job';\nimport { purgeExpiredResetTokens, purgeExpiredSessions } from './cleanup';\n\nexport function startJobs() {\n  job('purge-sessions', '10 3 * * *', purgeExpiredSessions);\n  job('purge-reset-tokens', '30 3 * * *', purgeExpiredResetTokens);\n}\n",
      },
    },
    {
      name: 'TypeORM: a @Cron job deletes expired rows of both @Entity classes',
      files: typeorm("    await this.sessions.delete({ expiresAt: LessThan(now) });\n    await this.resetTokens.delete({ expiresAt: LessThan(now) });\n"),
    },
    { name: 'a Vercel cron route built by a factory runs the cleanup function passed to it', files: vercelFactory('purgeExpired') },
    {
      name: 'one job cleans every expiring model',
      files: { 'prisma/schema.prisma': SCHEMA, 'src/cron.ts': cron("cron.schedule('0 3 * * *', async () => {\n  await prisma.session.deleteMany({ where: { expiresAt: { lt: new Date() } } });\n  await prisma.passwordResetToken.deleteMany({ where: { expires: { lt: new Date() } } });\n});") },
    },
    {
      name: 'raw SQL in a Kubernetes CronJob script',
      files: {
        'prisma/schema.prisma': SCHEMA,
        'deploy/cleanup.yaml': 'apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: cleanup\nspec:\n  schedule: "0 3 * * *"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          containers:\n            - name: cleanup\n              command: ["node", "dist/jobs/cleanup.js"]\n',
        'src/jobs/cleanup.ts': "await db.query('DELETE FROM sessions WHERE expires_at < now()');\nawait db.query('DELETE FROM password_reset_tokens WHERE expires < now()');\n",
      },
    },
    { name: 'models without expiry, or whose expiry is not data to clean up', files: { 'prisma/schema.prisma': 'model User {\n  id String @id\n  resetTokenExpiresAt DateTime?\n}\n\nmodel Subscription {\n  id String @id\n  expiresAt DateTime\n}\n' } },
    {
      name: 'Celery beat task for a SQLAlchemy-mapped session table',
      files: {
        'prisma/schema.prisma': 'model Session {\n  id String @id\n  expiresAt DateTime\n}\n',
        'svc/beat.py': 'CELERY_BEAT_SCHEDULE = {\n    "purge": {"task": "svc.jobs.purge", "schedule": 3600},\n}\n',
        'svc/jobs.py': 'def purge():\n    db.execute(delete(Session).where(Session.expires_at < now()))\n',
      },
    },
    {
      name: 'SQLAlchemy Core: sa.delete on the Table whose name is the model\'s __tablename__, run by APScheduler',
      files: {
        'app/models.py': 'from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column\n\nclass Base(DeclarativeBase):\n    pass\n\nclass EmailVerificationToken(Base):\n    __tablename__ = "verification_codes"\n    id: Mapped[str] = mapped_column(primary_key=True)\n    expires_at: Mapped[datetime] = mapped_column()\n',
        'app/tables.py': 'import sqlalchemy as sa\n\nmetadata = sa.MetaData()\ncodes_table = sa.Table("verification_codes", metadata, sa.Column("id", sa.String), sa.Column("expires_at", sa.DateTime))\n',
        'app/scheduler.py': 'import sqlalchemy as sa\nfrom apscheduler.schedulers.background import BackgroundScheduler\nfrom app.tables import codes_table\n\ndef purge_codes():\n    with engine.begin() as conn:\n        conn.execute(sa.delete(codes_table).where(codes_table.c.expires_at < sa.func.now()))\n\nscheduler = BackgroundScheduler()\nscheduler.add_job(purge_codes, "cron", hour=3)\n',
      },
    },
    {
      name: 'Drizzle tables whose expired rows a node-cron job deletes (subscriptions expire but are not data to clean up)',
      files: { 'src/schema.ts': DRIZZLE_SCHEMA, 'src/cron.ts': drizzleCron(['sessions', 'invitations']) },
    },
    {
      name: 'a model a retention promise names is left to the retention rule ("Invitations that were not accepted are deleted 14 days after they expire")',
      files: {
        'templates/privacy.html': '<h1>Privacy policy</h1>\n<ul>\n  <li>Invitations that were not accepted are deleted 14 days after they expire.</li>\n</ul>\n',
        'accounts/models.py': 'from django.db import models\n\nclass Invitation(models.Model):\n    email = models.EmailField()\n    expires_at = models.DateTimeField()\n    accepted_at = models.DateTimeField(null=True)\n',
      },
      config: { rules: { 'privacy/retention-promise-is-enforced': 'hardening' } },
    },
    {
      name: 'Mongoose: a TTL index on the expiry path (expires) and one declared with schema.index(…, { expireAfterSeconds }) delete expired documents',
      files: mongoose('expiresAt: { type: Date, required: true, expires: 0 },', 'resetSchema.index({ expiresAt: 1 }, { expireAfterSeconds: 0 });\n'),
    },
    {
      name: 'Mongoose: a TTL on another path (created documents removed after a day) also cleans the model; a job deletes the reset tokens through the model variable',
      files: {
        ...mongoose("expiresAt: Date,\n    createdAt: { type: Date, default: Date.now, index: { expires: '1d' } },", ''),
        'src/jobs.ts': "import cron from 'node-cron';\nimport { ResetTokenModel } from './models/PasswordResetToken';\ncron.schedule('0 * * * *', async () => {\n  await ResetTokenModel.deleteMany({ expiresAt: { $lt: new Date() } });\n});\n",
      },
    },
  ],
  invalid: [
    {
      name: 'Sequelize: a sequelize.define model with expiresAt that nothing deletes',
      files: { 'src/models/VerificationCode.js': VERIFICATION },
      gaps: [{ messageId: 'notCleaned', path: 'src/models/VerificationCode.js', line: 4, includes: ['VerificationCode', 'expiresAt'] }],
    },
    {
      name: 'Sequelize: a class extending Model, set up with Invite.init({ expiresAt }), that nothing deletes',
      files: { 'src/models/invite.ts': INVITE_CLASS },
      gaps: [{ messageId: 'notCleaned', path: 'src/models/invite.ts', line: 4, includes: ['Invite', 'expiresAt'] }],
    },
    {
      name: 'four scheduled jobs that delete nothing: the message lists three and says how many more there are',
      files: { 'prisma/schema.prisma': 'model Session {\n  id        String   @id\n  expiresAt DateTime\n}\n', 'src/cron.ts': cron(['0 1 * * *', '0 2 * * *', '0 3 * * *', '0 4 * * *'].map((at) => `cron.schedule('${at}', async () => {\n  await sendDigest();\n});`).join('\n')) },
      gaps: [{ messageId: 'notCleaned', path: 'prisma/schema.prisma', includes: ['none of the 4 scheduled jobs', '(0 3 * * *)', '; and 1 more) deletes anything'], excludes: ['(0 4 * * *)'] }],
    },
    {
      name: 'TypeORM: the wrapped cron job deletes expired refresh tokens through an imported accessor, never password reset tokens',
      files: wrappedTypeormCleanup('  await refreshTokenRepo().delete({ expiresAt: LessThan(now) });\n'),
      gaps: [{ messageId: 'notCleaned', path: 'src/entities/PasswordResetToken.ts', includes: ['PasswordResetToken', 'RefreshToken'] }],
    },
    {
      name: 'Drizzle tables declared through pgTableCreator: invitations expire and the cron only deletes sessions and subscriptions',
      files: { 'src/schema.ts': DRIZZLE_CREATOR_SCHEMA, 'src/cron.ts': drizzleCron(['sessions', 'subscriptions']) },
      gaps: [{ messageId: 'notCleaned', path: 'src/schema.ts', includes: ['invitations'] }],
    },
    {
      name: 'SQL schema file: CREATE TABLE password_resets (… expires_at …) and the nightly job only touches users',
      files: sqlSchema("UPDATE users SET email = lower(email)"),
      gaps: [{ messageId: 'notCleaned', path: 'migrations/001_schema.sql', line: 7, includes: ['password_resets', 'expires_at'] }],
    },
    {
      name: 'lookalike: a Prisma migration repeats the model as CREATE TABLE; the model is reported once, at the schema',
      files: {
        'prisma/schema.prisma': 'model PasswordResetToken {\n  id        String   @id\n  expiresAt DateTime\n}\n',
        'prisma/migrations/20240101000000_init/migration.sql': 'CREATE TABLE "PasswordResetToken" (\n    "id" TEXT NOT NULL,\n    "expiresAt" TIMESTAMP(3) NOT NULL,\n    CONSTRAINT "PasswordResetToken_pkey" PRIMARY KEY ("id")\n);\n',
      },
      gaps: [{ messageId: 'notCleaned', path: 'prisma/schema.prisma', line: 1, includes: ['PasswordResetToken'] }],
    },
    {
      name: 'Knex migration: createTable declares password_reset_tokens with expires_at and no job deletes its rows (the job only touches users)',
      files: knexMigration("    await db('users').where('created_at', '<', cutoff).update({ stale: true });\n"),
      gaps: [{ messageId: 'notCleaned', path: 'migrations/20250104120000_init.ts', line: 9, includes: ['password_reset_tokens', 'expires_at'] }],
    },
    {
      name: 'lookalike: APScheduler, the wrapper is handed an unrelated function (the report job), and the purge runs only once (date trigger)',
      files: flaskJobs('scheduler.add_job(_in_app(app, send_weekly_report), "cron", hour=3)', '    scheduler.add_job(_in_app(app, purge_expired_codes), "date")\n'),
      gaps: [{ messageId: 'notCleaned', path: 'labs/models.py', line: 3, includes: ['EmailVerificationCode'] }],
    },
    {
      name: 'lookalike: the scheduling helper is only handed the session cleanup; the reset-token cleanup sits unscheduled',
      files: {
        'prisma/schema.prisma': SCHEMA,
        'src/jobs/job.ts': SCHEDULER_HELPER,
        'src/jobs/cleanup.ts': CLEANUP,
        'src/jobs/index.ts': "import { job } from './job';\nimport { purgeExpiredSessions } from './cleanup';\n\nexport function startJobs() {\n  job('purge-sessions', '10 3 * * *', purgeExpiredSessions);\n}\n",
      },
      gaps: [{ messageId: 'notCleaned', path: 'prisma/schema.prisma', line: 12, includes: ['PasswordResetToken'] }],
    },
    {
      name: 'lookalike: the factory-built cron route is given a function that only counts expired rows',
      files: vercelFactory('countExpired'),
      gaps: [
        { messageId: 'notCleaned', path: 'prisma/schema.prisma', line: 7 },
        { messageId: 'notCleaned', path: 'prisma/schema.prisma', line: 12 },
      ],
    },
    {
      name: 'nothing cleans expired sessions or reset tokens',
      files: { 'prisma/schema.prisma': SCHEMA },
      gaps: [
        { messageId: 'notCleaned', path: 'prisma/schema.prisma', line: 7, includes: ['Expired Session rows are never deleted', 'expiresAt', 'no scheduled job was found'] },
        { messageId: 'notCleaned', path: 'prisma/schema.prisma', line: 12, includes: ['PasswordResetToken', '(expires)'] },
      ],
    },
    {
      name: 'lookalike: the job cleans sessions, not reset tokens',
      files: { 'prisma/schema.prisma': SCHEMA, 'src/cron.ts': cron("cron.schedule('0 3 * * *', async () => {\n  await prisma.session.deleteMany({ where: { expiresAt: { lt: new Date() } } });\n});") },
      gaps: [{ messageId: 'notCleaned', path: 'prisma/schema.prisma', line: 12, includes: ['scheduled jobs delete only session'] }],
    },
    {
      name: 'lookalike: a cleanup defined but never scheduled',
      files: { 'prisma/schema.prisma': 'model Invite {\n  id String @id\n  expiresAt DateTime\n}\n', 'src/cleanup.ts': "export async function purgeInvites() {\n  await prisma.invite.deleteMany({ where: { expiresAt: { lt: new Date() } } });\n}\n" },
      gaps: [{ messageId: 'notCleaned', path: 'prisma/schema.prisma', line: 1, includes: ['Invite'] }],
    },
    {
      name: 'SQLAlchemy Core only: a Table with an expiry column that nothing deletes, one gap for the table and its ORM class',
      files: {
        'app/models.py': 'from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column\n\nclass Base(DeclarativeBase):\n    pass\n\nclass Invitation(Base):\n    __tablename__ = "invitations"\n    id: Mapped[str] = mapped_column(primary_key=True)\n    expires_at: Mapped[datetime] = mapped_column()\n',
        'worker/db.py': 'from sqlalchemy import Column, DateTime, MetaData, String, Table\n\nmetadata = MetaData()\ninvitations = Table("invitations", metadata, Column("id", String), Column("expires_at", DateTime))\nmagic_links = Table("magic_links", metadata, Column("id", String), Column("expires_at", DateTime))\n',
        // The job deletes rows of another table than the one the handle's name suggests.
        'worker/jobs.py': 'from sqlalchemy import delete\nfrom worker.db import magic_links\n\ndef purge():\n    db.execute(delete(magic_links).where(magic_links.c.expires_at < now()))\n\nscheduler.add_job(purge, "interval", hours=1)\n',
      },
      gaps: [{ messageId: 'notCleaned', path: 'app/models.py', line: 6, includes: ['Invitation', 'scheduled jobs delete only magic_links'] }],
    },
    {
      name: 'lookalike: Drizzle, the job deletes expired sessions but not expired invitations',
      files: { 'src/schema.ts': DRIZZLE_SCHEMA, 'src/cron.ts': drizzleCron(['sessions']) },
      gaps: [{ messageId: 'notCleaned', path: 'src/schema.ts', line: 8, includes: ['Expired invitations rows are never deleted', 'expiresAt', 'scheduled jobs delete only sessions'] }],
    },
    {
      name: 'Mongoose: expired invites and reset tokens stay (no TTL index, no job; a nested `expires: Date` path is not a TTL)',
      files: mongoose('expiresAt: { type: Date, required: true },', ''),
      gaps: [
        { messageId: 'notCleaned', path: 'src/models/Invite.ts', line: 3, includes: ['Expired Invite rows are never deleted', '(expiresAt)'] },
        { messageId: 'notCleaned', path: 'src/models/PasswordResetToken.ts', line: 3, includes: ['PasswordResetToken'] },
      ],
    },
    {
      name: 'lookalike: Mongoose, the index on the expiry path is a plain index (no expireAfterSeconds); a schema exported for registration elsewhere is a model too',
      files: {
        ...mongoose('expiresAt: { type: Date, index: true },', 'resetSchema.index({ expiresAt: 1 });\n'),
        'src/models/session.ts': "import { Schema } from 'mongoose';\n\nexport const SessionSchema = new Schema({ userId: String, expiresAt: Date });\n",
      },
      gaps: [
        { messageId: 'notCleaned', path: 'src/models/Invite.ts', line: 3 },
        { messageId: 'notCleaned', path: 'src/models/PasswordResetToken.ts', line: 3 },
        { messageId: 'notCleaned', path: 'src/models/session.ts', line: 3, includes: ['Expired Session rows'] },
      ],
    },
    {
      name: '@nestjs/mongoose: a session schema class with a TTL prop is cleaned, the reset-token class without one is not',
      files: {
        'src/auth/session.schema.ts': "import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';\n\n@Schema()\nexport class Session {\n  @Prop({ type: Date, expires: 0 })\n  expiresAt: Date;\n}\nexport const SessionSchema = SchemaFactory.createForClass(Session);\n",
        'src/auth/reset-token.schema.ts': "import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';\n\n@Schema({ timestamps: true })\nexport class PasswordResetToken {\n  @Prop({ required: true }) tokenHash: string;\n  @Prop({ required: true, index: true }) expiresAt: Date;\n}\nexport const PasswordResetTokenSchema = SchemaFactory.createForClass(PasswordResetToken);\n",
      },
      gaps: [{ messageId: 'notCleaned', path: 'src/auth/reset-token.schema.ts', line: 3, includes: ['Expired PasswordResetToken rows are never deleted'] }],
    },
    {
      name: 'lookalike: TypeORM, the job deletes expired sessions but not expired reset tokens (a DTO with expiresAt is no model)',
      files: typeorm('    await this.sessions.delete({ expiresAt: LessThan(now) });\n'),
      gaps: [{ messageId: 'notCleaned', path: 'src/auth/password-reset-token.entity.ts', line: 3, includes: ['Expired PasswordResetToken rows are never deleted', 'expiresAt'] }],
    },
    {
      name: 'with the retention rule off, a promised model is reported here',
      files: { 'PRIVACY.md': '# Privacy policy\n\nInvitations expire after 7 days and are then deleted.\n', 'prisma/schema.prisma': 'model Invite {\n  id String @id\n  expiresAt DateTime\n}\n' },
      gaps: [{ messageId: 'notCleaned', path: 'prisma/schema.prisma', line: 1 }],
    },
  ],
};
export default cases;
