import { mkdir, writeFile, access } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { FileFactCache, scan } from '../core/engine.js';
import { ConfigError, ShipshapeError, errorMessage } from '../core/errors.js';
import { PHASES, phaseAtOrAbove, type Phase, type Report } from '../core/model.js';
import type { RuleDefinition } from '../core/rule.js';
import { TOOL_VERSION } from '../core/version.js';
import { FILE_NAMES, FORMATS, render, type Format } from '../report/index.js';
import { createProgress } from '../report/text.js';
import { BUILTIN_RULES } from '../rules/index.js';
import { STARTER_CONFIG } from './starter-config.js';

/** Where the CLI writes: injected so tests run it in-process. */
export interface CliIO {
  stdout: Pick<NodeJS.WriteStream, 'write'> & { isTTY?: boolean };
  stderr: Pick<NodeJS.WriteStream, 'write'> & { isTTY?: boolean };
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
}

/** `--cache` without `--cache-location`: beside the caller, as ESLint's `.eslintcache`. */
const DEFAULT_CACHE_FILE = '.shipshape-cache';

/** Exit codes: 0 no gap at or above fail-on, 1 gaps at or above fail-on, 2 usage or configuration error. */
export const EXIT = { ok: 0, gaps: 1, usage: 2 } as const;

const HELP = `shipshape ${TOOL_VERSION} — phased production-readiness audits for B2B SaaS codebases

Usage:
  shipshape scan [path] [options]   audit a checkout (default: the current folder)
  shipshape rules                   list the rules, by dimension and phase
  shipshape explain <rule-id>       why a rule matters, how to fix it, before/after
  shipshape init [path]             write a commented starter .github/shipshape.yml

Scan options:
  -f, --format <format>   text | json | sarif | markdown | html (default: text)
  -o, --output <dir>      write every format into <dir> (shipshape.json, .sarif, .md, .html, .txt)
      --fail-on <phase>   critical | hardening | polish: exit 1 when gaps at or above it remain
                          (default: the config's fail-on, else critical)
  -c, --config <file>     use this config file instead of .github/shipshape.yml / .shipshape.yml
      --commit <sha>      record the commit scanned in the report
      --cache             keep facts between runs: only changed files are parsed again
      --cache-location <file>
                          where --cache keeps them (default: .shipshape-cache in the
                          current folder)
      --no-color          plain text even on a terminal
  -h, --help              show this help
  -v, --version           print the version

Exit codes: 0 no gap at or above fail-on · 1 gaps at or above fail-on · 2 usage or config error
Docs: shipshape explain <rule-id>; configuration schema: schema/shipshape.schema.json
`;

export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case undefined:
      case '-h':
      case '--help':
      case 'help':
        io.stdout.write(HELP);
        return command === undefined ? EXIT.usage : EXIT.ok;
      case '-v':
      case '--version':
        io.stdout.write(`${TOOL_VERSION}\n`);
        return EXIT.ok;
      case 'scan':
        return await scanCommand(rest, io);
      case 'rules':
        io.stdout.write(listRules(BUILTIN_RULES));
        return EXIT.ok;
      case 'explain':
        return explainCommand(rest, io);
      case 'init':
        return await initCommand(rest, io);
      default:
        io.stderr.write(`shipshape: unknown command '${command}'\n\n${HELP}`);
        return EXIT.usage;
    }
  } catch (error) {
    if (error instanceof ConfigError || error instanceof ShipshapeError) {
      io.stderr.write(`shipshape: ${error.message}\n`);
      return EXIT.usage;
    }
    // Node's own errors may come from another realm (vm contexts): recognise them by code, not class.
    if (isParseArgsError(error)) {
      io.stderr.write(`shipshape: ${error.message}\nRun 'shipshape --help' for usage.\n`);
      return EXIT.usage;
    }
    throw error;
  }
}

