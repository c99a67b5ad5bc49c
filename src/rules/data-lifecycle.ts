import path from 'node:path';
import picomatch from 'picomatch';
import type { Config } from '../core/config.js';
import type { FactIndex, LinkedRoute } from '../core/fact-index.js';
import type { BodySummary, CallFact, DataOpFact, FieldWriteFact, FunctionFact, JobHandlerFact, ModelFact, PrivacyClaimFact, ScheduledJobFact } from '../core/facts.js';
import type { RelatedLocation } from '../core/model.js';
import { POLICY_PATH } from '../extract/text/privacy-policy.js';

/**
 * What the privacy and data-lifecycle rules share: which files are privacy policies, what
 * they promise, what every scheduled job really deletes (followed into the repository's own
 * functions, queues, routes and scripts), and how a policy's words name a data model.
 */

const POLICY_HEADING = /\bprivacy (?:policy|notice|statement)\b|\bdatenschutz/i;

/** Files that are privacy policies: the usual places, a document titled so, or `privacy.policies`. */
export function policyFiles(facts: FactIndex, config: Config): string[] {
  const configured = config.privacyPolicies.filter((p) => !/^https?:\/\//i.test(p));
  const isConfigured = configured.length > 0 ? picomatch(configured.flatMap((p) => [p, `${p.replace(/\/$/, '')}/**`]), { dot: true }) : () => false;
  const found = new Set<string>();
  for (const p of facts.paths()) if (POLICY_PATH.test(p) || isConfigured(p)) found.add(p);
  for (const doc of facts.documents()) if (doc.headings.some((h) => h.level <= 2 && POLICY_HEADING.test(h.text)) && !/(?:^|\/)CHANGELOG\.md$/i.test(doc.path)) found.add(doc.path);
  return [...found].toSorted();
}

/** Configured repository paths that match no file: a policy the user thinks is checked but is not. */
export function missingConfiguredPolicies(facts: FactIndex, config: Config): string[] {
  const paths = facts.paths();
  return config.privacyPolicies.filter((p) => !/^https?:\/\//i.test(p)).filter((p) => {
    const match = picomatch([p, `${p.replace(/\/$/, '')}/**`], { dot: true });
    return !paths.some((f) => match(f));
  });
}

export function policyClaims(facts: FactIndex, config: Config, kind: PrivacyClaimFact['kind']): PrivacyClaimFact[] {
  const files = new Set(policyFiles(facts, config));
  const out: PrivacyClaimFact[] = [];
  for (const f of facts.fileFacts) if (files.has(f.path)) out.push(...f.privacyClaims.filter((c) => c.kind === kind));
  return out.toSorted((a, b) => (a.location.path < b.location.path ? -1 : a.location.path > b.location.path ? 1 : a.location.startLine - b.location.startLine));
}

/** The claim a gap is anchored to: the most direct promise (self-service first), then the earliest. */
export function strongestClaim(claims: readonly PrivacyClaimFact[]): PrivacyClaimFact {
  const rank = ['self-service', 'on-request', 'right', 'statement'];
  return claims.toSorted((a, b) => rank.indexOf(a.channel) - rank.indexOf(b.channel))[0]!;
}

export function quote(claim: PrivacyClaimFact): string {
  return claim.sentence.length > 220 ? `${claim.sentence.slice(0, 219)}…` : claim.sentence;
}

export function where(location: { path: string; startLine: number }): string {
  return `${location.path}:${location.startLine}`;
}

