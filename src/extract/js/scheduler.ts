import type { SgNode } from '@ast-grep/napi';
import type { BodySummary, FileFacts, ScheduledJobFact } from '../../core/facts.js';
import type { SourceExtractor } from '../types.js';
import { argumentsOf, compact, kindOf, type SourceFile, unquote } from '../source.js';

const FUNCTION_KINDS = new Set(['arrow_function', 'function_expression', 'function']);
const EMPTY: BodySummary = { calls: [], dataOps: [] };

/** Callees that put a callback on a schedule, by what the scheduler calls them. */
const SCHEDULE_CALLEE = /^(?:[\w$]+\.)*(?:schedule|scheduleJob|every|add|upsertJobScheduler|process|define|createFunction|schedules\.task|schedule\.create|setInterval|Cron|CronJob\.from|CronJob|Interval)$/;
const CONSTRUCTORS = /^(?:CronJob|Cron|Queue|Worker|SimpleIntervalJob|CronJob\.from|AsyncTask|Task)$/;
/** Module specifiers of schedulers and job queues: a file that imports none of them (and calls no setInterval) has nothing to find. */
const SCHEDULER_IMPORTS = /^(?:node-cron|cron|node-schedule|croner|bullmq|bull|bee-queue|agenda|@hokify\/agenda|@nestjs\/schedule|@trigger\.dev\/sdk(?:\/v3)?|@temporalio\/client|toad-scheduler|inngest|@netlify\/functions|cron-schedule)$/;

/**
 * Scheduled jobs in JavaScript/TypeScript: node-cron `cron.schedule`, `new CronJob`,
 * node-schedule `scheduleJob`, croner `Cron`, NestJS `@Cron`/`@Interval`, BullMQ repeatable jobs
 * (`queue.add(name, data, { repeat })`, `upsertJobScheduler`) and their workers, Agenda
 * `every`/`define`, Trigger.dev `schedules.task`, Inngest cron functions, Temporal schedules,
 * Netlify scheduled functions and `setInterval` loops.
 */
