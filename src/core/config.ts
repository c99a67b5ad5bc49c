import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import configSchema from '../../schema/shipshape.schema.json' with { type: 'json' };
import { ConfigError, ShipshapeError } from './errors.js';
import { PHASES, type Phase } from './model.js';
import type { RuleDefinition } from './rule.js';
import { YamlFile } from './yaml.js';

export interface RuleSetting {
  enabled: boolean;
  phase: Phase | null;
  options: Record<string, unknown>;
}

export interface IgnoreEntry {
  rule: string | null;
  gap: string | null;
  paths: string[];
  reason: string;
  until: string | null;
  /** Where the entry is, to point at it when it expires. */
  file: string;
  line: number | null;
}

export interface Config {
  /** Repo-relative path of the file read, or null when there is none. */
  file: string | null;
  failOn: Phase;
  rules: Record<string, RuleSetting>;
  exclude: string[];
  maxFileSize: number;
  privacyPolicies: string[];
  ignore: IgnoreEntry[];
  project: string | null;
}

export const CONFIG_LOCATIONS = ['.github/shipshape.yml', '.github/shipshape.yaml', '.shipshape.yml', '.shipshape.yaml'];

export const DEFAULT_CONFIG: Config = {
  file: null,
  failOn: 'critical',
  rules: {},
  exclude: [],
  maxFileSize: 1024 * 1024,
  privacyPolicies: [],
  ignore: [],
  project: null,
};

// ajv-formats is CommonJS with a default export property under ESM interop.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as unknown as (ajv: Ajv) => Ajv;

export function createAjv(): Ajv {
  return addFormats(new Ajv({ allErrors: true, strict: false, useDefaults: true }));
}

let validateConfig: ValidateFunction | null = null;

/**
 * Finds and reads the configuration. A missing file means defaults; a broken one is a
 * ConfigError naming the file, line and key — never a silent fallback to defaults.
 */
