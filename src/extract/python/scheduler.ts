import type { SgNode } from '@ast-grep/napi';
import type { BodySummary, ScheduledJobFact } from '../../core/facts.js';
import type { SourceExtractor } from '../types.js';
import { argumentsOf, compact, type SourceFile, unquote } from '../source.js';

const EMPTY: BodySummary = { calls: [], dataOps: [] };
/** Decorators that run the function they decorate on a schedule. */
const PERIODIC_DECORATOR = /(?:^|\.)(?:periodic_task|db_periodic_task|scheduled_job|repeat_every)$/;
/** APScheduler triggers that repeat (a `date` trigger runs once). */
const REPEATING_TRIGGER = /^(?:cron|interval)$|(?:^|\.)(?:CronTrigger|IntervalTrigger)(?:\.from_crontab)?$/;

/**
 * Scheduled jobs in Python: Celery beat (`beat_schedule` / `CELERY_BEAT_SCHEDULE` entries,
 * `add_periodic_task`, `@periodic_task`), APScheduler (`add_job(fn, 'cron'|'interval')`,
 * `@scheduled_job`), huey periodic tasks, rq-scheduler `cron`, the `schedule` library and
 * fastapi-utils `@repeat_every`; Celery tasks named explicitly become job handlers.
 */
export const pythonScheduler: SourceExtractor = {
  id: 'python-scheduler',
  languages: ['python'],
  // Its own queries run only in files its text prefilter selects.
  kinds: [],
  applies: (text) => /beat_schedule|BEAT_SCHEDULE|periodic|add_job|scheduled_job|repeat_every|\.every\(|\.cron\(|task\(/.test(text),
  extract(file, facts) {
    const callables = new Set([...facts.imports.map((i) => i.local), ...facts.functions.map((f) => f.name)]);
    const taskReference = (node: SgNode) => taskReferenceOf(node, callables);
    const job = (node: SgNode, scheduler: string, fields: Partial<ScheduledJobFact>) =>
      facts.scheduledJobs.push({ scheduler, name: null, schedule: null, location: file.location(node), body: EMPTY, handlerRefs: [], task: null, queue: null, requestPath: null, command: null, ...fields });

    beatSchedules(file, job);

    for (const decorator of file.root.findAll({ rule: { kind: 'decorator' } })) {
      const call = decorator.children().find((c) => c.kind() === 'call' || c.kind() === 'attribute' || c.kind() === 'identifier');
      if (!call) continue;
      const callee = compact(call.kind() === 'call' ? (call.field('function')?.text() ?? '') : call.text());
      const definition = decorator.parent()?.field('definition');
      const name = definition?.kind() === 'function_definition' ? definition.field('name')?.text() : undefined;
      if (!name) continue;
      if (PERIODIC_DECORATOR.test(callee)) {
        const args = call.kind() === 'call' ? argumentsOf(call.field('arguments')) : [];
        if (callee.endsWith('scheduled_job') && args[0] && !REPEATING_TRIGGER.test(stringOrText(args[0]))) continue;
        job(decorator.parent()!, schedulerOf(callee), { schedule: args.map((a) => compact(a.text())).join(', ') || null, handlerRefs: [name] });
        continue;
      }
      // @app.task(name="maintenance.purge") / @shared_task(name=…): a task a beat entry may name.
      if (/(?:^|\.)(?:task|shared_task|actor)$/.test(callee) && call.kind() === 'call') {
        const args = argumentsOf(call.field('arguments'));
        const periodic = keyword(args, 'periodic');
        if (periodic) {
          job(decorator.parent()!, 'periodiq', { schedule: compact(periodic.text()), handlerRefs: [name] });
          continue;
        }
        const taskName = stringValue(keyword(args, 'name'));
        if (taskName) facts.jobHandlers.push({ framework: 'celery', queue: null, name: taskName, handlerRef: name, location: file.location(decorator.parent()!), ...EMPTY });
      }
    }

    // `scheduler.scheduled_job("cron", hour=3)(_in_app(app, purge))`: the decorator applied by hand.
    for (const call of file.root.findAll({ rule: { kind: 'call', has: { field: 'function', kind: 'call', has: { field: 'function', regex: 'scheduled_job$' } } } })) {
      const decorator = call.field('function')!;
      const args = argumentsOf(decorator.field('arguments'));
      const trigger = args[0] && args[0].kind() !== 'keyword_argument' ? args[0] : keyword(args, 'trigger');
      if (!trigger || !REPEATING_TRIGGER.test(triggerName(trigger))) continue;
      const func = argumentsOf(call.field('arguments'))[0];
      const ref = func ? taskReference(func) : null;
      if (ref) job(call, 'apscheduler', { name: stringValue(keyword(args, 'id')) ?? stringValue(keyword(args, 'name')), schedule: args.map((a) => compact(a.text())).join(', '), ...ref });
    }

    for (const call of file.root.findAll({ rule: { kind: 'call', has: { field: 'function', kind: 'attribute', has: { field: 'attribute', regex: '^(add_periodic_task|add_job|do|cron|schedule)$' } } } })) {
      const fn = call.field('function')!;
      const method = fn.field('attribute')!.text();
      const receiver = compact(fn.field('object')?.text() ?? '');
      const args = argumentsOf(call.field('arguments'));
      if (method === 'add_periodic_task') {
        const signature = args[1] ?? keyword(args, 'sig');
        const ref = signature ? taskReference(signature) : null;
        if (ref) job(call, 'celery', { name: stringValue(keyword(args, 'name')), schedule: args[0] ? compact(args[0].text()) : null, ...ref });
      } else if (method === 'add_job') {
        const trigger = args[1] && args[1].kind() !== 'keyword_argument' ? args[1] : keyword(args, 'trigger');
        if (!trigger || !REPEATING_TRIGGER.test(triggerName(trigger))) continue;
        const func = args[0] && args[0].kind() !== 'keyword_argument' ? args[0] : keyword(args, 'func');
        const ref = func ? taskReference(func) : null;
        if (ref) job(call, 'apscheduler', { name: stringValue(keyword(args, 'id')) ?? stringValue(keyword(args, 'name')), schedule: compact(trigger.text()), ...ref });
      } else if (method === 'do' && /\.every\(/.test(receiver)) {
        const ref = args[0] ? taskReference(args[0]) : null;
        if (ref) job(call, 'schedule', { schedule: receiver, ...ref });
      } else if ((method === 'cron' || method === 'schedule') && /scheduler$/i.test(receiver)) {
        // rq-scheduler: scheduler.cron('0 3 * * *', func=purge) / scheduler.schedule(…, func=purge, interval=3600)
        if (method === 'schedule' && !keyword(args, 'interval')) continue;
        const func = keyword(args, 'func') ?? (method === 'cron' ? args[1] : null);
        const ref = func ? taskReference(func) : null;
        if (ref) job(call, 'rq-scheduler', { schedule: method === 'cron' && args[0] ? stringOrText(args[0]) : null, ...ref });
      }
    }
  },
};

type JobSink = (node: SgNode, scheduler: string, fields: Partial<ScheduledJobFact>) => void;

/** Celery beat entries: `{'name': {'task': 'app.tasks.purge', 'schedule': crontab(…)}}` under `beat_schedule` / `CELERY_BEAT_SCHEDULE`. */
function beatSchedules(file: SourceFile, job: JobSink): void {
  if (!/beat_schedule|BEAT_SCHEDULE/.test(file.text)) return;
  for (const dict of file.root.findAll({ rule: { kind: 'dictionary', has: { kind: 'pair', has: { field: 'key', regex: '^[\'"]task[\'"]$' } } } })) {
    if (!insideBeatSchedule(dict)) continue;
    const task = stringValue(pairValue(dict, 'task'));
    if (!task) continue;
    const entry = dict.parent()?.kind() === 'pair' ? stringValue(dict.parent()!.field('key')) : null;
    const schedule = pairValue(dict, 'schedule');
    job(dict.parent()?.kind() === 'pair' ? dict.parent()! : dict, 'celery', { name: entry, schedule: schedule ? compact(schedule.text()) : null, task });
  }
}

function insideBeatSchedule(node: SgNode): boolean {
  for (let p = node.parent(); p; p = p.parent()) {
    const kind = p.kind();
    if (kind === 'assignment') return /beat_schedule$|BEAT_SCHEDULE$/.test(compact(p.field('left')?.text() ?? ''));
    if (kind === 'keyword_argument') return /^beat_schedule$/.test(p.field('name')?.text() ?? '');
    if (kind === 'function_definition' || kind === 'class_definition') return false;
  }
  return false;
}

function pairValue(dict: SgNode, key: string): SgNode | null {
  for (const pair of dict.children()) {
    if (pair.kind() === 'pair' && stringValue(pair.field('key')) === key) return pair.field('value');
  }
  return null;
}

/**
 * What a scheduled callable is: `purge`, `tasks.purge`, `purge.s()`, `signature('app.tasks.purge')`, `'app.jobs:purge'`,
 * or the functions a wrapper is handed (`_in_app(app, purge)`, `with_lock(jobs.purge)`): the wrapper calls them. Only
 * names the file declares or imports as functions or modules count, so a value passed along (`app`) is not a job.
 */
function taskReferenceOf(node: SgNode, callables: ReadonlySet<string>): { handlerRefs: string[] } | { task: string } | null {
  const taskReference = (inner: SgNode) => taskReferenceOf(inner, callables);
  const kind = node.kind();
  if (kind === 'keyword_argument') return null;
  if (kind === 'identifier' || kind === 'attribute') return { handlerRefs: [compact(node.text())] };
  if (kind === 'string') return { task: unquote(node.text()).replace(':', '.') };
  if (kind === 'call') {
    const callee = compact(node.field('function')?.text() ?? '');
    const first = argumentsOf(node.field('arguments'))[0];
    if (/\.(?:s|si|signature)$/.test(callee)) return { handlerRefs: [callee.replace(/\.(?:s|si|signature)$/, '')] };
    if (/(?:^|\.)signature$/.test(callee) && first) return taskReference(first);
    // functools.partial(purge, days=30)
    if (/(?:^|\.)partial$/.test(callee) && first) return taskReference(first);
    const passed = argumentsOf(node.field('arguments'))
      .filter((a) => (a.kind() === 'identifier' || a.kind() === 'attribute') && callables.has(compact(a.text()).split('.')[0]!))
      .map((a) => compact(a.text()));
    if (passed.length > 0) return { handlerRefs: [...new Set(passed)] };
  }
  return null;
}

function triggerName(node: SgNode): string {
  if (node.kind() === 'string') return unquote(node.text());
  if (node.kind() === 'call') return compact(node.field('function')?.text() ?? '');
  return compact(node.text());
}

function schedulerOf(decorator: string): string {
  if (decorator.endsWith('scheduled_job')) return 'apscheduler';
  if (decorator.endsWith('repeat_every')) return 'fastapi-utils';
  if (/huey/.test(decorator) || decorator.endsWith('db_periodic_task')) return 'huey';
  return 'celery';
}

function keyword(args: SgNode[], name: string): SgNode | null {
  for (const arg of args) if (arg.kind() === 'keyword_argument' && arg.field('name')?.text() === name) return arg.field('value');
  return null;
}

function stringValue(node: SgNode | null | undefined): string | null {
  return node && node.kind() === 'string' ? unquote(node.text()) : null;
}

function stringOrText(node: SgNode): string {
  return node.kind() === 'string' ? unquote(node.text()) : compact(node.text());
}
