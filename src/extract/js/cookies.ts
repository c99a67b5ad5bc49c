import type { SgNode } from '@ast-grep/napi';
import type { CookieFact, FileFacts } from '../../core/facts.js';
import type { SourceExtractor } from '../types.js';
import { argumentsOf, compact, localConstant, localObject, type SourceFile, unquote } from '../source.js';

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
    // Fastify plugins are registered, not called: `app.register(session, { cookieName, cookie: {…} })`.
    const fastify = /@fastify\/(?:secure-)?session/.test(file.text);
    const koa = facts.imports.some((i) => /^(?:koa|@koa\/|koa-)/.test(i.source)) || /\bctx\.cookies\.set\(/.test(file.text);
    // The `cookie` package's `serialize(name, value, options)` builds a Set-Cookie header: a cookie set by hand.
    const serializers = facts.imports.filter((i) => i.source === 'cookie' && i.imported === 'serialize').map((i) => i.local.replace(/\$/g, '\\$'));
    const callee = `[Cc]ookie${names.length > 0 ? `|^(?:${names.join('|')})$` : ''}${serializers.length > 0 ? `|^(?:${serializers.join('|')})$` : ''}${fastify ? '|\\.register$' : ''}|^(?:cookieStore|jar)\\.set$`;
    for (const call of file.root.findAll({ rule: { kind: 'call_expression', has: { field: 'function', regex: callee } } })) {
      const called = compact(call.field('function')?.text() ?? '');
      let args = argumentsOf(call.field('arguments'));
      let via = middleware.get(called);
      if (!via && fastify && called.endsWith('.register')) {
        via = registeredPlugin(args[0], middleware);
        if (!via) continue;
        args = args.slice(1);
      }
      if (via) {
        const given = args[0];
        const options = given?.kind() === 'object' ? given : given?.kind() === 'identifier' ? localObject(file.root, given.text()) : null;
        const nameNode = options ? (entry(options, 'name') ?? entry(options, 'cookieName')) : null;
        const nested = via === 'express-session' || via === 'fastify-session' || via === 'fastify-secure-session';
        // Options that cannot be followed (`session(sessionConfig)` imported) may set anything: judged like a spread.
        const attrs = given && !options ? { '...': compact(given.text()) } : nested ? optionsAttributes(options ? (entry(options, 'cookie') ?? undefined) : undefined, file.root) : attributesOf(options, file.root);
        facts.cookies.push({ name: nameNode ? unquote(nameNode.text()) : null, via, attributes: attrs, location: file.location(call) });
        continue;
      }
      if (SETTERS.test(called) || called === 'setCookie' || serializers.includes(called) || /(?:^|\.)cookie\.serialize$/i.test(called)) {
        // Hono's setCookie(c, name, value, options) takes the context first.
        const rest = called === 'setCookie' && args.length >= 3 ? args.slice(1) : args;
        const first = rest[0];
        if (!first) continue;
        let fact: CookieFact;
        if (first.kind() === 'object') {
          // cookies().set({ name, value, httpOnly, … })
          const name = entry(first, 'name');
          fact = { ...(name ? cookieName(name, file.root) : { name: null }), via: called, attributes: attributesOf(first, file.root), location: file.location(call) };
        } else {
          if (rest.length < 2) continue;
          // `ctx.cookies.set(SESSION_COOKIE, null)`, `res.cookie('sid', '')`: a cookie cleared, not a session issued.
          if (clearing(rest[1]!)) continue;
          fact = { ...cookieName(first, file.root), via: called, attributes: optionsAttributes(rest[2], file.root), location: file.location(call) };
          // Koa's `ctx.cookies.set` (the `cookies` package) sets httpOnly unless told otherwise.
          if (koa && /(?:^|\.)cookies\.set$/.test(called)) fact.defaults = { httpOnly: 'true' };
        }
        facts.cookies.push(fact);
      }
    }
    if (facts.imports.some((i) => NEXT_AUTH.test(i.source))) nextAuthCookies(file, facts);
  },
};

const NEXT_AUTH = /^(?:next-auth|@auth\/)/;

/** The session middleware a Fastify `register` call installs: an imported plugin, or `require('@fastify/session')` in place. */
function registeredPlugin(plugin: SgNode | undefined, middleware: ReadonlyMap<string, string>): string | undefined {
  if (!plugin) return undefined;
  if (plugin.kind() === 'identifier') return middleware.get(plugin.text());
  if (plugin.kind() === 'call_expression' && plugin.field('function')?.text() === 'require') {
    const source = argumentsOf(plugin.field('arguments'))[0];
    return source?.kind() === 'string' ? SESSION_MIDDLEWARE[unquote(source.text())] : undefined;
  }
  return undefined;
}