export async function loadConfig(root: string, catalogue: readonly RuleDefinition[], explicit?: string): Promise<Config> {
  if (explicit) {
    const absolute = path.resolve(root, explicit);
    let text: string;
    try {
      text = await readFile(absolute, 'utf8');
    } catch (error) {
      throw new ConfigError([new ShipshapeError(`cannot read config ${explicit}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, { file: explicit })]);
    }
    return parseConfig(displayPath(root, absolute), text, catalogue);
  }
  const found: { rel: string; text: string }[] = [];
  for (const rel of CONFIG_LOCATIONS) {
    try {
      found.push({ rel, text: await readFile(path.join(root, rel), 'utf8') });
    } catch {
      // absent: try the next location
    }
  }
  if (found.length > 1) {
    throw new ConfigError([new ShipshapeError(`found ${found.map((f) => f.rel).join(' and ')}: keep one configuration file`, { file: found[1]!.rel })]);
  }
  const [only] = found;
  return only ? parseConfig(only.rel, only.text, catalogue) : { ...DEFAULT_CONFIG };
}

function displayPath(root: string, absolute: string): string {
  const rel = path.relative(root, absolute);
  return rel.startsWith('..') ? absolute : rel.split(path.sep).join('/');
}

/** Parses and validates configuration text. Throws ConfigError listing every problem found. */
export function parseConfig(file: string, text: string, catalogue: readonly RuleDefinition[]): Config {
  let yaml: YamlFile;
  try {
    yaml = YamlFile.parse(file, text);
  } catch (error) {
    throw new ConfigError([error as ShipshapeError]);
  }
  const raw = yaml.value ?? {};
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    throw new ConfigError([new ShipshapeError(`${file}:1: the configuration must be a mapping of keys (fail-on, rules, exclude, ignore…)`, { file, line: 1 })]);
  }
  validateConfig ??= createAjv().compile(configSchema);
  const data = structuredClone(raw) as Record<string, unknown>;
  // A key whose entries are all commented out (`rules:` then comments) reads as null: treat it as absent.
  for (const [key, value] of Object.entries(data)) if (value === null) delete data[key];
  const problems: ShipshapeError[] = [];
  if (!validateConfig(data)) problems.push(...schemaProblems(yaml, validateConfig.errors ?? []));

  const byId = new Map(catalogue.map((r) => [r.id, r]));
  const rules: Record<string, RuleSetting> = {};
  const rawRules = (data.rules ?? {}) as Record<string, unknown>;
  for (const [id, value] of Object.entries(rawRules)) {
    const definition = byId.get(id);
    if (!definition) {
      problems.push(problem(yaml, ['rules'], id, `unknown rule '${id}'${suggest(id, [...byId.keys()])}; \`shipshape rules\` lists them`));
      continue;
    }
    const setting = ruleSetting(value);
    if (!setting) continue; // the schema already reported it
    const optionsProblem = validateOptions(definition, setting.options);
    if (optionsProblem) problems.push(problem(yaml, ['rules', id, 'options'], undefined, `rules.${id}.options: ${optionsProblem}`));
    rules[id] = setting;
  }

  const ignore: IgnoreEntry[] = [];
  const rawIgnore = Array.isArray(data.ignore) ? (data.ignore as Record<string, unknown>[]) : [];
  rawIgnore.forEach((entry, index) => {
    if (!entry || typeof entry !== 'object') return;
    const rule = typeof entry.rule === 'string' ? entry.rule : null;
    if (rule && !byId.has(rule)) {
      problems.push(problem(yaml, ['ignore', index], 'rule', `ignore[${index}].rule: unknown rule '${rule}'${suggest(rule, [...byId.keys()])}`));
    }
    ignore.push({
      rule,
      gap: typeof entry.gap === 'string' ? entry.gap : null,
      paths: Array.isArray(entry.paths) ? (entry.paths as string[]) : [],
      reason: String(entry.reason ?? ''),
      until: typeof entry.until === 'string' ? entry.until : null,
      file,
      line: yaml.lineOf(['ignore', index]),
    });
  });

  if (problems.length > 0) throw new ConfigError(problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)));
  return {
    file,
    failOn: (data['fail-on'] as Phase | undefined) ?? 'critical',
    rules,
    exclude: (data.exclude as string[] | undefined) ?? [],
    maxFileSize: (data['max-file-size'] as number | undefined) ?? DEFAULT_CONFIG.maxFileSize,
    privacyPolicies: ((data.privacy as { policies?: string[] } | undefined)?.policies) ?? [],
    ignore,
    project: (data.project as string | undefined) ?? null,
  };
}

function ruleSetting(value: unknown): RuleSetting | null {
  if (value === 'off') return { enabled: false, phase: null, options: {} };
  if (value === 'on') return { enabled: true, phase: null, options: {} };
  if (typeof value === 'string' && (PHASES as readonly string[]).includes(value)) return { enabled: true, phase: value as Phase, options: {} };
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const v = value as { enabled?: boolean; phase?: Phase; options?: Record<string, unknown> };
    return { enabled: v.enabled ?? true, phase: v.phase ?? null, options: v.options ?? {} };
  }
  return null;
}

const optionValidators = new Map<string, ValidateFunction>();
/** One Ajv for every rule's options: each instance compiles the meta-schema again (~10 ms). */
let optionsAjv: Ajv | null = null;

/** Validates (and fills defaults into) a rule's options; returns a problem description or null. */
export function validateOptions(definition: RuleDefinition, options: Record<string, unknown>): string | null {
  let validate = optionValidators.get(definition.id);
  if (!validate) {
    optionsAjv ??= createAjv();
    validate = optionsAjv.compile({ type: 'object', additionalProperties: false, properties: {}, ...definition.options });
    optionValidators.set(definition.id, validate);
  }
  // Validate a copy: `useDefaults` fills defaults in, and the configuration should keep only what the user wrote.
  if (validate(structuredClone(options))) return null;
  const known = Object.keys((definition.options.properties ?? {}) as Record<string, unknown>);
  return (validate.errors ?? []).map((e) => `${e.instancePath.slice(1).replace(/\//g, '.') || ''}${e.instancePath ? ': ' : ''}${describe(e, 'options', known)}`).join('; ');
}

