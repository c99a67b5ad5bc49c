import type { SgNode } from '@ast-grep/napi';
import type { BodySummary, CallFact, FileFacts, MountFact, RouteFact } from '../../core/facts.js';
import type { SourceExtractor } from '../types.js';
import { argumentsOf, compact, kindOf, type SourceFile, unquote } from '../source.js';
import { pathParams } from './paths.js';
import { guardCalls } from './router-style.js';

const HTTP_EXPORTS = /^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)$/;
const APP_ROUTE = /(?:^|\/)app\/((?:.*\/)?)route\.(?:ts|tsx|js|jsx|mjs)$/;
const PAGES_API = /(?:^|\/)pages\/(api\/.*)\.(?:ts|tsx|js|jsx|mjs)$/;
const MIDDLEWARE = /(?:^|\/)(?:src\/)?middleware\.(?:ts|js)$/;
const FUNCTION_KINDS = new Set(['arrow_function', 'function_expression', 'function', 'function_declaration']);
/** next-safe-action builder links that configure rather than guard. */
const ACTION_CONFIG = /^(?:schema|inputSchema|outputSchema|metadata|bindArgsSchemas)$/;

/**
 * Next.js: app-router `route.ts` exports (`export async function DELETE`), pages API routes
 * (`pages/api/**` with `req.method` branches), server actions (`'use server'` files and
 * functions, next-safe-action `client.schema(…).action(…)`), and `middleware.ts` as a
 * guard in front of every route its `matcher` covers.
 */
export const nextjsExtractor: SourceExtractor = {
  id: 'nextjs',
  languages: ['typescript', 'tsx', 'javascript'],
  // A pages API route in plain JavaScript may name nothing of Next.js but its default export.
  applies: (text) => /use server|next|NextRequest|safe-action|matcher|\b(?:GET|POST|PUT|PATCH|DELETE)\b|export\s+default/.test(text),
  // Its own queries run only in the files the test above (and, for Next.js, the file's path) selects.
  kinds: [],
  extract(file, facts) {
    const appRoute = APP_ROUTE.exec(file.path);
    if (appRoute) appRouteHandlers(file, facts, urlOf(appRoute[1]!));
    const pagesApi = PAGES_API.exec(file.path);
    if (pagesApi) pagesApiHandlers(file, facts, urlOf(`${pagesApi[1]!}/`));
    if (MIDDLEWARE.test(file.path)) middleware(file, facts);
    if (file.text.includes('use server')) serverActions(file, facts);
    if (file.text.includes('.action(') || file.text.includes('createSafeActionClient')) safeActions(file, facts);
  },
};

/** `app/(admin)/api/projects/[id]/` → `/api/projects/[id]`: route groups and parallel slots are not in the URL. */
function urlOf(folders: string): string {
  const segments = folders.split('/').filter((s) => s && !/^\(.*\)$/.test(s) && !s.startsWith('@') && s !== 'index');
  return `/${segments.join('/')}`;
}

function exportedFunctions(file: SourceFile): { name: string; node: SgNode; fn: SgNode | null; wrappers: SgNode[] }[] {
  const out: { name: string; node: SgNode; fn: SgNode | null; wrappers: SgNode[] }[] = [];
  for (const stmt of file.root.children()) {
    if (stmt.kind() !== 'export_statement') continue;
    const decl = stmt.field('declaration');
    if (decl?.kind() === 'function_declaration') {
      const name = decl.field('name')?.text();
      if (name) out.push({ name, node: stmt, fn: decl, wrappers: [] });
    } else if (decl?.kind() === 'lexical_declaration') {
      for (const v of decl.children().filter((c) => c.kind() === 'variable_declarator')) {
        const name = v.field('name')?.text();
        const value = v.field('value');
        if (!name || !value) continue;
        const { fn, wrappers } = unwrap(value);
        out.push({ name, node: stmt, fn, wrappers });
      }
    }
  }
  return out;
}

