import type { SgNode } from '@ast-grep/napi';
import type { CallFact, FileFacts } from '../../core/facts.js';
import type { SourceExtractor } from '../types.js';
import { argumentsOf, compact, kindOf, type SourceFile, unquote } from '../source.js';
import { pathParams } from './paths.js';

/** What distinguishes one Express-style framework from another. */
export interface RouterStyle {
  framework: string;
  /** Import sources that mean the file uses the framework. */
  imports: RegExp;
  /** A cheap text prefilter. */
  applies: RegExp;
  /** Framework-specific mounts (`app.route('/p', sub)`, `app.use(router.routes())`, `new Router({ prefix })`). */
  extraMounts?(file: SourceFile, facts: FileFacts, routers: Set<string>): void;
}

/** Calls that create a router or app: `express()`, `express.Router()`, `Router()`, `new Hono()`, `new Router()`. */
const ROUTER_FACTORY = /^(?:new)?(?:express|express\.Router|Router|Hono|KoaRouter|OpenAPIHono|Koa)$/;
const ROUTER_NAME = /^(?:app|router|server|api|[a-z]\w*Router|[a-z]\w*App|[a-z]\w*Routes)$/;
const FUNCTION_KINDS = new Set(['arrow_function', 'function_expression', 'function']);
/** Callee texts that may register a route or mount (`<router>.get`, `….use`), picked from the call index. */
const ROUTE_CALLEE = /\.(?:get|post|put|patch|delete|del|all|options|head|use)$/;
/** Declarators that may create a router (`const router = express.Router()`), from the file's one query. */
const ROUTER_DECLARATOR = { kind: 'variable_declarator', where: { has: { field: 'value', any: [{ kind: 'call_expression' }, { kind: 'new_expression' }] } } };

/**
 * Express-style routers (Express, Koa router, Hono): `router.METHOD(path, ...guards, handler)`,
 * `router.route(path).METHOD(...)`, and `app.use([prefix], ...guards, [router])` mounts.
 */
export function routerStyleExtractor(style: RouterStyle): SourceExtractor {
  return {
    id: style.framework,
    languages: ['typescript', 'tsx', 'javascript'],
    kinds: [ROUTER_DECLARATOR],
    applies: (text) => style.applies.test(text),
    extract(file, facts) {
      if (!facts.imports.some((i) => style.imports.test(i.source))) return;
      const framework = style.framework;
      const routers = routerVariables(file);
      for (const indexed of file.calls) {
        if (!ROUTE_CALLEE.test(indexed.callee)) continue;
        const call = indexed.node;
        const fn = call.field('function');
        if (!fn || fn.kind() !== 'member_expression') continue;
        const method = fn.field('property')!.text();
        const receiver = fn.field('object')!;
        const target = routeTarget(receiver, routers);
        if (!target) continue;
        const args = argumentsOf(call.field('arguments'));
        if (method === 'use') {
          mount(file, facts, framework, target.router, call, args, routers);
          continue;
        }
        let path = target.path;
        let rest = args;
        if (path === null) {
          const first = args[0];
          if (!first || !isStringNode(first)) continue;
          path = unquote(first.text());
          rest = args.slice(1);
        }
        if (!path.startsWith('/') && path !== '*') continue;
        const handler = rest[rest.length - 1];
        if (!handler) continue;
        const guards = rest.slice(0, -1).flatMap((g) => guardCalls(file, g));
        // asyncHandler(async (req, res) => …) is an inline handler too.
        const handlerIsFunction = FUNCTION_KINDS.has(kindOf(handler)) || (handler.kind() === 'call_expression' && argumentsOf(handler.field('arguments')).some((a) => FUNCTION_KINDS.has(kindOf(a))));
        const body = handlerIsFunction ? file.summariseNode(handler) : { calls: [], dataOps: [] };
        facts.routes.push({
          framework,
          method: method === 'all' ? 'ANY' : method === 'del' ? 'DELETE' : method.toUpperCase(),
          path,
          location: file.location(call),
          guards,
          handlerRef: handlerIsFunction ? null : handlerReference(handler),
          router: target.router,
          params: pathParams(path),
          ...body,
        });
      }
      style.extraMounts?.(file, facts, routers);
    },
  };
}

export function routerVariables(file: SourceFile): Set<string> {
  const names = new Set<string>();
  for (const decl of file.nodes('variable_declarator')) {
    const value = decl.field('value');
    if (!value || (value.kind() !== 'call_expression' && value.kind() !== 'new_expression')) continue;
    const callee = compact((value.field('function') ?? value.field('constructor'))?.text() ?? '');
    const name = decl.field('name')?.text();
    if (name && ROUTER_FACTORY.test(callee.replace(/^new/, ''))) names.add(name);
  }
  return names;
}

/** Which router a call is made on, and the path when it is `router.route('/x').get(…)`. */
function routeTarget(receiver: SgNode, routers: Set<string>): { router: string; path: string | null } | null {
  if (receiver.kind() === 'identifier') {
    const name = receiver.text();
    return routers.has(name) || ROUTER_NAME.test(name) ? { router: name, path: null } : null;
  }
  // router.route('/x').get(a).post(b): walk down the chain to the `.route(path)` call.
  let node: SgNode | null = receiver;
  while (node && node.kind() === 'call_expression') {
    const fn: SgNode | null = node.field('function');
    if (!fn || fn.kind() !== 'member_expression') return null;
    if (fn.field('property')?.text() === 'route') {
      const object = fn.field('object');
      const first = argumentsOf(node.field('arguments'))[0];
      if (object?.kind() === 'identifier' && first && isStringNode(first)) {
        return { router: object.text(), path: unquote(first.text()) };
      }
      return null;
    }
    node = fn.field('object');
  }
  return null;
}

