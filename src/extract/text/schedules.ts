import { parseAllDocuments } from 'yaml';
import type { BodySummary, DataOpFact, FileFacts, ScheduledJobFact } from '../../core/facts.js';
import type { Location } from '../../core/model.js';
import { classifySql } from '../data.js';
import type { TextExtractor } from '../types.js';

const EMPTY: BodySummary = { calls: [], dataOps: [] };
const WORKFLOW = /(?:^|\/)\.github\/workflows\/[^/]+\.ya?ml$/;
const CRONTAB = /(?:^|\/)(?:crontab|[^/]+\.crontab|[^/]+\.cron|cron\.d\/[^/]+)$/;

/**
 * Schedules kept in configuration: Vercel crons (`vercel.json` → the route they request),
 * GitHub workflows `on: schedule`, Kubernetes CronJobs, Render cron services, crontab files
 * and pg_cron `cron.schedule(…)` in SQL migrations. A schedule that runs `npm run db:cleanup`
 * is followed through the package.json scripts the package-json extractor records.
 */
export const schedulesExtractor: TextExtractor = {
  id: 'schedules',
  accepts: (path) => /(?:^|\/)(?:vercel\.json|render\.ya?ml)$/.test(path) || /\.(?:ya?ml|sql)$/.test(path) || CRONTAB.test(path),
  extract(path, text, facts) {
    const base = path.slice(path.lastIndexOf('/') + 1);
    if (base === 'vercel.json') return vercelCrons(path, text, facts);
    if (path.endsWith('.sql')) return pgCron(path, text, facts);
    if (CRONTAB.test(path)) return crontab(path, text, facts);
    if (WORKFLOW.test(path)) return workflow(path, text, facts);
    if (/\bkind:\s*CronJob\b/.test(text) || (/^render\.ya?ml$/.test(base) && /type:\s*cron/.test(text))) yamlSchedules(path, text, facts);
  },
};

function job(fields: Partial<ScheduledJobFact> & { scheduler: string; location: Location }): ScheduledJobFact {
  return { name: null, schedule: null, body: EMPTY, handlerRefs: [], task: null, queue: null, requestPath: null, command: null, ...fields };
}

function lineLocation(path: string, text: string, offset: number): Location {
  const before = text.slice(0, Math.max(0, offset));
  const line = before.split('\n').length;
  const lineText = text.split('\n')[line - 1] ?? '';
  return { path, startLine: line, endLine: line, startColumn: 1, endColumn: lineText.length + 1 };
}

function vercelCrons(path: string, text: string, facts: FileFacts): void {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return;
  }
  const crons = (data as { crons?: unknown } | null)?.crons;
  if (!Array.isArray(crons)) return;
  let from = 0;
  for (const entry of crons as { path?: unknown; schedule?: unknown }[]) {
    if (typeof entry?.path !== 'string') continue;
    const at = text.indexOf(JSON.stringify(entry.path), from);
    if (at >= 0) from = at + 1;
    facts.scheduledJobs.push(
      job({ scheduler: 'vercel', schedule: typeof entry.schedule === 'string' ? entry.schedule : null, requestPath: entry.path.split('?')[0]!, location: lineLocation(path, text, at) }),
    );
  }
}

/** A GitHub workflow with `on: schedule`: its `run:` steps are what runs. */
function workflow(path: string, text: string, facts: FileFacts): void {
  if (!/\bschedule\s*:/.test(text)) return;
  for (const doc of parseAllDocuments(text)) {
    if ('errors' in doc && doc.errors.length > 0) {
      brokenWorkflow(path, text, facts);
      continue;
    }
    const data = doc.toJS() as Record<string, unknown> | null;
    const on = (data?.on ?? data?.true) as Record<string, unknown> | null | undefined;
    const schedule = on && typeof on === 'object' && Array.isArray(on.schedule) ? (on.schedule as { cron?: unknown }[]) : null;
    if (!schedule) continue;
    const crons = schedule.map((s) => s?.cron).filter((c): c is string => typeof c === 'string');
    const commands: string[] = [];
    for (const jobSpec of Object.values((data?.jobs ?? {}) as Record<string, { steps?: { run?: unknown }[] }>)) {
      for (const step of jobSpec?.steps ?? []) if (typeof step?.run === 'string') commands.push(step.run);
    }
    const at = text.search(/^\s*-?\s*cron\s*:/m);
    facts.scheduledJobs.push(
      job({ scheduler: 'github-actions', name: typeof data?.name === 'string' ? data.name : null, schedule: crons.join(', ') || null, command: commands.join('\n') || null, location: lineLocation(path, text, at) }),
    );
  }
}

/**
 * A scheduled workflow YAML cannot parse, typically a one-line `run:` with an unquoted header
 * (`curl -H "X-Cron-Secret: ${{ secrets.CRON_SECRET }}" https://…`, where `: ` starts a mapping):
 * its schedule and one-line `run:` commands are still read line by line, so the routes it requests
 * are known to be a scheduler's.
 */