/** `withAuth(withRole('admin', async (req) => …))` → the function and the wrapper calls around it. */
function unwrap(value: SgNode): { fn: SgNode | null; wrappers: SgNode[] } {
  const wrappers: SgNode[] = [];
  let node: SgNode | null = value;
  for (let depth = 0; node && depth < 5; depth++) {
    if (FUNCTION_KINDS.has(kindOf(node))) return { fn: node, wrappers };
    if (node.kind() !== 'call_expression') return { fn: null, wrappers };
    wrappers.push(node);
    const args: SgNode[] = argumentsOf(node.field('arguments'));
    node = args.find((a) => FUNCTION_KINDS.has(kindOf(a))) ?? args.find((a) => a.kind() === 'call_expression') ?? null;
  }
  return { fn: null, wrappers };
}

function wrapperGuards(wrappers: SgNode[]): CallFact[] {
  return wrappers.map((w) => {
    const fact: CallFact = { callee: compact(w.field('function')?.text() ?? ''), line: w.range().start.line + 1 };
    const args = argumentsOf(w.field('arguments'));
    const first = args[0];
    if (first?.kind() === 'string') fact.firstArg = unquote(first.text());
    // How many arguments the wrapper is given: a check it makes only for a later one (`withOrg(handler)` of
    // `withOrg(handler, options = {})` refusing `if (options.role)`) never runs.
    fact.args = args.map(() => '');
    return fact;
  }).filter((g) => g.callee !== '');
}

function route(file: SourceFile, framework: string, method: string, path: string, at: SgNode, body: SgNode | null, guards: CallFact[], params: string[]): RouteFact {
  return {
    framework,
    method,
    path,
    location: file.location(at),
    guards,
    handlerRef: null,
    router: null,
    params,
    ...(body ? file.summariseNode(body) : { calls: [], dataOps: [] }),
  };
}

function appRouteHandlers(file: SourceFile, facts: FileFacts, url: string): void {
  for (const { name, node, fn, wrappers } of exportedFunctions(file)) {
    if (!HTTP_EXPORTS.test(name)) continue;
    const fact = route(file, 'nextjs', name, url, node, fn, wrapperGuards(wrappers), pathParams(url));
    // `export const GET = cronHandler('purge-tokens', purgeExpiredTokens)`: a handler built by a factory runs the functions passed to it.
    if (!fn) fact.calls = [...functionReferences(wrappers), ...fact.calls];
    facts.routes.push(fact);
  }
}

/** The names passed to the factories that build a handler (`cronHandler('x', purgeTokens)` → `purgeTokens`), as calls the handler makes. */
function functionReferences(wrappers: SgNode[]): CallFact[] {
  return wrappers.flatMap((w) => argumentsOf(w.field('arguments')))
    .filter((a) => a.kind() === 'identifier' && a.text() !== 'undefined')
    .map((a) => ({ callee: a.text(), line: a.range().start.line + 1 }));
}

