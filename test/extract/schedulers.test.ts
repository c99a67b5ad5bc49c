import { describe, expect, it } from '@jest/globals';
import type { FileFacts } from '../../src/core/facts.js';
import type { Language } from '../../src/core/model.js';
import { parseSource } from '../../src/core/parse.js';
import { extractSource, extractText } from '../../src/extract/index.js';

async function source(path: string, language: Language, text: string): Promise<FileFacts> {
  return extractSource(path, language, text, await parseSource(language, text), text.split('\n').length, []);
}
const text = (path: string, content: string) => extractText(path, content, content.split('\n').length);
const jobs = (facts: FileFacts) =>
  facts.scheduledJobs.map((j) => [j.scheduler, j.name, j.schedule, j.handlerRefs.join(','), j.task, j.queue, j.requestPath, j.command, j.body.dataOps.map((o) => `${o.op}:${o.model}`).join(',')].map((v) => v || '-').join(' | '));

describe('JavaScript schedulers', () => {
  it('node-cron, cron, setInterval: inline bodies and handlers by name', async () => {
    const facts = await source('src/jobs.ts', 'typescript', `import cron from 'node-cron';
import { CronJob } from 'cron';
cron.schedule('0 3 * * *', async () => { await prisma.invite.deleteMany({ where: {} }); });
cron.schedule('*/5 * * * *', purgeSessions);
CronJob.from({ cronTime: '0 4 * * *', onTick: () => purgeTokens() });
setInterval(cleanup, 60_000);
`);
    expect(jobs(facts)).toEqual([
      'node-cron | - | 0 3 * * * | - | - | - | - | - | delete:invite',
      'node-cron | - | */5 * * * * | purgeSessions | - | - | - | - | -',
      'cron | - | 0 4 * * * | - | - | - | - | - | -',
      'setInterval | - | 60_000 | cleanup | - | - | - | - | -',
    ]);
    expect(facts.scheduledJobs[2]!.body.calls.map((c) => c.callee)).toEqual(['purgeTokens']);
  });

  it('BullMQ repeatables and workers; a plain add is not a schedule', async () => {
    const facts = await source('src/queue.ts', 'typescript', `import { Queue, Worker } from 'bullmq';
const maintenance = new Queue('maintenance');
await maintenance.add('purge', {}, { repeat: { pattern: '0 5 * * *' } });
await maintenance.add('welcome-email', { userId });
await importedQueue.upsertJobScheduler('digest', { every: 3600000 }, { name: 'send-digest' });
new Worker('maintenance', async (job) => { await prisma.session.deleteMany({}); });
`);
    expect(jobs(facts)).toEqual(['bullmq | purge | 0 5 * * * | - | purge | maintenance | - | - | -', 'bullmq | send-digest | 3600000 | - | send-digest | importedQueue | - | - | -']);
    expect(facts.jobHandlers.map((h) => [h.framework, h.queue, h.dataOps.map((o) => o.model).join()])).toEqual([['bullmq', 'maintenance', 'session']]);
  });

  it("BullMQ repeatables' literal data, the processor's job parameter, and tables of functions picked by key", async () => {
    const queue = await source('src/worker.ts', 'typescript', `import { Queue, Worker } from 'bullmq';
const maintenance = new Queue('maintenance');
await maintenance.add('cleanup', { task: 'purge-sessions', days: 30 }, { repeat: { pattern: '0 * * * *' } });
await maintenance.upsertJobScheduler('audit', { every: 60000 }, { name: 'cleanup', data: { task: 'prune-audit' } });
new Worker('maintenance', async (job) => runCleanup(job.data.task));
new Worker('inline', async (job) => cleanupTasks[job.name]?.());
`);
    expect(queue.scheduledJobs.map((j) => j.data)).toEqual([{ task: 'purge-sessions' }, { task: 'prune-audit' }]);
    expect(queue.jobHandlers.map((h) => h.jobParam)).toEqual(['job', 'job']);
    expect(queue.jobHandlers[1]!.calls.find((c) => c.dispatch)?.dispatch).toEqual({ table: 'cleanupTasks', key: 'job.name' });
    const tables = await source('src/cleanup.ts', 'typescript', `import { purgeSessions } from './sessions';
const local = { a: 1, b: 2 };
export async function pruneAudit() {}
export const cleanupTasks: Record<string, () => Promise<void>> = {
  'purge-sessions': purgeSessions,
  'prune-audit': pruneAudit,
  'purge-invites': async () => { await prisma.invite.deleteMany({}); },
};
export const labels = { 'purge-sessions': 'Sessions' };
export async function runCleanup(task: string) {
  const { kind } = options;
  const fn = cleanupTasks[task];
  await fn();
  await cleanupTasks[kind]();
}
`);
    expect(tables.dispatchTables?.map((t) => [t.name, t.entries.map((e) => `${e.key}=${e.ref ?? e.body!.dataOps.map((o) => o.model).join()}`).join(' ')])).toEqual([
      ['cleanupTasks', 'purge-sessions=purgeSessions prune-audit=pruneAudit purge-invites=invite'],
    ]);
    const run = tables.functions.find((f) => f.name === 'runCleanup')!;
    expect(run.calls.filter((c) => c.dispatch).map((c) => [c.callee, c.dispatch!.table, c.dispatch!.key])).toEqual([
      ['fn', 'cleanupTasks', 'task'],
      ['cleanupTasks[kind]', 'cleanupTasks', 'options.kind'],
    ]);
  });

  it('role rankings by number; other numbered objects are not', async () => {
    const facts = await source('src/roles.ts', 'typescript', `export const ROLE_RANK = { member: 0, editor: 1, admin: 2, owner: 3 } as const;
const limits = { free: 1, pro: 10 };
const levels = { debug: 0, info: 1 };
`);
    expect(facts.roleRanks).toEqual([{ line: 1, ranks: { member: 0, editor: 1, admin: 2, owner: 3 } }]);
  });

  it('Agenda, NestJS @Cron, Trigger.dev, Inngest', async () => {
    const agenda = await source('src/agenda.ts', 'typescript', `import Agenda from 'agenda';
agenda.define('purge invites', async () => { await Invite.deleteMany({}); });
await agenda.every('1 day', 'purge invites');
`);
    expect(jobs(agenda)).toEqual(['agenda | purge invites | 1 day | - | purge invites | - | - | - | -']);
    expect(agenda.jobHandlers.map((h) => [h.name, h.dataOps.map((o) => o.model).join()])).toEqual([['purge invites', 'Invite']]);
    const nest = await source('src/cleanup.service.ts', 'typescript', `import { Cron, CronExpression } from '@nestjs/schedule';
export class CleanupService {
  @Cron(CronExpression.EVERY_DAY_AT_3AM)
  async purge() { await this.prisma.session.deleteMany({}); }
}
`);
    expect(jobs(nest)).toEqual(['nestjs-schedule | - | CronExpression.EVERY_DAY_AT_3AM | CleanupService.purge | - | - | - | - | -']);
    const trigger = await source('src/trigger/purge.ts', 'typescript', `import { schedules } from '@trigger.dev/sdk/v3';
export const purge = schedules.task({ id: 'purge-otps', cron: '*/30 * * * *', run: async () => { await prisma.oneTimeCode.deleteMany({}); } });
`);
    expect(jobs(trigger)).toEqual(['trigger.dev | purge-otps | */30 * * * * | - | - | - | - | - | delete:oneTimeCode']);
    const inngest = await source('src/inngest.ts', 'typescript', `import { Inngest } from 'inngest';
export const purge = inngest.createFunction({ id: 'purge' }, { cron: '0 2 * * *' }, async () => purgeExpired());
export const onSignup = inngest.createFunction({ id: 'signup' }, { event: 'user/created' }, async () => welcome());
`);
    expect(jobs(inngest)).toEqual(['inngest | purge | 0 2 * * * | - | - | - | - | - | -']);
  });
});

