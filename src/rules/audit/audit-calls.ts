import type { CallFact, DataOpFact } from '../../core/facts.js';
import { optionDefaults } from '../types.js';

/**
 * What counts as recording an audit event, shared by every audit rule (and by the security
 * rules, which do not count an audit write as the action a route performs). The defaults
 * live once, in rules/audit/audit-trail-exists.yml; the other audit rules declare the same
 * options with the same defaults (a test keeps them equal) so each can be configured.
 */
const defaultsOf = (option: string) => optionDefaults('audit/audit-trail-exists', option);

export const AUDIT_CALL_DEFAULTS: readonly string[] = defaultsOf('auditCalls');
export const AUDIT_MODEL_DEFAULTS: readonly string[] = defaultsOf('auditModels');

export interface AuditMatchers {
  calls: RegExp[];
  models: RegExp[];
}

/** The rule's `auditCalls`/`auditModels` options, compiled (models match case-insensitively: `auditLog`, `AuditLog`, `audit_logs`). */
export function auditMatchers(options: Record<string, unknown>): AuditMatchers {
  const list = (key: string, fallback: readonly string[], flags: string) => (Array.isArray(options[key]) ? (options[key] as unknown[]).map(String) : fallback).map((p) => new RegExp(p, flags));
  return { calls: list('auditCalls', AUDIT_CALL_DEFAULTS, ''), models: list('auditModels', AUDIT_MODEL_DEFAULTS, 'i') };
}

/** A call into the audit namespace that erases or rewrites entries (`prisma.auditLog.deleteMany`, `auditService.purgeOlderThan`) records nothing. */
const ERASING = /\.(?:delete|remove|destroy|truncate|purge|clear|drop|update|upsert)\w*$/;

export function isAuditCall(call: CallFact, m: AuditMatchers): boolean {
  return m.calls.some((p) => p.test(call.callee)) && !ERASING.test(call.callee);
}

export function isAuditModel(model: string | null, m: AuditMatchers): boolean {
  return model !== null && m.models.some((p) => p.test(model));
}

/** The first audit record among calls and data operations: an audit call, or a write to an audit model. */
export function findAuditRecord(calls: readonly CallFact[], dataOps: readonly DataOpFact[], m: AuditMatchers): string | null {
  const call = calls.find((c) => isAuditCall(c, m));
  if (call) return call.callee;
  const op = dataOps.find((o) => o.op === 'create' && isAuditModel(o.model, m));
  return op ? op.callee : null;
}