function pagesApiHandlers(file: SourceFile, facts: FileFacts, url: string): void {
  const stmt = file.root.children().find((c) => c.kind() === 'export_statement' && c.text().startsWith('export default'));
  if (!stmt) return;
  let value = stmt.field('declaration') ?? stmt.field('value') ?? stmt.children().find((c) => c.isNamed() && c.kind() !== 'comment') ?? null;
  let { fn, wrappers } = value ? unwrap(value) : { fn: null, wrappers: [] as SgNode[] };
  // export default withAuth(handler) / export default handler
  const ref = fn ? null : (wrappers.length > 0 ? argumentsOf(wrappers[wrappers.length - 1]!.field('arguments')).find((a) => a.kind() === 'identifier') : value?.kind() === 'identifier' ? value : null);
  if (ref) {
    value = file.root.find({ rule: { any: [{ kind: 'function_declaration', has: { field: 'name', regex: `^${ref.text()}$` } }, { kind: 'variable_declarator', has: { field: 'name', regex: `^${ref.text()}$` } }] } });
    const inner = value?.kind() === 'variable_declarator' ? value.field('value') : value;
    if (inner) {
      const more = unwrap(inner);
      fn = more.fn;
      wrappers = [...wrappers, ...more.wrappers];
    }
  }
  if (!fn) return;
  const guards = wrapperGuards(wrappers);
  const params = pathParams(url);
  const branches = methodBranches(fn);
  if (branches.length === 0) facts.routes.push(route(file, 'nextjs', 'ANY', url, stmt, fn, guards, params));
  const spans = branches.map((b) => ({ start: b.statement.range().start.index, end: b.statement.range().end.index }));
  // What the handler does before it branches on the method (a session check and its 401, a load
  // every method shares) runs for this method too; another method's branch does not. The code
  // outside the branches is summarised once, in source order, as the stretches that end where a branch starts.
  const stretches: { end: number; summary: BodySummary }[] = [];
  let from = fn.range().start.index;
  for (const span of spans.toSorted((a, c) => a.start - c.start)) {
    if (span.start > from) stretches.push({ end: span.start, summary: file.summarise(from, span.start) });
    from = Math.max(from, span.end);
  }
  for (const [i, b] of branches.entries()) {
    const fact = route(file, 'nextjs', b.method, url, b.node, b.node, guards, params);
    const before = stretches.filter((s) => s.end <= spans[i]!.start).map((s) => s.summary);
    fact.calls = [...before.flatMap((s) => s.calls), ...fact.calls];
    fact.dataOps = [...before.flatMap((s) => s.dataOps), ...fact.dataOps];
    facts.routes.push(fact);
  }
}

