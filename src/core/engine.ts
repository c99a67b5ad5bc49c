import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { compilePattern, EXTRACTOR_VERSION, extractTest, extractText, type CompiledPattern } from '../extract/index.js';
import { BUILTIN_RULES, CHECKS_BY_ID } from '../rules/index.js';
import type { GapDraft } from '../rules/types.js';
import { loadConfig, resolveOptions, type Config } from './config.js';
import { errorMessage } from './errors.js';
import type { BareGap, FactCache, RuleResult } from './fact-cache.js';
import { FactIndex } from './fact-index.js';
import type { FileFacts, InlineSuppressionFact } from './facts.js';
import { fingerprint, normaliseAnchor } from './fingerprint.js';
import { DIMENSIONS, PHASE_SEVERITY, PHASES, type Dimension, type Gap, type Location, type Notice, type Report, type RuleRun, type ScanError } from './model.js';
import { inProcessExtractor, workerExtractor } from './extract-pool.js';
import type { RuleDefinition } from './rule.js';
import { countLines, readText, walk, type FileEntry } from './scan.js';
import { applySuppressions } from './suppress.js';
import { loadUserRules } from './user-rules.js';
import { codeDigest, TOOL_VERSION } from './version.js';

export { FileFactCache, MemoryFactCache, type FactCache } from './fact-cache.js';

export interface ScanOptions {
  root: string;
  /** An explicit config file (relative to root or absolute); otherwise the usual locations. */
  configPath?: string;
  commit?: string | null;
  /** Files in flight at once; defaults to four per core so reading, parsing and extraction overlap. */
  concurrency?: number;
  /**
   * Worker threads that parse and extract: 0 keeps everything in-process (parsing still runs
   * on libuv's thread pool). By default they are used on machines with four or more cores and
   * repositories large enough to pay for their start-up: on two cores the extra copying costs
   * more than the main thread's extraction, which already overlaps the parsing.
   */
  threads?: number;
  cache?: FactCache;
  onProgress?: (done: number, total: number) => void;
  /** The date ignore entries expire against (YYYY-MM-DD); today by default. */
  today?: string;
  /** More paths not to scan, on top of the configuration's `exclude` (globs). */
  exclude?: readonly string[];
  /** The built-in rule definitions to use (the rule tester swaps in a definition under test). */
  builtinRules?: readonly RuleDefinition[];
}

export interface ScanResult {
  report: Report;
  /** The rules that ran (built in and the repository's own), for outputs that show rule help. */
  catalogue: RuleDefinition[];
  config: Config;
}

/** Below this many source files, starting worker threads costs more than it saves. */
const THREADS_FROM_FILES = 400;
const SNIPPET_LINES = 8;
const SNIPPET_LINE_CHARS = 240;

/**
 * One scan: files → parse once → extractors → facts → rules → gaps → suppress/phase → report.
 * Throws ConfigError for a broken configuration (nothing is scanned); every other problem
 * with the repository (unreadable or unparsable files) becomes an entry in `report.errors`.
 */