/**
 * Auth.js / NextAuth `cookies: { sessionToken: { name, options: {…} } }`: options given here
 * replace the library's own, so what is left out is not set.
 */
function nextAuthCookies(file: SourceFile, facts: FileFacts): void {
  for (const pair of file.root.findAll({ rule: { kind: 'pair', has: { field: 'key', regex: '^[\'"]?sessionToken[\'"]?$' } } })) {
    const token = pair.field('value');
    if (token?.kind() !== 'object') continue;
    const options = entry(token, 'options');
    if (options?.kind() !== 'object') continue;
    const name = entry(token, 'name');
    facts.cookies.push({ name: name?.kind() === 'string' ? unquote(name.text()) : 'sessionToken', via: 'next-auth', attributes: attributesOf(options, file.root), location: file.location(options) });
  }
}

/**
 * The attributes of a setter's options argument: an object literal, or a constant of the file
 * holding one (`reply.setCookie(name, token, cookieOptions)`). Options that cannot be followed
 * (imported, built by a call) are recorded as `...`, like a spread: what they set is unknown.
 */
function optionsAttributes(options: SgNode | undefined, root: SgNode): Record<string, string> {
  if (!options) return {};
  if (options.kind() === 'object') return attributesOf(options, root);
  const object = options.kind() === 'identifier' || options.kind() === 'shorthand_property_identifier' ? localObject(root, options.text()) : null;
  return object ? attributesOf(object, root) : { '...': compact(options.text()) };
}

function entry(object: SgNode, key: string): SgNode | null {
  for (const child of object.children()) {
    if (child.kind() === 'pair' && unquote(child.field('key')?.text() ?? '') === key) return child.field('value');
    if (child.kind() === 'shorthand_property_identifier' && child.text() === key) return child;
  }
  return null;
}

/**
 * The attributes an options object sets. `{ ...cookieOptions, expires }` takes the spread
 * object's attributes when it is a constant of the same file; a spread that cannot be followed
 * is recorded as `...` so that attributes it may set are not reported missing.
 */
function attributesOf(options: SgNode | null, root: SgNode, depth = 0): Record<string, string> {
  const out: Record<string, string> = {};
  if (!options) return out;
  for (const child of options.children()) {
    if (child.kind() === 'spread_element') {
      const spread = child.namedChildren()[0];
      const object = spread?.kind() === 'identifier' && depth < 2 ? localObject(root, spread.text()) : null;
      if (object) Object.assign(out, attributesOf(object, root, depth + 1));
      else out['...'] = compact(spread?.text() ?? '');
    } else if (child.kind() === 'pair') {
      const key = unquote(child.field('key')?.text() ?? '');
      const value = child.field('value');
      if (ATTRIBUTES.test(key) && value) out[key] = value.kind() === 'string' ? unquote(value.text()) : compact(value.text());
    } else if (child.kind() === 'shorthand_property_identifier' && ATTRIBUTES.test(child.text())) {
      out[child.text()] = child.text();
    }
  }
  return out;
}

/**
 * A setter's name argument: a literal, or the string a constant of the file holds
 * (`const REFRESH_COOKIE = 'hd_refresh'`, `COOKIES.refresh` of `const COOKIES = { refresh: 'hd_refresh' }`),
 * with the constant kept beside it; otherwise the expression as written.
 */
function cookieName(node: SgNode, root: SgNode): { name: string; constant?: string } {
  const literal = stringValue(node);
  if (literal !== null) return { name: literal };
  const written = compact(node.text());
  let value: SgNode | null = null;
  if (node.kind() === 'identifier') value = localConstant(root, written);
  else if (node.kind() === 'member_expression' && node.field('object')?.kind() === 'identifier') {
    const object = localObject(root, node.field('object')!.text());
    const property = node.field('property')?.text();
    value = object && property ? entry(object, property) : null;
  }
  const resolved = value ? stringValue(value) : null;
  return resolved !== null ? { name: resolved, constant: written } : { name: written };
}

/** A cookie value that clears the cookie: `null`, `undefined`, `''`. */
function clearing(value: SgNode): boolean {
  return value.kind() === 'null' || value.kind() === 'undefined' || (value.kind() === 'identifier' && value.text() === 'undefined') || stringValue(value) === '';
}

/** A string literal's value, or a template literal's without substitutions. */
function stringValue(node: SgNode): string | null {
  if (node.kind() === 'string') return unquote(node.text());
  if (node.kind() === 'template_string' && !node.children().some((c) => c.kind() === 'template_substitution')) return unquote(node.text());
  return null;
}