/** `if (req.method === 'DELETE') { … }` and `switch (req.method) { case 'DELETE': … }` blocks. */
function methodBranches(fn: SgNode): { method: string; node: SgNode; statement: SgNode }[] {
  const out: { method: string; node: SgNode; statement: SgNode }[] = [];
  for (const stmt of fn.findAll({ rule: { kind: 'if_statement', has: { field: 'condition', regex: '\\.method\\s*===?\\s*[\'"]' } } })) {
    const m = /\.method\s*===?\s*['"]([A-Z]+)['"]/.exec(stmt.field('condition')!.text());
    const body = stmt.field('consequence');
    if (m && body) out.push({ method: m[1]!, node: body, statement: stmt });
  }
  for (const sw of fn.findAll({ rule: { kind: 'switch_statement', has: { field: 'value', regex: '\\.method' } } })) {
    for (const c of sw.findAll({ rule: { kind: 'switch_case' } })) {
      const value = c.field('value');
      if (value?.kind() === 'string') out.push({ method: unquote(value.text()).toUpperCase(), node: c, statement: c });
    }
  }
  return out;
}

function middleware(file: SourceFile, facts: FileFacts): void {
  const guards: CallFact[] = [];
  // Guards that run only on some paths: Clerk's `auth.protect()` behind a route matcher, `authMiddleware({ publicRoutes })`.
  const limited: { guards: CallFact[]; match: NonNullable<MountFact['match']> }[] = [];
  const matchers = routeMatchers(file);
  const read = (fn: SgNode | null, wrapperNodes: SgNode[]) => {
    const wrappers = wrapperGuards(wrapperNodes);
    for (const w of wrapperNodes) {
      const match = publicRoutesOption(w);
      const fact = match ? wrappers.find((g) => g.line === w.range().start.line + 1 && g.callee === compact(w.field('function')?.text() ?? '')) : undefined;
      if (match && fact) {
        limited.push({ guards: [fact], match });
        wrappers.splice(wrappers.indexOf(fact), 1);
      }
    }
    guards.push(...wrappers);
    if (!fn) return;
    // `clerkMiddleware(async (auth, req) => { const { userId } = await auth(); … })`: reading the session refuses no one.
    const sessionParam = wrappers.some((w) => w.callee === 'clerkMiddleware') ? parameterNames(fn)[0] : undefined;
    const calls = file.summariseNode(fn).calls.filter((c) => c.callee !== sessionParam);
    for (const { line, match } of conditionalProtects(fn, matchers)) {
      const protects = calls.filter((c) => c.line === line && PROTECT.test(c.callee));
      if (protects.length === 0) continue;
      limited.push({ guards: [...wrappers, ...protects], match });
      for (const c of protects) calls.splice(calls.indexOf(c), 1);
    }
    guards.push(...calls);
  };
  const stmt = file.root.children().find((c) => c.kind() === 'export_statement' && c.text().startsWith('export default'));
  const value = stmt?.children().find((c) => c.isNamed() && c.kind() !== 'comment');
  if (value) {
    const { fn, wrappers } = unwrap(value);
    read(fn, wrappers);
  }
  const named = exportedFunctions(file).find((f) => f.name === 'middleware');
  if (named?.fn) read(named.fn, named.wrappers);
  if (guards.length === 0 && limited.length === 0) return;
  const matcher = file.root.find({ rule: { kind: 'pair', has: { field: 'key', regex: '^matcher$' } } })?.field('value');
  const prefixes = matcher ? (matcher.kind() === 'array' ? matcher.children().filter((c) => c.kind() === 'string') : matcher.kind() === 'string' ? [matcher] : []).map((s) => matcherPrefix(unquote(s.text()))) : ['/'];
  for (const prefix of new Set(prefixes.length > 0 ? prefixes : ['/'])) {
    const location = file.location(stmt ?? file.root);
    if (guards.length > 0) facts.mounts.push({ framework: 'nextjs', parent: '*', prefix, guards, child: null, location });
    for (const l of limited) facts.mounts.push({ framework: 'nextjs', parent: '*', prefix, guards: l.guards, child: null, match: l.match, location });
  }
}

/** Clerk's refusals: `auth.protect()` (v6), `auth().protect()` (v5), `redirectToSignIn()` from `await auth()`. */
const PROTECT = /(?:^|\.)(?:protect|redirectToSignIn)$/;

/**
 * Clerk route matchers declared in the middleware file: `const isPublicRoute = createRouteMatcher(['/', '/api/webhooks/(.*)'])`
 * → its paths as regular-expression sources; null when one is not a literal (a function, a variable).
 */
function routeMatchers(file: SourceFile): Map<string, string[] | null> {
  const out = new Map<string, string[] | null>();
  for (const decl of file.root.findAll({ rule: { kind: 'variable_declarator', has: { field: 'value', kind: 'call_expression' } } })) {
    const name = decl.field('name')?.text();
    const value = decl.field('value')!;
    if (!name || value.field('function')?.text() !== 'createRouteMatcher') continue;
    const first = argumentsOf(value.field('arguments'))[0];
    out.set(name, first ? pathPatterns(first) : null);
  }
  return out;
}

/** `['/', '/api/webhooks/(.*)', /^\/share\//]` → regular-expression sources, or null when one is not a literal. */
function pathPatterns(node: SgNode): string[] | null {
  const items = node.kind() === 'array' ? node.children().filter((c) => c.isNamed() && c.kind() !== 'comment') : [node];
  const out: string[] = [];
  for (const item of items) {
    const source = item.kind() === 'string' ? pathPatternSource(unquote(item.text())) : item.kind() === 'regex' ? (item.field('pattern')?.text() ?? null) : null;
    if (source === null) return null;
    out.push(source);
  }
  return out;
}

/**
 * A path-to-regexp pattern as Clerk's `createRouteMatcher` and `authMiddleware` read it (`/api/webhooks/(.*)`,
 * `/projects/:id`, `/docs/:path*`) → an anchored regular-expression source (matched case-insensitively, an
 * optional trailing slash); null when it cannot be read.
 */
export function pathPatternSource(pattern: string): string | null {
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i]!;
    if (c === '(') {
      let depth = 0;
      let j = i;
      for (; j < pattern.length; j++) {
        if (pattern[j] === '\\') j++;
        else if (pattern[j] === '(') depth++;
        else if (pattern[j] === ')' && --depth === 0) break;
      }
      if (j >= pattern.length) return null;
      out += `(?:${pattern.slice(i + 1, j)})`;
      i = j + 1;
      if ('?*+'.includes(pattern[i] ?? '_')) out += pattern[i++];
      continue;
    }
    const param = /^(\/?):(\w+)(?:\(([^)]*)\))?([?*+]?)/.exec(pattern.slice(i));
    if (param) {
      const [whole, slash, , custom, mod] = param;
      const seg = custom ? `(?:${custom})` : '[^/]+';
      out += mod === '*' ? `(?:${slash}${seg}(?:/${seg})*)?` : mod === '+' ? `${slash}${seg}(?:/${seg})*` : mod === '?' ? `(?:${slash}${seg})?` : `${slash}${seg}`;
      i += whole.length;
      continue;
    }
    out += c === '*' ? '.*' : c.replace(/[.+?^${}|[\]\\]/g, '\\$&');
    i++;
  }
  try {
    RegExp(out);
  } catch {
    return null;
  }
  return out.endsWith('/') ? `^${out}?$` : `^${out}/?$`;
}

