import type { FactIndex } from '../../core/fact-index.js';
import type { CookieFact } from '../../core/facts.js';
import type { RuleCheck } from '../types.js';

/** What session middleware does when an attribute is not given (express-session: httpOnly on, secure off, no sameSite). */
const DEFAULTS: Record<string, Record<string, string>> = {
  'express-session': { httpOnly: 'true', path: '/' },
  'cookie-session': { httpOnly: 'true' },
  // @fastify/session: httpOnly and secure default to true; sameSite has no default.
  'fastify-session': { httpOnly: 'true', secure: 'true', path: '/' },
  'fastify-secure-session': { httpOnly: 'true' },
  'koa-session': { httpOnly: 'true' },
};

/** Settings that only say what they change (Django settings, Flask config): an attribute left out keeps the framework's default, set elsewhere (a production settings module) as often as not. */
const EXPLICIT_ONLY = new Set(['django-settings', 'flask-config']);

export const sessionCookiesAreSecure: RuleCheck = {
  id: 'security/session-cookies-are-secure',
  check({ facts, options, report }) {
    const names = (Array.isArray(options.sessionCookieNames) ? options.sessionCookieNames : []).map((p) => new RegExp(String(p), 'i'));
    const required = Array.isArray(options.requiredAttributes) ? options.requiredAttributes.map(String) : ['httpOnly', 'secure', 'sameSite'];
    let cookies = 0;
    for (const file of facts.fileFacts) {
      for (const cookie of file.cookies) {
        const middleware = cookie.via in DEFAULTS || EXPLICIT_ONLY.has(cookie.via);
        if (!middleware && (cookie.name === null || !(names.some((p) => p.test(cookie.name!)) || (cookie.constant !== undefined && constantNamesSession(cookie.constant, names))))) continue;
        cookies++;
        const missing = weakAttributes(cookie, required).filter((m) => !EXPLICIT_ONLY.has(cookie.via) || !m.endsWith(' not set'));
        // A base settings module's `SESSION_COOKIE_SECURE = False` overridden by another settings module of the same service.
        if (EXPLICIT_ONLY.has(cookie.via) && overridden(facts, file.path, cookie)) continue;
        if (missing.length === 0) continue;
        const name = cookie.name ?? (middleware ? `${cookie.via} session cookie` : 'cookie');
        report({
          messageId: 'weak',
          data: { name, via: cookie.via, missing: missing.join(', '), path: file.path, line: cookie.location.startLine },
          location: cookie.location,
          // The constant when there is one: the gap keeps its id now that the value is read.
          anchor: `${cookie.via} ${cookie.constant ?? name}`,
        });
      }
    }
    if (cookies === 0) return 'not-applicable';
  },
};

/** The required attributes that are absent or switched off (`false`, `'none'` for sameSite). Expressions (`secure: isProd`) are trusted. */
function weakAttributes(cookie: CookieFact, required: readonly string[]): string[] {
  const attrs = { ...DEFAULTS[cookie.via], ...cookie.defaults, ...cookie.attributes };
  const out: string[] = [];
  // `{ ...options }` that could not be followed may set what is missing: only what is switched off is judged.
  const spread = '...' in cookie.attributes;
  for (const name of required) {
    const value = attrs[name];
    if (value === undefined) {
      if (!spread) out.push(`${name} not set`);
    }
    else if (value === 'false') out.push(`${name}: false`);
    else if (name === 'sameSite' && /^none$/i.test(value) && attrs.secure !== 'true') out.push(`sameSite: '${value}' without secure`);
  }
  return out;
}

/** Whether every attribute this settings module switches off is switched on by another settings module of the same service. */
function overridden(facts: FactIndex, path: string, cookie: CookieFact): boolean {
  const weak = Object.entries(cookie.attributes).filter(([, v]) => v === 'false').map(([k]) => k);
  if (weak.length === 0) return false;
  const service = facts.serviceOf(path);
  const others = [...facts.fileFacts].filter((f) => f.path !== path && facts.serviceOf(f.path) === service).flatMap((f) => f.cookies.filter((c) => c.via === cookie.via));
  return weak.every((attribute) => others.some((c) => c.attributes[attribute] !== undefined && c.attributes[attribute] !== 'false'));
}

/**
 * A constant says what its cookie is when every word of its name, besides `cookie`/`name`/`key`,
 * is a session word: `SESSION_COOKIE = 'app'` and `REFRESH_COOKIE` are session cookies, while
 * `SESSION_PREFS_COOKIE = 'ui_prefs'` holds preferences (its value already said so).
 */
function constantNamesSession(constant: string, names: readonly RegExp[]): boolean {
  const words = (constant.split('.').pop() ?? constant)
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .split(/[_\W]+/)
    .filter((w) => w !== '' && !/^(?:cookie|cookies|name|key)$/i.test(w));
  return words.length > 0 && words.every((w) => names.some((p) => p.test(w)));
}
