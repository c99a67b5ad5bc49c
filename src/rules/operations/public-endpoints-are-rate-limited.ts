import type { LinkedRoute } from '../../core/fact-index.js';
import type { CallFact } from '../../core/facts.js';
import { Limiters } from '../rate-limits.js';
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
      // A CORS preflight (`export function OPTIONS()` beside a public form's `POST`) answers with headers and changes nothing:
      // the request it announces is the one to limit.
      if (linked.route.method === 'OPTIONS') continue;
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