export async function scan(options: ScanOptions): Promise<ScanResult> {
  const started = performance.now();
  const timings: Record<string, number> = {};
  const lap = (name: string, since: number) => {
    timings[`${name}Ms`] = Math.round(performance.now() - since);
    return performance.now();
  };
  const root = path.resolve(options.root);
  let t = performance.now();
  const builtin = options.builtinRules ?? BUILTIN_RULES;
  const userRules = await loadUserRules(root, builtin);
  const catalogue = [...builtin, ...userRules];
  const config = await loadConfig(root, catalogue, options.configPath);
  const enabled = catalogue.filter((r) => config.rules[r.id]?.enabled ?? true);
  const patterns = enabled.filter((r) => r.pattern).map((r) => compilePattern(r.id, r.pattern!));
  t = lap('config', t);

  const walked = await walk(root, { exclude: [...config.exclude, ...(options.exclude ?? [])], maxFileSize: config.maxFileSize });
  const errors: ScanError[] = [...walked.errors];
  const notices: Notice[] = [];
  t = lap('walk', t);

  const extracted = await extractAll(walked.files, config.maxFileSize, patterns, options, errors, notices);
  t = lap('extract', t);

  // The same tree judged by the same rules and configuration concludes the same: reuse it.
  const resultKey = options.cache?.getResult ? treeKey(extracted.digests, walked.errors, config, catalogue, builtin) : null;
  let result = resultKey ? options.cache!.getResult!(resultKey) : undefined;
  if (result) timings.reusedResult = 1;
  else {
    result = judge(walked.files, extracted, enabled, config, t);
    if (resultKey) options.cache!.setResult!(resultKey, result);
  }
  const { runs } = result;
  const gaps = dress(result.gaps, catalogue, extracted.texts, extracted.facts);
  errors.push(...result.errors);
  t = lap('rules', t);

  const inline = new Map<string, InlineSuppressionFact[]>();
  for (const f of extracted.facts) if (f.suppressions.length > 0) inline.set(f.path, f.suppressions);
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const suppression = applySuppressions(gaps, config.ignore, inline, today);
  notices.push(...suppression.notices);
  sortGaps(suppression.gaps);
  sortGaps(suppression.suppressed);
  lap('report', t);
  timings.totalMs = Math.round(performance.now() - started);

  const byDimension = Object.fromEntries(DIMENSIONS.map((d) => [d, 0])) as Record<Dimension, number>;
  const counts = { critical: 0, hardening: 0, polish: 0 };
  for (const gap of suppression.gaps) {
    counts[gap.phase]++;
    byDimension[gap.dimension]++;
  }
  const report: Report = {
    version: 1,
    tool: { name: 'shipshape', version: TOOL_VERSION },
    repository: { root: '.', commit: options.commit ?? null },
    summary: { ...counts, byDimension, suppressed: suppression.suppressed.length },
    gaps: suppression.gaps,
    suppressed: suppression.suppressed,
    rules: runs.sort((a, b) => compare(a.id, b.id)),
    errors: errors.sort((a, b) => compare(a.path ?? '', b.path ?? '') || compare(a.message, b.message)),
    notices: notices.sort((a, b) => compare(a.path ?? '', b.path ?? '') || (a.line ?? 0) - (b.line ?? 0) || compare(a.message, b.message)),
    stats: extracted.stats,
    timings: { ...timings, totalMs: timings.totalMs },
  };
  return { report, catalogue, config };
}

/** Facts → fact index → every enabled rule → gaps (before suppressions). */
function judge(files: readonly FileEntry[], extracted: Extracted, enabled: readonly RuleDefinition[], config: Config, started: number): RuleResult {
  const index = new FactIndex(files, extracted.facts);
  const drafts: { definition: RuleDefinition; draft: GapDraft }[] = [];
  const runs: RuleRun[] = [];
  const errors: ScanError[] = [];
  // SHIPSHAPE_TIMING=1 prints each rule's time to stderr, as ESLint's TIMING does.
  const ruleTimes: [string, number][] | null = process.env.SHIPSHAPE_TIMING ? [['(fact index)', performance.now() - started]] : null;
  for (const definition of enabled) {
    const ruleStarted = ruleTimes ? performance.now() : 0;
    const setting = config.rules[definition.id];
    const phase = setting?.phase ?? definition.phase;
    const run: RuleRun = { id: definition.id, dimension: definition.dimension, phase, status: 'ran' };
    runs.push(run);
    const before = drafts.length;
    try {
      if (definition.pattern) {
        for (const f of index.fileFacts) {
          for (const m of f.matches) {
            if (m.ruleId !== definition.id) continue;
            const data: Record<string, string | number> = { path: m.location.path, line: m.location.startLine };
            for (const [k, v] of Object.entries(m.vars)) data[k] = data[`$${k}`] = v;
            drafts.push({ definition, draft: { messageId: definition.pattern.message, data, location: m.location, anchor: m.anchor } });
          }
        }
      } else {
        const check = CHECKS_BY_ID.get(definition.id);
        if (!check) throw new Error(`rule ${definition.id} has no check`);
        const outcome = check.check({
          facts: index,
          options: resolveOptions(definition, setting),
          config,
          report: (draft) => drafts.push({ definition, draft }),
        });
        if (outcome === 'not-applicable') run.status = 'not-applicable';
      }
      // A draft the rule's messages cannot render is the rule's bug: fail the rule, not the scan.
      for (const { draft } of drafts.slice(before)) renderMessage(definition, draft);
    } catch (error) {
      drafts.length = before;
      run.status = 'error';
      errors.push({ path: null, message: `rule ${definition.id} failed: ${errorMessage(error)}` });
    }
    ruleTimes?.push([definition.id, performance.now() - ruleStarted]);
  }
  if (ruleTimes) printRuleTimes(ruleTimes);
  const phaseOf = new Map(runs.map((r) => [r.id, r.phase]));
  return { gaps: toGaps(drafts, phaseOf), runs, errors };
}

