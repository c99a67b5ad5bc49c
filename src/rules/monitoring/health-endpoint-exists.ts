import type { LinkedRoute } from '../../core/fact-index.js';
import type { RuleCheck } from '../types.js';
import { matchesAny, patterns } from '../types.js';

export const healthEndpointExists: RuleCheck = {
  id: 'monitoring/health-endpoint-exists',
  check({ facts, options, report }) {
    const health = patterns(options, 'paths');
    const libraries = patterns(options, 'healthLibraries');
    // `app.use('/healthz', healthcheck())` and health-check libraries (`createTerminus(server, { healthChecks })`) count too.
    const servedElsewhere = new Set<string>();
    for (const f of facts.fileFacts) {
      if (f.mounts.some((m) => m.child === null && m.guards.length > 0 && m.prefix !== '/' && matchesAny(m.prefix, health))) servedElsewhere.add(facts.serviceOf(f.path));
    }
    for (const { path, call } of facts.calls()) if (matchesAny(call.callee, libraries)) servedElsewhere.add(facts.serviceOf(path));
    const byService = new Map<string, LinkedRoute[]>();
    for (const linked of facts.routes()) {
      const service = facts.serviceOf(linked.route.location.path);
      const list = byService.get(service) ?? [];
      list.push(linked);
      byService.set(service, list);
    }
    if (byService.size === 0) return 'not-applicable';
    for (const [service, routes] of [...byService].toSorted(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      if (servedElsewhere.has(service)) continue;
      const found = routes.some((r) => (r.route.method === 'GET' || r.route.method === 'ANY' || r.route.method === 'HEAD') && (matchesAny(r.fullPath, health) || matchesAny(r.route.path, health)));
      if (found) continue;
      const entry = routes.map((r) => r.route.location).toSorted((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.startLine - b.startLine))[0]!;
      report({
        messageId: 'missing',
        data: { service, count: routes.length, paths: '/health, /healthz, /livez, /readyz, /ping, /status' },
        location: null,
        anchor: `service:${service}`,
        related: [{ path: entry.path, startLine: entry.startLine, message: 'first route of this service' }],
      });
    }
  },
};