export const jsScheduler: SourceExtractor = {
  id: 'js-scheduler',
  languages: ['typescript', 'tsx', 'javascript'],
  // Its own queries run only in files its text prefilter selects.
  kinds: [],
  applies: (text) => /cron|schedule|repeat|setInterval|agenda|Worker|Interval|bull/i.test(text),
  extract(file, facts) {
    const imported = new Set(facts.imports.filter((i) => SCHEDULER_IMPORTS.test(i.source)).map((i) => i.source.replace(/\/v3$/, '')));
    const queues = queueVariables(file);
    const nodes = file.root.findAll({
      rule: {
        any: [
          { kind: 'call_expression', has: { field: 'function', regex: SCHEDULE_CALLEE.source } },
          { kind: 'new_expression', has: { field: 'constructor', regex: CONSTRUCTORS.source } },
        ],
      },
    });
    for (const node of nodes) {
      const isNew = node.kind() === 'new_expression';
      const callee = compact((isNew ? node.field('constructor') : node.field('function'))?.text() ?? '');
      const args = argumentsOf(node.field('arguments'));
      const parts = callee.split('.');
      const method = parts[parts.length - 1]!;
      const receiver = parts.slice(0, -1).join('.');
      const job = (scheduler: string, fields: Partial<ScheduledJobFact>) =>
        facts.scheduledJobs.push({ scheduler, name: null, schedule: null, location: file.location(node), body: EMPTY, handlerRefs: [], task: null, queue: null, requestPath: null, command: null, ...fields });

      if (node.parent()?.kind() === 'decorator') {
        // NestJS: @Cron('0 3 * * *') / @Interval(60_000) on the method that follows.
        if (!imported.has('@nestjs/schedule') || !/^(?:Cron|Interval)$/.test(callee)) continue;
        const decorated = decoratedMethod(node.parent()!);
        if (decorated) job('nestjs-schedule', { schedule: literal(args[0]), handlerRefs: [decorated] });
        continue;
      }
      if (isNew && (callee === 'Queue' || callee === 'Worker')) {
        if (callee === 'Worker' && (imported.has('bullmq') || imported.has('bee-queue'))) handler(file, facts, 'bullmq', literal(args[0]), null, args[1], node);
        continue;
      }
      if ((isNew && /^(?:CronJob|Cron)$/.test(callee)) || (!isNew && /^(?:CronJob\.from|Cron|CronJob)$/.test(callee))) {
        if (!imported.has('cron') && !imported.has('croner')) continue;
        const options = args[0]?.kind() === 'object' ? args[0] : null;
        const tick = options ? propertyValue(options, 'onTick') : args.find((a, i) => i > 0 && isCallable(a)) ?? null;
        job(imported.has('cron') ? 'cron' : 'croner', { schedule: options ? literal(propertyValue(options, 'cronTime')) : literal(args[0]), ...runs(file, facts, tick) });
        continue;
      }
      if (isNew && callee === 'SimpleIntervalJob') {
        job('toad-scheduler', { ...runs(file, facts, args[1] ?? null) });
        continue;
      }
      if (callee === 'setInterval') {
        job('setInterval', { schedule: args[1] ? compact(args[1].text()) : null, ...runs(file, facts, args[0] ?? null) });
        continue;
      }
      if (method === 'schedule' && (imported.has('node-cron') || /^(?:cron|nodeCron)$/.test(receiver))) {
        job('node-cron', { schedule: literal(args[0]), ...runs(file, facts, args[1] ?? null) });
        continue;
      }
      if ((callee === 'scheduleJob' || method === 'scheduleJob') && imported.has('node-schedule')) {
        const fn = args[args.length - 1] ?? null;
        job('node-schedule', { name: args.length > 2 ? literal(args[0]) : null, schedule: literal(args[args.length - 2]), ...runs(file, facts, fn) });
        continue;
      }
      // The queue is often imported from a module of its own: a `repeat` option or a job scheduler is specific enough.
      if (method === 'add' || method === 'upsertJobScheduler') {
        repeatable(file, facts, node, method, receiver, args, queues);
        continue;
      }
      if (method === 'process' && (imported.has('bull') || queues.has(receiver))) {
        const fn = args[args.length - 1];
        const name = args.length > 1 ? literal(args[0]) : null;
        handler(file, facts, 'bull', queues.get(receiver) ?? receiver, name, fn, node);
        continue;
      }
      if ((method === 'every' || method === 'define') && (imported.has('agenda') || imported.has('@hokify/agenda') || /agenda/i.test(receiver))) {
        if (method === 'define') handler(file, facts, 'agenda', null, literal(args[0]), args[args.length - 1], node);
        else for (const name of namesOf(args[1])) job('agenda', { name, task: name, schedule: literal(args[0]) });
        continue;
      }
      if (method === 'task' && receiver === 'schedules' && imported.has('@trigger.dev/sdk')) {
        const options = args[0]?.kind() === 'object' ? args[0] : null;
        if (options) job('trigger.dev', { name: literal(propertyValue(options, 'id')), schedule: literal(propertyValue(options, 'cron')), ...runs(file, facts, propertyValue(options, 'run')) });
        continue;
      }
      if (method === 'createFunction' && imported.has('inngest')) {
        const trigger = args[1]?.kind() === 'object' ? args[1] : null;
        const cronExpr = trigger ? propertyValue(trigger, 'cron') : null;
        if (cronExpr) job('inngest', { name: args[0]?.kind() === 'object' ? literal(propertyValue(args[0], 'id')) : null, schedule: literal(cronExpr), ...runs(file, facts, args[2] ?? null) });
        continue;
      }
      if (method === 'create' && receiver.endsWith('schedule') && imported.has('@temporalio/client')) {
        const options = args[0]?.kind() === 'object' ? args[0] : null;
        const action = options ? propertyValue(options, 'action') : null;
        const workflow = action?.kind() === 'object' ? propertyValue(action, 'workflowType') : null;
        if (workflow) job('temporal', { name: literal(propertyValue(options!, 'scheduleId')), handlerRefs: [literal(workflow) ?? compact(workflow.text())] });
        continue;
      }
      if (callee === 'schedule' && imported.has('@netlify/functions')) {
        job('netlify', { schedule: literal(args[0]), ...runs(file, facts, args[1] ?? null) });
      }
    }
    netlifyConfig(file, facts);
  },
};