/**
 * What a tree's rule result depends on, as one key: the code that judges, the rules (built in
 * and the repository's own) and the configuration, and every file read, by path and content
 * (and every file that could not be). Dates do not enter: suppressions are applied afterwards.
 */
function treeKey(digests: ReadonlyMap<string, string>, walkErrors: readonly ScanError[], config: Config, catalogue: readonly RuleDefinition[], builtin: readonly RuleDefinition[]): string {
  const hash = createHash('sha1');
  hash.update(`${TOOL_VERSION}\0${EXTRACTOR_VERSION}\0${codeDigest()}\0`);
  // The built-in catalogue is part of the code; another one (the rule tester's) and the repository's own rules are hashed.
  hash.update(JSON.stringify(catalogue.slice(builtin === BUILTIN_RULES ? BUILTIN_RULES.length : 0))).update('\0');
  hash.update(JSON.stringify(config)).update('\0');
  hash.update(JSON.stringify(walkErrors)).update('\0');
  for (const p of [...digests.keys()].sort()) hash.update(`${p}\0${digests.get(p)}\0`);
  return hash.digest('hex');
}

interface Extracted {
  facts: FileFacts[];
  texts: Map<string, string>;
  stats: Report['stats'];
  /** Each file's content digest (or why it was not read), by path: only when the cache keeps rule results. */
  digests: Map<string, string>;
}