function brokenWorkflow(path: string, text: string, facts: FileFacts): void {
  const at = text.search(/^\s*-?\s*cron\s*:/m);
  if (at < 0 || !/^on\s*:|^\s+schedule\s*:/m.test(text)) return;
  const crons = [...text.matchAll(/^\s*-?\s*cron\s*:\s*["']?([^"'\n]+?)["']?\s*$/gm)].map((m) => m[1]!);
  const commands = [...text.matchAll(/^\s*-?\s*run\s*:[ \t]*([^|>\s].*)$/gm)].map((m) => m[1]!.trim());
  const name = /^name\s*:\s*["']?([^"'\n]+?)["']?\s*$/m.exec(text)?.[1] ?? null;
  facts.scheduledJobs.push(job({ scheduler: 'github-actions', name, schedule: crons.join(', ') || null, command: commands.join('\n') || null, location: lineLocation(path, text, at) }));
}

/** Kubernetes CronJobs and Render cron services. */
function yamlSchedules(path: string, text: string, facts: FileFacts): void {
  for (const doc of parseAllDocuments(text)) {
    if ('errors' in doc && doc.errors.length > 0) continue;
    const data = doc.toJS() as YamlCronJob | null;
    const start = doc.range?.[0] ?? 0;
    if (data?.kind === 'CronJob') {
      const containers = data.spec?.jobTemplate?.spec?.template?.spec?.containers ?? [];
      const command = containers.map((c) => [...asList(c.command), ...asList(c.args)].join(' ')).filter(Boolean).join('\n');
      const at = text.slice(start).search(/^\s*schedule\s*:/m);
      facts.scheduledJobs.push(
        job({ scheduler: 'kubernetes', name: data.metadata?.name ?? null, schedule: typeof data.spec?.schedule === 'string' ? data.spec.schedule : null, command: command || null, location: lineLocation(path, text, start + Math.max(0, at)) }),
      );
    }
    for (const service of Array.isArray(data?.services) ? data.services : []) {
      if (service?.type !== 'cron') continue;
      const command = [service.startCommand, service.dockerCommand].filter((c) => typeof c === 'string').join('\n');
      const name = typeof service.name === 'string' ? service.name : null;
      const at = name ? text.indexOf(name, start) : start;
      facts.scheduledJobs.push(job({ scheduler: 'render', name, schedule: typeof service.schedule === 'string' ? service.schedule : null, command: command || null, location: lineLocation(path, text, at) }));
    }
  }
}

/** The parts of a Kubernetes CronJob or a render.yaml that say what runs when. */
interface YamlCronJob {
  kind?: unknown;
  metadata?: { name?: string };
  spec?: { schedule?: unknown; jobTemplate?: { spec?: { template?: { spec?: { containers?: { command?: unknown; args?: unknown }[] } } } } };
  services?: { type?: unknown; name?: unknown; schedule?: unknown; startCommand?: unknown; dockerCommand?: unknown }[];
}

function asList(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** `0 3 * * * app node dist/jobs/purge.js` (the user column is optional). */
function crontab(path: string, text: string, facts: FileFacts): void {
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    const m = /^\s*((?:@\w+)|(?:[\d*/,-]+\s+){4}[\d*/,A-Za-z-]+)\s+(.+)$/.exec(line);
    if (!m || line.trim().startsWith('#')) return;
    facts.scheduledJobs.push(
      job({ scheduler: 'crontab', schedule: m[1]!.trim(), command: m[2]!.trim(), location: { path, startLine: i + 1, endLine: i + 1, startColumn: 1, endColumn: line.length + 1 } }),
    );
  });
}

/** pg_cron: `SELECT cron.schedule('purge', '0 3 * * *', $$DELETE FROM sessions WHERE …$$);` — the statement is the job. */
function pgCron(path: string, text: string, facts: FileFacts): void {
  if (!/cron\.schedule/i.test(text)) return;
  const call = /cron\.schedule\s*\(\s*(?:'([^']*)'\s*,\s*)?'([^']*)'\s*,\s*(\$\w*\$)([\s\S]*?)\3\s*\)|cron\.schedule\s*\(\s*(?:'([^']*)'\s*,\s*)?'([^']*)'\s*,\s*'((?:[^']|'')*)'\s*\)/gi;
  for (const m of text.matchAll(call)) {
    const name = m[1] ?? m[5] ?? null;
    const schedule = m[2] ?? m[6] ?? null;
    const sql = (m[4] ?? m[7] ?? '').replace(/''/g, "'");
    const location = lineLocation(path, text, m.index);
    const dataOps: DataOpFact[] = [];
    for (const statement of sql.split(';')) {
      const op = classifySql('query', statement);
      if (op) dataOps.push({ ...op, callee: 'cron.schedule', location });
    }
    facts.scheduledJobs.push(job({ scheduler: 'pg_cron', name, schedule, location, body: { calls: [], dataOps } }));
  }
}
