import type { SgNode } from '@ast-grep/napi';
import type { FileFacts } from '../../core/facts.js';
import type { SourceExtractor } from '../types.js';
import { argumentsOf, compact, type SourceFile, unquote } from '../source.js';
import { keyword } from './common.js';
import { configClasses, forDevelopment, isDevelopmentSettings, productionConfigs, topLevelSettings, type Setting } from './settings-module.js';

const ATTRIBUTES: Record<string, string> = { httponly: 'httpOnly', secure: 'secure', samesite: 'sameSite' };
/** Django's session cookie settings, by the attribute they set. */
const DJANGO_SETTINGS: Record<string, string> = { SESSION_COOKIE_SECURE: 'secure', SESSION_COOKIE_HTTPONLY: 'httpOnly', SESSION_COOKIE_SAMESITE: 'sameSite' };

/**
 * Python cookies: `response.set_cookie(key, value, …, secure=…, httponly=…, samesite=…)`
 * (Starlette/FastAPI, Flask, Django), with the framework's defaults for what is left out, and
 * Django's session cookie settings (`SESSION_COOKIE_SECURE = False`) in a settings module
 * that is not a development one.
 */
export const pythonCookiesExtractor: SourceExtractor = {
  id: 'python-cookies',
  languages: ['python'],
  kinds: [],
  applies: (text) => text.includes('set_cookie') || text.includes('SESSION_COOKIE_'),
  extract(file, facts) {
    if (file.text.includes('set_cookie')) setCookieCalls(file, facts);
    if (file.text.includes('SESSION_COOKIE_')) {
      djangoSettings(file, facts);
      flaskConfig(file, facts);
    }
  },
};

function setCookieCalls(file: SourceFile, facts: FileFacts): void {
  // Starlette's `set_cookie` defaults to `samesite="lax"`; Flask's and Django's set none.
  const starlette = facts.imports.some((i) => /^(?:fastapi|starlette)\b/.test(i.source));
  for (const { node: call, callee } of file.calls) {
    if (!/(?:^|\.)set_cookie$/.test(callee)) continue;
    const args = argumentsOf(call.field('arguments'));
    const nameNode = args[0] && args[0].kind() !== 'keyword_argument' ? args[0] : keyword(args, 'key');
    if (!nameNode) continue;
    const attributes: Record<string, string> = {};
    for (const [python, attribute] of Object.entries(ATTRIBUTES)) {
      const value = keyword(args, python);
      if (value && value.kind() !== 'none') attributes[attribute] = valueText(value);
    }
    const constant = nameNode.kind() === 'identifier' ? moduleString(file.root, nameNode.text()) : null;
    facts.cookies.push({
      name: nameNode.kind() === 'string' ? unquote(nameNode.text()) : (constant ?? compact(nameNode.text())),
      ...(constant !== null ? { constant: nameNode.text() } : {}),
      via: callee,
      attributes,
      ...(starlette ? { defaults: { sameSite: 'lax' } } : {}),
      location: file.location(call),
    });
  }
}

/** The string a module-level constant holds (`REFRESH_COOKIE = "hd_refresh"`), or null. */
function moduleString(root: SgNode, name: string): string | null {
  for (const statement of root.children()) {
    const assignment = statement.kind() === 'expression_statement' ? statement.namedChildren()[0] : null;
    if (assignment?.kind() !== 'assignment' || assignment.field('left')?.text() !== name) continue;
    const value = assignment.field('right');
    return value?.kind() === 'string' && !value.children().some((c) => c.kind() === 'interpolation') ? unquote(value.text()) : null;
  }
  return null;
}

/** `SESSION_COOKIE_SECURE = False`: only what the module writes is recorded; Django's defaults are for the rule. */
function djangoSettings(file: SourceFile, facts: FileFacts): void {
  if (!isDevelopmentSettings(file.path)) pushSettings(file, facts, topLevelSettings(file.root), 'django-settings', new Set(), 'sessionid');
}

/**
 * Flask's session cookie settings, read like Django's: in config classes (`class ProductionConfig(BaseConfig)`, inherited
 * values included, development and testing classes left out), `app.config["SESSION_COOKIE_SECURE"] = False` and
 * `app.config.update(SESSION_COOKIE_SECURE=False)` (not under `if app.debug:`).
 */
function flaskConfig(file: SourceFile, facts: FileFacts): void {
  if (isDevelopmentSettings(file.path)) return;
  const seen = new Set<number>();
  for (const settings of productionConfigs(configClasses(file.root))) pushSettings(file, facts, settings, 'flask-config', seen);
  const written = new Map<string, Setting>();
  for (const node of file.root.findAll({ rule: { kind: 'assignment', has: { field: 'left', kind: 'subscript', regex: 'config\\s*\\[' } } })) {
    const key = node.field('left')?.field('subscript');
    const value = node.field('right');
    if (key?.kind() === 'string' && value && unquote(key.text()) in DJANGO_SETTINGS && !forDevelopment(node)) written.set(unquote(key.text()), { assignment: node, value });
  }
  for (const { node: call, callee } of file.calls) {
    if (!/(?:^|\.)config\.(?:update|from_mapping)$/.test(callee) || forDevelopment(call)) continue;
    for (const arg of argumentsOf(call.field('arguments'))) {
      const name = arg.kind() === 'keyword_argument' ? (arg.field('name')?.text() ?? '') : '';
      const value = arg.field('value');
      if (name in DJANGO_SETTINGS && value) written.set(name, { assignment: arg, value });
    }
  }
  if (written.size > 0) pushSettings(file, facts, written, 'flask-config', seen);
}

/** One cookie fact for a set of session cookie settings, at the weakest one; the same assignment is recorded once. */
function pushSettings(file: SourceFile, facts: FileFacts, settings: ReadonlyMap<string, Setting>, via: string, seen: Set<number>, defaultName = 'session'): void {
  const attributes: Record<string, string> = {};
  let first: SgNode | null = null;
  let weak = false;
  for (const [setting, attribute] of Object.entries(DJANGO_SETTINGS)) {
    const found = settings.get(setting);
    if (!found) continue;
    attributes[attribute] = found.value.kind() === 'none' ? 'false' : valueText(found.value);
    if (!first || (!weak && attributes[attribute] === 'false')) {
      first = found.assignment;
      weak = attributes[attribute] === 'false';
    }
  }
  if (!first || seen.has(first.id())) return;
  seen.add(first.id());
  const name = settings.get('SESSION_COOKIE_NAME')?.value;
  facts.cookies.push({ name: name?.kind() === 'string' ? unquote(name.text()) : defaultName, via, attributes, location: file.location(first) });
}

function valueText(value: SgNode): string {
  if (value.kind() === 'true') return 'true';
  if (value.kind() === 'false') return 'false';
  return value.kind() === 'string' ? unquote(value.text()) : compact(value.text());
}
