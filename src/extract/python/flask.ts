import type { SgNode } from '@ast-grep/napi';
import type { CallFact, FileFacts, RouteFact } from '../../core/facts.js';
import type { SourceExtractor } from '../types.js';
import { argumentsOf, compact, type SourceFile, unquote } from '../source.js';
import { calleeOf, classBases, classMembers, decorators, guardOf, keyword, keywordString, lastName, listElements, located, moduleClasses, paramsField, stringList } from './common.js';

const METHOD_SHORTCUTS = new Set(['get', 'post', 'put', 'patch', 'delete']);
const HTTP_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'options']);
/** Class-based views: Flask's MethodView/View, Flask-RESTful/Flask-RESTX Resource. */
const VIEW_BASES = new Set(['MethodView', 'View', 'Resource']);
/** Decorators that document or (de)serialise an endpoint rather than guard it (flask-smorest, Flask-RESTX). */
const DOC_DECORATORS = new Set(['arguments', 'response', 'alt_response', 'paginate', 'doc', 'expect', 'marshal_with', 'marshal_list_with', 'param', 'produces', 'header', 'deprecated', 'etag']);
const HOOKS = new Set(['before_request', 'before_app_request']);

/**
 * Flask: `@app.route(path, methods=[…])` and `@bp.get(path)` functions, with the decorators
 * below the route decorator as guards (those above it wrap the function after it was
 * registered and do not apply); Blueprints with `url_prefix` and
 * `app.register_blueprint(bp, url_prefix=…)` as mounts; `before_request` hooks as
 * router-level guards; MethodView / Flask-RESTful / Flask-RESTX classes registered with
 * `add_url_rule`, `api.add_resource` or a class-level `@ns.route`.
 */