function isParseArgsError(error: unknown): error is Error & { code: string } {
  return typeof error === 'object' && error !== null && String((error as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS');
}

async function scanCommand(args: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f' },
      output: { type: 'string', short: 'o' },
      'fail-on': { type: 'string' },
      config: { type: 'string', short: 'c' },
      commit: { type: 'string' },
      cache: { type: 'boolean' },
      'cache-location': { type: 'string' },
      'no-color': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout.write(HELP);
    return EXIT.ok;
  }
  if (positionals.length > 1) throw new ShipshapeError(`scan takes one path, got ${positionals.length}: ${positionals.join(' ')}`);
  const format = (values.format ?? 'text') as Format;
  if (!FORMATS.includes(format)) throw new ShipshapeError(`--format must be one of ${FORMATS.join('|')}, got '${values.format}'`);
  const failOnFlag = values['fail-on'];
  if (failOnFlag !== undefined && !(PHASES as readonly string[]).includes(failOnFlag)) {
    throw new ShipshapeError(`--fail-on must be one of ${PHASES.join('|')}, got '${failOnFlag}'`);
  }
  const root = path.resolve(io.cwd, positionals[0] ?? '.');
  try {
    await access(root);
  } catch {
    throw new ShipshapeError(`cannot scan ${positionals[0] ?? '.'}: no such folder`);
  }

  const progress = createProgress(io.stderr as NodeJS.WriteStream);
  const configPath = values.config ? path.resolve(io.cwd, values.config) : undefined;
  if (values['cache-location'] !== undefined && !values.cache) throw new ShipshapeError('--cache-location is only used with --cache');
  const cache = values.cache ? FileFactCache.load(path.resolve(io.cwd, values['cache-location'] ?? DEFAULT_CACHE_FILE)) : null;
  if (cache?.problem) io.stderr.write(`shipshape: ${cache.problem}\n`);
  const { report, catalogue, config } = await scan({
    root,
    ...(configPath ? { configPath } : {}),
    ...(cache ? { cache } : {}),
    commit: values.commit ?? null,
    onProgress: (done, total) => progress.update(done, total),
  });
  progress.done();
  if (cache) {
    try {
      cache.save();
    } catch (error) {
      // The report stands without it: a cache that cannot be written only costs the next run time.
      io.stderr.write(`shipshape: the fact cache could not be written to ${path.relative(io.cwd, cache.file) || cache.file} (${errorMessage(error)})\n`);
    }
  }

  const color = Boolean(io.stdout.isTTY) && !values['no-color'] && io.env.NO_COLOR === undefined;
  if (values.output) {
    const dir = path.resolve(io.cwd, values.output);
    await mkdir(dir, { recursive: true });
    for (const f of FORMATS) await writeFile(path.join(dir, FILE_NAMES[f]), render(f, report, { catalogue, color: false }));
    io.stderr.write(`shipshape: wrote ${FORMATS.map((f) => FILE_NAMES[f]).join(', ')} to ${path.relative(io.cwd, dir) || '.'}\n`);
  }
  if (!values.output || values.format) io.stdout.write(render(format, report, { catalogue, color }));
  else io.stdout.write(render('text', report, { catalogue, color }));

  const failOn = (failOnFlag as Phase | undefined) ?? config.failOn;
  return blocking(report, failOn) > 0 ? EXIT.gaps : EXIT.ok;
}

/** Gaps at or above the fail-on phase. */
export function blocking(report: Report, failOn: Phase): number {
  return report.gaps.filter((g) => phaseAtOrAbove(g.phase, failOn)).length;
}

export function listRules(rules: readonly RuleDefinition[]): string {
  const lines: string[] = [];
  const width = Math.max(...rules.map((r) => r.id.length));
  for (const phase of PHASES) {
    const inPhase = rules.filter((r) => r.phase === phase);
    if (inPhase.length === 0) continue;
    lines.push(`${phase}:`);
    for (const r of [...inPhase].sort((a, b) => (a.id < b.id ? -1 : 1))) lines.push(`  ${r.id.padEnd(width)}  ${r.title}`);
    lines.push('');
  }
  lines.push(`${rules.length} rules. 'shipshape explain <rule-id>' shows why each matters and how to fix it.`);
  return `${lines.join('\n')}\n`;
}

function explainCommand(args: readonly string[], io: CliIO): number {
  const [id] = args;
  if (!id) throw new ShipshapeError('explain needs a rule id, e.g. shipshape explain security/no-hardcoded-secrets');
  const rule = BUILTIN_RULES.find((r) => r.id === id);
  if (!rule) {
    const near = BUILTIN_RULES.filter((r) => r.id.includes(id.split('/').pop() ?? id)).map((r) => r.id);
    throw new ShipshapeError(`unknown rule '${id}'${near.length > 0 ? ` (did you mean ${near.join(', ')}?)` : ''}; 'shipshape rules' lists them`);
  }
  io.stdout.write(explain(rule));
  return EXIT.ok;
}

export function explain(rule: RuleDefinition): string {
  const indent = (text: string) => text.trimEnd().split('\n').map((l) => `    ${l}`).join('\n');
  const options = Object.entries((rule.options.properties ?? {}) as Record<string, { description?: string; default?: unknown }>);
  return [
    `${rule.id}  (${rule.dimension}, ${rule.phase})`,
    rule.title,
    '',
    'Why it matters',
    indent(rule.why),
    '',
    'How to fix',
    indent(rule.fix),
    '',
    ...(rule.reported ? ['Where it is reported', indent(rule.reported), ''] : []),
    `Before (${rule.example.language})`,
    indent(rule.example.before),
    '',
    'After',
    indent(rule.example.after),
    ...(options.length > 0
      ? ['', 'Options (rules.<id>.options in .github/shipshape.yml)', ...options.map(([k, v]) => `    ${k}: ${v.description ?? ''}\n      default: ${JSON.stringify(v.default)}`)]
      : []),
    ...(rule.references.length > 0 ? ['', 'References', ...rule.references.map((r) => `    ${r}`)] : []),
    '',
  ].join('\n');
}

async function initCommand(args: readonly string[], io: CliIO): Promise<number> {
  const root = path.resolve(io.cwd, args[0] ?? '.');
  const target = path.join(root, '.github', 'shipshape.yml');
  try {
    await access(target);
    throw new ShipshapeError(`${path.relative(io.cwd, target)} already exists; not overwriting it`);
  } catch (error) {
    if (error instanceof ShipshapeError) throw error;
  }
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, STARTER_CONFIG);
  io.stdout.write(`wrote ${path.relative(io.cwd, target) || target}\n`);
  return EXIT.ok;
}

export { errorMessage };
