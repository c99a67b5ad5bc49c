import { createHash } from 'node:crypto';
import type { SgNode } from '@ast-grep/napi';
import type { FileFacts, SecretFact } from '../core/facts.js';
import type { SourceExtractor, TextExtractor } from './types.js';
import { type SourceFile, unquote } from './source.js';
import { forDevelopment, isDevelopmentSettings } from './python/settings-module.js';

/** Key formats with a distinctive shape: a match is a secret whatever it is assigned to. */
const KNOWN_FORMATS: { kind: string; pattern: RegExp }[] = [
  { kind: 'AWS access key id', pattern: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/ },
  { kind: 'GitHub token', pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{60,255})\b/ },
  { kind: 'Stripe live key', pattern: /\b(?:sk|rk)_live_[0-9A-Za-z]{20,247}\b/ },
  { kind: 'Stripe webhook secret', pattern: /\bwhsec_[0-9A-Za-z]{24,}\b/ },
  { kind: 'Slack token', pattern: /\bxox[baprs]-[0-9A-Za-z-]{10,250}\b/ },
  { kind: 'Slack webhook URL', pattern: /https:\/\/hooks\.slack\.com\/services\/T[0-9A-Z]{6,}\/B[0-9A-Z]{6,}\/[0-9A-Za-z]{20,}/ },
  { kind: 'Google API key', pattern: /\bAIza[0-9A-Za-z_-]{35}\b/ },
  { kind: 'private key', pattern: /-----BEGIN (?:RSA |EC |DSA |OPENSSH |PGP |ENCRYPTED )?PRIVATE KEY(?: BLOCK)?-----/ },
  { kind: 'SendGrid API key', pattern: /\bSG\.[0-9A-Za-z_-]{22}\.[0-9A-Za-z_-]{43}\b/ },
  { kind: 'OpenAI API key', pattern: /\bsk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}T3BlbkFJ[A-Za-z0-9_-]{20,}\b/ },
  { kind: 'Anthropic API key', pattern: /\bsk-ant-(?:api|admin)\d{2}-[A-Za-z0-9_-]{80,}\b/ },
  { kind: 'npm token', pattern: /\bnpm_[A-Za-z0-9]{36}\b/ },
  { kind: 'Twilio API key', pattern: /\bSK[0-9a-f]{32}\b/ },
  { kind: 'GitLab token', pattern: /\bgl(?:pat|dt|ptt|rt)-[0-9A-Za-z_-]{20,}\b/ },
  { kind: 'Shopify access token', pattern: /\bshp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}\b/ },
  { kind: 'Linear API key', pattern: /\blin_api_[A-Za-z0-9]{40}\b/ },
  { kind: 'HashiCorp Vault token', pattern: /\bhvs\.[A-Za-z0-9_-]{90,}\b/ },
  { kind: 'Doppler token', pattern: /\bdp\.(?:pt|st|sa|ct)\.[A-Za-z0-9]{40,}\b/ },
  { kind: 'PyPI token', pattern: /\bpypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,}\b/ },
  { kind: 'Databricks token', pattern: /\bdapi[a-f0-9]{32}\b/ },
  { kind: 'Sentry auth token', pattern: /\bsntrys_[A-Za-z0-9+/=_-]{60,}/ },
  { kind: 'Telegram bot token', pattern: /\b\d{8,10}:AA[A-Za-z0-9_-]{33}\b/ },
  { kind: 'Azure storage account key', pattern: /AccountKey=[A-Za-z0-9+/]{86}==/ },
  { kind: 'Postman API key', pattern: /\bPMAK-[a-f0-9]{24}-[a-f0-9]{34}\b/ },
  { kind: 'database URL with password', pattern: /\b(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|redis|rediss|amqps?):\/\/[^\s:@/'"`]+:([^\s@/'"`]{6,})@[^\s'"`]+/ },
];

const COMBINED = new RegExp(KNOWN_FORMATS.map((f) => `(${f.pattern.source})`).join('|'), 'g');
/** Index of each format's outer group in COMBINED (formats may have inner groups). */
const GROUP_OF: number[] = [];
{
  let group = 1;
  for (const format of KNOWN_FORMATS) {
    GROUP_OF.push(group);
    group += 1 + new RegExp(`${format.pattern.source}|`).exec('')!.length - 1;
  }
}

/** Values that document a secret rather than being one. */
const PLACEHOLDER = /example|sample|dummy|placeholder|changeme|change_me|your[_-]|xxxx|\*\*\*\*|<[^>]*>|\$\{|\{\{|redacted|localhost|127\.0\.0\.1|password@|:password|:pass@|:secret@|:postgres@|:root@|:admin@|^(?:test|dev|development|local|secret|password|todo|tbd|none|null|false|true)$/i;
/** Generic credential-named values also accept "fake"/"test" words; a known key format with them still counts (a live-format key is a live-format key). */
const GENERIC_PLACEHOLDER = /fake|dummy|test[_-]?(?:key|secret|token)|not[_-]?(?:a[_-]?)?(?:real|secret)/i;

/** Whether a configuration value is a template's placeholder rather than a real value. */
export function isPlaceholder(value: string): boolean {
  return PLACEHOLDER.test(value) || GENERIC_PLACEHOLDER.test(value) || /^(?:x+|\.+|-+|_+|0+)$/i.test(value);
}

/** Names that say a string is a credential; a plural (`API_KEYS`, `CLIENT_SECRETS`) holds several. */
const SECRET_NAME = /(?:^|[_.-]|[a-z])(?:secret|secret_?key|password|passwd|pwd|api_?key|apikey|access_?key|auth_?token|access_?token|private_?key|client_?secret|signing_?key|encryption_?key)s?$/i;

export function redact(value: string): string {
  return `${value.slice(0, 4)}…[redacted ${value.length} chars]`;
}

function hashValue(value: string): string {
  return createHash('sha256').update(value).digest('hex').slice(0, 16);
}

export function shannonEntropy(value: string): number {
  const counts = new Map<string, number>();
  for (const ch of value) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let entropy = 0;
  for (const count of counts.values()) {
    const p = count / value.length;
    entropy -= p * Math.log2(p);
  }
  return entropy;
}

/** A generic credential-looking value: long, varied, no spaces, letters and digits. */
export function looksRandom(value: string): boolean {
  return value.length >= 16 && value.length <= 512 && !/\s/.test(value) && /[A-Za-z]/.test(value) && /\d/.test(value) && shannonEntropy(value) >= 3.5;
}

/** A Docker Compose file: its databases are the developer's, created with the credentials it gives them. */
const COMPOSE_FILE = /(?:^|\/)(?:docker-)?compose(?:[.-][\w.-]+)?\.ya?ml$/i;

/** The service names a Compose file declares (the keys one level under `services:`). */
function composeServices(text: string): Set<string> {
  const names = new Set<string>();
  let indent: number | null = null;
  let inServices = false;
  for (const line of text.split('\n')) {
    if (/^\s*(?:#|$)/.test(line)) continue;
    const m = /^(\s*)([\w.-]+)\s*:/.exec(line);
    const depth = /^\s*/.exec(line)![0].length;
    if (depth === 0) {
      inServices = m?.[2] === 'services';
      indent = null;
      continue;
    }
    if (!inServices || !m) continue;
    indent ??= depth;
    if (depth === indent) names.add(m[2]!);
  }
  return names;
}

/** `postgres://app:s3cret@db:5432/app` in a Compose file whose `db` service it is: the local database's password, not a secret. */
function isComposeDatabase(path: string, url: string, services: () => Set<string>): boolean {
  if (!COMPOSE_FILE.test(path)) return false;
  const host = /@([^:/?\s'"`]+)/.exec(url)?.[1];
  return !!host && services().has(host);
}

/** Finds known key formats line by line (shared by source, test and text files). */
export function scanKnownFormats(path: string, text: string, facts: FileFacts): void {
  const lines = text.split('\n');
  let services: Set<string> | null = null;
  const composeServicesOnce = () => (services ??= composeServices(text));
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.length > 4000) continue;
    COMBINED.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = COMBINED.exec(line))) {
      const index = GROUP_OF.findIndex((g) => m![g] !== undefined);
      const format = KNOWN_FORMATS[index]!;
      const value = m[0];
      const secretPart = format.kind === 'database URL with password' ? (m[GROUP_OF[index]! + 1] ?? value) : value;
      if (PLACEHOLDER.test(value) || PLACEHOLDER.test(secretPart)) continue;
      if (format.kind === 'database URL with password' && isComposeDatabase(path, value, composeServicesOnce)) continue;
      pushSecret(facts, path, format.kind, secretPart, i + 1, m.index + value.indexOf(secretPart));
    }
  }
}

