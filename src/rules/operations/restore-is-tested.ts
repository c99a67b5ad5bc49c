import type { BackupFact } from '../../core/facts.js';
import type { RuleCheck } from '../types.js';

const describe = (b: BackupFact) => `${b.tool} in ${b.location.path}:${b.location.startLine}`;

export const restoreIsTested: RuleCheck = {
  id: 'operations/restore-is-tested',
  check({ facts, report }) {
    const all = [...facts.fileFacts];
    const models = all.flatMap((f) => f.models);
    const writes = facts.dataOps().filter((op) => op.op !== 'read');
    if (models.length === 0 && writes.length === 0) return 'not-applicable';
    const backups = all.flatMap((f) => f.backups);
    const exercised = backups.filter((b) => b.action === 'restore' && (b.source === 'script' || b.source === 'ci'));
    if (exercised.length > 0) return;
    const taken = backups.filter((b) => b.action === 'backup');
    const documentedRestores = backups.filter((b) => b.action === 'restore' && b.source === 'document');
    if (taken.length === 0 && documentedRestores.length === 0) {
      const evidence = models.length > 0 ? `models ${models.slice(0, 3).map((m) => m.name).join(', ')}${models.length > 3 ? '…' : ''}` : `${writes.length} database writes`;
      report({ messageId: 'noBackups', data: { evidence }, location: null, anchor: 'repository', related: models.slice(0, 3).map((m) => ({ path: m.location.path, startLine: m.location.startLine, message: `model ${m.name}` })) });
      return;
    }
    report({
      messageId: 'neverRestored',
      data: {
        backups: (taken.length > 0 ? taken : documentedRestores).slice(0, 3).map(describe).join(', '),
        documented: documentedRestores.length > 0 ? ` (the restore is only described, in ${[...new Set(documentedRestores.map((b) => b.location.path))].join(', ')})` : '',
      },
      location: null,
      anchor: 'repository',
      related: [...taken, ...documentedRestores].slice(0, 5).map((b) => ({ path: b.location.path, startLine: b.location.startLine, message: `${b.action}: ${b.tool} (${b.source})` })),
    });
  },
};
