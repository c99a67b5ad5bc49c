import type { SgNode } from '@ast-grep/napi';
import type { CookieFact } from '../../core/facts.js';
import type { SourceExtractor } from '../types.js';
import { argumentsOf, compact, unquote } from '../source.js';

const ATTRIBUTES = /^(?:httpOnly|secure|sameSite|domain|path|maxAge|expires|signed|partitioned)$/;
/** Setters whose arguments are (name, value, options): `res.cookie`, `reply.setCookie`, `cookies().set`, Koa's `ctx.cookies.set`. */
const SETTERS = /(?:^|\.)(?:cookie|setCookie)$|(?:^|\.)cookies(?:\(\))?\.set$|^(?:cookieStore|jar)\.set$/;
const SESSION_MIDDLEWARE: Record<string, string> = { 'express-session': 'express-session', 'cookie-session': 'cookie-session', '@fastify/session': 'fastify-session', '@fastify/secure-session': 'fastify-secure-session', 'koa-session': 'koa-session' };

/**
 * Cookies a server sets, with their attributes as written: `res.cookie(name, value, {…})`,
 * Next.js `cookies().set(…)`, Hono `setCookie(c, name, value, {…})`, and session middleware
 * (`express-session`'s `cookie`, `cookie-session`). Which cookies hold a session and which
 * defaults apply is for the rule.
 */
export const cookiesExtractor: SourceExtractor = {
  id: 'cookies',
  languages: ['typescript', 'tsx', 'javascript'],
  applies: (text) => /[Cc]ookie|session/.test(text),
  // Its own queries run only in the files the test above (and, for Next.js, the file's path) selects.
  kinds: [],
  extract(file, facts) {
    const middleware = new Map<string, string>();
    for (const imp of facts.imports) {
      const via = SESSION_MIDDLEWARE[imp.source];
      if (via && imp.local !== '*') middleware.set(imp.local, via);
    }
    // Only calls that can set a cookie are visited: a native filter on the callee instead of every call in JavaScript.
    const names = [...middleware.keys()].map((n) => n.replace(/\$/g, '\\$'));
    const callee = `[Cc]ookie${names.length > 0 ? `|^(?:${names.join('|')})$` : ''}|^(?:cookieStore|jar)\\.set$`;
    for (const call of file.root.findAll({ rule: { kind: 'call_expression', has: { field: 'function', regex: callee } } })) {
      const called = compact(call.field('function')?.text() ?? '');
      const args = argumentsOf(call.field('arguments'));
      const via = middleware.get(called);
      if (via) {
        const options = args[0]?.kind() === 'object' ? args[0] : null;
        const nameNode = options ? entry(options, 'name') : null;
        const cookie = options ? entry(options, 'cookie') : null;
        const attrs = attributesOf(via === 'express-session' || via === 'fastify-session' ? (cookie?.kind() === 'object' ? cookie : null) : options);
        facts.cookies.push({ name: nameNode ? unquote(nameNode.text()) : null, via, attributes: attrs, location: file.location(call) });
        continue;
      }
      if (SETTERS.test(called) || called === 'setCookie') {
        // Hono's setCookie(c, name, value, options) takes the context first.
        const rest = called === 'setCookie' && args.length >= 3 ? args.slice(1) : args;
        const first = rest[0];
        if (!first) continue;
        let fact: CookieFact;
        if (first.kind() === 'object') {
          // cookies().set({ name, value, httpOnly, … })
          const name = entry(first, 'name');
          fact = { name: name ? unquote(name.text()) : null, via: called, attributes: attributesOf(first), location: file.location(call) };
        } else {
          if (rest.length < 2) continue;
          const options = rest[2]?.kind() === 'object' ? rest[2] : null;
          fact = { name: first.kind() === 'string' ? unquote(first.text()) : compact(first.text()), via: called, attributes: attributesOf(options), location: file.location(call) };
        }
        facts.cookies.push(fact);
      }
    }
  },
};

function entry(object: SgNode, key: string): SgNode | null {
  for (const child of object.children()) {
    if (child.kind() === 'pair' && unquote(child.field('key')?.text() ?? '') === key) return child.field('value');
    if (child.kind() === 'shorthand_property_identifier' && child.text() === key) return child;
  }
  return null;
}

function attributesOf(options: SgNode | null): Record<string, string> {
  const out: Record<string, string> = {};
  if (!options) return out;
  for (const child of options.children()) {
    if (child.kind() === 'pair') {
      const key = unquote(child.field('key')?.text() ?? '');
      const value = child.field('value');
      if (ATTRIBUTES.test(key) && value) out[key] = value.kind() === 'string' ? unquote(value.text()) : compact(value.text());
    } else if (child.kind() === 'shorthand_property_identifier' && ATTRIBUTES.test(child.text())) {
      out[child.text()] = child.text();
    }
  }
  return out;
}
