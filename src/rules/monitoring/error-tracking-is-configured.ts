import type { FactIndex } from '../../core/fact-index.js';
import type { CallFact } from '../../core/facts.js';
import type { ErrorTrackerFact } from '../../core/facts.js';
import { compare, declarationsFor, isDeclared, listing, resolveSetting, servingServices, serviceLabel } from '../environment.js';
import type { RuleCheck } from '../types.js';

/** The service that initialises a tracker, and those that call the function it is initialised in (`initSentry()` from a shared package). */
function servicesUsing(facts: FactIndex, tracker: ErrorTrackerFact, callsByName: Map<string, { path: string; call: CallFact }[]>): string[] {
  const own = facts.serviceOf(tracker.location.path);
  const file = facts.byPath.get(tracker.location.path);
  const line = tracker.location.startLine;
  const fn = file?.functions.filter((f) => f.location.startLine <= line && line <= f.location.endLine).toSorted((a, b) => b.location.startLine - a.location.startLine)[0];
  if (!fn) return [own];
  const services = new Set([own]);
  for (const { path, call } of callsByName.get(fn.name) ?? []) {
    if (facts.resolveCall(path, call) === fn) services.add(facts.serviceOf(path));
  }
  return [...services];
}

const SDK_NAMES: Record<string, string> = {
  sentry: 'Sentry', bugsnag: 'Bugsnag', rollbar: 'Rollbar', honeybadger: 'Honeybadger', datadog: 'Datadog', newrelic: 'New Relic', opentelemetry: 'OpenTelemetry',
};

export const errorTrackingIsConfigured: RuleCheck = {
  id: 'monitoring/error-tracking-is-configured',
  check({ facts, options, report }) {
    const trackers: ErrorTrackerFact[] = [...facts.fileFacts].flatMap((f) => f.errorTrackers);
    const services = servingServices(facts);
    if (trackers.length === 0 && services.size === 0) return 'not-applicable';

    const callsByName = new Map<string, { path: string; call: CallFact }[]>();
    if (trackers.length > 0) {
      for (const entry of facts.calls()) {
        const last = entry.call.callee.split('.').pop()!;
        const list = callsByName.get(last) ?? [];
        list.push(entry);
        callsByName.set(last, list);
      }
    }
    const usedBy = new Map(trackers.map((t) => [t, servicesUsing(facts, t, callsByName)]));
    const declared = new Map<string, ReturnType<typeof declarationsFor>>();
    const declarationsOf = (service: string) => {
      let list = declared.get(service);
      if (!list) declared.set(service, (list = declarationsFor(facts, service)));
      return list;
    };
    let readAnywhere: Set<string> | null = null;
    if (options.requireInEveryService !== false) {
      const tracked = new Set([...usedBy.values()].flat());
      for (const [service, { routes: count, nextStart }] of [...services].toSorted(([a], [b]) => compare(a, b))) {
        if (tracked.has(service)) continue;
        if (nextStart && count === 0) {
          report({
            messageId: 'missingNext',
            data: { service: serviceLabel(service) },
            location: null,
            anchor: `service:${service}`,
            related: [{ path: nextStart.path, startLine: nextStart.line, message: 'the app is served with next start' }],
          });
          continue;
        }
        const first = facts.routes().map((r) => r.route.location).filter((l) => facts.serviceOf(l.path) === service).toSorted((a, b) => compare(a.path, b.path) || a.startLine - b.startLine)[0]!;
        report({
          messageId: 'missing',
          data: { service: serviceLabel(service), count },
          location: null,
          anchor: `service:${service}`,
          related: [{ path: first.path, startLine: first.startLine, message: 'first route of this service' }],
        });
      }
    }

    for (const tracker of trackers) {
      const service = facts.serviceOf(tracker.location.path);
      const data = { callee: tracker.callee, option: tracker.keyOption ?? 'key', service: serviceLabel(service), sdk: SDK_NAMES[tracker.sdk] ?? tracker.sdk };
      const anchor = `${service}:${tracker.callee}`;
      if (tracker.disabled) {
        report({ messageId: 'disabled', data, location: tracker.location, anchor });
        continue;
      }
      if (!tracker.keyOption) continue;
      const key = tracker.key;
      if (key.kind === 'literal') {
        if (key.empty) report({ messageId: 'empty', data, location: tracker.location, anchor });
        continue;
      }
      let variables: string[];
      if (key.kind === 'env') variables = [key.name];
      else if (key.kind === 'expression') {
        // A key passed through settings is followed to the variable behind it; one that cannot be followed is not judged.
        const resolved = resolveSetting(facts, tracker.location.path, key.text);
        if (!resolved) continue;
        variables = resolved;
      } else if (tracker.fallbackEnv.length > 0) variables = [];
      else {
        report({ messageId: 'noKey', data, location: tracker.location, anchor });
        continue;
      }
      // An init in a shared package reads the environment of the services that call it.
      const declarations = usedBy.get(tracker)!.flatMap(declarationsOf);
      const accepted = [...variables, ...tracker.fallbackEnv];
      if (accepted.some((v) => isDeclared(declarations, v))) continue;
      const variable = variables[0] ?? tracker.fallbackEnv[0]!;
      readAnywhere ??= new Set([...facts.fileFacts].flatMap((f) => f.envReads.map((r) => r.name)));
      const read = readAnywhere;
      // Declared under another name: shares the SDK's name or the variable's last word (`SENTRY_DSN_API`, `BILLING_DSN`).
      const words = [variable.split('_').pop()!, tracker.sdk.toUpperCase()].filter((w) => w.length > 2 && !/^(?:URL|KEY|API)$/.test(w));
      const similar = declarations.filter((d) => d.name !== '*' && d.name !== variable && d.name.split('_').some((w) => words.includes(w)));
      const files = [...new Set(declarations.map((d) => d.location.path))].toSorted();
      report({
        messageId: 'undeclared',
        data: {
          ...data,
          variable,
          looked: files.length > 0 ? listing(files) : 'no environment template or deployment configuration: there is none for this service',
          similar: similar.length > 0 ? ` ${listing(similar.map((d) => `\`${d.name}\` (${d.location.path}:${d.location.startLine})`))} ${similar.length > 1 ? 'are' : 'is'} declared instead${similar.every((d) => !read.has(d.name)) ? ', and nothing reads ' + (similar.length > 1 ? 'them' : 'it') : ''}.` : '',
        },
        location: tracker.location,
        anchor: `${anchor}:${variable}`,
        related: similar.map((d) => ({ path: d.location.path, startLine: d.location.startLine, message: `${d.name} is declared here${read.has(d.name) ? '' : ' but nothing reads it'}` })),
      });
    }
  },
};