/** `const q = new Queue('maintenance')`: variable → queue name. */
function queueVariables(file: SourceFile): Map<string, string> {
  const out = new Map<string, string>();
  for (const decl of file.root.findAll({ rule: { kind: 'variable_declarator', has: { field: 'value', kind: 'new_expression', has: { field: 'constructor', regex: '^Queue$' } } } })) {
    const name = decl.field('name')?.text();
    const queue = literal(argumentsOf(decl.field('value')!.field('arguments'))[0]);
    if (name && queue) out.set(name, queue);
  }
  return out;
}

/** BullMQ/Bull repeatable jobs: `queue.add(name, data, { repeat })`, `queue.upsertJobScheduler(id, { pattern | every }, template)`. */
function repeatable(file: SourceFile, facts: FileFacts, node: SgNode, method: string, receiver: string, args: SgNode[], queues: Map<string, string>): void {
  let name: string | null = null;
  let repeat: SgNode | null = null;
  let data: SgNode | null = null;
  if (method === 'upsertJobScheduler') {
    name = literal(args[0]);
    repeat = args[1] ?? null;
    const template = args[2]?.kind() === 'object' ? args[2] : null;
    name = (template && literal(propertyValue(template, 'name'))) || name;
    data = template ? propertyValue(template, 'data') : null;
  } else {
    // bullmq: add(name, data, opts); bull: add([name,] data, opts)
    const opts = args[args.length - 1];
    repeat = opts?.kind() === 'object' ? propertyValue(opts, 'repeat') : null;
    if (!repeat) return;
    name = args.length >= 3 ? literal(args[0]) : null;
    data = args.length >= 2 ? args[args.length - 2]! : null;
  }
  const values = data?.kind() === 'object' ? stringProperties(data) : null;
  const schedule = repeat?.kind() === 'object' ? literal(propertyValue(repeat, 'pattern') ?? propertyValue(repeat, 'cron')) ?? propertyValue(repeat, 'every')?.text() ?? null : null;
  facts.scheduledJobs.push({
    scheduler: 'bullmq',
    name,
    schedule,
    location: file.location(node),
    body: EMPTY,
    handlerRefs: [],
    task: name,
    queue: queues.get(receiver) ?? receiver,
    requestPath: null,
    command: null,
    ...(values ? { data: values } : {}),
  });
}

/** `{ task: 'purge-sessions', days: 30 }` → `{ task: 'purge-sessions' }`; null when no property is a string. */
function stringProperties(object: SgNode): Record<string, string> | null {
  const out: Record<string, string> = {};
  for (const pair of object.children()) {
    if (pair.kind() !== 'pair') continue;
    const value = pair.field('value');
    const text = value && (value.kind() === 'string' || value.kind() === 'template_string') ? literal(value) : null;
    if (text !== null) out[unquote(pair.field('key')?.text() ?? '')] = text;
  }
  return Object.keys(out).length > 0 ? out : null;
}

function handler(file: SourceFile, facts: FileFacts, framework: string, queue: string | null, name: string | null, fn: SgNode | undefined, node: SgNode): void {
  if (!fn) return;
  const t = runs(file, facts, fn);
  const param = FUNCTION_KINDS.has(kindOf(fn)) ? (fn.field('parameter') ?? fn.field('parameters')?.namedChildren()[0] ?? null) : null;
  const pattern = param && /^(?:required|optional)_parameter$/.test(kindOf(param)) ? param.field('pattern') : param;
  const jobParam = pattern?.kind() === 'identifier' ? pattern.text() : null;
  facts.jobHandlers.push({ framework, queue, name, handlerRef: t.handlerRefs[0] ?? null, location: file.location(node), ...t.body, ...(jobParam ? { jobParam } : {}) });
}

/** What a callback argument runs: an inline function's body, or a function referenced by name. */
function runs(file: SourceFile, facts: FileFacts, node: SgNode | null | undefined): { body: BodySummary; handlerRefs: string[] } {
  if (!node) return { body: EMPTY, handlerRefs: [] };
  const kind = kindOf(node);
  if (FUNCTION_KINDS.has(kind)) return { body: file.summariseNode(node), handlerRefs: passedFunctions(facts, node) };
  if (kind === 'identifier' || kind === 'member_expression') return { body: EMPTY, handlerRefs: [compact(node.text()).replace(/^this\./, '')] };
  if (kind === 'call_expression') {
    // wrap(purge) / purge.bind(this) / () => purge() wrapped: follow the callee and the arguments.
    const fn = node.field('function');
    const callee = compact(fn?.text() ?? '');
    if (callee.endsWith('.bind')) return { body: EMPTY, handlerRefs: [callee.slice(0, -'.bind'.length).replace(/^this\./, '')] };
    const inner = argumentsOf(node.field('arguments')).find(isCallable);
    if (inner) return runs(file, facts, inner);
    return { body: file.summariseNode(node), handlerRefs: [] };
  }
  return { body: EMPTY, handlerRefs: [] };
}