/**
 * The `auth.protect()` calls of a middleware that run only on some paths: inside `if (!isPublicRoute(req))`,
 * `if (isProtectedRoute(req))` (or its `else`), `isProtectedRoute(req) && auth.protect()`, or after
 * `if (isPublicRoute(req)) return …`. A call under a condition that is not a route matcher's is left out:
 * it is judged as running everywhere, as an unconditional one is.
 */
function conditionalProtects(fn: SgNode, matchers: Map<string, string[] | null>): { line: number; match: NonNullable<MountFact['match']> }[] {
  const out: { line: number; match: NonNullable<MountFact['match']> }[] = [];
  const body = fn.field('body');
  const same = (a: SgNode | null | undefined, b: SgNode) => !!a && a.range().start.index === b.range().start.index && a.range().end.index === b.range().end.index;
  for (const call of fn.findAll({ rule: { kind: 'call_expression', has: { field: 'function', regex: '(?:^|\\.)(?:protect|redirectToSignIn)$' } } })) {
    const conditions: { cond: SgNode; positive: boolean }[] = [];
    let unknown = false;
    let node: SgNode = call;
    let statement: SgNode | null = null;
    for (let parent = node.parent(); parent && !same(parent, fn); node = parent, parent = parent.parent()) {
      if (parent.kind() === 'if_statement') {
        const inThen = same(parent.field('consequence'), node);
        if (inThen || node.kind() === 'else_clause') conditions.push({ cond: parent.field('condition')!, positive: inThen });
      } else if (parent.kind() === 'binary_expression' && parent.field('operator')?.text() === '&&' && same(parent.field('right'), node)) {
        conditions.push({ cond: parent.field('left')!, positive: true });
      } else if (['ternary_expression', 'binary_expression', 'switch_case', 'catch_clause'].includes(String(parent.kind()))) unknown = true;
      if (body && same(parent, body)) statement = node;
    }
    // `if (isPublicRoute(req)) return;` before the call: it runs only where that condition is false.
    if (statement && body?.kind() === 'statement_block') {
      for (const prior of body.children()) {
        if (same(prior, statement)) break;
        if (prior.kind() !== 'if_statement' || prior.field('alternative')) continue;
        const then = prior.field('consequence')!;
        const returns = then.kind() === 'return_statement' || (then.kind() === 'statement_block' && then.children().filter((c) => c.isNamed() && c.kind() !== 'comment').every((c) => c.kind() === 'return_statement'));
        if (returns) conditions.push({ cond: prior.field('condition')!, positive: false });
      }
    }
    if (unknown || conditions.length !== 1) continue;
    const matched = matcherCondition(conditions[0]!.cond, matchers);
    if (!matched) continue;
    const include = matched.negated !== conditions[0]!.positive;
    out.push({ line: call.range().start.line + 1, match: include ? { include: matched.paths } : { exclude: matched.paths } });
  }
  return out;
}

