import type { SgNode } from '@ast-grep/napi';
import type { CallFact, FileFacts } from '../../core/facts.js';
import type { SourceExtractor } from '../types.js';
import { argumentsOf, kindOf, localObject, type SourceFile, unquote } from '../source.js';
import { pathParams } from './paths.js';
import { guardCalls, isStringNode } from './router-style.js';

const METHODS = '^(get|post|put|patch|delete|head|options|all|route|addHook|register|decorate)$';
const HOOKS = new Set(['onRequest', 'preParsing', 'preValidation', 'preHandler']);
const FUNCTION_KINDS = new Set(['arrow_function', 'function_expression', 'function', 'function_declaration']);

/**
 * Fastify: `fastify.METHOD(path, [{ preHandler, onRequest }], handler)`, `fastify.route({ … })`,
 * `addHook('onRequest' | 'preHandler', …)` on an instance or plugin, `register(plugin, { prefix })`.
 * Routes inside a plugin function are registered on the plugin: its name is their router, so
 * the `register` that mounts it (in this file or one that imports it) links hooks and prefixes.
 */
export const fastifyExtractor: SourceExtractor = {
  id: 'fastify',
  languages: ['typescript', 'tsx', 'javascript'],
  applies: (text) => text.includes('fastify') || text.includes('Fastify'),
  // Its own queries run only in the files the test above (and, for Next.js, the file's path) selects.
  kinds: [],
  extract(file, facts) {
    const instances = fastifyInstances(file, facts);
    if (instances.plugins.size === 0 && instances.names.size === 0) return;
    const calls = file.root.findAll({ rule: { kind: 'call_expression', has: { field: 'function', kind: 'member_expression', has: { field: 'property', regex: METHODS } } } });
    for (const call of calls) {
      const fn = call.field('function')!;
      const receiver = fn.field('object');
      if (!receiver || receiver.kind() !== 'identifier') continue;
      const context = contextOf(receiver, instances);
      if (!context) continue;
      const { router } = context;
      const method = fn.field('property')!.text();
      const args = argumentsOf(call.field('arguments'));
      if (method === 'addHook') {
        const hook = args[0];
        if (!hook || !isStringNode(hook) || !HOOKS.has(unquote(hook.text()))) continue;
        const guards = args.slice(1).flatMap((g) => guardCalls(file, g));
        facts.mounts.push({ framework: 'fastify', parent: router, prefix: '/', guards, child: null, location: file.location(call), ...(context.skipsOverride ? { skipsEncapsulation: true as const } : {}) });
      } else if (method === 'register') {
        registerMount(file, facts, router, call, args);
      } else if (method === 'decorate') {
        decoratedFunction(file, facts, args);
      } else if (method === 'route') {
        const options = objectOf(file, args[0]);
        if (!options) continue;
        const entries = pairs(file, options);
        const url = entries.get('url') ?? entries.get('path');
        const methodNode = entries.get('method');
        if (!url || !isStringNode(url)) continue;
        const methods = methodNode ? (methodNode.kind() === 'array' ? methodNode.children().filter(isStringNode) : [methodNode]).filter(isStringNode).map((m) => unquote(m.text()).toUpperCase()) : ['ANY'];
        for (const m of methods) pushRoute(file, facts, call, m, unquote(url.text()), router, entries, entries.get('handler') ?? null);
      } else {
        const path = args[0];
        if (!path || !isStringNode(path)) continue;
        // `app.post(path, options, handler)`, or `app.post(path, { handler, … })`; options may be a constant of the file.
        const optionsNode = args.length > 2 ? objectOf(file, args[1]) : null;
        const inlineOptions = args.length === 2 && args[1]?.kind() === 'object' ? pairs(file, args[1]) : null;
        const entries = optionsNode ? pairs(file, optionsNode) : (inlineOptions ?? new Map<string, SgNode>());
        const handler = inlineOptions ? (inlineOptions.get('handler') ?? null) : (args[args.length - 1] ?? null);
        pushRoute(file, facts, call, method === 'all' ? 'ANY' : method.toUpperCase(), unquote(path.text()), router, entries, handler);
      }
    }
  },
};

