import type { SgNode } from '@ast-grep/napi';
import type { FileFacts } from '../../core/facts.js';
import type { SourceExtractor } from '../types.js';
import { argumentsOf, compact, kindOf, type SourceFile, unquote } from '../source.js';

const CORS_MODULES = /^(?:cors|@fastify\/cors|fastify-cors|hono\/cors|@koa\/cors|koa-cors|@elysiajs\/cors)$/;
const ALLOW_ORIGIN = /^access-control-allow-origin$/i;
const ALLOW_CREDENTIALS = /^access-control-allow-credentials$/i;
const FUNCTION_KINDS = new Set(['arrow_function', 'function_expression', 'function', 'method_definition']);

/**
 * CORS policies: the `cors` middleware (Express, Koa, Hono), `@fastify/cors` registrations,
 * NestJS `enableCors`/`NestFactory.create(…, { cors })`, and `Access-Control-Allow-Origin`
 * headers set by hand.
 */
export const corsExtractor: SourceExtractor = {
  id: 'cors',
  languages: ['typescript', 'tsx', 'javascript'],
  applies: (text) => /cors|Cors|Access-Control-Allow-Origin/i.test(text),
  // Its own queries run only in the files the test above (and, for Next.js, the file's path) selects.
  kinds: [],
  extract(file, facts) {
    const corsNames = new Set(facts.imports.filter((i) => CORS_MODULES.test(i.source) && i.local !== '*').map((i) => i.local));
    const names = [...corsNames].map((n) => n.replace(/\$/g, '\\$'));
    const callees = `(?:\\.register|\\.enableCors|^NestFactory\\.create)$${names.length > 0 ? `|^(?:${names.join('|')})$` : ''}`;
    for (const call of file.root.findAll({ rule: { kind: 'call_expression', has: { field: 'function', regex: callees } } })) {
      const callee = compact(call.field('function')?.text() ?? '');
      const args = argumentsOf(call.field('arguments'));
      if (corsNames.has(callee)) {
        push(file, facts, callee, args[0] ?? null, call);
      } else if (callee.endsWith('.register') && args[0] && corsNames.has(args[0].text())) {
        push(file, facts, `register(${args[0].text()})`, args[1] ?? null, call);
      } else if (callee.endsWith('.enableCors')) {
        push(file, facts, 'enableCors', args[0] ?? null, call);
      } else if (callee === 'NestFactory.create') {
        const cors = args[1]?.kind() === 'object' ? value(args[1], 'cors') : null;
        if (cors) push(file, facts, 'NestFactory.create', cors.kind() === 'true' ? null : cors, call);
      }
    }
    manualHeaders(file, facts);
  },
};

function push(file: SourceFile, facts: FileFacts, via: string, options: SgNode | null, at: SgNode): void {
  if (options && options.kind() !== 'object') return;
  const origin = options ? value(options, 'origin') : null;
  const credentials = options ? value(options, 'credentials') : null;
  facts.cors.push({
    via,
    // Every CORS middleware named here allows any origin when none is given.
    origin: origin ? originOf(origin) : '*',
    credentials: credentials ? (credentials.kind() === 'true' ? true : credentials.kind() === 'false' ? false : null) : null,
    location: file.location(at),
  });
}

function value(object: SgNode, key: string): SgNode | null {
  for (const child of object.children()) {
    if (child.kind() === 'pair' && unquote(child.field('key')?.text() ?? '') === key) return child.field('value');
    if (child.kind() === 'shorthand_property_identifier' && child.text() === key) return child;
    // `origin(origin, callback) { … }`: a method is the option's value, a function like any other.
    if (child.kind() === 'method_definition' && unquote(child.field('name')?.text() ?? '') === key) return child;
  }
  return null;
}