/** `isPublicRoute(req)`, `!isPublicRoute(request)`, in parentheses or not → the matcher's paths and whether the test is negated. */
function matcherCondition(cond: SgNode, matchers: Map<string, string[] | null>): { paths: string[]; negated: boolean } | null {
  let node: SgNode | null = cond;
  let negated = false;
  for (let depth = 0; node && depth < 6; depth++) {
    if (node.kind() === 'parenthesized_expression') node = node.children().find((c) => c.isNamed() && c.kind() !== 'comment') ?? null;
    else if (node.kind() === 'unary_expression' && node.field('operator')?.text() === '!') {
      negated = !negated;
      node = node.field('argument');
    } else if (node.kind() === 'await_expression') node = node.children().find((c) => c.isNamed()) ?? null;
    else break;
  }
  // `!userId && isProtectedRoute(req)`: the branch runs only where the matcher's test holds, whatever else it asks.
  if (node?.kind() === 'binary_expression' && node.field('operator')?.text() === '&&' && !negated) {
    const sides = [node.field('left'), node.field('right')].map((side) => (side ? matcherCondition(side, matchers) : null));
    const found = sides.filter((m) => m !== null);
    return found.length === 1 && !sides.some((m, i) => m === null && mentionsMatcher([node!.field('left'), node!.field('right')][i] ?? null, matchers)) ? found[0]! : null;
  }
  if (node?.kind() !== 'call_expression') return null;
  const paths = matchers.get(node.field('function')?.text() ?? '');
  return paths ? { paths, negated } : null;
}

function mentionsMatcher(node: SgNode | null, matchers: Map<string, string[] | null>): boolean {
  return node !== null && [...matchers.keys()].some((name) => new RegExp(`\\b${name}\\b`).test(node.text()));
}

/**
 * Clerk's `authMiddleware({ publicRoutes: […], ignoredRoutes: […] })` (v4): it signs callers in on every other path.
 * null when the wrapper is not that, or its lists are not literals.
 */
function publicRoutesOption(wrapper: SgNode): NonNullable<MountFact['match']> | null {
  if (compact(wrapper.field('function')?.text() ?? '') !== 'authMiddleware') return null;
  const options = argumentsOf(wrapper.field('arguments'))[0];
  if (options?.kind() !== 'object') return null;
  const exclude: string[] = [];
  for (const pair of options.children().filter((c) => c.kind() === 'pair')) {
    const key = unquote(pair.field('key')?.text() ?? '');
    if (key !== 'publicRoutes' && key !== 'ignoredRoutes') continue;
    const paths = pathPatterns(pair.field('value')!);
    if (!paths) return null;
    exclude.push(...paths);
  }
  return exclude.length > 0 ? { exclude } : null;
}

/** `/api/:path*` → `/api`; a regular-expression matcher covers everything. */
function matcherPrefix(matcher: string): string {
  if (matcher.includes('(')) return '/';
  return matcher.replace(/\/:[^/]*[*+?]?$/, '').replace(/\/\*$/, '') || '/';
}

