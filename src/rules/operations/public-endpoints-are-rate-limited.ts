import type { FactIndex, LinkedRoute } from '../../core/fact-index.js';
import type { BodySummary, CallFact, RateLimiterFact } from '../../core/facts.js';
import { globalMiddleware } from '../security/access.js';
import type { RuleCheck } from '../types.js';
import { matchesAny, patterns } from '../types.js';

/** The flow of a framework's own view, wherever it is mounted (`RouteFact.builtin`). */
const BUILTIN_FLOWS: Record<string, string> = { LoginView: 'sign-in', PasswordResetView: 'password reset', PasswordResetConfirmView: 'password reset' };

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
      const flow =
        flows.find((f) => f.pattern.test(signature))?.name ??
        BUILTIN_FLOWS[linked.route.builtin ?? ''] ??
        (matchesAny(signature, publicApis) && !verifiesSignature(linked) ? 'public API' : null);
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
      const verifies = (c: CallFact) => matchesAny(c.callee, webhookVerification);
      // The handler is reached once, for this and for its limiters; its guards add what they call themselves.
      if (limiters.handlerReach(linked).calls.some(verifies)) return true;
      return linked.guards.length > 0 && facts.reach(linked.route.location.path, { calls: linked.guards, dataOps: [] }, 2).calls.some(verifies);
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
        : route.rateLimit === 'off' ? (route.framework === 'django-rest-framework' ? ' Its own `throttle_classes` is empty, which switches `DEFAULT_THROTTLE_CLASSES` off.' : ' Its own options switch the service-wide limiter off (`config: { rateLimit: false }`).')
        : '';
      report({
        messageId: 'unlimited',
        data: {
          route: signature,
          flow,
          settings,
          nearby: shown.length > 0 ? ` Limiters are applied to ${shown.map((r) => `${r.route.method} ${r.fullPath}`).join(', ')} in the same service, but not to this route.` : '',
        },
        // The framework's own view (or a subclass that only adds hooks) is the URL pattern that mounts it: that is where a limiter is added.
        location: route.builtin && linked.declaredAt ? linked.declaredAt : route.location,
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

