import type { SgNode } from '@ast-grep/napi';
import type { CallFact, FileFacts } from '../../core/facts.js';
import type { SourceExtractor } from '../types.js';
import { argumentsOf, compact, type SourceFile, unquote } from '../source.js';
import { decorators, guardOf, keyword, keywordString, listElements, located, moduleClasses, paramsField, stringList } from './common.js';

const METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'options', 'head', 'api_route']);
const DEPENDENCY_CALLEE = /^(?:(?:fastapi|params)\.)?(?:Depends|Security)$/;

/** Names that stand for dependencies in this file: `CurrentUser = Annotated[User, Depends(get_current_user)]`, `admin_only = Depends(require_admin)`. */
type Aliases = Map<string, CallFact[]> & {
  /**
   * Module-level results of a call (`reviewers = require_role("reviewer", "lab_manager")`): `Depends(reviewers)`
   * runs what that call returned, so the dependency is the call, with what it demands.
   */
  made?: Map<string, SgNode>;
};
/** Calls whose result is no dependency the route runs: the app, its routers, settings and limiters. */
const NOT_MADE_DEPENDENCY = /^(?:(?:fastapi\.)?(?:APIRouter|FastAPI|Depends|Security)|Annotated|TypeVar|Limiter|get_settings|\w*Settings|\w*[Ll]ogger|logging\.\w+|os\.\w+(?:\.\w+)*)$/;

/**
 * FastAPI: `@router.METHOD(path, dependencies=[Depends(x)])` on a function whose parameters
 * may carry `Depends(y)` / `Security(y, scopes=[…])`, directly, inside `Annotated[…]` or
 * through an alias; `APIRouter(prefix=…, dependencies=[…])` and
 * `app.include_router(router, prefix=…, dependencies=[…])` become mounts. Aliases defined in
 * this module are expanded here; aliases imported from another module are left to the linker
 * (`dependencyTypes` here, `injects` on the alias's own FunctionFact there).
 */
