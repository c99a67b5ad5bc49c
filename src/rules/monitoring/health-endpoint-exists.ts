import type { LinkedRoute } from '../../core/fact-index.js';
import { compare, servingServices } from '../environment.js';
import { globalMiddleware } from '../global-middleware.js';
import type { RuleCheck } from '../types.js';
import { matchesAny, patterns } from '../types.js';

/** A call that asks whether the caller is signed in rather than requiring it. */
const PREDICATE = /(?:^|\.)(?:is|has|check)[A-Z]/;

export const healthEndpointExists: RuleCheck = {
  id: 'monitoring/health-endpoint-exists',
  check({ facts, options, report }) {
    const health = patterns(options, 'paths');
    const libraries = patterns(options, 'healthLibraries');
    const authGuards = patterns(options, 'authGuards');
    const publicMarkers = patterns(options, 'publicMarkers');
    // `app.use('/healthz', healthcheck())` and health-check libraries (`createTerminus(server, { healthChecks })`) count too.
    const servedElsewhere = new Set<string>();
    for (const f of facts.fileFacts) {
      if (facts.mountsOf(f).some((m) => m.child === null && m.guards.length > 0 && m.prefix !== '/' && matchesAny(m.prefix, health))) servedElsewhere.add(facts.serviceOf(f.path));
    }
    for (const { path, call } of facts.calls()) if (matchesAny(call.callee, libraries)) servedElsewhere.add(facts.serviceOf(path));
    // A Next.js app run with `next start` is a web server a load balancer and an uptime monitor probe, even when it serves pages only.
    const serving = servingServices(facts);
    const byService = new Map<string, LinkedRoute[]>([...serving.keys()].map((s) => [s, []]));
    for (const linked of facts.routes()) byService.get(facts.serviceOf(linked.route.location.path))!.push(linked);
    if (byService.size === 0) return 'not-applicable';
    for (const [service, routes] of [...byService].toSorted(([a], [b]) => compare(a, b))) {
      if (servedElsewhere.has(service)) continue;
      // The whole path is a health path (`/healthz`, `/api/health`), not a resource's `/invoices/:id/status`.
      const probes = routes.filter((r) => (r.route.method === 'GET' || r.route.method === 'ANY' || r.route.method === 'HEAD') && matchesAny(r.fullPath, health));
      // A probe cannot sign in: a health path behind authentication answers 401 or a login redirect to the load balancer.
      // The handler's own first statements count as much as a guard (`await requireSession()` in a Next.js route), but not a predicate (`isAuthenticated()`), which may only pick what to show.
      // A global guard (NestJS `APP_GUARD`, `app.useGlobalGuards`) runs for it too, unless the route or its controller is marked public (`@Public()`).
      const lockedBy = (r: LinkedRoute): { callee: string } | undefined =>
        r.guards.find((g) => matchesAny(g.callee, authGuards)) ??
        [...r.route.calls, ...(r.handler?.calls ?? [])].find((c) => !PREDICATE.test(c.callee) && matchesAny(c.callee, authGuards)) ??
        (r.guards.some((g) => matchesAny(g.callee, publicMarkers))
          ? undefined
          : globalMiddleware(facts, r).flatMap((g) => g.mount.guards).filter((g) => matchesAny(g.callee, authGuards)).map((g) => ({ callee: `the global guard ${g.callee} (no public marker such as @Public() on the route)` }))[0]);
      const open = probes.filter((r) => !lockedBy(r));
      if (open.length > 0) continue;
      const locked = probes[0];
      if (locked) {
        const guard = lockedBy(locked)!;
        report({
          messageId: 'authenticated',
          data: { service: service === '.' ? 'the app' : service, route: `${locked.route.method} ${locked.fullPath}`, guard: guard.callee },
          location: locked.route.location,
          anchor: `service:${service}`,
        });
        continue;
      }
      const next = serving.get(service)!.nextStart;
      if (next && routes.length === 0) {
        report({
          messageId: 'missingNext',
          data: { service },
          location: null,
          anchor: `service:${service}`,
          related: [{ path: next.path, startLine: next.line, message: 'the app is served with next start' }],
        });
        continue;
      }
      const entry = routes.map((r) => r.route.location).toSorted((a, b) => compare(a.path, b.path) || a.startLine - b.startLine)[0]!;
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
