import type { RuleCheck } from '../types.js';
import { matchesAny, patterns } from '../types.js';

export const auditTrailExists: RuleCheck = {
  id: 'audit/audit-trail-exists',
  check({ facts, options, report }) {
    const writes = facts.dataOps().filter((op) => op.op !== 'read');
    if (writes.length === 0) return 'not-applicable';
    const auditCalls = patterns(options, 'auditCalls');
    const auditModels = patterns(options, 'auditModels');
    if (facts.calls().some(({ call }) => matchesAny(call.callee, auditCalls))) return;
    if ([...facts.fileFacts].some((f) => f.models.some((m) => matchesAny(m.name, auditModels)))) return;
    if (writes.some((op) => op.model !== null && matchesAny(op.model.charAt(0).toUpperCase() + op.model.slice(1), auditModels))) return;
    const [first] = writes;
    report({
      messageId: 'missing',
      data: {
        count: writes.length,
        example: `${first!.callee} in ${first!.location.path}:${first!.location.startLine}`,
        evidence: 'audit.*, createAuditLog, auditLog.create, AuditLog.objects.create…',
      },
      location: null,
      anchor: 'repository',
      related: writes.slice(0, 5).map((op) => ({ path: op.location.path, startLine: op.location.startLine, message: `${op.op} via ${op.callee}` })),
    });
  },
};