describe('Python schedulers', () => {
  it('Celery beat entries, add_periodic_task, APScheduler (a date trigger runs once), schedule', async () => {
    const facts = await source('svc/tasks.py', 'python', `from celery.schedules import crontab
app.conf.beat_schedule = {
    "purge-sessions": {"task": "svc.tasks.purge_sessions", "schedule": crontab(hour=3)},
}
@app.on_after_configure.connect
def setup(sender, **kwargs):
    sender.add_periodic_task(3600.0, purge_invites.s(), name="purge invites")
scheduler.add_job(purge_tokens, "cron", hour=4)
scheduler.add_job(send_report, "date", run_date=when)
@scheduler.scheduled_job("interval", hours=1)
def hourly():
    pass
schedule.every().day.at("03:00").do(vacuum)
@app.task(name="maintenance.purge")
def purge_sessions():
    db.query(UserSession).filter(UserSession.expires_at < now()).delete()
`);
    expect(jobs(facts)).toEqual([
      'celery | purge-sessions | crontab(hour=3) | - | svc.tasks.purge_sessions | - | - | - | -',
      'apscheduler | - | "interval", hours=1 | hourly | - | - | - | - | -',
      'celery | purge invites | 3600.0 | purge_invites | - | - | - | - | -',
      'apscheduler | - | "cron" | purge_tokens | - | - | - | - | -',
      'schedule | - | schedule.every().day.at("03:00") | vacuum | - | - | - | - | -',
    ]);
    expect(facts.jobHandlers.map((h) => [h.name, h.handlerRef])).toEqual([['maintenance.purge', 'purge_sessions']]);
    expect(facts.functions.find((f) => f.name === 'purge_sessions')!.dataOps.map((o) => `${o.op}:${o.model}`)).toEqual(['delete:UserSession']);
  });
});

