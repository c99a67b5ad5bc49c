import type { SourceExtractor } from '../types.js';
import { argumentsOf, compact } from '../source.js';

const LIMITER_PACKAGES = /^(?:slowapi|slowapi\..+|flask_limiter|flask_limiter\..+|fastapi_limiter|fastapi_limiter\..+|limits|django_ratelimit|ratelimit)$/;

/**
 * Rate limiters in Python: limiters bound to a name (`limiter = Limiter(key_func=…)` from
 * slowapi or Flask-Limiter; `@limiter.limit("5/minute")` on a route is among its guards),
 * and limiters that apply to every route: slowapi's `SlowAPIMiddleware` with `default_limits`,
 * Flask-Limiter with `default_limits`, Django REST framework's `DEFAULT_THROTTLE_CLASSES`.
 */
export const pythonRateLimit: SourceExtractor = {
  id: 'python-rate-limit',
  languages: ['python'],
  applies: (text) => /limiter|ratelimit|THROTTLE/i.test(text),
  // Its own query runs only in the files the text test above selects.
  kinds: [],
  extract(file, facts) {
    const fromLimiterPackage = new Map<string, string>();
    for (const imp of facts.imports) if (LIMITER_PACKAGES.test(imp.source)) fromLimiterPackage.set(imp.local, imp.source.split('.')[0]!);
    let defaultLimits: string | null = null;
    for (const node of file.root.findAll({ rule: { kind: 'assignment', has: { field: 'right', kind: 'call' } } })) {
      const call = node.field('right')!;
      const callee = compact(call.field('function')?.text() ?? '');
      const source = fromLimiterPackage.get(callee.split('.')[0]!);
      const left = node.field('left');
      if (!source || left?.kind() !== 'identifier') continue;
      facts.rateLimiters.push({ name: left.text(), via: source, scope: 'binding', paths: [], location: file.location(node) });
      const defaults = argumentsOf(call.field('arguments')).find((a) => a.kind() === 'keyword_argument' && a.field('name')?.text() === 'default_limits');
      const list = defaults?.field('value');
      if (list && list.kind() === 'list' && list.children().some((c) => c.isNamed())) {
        defaultLimits = source;
        // Flask-Limiter applies its default limits to every route by itself.
        if (source === 'flask_limiter') facts.rateLimiters.push({ name: null, via: source, scope: 'global', paths: [], location: file.location(node) });
      }
    }
    if (defaultLimits === 'slowapi') {
      const middleware = file.root.find({ rule: { kind: 'call', all: [{ has: { field: 'function', regex: '\\.add_middleware$' } }, { has: { field: 'arguments', regex: 'SlowAPIMiddleware' } }] } });
      if (middleware) facts.rateLimiters.push({ name: null, via: 'slowapi', scope: 'global', paths: [], location: file.location(middleware) });
    }
    // settings.py: REST_FRAMEWORK = { "DEFAULT_THROTTLE_CLASSES": [...] }
    if (file.text.includes('DEFAULT_THROTTLE_CLASSES')) {
      for (const pair of file.root.findAll({ rule: { kind: 'pair', has: { field: 'key', regex: 'DEFAULT_THROTTLE_CLASSES' } } })) {
        const value = pair.field('value');
        if (value && (value.kind() === 'list' || value.kind() === 'tuple') && value.children().some((c) => c.isNamed())) {
          facts.rateLimiters.push({ name: null, via: 'djangorestframework', scope: 'global', paths: [], location: file.location(pair) });
        }
      }
    }
  },
};
