import type { SgNode } from '@ast-grep/napi';
import type { CallFact, FileFacts } from '../../core/facts.js';
import type { SourceExtractor } from '../types.js';
import { argumentsOf, kindOf, localObject, type SourceFile, unquote } from '../source.js';
import { pathParams } from './paths.js';
import { guardCalls, isStringNode } from './router-style.js';

const METHODS = '^(get|post|put|patch|delete|head|options|all|route|addHook|register)$';
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
      const router = routerOf(receiver, instances);
      if (!router) continue;
      const method = fn.field('property')!.text();
      const args = argumentsOf(call.field('arguments'));
      if (method === 'addHook') {
        const hook = args[0];
        if (!hook || !isStringNode(hook) || !HOOKS.has(unquote(hook.text()))) continue;
        facts.mounts.push({ framework: 'fastify', parent: router, prefix: '/', guards: args.slice(1).flatMap((g) => guardCalls(file, g)), child: null, location: file.location(call) });
      } else if (method === 'register') {
        registerMount(file, facts, router, call, args);
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
  if (plugin.kind() === 'identifier') child = plugin.text();
  else if (FUNCTION_KINDS.has(kindOf(plugin))) child = inlinePluginName(plugin);
  if (!child) return;
  facts.mounts.push({ framework: 'fastify', parent, prefix, guards: [], child, location: file.location(call) });
}

function inlinePluginName(fn: SgNode): string {
  return `plugin@${fn.range().start.line + 1}`;
}

/**
 * The names that refer to a Fastify instance: variables from `Fastify()`/`fastify()`, and the
 * first parameter of plugin functions (named `fastify`, `app`, `server`, `instance` or typed
 * `FastifyInstance`), mapped to the router name routes on them belong to.
 */
interface Instances {
  /** Plugin functions by start offset: the instance parameter's name and the plugin's name. */
  plugins: Map<number, { param: string; plugin: string }>;
  /** Variables holding a root instance (`const app = Fastify()`). */
  names: Set<string>;
}

function fastifyInstances(file: SourceFile, facts: FileFacts): Instances {
  const plugins = new Map<number, { param: string; plugin: string }>();
  const names = new Set<string>();
  const byParam: Instances = { plugins, names };
  const imported = facts.imports.some((i) => /^fastify$|^fastify-plugin$|^@fastify\//.test(i.source)) || /FastifyInstance|FastifyPluginAsync/.test(file.text);
  if (!imported) return byParam;
  for (const decl of file.root.findAll({ rule: { kind: 'variable_declarator', has: { field: 'value', kind: 'call_expression', has: { field: 'function', regex: '^(Fastify|fastify)$' } } } })) {
    const name = decl.field('name')?.text();
    if (name) names.add(name);
  }
  for (const fn of file.root.findAll({ rule: { any: [{ kind: 'function_declaration' }, { kind: 'arrow_function' }, { kind: 'function_expression' }] } })) {
    const params = fn.field('parameters') ?? fn.field('parameter');
    const first = params?.kind() === 'identifier' ? params : params?.children().find((c) => c.isNamed());
    const id = first?.kind() === 'identifier' ? first : (first?.field('pattern') ?? null);
    if (!id || id.kind() !== 'identifier') continue;
    const typed = first?.text().includes('FastifyInstance') ?? false;
    if (!typed && !/^(?:fastify|app|server|instance|f)$/.test(id.text())) continue;
    plugins.set(fn.range().start.index, { param: id.text(), plugin: pluginNameOf(fn) });
  }
  return byParam;
}

function pluginNameOf(fn: SgNode): string {
  if (fn.kind() === 'function_declaration') return fn.field('name')?.text() ?? inlinePluginName(fn);
  const parent = fn.parent();
  if (parent?.kind() === 'variable_declarator') return parent.field('name')?.text() ?? inlinePluginName(fn);
  return inlinePluginName(fn);
}

/** The router a call on `receiver` registers on: the enclosing plugin whose parameter it is, or the instance variable. */
function routerOf(receiver: SgNode, instances: Instances): string | null {
  const name = receiver.text();
  for (let p = receiver.parent(); p; p = p.parent()) {
    const entry = FUNCTION_KINDS.has(kindOf(p)) ? instances.plugins.get(p.range().start.index) : undefined;
    if (entry && entry.param === name) return entry.plugin;
  }
  return instances.names.has(name) ? name : null;
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
