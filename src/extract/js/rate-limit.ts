import type { SgNode } from '@ast-grep/napi';
import type { SourceExtractor } from '../types.js';
import { argumentsOf, compact, type SourceFile } from '../source.js';

/** Packages whose exports build a rate limiter. */
const LIMITER_PACKAGES = /^(?:express-rate-limit|express-slow-down|rate-limiter-flexible|@fastify\/rate-limit|fastify-rate-limit|@nestjs\/throttler|hono-rate-limiter|@hono-rate-limiter\/.+|@upstash\/ratelimit|koa-ratelimit|express-brute|limiter|bottleneck|@arcjet\/.+)$/;

/**
 * Rate limiters in JavaScript/TypeScript: limiters bound to a name from a limiter package
 * (`const loginLimiter = rateLimit({…})`, `new Ratelimit({…})`), and limiters that apply to a
 * whole service (NestJS `APP_GUARD` → `ThrottlerGuard`, `app.useGlobalGuards(new ThrottlerGuard())`,
 * Fastify `register(rateLimit)`; with `global: false`, to the routes that opt in). Where a bound limiter is used is
 * already in the route and mount facts (its name among the guards).
 */
export const jsRateLimit: SourceExtractor = {
  id: 'js-rate-limit',
  languages: ['typescript', 'tsx', 'javascript'],
  // The names of the packages above (a pagination `limit` alone is no reason to look).
  applies: (text) => /rate-?limit|ratelimit|slow-down|throttl|brute|['"]limiter['"]|bottleneck|arcjet/i.test(text),
  kinds: [],
  extract(file, facts) {
    const fromLimiterPackage = new Map<string, string>();
    for (const imp of facts.imports) if (LIMITER_PACKAGES.test(imp.source)) fromLimiterPackage.set(imp.local, imp.source);
    const nodes = file.root.findAll({
      rule: {
        any: [
          { kind: 'variable_declarator', has: { field: 'value', any: [{ kind: 'call_expression' }, { kind: 'new_expression' }, { kind: 'await_expression' }] } },
          { kind: 'object', has: { kind: 'pair', has: { field: 'key', regex: '^provide$' } } },
          { kind: 'call_expression', has: { field: 'function', regex: '\\.(useGlobalGuards|register)$' } },
        ],
      },
    });
    for (const node of nodes) {
      if (node.kind() === 'variable_declarator') {
        let value = node.field('value')!;
        if (value.kind() === 'await_expression') value = value.children().find((c) => c.isNamed()) ?? value;
        const callee = compact((value.field('function') ?? value.field('constructor'))?.text() ?? '');
        const source = fromLimiterPackage.get(callee.split('.')[0]!);
        const name = node.field('name');
        if (source && name?.kind() === 'identifier') facts.rateLimiters.push({ name: name.text(), via: source, scope: 'binding', paths: [], location: file.location(node) });
      } else if (node.kind() === 'object') {
        // { provide: APP_GUARD, useClass: ThrottlerGuard }
        const text = compact(node.text());
        if (/provide:APP_GUARD/.test(text) && /use(?:Class|Existing):\w*Throttler\w*Guard/.test(text)) global(file, facts, node, '@nestjs/throttler');
      } else {
        const method = compact(node.field('function')!.text()).split('.').pop();
        const args = argumentsOf(node.field('arguments'));
        if (method === 'useGlobalGuards' && args.some((a) => /Throttler\w*Guard/.test(a.text()))) global(file, facts, node, '@nestjs/throttler');
        if (method === 'register' && args[0] && fromLimiterPackage.has(compact(args[0].text()))) {
          // `global: false`: only routes whose options set `config.rateLimit` are limited.
          const optIn = /global\s*:\s*false/.test(args[1]?.text() ?? '');
          global(file, facts, node, fromLimiterPackage.get(compact(args[0].text()))!, optIn ? 'opt-in' : 'global');
        }
      }
    }
  },
};

function global(file: SourceFile, facts: Parameters<SourceExtractor['extract']>[1], node: SgNode, via: string, scope: 'global' | 'opt-in' = 'global'): void {
  facts.rateLimiters.push({ name: null, via, scope, paths: [], location: file.location(node) });
}
