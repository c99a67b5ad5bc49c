import type { FactIndex } from '../../core/fact-index.js';
import type { AlertSinkFact, CallFact, FunctionFact } from '../../core/facts.js';
import { declarationsFor, isDeclared, listing, resolveSetting, serviceLabel } from '../environment.js';
import type { RuleCheck } from '../types.js';
import { matchesAny, patterns } from '../types.js';

const CHANNEL_NAMES: Record<string, string> = { slack: 'Slack', discord: 'Discord', teams: 'Microsoft Teams', pagerduty: 'PagerDuty', opsgenie: 'Opsgenie', webhook: 'an alert webhook' };

export const alertsReachADestination: RuleCheck = {
  id: 'monitoring/alerts-reach-a-destination',
  check({ facts, options, report }) {
    const sinks = [...facts.fileFacts].flatMap((f) => f.alertSinks);
    if (sinks.length === 0) return 'not-applicable';
    const alertNames = patterns(options, 'alertNames').map((p) => new RegExp(p.source, 'i'));
    const notificationNames = patterns(options, 'notificationNames').map((p) => new RegExp(p.source, 'i'));
    const handlerNames = patterns(options, 'errorHandlerNames');
    const errorPaths = new ErrorPaths(facts, handlerNames);
    const seen = new Set<string>();
    for (const sink of sinks) {
      const key = `${sink.location.path}:${sink.function ?? sink.location.startLine}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const service = facts.serviceOf(sink.location.path);
      const channel = CHANNEL_NAMES[sink.channel] ?? sink.channel;
      const name = sink.function ?? `the code at ${sink.location.path}:${sink.location.startLine}`;
      // Variables read directly, and those behind a settings object (t3 `env.SLACK_ALERTS_WEBHOOK_URL`, `config.slackWebhookUrl`).
      const destinationEnv = [...new Set([...sink.destinationEnv, ...(sink.destinationSettings ?? []).flatMap((e) => resolveSetting(facts, sink.location.path, e) ?? [])])];
      const destination = destinationEnv.length > 0 ? ` (${listing(destinationEnv.map((v) => `\`${v}\``))})` : '';
      const names = [sink.function ?? '', ...destinationEnv, ...(sink.destinationSettings ?? []).map((e) => e.split('.').pop()!)];
      const paging = sink.channel === 'pagerduty' || sink.channel === 'opsgenie';
      const namedAlert = names.some((n) => matchesAny(n, alertNames));
      const isAlert = paging || sink.channel === 'webhook' || namedAlert;

      const fn = sink.function ? findFunction(facts, sink) : null;
      // A post named for another purpose (`postToSalesChannel`, `SLACK_SALES_WEBHOOK_URL`, a digest, a newsletter)
      // is a notification unless a failure sends it: not an alert, so not judged.
      if (!paging && !namedAlert && names.some((n) => matchesAny(n, notificationNames)) && !errorPaths.sends(fn, sink)) continue;
      // Registered by name as a failure handler (`process.on('unhandledRejection', sendAlert)`, `{ onError: sendAlert }`).
      if (fn && isAlert && !errorPaths.isHandler(fn.name)) {
        const callers = errorPaths.callersOf(fn);
        if (callers.length === 0) {
          report({ messageId: 'neverCalled', data: { function: sink.function!, channel, destination }, location: fn.location, anchor: `${sink.function}` });
        } else if (!callers.some((c) => errorPaths.covers(c.path, c.line, 0))) {
          report({
            messageId: 'notOnErrorPath',
            data: { function: sink.function!, channel, destination, count: callers.length, callers: callers.slice(0, 3).map((c) => `${c.path}:${c.line}`).join(', ') },
            location: fn.location,
            anchor: `${sink.function}`,
            related: callers.slice(0, 5).map((c) => ({ path: c.path, startLine: c.line, message: `called here, not on an error path` })),
          });
        }
      }

      if (destinationEnv.length === 0) continue;
      const declarations = declarationsFor(facts, service);
      if (destinationEnv.some((v) => isDeclared(declarations, v))) continue;
      const files = [...new Set(declarations.map((d) => d.location.path))].toSorted();
      report({
        messageId: 'undeclared',
        data: { function: name, channel, variable: destinationEnv[0]!, service: serviceLabel(service), looked: files.length > 0 ? listing(files) : 'no environment template or deployment configuration: there is none for this service' },
        location: sink.location,
        anchor: `${sink.function ?? 'module'}:${destinationEnv[0]}`,
      });
    }
  },
};

function findFunction(facts: FactIndex, sink: AlertSinkFact): FunctionFact | null {
  const file = facts.byPath.get(sink.location.path);
  return file?.functions.find((f) => f.qualifiedName === sink.function || f.name === sink.function) ?? null;
}

interface CallSite {
  path: string;
  line: number;
}

/** Whether a call site runs when something failed: inside a catch/except, an error handler, a process hook or a failure event, directly or through a caller. */
class ErrorPaths {
  private readonly handlers = new Set<string>();
  /** Every call in the repository by the last segment of its callee (`alerts.sendAlert` → `sendAlert`). */
  private readonly callsByName = new Map<string, { path: string; call: CallFact }[]>();

  constructor(
    private readonly facts: FactIndex,
    private readonly handlerNames: readonly RegExp[],
  ) {
    for (const f of facts.fileFacts) for (const p of f.errorPaths) if (p.handler) this.handlers.add(p.handler);
    for (const entry of facts.calls()) {
      const last = entry.call.callee.split('.').pop()!;
      const list = this.callsByName.get(last) ?? [];
      list.push(entry);
      this.callsByName.set(last, list);
    }
  }

  isHandler(name: string): boolean {
    return this.handlers.has(name);
  }

  /** Whether a sink runs when something failed: its function is a registered handler or called from an error path, or its code sits on one. */
  sends(fn: FunctionFact | null, sink: AlertSinkFact): boolean {
    if (!fn) return this.covers(sink.location.path, sink.location.startLine, 0);
    return this.isHandler(fn.name) || matchesAny(fn.qualifiedName, this.handlerNames) || this.callersOf(fn).some((c) => this.covers(c.path, c.line, 0));
  }

  /** Calls of a function from elsewhere in the repository (resolved through imports). */
  callersOf(fn: FunctionFact): CallSite[] {
    const out: CallSite[] = [];
    for (const { path, call } of this.callsByName.get(fn.name) ?? []) {
      if (path === fn.location.path && call.line >= fn.location.startLine && call.line <= fn.location.endLine) continue;
      if (this.facts.resolveCall(path, call) === fn) out.push({ path, line: call.line });
    }
    return out;
  }

  covers(path: string, line: number, depth: number): boolean {
    const file = this.facts.byPath.get(path);
    if (!file) return false;
    if (file.errorPaths.some((p) => !p.handler && p.startLine <= line && line <= p.endLine)) return true;
    const enclosing = file.functions
      .filter((f) => f.location.startLine <= line && line <= f.location.endLine)
      .toSorted((a, b) => b.location.startLine - a.location.startLine)[0];
    if (!enclosing) return false;
    if (this.isHandler(enclosing.name) || matchesAny(enclosing.qualifiedName, this.handlerNames)) return true;
    // A helper that is itself called from an error path (`notifyFailure()` in a catch).
    return depth < 2 && this.callersOf(enclosing).some((c) => this.covers(c.path, c.line, depth + 1));
  }
}