/**
 * Functions an inline callback hands to a wrapper instead of calling them itself:
 * `() => runJob('sessions', purgeExpiredSessions)`, `() => withLock(cleanup.purgeInvites)`.
 * The wrapper calls them; only names the file imports or declares as functions count, so a
 * table or a value passed along is not taken for a job.
 */
function passedFunctions(facts: FileFacts, callback: SgNode): string[] {
  const imported = new Set(facts.imports.map((i) => i.local));
  const declared = new Set(facts.functions.map((f) => f.name));
  const out: string[] = [];
  for (const call of callback.findAll({ rule: { kind: 'call_expression' } })) {
    for (const arg of argumentsOf(call.field('arguments'))) {
      if (arg.kind() !== 'identifier' && arg.kind() !== 'member_expression') continue;
      const ref = compact(arg.text()).replace(/^this\./, '');
      const root = ref.split('.')[0]!;
      if ((imported.has(root) && (ref === root || /^[\w$]+\.[\w$]+$/.test(ref))) || (ref === root && declared.has(ref)) || (arg.text().startsWith('this.') && !ref.includes('.'))) {
        if (!out.includes(ref)) out.push(ref);
      }
    }
  }
  return out;
}

function isCallable(node: SgNode): boolean {
  const kind = kindOf(node);
  return FUNCTION_KINDS.has(kind) || kind === 'identifier' || kind === 'member_expression';
}

/** The `Class.method` a decorator stands on. */
function decoratedMethod(decorator: SgNode): string | null {
  let next = decorator.next();
  while (next && (next.kind() === 'decorator' || !next.isNamed())) next = next.next();
  if (!next || next.kind() !== 'method_definition') return null;
  const method = next.field('name')?.text();
  const cls = next.parent()?.parent()?.field('name')?.text();
  return method ? (cls ? `${cls}.${method}` : method) : null;
}

function propertyValue(object: SgNode, key: string): SgNode | null {
  for (const pair of object.children()) {
    if (pair.kind() === 'pair' && unquote(pair.field('key')?.text() ?? '') === key) return pair.field('value');
    if (pair.kind() === 'method_definition' && pair.field('name')?.text() === key) return pair;
    if (pair.kind() === 'shorthand_property_identifier' && pair.text() === key) return pair;
  }
  return null;
}

function literal(node: SgNode | null | undefined): string | null {
  if (!node) return null;
  const kind = node.kind();
  if (kind === 'string' || (kind === 'template_string' && !node.text().includes('${'))) return unquote(node.text());
  if (kind === 'member_expression') return compact(node.text());
  return null;
}

function namesOf(node: SgNode | undefined): string[] {
  if (!node) return [];
  if (node.kind() === 'array') return node.children().map(literal).filter((n): n is string => n !== null);
  const one = literal(node);
  return one ? [one] : [];
}

/** Netlify scheduled functions: `export const config = { schedule: '@daily' }` beside `export const handler`. */
function netlifyConfig(file: SourceFile, facts: FileFacts): void {
  if (!file.text.includes('schedule') || !/(?:^|\/)netlify\/functions\//.test(file.path)) return;
  for (const decl of file.root.findAll({ rule: { kind: 'variable_declarator', has: { field: 'name', regex: '^config$' } } })) {
    const value = decl.field('value');
    const schedule = value?.kind() === 'object' ? literal(propertyValue(value, 'schedule')) : null;
    if (!schedule) continue;
    const handlers = facts.functions.filter((f) => f.exported && /^(?:handler|default)$/.test(f.name)).map((f) => f.name);
    facts.scheduledJobs.push({ scheduler: 'netlify', name: null, schedule, location: file.location(decl), body: EMPTY, handlerRefs: handlers.length > 0 ? handlers : ['handler'], task: null, queue: null, requestPath: null, command: null });
  }
}