/** The effective options of a rule: defaults from its schema, then the user's. */
export function resolveOptions(definition: RuleDefinition, setting: RuleSetting | undefined): Record<string, unknown> {
  const options = structuredClone(setting?.options ?? {});
  if (!optionValidators.has(definition.id)) validateOptions(definition, {});
  optionValidators.get(definition.id)!(options);
  return options;
}

function schemaProblems(yaml: YamlFile, errors: readonly ErrorObject[]): ShipshapeError[] {
  // `oneOf` branches produce noise: keep the oneOf summary and drop its branch errors.
  const oneOfPaths = new Set(errors.filter((e) => e.keyword === 'oneOf').map((e) => e.instancePath));
  const kept = errors.filter((e) => e.keyword === 'oneOf' || !(oneOfPaths.has(e.instancePath) && e.schemaPath.includes('/oneOf/')));
  const seen = new Set<string>();
  const out: ShipshapeError[] = [];
  for (const error of kept) {
    const segments = error.instancePath.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
    const pathSegments = segments.map((s) => (/^\d+$/.test(s) ? Number(s) : s));
    const key = error.keyword === 'additionalProperties' ? String(error.params.additionalProperty) : undefined;
    const keyPath = [...segments, ...(key ? [key] : [])].join('.') || '(top level)';
    const text = `${keyPath}: ${describe(error, keyPath)}`;
    if (seen.has(text)) continue;
    seen.add(text);
    out.push(problem(yaml, pathSegments, key, text));
  }
  return out;
}

function describe(error: ErrorObject, keyPath: string, known: readonly string[] = keyPath.includes('.') ? [] : Object.keys(configSchema.properties)): string {
  switch (error.keyword) {
    case 'additionalProperties':
      return `unknown key '${String(error.params.additionalProperty)}'${suggest(String(error.params.additionalProperty), known)}`;
    case 'enum':
      return `must be one of ${(error.params.allowedValues as unknown[]).join('|')}`;
    case 'oneOf':
      return keyPath.startsWith('rules.')
        ? 'must be off, on, a phase (critical|hardening|polish) or a mapping with enabled, phase and options'
        : keyPath.startsWith('ignore.')
          ? 'needs exactly one of `rule` or `gap`'
          : 'matches none or several of the allowed forms';
    case 'required':
      return `missing required key '${String(error.params.missingProperty)}'`;
    case 'type':
      return `must be ${aOrAn(String(error.params.type))}`;
    case 'format':
      return `must be a ${String(error.params.format)}${error.params.format === 'date' ? ' (YYYY-MM-DD)' : ''}`;
    case 'pattern':
      return keyPath.startsWith('rules') ? 'rule ids look like <dimension>/<name>' : `must match ${String(error.params.pattern)}`;
    default:
      return error.message ?? 'is invalid';
  }
}

function aOrAn(type: string): string {
  const word = type === 'object' ? 'mapping' : type === 'array' ? 'list' : type;
  return `${/^[aeiou]/.test(word) ? 'an' : 'a'} ${word}`;
}

function problem(yaml: YamlFile, at: readonly (string | number)[], key: string | undefined, text: string): ShipshapeError {
  const line = yaml.lineOf(at, key);
  return new ShipshapeError(`${yaml.file}${line ? `:${line}` : ''}: ${text}`, { file: yaml.file, line, key: [...at, ...(key ? [key] : [])].join('.') || null });
}

/** ` (did you mean 'x'?)` for a near miss. */
export function suggest(word: string, candidates: readonly string[]): string {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = distance(word, c);
    if (d < bestDistance) {
      bestDistance = d;
      best = c;
    }
  }
  return best && bestDistance <= Math.max(2, Math.floor(word.length / 4)) ? ` (did you mean '${best}'?)` : '';
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}