function pushRoute(file: SourceFile, facts: FileFacts, call: SgNode, method: string, path: string, router: string, options: Map<string, SgNode>, handler: SgNode | null): void {
  if (!handler) return;
  const inline = FUNCTION_KINDS.has(kindOf(handler));
  const rateLimit = routeRateLimit(file, options);
  facts.routes.push({
    framework: 'fastify',
    method,
    path,
    location: file.location(call),
    guards: hookGuards(file, options),
    handlerRef: inline ? null : handler.kind() === 'identifier' || handler.kind() === 'member_expression' ? handler.text() : null,
    router,
    params: pathParams(path),
    ...(inline ? file.summariseNode(handler) : { calls: [], dataOps: [] }),
    ...(rateLimit ? { rateLimit } : {}),
  });
}

/**
 * `@fastify/rate-limit` settings in the route's options: `config: { rateLimit: { max, timeWindow } }`,
 * also through constants of the file (`{ config: strict }`, `{ config: { rateLimit: loginLimit } }`).
 * `rateLimit: false` exempts the route from a global limiter.
 */
function routeRateLimit(file: SourceFile, options: Map<string, SgNode>): 'own' | 'off' | undefined {
  const config = objectOf(file, options.get('config'));
  const value = config ? pairs(file, config).get('rateLimit') : undefined;
  if (!value) return undefined;
  return value.kind() === 'false' ? 'off' : 'own';
}

/** An object literal, or the object literal a constant of the file holds. */
function objectOf(file: SourceFile, node: SgNode | undefined): SgNode | null {
  if (!node) return null;
  if (node.kind() === 'object') return node;
  return node.kind() === 'identifier' || node.kind() === 'shorthand_property_identifier' ? localObject(file.root, node.text()) : null;
}

function hookGuards(file: SourceFile, entries: Map<string, SgNode>): CallFact[] {
  const out: CallFact[] = [];
  for (const [key, value] of entries) if (HOOKS.has(key)) out.push(...guardCalls(file, value));
  return out;
}

/** `app.register(projectRoutes, { prefix: '/projects' })`; an inline plugin gets a name from its line. */
function registerMount(file: SourceFile, facts: FileFacts, parent: string, call: SgNode, args: SgNode[]): void {
  const plugin = args[0];
  if (!plugin) return;
  const options = args[1]?.kind() === 'object' ? pairs(file, args[1]) : new Map<string, SgNode>();
  const prefixNode = options.get('prefix');
  const prefix = prefixNode && isStringNode(prefixNode) ? unquote(prefixNode.text()) : '/';
  let child: string | null = null;
  const inline = pluginFunction(plugin, facts);
  if (plugin.kind() === 'identifier') child = plugin.text();
  else if (inline) child = inlinePluginName(inline);
  else if (plugin.kind() === 'call_expression' && argumentsOf(plugin.field('arguments'))[0]?.kind() === 'identifier') child = argumentsOf(plugin.field('arguments'))[0]!.text();
  if (!child) return;
  const awaited = call.parent()?.kind() === 'await_expression';
  facts.mounts.push({ framework: 'fastify', parent, prefix, guards: [], child, location: file.location(call), ...(awaited ? { awaited: true as const } : {}) });
}

function inlinePluginName(fn: SgNode): string {
  return `plugin@${fn.range().start.line + 1}`;
}

/**
 * The names that refer to a Fastify instance: variables from `Fastify()`/`fastify()`, and the
 * first parameter of plugin functions — named `fastify`, `app`, `server`, `instance` or typed
 * `FastifyInstance`, or whatever its name when the function is passed to `register` on an
 * instance (`app.register(async (api) => …)`) or wrapped with fastify-plugin — mapped to the
 * router name routes on them belong to.
 */
interface Instances {
  /**
   * Plugin functions by start offset: the instance parameter's name and the plugin's name. `skipsOverride`
   * for one wrapped with fastify-plugin (`fp(async (app) => …)`, or marked `Symbol.for('skip-override')`):
   * it gets no context of its own, so its hooks act in the context that registers it.
   */
  plugins: Map<number, { param: string; plugin: string; skipsOverride: boolean }>;
  /** Variables holding a root instance (`const app = Fastify()`). */
  names: Set<string>;
}

