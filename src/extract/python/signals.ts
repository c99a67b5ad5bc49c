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
  applies: (text) => text.includes('receiver') || text.includes('.connect(') || text.includes('django.contrib') || MODEL_WRITE_HINT.test(text),
  extract(file, facts) {
    if (/receiver|\.connect\(/.test(file.text)) {
      for (const fn of file.root.findAll({ rule: { kind: 'function_definition' } })) {
        const signals = decorators(decoratedOf(fn)).flatMap((d) => (d.kind() === 'call' && lastName(compact(d.field('function')?.text() ?? '')) === 'receiver' ? signalNames(argumentsOf(d.field('arguments'))[0] ?? null, senderOf(d)) : []));
        if (signals.length > 0) mark(facts, fn.field('name')?.text() ?? '', file.location(decoratedOf(fn) ?? fn).startLine, signals);
      }
      for (const { node: call, callee } of file.calls) {
        if (!callee.endsWith('.connect')) continue;
        const handler = argumentsOf(call.field('arguments'))[0];
        if (handler?.kind() === 'identifier') mark(facts, handler.text(), null, modelSignal(lastName(callee.slice(0, -'.connect'.length)), senderOf(call)));
      }
    }
    // `membership.save()`, `Membership.objects.create(…)`, `lesson.delete()`: Django sends the model's
    // pre/post_save or pre/post_delete signals, so receivers registered for that model run too.
    for (const summary of [...facts.functions, ...facts.routes, facts.moduleBody] as BodySummary[]) {
      for (const op of summary.dataOps) {
        if (!op.model || !op.via.startsWith('django')) continue;
        const method = lastName(op.callee);
        const signals = SAVE_METHODS.test(method) ? SAVE_SIGNALS : DELETE_METHODS.test(method) ? DELETE_SIGNALS : [];
        for (const signal of signals) {
          const callee = `${lastName(op.model)}__${signal}.send`;
          if (!summary.calls.some((c) => c.callee === callee && c.line === op.location.startLine)) summary.calls.push({ callee, line: op.location.startLine });
        }
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

/** Files that may save or delete a model instance: only they get the model signals' sends. */
const MODEL_WRITE_HINT = /\.(?:a?save|a?create|a?delete|get_or_create|update_or_create)\(/;
/** Instance saves and manager creates send pre/post_save; a queryset `.update()` or `bulk_create` sends none. */
const SAVE_METHODS = /^(?:a?save|a?create|create_user|create_superuser|a?get_or_create|a?update_or_create)$/;
const DELETE_METHODS = /^a?delete$/;
const SAVE_SIGNALS = ['pre_save', 'post_save'];
const DELETE_SIGNALS = ['pre_delete', 'post_delete'];
const MODEL_SIGNALS = new Set([...SAVE_SIGNALS, ...DELETE_SIGNALS]);

/** `user_logged_in`, `[user_logged_in, user_logged_out]`, `signals.user_logged_in` → bare names; a model signal with its sender → `Membership__post_save`. */
function signalNames(node: SgNode | null, sender: string | null): string[] {
  return listElements(node).flatMap((n) => (n.kind() === 'identifier' || n.kind() === 'attribute' ? modelSignal(lastName(compact(n.text())), sender) : []));
}

/** A model signal is sent per model: its receiver for `sender=Membership` runs for Membership's saves only. */
function modelSignal(signal: string, sender: string | null): string[] {
  if (!MODEL_SIGNALS.has(signal)) return [signal];
  return sender ? [`${sender}__${signal}`] : [signal];
}

/** `sender=Membership` (or `sender="accounts.Membership"`) of a `receiver(…)`/`.connect(…)` call: the model's class name. */
function senderOf(call: SgNode): string | null {
  const args = call.kind() === 'call' ? (call.field('arguments')?.namedChildren() ?? []) : [];
  const sender = args.find((a) => a.kind() === 'keyword_argument' && a.field('name')?.text() === 'sender')?.field('value');
  if (!sender) return null;
  const text = sender.kind() === 'string' ? sender.text().replace(/^['"]|['"]$/g, '') : compact(sender.text());
  return /^[\w.]+$/.test(text) ? lastName(text) : null;
}

function mark(facts: FileFacts, name: string, line: number | null, signals: string[]): void {
  const fn = facts.functions.find((f) => f.name === name && f.qualifiedName === name && (line === null || f.location.startLine === line));
  if (!fn) return;
  fn.receives = [...new Set([...(fn.receives ?? []), ...signals])];
}