describe('schedules in configuration', () => {
  it('Vercel crons name the route they request', () => {
    expect(jobs(text('vercel.json', '{\n  "crons": [\n    { "path": "/api/cron/purge?x=1", "schedule": "0 3 * * *" }\n  ]\n}\n'))).toEqual(['vercel | - | 0 3 * * * | - | - | - | /api/cron/purge | - | -']);
  });

  it('scheduled workflows run their steps; a manually dispatched one is not scheduled', () => {
    const scheduled = text('.github/workflows/cleanup.yml', `name: Nightly cleanup
on:
  schedule:
    - cron: '0 3 * * *'
  workflow_dispatch:
jobs:
  purge:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: npm ci
      - run: npm run db:cleanup
`);
    expect(jobs(scheduled)).toEqual(['github-actions | Nightly cleanup | 0 3 * * * | - | - | - | - | npm ci\nnpm run db:cleanup | -']);
    expect(scheduled.scheduledJobs[0]!.location.startLine).toBe(4);
    expect(text('.github/workflows/manual.yml', 'on:\n  workflow_dispatch:\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm run db:cleanup\n').scheduledJobs).toEqual([]);
  });

  it('Kubernetes CronJobs, crontab files, pg_cron and package scripts', () => {
    expect(jobs(text('deploy/purge.yaml', `apiVersion: batch/v1
kind: CronJob
metadata:
  name: purge-sessions
spec:
  schedule: "0 3 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          containers:
            - name: purge
              image: api
              command: ["python", "manage.py", "clearsessions"]
`))).toEqual(['kubernetes | purge-sessions | 0 3 * * * | - | - | - | - | python manage.py clearsessions | -']);
    expect(jobs(text('ops/crontab', '# m h dom mon dow command\n15 2 * * * node dist/jobs/purge.js\n'))).toEqual(['crontab | - | 15 2 * * * | - | - | - | - | node dist/jobs/purge.js | -']);
    expect(jobs(text('db/migrations/0042_purge.sql', "SELECT cron.schedule('purge-invites', '0 3 * * *', $$DELETE FROM invites WHERE expires_at < now()$$);\n"))).toEqual(['pg_cron | purge-invites | 0 3 * * * | - | - | - | - | - | delete:invites']);
    // package.json scripts are one fact, shared with the CI rules, so a schedule running `npm run db:cleanup` can be followed.
    expect(text('package.json', '{\n  "scripts": {\n    "db:cleanup": "tsx scripts/cleanup.ts"\n  }\n}\n').scripts).toEqual([
      { runner: 'npm', name: 'db:cleanup', command: 'tsx scripts/cleanup.ts', line: 3 },
    ]);
  });
});

describe('record writes', () => {
  it('records the fields an update or assignment writes', async () => {
    const ts = await source('src/accounts.ts', 'typescript', `export async function deactivate(user) {
  await prisma.user.update({ where: { id: user.id }, data: { deactivated: true, deactivatedAt: new Date() } });
  user.email = null;
  this.cache = new Map();
}
`);
    expect(ts.fieldWrites.map((w) => [w.target, w.fields.join(','), w.via])).toEqual([['user', 'deactivated,deactivatedAt', 'orm'], ['user', 'email', 'assignment']]);
    const py = await source('svc/accounts.py', 'python', `def anonymise(user):
    User.objects.filter(pk=user.pk).update(email="", first_name="")
    user.is_active = False
    self.cache = {}
`);
    expect(py.fieldWrites.map((w) => [w.target, w.fields.join(','), w.via])).toEqual([['User', 'email,first_name', 'orm'], ['user', 'is_active', 'assignment']]);
  });
});