export const flaskExtractor: SourceExtractor = {
  id: 'flask',
  languages: ['python'],
  kinds: ['decorated_definition', 'assignment', 'function_definition'],
  applies: (text) => text.includes('flask') || text.includes('.route(') || text.includes('Blueprint') || text.includes('MethodView') || text.includes('register_blueprint'),
  extract(file, facts) {
    const importsFlask = facts.imports.some((i) => /^flask(?:_\w+)?(?:\.|$)/.test(i.source));
    if (facts.imports.some((i) => /^(?:fastapi|starlette)(?:\.|$)/.test(i.source))) return;
    const text = file.text;
    if (text.includes('.route(') || (importsFlask && /\.(?:get|post|put|patch|delete)\(/.test(text))) {
      for (const decorated of file.nodes('decorated_definition')) {
        if (decorated.field('definition')?.kind() === 'function_definition') functionRoutes(file, facts, decorated, importsFlask);
      }
    }
    if (/MethodView|Resource|\bView\b/.test(text)) viewClasses(file, facts);
    if (REGISTRATIONS.test(text)) registrations(file, facts, functionsByName(file));
  },
};

interface RouteDecorator {
  router: string;
  path: string;
  methods: string[];
}

function routeDecorator(node: SgNode, importsFlask: boolean): RouteDecorator | null {
  if (node.kind() !== 'call') return null;
  const fn = node.field('function');
  if (fn?.kind() !== 'attribute') return null;
  const name = fn.field('attribute')?.text() ?? '';
  if (name !== 'route' && !(importsFlask && METHOD_SHORTCUTS.has(name))) return null;
  const args = argumentsOf(node.field('arguments'));
  const first = args[0];
  const rule = first && first.kind() !== 'keyword_argument' ? first : keyword(args, 'rule');
  if (rule?.kind() !== 'string') return null;
  const methods = name === 'route' ? (stringList(keyword(args, 'methods'))?.map((m) => m.toUpperCase()) ?? ['GET']) : [name.toUpperCase()];
  return { router: compact(fn.field('object')?.text() ?? ''), path: unquote(rule.text()), methods };
}

/** The guards among decorators: everything but routing, hooks and documentation decorators. */
function guardDecorators(decs: readonly SgNode[], importsFlask: boolean): CallFact[] {
  const out: CallFact[] = [];
  for (const d of decs) {
    if (routeDecorator(d, importsFlask)) continue;
    const callee = calleeOf(d);
    if (callee.includes('.') && (DOC_DECORATORS.has(lastName(callee)) || HOOKS.has(lastName(callee)))) continue;
    const guard = guardOf(d);
    if (guard) out.push(guard);
  }
  return out;
}

function functionRoutes(file: SourceFile, facts: FileFacts, decorated: SgNode, importsFlask: boolean): void {
  const definition = decorated.field('definition')!;
  // Methods of a class-based view are routes of the class, not of a router.
  if (definition.parent()?.parent()?.kind() === 'class_definition' || decorated.parent()?.parent()?.kind() === 'class_definition') return;
  const decs = decorators(decorated);
  for (let i = 0; i < decs.length; i++) {
    const route = routeDecorator(decs[i]!, importsFlask);
    if (!route) continue;
    // Decorators above the route decorator wrap the function after Flask registered it: they do not guard the route.
    const guards = guardDecorators(decs.slice(i + 1), importsFlask);
    for (const method of route.methods) {
      if (method === 'HEAD' || method === 'OPTIONS') continue;
      facts.routes.push({
        framework: 'flask',
        method,
        path: route.path,
        location: file.location(decorated),
        guards,
        handlerRef: null,
        router: route.router,
        ...paramsField(file.pythonData.clientParams(definition, route.path)),
        ...file.summariseNode(definition),
      });
    }
  }
}

/** MethodView / Resource subclasses (bases followed within the file): one route per HTTP method they define. */
function viewClasses(file: SourceFile, facts: FileFacts): void {
  const classes = moduleClasses(file.root);
  for (const cls of classes.values()) {
    const lineage = viewLineage(cls, classes);
    if (!lineage) continue;
    const decorated = located(cls);
    const classRoute = decorators(decorated)
      .map((d) => routeDecorator(d, true))
      .find((r) => r !== null);
    const classGuards: CallFact[] = [];
    let methodDecorators: SgNode | null = null;
    const methods = new Map<string, SgNode>();
    // Nearest definition wins, as in Python's method resolution for a single-inheritance chain.
    for (const c of lineage.toReversed()) {
      const members = classMembers(c);
      for (const [name, fn] of members.methods) if (HTTP_METHODS.has(name) || name === 'dispatch_request') methods.set(name, fn);
      const decs = members.assignments.get('decorators');
      if (decs) classGuards.splice(0, classGuards.length, ...listElements(decs).flatMap((d) => guardOf(d) ?? []));
      methodDecorators = members.assignments.get('method_decorators') ?? methodDecorators;
    }
    const name = cls.field('name')!.text();
    const allowed = stringList(classMembers(cls).assignments.get('methods') ?? null)?.map((m) => m.toUpperCase()) ?? ['GET'];
    for (const [method, fn] of methods) {
      const verbs = method === 'dispatch_request' ? allowed : [method.toUpperCase()];
      const own = guardDecorators(decorators(located(fn)), true);
      const fact: Omit<RouteFact, 'method'> = {
        framework: 'flask',
        path: classRoute?.path ?? '',
        location: file.location(located(fn)),
        guards: [...guardDecorators(decorators(decorated), true), ...classGuards, ...restfulMethodDecorators(methodDecorators, method), ...own],
        handlerRef: null,
        router: classRoute?.router ?? name,
        ...paramsField(file.pythonData.clientParams(fn, classRoute?.path ?? '')),
        ...(classRoute ? {} : { needsMount: true }),
        ...file.summariseNode(fn),
      };
      for (const verb of verbs) if (verb !== 'HEAD' && verb !== 'OPTIONS') facts.routes.push({ ...fact, method: verb });
    }
  }
}

/** The class and its same-file ancestors, nearest first, when one of them derives from a Flask view base; null otherwise. */
function viewLineage(cls: SgNode, classes: Map<string, SgNode>): SgNode[] | null {
  const lineage: SgNode[] = [];
  let current: SgNode | undefined = cls;
  for (let depth = 0; current && depth < 6; depth++) {
    const here: SgNode = current;
    lineage.push(here);
    const bases: string[] = classBases(here).bases.map((b) => lastName(b.text()));
    if (bases.some((b) => VIEW_BASES.has(b))) return lineage;
    current = bases.map((b) => classes.get(b)).find((c) => c !== undefined && c !== here);
  }
  return null;
}

/** Flask-RESTful `method_decorators = [a, b]` (every method) or `{'delete': [admin_required]}` (per method). */
function restfulMethodDecorators(node: SgNode | null, method: string): CallFact[] {
  if (!node) return [];
  if (node.kind() !== 'dictionary') return listElements(node).flatMap((d) => guardOf(d) ?? []);
  for (const pair of node.namedChildren()) {
    if (pair.kind() === 'pair' && unquote(pair.field('key')?.text() ?? '').toLowerCase() === method) return listElements(pair.field('value')).flatMap((d) => guardOf(d) ?? []);
  }
  return [];
}

/** Blueprints, registrations, hooks, URL rules, resources and namespaces: the mounts of a Flask app. */
/** Text that a file registering blueprints, hooks, URL rules or resources must contain. */
const REGISTRATIONS = /Blueprint\(|Api\(|[Nn]amespace\(|register_blueprint|add_url_rule|add_resource|add_namespace|init_app|before_(?:app_)?request|limit\(/;

function functionsByName(file: SourceFile): Map<string, SgNode> {
  const functions = new Map<string, SgNode>();
  for (const fn of file.nodes('function_definition')) {
    const name = fn.field('name')?.text();
    if (name && !functions.has(name)) functions.set(name, fn);
  }
  return functions;
}

function registrations(file: SourceFile, facts: FileFacts, functions: Map<string, SgNode>): void {
  const routers = new Set<string>();
  for (const assignment of file.nodes('assignment')) {
    const call = assignment.field('right');
    if (call?.kind() !== 'call') continue;
    const name = assignment.field('left')?.text();
    const callee = lastName(compact(call.field('function')?.text() ?? ''));
    if (!name || !/^[A-Za-z_][\w.]*$/.test(name)) continue;
    const args = argumentsOf(call.field('arguments'));
    const positional = args.filter((a) => a.kind() !== 'keyword_argument');
    if (callee === 'Blueprint' || callee === 'Flask') routers.add(name);
    if (callee === 'Blueprint') {
      const prefix = keywordString(args, 'url_prefix');
      if (prefix) facts.mounts.push({ framework: 'flask', parent: name, prefix, guards: [], child: name, location: file.location(assignment) });
    } else if (callee === 'Api' && positional[0] && (positional[0].kind() === 'identifier' || positional[0].kind() === 'attribute')) {
      facts.mounts.push({ framework: 'flask', parent: compact(positional[0].text()), prefix: keywordString(args, 'prefix') ?? '/', guards: [], child: name, location: file.location(assignment) });
    } else if (callee === 'namespace' || callee === 'Namespace') {
      const parent = callee === 'namespace' ? compact(call.field('function')?.field('object')?.text() ?? '') : null;
      const nsName = positional[0]?.kind() === 'string' ? unquote(positional[0].text()) : null;
      const prefix = keywordString(args, 'path') ?? (nsName ? `/${nsName}` : '/');
      if (parent) facts.mounts.push({ framework: 'flask', parent, prefix, guards: [], child: name, location: file.location(assignment) });
      else facts.mounts.push({ framework: 'flask', parent: name, prefix, guards: [], child: name, location: file.location(assignment) });
    }
  }
  for (const { node: call, callee } of file.calls) {
    if (!/\.(?:register_blueprint|add_url_rule|add_resource|add_namespace|init_app|before_request|before_app_request)$/.test(callee)) continue;
    const fn = call.field('function')!;
    const parent = registeringParameter(fn.field('object'), call) ?? compact(fn.field('object')?.text() ?? '');
    if (fn.field('object')?.kind() === 'identifier') routers.add(parent);
    const registered = /\.(?:register_blueprint|add_namespace)$/.test(callee) ? argumentsOf(call.field('arguments'))[0] : undefined;
    if (registered?.kind() === 'identifier') routers.add(registered.text());
    const method = fn.field('attribute')!.text();
    const args = argumentsOf(call.field('arguments'));
    const positional = args.filter((a) => a.kind() !== 'keyword_argument');
    const location = file.location(call);
    switch (method) {
      case 'register_blueprint':
      case 'add_namespace': {
        const child = positional[0];
        if (child && (child.kind() === 'identifier' || child.kind() === 'attribute')) {
          const given = keywordString(args, method === 'add_namespace' ? 'path' : 'url_prefix');
          facts.mounts.push({ framework: 'flask', parent, prefix: given ?? '/', guards: [], child: compact(child.text()), location, ...(given !== null && method === 'register_blueprint' ? { replacesChildPrefix: true as const } : {}) });
        }
        break;
      }
      case 'init_app': {
        const app = positional[0];
        // `api.init_app(app)` (Flask-RESTful, flask-smorest); extensions like `db.init_app(app)` mount nothing routable.
        if (app && /(?:^|_)(?:api|rest|restful)$/i.test(parent)) facts.mounts.push({ framework: 'flask', parent: compact(app.text()), prefix: '/', guards: [], child: parent, location });
        break;
      }
      case 'add_resource': {
        const resource = positional[0];
        const url = positional[1];
        if (resource && url?.kind() === 'string') facts.mounts.push({ framework: 'flask', parent, prefix: unquote(url.text()), guards: [], child: compact(resource.text()), location });
        break;
      }
      case 'add_url_rule':
        urlRule(file, facts, call, parent, args, functions);
        break;
      default: {
        // `bp.before_request(require_login)`
        const hook = positional[0];
        if (hook) facts.mounts.push({ framework: 'flask', parent, prefix: '/', guards: hookGuards(file, hook, functions), child: parent, location });
      }
    }
  }
  // Flask-Limiter: `limiter.limit("20 per hour")(bp)` limits every route of the blueprint: a guard mounted onto itself.
  for (const call of file.root.findAll({ rule: { kind: 'call', has: { field: 'function', kind: 'call', has: { field: 'function', kind: 'attribute', has: { field: 'attribute', regex: '^(?:limit|shared_limit)$' } } } } })) {
    const [blueprint, ...rest] = argumentsOf(call.field('arguments'));
    if (blueprint?.kind() !== 'identifier' || rest.length > 0 || !routers.has(blueprint.text())) continue;
    const guard = guardOf(call.field('function')!);
    if (guard) facts.mounts.push({ framework: 'flask', parent: blueprint.text(), prefix: '/', guards: [guard], child: blueprint.text(), location: file.location(call) });
  }
  // `register_result_views(results_bp)`: a helper that registers views on the blueprint it is handed is mounted on that blueprint.
  for (const { node: call, callee } of file.calls) {
    if (!/^\w+$/.test(callee) || !functions.has(callee) && !facts.imports.some((i) => i.local === callee)) continue;
    const router = argumentsOf(call.field('arguments')).find((a) => a.kind() === 'identifier' && routers.has(a.text()));
    if (router) facts.mounts.push({ framework: 'flask', parent: router.text(), prefix: '', guards: [], child: callee, location: file.location(call) });
  }
  for (const decorated of file.nodes('decorated_definition')) {
    if (decorated.field('definition')?.kind() !== 'function_definition') continue;
    const hook = decorators(decorated).find((d) => d.kind() === 'attribute' && HOOKS.has(d.field('attribute')?.text() ?? ''));
    if (!hook) continue;
    const parent = compact(hook.field('object')?.text() ?? '');
    const definition = decorated.field('definition')!;
    const name = definition.field('name')?.text() ?? '';
    const guards: CallFact[] = [{ callee: name, line: definition.range().start.line + 1 }, ...guardDecorators(decorators(decorated), true), ...file.summariseNode(definition).calls];
    // A hook runs before every request the app or blueprint handles, wherever it is declared: a mount onto itself.
    facts.mounts.push({ framework: 'flask', parent, prefix: '/', guards, child: parent, location: file.location(decorated) });
  }
}

/**
 * `def register_result_views(bp): bp.add_url_rule(…)`: the blueprint is whatever the caller hands in, so what is
 * registered on it is mounted on the function (`register_result_views`), and each call of it mounts that on its argument.
 */
function registeringParameter(receiver: SgNode | null, call: SgNode): string | null {
  if (receiver?.kind() !== 'identifier') return null;
  let fn: SgNode | null = call.parent();
  while (fn && fn.kind() !== 'function_definition') fn = fn.parent();
  if (!fn) return null;
  const params = fn.field('parameters')?.namedChildren() ?? [];
  const named = params.some((p) => (p.kind() === 'identifier' ? p : p.field('name') ?? p.namedChildren()[0])?.text() === receiver.text());
  return named ? (fn.field('name')?.text() ?? null) : null;
}

/** A hook function named in `before_request(fn)`: its name, and its decorators and calls when it is defined here. */
function hookGuards(file: SourceFile, hook: SgNode, functions: Map<string, SgNode>): CallFact[] {
  const guard = guardOf(hook);
  if (!guard) return [];
  const fn = functions.get(hook.text());
  if (!fn) return [guard];
  return [guard, ...guardDecorators(decorators(located(fn)), true), ...file.summariseNode(fn).calls];
}

/** `app.add_url_rule(rule, endpoint, view_func, methods=[…])`: a class view becomes a mount, a function a route. */
function urlRule(file: SourceFile, facts: FileFacts, call: SgNode, parent: string, args: SgNode[], functions: Map<string, SgNode>): void {
  const positional = args.filter((a) => a.kind() !== 'keyword_argument');
  const rule = positional[0] ?? keyword(args, 'rule');
  const view = keyword(args, 'view_func') ?? positional[2];
  if (rule?.kind() !== 'string' || !view) return;
  const path = unquote(rule.text());
  const location = file.location(call);
  if (view.kind() === 'call' && view.field('function')?.field('attribute')?.text() === 'as_view') {
    const cls = compact(view.field('function')?.field('object')?.text() ?? '');
    facts.mounts.push({ framework: 'flask', parent, prefix: path, guards: [], child: cls, location });
    return;
  }
  if (view.kind() !== 'identifier' && view.kind() !== 'attribute') return;
  const handlerRef = compact(view.text());
  const local = functions.get(handlerRef);
  const guards = local ? guardDecorators(decorators(located(local)), true) : [];
  for (const method of stringList(keyword(args, 'methods'))?.map((m) => m.toUpperCase()) ?? ['GET']) {
    facts.routes.push({ framework: 'flask', method, path, location, guards, handlerRef, router: parent, ...paramsField(file.pythonData.clientParams(local ?? null, path)), calls: [], dataOps: [] });
  }
}
