import type { RuleCheck } from '../types.js';
import { auditMatchers, isAuditCall, isAuditModel } from './audit-calls.js';

export const auditTrailExists: RuleCheck = {
  id: 'audit/audit-trail-exists',
  check({ facts, options, report }) {
    const writes = facts.dataOps().filter((op) => op.op !== 'read');
    if (writes.length === 0) return 'not-applicable';
    const audit = auditMatchers(options);
    if (facts.calls().some(({ call }) => isAuditCall(call, audit))) return;
    if ([...facts.fileFacts].some((f) => f.models.some((m) => isAuditModel(m.name, audit)))) return;
    if (writes.some((op) => isAuditModel(op.model, audit))) return;
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