async function extractAll(
  files: readonly FileEntry[],
  maxFileSize: number,
  patterns: readonly CompiledPattern[],
  options: ScanOptions,
  errors: ScanError[],
  notices: Notice[],
): Promise<Extracted> {
  const readable = files.filter((f) => f.kind !== 'other');
  const facts: (FileFacts | null)[] = Array.from({ length: readable.length }, () => null);
  const texts = new Map<string, string>();
  const stats = { files: 0, lines: 0, parsed: 0, cached: 0 };
  const digests = new Map<string, string>();
  const wantDigests = options.cache?.getResult !== undefined;
  const sourceCount = readable.filter((f) => f.kind === 'source' && !f.test).length;
  const cores = availableParallelism();
  const threads = options.threads ?? (cores >= 4 && sourceCount >= THREADS_FROM_FILES ? cores - 1 : 0);
  const extractor = (threads > 0 ? workerExtractor(patterns, threads) : null) ?? inProcessExtractor(patterns);
  const patternKey = patterns.length > 0 ? createHash('sha1').update(JSON.stringify(patterns)).digest('hex').slice(0, 12) : '';
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < readable.length) {
      const i = next++;
      const file = readable[i]!;
      const outcome = await readText(file, maxFileSize);
      done++;
      if (!outcome.ok) {
        if (wantDigests) digests.set(file.path, 'error' in outcome ? `error:${outcome.error}` : `skipped:${outcome.skip}`);
        if ('error' in outcome) errors.push({ path: file.path, message: outcome.error });
        options.onProgress?.(done, readable.length);
        continue;
      }
      const { text } = outcome;
      const lines = countLines(text);
      stats.files++;
      stats.lines += lines;
      texts.set(file.path, text);
      // Hash only when there is a cache to ask: it is a cost on the main thread.
      const digest = options.cache ? createHash('sha1').update(text).digest('hex') : '';
      if (wantDigests) digests.set(file.path, digest);
      try {
        if (file.kind === 'source' && file.language && file.test && patterns.length === 0) {
          facts[i] = extractTest(file.path, file.language, text, lines);
        } else if (file.kind === 'source' && file.language) {
          const key = options.cache ? `${EXTRACTOR_VERSION}:${patternKey}:${file.path}:${digest}` : '';
          let fileFacts = options.cache?.get(key);
          if (fileFacts) stats.cached++;
          else {
            fileFacts = await extractor.extract(file.path, file.language, text, lines);
            stats.parsed++;
            options.cache?.set(key, fileFacts);
          }
          facts[i] = fileFacts;
        } else {
          facts[i] = extractText(file.path, text, lines);
        }
      } catch (error) {
        errors.push({ path: file.path, message: `could not be analysed and was skipped: ${errorMessage(error)}` });
      }
      for (const problem of facts[i]?.problems ?? []) {
        if (problem.kind === 'error') errors.push({ path: file.path, message: problem.line ? `line ${problem.line}: ${problem.message}` : problem.message });
        else notices.push({ path: file.path, line: problem.line, message: problem.message });
      }
      options.onProgress?.(done, readable.length);
    }
  };
  const concurrency = Math.max(1, options.concurrency ?? availableParallelism() * 4);
  try {
    await Promise.all(Array.from({ length: Math.min(concurrency, Math.max(1, readable.length)) }, worker));
  } finally {
    await extractor.close();
  }
  return { facts: facts.filter((f): f is FileFacts => f !== null), texts, stats, digests };
}

function printRuleTimes(times: readonly [string, number][]): void {
  const total = times.reduce((sum, [, ms]) => sum + ms, 0) || 1;
  const lines = times.toSorted((a, b) => b[1] - a[1]).map(([id, ms]) => `${id.padEnd(50)} ${ms.toFixed(1).padStart(9)} ms ${((ms / total) * 100).toFixed(1).padStart(5)} %`);
  process.stderr.write(`${'rule'.padEnd(50)} ${'time'.padStart(12)} ${'share'.padStart(7)}\n${lines.join('\n')}\n`);
}

function toGaps(drafts: readonly { definition: RuleDefinition; draft: GapDraft }[], phaseOf: ReadonlyMap<string, Gap['phase']>): BareGap[] {
  const ordered = [...drafts].sort(
    (a, b) =>
      compare(a.definition.id, b.definition.id) ||
      compare(a.draft.location?.path ?? '', b.draft.location?.path ?? '') ||
      (a.draft.location?.startLine ?? 0) - (b.draft.location?.startLine ?? 0) ||
      (a.draft.location?.startColumn ?? 0) - (b.draft.location?.startColumn ?? 0),
  );
  const occurrences = new Map<string, number>();
  return ordered.map(({ definition, draft }) => {
    const { title, message } = renderMessage(definition, draft);
    const filePath = draft.location?.path ?? null;
    const key = `${definition.id}\0${filePath}\0${normaliseAnchor(draft.anchor)}`;
    const occurrence = occurrences.get(key) ?? 0;
    occurrences.set(key, occurrence + 1);
    const phase = phaseOf.get(definition.id) ?? definition.phase;
    return {
      id: fingerprint(definition.id, filePath, draft.anchor, occurrence),
      ruleId: definition.id,
      dimension: definition.dimension,
      phase,
      severity: PHASE_SEVERITY[phase],
      title,
      message,
      location: draft.location ? { ...draft.location } : null,
      related: draft.related ?? [],
    };
  });
}