/** `'*'` → `*`; `true`, `req.headers.origin` or a callback that always allows → `reflect`; named origins → `list`. */
function originOf(node: SgNode): string {
  const kind = kindOf(node);
  if (kind === 'string') return unquote(node.text()) === '*' ? '*' : 'list';
  if (kind === 'true') return 'reflect';
  if (kind === 'array' || kind === 'regex') return 'list';
  if (FUNCTION_KINDS.has(kind)) {
    const body = node.field('body');
    const text = compact(body?.text() ?? '');
    // (origin, cb) => cb(null, true) with no condition, or a function returning the origin it was given.
    const params = node.field('parameters')?.children().filter((c) => c.isNamed()).map((c) => c.text()) ?? [];
    const first = params[0] ?? '';
    if (!/\bif\(|\?|&&|\|\||includes|test\(|indexOf|has\(/.test(text) && (/\w+\(null,true\)/.test(text) || (first !== '' && new RegExp(`^\\{?(?:return)?${first};?\\}?$`).test(text)))) return 'reflect';
    // @koa/cors `origin: (ctx) => ctx.get('Origin')`: a callback that returns the request's own Origin header allows every origin.
    const request = /^[\w$]+/.exec(first)?.[0];
    if (request && requestOrigin(request).test(text)) return 'reflect';
    // `if (!origin) return cb(null, true); cb(null, true)`: a condition that never refuses still allows every origin.
    if (/\w+\(null,true\)/.test(text) && !/\bError\(|\bfalse\b|\w+\(null,(?!true\))|\bthrow\b|includes|test\(|indexOf|has\(|===|endsWith|match/.test(text)) return 'reflect';
    return 'function';
  }
  // `allowed.includes(origin) ? origin : allowed[0]`: an allow-list decides, like a callback that checks.
  if (kind === 'ternary_expression' || kind === 'conditional_expression' || /\bincludes\(|\.has\(|\.test\(|indexOf\(/.test(node.text())) return 'function';
  if (/origin/i.test(node.text()) && /(?:req|request|headers|ctx|c)\b/.test(node.text())) return 'reflect';
  return compact(node.text()).slice(0, 80);
}

/**
 * The whole body of a callback that returns the Origin header of the request it was given as `param`, unconditionally:
 * `ctx.get('Origin')`, `ctx.request.get('origin')`, `ctx.headers.origin`, `ctx.request.header['origin']`, `{ return …; }`.
 */
function requestOrigin(param: string): RegExp {
  const p = param.replace(/\$/g, '\\$');
  const read = `${p}(?:\\.request|\\.req)?(?:\\.(?:get|header)\\((['"\`])origin\\1\\)|\\.headers?(?:\\.origin|\\[(['"\`])origin\\2\\]))`;
  return new RegExp(`^(?:\\{return(?:await)?)?${read}(?:;?\\})?$`, 'i');
}

/** `res.setHeader('Access-Control-Allow-Origin', req.headers.origin)` and `{ 'Access-Control-Allow-Origin': '*' }` headers. */
function manualHeaders(file: SourceFile, facts: FileFacts): void {
  if (!/access-control-allow-origin/i.test(file.text)) return;
  const origins: { value: SgNode; at: SgNode }[] = [];
  let credentials = false;
  const header = (name: SgNode | undefined, val: SgNode | null | undefined, at: SgNode) => {
    if (!name || !val || name.kind() !== 'string') return;
    const key = unquote(name.text());
    if (ALLOW_ORIGIN.test(key)) origins.push({ value: val, at });
    else if (ALLOW_CREDENTIALS.test(key) && (val.kind() === 'true' || unquote(val.text()) === 'true')) credentials = true;
  };
  const headerName = { kind: 'string', regex: '^.(?:[Aa]ccess-[Cc]ontrol-[Aa]llow-(?:[Oo]rigin|[Cc]redentials)).$' };
  for (const call of file.root.findAll({ rule: { kind: 'call_expression', has: { field: 'arguments', has: headerName } } })) {
    const args = argumentsOf(call.field('arguments'));
    if (args.length >= 2) header(args[0], args[1], call);
  }
  for (const pair of file.root.findAll({ rule: { kind: 'pair', has: { field: 'key', ...headerName } } })) header(pair.field('key') ?? undefined, pair.field('value'), pair);
  for (const { value: val, at } of origins) {
    // `const origin = req.headers.origin; res.setHeader('Access-Control-Allow-Origin', origin)`: judged by what the constant holds.
    const local = val.kind() === 'identifier' ? localValue(file.root, val.text(), at) : null;
    let origin = originOf(local ?? val);
    // `if (allowed.has(origin)) res.setHeader('Access-Control-Allow-Origin', origin)`: echoed only once an allow-list said yes.
    if (origin === 'reflect' && checkedBefore(file, val.text(), at)) origin = 'function';
    facts.cors.push({ via: 'header', origin, credentials: credentials ? true : null, location: file.location(at) });
  }
}

/** The initial value of the nearest declaration of `name` before `use` (a local of the same file). */
function localValue(root: SgNode, name: string, use: SgNode): SgNode | null {
  if (!/^[\w$]+$/.test(name)) return null;
  const before = use.range().start.index;
  let found: SgNode | null = null;
  for (const declarator of root.findAll({ rule: { kind: 'variable_declarator', has: { field: 'name', regex: `^${name.replace(/\$/g, '\\$')}$` } } })) {
    if (declarator.range().start.index < before) found = declarator.field('value');
  }
  return found;
}

const SCOPES = new Set(['function_declaration', 'function_expression', 'arrow_function', 'method_definition']);

/** Whether, earlier in the same function, the value is tested against a list (`has`, `includes`, `test`, `indexOf`, `===`). */
function checkedBefore(file: SourceFile, expression: string, use: SgNode): boolean {
  let scope: SgNode | null = use.parent();
  while (scope && !SCOPES.has(kindOf(scope))) scope = scope.parent();
  const start = scope ? scope.range().start.index : 0;
  const before = file.text.slice(start, use.range().start.index);
  const v = expression.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\./g, '\\s*\\??\\.\\s*');
  // A membership test, or an equality with a literal origin; `origin !== undefined` decides nothing.
  return new RegExp(`(?:\\.has|\\.includes|\\.test|\\.indexOf|\\.startsWith|\\.endsWith|\\.some)\\(\\s*${v}\\b|\\b${v}\\s*===?\\s*['"\`]|['"\`]\\s*===?\\s*${v}\\b`).test(before);
}
