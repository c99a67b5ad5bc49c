import type { FactIndex, LinkedRoute } from '../core/fact-index.js';
import type { BodySummary, CallFact, RateLimiterFact } from '../core/facts.js';
import { globalMiddleware } from './global-middleware.js';
import { matchesAny } from './types.js';

/**
 * Which limiters apply to a route: its own and its routers' middleware, its handler's calls, service-wide limiters
 * (unless its options switch them off), and its own settings where a plugin that honours them is registered.
 */
export class Limiters {
  private readonly global = new Map<string, RateLimiterFact[]>();
  /** Services where a limiter plugin is registered that honours routes' own settings (globally or for the routes that opt in). */
  private readonly registered = new Set<string>();
  /** A proxy in front of every service (nginx `limit_req`): everything, or the path prefixes it limits. */
  private readonly edge: RateLimiterFact[] = [];

  constructor(
    private readonly facts: FactIndex,
    private readonly names: readonly RegExp[],
  ) {
    for (const f of facts.fileFacts) {
      for (const l of f.rateLimiters) {
        if (l.via.startsWith('nginx')) this.edge.push(l);
        if ((l.scope !== 'global' && l.scope !== 'opt-in') || l.via.startsWith('nginx')) continue;
        const service = facts.serviceOf(l.location.path);
        this.registered.add(service);
        if (l.scope !== 'global') continue;
        this.global.set(service, [...(this.global.get(service) ?? []), l]);
      }
    }
  }

  private readonly memo = new Map<LinkedRoute, boolean>();
  private readonly reached = new Map<LinkedRoute, BodySummary>();

  covers(linked: LinkedRoute): boolean {
    let covered = this.memo.get(linked);
    if (covered === undefined) this.memo.set(linked, (covered = this.compute(linked)));
    return covered;
  }

  private compute(linked: LinkedRoute): boolean {
    const routePath = linked.route.location.path;
    const own = linked.route.rateLimit;
    if (own === 'applied') return true;
    if (own === 'own' && this.registered.has(this.facts.serviceOf(routePath))) return true;
    // DRF's DEFAULT_THROTTLE_CLASSES throttle DRF views only, not plain Django views of the same service.
    const global = (this.global.get(this.facts.serviceOf(routePath)) ?? []).filter((l) => l.via !== 'djangorestframework' || linked.route.framework === 'django-rest-framework');
    if (own !== 'off' && global.length > 0) return true;
    if (this.edge.some((l) => l.scope === 'global' || l.paths.some((p) => p === '/' || linked.fullPath === p || linked.fullPath.startsWith(`${p}/`)))) return true;
    // Middleware in front of every route of the service whose path it matches (Next.js `middleware.ts` and its `matcher`).
    if (globalMiddleware(this.facts, linked).some((m) => m.mount.guards.some((g) => this.isLimiter(g, [m.path])))) return true;
    const guardFiles = [...linked.mounts.map((m) => m.location.path), routePath];
    for (const guard of linked.guards) {
      if (this.isLimiter(guard, guardFiles)) return true;
    }
    return this.handlerReach(linked).calls.some((c) => this.isLimiter(c, [routePath]));
  }

  /** The route's and its handler's calls and what they call, two levels deep: reached once per route. */
  handlerReach(linked: LinkedRoute): BodySummary {
    let body = this.reached.get(linked);
    if (!body) {
      const { route, handler } = linked;
      body = this.facts.reach(route.location.path, { calls: handler ? [...route.calls, ...handler.calls] : route.calls, dataOps: [] }, 2);
      this.reached.set(linked, body);
    }
    return body;
  }

  /** A call or middleware name is a limiter by name, or because it is bound to one built from a rate-limit package (here or in the module it is imported from). */
  private isLimiter(call: CallFact, files: readonly string[]): boolean {
    if (matchesAny(call.callee, this.names)) return true;
    const head = call.callee.split('.')[0]!;
    for (const file of files) {
      const facts = this.facts.byPath.get(file);
      if (!facts) continue;
      if (facts.rateLimiters.some((l) => l.name === head)) return true;
      const imp = facts.imports.find((i) => i.local === head);
      if (!imp) continue;
      const target = this.facts.resolveModule(file, imp.source);
      const bound = target ? this.facts.byPath.get(target) : null;
      if (bound?.rateLimiters.some((l) => l.name === imp.imported || (imp.imported === 'default' && l.name !== null))) return true;
    }
    return false;
  }
}

