import type { CookieFact } from '../../core/facts.js';
import type { RuleCheck } from '../types.js';

/** What session middleware does when an attribute is not given (express-session: httpOnly on, secure off, no sameSite). */
const DEFAULTS: Record<string, Record<string, string>> = {
  'express-session': { httpOnly: 'true', path: '/' },
  'cookie-session': { httpOnly: 'true' },
  'fastify-session': { httpOnly: 'true' },
  'fastify-secure-session': { httpOnly: 'true' },
  'koa-session': { httpOnly: 'true' },
};

export const sessionCookiesAreSecure: RuleCheck = {
  id: 'security/session-cookies-are-secure',
  check({ facts, options, report }) {
    const names = (Array.isArray(options.sessionCookieNames) ? options.sessionCookieNames : []).map((p) => new RegExp(String(p), 'i'));
    const required = Array.isArray(options.requiredAttributes) ? options.requiredAttributes.map(String) : ['httpOnly', 'secure', 'sameSite'];
    let cookies = 0;
    for (const file of facts.fileFacts) {
      for (const cookie of file.cookies) {
        const middleware = cookie.via in DEFAULTS;
        if (!middleware && (cookie.name === null || !names.some((p) => p.test(cookie.name!)))) continue;
        cookies++;
        const missing = weakAttributes(cookie, required);
        if (missing.length === 0) continue;
        const name = cookie.name ?? (middleware ? `${cookie.via} session cookie` : 'cookie');
        report({
          messageId: 'weak',
          data: { name, via: cookie.via, missing: missing.join(', '), path: file.path, line: cookie.location.startLine },
          location: cookie.location,
          anchor: `${cookie.via} ${name}`,
        });
      }
    }
    if (cookies === 0) return 'not-applicable';
  },
};

/** The required attributes that are absent or switched off (`false`, `'none'` for sameSite). Expressions (`secure: isProd`) are trusted. */
function weakAttributes(cookie: CookieFact, required: readonly string[]): string[] {
  const attrs = { ...DEFAULTS[cookie.via], ...cookie.attributes };
  const out: string[] = [];
  for (const name of required) {
    const value = attrs[name];
    if (value === undefined) out.push(`${name} not set`);
    else if (value === 'false') out.push(`${name}: false`);
    else if (name === 'sameSite' && /^none$/i.test(value) && attrs.secure !== 'true') out.push(`sameSite: '${value}' without secure`);
  }
  return out;
}
