import type { SgNode } from '@ast-grep/napi';
import type { FileFacts } from '../../core/facts.js';
import type { SourceExtractor } from '../types.js';
import { argumentsOf, compact, type SourceFile, unquote } from '../source.js';
import { keyword } from './common.js';
import { isDevelopmentSettings, topLevelSettings } from './settings-module.js';

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
    if (file.text.includes('SESSION_COOKIE_')) djangoSettings(file, facts);
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
    facts.cookies.push({
      name: nameNode.kind() === 'string' ? unquote(nameNode.text()) : compact(nameNode.text()),
      via: callee,
      attributes,
      ...(starlette ? { defaults: { sameSite: 'lax' } } : {}),
      location: file.location(call),
    });
  }
}

/** `SESSION_COOKIE_SECURE = False`: only what the module writes is recorded; Django's defaults are for the rule. */
function djangoSettings(file: SourceFile, facts: FileFacts): void {
  if (isDevelopmentSettings(file.path)) return;
  const settings = topLevelSettings(file.root);
  const attributes: Record<string, string> = {};
  let first: SgNode | null = null;
  let weak = false;
  for (const [setting, attribute] of Object.entries(DJANGO_SETTINGS)) {
    const found = settings.get(setting);
    if (!found) continue;
    attributes[attribute] = found.value.kind() === 'none' ? 'false' : valueText(found.value);
    // The gap is where the weakest setting is written.
    if (!first || (!weak && attributes[attribute] === 'false')) {
      first = found.assignment;
      weak = attributes[attribute] === 'false';
    }
  }
  if (!first) return;
  const name = settings.get('SESSION_COOKIE_NAME')?.value;
  facts.cookies.push({ name: name?.kind() === 'string' ? unquote(name.text()) : 'sessionid', via: 'django-settings', attributes, location: file.location(first) });
}

function valueText(value: SgNode): string {
  if (value.kind() === 'true') return 'true';
  if (value.kind() === 'false') return 'false';
  return value.kind() === 'string' ? unquote(value.text()) : compact(value.text());
}