/** `Invite`, `invites`, `"public"."invite"`, `invite_tokens` → `invite`, `invitetoken`: one spelling per model or table. */
export function normaliseModel(name: string): string {
  const bare = name.replace(/["'`[\]]/g, '').split('.').pop()!.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (bare.endsWith('ies')) return `${bare.slice(0, -3)}y`;
  if (bare.endsWith('sses') || bare.endsWith('xes')) return bare.slice(0, -2);
  if (bare.endsWith('s') && !bare.endsWith('ss')) return bare.slice(0, -1);
  return bare;
}

/** Every model the repository declares (schemas, ORM classes) plus every table its code writes or reads. */
export function knownModels(facts: FactIndex): { name: string; model: ModelFact | null }[] {
  const out = new Map<string, { name: string; model: ModelFact | null }>();
  const tables = tableNames(facts);
  const seen = (name: string) => tables.spellings(name).some((k) => out.has(k));
  for (const m of declaredModels(facts)) {
    // A Core table is named by its table, not by the variable that holds it.
    const name = isHandle(m) && m.table ? m.table : m.name;
    if (!seen(name)) out.set(normaliseModel(name), { name, model: m });
  }
  for (const op of facts.dataOps()) if (op.model && !seen(op.model)) out.set(normaliseModel(op.model), { name: op.model, model: null });
  return [...out.values()];
}

/** Whether a model is a handle on a table declared elsewhere (SQLAlchemy Core `Table(…)`) rather than its own declaration. */
const isHandle = (m: ModelFact) => m.orm === 'sqlalchemy-core' || m.orm === 'sql';

const declaredCache = new WeakMap<FactIndex, ModelFact[]>();

/**
 * The models the repository declares, one per table: a SQLAlchemy Core `Table("sessions", …)`
 * kept beside the ORM class whose `__tablename__` is `sessions` (a worker's lightweight handle
 * on the API's schema) is the same table, and the class stands for it.
 */
export function declaredModels(facts: FactIndex): ModelFact[] {
  const cached = declaredCache.get(facts);
  if (cached) return cached;
  const all = [...facts.fileFacts].flatMap((f) => f.models);
  const owned = new Set(all.filter((m) => !isHandle(m)).flatMap((m) => [m.name, m.table ?? m.name].map(normaliseModel)));
  // One declaration per table: a `CREATE TABLE` that several migrations repeat, or an ORM's own migration SQL, adds none.
  const core = new Set(all.filter((m) => m.orm === 'sqlalchemy-core').map((m) => normaliseModel(m.table ?? m.name)));
  const tables = new Set<string>();
  const out = all.filter((m) => {
    if (!isHandle(m)) return true;
    const key = normaliseModel(m.table ?? m.name);
    if (owned.has(key)) return false;
    if (m.orm !== 'sql') return true;
    if (core.has(key) || tables.has(key)) return false;
    tables.add(key);
    return true;
  });
  declaredCache.set(facts, out);
  return out;
}

/** The normalised spellings a model name used in code stands for (its own, its table's, a Core table variable's table). */
export function modelSpellings(facts: FactIndex, name: string): string[] {
  return tableNames(facts).spellings(name);
}

interface TableNames {
  /** The normalised spellings a name used in code may stand for: a model and its table (`UserSession`, `sessions`); a Core table's variable stands for its table only. */
  spellings(name: string): string[];
}

const tableCache = new WeakMap<FactIndex, TableNames>();

function tableNames(facts: FactIndex): TableNames {
  const cached = tableCache.get(facts);
  if (cached) return cached;
  const groups = new Map<string, Set<string>>();
  const handles = new Map<string, string>();
  for (const f of facts.fileFacts) {
    for (const m of f.models) {
      if (!m.table && !m.aliases) continue;
      if (isHandle(m) && m.table) {
        handles.set(normaliseModel(m.name), normaliseModel(m.table));
        continue;
      }
      const merged = new Set<string>();
      for (const key of [m.name, m.table ?? m.name, ...(m.aliases ?? [])].map(normaliseModel)) for (const k of groups.get(key) ?? [key]) merged.add(k);
      for (const k of merged) groups.set(k, merged);
    }
  }
  const names: TableNames = {
    spellings(name) {
      const key = normaliseModel(name);
      const table = handles.get(key) ?? key;
      return [...(groups.get(table) ?? [table])];
    },
  };
  tableCache.set(facts, names);
  return names;
}

const WORD_SYNONYMS: Record<string, string[]> = {
  invitation: ['invite'],
  invite: ['invitation'],
  link: ['token'],
  code: ['otp'],
};
/**
 * Heads that name a kind of record only together with what they record: "login history" is the
 * LoginEvent, LoginAttempt or SignInLog model, but never a bare `Event` or `Log` table. Their
 * synonyms apply in compounds only.
 */
const RECORD_HEADS: Record<string, string[]> = {
  history: ['event', 'log', 'attempt', 'activity', 'history'],
  event: ['event', 'log', 'history', 'attempt'],
  attempt: ['attempt', 'event', 'log'],
  activity: ['activity', 'event', 'log'],
};
const GENERIC_HEADS = new Set(['event', 'log', 'attempt']);
/** Things that happen to a link, page or email, recorded one row each: "click events" are the `clicks` table. */
const EVENT_NOUNS = new Set(['click', 'visit', 'pageview', 'view', 'impression', 'open', 'scan', 'hit', 'download']);
/** Spellings of signing in: a model may use any of them whatever the policy says. */
const SIGN_IN = ['login', 'signin', 'auth'];
/** Words that say nothing about which data: "log entries" are logs. */
const FILLER = new Set(['entry', 'record', 'data', 'information', 'detail', 'row']);
/**
 * Qualifiers that do not change what a policy's noun names: "sign-in sessions" are the Session model, "user sessions" the
 * UserSession, "staff invitations" the Invitation (who the rows are for, like "team" or "member"), "pending workspace
 * invitations" the `invitations` table (the tenant they belong to, and the state the promise is about).
 */
const NEUTRAL = new Set(['user', 'signin', 'login', 'auth', 'authentication', 'browser', 'web', 'app', 'account', 'customer', 'member', 'team', 'staff', 'employee', 'active', 'onetime', 'pending', 'workspace', 'organization', 'organisation', 'org', 'company', 'tenant']);

/**
 * The models a retention promise's subject names: "Sign-in sessions" → Session/UserSession,
 * "invitations" → Invite, "audit logs" → AuditLog. A qualifier that is not neutral must be
 * part of the model's name ("IP addresses" is not the Address model).
 */
export function modelsForSubject(subject: string, models: readonly { name: string; model: ModelFact | null }[]): { name: string; model: ModelFact | null }[] {
  const words = subject
    .toLowerCase()
    .replace(/[-'’]/g, '')
    .split(/\s+/)
    .map((w) => normaliseModel(w))
    .filter((w) => w.length > 0 && !FILLER.has(w));
  if (words.length === 0) return [];
  const head = words[words.length - 1]!;
  const keys = new Set<string>();
  // Compounds that end with the head ("audit log" → auditlog), also without neutral qualifiers
  // ("magic sign-in link" → magiclink); the bare head only when every qualifier dropped is neutral.
  const recordHead = RECORD_HEADS[head];
  for (const qualifiers of [words.slice(0, -1), words.slice(0, -1).filter((q) => !NEUTRAL.has(q))]) {
    for (let i = 0; i <= qualifiers.length; i++) {
      if (!qualifiers.slice(0, i).every((q) => NEUTRAL.has(q))) break;
      const kept = qualifiers.slice(i);
      if (recordHead && words.length > 1) {
        // "Login history": the compound in any spelling of signing in (LoginEvent, SignInAttempt, AuthLog); alone, a head
        // as generic as `Event` or `Log` is some other table.
        if (kept.length === 0) {
          if (!GENERIC_HEADS.has(head)) keys.add(head);
          continue;
        }
        // "Click events", "page view events": a qualifier that is itself an event names the table of those events (`clicks`,
        // `page_views`); "payment events" are not the payments.
        if (EVENT_NOUNS.has(kept.join(''))) keys.add(kept.join(''));
        const spellings = kept.length === 1 && SIGN_IN.includes(kept[0]!) ? SIGN_IN.map((q) => [q]) : [kept];
        for (const q of spellings) for (const h of recordHead) keys.add([...q, h].join(''));
        continue;
      }
      for (const h of [head, ...(WORD_SYNONYMS[head] ?? [])]) keys.add([...kept, h].join(''));
    }
  }
  // A reset is a password reset: "reset links" are the PasswordResetToken.
  const prefixes = ['', ...NEUTRAL, 'password'];
  return models.filter((m) => {
    const name = normaliseModel(m.name);
    return [...keys].some((k) => prefixes.some((p) => name === p + k || name === `${p}${k}token`));
  });
}

/** A scheduled job with what it was followed to and what it deletes. */
export interface ResolvedJob {
  job: ScheduledJobFact;
  /** `node-cron '0 3 * * *' (src/jobs/cron.ts:12)` */
  label: string;
  deletes: DataOpFact[];
  calls: CallFact[];
  writes: FieldWriteFact[];
}

/** Commands of frameworks whose built-in cleanups delete known tables. */
const BUILTIN_CLEANUPS: { command: RegExp; models: string[] }[] = [
  { command: /\bmanage\.py\s+clearsessions\b|\bdjango-admin\s+clearsessions\b/, models: ['django_session', 'Session'] },
  { command: /\bmanage\.py\s+flushexpiredtokens\b/, models: ['OutstandingToken', 'BlacklistedToken'] },
  { command: /\bmanage\.py\s+cleartokens\b/, models: ['AccessToken', 'RefreshToken', 'Grant', 'IDToken'] },
];

const resolvedCache = new WeakMap<FactIndex, ResolvedJob[]>();

export function resolvedJobs(facts: FactIndex): ResolvedJob[] {
  const cached = resolvedCache.get(facts);
  if (cached) return cached;
  const resolver = new JobResolver(facts);
  const jobs = [...facts.fileFacts].flatMap((f) => f.scheduledJobs).flatMap((job) => resolver.registered(job)).map((job) => resolver.resolve(job));
  resolvedCache.set(facts, jobs);
  return jobs;
}

/** Scheduled jobs that delete rows of a model (by any spelling of its name). */
export function jobsDeleting(facts: FactIndex, modelNames: readonly string[]): ResolvedJob[] {
  const tables = tableNames(facts);
  const wanted = new Set(modelNames.flatMap((m) => tables.spellings(m)));
  return resolvedJobs(facts).filter((j) => j.deletes.some((op) => op.model !== null && tables.spellings(op.model).some((k) => wanted.has(k))));
}

/** "the scheduled jobs delete only Session (node-cron … at …)" / "no scheduled job deletes anything": what was considered. */
export function describeJobs(jobs: readonly ResolvedJob[]): string {
  const deleting = jobs.filter((j) => j.deletes.some((d) => d.model));
  if (jobs.length === 0) return 'no scheduled job was found (cron, queue repeatables, Vercel crons, scheduled workflows, Celery beat, APScheduler, CronJobs…)';
  if (deleting.length === 0) return `${jobs.length === 1 ? 'the one scheduled job' : `none of the ${jobs.length} scheduled jobs`} (${firstLabels(jobs)}) deletes ${jobs.length === 1 ? 'nothing' : 'anything'}`;
  const models = [...new Set(deleting.flatMap((j) => j.deletes.map((d) => d.model).filter((m): m is string => m !== null)))];
  return `scheduled jobs delete only ${models.join(', ')} (${firstLabels(deleting)})`;
}

/** The first three jobs' labels, and how many more there are: a count in the message matches what it lists. */
function firstLabels(jobs: readonly ResolvedJob[]): string {
  const more = jobs.length - 3;
  return `${jobs.slice(0, 3).map((j) => j.label).join('; ')}${more > 0 ? `; and ${more} more` : ''}`;
}

export function jobRelated(jobs: readonly ResolvedJob[], limit = 3): RelatedLocation[] {
  return jobs.slice(0, limit).map((j) => ({ path: j.job.location.path, startLine: j.job.location.startLine, message: `${j.label} deletes ${[...new Set(j.deletes.map((d) => d.model ?? 'records'))].join(', ') || 'nothing'}` }));
}

/** A body a job runs, and the function it is the body of when it was taken apart (see `JobResolver.specialise`). */
interface Body {
  path: string;
  body: BodySummary;
  fn?: FunctionFact;
}

/** What a processor's job parameter holds for a scheduled job: `job.name` and the literal `job.data.*`. */
function jobValues(job: ScheduledJobFact, param: string): Map<string, string> {
  const values = new Map<string, string>();
  if (job.name) values.set(`${param}.name`, job.name);
  for (const [key, value] of Object.entries(job.data ?? {})) values.set(`${param}.data.${key}`, value);
  return values;
}

class JobResolver {
  private readonly functionsByName = new Map<string, FunctionFact[]>();
  private readonly handlers: JobHandlerFact[];

  constructor(private readonly facts: FactIndex) {
    for (const f of facts.fileFacts) {
      for (const fn of f.functions) {
        const list = this.functionsByName.get(fn.name) ?? [];
        list.push(fn);
        this.functionsByName.set(fn.name, list);
      }
    }
    this.handlers = [...facts.fileFacts].flatMap((f) => f.jobHandlers);
  }

  /**
   * A repository helper that schedules what it is handed — `function job(name, expr, run) {
   * cron.schedule(expr, () => run()) }` — registers one job per call: `job('purge-sessions',
   * '10 3 * * *', purgeExpiredSessions)` schedules `purgeExpiredSessions`. The schedule inside
   * the helper runs a parameter of it (calls it, or is given it); each call site's argument in
   * that position is the job's handler, named by the call's first string argument. A helper
   * nothing calls with a function stays the one job it is.
   */
  registered(job: ScheduledJobFact): ScheduledJobFact[] {
    const file = this.facts.byPath.get(job.location.path);
    if (!file) return [job];
    const run = new Set([...job.handlerRefs, ...job.body.calls.map((c) => c.callee)]);
    const helper = file.functions
      .filter((fn) => fn.location.startLine <= job.location.startLine && fn.location.endLine >= job.location.endLine && fn.params?.some((p) => p !== '' && run.has(p)))
      .sort((a, b) => a.location.endLine - a.location.startLine - (b.location.endLine - b.location.startLine))[0];
    if (!helper) return [job];
    const positions = helper.params!.flatMap((p, i) => (p !== '' && run.has(p) ? [i] : []));
    const out: ScheduledJobFact[] = [];
    for (const { path: from, call } of this.facts.calls()) {
      if (!call.args || this.facts.resolveFunction(from, call.callee) !== helper) continue;
      const refs = positions.map((i) => call.args![i] ?? '').filter((a) => a !== '' && this.facts.resolveFunction(from, a) !== null);
      if (refs.length === 0) continue;
      const location = { path: from, startLine: call.line, endLine: call.line, startColumn: 0, endColumn: 0 };
      // What the helper does around the handler (logging, alerting) stays part of each job.
      const body = { calls: job.body.calls.filter((c) => !helper.params!.includes(c.callee)), dataOps: job.body.dataOps };
      out.push({ ...job, name: call.firstArg ?? job.name, location, body, handlerRefs: [...job.handlerRefs.filter((r) => !helper.params!.includes(r)), ...refs] });
    }
    return out.length > 0 ? out : [job];
  }

  resolve(job: ScheduledJobFact): ResolvedJob {
    const bodies: Body[] = [];
    const from = job.location.path;
    if (job.body.calls.length > 0 || job.body.dataOps.length > 0) bodies.push({ path: from, body: job.body });
    for (const ref of job.handlerRefs) this.addFunction(bodies, from, ref);
    if (job.task) this.addTask(bodies, from, job.task, job);
    if (job.queue) {
      const queue = normaliseQueue(job.queue);
      for (const handler of this.handlers.filter((h) => h.queue !== null && normaliseQueue(h.queue) === queue)) this.addHandler(bodies, handler, job);
    }
    if (job.requestPath) this.addRequest(bodies, job.requestPath);
    const builtin: DataOpFact[] = [];
    if (job.command) {
      for (const cleanup of BUILTIN_CLEANUPS) {
        if (cleanup.command.test(job.command)) for (const model of cleanup.models) builtin.push({ op: 'delete', model, callee: job.command, via: 'command', location: job.location });
      }
      this.addCommand(bodies, from, job.command, 0);
    }
    const deletes: DataOpFact[] = [...builtin];
    const calls: CallFact[] = [];
    const writes: FieldWriteFact[] = [];
    for (const { path: p, body, fn } of bodies) {
      const reached = this.facts.reach(p, body, 4);
      deletes.push(...reached.dataOps.filter((op) => op.op === 'delete'));
      calls.push(...reached.calls);
      writes.push(...fieldWritesIn(this.facts, fn ? [fn, ...reached.via] : reached.via));
    }
    const name = job.name ? ` "${job.name}"` : '';
    const schedule = job.schedule ? ` (${job.schedule})` : '';
    return { job, label: `${job.scheduler} job${name}${schedule} at ${where(job.location)}`, deletes, calls, writes };
  }

  private addFunction(bodies: { path: string; body: BodySummary }[], from: string, ref: string): void {
    const fn = this.facts.resolveFunction(from, ref) ?? this.byDottedPath(ref);
    if (fn) bodies.push({ path: fn.location.path, body: { calls: [{ callee: fn.qualifiedName, line: fn.location.startLine }], dataOps: [] } });
  }

  /** A task named by string: a job handler of that name, or a function at that dotted path (`app.tasks.purge`). */
  private addTask(bodies: { path: string; body: BodySummary }[], from: string, task: string, job: ScheduledJobFact): void {
    const handlers = this.handlers.filter((h) => h.name === task);
    for (const h of handlers) this.addHandler(bodies, h, job);
    if (handlers.length === 0) this.addFunction(bodies, from, task);
  }

  private byDottedPath(ref: string): FunctionFact | null {
    const parts = ref.split('.');
    const name = parts.pop()!;
    const candidates = this.functionsByName.get(name) ?? [];
    if (candidates.length === 1) return candidates[0]!;
    const module = parts.join('/');
    return candidates.find((c) => module && c.location.path.replace(/\.py$/, '').endsWith(module)) ?? null;
  }

  /**
   * A processor runs what the scheduled job's name and data pick: `runCleanup(job.data.task)`
   * with `{ task: 'purge-sessions' }` runs `cleanupTasks['purge-sessions']`, not every task of the
   * table (a key that is not known here leaves them all, see `FactIndex.callees`).
   */
  private addHandler(bodies: Body[], handler: JobHandlerFact, job: ScheduledJobFact): void {
    const from = handler.location.path;
    const body = { calls: handler.calls, dataOps: handler.dataOps };
    bodies.push(...((handler.jobParam && this.specialise(from, body, jobValues(job, handler.jobParam), 3)) || [{ path: from, body }]));
    if (!handler.handlerRef) return;
    const fn = this.facts.resolveFunction(from, handler.handlerRef);
    const param = fn?.params?.[0];
    const special = fn && param ? this.specialise(fn.location.path, fn, jobValues(job, param), 3, fn) : null;
    if (special) bodies.push(...special);
    else this.addFunction(bodies, from, handler.handlerRef);
  }

  /**
   * A body with the values its names are known to hold: a call through a table of functions
   * keyed by one of them runs that entry only, and a call passing one on is followed into the
   * callee with its parameter bound. Null when nothing was narrowed.
   */
  private specialise(from: string, body: BodySummary, values: ReadonlyMap<string, string>, depth: number, fn?: FunctionFact): Body[] | null {
    if (values.size === 0) return null;
    const kept: CallFact[] = [];
    const extra: Body[] = [];
    for (const call of body.calls) {
      const key = call.dispatch ? values.get(call.dispatch.key) : undefined;
      const entry = call.dispatch && key !== undefined ? this.facts.dispatchEntry(from, call.dispatch.table, key) : null;
      if (entry) {
        extra.push({ path: entry.location.path, body: entry, fn: entry });
        continue;
      }
      if (depth > 0 && !call.dispatch && call.args?.some((a) => values.has(a))) {
        const callee = this.facts.resolveFunction(from, call.callee, call.receiverType);
        const bound = new Map<string, string>();
        if (callee?.params) call.args.forEach((a, i) => {
          const value = values.get(a);
          const param = callee.params![i];
          if (value !== undefined && param) bound.set(param, value);
        });
        const inner = callee ? this.specialise(callee.location.path, callee, bound, depth - 1, callee) : null;
        if (inner) {
          extra.push(...inner);
          continue;
        }
      }
      kept.push(call);
    }
    return extra.length > 0 ? [{ path: from, body: { calls: kept, dataOps: body.dataOps }, ...(fn ? { fn } : {}) }, ...extra] : null;
  }

  /** A route the schedule requests: a linked route with that path, or a Next.js route/page file at it. */
  private addRequest(bodies: { path: string; body: BodySummary }[], requestPath: string): void {
    const wanted = requestPath.replace(/\/+$/, '') || '/';
    for (const linked of this.facts.routes().filter((r: LinkedRoute) => r.fullPath === wanted)) {
      bodies.push({ path: linked.route.location.path, body: linked.route });
      if (linked.handler) bodies.push({ path: linked.handler.location.path, body: { calls: [{ callee: linked.handler.qualifiedName, line: linked.handler.location.startLine }], dataOps: [] } });
    }
    const file = new RegExp(`(?:^|/)(?:src/)?(?:app${escape(wanted)}/route|pages${escape(wanted)}(?:/index)?)\\.(?:ts|tsx|js|jsx|mjs)$`);
    for (const f of this.facts.fileFacts) if (file.test(f.path)) this.addFile(bodies, f.path);
  }

  /** Everything a script file runs: its module code and its functions. */
  private addFile(bodies: { path: string; body: BodySummary }[], filePath: string): void {
    const facts = this.facts.byPath.get(filePath);
    if (!facts) return;
    bodies.push({ path: filePath, body: facts.moduleBody });
    for (const fn of facts.functions) bodies.push({ path: filePath, body: fn });
  }

  /** `npm run db:cleanup`, `node dist/jobs/purge.js`, `python -m app.jobs.purge`, `python manage.py purge_invites`, `curl …/api/cron/purge`. */
  private addCommand(bodies: { path: string; body: BodySummary }[], from: string, command: string, depth: number): void {
    if (depth > 3) return;
    for (const line of command.split(/\n|&&|\|\||;/)) {
      // Flags and their values are noise except `-m module`; `--prefix dir` leaves a path that names no script.
      const words = line.trim().split(/\s+/).filter((w) => w === '-m' || (!w.startsWith('-') && !/^(?:sudo|exec|time|env)$/.test(w) && !/^\w+=/.test(w)));
      if (words.length === 0) continue;
      const manager = words.findIndex((w) => /^(?:npm|pnpm|yarn|bun)$/.test(w));
      const run = words.findIndex((w, i) => i > manager && (w === 'run' || w === 'run-script'));
      const script = manager >= 0 ? words[run > manager ? run + 1 : manager + 1] : undefined;
      if (script) {
        for (const f of this.facts.fileFacts) {
          for (const s of f.scripts) if (s.name === script) this.addCommand(bodies, f.path, s.command, depth + 1);
        }
        continue;
      }
      const managePy = words.indexOf('manage.py');
      if (managePy >= 0 && words[managePy + 1]) {
        for (const f of this.facts.fileFacts) if (f.path.endsWith(`/management/commands/${words[managePy + 1]}.py`)) this.addFile(bodies, f.path);
        continue;
      }
      const moduleFlag = words.indexOf('-m');
      if (moduleFlag >= 0 && words[moduleFlag + 1]) {
        const module = words[moduleFlag + 1]!.replace(/\./g, '/');
        for (const f of this.facts.fileFacts) if (f.path.endsWith(`${module}.py`) || f.path.endsWith(`${module}/__main__.py`)) this.addFile(bodies, f.path);
        continue;
      }
      const requested = requestedPath(words);
      if (requested !== undefined) {
        if (requested) this.addRequest(bodies, requested);
        continue;
      }
      for (const word of words) {
        if (!/\.(?:[cm]?[jt]s|py)$/.test(word)) continue;
        for (const candidate of scriptCandidates(word, from)) if (this.facts.byPath.has(candidate)) this.addFile(bodies, candidate);
      }
    }
  }
}

/** Where a script named in a command may live: relative to the repository or to the manifest, with build output mapped back to sources. */
function scriptCandidates(word: string, from: string): string[] {
  const clean = word.replace(/^["']|["']$/g, '').replace(/^\.\//, '');
  const bases = [clean, path.posix.join(path.posix.dirname(from), clean)];
  const out = new Set<string>();
  for (const base of bases) {
    out.add(base);
    const source = base.replace(/(^|\/)(?:dist|build|out)\//, '$1src/');
    for (const b of [base, source]) for (const ext of ['.ts', '.tsx', '.js', '.mjs']) out.add(b.replace(/\.[cm]?[jt]sx?$/, ext));
  }
  return [...out];
}

function normaliseQueue(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '').replace(/queue$/, '');
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Field writes inside the given functions (by location). */
/** The path a `curl https://app/api/cron/purge` (wget, httpie, xh) command line requests; undefined when it is no such command. */
function requestedPath(words: readonly string[]): string | undefined {
  const url = words.find((w) => /^["']?https?:\/\/|^["']?\$\{?\w+\}?\/\S+/.test(w));
  if (!/^(?:curl|wget|http|xh)$/.test(words[0] ?? '') || !url) return undefined;
  return url.replace(/^["']|["']$/g, '').replace(/^https?:\/\/[^/]+|^\$\{?\w+\}?/, '').split('?')[0]!;
}

/**
 * The paths schedules request (a Vercel cron's `path`, a scheduled workflow's `curl …/api/cron/purge`):
 * routes only a scheduler calls, where no user acts.
 */
export function scheduledRequestPaths(facts: FactIndex): Set<string> {
  const paths = new Set<string>();
  const add = (p: string) => paths.add(p.split('?')[0]!.replace(/\/+$/, '') || '/');
  for (const f of facts.fileFacts) {
    for (const job of f.scheduledJobs) {
      if (job.requestPath) add(job.requestPath);
      for (const line of job.command?.split(/\n|&&|\|\||;/) ?? []) {
        const requested = requestedPath(line.trim().split(/\s+/).filter((w) => !w.startsWith('-')));
        if (requested) add(requested);
      }
    }
  }
  return paths;
}

export function fieldWritesIn(facts: FactIndex, functions: readonly FunctionFact[]): FieldWriteFact[] {
  const out: FieldWriteFact[] = [];
  for (const fn of functions) out.push(...fieldWritesBetween(facts, fn.location.path, fn.location.startLine, fn.location.endLine));
  return out;
}

export function fieldWritesBetween(facts: FactIndex, filePath: string, startLine: number, endLine: number): FieldWriteFact[] {
  return (facts.byPath.get(filePath)?.fieldWrites ?? []).filter((w) => w.location.startLine >= startLine && w.location.endLine <= endLine);
}

/** What a route or job reaches, with the field writes made on the way. */
export interface Flow {
  label: string;
  location: { path: string; startLine: number };
  /** Names that say what it is for: the functions it runs, the job's or queue's name. */
  names: string[];
  calls: CallFact[];
  dataOps: DataOpFact[];
  writes: FieldWriteFact[];
  kind: 'route' | 'job' | 'worker';
  route: LinkedRoute | null;
}

const flowCache = new WeakMap<FactIndex, Flow[]>();

/** A Celery hand-off: `app.send_task("worker.tasks.export.export_user_data", …)` names the task; `export_user_data.delay(…)` calls it. */
const SEND_TASK = /(?:^|\.)send_task$/;
const TASK_CALL = /(?:^|\.)(\w+)\.(?:delay|apply_async)$/;
interface TaskIndex {
  /** `@shared_task(name="exports.user_data")` → its functions. */
  byTaskName: Map<string, FunctionFact[]>;
  /** Module-level Python functions by name. */
  byName: Map<string, FunctionFact[]>;
}
const taskIndexes = new WeakMap<FactIndex, TaskIndex>();

function taskIndex(facts: FactIndex): TaskIndex {
  let index = taskIndexes.get(facts);
  if (index) return index;
  index = { byTaskName: new Map(), byName: new Map() };
  const add = (map: Map<string, FunctionFact[]>, key: string, fn: FunctionFact) => map.set(key, [...(map.get(key) ?? []), fn]);
  for (const f of facts.fileFacts) {
    if (!f.path.endsWith('.py')) continue;
    for (const fn of f.functions) if (fn.qualifiedName === fn.name) add(index.byName, fn.name, fn);
    for (const h of f.jobHandlers) {
      const fn = h.framework === 'celery' && h.name ? f.functions.find((x) => x.qualifiedName === h.handlerRef) : undefined;
      if (fn) add(index.byTaskName, h.name!, fn);
    }
  }
  taskIndexes.set(facts, index);
  return index;
}

/** The task functions a call hands work to, by the task's name: its `name=` (`@shared_task(name=…)`), or its module path and function name. */
function handedOffTo(facts: FactIndex, call: CallFact): FunctionFact[] {
  const named = SEND_TASK.test(call.callee) ? call.firstArg : TASK_CALL.exec(call.callee)?.[1];
  if (!named) return [];
  const index = taskIndex(facts);
  const explicit = index.byTaskName.get(named);
  if (explicit) return explicit;
  const parts = named.split('.');
  const candidates = index.byName.get(parts.pop()!) ?? [];
  if (candidates.length <= 1) return candidates;
  // `worker.tasks.export.export_user_data`: the one in worker/tasks/export.py.
  const module = parts.join('/');
  return candidates.filter((c) => module && c.location.path.replace(/(?:\/__init__)?\.py$/, '').endsWith(module));
}

/**
 * What an entry point reaches, following hand-offs to task queues too: a route that sends a task to a worker
 * (`celery.send_task("…export_user_data")`, `task.delay(…)`) does, through the worker, what the task does.
 */
function reachWithHandOffs(facts: FactIndex, fromPath: string, body: BodySummary, depth: number): BodySummary & { via: FunctionFact[] } {
  const reached = facts.reach(fromPath, body, depth);
  const seen = new Set(reached.via);
  for (let round = 0; round < 2; round++) {
    const tasks = [...new Set(reached.calls.flatMap((c) => handedOffTo(facts, c)))].filter((fn) => !seen.has(fn));
    if (tasks.length === 0) break;
    for (const task of tasks) {
      seen.add(task);
      const inner = facts.reach(task.location.path, { calls: [{ callee: task.qualifiedName, line: task.location.startLine }], dataOps: [] }, depth);
      for (const fn of inner.via) if (!reached.via.includes(fn)) {
        seen.add(fn);
        reached.via.push(fn);
        reached.calls.push(...fn.calls);
        reached.dataOps.push(...fn.dataOps);
      }
    }
  }
  return reached;
}
const NEXT_ROUTE_FILE = /(?:^|\/)app\/(.+)\/route\.(?:ts|tsx|js|jsx|mjs)$/;
const NEXT_ACTIONS_FILE = /(?:^|\/)app\/(?:.+\/)?actions\.(?:ts|tsx|js|jsx)$|(?:^|\/)(?:app|src)\/actions\/[^/]+\.(?:ts|js)$/;
const HTTP_METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);

/** `mutation account.deactivate`; a procedure whose router's mount was not found is named with its router (`mutation deactivate of accountRouter`). */
function trpcLabel(r: LinkedRoute): string {
  const kind = r.route.method === 'POST' ? 'mutation' : 'query';
  const dotted = r.fullPath.replace(/^\//, '').replace(/\//g, '.');
  const mounted = r.mounts.some((m) => m.framework === 'trpc' && m.prefix !== '');
  return !mounted && r.route.router ? `${kind} ${dotted} of ${r.route.router}` : `${kind} ${dotted}`;
}

/** Every entry point a user or a schedule can trigger: routes, scheduled jobs and queue workers. */
export function flows(facts: FactIndex): Flow[] {
  const cached = flowCache.get(facts);
  if (cached) return cached;
  const out: Flow[] = [];
  flowCache.set(facts, out);
  for (const r of facts.routes()) {
    const body: BodySummary = r.handler ? { calls: [...r.route.calls, { callee: r.handler.qualifiedName, line: r.handler.location.startLine }], dataOps: r.route.dataOps } : r.route;
    const reached = reachWithHandOffs(facts, r.route.location.path, body, 4);
    const loc = r.route.location;
    out.push({
      // A server action has no URL of its own: it is named by its function.
      label: r.route.framework === 'next-action' ? `server action ${r.route.path.replace(/^\//, '')}` : r.route.framework === 'trpc' ? trpcLabel(r) : `${r.route.method} ${r.fullPath}`,
      location: loc,
      // A Django view is its own handler, named by its router (`export_my_data`, `MyDataExportView`): that name is the flow's too.
      names: [...(!r.handler && r.route.framework.startsWith('django') && r.route.router ? [r.route.router] : []), ...reached.via.map((f) => f.name)],
      calls: reached.calls,
      dataOps: reached.dataOps,
      writes: [...fieldWritesBetween(facts, loc.path, loc.startLine, loc.endLine), ...fieldWritesIn(facts, reached.via)],
      kind: 'route',
      route: r,
    });
  }
  // Next.js route handlers and server actions are entry points too; counted here from the file
  // layout so these rules hold whether or not a Next.js route extractor is present.
  const seen = new Set(out.map((f) => `${f.location.path}:${f.location.startLine}`));
  for (const f of facts.fileFacts) {
    const routeFile = NEXT_ROUTE_FILE.exec(f.path);
    const actions = NEXT_ACTIONS_FILE.test(f.path);
    if (!routeFile && !actions) continue;
    for (const fn of f.functions) {
      if (!fn.exported || (routeFile && !HTTP_METHODS.has(fn.name)) || seen.has(`${f.path}:${fn.location.startLine}`)) continue;
      const reached = reachWithHandOffs(facts, f.path, { calls: [{ callee: fn.qualifiedName, line: fn.location.startLine }], dataOps: [] }, 4);
      const routePath = routeFile ? `/${routeFile[1]!}`.replace(/\/\([^)]*\)/g, '').replace(/\[([^\]]+)\]/g, ':$1') : null;
      out.push({
        label: routePath ? `${fn.name} ${routePath}` : `server action ${fn.name}`,
        location: fn.location,
        names: [fn.name, ...reached.via.map((v) => v.name)],
        calls: reached.calls,
        dataOps: reached.dataOps,
        writes: fieldWritesIn(facts, reached.via),
        kind: 'route',
        route: routePath ? { route: { framework: 'nextjs', method: fn.name, path: routePath, location: fn.location, guards: [], handlerRef: null, router: null, calls: fn.calls, dataOps: fn.dataOps }, fullPath: routePath, guards: [], mounts: [], handler: fn } : null,
      });
    }
  }
  for (const j of resolvedJobs(facts)) {
    out.push({ label: j.label, location: j.job.location, names: [j.job.name ?? '', ...j.job.handlerRefs, j.job.task ?? ''].filter(Boolean), calls: j.calls, dataOps: j.deletes, writes: j.writes, kind: 'job', route: null });
  }
  for (const f of facts.fileFacts) {
    for (const h of f.jobHandlers) {
      const body: BodySummary = h.handlerRef ? { calls: [...h.calls, { callee: h.handlerRef, line: h.location.startLine }], dataOps: h.dataOps } : h;
      const reached = reachWithHandOffs(facts, h.location.path, body, 4);
      out.push({
        label: `${h.framework} worker${h.queue ? ` for queue "${h.queue}"` : ''}${h.name ? ` "${h.name}"` : ''} at ${where(h.location)}`,
        location: h.location,
        names: [h.queue ?? '', h.name ?? '', h.handlerRef ?? '', ...reached.via.map((v) => v.name)].filter(Boolean),
        calls: reached.calls,
        dataOps: reached.dataOps,
        writes: [...fieldWritesBetween(facts, h.location.path, h.location.startLine, h.location.endLine), ...fieldWritesIn(facts, reached.via)],
        kind: 'worker',
        route: null,
      });
    }
  }
  return out;
}

/** `exportUserData`, `/account/data-export`, `export_personal_data` → lower-case words. */
/** `deactivatedAt` → `deactivated_at`: options match field names in snake_case whatever the ORM's spelling. */
export function snakeCase(field: string): string {
  return field.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}

export function wordsOf(texts: readonly string[]): string[] {
  return texts
    .flatMap((t) => t.replace(/([a-z0-9])([A-Z])/g, '$1 $2').split(/[^A-Za-z0-9]+/))
    .map((w) => w.toLowerCase())
    .filter(Boolean);
}
