import type { SgNode } from '@ast-grep/napi';
import type { CallFact, FileFacts } from '../../core/facts.js';
import type { SourceExtractor } from '../types.js';
import { kindOf, type SourceFile, unquote } from '../source.js';
import { builderChain } from './nextjs.js';
import { guardCalls } from './router-style.js';

const FUNCTION_KINDS = new Set(['arrow_function', 'function_expression', 'function']);
const ROUTER_FACTORY = /^(?:createTRPCRouter|router|t\.router|createRouter|mergeRouters)$/;
const PROCEDURE_TYPES: Record<string, string> = { mutation: 'POST', query: 'GET', subscription: 'GET' };

/**
 * tRPC: `router({ remove: protectedProcedure.input(…).mutation(fn) })`. The procedure's
 * builder (`protectedProcedure`, `adminProcedure`) and its `.use(middleware)` links are its
 * guards; `adminProcedure = protectedProcedure.use(isAdmin)` is a builder alias (a mount with
 * an empty prefix) so rules can follow what a custom procedure adds. Nested routers are
 * mounts under their key: `appRouter = router({ project: projectRouter })` → `project.remove`.
 */
export const trpcExtractor: SourceExtractor = {
  id: 'trpc',
  languages: ['typescript', 'tsx', 'javascript'],
  applies: (text) => text.includes('trpc') || text.includes('Procedure') || text.includes('procedure'),
  // Its own queries run only in the files the test above (and, for Next.js, the file's path) selects.
  kinds: [],
  extract(file, facts) {
    for (const decl of file.root.findAll({ rule: { kind: 'variable_declarator', has: { field: 'value', kind: 'call_expression' } } })) {
      const name = decl.field('name')?.text();
      const value = decl.field('value')!;
      if (!name) continue;
      const callee = value.field('function')?.text().replace(/\s+/g, '') ?? '';
      if (ROUTER_FACTORY.test(callee)) {
        const routes = value.field('arguments')?.children().find((c) => c.kind() === 'object');
        if (routes) routerObject(file, facts, name, '', routes);
        continue;
      }
      const chain = builderChain(value);
      if (chain && /procedure$/i.test(chain.base) && chain.links.length > 0 && chain.links.every((l) => l.method !== 'mutation' && l.method !== 'query')) {
        const guards = chain.links.filter((l) => l.method === 'use').flatMap((l) => l.args.flatMap((a) => guardCalls(file, a)));
        facts.mounts.push({ framework: 'trpc', parent: chain.base, prefix: '', guards, child: name, location: file.location(decl) });
      }
    }
  },
};

function routerObject(file: SourceFile, facts: FileFacts, router: string, prefix: string, object: SgNode): void {
  for (const pair of object.children()) {
    if (pair.kind() !== 'pair' && pair.kind() !== 'shorthand_property_identifier') continue;
    const key = pair.kind() === 'pair' ? unquote(pair.field('key')?.text() ?? '') : pair.text();
    const value = pair.kind() === 'pair' ? pair.field('value') : pair;
    if (!value || !key) continue;
    const path = `${prefix}/${key}`;
    if (value.kind() === 'identifier' || value.kind() === 'shorthand_property_identifier') {
      facts.mounts.push({ framework: 'trpc', parent: router, prefix: path, guards: [], child: value.text(), location: file.location(pair) });
      continue;
    }
    if (value.kind() !== 'call_expression') continue;
    const callee = value.field('function')?.text().replace(/\s+/g, '') ?? '';
    if (ROUTER_FACTORY.test(callee)) {
      const inner = value.field('arguments')?.children().find((c) => c.kind() === 'object');
      if (inner) routerObject(file, facts, router, path, inner);
      continue;
    }
    const chain = builderChain(value);
    const last = chain?.links[chain.links.length - 1];
    const method = last ? PROCEDURE_TYPES[last.method] : undefined;
    if (!chain || !last || !method) continue;
    const fn = last.args.find((a) => FUNCTION_KINDS.has(kindOf(a)));
    const guards: CallFact[] = [{ callee: chain.base, line: value.range().start.line + 1 }, ...chain.links.filter((l) => l.method === 'use').flatMap((l) => l.args.flatMap((a) => guardCalls(file, a)))];
    facts.routes.push({
      framework: 'trpc',
      method,
      path,
      location: file.location(pair),
      guards,
      handlerRef: fn ? null : (last.args[0]?.text() ?? null),
      router,
      params: ['input'],
      ...(fn ? file.summariseNode(fn) : { calls: [], dataOps: [] }),
    });
  }
}