function mount(file: SourceFile, facts: FileFacts, framework: string, parent: string, call: SgNode, args: SgNode[], routers: ReadonlySet<string>): void {
  let prefix = '/';
  let rest = args;
  if (args[0] && isStringNode(args[0])) {
    prefix = unquote(args[0].text());
    rest = args.slice(1);
  }
  // Koa router's `allowedMethods()` answers OPTIONS and 405 once the routes are done: it neither routes nor guards.
  rest = rest.filter((r) => !(r.kind() === 'call_expression' && compact(r.field('function')?.text() ?? '').endsWith('.allowedMethods')));
  // @koa/router: `use([prefix], ...middleware)` where a middleware may be a router's `routes()` (alias `middleware()`):
  // each such router is mounted there, behind the middleware passed before it (Koa runs them in order).
  const koaRouters = rest.map((r) => koaRouterMiddleware(facts, r, routers));
  if (koaRouters.some((name) => name !== null)) {
    koaRouters.forEach((child, i) => {
      if (child === null) return;
      const guards = rest.slice(0, i).filter((_, j) => koaRouters[j] === null);
      facts.mounts.push({ framework, parent, prefix, guards: guards.flatMap((g) => guardCalls(file, g)), child, location: file.location(call) });
    });
    return;
  }
  // The last identifier argument is a router when it names one, is a router made in this file, or is imported from
  // the project's own modules under a name that is not a middleware's (`app.use('/docs', docs)`); the rest are guards.
  const last = rest[rest.length - 1];
  let child: string | null = null;
  let childModule: string | undefined;
  if (last && (last.kind() === 'identifier' || last.kind() === 'member_expression') && (/(?:router|routes|api|app)$/i.test(last.text()) || routers.has(last.text()) || importedRouter(facts, last.text()))) {
    child = last.text();
    rest = rest.slice(0, -1);
  } else if (last && last.kind() === 'call_expression' && compact(last.field('function')?.text() ?? '') === 'require') {
    // CommonJS inline mount: app.use('/account', authenticate, require('./account')) mounts that module's router.
    const specifier = argumentsOf(last.field('arguments'))[0];
    if (specifier && isStringNode(specifier)) {
      child = '*';
      childModule = unquote(specifier.text());
      rest = rest.slice(0, -1);
    }
  }
  facts.mounts.push({
    framework,
    parent,
    prefix,
    guards: rest.flatMap((g) => guardCalls(file, g)),
    child,
    ...(childModule !== undefined ? { childModule } : {}),
    location: file.location(call),
  });
}

/**
 * The router a Koa middleware argument mounts: `router.routes()` always; `router.middleware()` (koa-router's alias) only on
 * a receiver that is a router, since other libraries name their middleware factories `middleware()` too.
 */
function koaRouterMiddleware(facts: FileFacts, node: SgNode, routers: ReadonlySet<string>): string | null {
  if (node.kind() !== 'call_expression' || argumentsOf(node.field('arguments')).length > 0) return null;
  const match = /^([A-Za-z_$][\w$]*)\.(routes|middleware)$/.exec(compact(node.field('function')?.text() ?? ''));
  if (!match) return null;
  const [, name, method] = match;
  if (method === 'routes' || routers.has(name!) || /(?:router|routes)$/i.test(name!) || importedRouter(facts, name!)) return name!;
  return null;
}

const MIDDLEWARE_NAME = /(?:auth|Auth|require|ensure|verify|check|guard|Guard|limit|Limit|limiter|validate|protect|csrf|cors|helmet|log|Log|session|Session|parser|Parser|middleware|Middleware|handler|Handler|cache|Cache|compress|static)/;

function importedRouter(facts: FileFacts, name: string): boolean {
  if (MIDDLEWARE_NAME.test(name)) return false;
  return facts.imports.some((i) => i.local === name && i.source.startsWith('.'));
}

/** A middleware argument as calls: `requireAuth` → requireAuth; `requireRole('admin')` → requireRole('admin'); arrays flattened. */
export function guardCalls(file: SourceFile, node: SgNode): CallFact[] {
  const line = node.range().start.line + 1;
  switch (node.kind()) {
    case 'identifier':
    case 'member_expression':
      return [{ callee: compact(node.text()), line }];
    case 'call_expression': {
      const fn = node.field('function');
      const first = argumentsOf(node.field('arguments'))[0];
      const fact: CallFact = { callee: compact(fn?.text() ?? node.text()), line };
      if (first && isStringNode(first)) fact.firstArg = unquote(first.text());
      return [fact];
    }
    case 'array':
      return node.children().filter((c) => c.isNamed()).flatMap((c) => guardCalls(file, c));
    default:
      // An inline middleware function: what it calls is its evidence.
      if (FUNCTION_KINDS.has(kindOf(node))) return file.summariseNode(node).calls;
      return [];
  }
}

function handlerReference(node: SgNode): string | null {
  const kind = node.kind();
  if (kind === 'identifier' || kind === 'member_expression') return compact(node.text());
  // asyncHandler(listProjects) / wrap(controller.remove)
  if (kind === 'call_expression') {
    const inner = argumentsOf(node.field('arguments'))[0];
    return inner ? handlerReference(inner) : null;
  }
  return null;
}

export function isStringNode(node: SgNode): boolean {
  return node.kind() === 'string' || (node.kind() === 'template_string' && !node.text().includes('${'));
}