export const fastapiExtractor: SourceExtractor = {
  id: 'fastapi',
  languages: ['python'],
  kinds: ['decorated_definition', 'assignment', 'function_definition'],
  applies: (text) => text.includes('fastapi') || text.includes('APIRouter'),
  extract(file, facts) {
    const text = file.text;
    const aliases = /Depends|Security|__call__/.test(text) ? collectAliases(file, facts) : new Map<string, CallFact[]>();
    const imported = new Set(facts.imports.map((i) => i.local));
    for (const decorated of file.nodes('decorated_definition')) {
      const definition = decorated.field('definition');
      if (definition?.kind() !== 'function_definition') continue;
      const decs = decorators(decorated);
      for (let i = 0; i < decs.length; i++) {
        const route = routeDecorator(decs[i]!);
        if (!route) continue;
        const own = parameterDependencies(definition, aliases, imported);
        // Decorators below the route decorator wrap the endpoint before it is registered; those above do not.
        const wrapping = decs.slice(i + 1).filter((d) => !routeDecorator(d)).flatMap((d) => guardOf(d) ?? []);
        const keywordDeps = dependencyList(keyword(route.args, 'dependencies'), aliases, imported);
        const params = paramsField(file.pythonData.clientParams(definition, route.path));
        for (const method of route.methods) {
          facts.routes.push({
            framework: 'fastapi',
            method,
            path: route.path,
            location: file.location(decorated),
            guards: [...keywordDeps.guards, ...wrapping, ...own.guards],
            handlerRef: null,
            router: route.router,
            ...params,
            ...(own.types.length + keywordDeps.types.length > 0 ? { dependencyTypes: [...keywordDeps.types, ...own.types] } : {}),
            ...file.summariseNode(definition),
          });
        }
      }
    }
    if (/APIRouter|FastAPI|include_router|add_api_route|\.mount\(/.test(text)) collectRouters(file, facts, aliases, imported);
    if (/Depends|Security/.test(text) || aliases.size > 0) dependencyCalls(file, facts, aliases, imported);
  },
};

/**
 * FastAPI calls a dependency's own dependencies before it (`def get_current_superuser(user:
 * CurrentUser)` runs `get_current_user` first): they become calls of the function, so what a
 * guard relies on can be followed from it.
 */
function dependencyCalls(file: SourceFile, facts: FileFacts, aliases: Aliases, imported: Set<string>): void {
  const names = new RegExp(`\\b(?:${['Depends', 'Security', ...aliases.keys()].join('|')})\\b`);
  for (const fn of file.nodes('function_definition')) {
    if (!names.test(fn.field('parameters')?.text() ?? '')) continue;
    const { guards } = parameterDependencies(fn, aliases, imported);
    if (guards.length === 0) continue;
    const at = file.location(located(fn));
    const fact = facts.functions.find((f) => f.location.startLine === at.startLine && f.location.startColumn === at.startColumn);
    if (!fact) continue;
    for (const g of guards) if (!fact.calls.some((c) => c.callee === g.callee && c.line === g.line)) fact.calls.push(g);
  }
}

interface RouteDecorator {
  router: string;
  path: string;
  methods: string[];
  args: SgNode[];
}

function routeDecorator(node: SgNode): RouteDecorator | null {
  if (node.kind() !== 'call') return null;
  const fn = node.field('function');
  if (fn?.kind() !== 'attribute') return null;
  const name = fn.field('attribute')?.text() ?? '';
  if (!METHODS.has(name)) return null;
  const args = argumentsOf(node.field('arguments'));
  const first = args[0];
  const pathNode = first && first.kind() !== 'keyword_argument' ? first : keyword(args, 'path');
  if (pathNode?.kind() !== 'string') return null;
  const methods = name === 'api_route' ? (stringList(keyword(args, 'methods'))?.map((m) => m.toUpperCase()) ?? ['GET']) : [name.toUpperCase()];
  return { router: compact(fn.field('object')?.text() ?? ''), path: unquote(pathNode.text()), methods, args };
}

/** `Depends(x)` / `Security(x, scopes=[…])` → x, with a class-based dependency's demanded role or the first scope as its argument. */
function dependencyOf(call: SgNode, annotation: SgNode | null, made?: ReadonlyMap<string, SgNode>): CallFact | null {
  const callee = compact(call.field('function')?.text() ?? '');
  if (!DEPENDENCY_CALLEE.test(callee)) return null;
  const args = argumentsOf(call.field('arguments'));
  const first = args[0] && args[0].kind() !== 'keyword_argument' ? args[0] : keyword(args, 'dependency');
  const line = call.range().start.line + 1;
  if (!first) {
    // `checker: RoleChecker = Depends()`: the annotated class is the dependency.
    const type = annotation ? dependencyType(annotation) : null;
    return type ? { callee: type, line } : null;
  }
  const madeBy = first.kind() === 'identifier' ? made?.get(first.text()) : undefined;
  const fact = first.kind() === 'call' ? guardOf(first) : madeBy ? guardOf(madeBy) : { callee: compact(first.text()), line };
  if (!fact) return null;
  fact.line = line;
  const scope = stringList(keyword(args, 'scopes'))?.[0];
  if (scope !== undefined && fact.firstArg === undefined) fact.firstArg = scope;
  return fact;
}

/** The class named by an annotation: `RoleChecker`, or the first argument of `Annotated[RoleChecker, …]`. */
function dependencyType(annotation: SgNode): string | null {
  const text = compact(annotation.text());
  const m = /^(?:Annotated\[)?([A-Za-z_][\w.]*)/.exec(text);
  return m ? m[1]! : null;
}

/** Dependencies declared by a function's parameters, and imported type names that may be aliases. */
function parameterDependencies(definition: SgNode, aliases: Aliases, imported: Set<string>): { guards: CallFact[]; types: CallFact[] } {
  const guards: CallFact[] = [];
  const types: CallFact[] = [];
  for (const param of definition.field('parameters')?.namedChildren() ?? []) {
    const annotation = param.field('type');
    // A query per parameter is a walk per parameter: only parameters that mention a dependency are searched.
    const calls = /Depends|Security|\(/.test(param.text()) ? param.findAll({ rule: { kind: 'call' } }) : [];
    for (const call of calls) {
      const dep = dependencyOf(call, annotation, aliases.made);
      if (dep) guards.push(dep);
    }
    const inner = annotation?.namedChildren()[0];
    if (inner?.kind() !== 'identifier') continue;
    const name = inner.text();
    const line = inner.range().start.line + 1;
    const alias = aliases.get(name);
    if (alias) guards.push(...alias.map((a) => ({ ...a, line })));
    else if (imported.has(name)) types.push({ callee: name, line });
  }
  return { guards, types };
}

/** `dependencies=[Depends(a), Security(b), admin_only]`. */
function dependencyList(list: SgNode | null, aliases: Aliases, imported: Set<string>): { guards: CallFact[]; types: CallFact[] } {
  const guards: CallFact[] = [];
  const types: CallFact[] = [];
  for (const element of listElements(list)) {
    const line = element.range().start.line + 1;
    if (element.kind() === 'call') {
      const dep = dependencyOf(element, null, aliases.made);
      if (dep) guards.push(dep);
    } else if (element.kind() === 'identifier') {
      const alias = aliases.get(element.text());
      if (alias) guards.push(...alias.map((a) => ({ ...a, line })));
      else if (imported.has(element.text())) types.push({ callee: element.text(), line });
    }
  }
  return { guards, types };
}

/**
 * Module-level dependency aliases, also recorded as FunctionFacts with `injects` (and calls, since
 * using the alias runs them) so other modules' routes can resolve them. A callable instance of a
 * class defined here (`require_admin = RoleChecker(["admin"])`) is recorded as a function too:
 * calling it runs `RoleChecker.__call__`.
 */
function collectAliases(file: SourceFile, facts: FileFacts): Aliases {
  const aliases: Aliases = new Map();
  const made = new Map<string, SgNode>();
  aliases.made = made;
  // Functions of this module that return a function they define (`def require_role(*roles): def checker(…): …; return checker`).
  const factories = new Set(
    file.root
      .namedChildren()
      .filter((c) => c.kind() === 'function_definition' && c.field('body')?.namedChildren().some((s) => s.kind() === 'function_definition'))
      .map((c) => c.field('name')?.text() ?? ''),
  );
  const callable = new Set([...moduleClasses(file.root)].filter(([, cls]) => cls.find({ rule: { kind: 'function_definition', has: { field: 'name', regex: '^__call__$' } } })).map(([name]) => name));
  for (const statement of file.root.namedChildren()) {
    if (statement.kind() !== 'expression_statement') continue;
    const assignment = statement.namedChildren().find((c) => c.kind() === 'assignment');
    const name = assignment?.field('left');
    const value = assignment?.field('right');
    if (name?.kind() !== 'identifier' || !value) continue;
    if (value.kind() === 'call' && callable.has(compact(value.field('function')?.text() ?? ''))) {
      const call = guardOf(value)!;
      facts.functions.push({ name: name.text(), qualifiedName: name.text(), exported: !name.text().startsWith('_'), location: file.location(assignment!), calls: [call], dataOps: [] });
      continue;
    }
    if (!/\b(?:Depends|Security)\s*\(/.test(value.text())) {
      const callee = value.kind() === 'call' ? value.field('function') : null;
      if (callee && (callee.kind() === 'identifier' || callee.kind() === 'attribute') && !NOT_MADE_DEPENDENCY.test(compact(callee.text()))) {
        made.set(name.text(), value);
        // Made by a factory of this module (`reviewers = require_role("reviewer")` in deps.py): other modules import the
        // name and inject it, so it is recorded as a function that runs the call, like a callable instance.
        if (callee.kind() === 'identifier' && factories.has(callee.text())) {
          facts.functions.push({ name: name.text(), qualifiedName: name.text(), exported: !name.text().startsWith('_'), location: file.location(assignment!), calls: [guardOf(value)!], dataOps: [] });
        }
      }
      continue;
    }
    const annotation = value.kind() === 'subscript' ? (value.namedChildren()[1] ?? null) : null;
    const calls = value.kind() === 'call' ? [value] : value.findAll({ rule: { kind: 'call' } });
    const injects = calls.flatMap((c) => dependencyOf(c, annotation, made) ?? []);
    if (injects.length === 0) continue;
    aliases.set(name.text(), injects);
    facts.functions.push({
      name: name.text(),
      qualifiedName: name.text(),
      exported: !name.text().startsWith('_'),
      location: file.location(assignment!),
      calls: injects.map((i) => ({ ...i })),
      dataOps: [],
      injects,
    });
  }
  return aliases;
}

function collectRouters(file: SourceFile, facts: FileFacts, aliases: Aliases, imported: Set<string>): void {
  for (const assignment of file.nodes('assignment')) {
    const right = assignment.field('right');
    if (right?.kind() !== 'call' || !/^(?:fastapi\.)?(?:APIRouter|FastAPI)$/.test(compact(right.field('function')?.text() ?? ''))) continue;
    const name = assignment.field('left')?.text();
    const args = argumentsOf(right.field('arguments'));
    const prefix = keywordString(args, 'prefix');
    const { guards } = dependencyList(keyword(args, 'dependencies'), aliases, imported);
    if (name && (prefix || guards.length > 0)) {
      // Router-level settings apply to every route registered on it: a mount of the router onto itself.
      facts.mounts.push({ framework: 'fastapi', parent: name, prefix: prefix ?? '/', guards, child: name, location: file.location(assignment) });
    }
  }
  for (const { node: call, callee } of file.calls) {
    if (!/\.(?:include_router|mount|add_api_route)$/.test(callee)) continue;
    const fn = call.field('function')!;
    const parent = compact(fn.field('object')?.text() ?? 'app');
    const args = argumentsOf(call.field('arguments'));
    const positional = args.filter((a) => a.kind() !== 'keyword_argument');
    const method = fn.field('attribute')!.text();
    if (method === 'add_api_route') {
      addApiRoute(file, facts, call, parent, args, aliases, imported);
      continue;
    }
    const childNode = method === 'mount' ? positional[1] : positional[0];
    if (!childNode || (childNode.kind() !== 'identifier' && childNode.kind() !== 'attribute')) continue;
    const prefix = method === 'mount' ? (positional[0]?.kind() === 'string' ? unquote(positional[0].text()) : null) : keywordString(args, 'prefix');
    facts.mounts.push({
      framework: 'fastapi',
      parent,
      prefix: prefix ?? '/',
      guards: dependencyList(keyword(args, 'dependencies'), aliases, imported).guards,
      child: compact(childNode.text()),
      location: file.location(call),
    });
  }
}

/** `router.add_api_route("/x", endpoint, methods=["POST"], dependencies=[…])`. */
function addApiRoute(file: SourceFile, facts: FileFacts, call: SgNode, router: string, args: SgNode[], aliases: Aliases, imported: Set<string>): void {
  const positional = args.filter((a) => a.kind() !== 'keyword_argument');
  const pathNode = positional[0] ?? keyword(args, 'path');
  const endpoint = positional[1] ?? keyword(args, 'endpoint');
  if (pathNode?.kind() !== 'string' || !endpoint) return;
  const handlerRef = compact(endpoint.text());
  const local = file.root.find({ rule: { kind: 'function_definition', has: { field: 'name', regex: `^${handlerRef.replace(/\W/g, '')}$` } } });
  const own = local ? parameterDependencies(local, aliases, imported) : { guards: [], types: [] };
  const deps = dependencyList(keyword(args, 'dependencies'), aliases, imported);
  for (const method of stringList(keyword(args, 'methods'))?.map((m) => m.toUpperCase()) ?? ['GET']) {
    facts.routes.push({
      framework: 'fastapi',
      method,
      path: unquote(pathNode.text()),
      location: file.location(call),
      guards: [...deps.guards, ...own.guards],
      handlerRef,
      router,
      ...paramsField(file.pythonData.clientParams(local, unquote(pathNode.text()))),
      ...(own.types.length + deps.types.length > 0 ? { dependencyTypes: [...deps.types, ...own.types] } : {}),
      calls: [],
      dataOps: [],
    });
  }
}
