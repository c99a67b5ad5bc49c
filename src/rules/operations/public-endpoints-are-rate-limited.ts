import type { FactIndex, LinkedRoute } from '../../core/fact-index.js';
import type { CallFact, MountFact, RateLimiterFact } from '../../core/facts.js';
import { prefixCovers, sameFamily } from '../security/access.js';
import type { RuleCheck } from '../types.js';
import { matchesAny, patterns } from '../types.js';

export const publicEndpointsAreRateLimited: RuleCheck = {
  id: 'operations/public-endpoints-are-rate-limited',
  check({ facts, options, report }) {
    const flows = Object.entries((options.publicFlows ?? {}) as Record<string, string>).map(([name, source]) => ({ name, pattern: new RegExp(source) }));
    const publicApis = patterns(options, 'publicApis');
    const authGuards = patterns(options, 'authGuards');
    const limiterNames = patterns(options, 'limiterNames');
    const exemptions = patterns(options, 'exemptions');
    const webhookVerification = patterns(options, 'webhookVerification');
    const limiters = new Limiters(facts, limiterNames);

    const judged: { linked: LinkedRoute; flow: string }[] = [];
    for (const linked of facts.routes()) {
      const signature = `${linked.route.method} ${linked.fullPath}`;
      // Behind authentication a route is not public, whatever its name (`POST /account/password`, a domain's `POST /sessions`).
      if (linked.guards.some((g) => matchesAny(g.callee, authGuards))) continue;
      const flow = flows.find((f) => f.pattern.test(signature))?.name ?? (matchesAny(signature, publicApis) && !verifiesSignature(linked) ? 'public API' : null);
      if (flow) judged.push({ linked, flow });
    }
    if (judged.length === 0) return 'not-applicable';

    for (const { linked, flow } of judged) {
      const exempt = linked.guards.some((g) => matchesAny(g.callee, exemptions));
      if (!exempt && limiters.covers(linked)) continue;
      reportGap(linked, flow);
    }

    // A webhook under the public API's path that checks its sender's signature answers one provider, not the
    // public: forged calls are refused before any work. Sign-in, reset and invitation flows stay judged, whatever they compare.
    function verifiesSignature(linked: LinkedRoute): boolean {
      if (webhookVerification.length === 0) return false;
      const { route } = linked;
      const body = { calls: [...linked.guards, ...route.calls, ...(linked.handler?.calls ?? [])], dataOps: [] };
      return facts.reach(route.location.path, body, 2).calls.some((c) => matchesAny(c.callee, webhookVerification));
    }

    function reportGap(linked: LinkedRoute, flow: string) {
      const { route } = linked;
      const signature = `${route.method} ${linked.fullPath}`;
      const service = facts.serviceOf(route.location.path);
      // Limiters the service does use elsewhere: the usual cause is a limiter applied to one route only.
      const elsewhere = facts.routes().filter((r) => r !== linked && facts.serviceOf(r.route.location.path) === service && limiters.covers(r));
      const nearby = elsewhere.filter((r) => r.route.location.path === route.location.path);
      const shown = (nearby.length > 0 ? nearby : elsewhere).slice(0, 3);
      // Settings of its own that do nothing, or that switch the service's limiter off, are the likely cause.
      const settings =
        route.rateLimit === 'own' ? ' Its own rate-limit settings (`config.rateLimit`) take effect only where the limiter plugin is registered, and this service registers none.'
        : route.rateLimit === 'off' ? ' Its own options switch the service-wide limiter off (`config: { rateLimit: false }`).'
        : '';
      report({
        messageId: 'unlimited',
        data: {
          route: signature,
          flow,
          settings,
          nearby: shown.length > 0 ? ` Limiters are applied to ${shown.map((r) => `${r.route.method} ${r.fullPath}`).join(', ')} in the same service, but not to this route.` : '',
        },
        location: route.location,
        anchor: signature,
        related: shown.map((r) => ({ path: r.route.location.path, startLine: r.route.location.startLine, message: `${r.route.method} ${r.fullPath} is rate-limited` })),
      });
    }
  },
};

/**
 * Which limiters apply to a route: its own and its routers' middleware, its handler's calls, service-wide limiters
 * (unless its options switch them off), and its own settings where a plugin that honours them is registered.
 */
class Limiters {
  private readonly global = new Map<string, RateLimiterFact[]>();
  /** Services where a limiter plugin is registered that honours routes' own settings (globally or for the routes that opt in). */
  private readonly registered = new Set<string>();
  /** A proxy in front of every service (nginx `limit_req`): everything, or the path prefixes it limits. */
  private readonly edge: RateLimiterFact[] = [];
  /** Middleware in front of every route of a service whose path it matches (Next.js `middleware.ts` and its `matcher`), with its file. */
  private readonly middleware: { mount: MountFact; path: string; service: string }[] = [];

  constructor(
    private readonly facts: FactIndex,
    private readonly names: readonly RegExp[],
  ) {
    for (const f of facts.fileFacts) {
      for (const m of f.mounts) if (m.parent === '*' && m.child === null) this.middleware.push({ mount: m, path: f.path, service: facts.serviceOf(f.path) });
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

  covers(linked: LinkedRoute): boolean {
    let covered = this.memo.get(linked);
    if (covered === undefined) this.memo.set(linked, (covered = this.compute(linked)));
    return covered;
  }

  private compute(linked: LinkedRoute): boolean {
    const routePath = linked.route.location.path;
    const own = linked.route.rateLimit;
    if (own === 'own' && this.registered.has(this.facts.serviceOf(routePath))) return true;
    if (own !== 'off' && (this.global.get(this.facts.serviceOf(routePath)) ?? []).length > 0) return true;
    if (this.edge.some((l) => l.scope === 'global' || l.paths.some((p) => p === '/' || linked.fullPath === p || linked.fullPath.startsWith(`${p}/`)))) return true;
    const service = this.facts.serviceOf(routePath);
    for (const m of this.middleware) {
      if (m.service !== service || !sameFamily(m.mount.framework, linked.route.framework) || !prefixCovers(m.mount.prefix, linked.fullPath, linked.route.framework)) continue;
      if (m.mount.guards.some((g) => this.isLimiter(g, [m.path]))) return true;
    }
    const guardFiles = [...linked.mounts.map((m) => m.location.path), routePath];
    for (const guard of linked.guards) {
      if (this.isLimiter(guard, guardFiles)) return true;
    }
    const body = this.facts.reach(routePath, linked.handler ? { calls: [...linked.route.calls, ...linked.handler.calls], dataOps: [] } : linked.route, 2);
    return body.calls.some((c) => this.isLimiter(c, [routePath]));
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