function hasUseServer(block: SgNode | null): boolean {
  const first = block?.children().find((c) => c.isNamed() && c.kind() !== 'comment');
  return first?.kind() === 'expression_statement' && /^['"]use server['"];?$/.test(first.text().trim());
}

function serverActions(file: SourceFile, facts: FileFacts): void {
  const fileLevel = hasUseServer(file.root);
  const seen = new Set<number>();
  const push = (name: string, at: SgNode, fn: SgNode, guards: CallFact[]) => {
    if (seen.has(fn.range().start.index)) return;
    seen.add(fn.range().start.index);
    facts.routes.push(route(file, 'next-action', 'POST', name, at, fn, guards, parameterNames(fn)));
  };
  if (fileLevel) {
    for (const { name, node, fn, wrappers } of exportedFunctions(file)) {
      // next-safe-action clients are read by safeActions with their builder chain.
      if (!fn || /\.(?:action|stateAction)$/.test(compact(wrappers[0]?.field('function')?.text() ?? ''))) continue;
      push(name, node, fn, wrapperGuards(wrappers));
    }
  }
  for (const fn of file.root.findAll({ rule: { any: [{ kind: 'function_declaration' }, { kind: 'arrow_function' }, { kind: 'function_expression' }] } })) {
    if (!hasUseServer(fn.field('body'))) continue;
    const name = fn.field('name')?.text() ?? (fn.parent()?.kind() === 'variable_declarator' ? fn.parent()!.field('name')?.text() : null);
    if (name) push(name, fn, fn, []);
  }
}

function parameterNames(fn: SgNode): string[] {
  const params = fn.field('parameters');
  const out: string[] = [];
  for (const p of params?.children() ?? []) {
    const pattern = p.field('pattern') ?? (p.kind() === 'identifier' ? p : null);
    if (!pattern) continue;
    if (pattern.kind() === 'identifier') out.push(pattern.text());
    else for (const id of pattern.findAll({ rule: { kind: 'shorthand_property_identifier_pattern' } })) out.push(id.text());
  }
  return out;
}

/**
 * next-safe-action: `export const deleteProject = authActionClient.schema(s).action(async ({ parsedInput, ctx }) => …)`
 * is an action guarded by its client; `const authActionClient = actionClient.use(mw)` is a builder alias.
 */
function safeActions(file: SourceFile, facts: FileFacts): void {
  for (const decl of file.root.findAll({ rule: { kind: 'variable_declarator', has: { field: 'value', kind: 'call_expression' } } })) {
    const name = decl.field('name')?.text();
    const value = decl.field('value')!;
    if (!name) continue;
    const chain = builderChain(value);
    if (!chain) continue;
    const last = chain.links[chain.links.length - 1];
    const guards = [{ callee: chain.base, line: value.range().start.line + 1 } as CallFact, ...chain.links.filter((l) => l.method === 'use').flatMap((l) => l.args.flatMap((a) => guardCalls(file, a)))];
    if (last?.method === 'action' || last?.method === 'stateAction') {
      const fn = last.args.find((a) => FUNCTION_KINDS.has(kindOf(a)));
      if (!fn) continue;
      const at = decl.parent()?.parent()?.kind() === 'export_statement' ? decl.parent()!.parent()! : decl;
      facts.routes.push(route(file, 'next-action', 'POST', name, at, fn, guards, ['parsedInput']));
    } else if (chain.links.every((l) => l.method === 'use' || ACTION_CONFIG.test(l.method)) && chain.links.some((l) => l.method === 'use')) {
      facts.mounts.push({ framework: 'next-action', parent: chain.base, prefix: '', guards: guards.slice(1), child: name, location: file.location(decl) });
    }
  }
}

/** `base.use(a).schema(s).action(fn)` → base `base` and the links in order; null when the root is not an identifier. */
export function builderChain(call: SgNode): { base: string; links: { method: string; args: SgNode[] }[] } | null {
  const links: { method: string; args: SgNode[] }[] = [];
  let node: SgNode | null = call;
  while (node && node.kind() === 'call_expression') {
    const fn: SgNode | null = node.field('function');
    if (!fn || fn.kind() !== 'member_expression') return null;
    links.unshift({ method: fn.field('property')?.text() ?? '', args: argumentsOf(node.field('arguments')) });
    node = fn.field('object');
  }
  if (!node || (node.kind() !== 'identifier' && node.kind() !== 'member_expression')) return null;
  return { base: compact(node.text()), links };
}