/**
 * A gap as the report shows it: with its rule's fix and a snippet of its lines (secrets masked).
 * Both follow from the rule and the file, so a kept rule result leaves them out.
 */
function dress(bare: readonly BareGap[], catalogue: readonly RuleDefinition[], texts: ReadonlyMap<string, string>, facts: readonly FileFacts[]): Gap[] {
  const byId = new Map(catalogue.map((d) => [d.id, d]));
  const secretsByPath = new Map(facts.filter((f) => f.secrets.length > 0).map((f) => [f.path, f.secrets.map((s) => s.location)]));
  return bare.map((gap) => {
    const definition = byId.get(gap.ruleId);
    let location: Location | null = gap.location;
    if (location) {
      const snippet = excerpt(texts.get(location.path), location, secretsByPath.get(location.path) ?? []);
      if (snippet) location = { ...location, snippet };
    }
    return { ...gap, location, fix: definition ? firstParagraph(definition.fix) : '', docs: `shipshape explain ${gap.ruleId}` };
  });
}

function renderMessage(definition: RuleDefinition, draft: GapDraft): { title: string; message: string } {
  const template = definition.messages[draft.messageId];
  if (!template) throw new Error(`rule ${definition.id} reported unknown message id '${draft.messageId}'`);
  return { title: fill(template.title, draft.data, definition.id), message: fill(template.message, draft.data, definition.id) };
}

/** Fills `{{name}}` placeholders; an unfilled one is a bug in the rule, caught by the rule tester. */
export function fill(template: string, data: Readonly<Record<string, string | number>>, ruleId: string): string {
  return template.replace(/\{\{\s*(\$?[\w]+)\s*\}\}/g, (_, name: string) => {
    const value = data[name];
    if (value === undefined) throw new Error(`rule ${ruleId}: message placeholder {{${name}}} has no value`);
    return String(value);
  });
}

function firstParagraph(markdown: string): string {
  return markdown.trim().split(/\n\s*\n/)[0]!.replace(/\s*\n\s*/g, ' ');
}

/** The lines of a location, capped, with every secret in the file masked. */
function excerpt(text: string | undefined, location: Location, secrets: readonly Location[]): string | null {
  if (text === undefined) return null;
  const lines = text.split('\n');
  const last = Math.min(location.endLine, location.startLine + SNIPPET_LINES - 1, lines.length);
  const out: string[] = [];
  for (let n = location.startLine; n <= last; n++) {
    let line = lines[n - 1] ?? '';
    for (const s of secrets) {
      if (n < s.startLine || n > s.endLine) continue;
      const from = n === s.startLine ? s.startColumn - 1 : 0;
      const to = n === s.endLine ? s.endColumn - 1 : line.length;
      line = `${line.slice(0, from + 4)}${'*'.repeat(Math.max(0, Math.min(to, line.length) - from - 4))}${line.slice(to)}`;
    }
    out.push(line.length > SNIPPET_LINE_CHARS ? `${line.slice(0, SNIPPET_LINE_CHARS)}…` : line);
  }
  return out.join('\n').replace(/\s+$/, '');
}

function sortGaps<T extends Gap>(gaps: T[]): void {
  gaps.sort(
    (a, b) =>
      PHASES.indexOf(a.phase) - PHASES.indexOf(b.phase) ||
      DIMENSIONS.indexOf(a.dimension) - DIMENSIONS.indexOf(b.dimension) ||
      compare(a.location?.path ?? '', b.location?.path ?? '') ||
      (a.location?.startLine ?? 0) - (b.location?.startLine ?? 0) ||
      compare(a.ruleId, b.ruleId) ||
      compare(a.id, b.id),
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