function pushSecret(facts: FileFacts, path: string, kind: string, value: string, line: number, index: number): void {
  const fact: SecretFact = {
    kind,
    redacted: redact(value),
    valueHash: hashValue(value),
    location: { path, startLine: line, endLine: line, startColumn: index + 1, endColumn: index + 1 + value.length },
  };
  if (!facts.secrets.some((s) => s.location.startLine === line && s.location.startColumn === fact.location.startColumn)) facts.secrets.push(fact);
}

/**
 * A credential-like name followed by `=` or `:` and a quote, somewhere in the text (also past a type annotation:
 * `quote_link_secret: str = "…"` in a pydantic `BaseSettings` class, `private secret: string = '…'`). Only
 * files with such a line get the (costly) native query for named literals: object pairs
 * are everywhere, and checking each one natively costs more than parsing the file.
 */
const NAMED_LITERAL_HINT = /(?:secret|passw|pwd|api_?key|apikey|access_?key|token|private_?key|signing_?key|encryption_?key)\w*['"]?(?:\s*:\s*[\w.[\]| ]+?)?\s*[:=]\s*[rbuRBU]?['"`]/i;

/** The same with the literal as a fallback: `jwtSecret: env.JWT_SECRET || 'kR7v…'`, `const apiKey = cfg.key ?? '…'`. */
const NAMED_FALLBACK_HINT = /(?:secret|passw|pwd|api_?key|apikey|access_?key|token|private_?key|signing_?key|encryption_?key)\w*['"]?\s*[:=][^\n;,]*?(?:\|\||\?\?)\s*['"`]/i;

const named = (kind: string, valueField: string) => ({ kind, has: { field: valueField, kind: 'string' } });
const fallback = (kind: string, valueField: string) => ({ kind, has: { field: valueField, kind: 'binary_expression', has: { field: 'right', kind: 'string' } } });
const JS_NAMED = { any: [named('variable_declarator', 'value'), named('pair', 'value'), named('assignment_expression', 'right'), named('public_field_definition', 'value')] };
const JS_NAMED_OR_FALLBACK = { any: [...JS_NAMED.any, fallback('variable_declarator', 'value'), fallback('pair', 'value'), fallback('public_field_definition', 'value')] };
const PY_NAMED = { any: [named('assignment', 'right'), named('keyword_argument', 'value'), named('pair', 'value')] };

/** Source files: known formats anywhere, plus credential-named variables assigned a random-looking literal. */
export const sourceSecrets: SourceExtractor = {
  id: 'secrets',
  languages: ['typescript', 'tsx', 'javascript', 'python'],
  // Its own query, and only in the few files the text hint selects.
  kinds: [],
  extract(file, facts) {
    scanKnownFormats(file.path, file.text, facts);
    const fallbacks = !file.isPython && NAMED_FALLBACK_HINT.test(file.text);
    if (fallbacks || NAMED_LITERAL_HINT.test(file.text)) scanNamedLiterals(file, facts, fallbacks);
    if (!file.isPython && ENV_FALLBACK_HINT.test(file.text)) scanEnvFallbacks(file, facts);
    if (file.isPython && PY_ENV_FALLBACK_HINT.test(file.text) && !isDevelopmentSettings(file.path)) scanPythonEnvFallbacks(file, facts);
  },
};

function scanNamedLiterals(file: SourceFile, facts: FileFacts, fallbacks: boolean): void {
  for (const node of file.root.findAll({ rule: file.isPython ? PY_NAMED : fallbacks ? JS_NAMED_OR_FALLBACK : JS_NAMED })) {
    const nameNode = node.field('name') ?? node.field('key') ?? node.field('left');
    let valueNode = node.field('value') ?? node.field('right');
    if (!nameNode || !valueNode) continue;
    if (valueNode.kind() === 'binary_expression') {
      // Only a fallback (`||`, `??`) stands in for the credential; `'a' + b` builds something else.
      const operator = valueNode.field('operator')?.text() ?? valueNode.children()[1]?.text();
      if (operator !== '||' && operator !== '??') continue;
      valueNode = valueNode.field('right')!;
    }
    const name = subscriptKey(nameNode) ?? unquote(nameNode.text()).replace(/^.*\./, '');
    if (!SECRET_NAME.test(name)) continue;
    // A development settings module or config class is the developer's machine, not production (as for CORS and cookies).
    if (file.isPython && (isDevelopmentSettings(file.path) || forDevelopment(node))) continue;
    const value = unquote(valueNode.text());
    if (!looksRandom(value) || isPlaceholder(value)) continue;
    const { start } = valueNode.range();
    pushSecret(facts, file.path, `hard-coded ${name}`, value, start.line + 1, start.column + 1);
  }
}

/** `app.config["SECRET_KEY"]`: the key a subscript assigns, or null. */
function subscriptKey(node: SgNode): string | null {
  if (node.kind() !== 'subscript') return null;
  const key = node.field('subscript');
  return key?.kind() === 'string' ? unquote(key.text()) : null;
}

/** `env.SOME_SECRET || '…'` / `?? '…'` somewhere in the text: only then is the fallback query run. */
const ENV_FALLBACK_HINT = /env\.\w*(?:secret|passw|pwd|key|token)\w*\s*(?:\|\||\?\?)\s*['"`]/i;

/**
 * `process.env.DB_PASSWORD || 'hX9#mQ2vL7pZ4wK'`: a literal that stands in for a credential-named variable is that
 * credential, even when it is too short for the random-looking test.
 */
function scanEnvFallbacks(file: SourceFile, facts: FileFacts): void {
  if (!file.text.includes('env')) return;
  const rule = { kind: 'binary_expression', all: [{ has: { field: 'right', kind: 'string' } }, { has: { field: 'left', regex: '^(?:process\\.env|import\\.meta\\.env)\\.' } }] };
  for (const node of file.root.findAll({ rule })) {
    const operator = node.field('operator')?.text() ?? node.children()[1]?.text();
    if (operator !== '||' && operator !== '??') continue;
    const left = node.field('left');
    const right = node.field('right')!;
    const m = left ? /^(?:process\.env|import\.meta\.env)\.([A-Za-z_][A-Za-z0-9_]*)$/.exec(left.text().replace(/\s+/g, '')) : null;
    if (!m || !SECRET_NAME.test(m[1]!)) continue;
    const value = unquote(right.text());
    if (value.length < 8 || /\s/.test(value) || isPlaceholder(value) || shannonEntropy(value) < 3) continue;
    const { start } = right.range();
    pushSecret(facts, file.path, `hard-coded ${m[1]} fallback`, value, start.line + 1, start.column + 1);
  }
}

/** `os.environ.get("X", "…")`, `os.getenv("X", "…")`, `env("X", default="…")`, `config("X", default="…")` somewhere in the text. */
const PY_ENV_FALLBACK_HINT = /(?:environ\.get|getenv|\benv(?:\.\w+)?|\bconfig)\s*\(\s*['"][^'"]+['"]\s*,/;
/** The environment readers whose second argument (or `default=`) is the value used when the variable is unset. */
const PY_ENV_READER = /^(?:os\.environ\.get|environ\.get|os\.getenv|getenv|env(?:\.(?:str|bytes))?|config)$/;

/**
 * `SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "p4Lq9#vX…")`: the literal a credential falls back to when
 * the variable is unset is that credential, committed. Either the variable or the setting must be credential-named;
 * placeholders, empty strings and development settings modules are not secrets.
 */
function scanPythonEnvFallbacks(file: SourceFile, facts: FileFacts): void {
  // The file's calls are already indexed with their callees: no second walk of the tree.
  for (const { node: call, callee } of file.calls) {
    if (!PY_ENV_READER.test(callee)) continue;
    const args = call.field('arguments')?.namedChildren() ?? [];
    const variable = args[0]?.kind() === 'string' ? unquote(args[0].text()) : null;
    if (!variable) continue;
    const keyword = args.find((a) => a.kind() === 'keyword_argument' && a.field('name')?.text() === 'default')?.field('value');
    // `env("X", default=…)` / `config("X", default=…)` name the default; `os.environ.get("X", "…")` passes it second.
    const fallbackNode = keyword ?? (/environ\.get|getenv/.test(callee) && args[1]?.kind() === 'string' ? args[1] : null);
    if (!fallbackNode || fallbackNode.kind() !== 'string') continue;
    const assigned = settingName(call);
    if (!SECRET_NAME.test(variable) && !(assigned && SECRET_NAME.test(assigned))) continue;
    if (forDevelopment(call)) continue;
    const value = unquote(fallbackNode.text());
    if (value.length < 12 || /\s/.test(value) || isPlaceholder(value) || shannonEntropy(value) < 3.5) continue;
    const { start } = fallbackNode.range();
    pushSecret(facts, file.path, `hard-coded ${variable} fallback`, value, start.line + 1, start.column + 1);
  }
}

/** The name a call's value is assigned to or passed as: `SECRET_KEY = …`, `secret_key=…`, `"SECRET_KEY": …`. */
function settingName(call: SgNode): string | null {
  const parent = call.parent();
  if (!parent) return null;
  const name = parent.kind() === 'assignment' ? parent.field('left') : parent.kind() === 'keyword_argument' ? parent.field('name') : parent.kind() === 'pair' ? parent.field('key') : null;
  return name ? (subscriptKey(name) ?? unquote(name.text()).replace(/^.*\./, '')) : null;
}

/** CI configuration: a job's throwaway value for a test run (`DJANGO_SECRET_KEY: ci-insecure-…`) says so in its words. */
const CI_FILE = /(?:^|\/)(?:\.github\/workflows\/[^/]+|\.gitlab-ci\.ya?ml|\.circleci\/[^/]+|azure-pipelines\.ya?ml|bitbucket-pipelines\.ya?ml)$/;
const CI_PLACEHOLDER = /(?:^|[_.-])(?:ci|insecure|testing|throwaway|unsafe)(?:[_.-]|$)/i;

const ENV_ASSIGNMENT = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*[=:]\s*["']?([^\s"'#]+)["']?/;
const TEXT_CONFIG = /(?:^|\/)(?:\.env[^/]*|[^/]+\.(?:ya?ml|json|toml|ini|cfg|conf|properties|tfvars|tf|sh|xml)|Dockerfile[^/]*)$/i;

/** Config files: known formats, and `SECRET_NAME=random-value` assignments (.env, YAML, INI). */
export const textSecrets: TextExtractor = {
  id: 'text-secrets',
  accepts: (path) => TEXT_CONFIG.test(path),
  extract(path, text, facts) {
    scanKnownFormats(path, text, facts);
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
      const m = ENV_ASSIGNMENT.exec(lines[i]!);
      if (!m) continue;
      const [, name, value] = m as unknown as [string, string, string];
      if (!SECRET_NAME.test(name) || !looksRandom(value) || isPlaceholder(value)) continue;
      if (CI_FILE.test(path) && CI_PLACEHOLDER.test(value)) continue;
      pushSecret(facts, path, `hard-coded ${name}`, value, i + 1, lines[i]!.indexOf(value));
    }
  },
};
