import type { SgNode } from '@ast-grep/napi';
import type { BodySummary, FileFacts } from '../../core/facts.js';
import type { SourceExtractor } from '../types.js';
import { argumentsOf, compact } from '../source.js';
import { decoratedOf, decorators, lastName, listElements } from './common.js';

/** Django's authentication functions and the signal each sends. */
const AUTH_SIGNALS: Record<string, string> = { login: 'user_logged_in', logout: 'user_logged_out' };

/**
 * Django signals. Receivers (`@receiver(user_logged_in)`, `user_logged_in.connect(audit_login)`)
 * are marked on their FunctionFact with the signals they receive, so a `signal.send(…)` can be
 * followed into them. `django.contrib.auth.login()`/`logout()` send `user_logged_in` /
 * `user_logged_out` themselves: a call to them is recorded as that signal's `send` too.
 */
export const pythonSignals: SourceExtractor = {
  id: 'python-signals',
  languages: ['python'],
  kinds: [],
  applies: (text) => text.includes('receiver') || text.includes('.connect(') || text.includes('django.contrib'),
  extract(file, facts) {
    if (/receiver|\.connect\(/.test(file.text)) {
      for (const fn of file.root.findAll({ rule: { kind: 'function_definition' } })) {
        const signals = decorators(decoratedOf(fn)).flatMap((d) => (d.kind() === 'call' && lastName(compact(d.field('function')?.text() ?? '')) === 'receiver' ? signalNames(argumentsOf(d.field('arguments'))[0] ?? null) : []));
        if (signals.length > 0) mark(facts, fn.field('name')?.text() ?? '', file.location(decoratedOf(fn) ?? fn).startLine, signals);
      }
      for (const { node: call, callee } of file.calls) {
        if (!callee.endsWith('.connect')) continue;
        const handler = argumentsOf(call.field('arguments'))[0];
        if (handler?.kind() === 'identifier') mark(facts, handler.text(), null, [lastName(callee.slice(0, -'.connect'.length))]);
      }
    }
    const auth = new Map<string, string>();
    for (const i of facts.imports) {
      if (i.source === 'django.contrib.auth' && AUTH_SIGNALS[i.imported]) auth.set(i.local, AUTH_SIGNALS[i.imported]!);
      if (i.source === 'django.contrib' && i.imported === 'auth') for (const [name, signal] of Object.entries(AUTH_SIGNALS)) auth.set(`${i.local}.${name}`, signal);
    }
    if (auth.size === 0) return;
    for (const summary of [...facts.functions, ...facts.routes, facts.moduleBody] as BodySummary[]) {
      for (const call of summary.calls.slice()) {
        const signal = auth.get(call.callee);
        if (signal && !summary.calls.some((c) => c.callee === `${signal}.send` && c.line === call.line)) summary.calls.push({ callee: `${signal}.send`, line: call.line });
      }
    }
  },
};

/** `user_logged_in`, `[user_logged_in, user_logged_out]`, `signals.user_logged_in` → bare names. */
function signalNames(node: SgNode | null): string[] {
  return listElements(node).flatMap((n) => (n.kind() === 'identifier' || n.kind() === 'attribute' ? [lastName(compact(n.text()))] : []));
}

function mark(facts: FileFacts, name: string, line: number | null, signals: string[]): void {
  const fn = facts.functions.find((f) => f.name === name && f.qualifiedName === name && (line === null || f.location.startLine === line));
  if (!fn) return;
  fn.receives = [...new Set([...(fn.receives ?? []), ...signals])];
}