function fastifyInstances(file: SourceFile, facts: FileFacts): Instances {
  const plugins = new Map<number, { param: string; plugin: string; skipsOverride: boolean }>();
  const names = new Set<string>();
  const byParam: Instances = { plugins, names };
  const imported = facts.imports.some((i) => /^fastify$|^fastify-plugin$|^@fastify\//.test(i.source)) || /FastifyInstance|FastifyPluginAsync/.test(file.text);
  if (!imported) return byParam;
  for (const decl of file.root.findAll({ rule: { kind: 'variable_declarator', has: { field: 'value', kind: 'call_expression', has: { field: 'function', regex: '^(Fastify|fastify)$' } } } })) {
    const name = decl.field('name')?.text();
    if (name) names.add(name);
  }
  const skipping = skipOverrideFunctions(file, facts);
  const add = (fn: SgNode, id: SgNode) => {
    if (plugins.has(fn.range().start.index)) return false;
    plugins.set(fn.range().start.index, { param: id.text(), plugin: pluginNameOf(fn), skipsOverride: skipping.has(fn.range().start.index) });
    return true;
  };
  for (const fn of file.root.findAll({ rule: { any: [{ kind: 'function_declaration' }, { kind: 'arrow_function' }, { kind: 'function_expression' }] } })) {
    const first = firstParam(fn);
    if (!first) continue;
    const typed = first.param.text().includes('FastifyInstance');
    if (!typed && !skipping.has(fn.range().start.index) && !/^(?:fastify|app|server|instance|f)$/.test(first.id.text())) continue;
    add(fn, first.id);
  }
  // `app.register(async (api) => { api.register(async (ws) => …) })`: a function registered on an instance is a plugin, whatever its parameter's name.
  const registers = file.root.findAll({ rule: { kind: 'call_expression', has: { field: 'function', kind: 'member_expression', has: { field: 'property', regex: '^register$' } } } });
  for (let changed = true, rounds = 0; changed && rounds < 6; rounds++) {
    changed = false;
    for (const call of registers) {
      const receiver = call.field('function')!.field('object');
      if (!receiver || receiver.kind() !== 'identifier' || !routerOf(receiver, byParam)) continue;
      const fn = pluginFunction(argumentsOf(call.field('arguments'))[0], facts);
      const first = fn ? firstParam(fn) : null;
      if (fn && first && add(fn, first.id)) changed = true;
    }
  }
  return byParam;
}

/** Whether `name` is a function of the file or imported from one of the repository's modules (not a client or a value). */
function namesFunction(file: SourceFile, facts: FileFacts, name: string): boolean {
  if (facts.imports.some((i) => i.local === name && i.source.startsWith('.'))) return true;
  return file.root.find({ rule: { any: [
    { kind: 'function_declaration', has: { field: 'name', regex: `^${name}$` } },
    { kind: 'variable_declarator', all: [{ has: { field: 'name', regex: `^${name}$` } }, { has: { field: 'value', any: [{ kind: 'arrow_function' }, { kind: 'function_expression' }, { kind: 'function' }] } }] },
  ] } }) !== null;
}

/** The first parameter of a function, when it is a plain name (`(api) =>`, `(app: FastifyInstance) =>`). */
function firstParam(fn: SgNode): { id: SgNode; param: SgNode } | null {
  const params = fn.field('parameters') ?? fn.field('parameter');
  const first = params?.kind() === 'identifier' ? params : params?.children().find((c) => c.isNamed());
  const id = first?.kind() === 'identifier' ? first : (first?.field('pattern') ?? null);
  return first && id && id.kind() === 'identifier' ? { id, param: first } : null;
}

/** The local names of fastify-plugin's wrapper (`import fp from 'fastify-plugin'`). */
function pluginWrappers(facts: FileFacts): Set<string> {
  const out = new Set(['fp', 'fastifyPlugin']);
  for (const i of facts.imports) if (i.source === 'fastify-plugin') out.add(i.local);
  return out;
}

/** The plugin function a `register` argument is: inline, or wrapped with fastify-plugin (`fp(async (app) => …)`). */
function pluginFunction(node: SgNode | undefined, facts: FileFacts): SgNode | null {
  if (!node) return null;
  if (FUNCTION_KINDS.has(kindOf(node))) return node;
  if (node.kind() !== 'call_expression' || !pluginWrappers(facts).has(node.field('function')?.text() ?? '')) return null;
  const inner = argumentsOf(node.field('arguments'))[0];
  return inner && FUNCTION_KINDS.has(kindOf(inner)) ? inner : null;
}

/**
 * Plugin functions that skip encapsulation, by start offset: wrapped with fastify-plugin (`fp(async (app) => …)`,
 * `export default fp(authPlugin)` for a function of the file), or marked `plugin[Symbol.for('skip-override')] = true`.
 */
function skipOverrideFunctions(file: SourceFile, facts: FileFacts): Set<number> {
  const out = new Set<number>();
  const wrappers = pluginWrappers(facts);
  const named = new Set<string>();
  for (const call of file.root.findAll({ rule: { kind: 'call_expression', has: { field: 'function', kind: 'identifier' } } })) {
    if (!wrappers.has(call.field('function')!.text())) continue;
    const inner = argumentsOf(call.field('arguments'))[0];
    if (!inner) continue;
    if (FUNCTION_KINDS.has(kindOf(inner))) out.add(inner.range().start.index);
    else if (inner.kind() === 'identifier') named.add(inner.text());
  }
  if (file.text.includes('skip-override')) {
    for (const assign of file.root.findAll({ rule: { kind: 'assignment_expression', has: { field: 'left', kind: 'subscript_expression', regex: 'skip-override' } } })) {
      const target = assign.field('left')?.field('object');
      if (target?.kind() === 'identifier') named.add(target.text());
    }
  }
  if (named.size > 0) {
    for (const fn of file.root.findAll({ rule: { any: [{ kind: 'function_declaration' }, { kind: 'arrow_function' }, { kind: 'function_expression' }] } })) {
      if (named.has(pluginNameOf(fn))) out.add(fn.range().start.index);
    }
  }
  return out;
}

function pluginNameOf(fn: SgNode): string {
  if (fn.kind() === 'function_declaration') return fn.field('name')?.text() ?? inlinePluginName(fn);
  const parent = fn.parent();
  if (parent?.kind() === 'variable_declarator') return parent.field('name')?.text() ?? inlinePluginName(fn);
  return inlinePluginName(fn);
}

/** The router a call on `receiver` registers on: the enclosing plugin whose parameter it is, or the instance variable. */
function routerOf(receiver: SgNode, instances: Instances): string | null {
  return contextOf(receiver, instances)?.router ?? null;
}

function contextOf(receiver: SgNode, instances: Instances): { router: string; skipsOverride: boolean } | null {
  const name = receiver.text();
  for (let p = receiver.parent(); p; p = p.parent()) {
    const entry = FUNCTION_KINDS.has(kindOf(p)) ? instances.plugins.get(p.range().start.index) : undefined;
    if (entry && entry.param === name) return { router: entry.plugin, skipsOverride: entry.skipsOverride };
  }
  return instances.names.has(name) ? { router: name, skipsOverride: false } : null;
}

/**
 * `fastify.decorate('authenticate', async (request, reply) => { await request.jwtVerify() })`: routes name it as
 * `fastify.authenticate` in their hooks, so it is kept as a function of that name for guards to be followed into.
 * A decorated function of the file (`decorate('verifyUser', verifyUser)`) is kept as a call to it.
 */
function decoratedFunction(file: SourceFile, facts: FileFacts, args: SgNode[]): void {
  const [nameNode, value] = args;
  if (!nameNode || !value || !isStringNode(nameNode)) return;
  const name = unquote(nameNode.text());
  if (!/^[A-Za-z_$][\w$]*$/.test(name)) return;
  const location = file.location(value);
  if (FUNCTION_KINDS.has(kindOf(value))) facts.functions.push({ name, qualifiedName: name, exported: false, location, ...file.summariseNode(value) });
  else if (value.kind() === 'identifier' && value.text() !== name && namesFunction(file, facts, value.text())) facts.functions.push({ name, qualifiedName: name, exported: false, location, calls: [{ callee: value.text(), line: location.startLine }], dataOps: [] });
}

/** The entries of an object literal; those of a spread constant of the file (`{ ...routeDefaults, schema }`) come first. */
function pairs(file: SourceFile, object: SgNode, depth = 0): Map<string, SgNode> {
  const out = new Map<string, SgNode>();
  for (const child of object.children()) {
    if (child.kind() === 'spread_element') {
      const spread = depth < 2 ? objectOf(file, child.namedChildren()[0]) : null;
      if (spread) for (const [k, v] of pairs(file, spread, depth + 1)) out.set(k, v);
    } else if (child.kind() === 'pair') {
      const key = child.field('key');
      const value = child.field('value');
      if (key && value) out.set(unquote(key.text()), value);
    } else if (child.kind() === 'shorthand_property_identifier') out.set(child.text(), child);
    else if (child.kind() === 'method_definition') out.set(child.field('name')?.text() ?? '', child);
  }
  return out;
}
