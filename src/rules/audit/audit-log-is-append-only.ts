import type { DataOpFact } from '../../core/facts.js';
import type { RuleCheck } from '../types.js';
import { auditMatchers, isAuditModel } from './audit-calls.js';

/** Values the caller sends: a cutoff from the request is the caller's choice, not a retention policy. */
const FROM_REQUEST = /^(?:req|request|ctx\.request|c\.req|input|body|params|query|args|parsedInput|payload|dto|searchParams|formData)(?:\.|$)/;

export const auditLogIsAppendOnly: RuleCheck = {
  id: 'audit/audit-log-is-append-only',
  check({ facts, options, report }) {
    const audit = auditMatchers(options);
    const retention = (Array.isArray(options.retentionPatterns) ? options.retentionPatterns : []).map((p) => new RegExp(String(p), 'i'));
    const isRetention = (text: string) => retention.some((p) => p.test(text));
    const age = (Array.isArray(options.ageFilters) ? options.ageFilters : []).map((p) => new RegExp(String(p), 'i'));
    // A retention job selects rows by age, with a cutoff of its own: not by a user, not by a date the caller sends.
    const byAge = (op: DataOpFact) => {
      const filter = op.filter ?? [];
      return filter.some((v) => age.some((p) => p.test(v))) && !filter.some((v) => FROM_REQUEST.test(v));
    };
    let auditWrites = 0;
    const seen = new Set<string>();
    for (const file of facts.fileFacts) {
      const owners: { name: string; ops: readonly DataOpFact[] }[] = [
        ...file.functions.map((f) => ({ name: f.qualifiedName, ops: f.dataOps })),
        ...file.routes.map((r) => ({ name: `${r.method} ${r.path}`, ops: r.dataOps })),
        { name: 'module code', ops: file.moduleBody.dataOps },
      ];
      for (const { name, ops } of owners) {
        for (const op of ops) {
          if (!isAuditModel(op.model, audit)) continue;
          auditWrites++;
          if (op.op !== 'update' && op.op !== 'delete') continue;
          const key = `${op.location.path}:${op.location.startLine}:${op.location.startColumn}`;
          if (seen.has(key)) continue;
          seen.add(key);
          // Functions come before routes and module code, so `name` is the innermost named owner: a retention job excuses it.
          if ((isRetention(file.path) || isRetention(name)) && byAge(op)) continue;
          report({
            messageId: op.op === 'delete' ? 'deleted' : 'updated',
            data: { callee: op.callee, model: op.model ?? 'audit log', where: name, path: op.location.path, line: op.location.startLine },
            location: op.location,
            anchor: `${op.callee} in ${name}`,
          });
        }
      }
    }
    if (auditWrites === 0) return 'not-applicable';
  },
};
