import type { RuleCheck } from '../types.js';
import { matchesAny, patterns } from '../types.js';

const RUNBOOK_HEADING = /\b(run-?book|incident response|on-?call (guide|handbook)|playbook)\b/i;

export const runbookExists: RuleCheck = {
  id: 'operations/runbook-exists',
  check({ facts, options, report }) {
    const names = patterns(options, 'names');
    if (facts.paths().some((p) => matchesAny(p.toLowerCase(), names))) return;
    if (facts.documents().some((d) => d.headings.some((h) => h.level <= 2 && RUNBOOK_HEADING.test(h.text)))) return;
    report({
      messageId: 'missing',
      data: { names: 'RUNBOOK.md, docs/runbook.md, runbooks/, incident-response.md' },
      location: null,
      anchor: 'repository',
    });
  },
};
