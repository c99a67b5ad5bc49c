import type { DocumentFact } from '../../core/facts.js';
import { listing } from '../environment.js';
import type { RuleCheck } from '../types.js';
import { matchesAny, patterns } from '../types.js';

const RUNBOOK_HEADING = /\b(run-?book|incident response|on-?call (guide|handbook)|playbook)\b/i;

export const runbookExists: RuleCheck = {
  id: 'operations/runbook-exists',
  check({ facts, options, report }) {
    const names = patterns(options, 'names');
    const byName = facts.paths().filter((p) => matchesAny(p.toLowerCase(), names)).toSorted();
    const documents = new Map(facts.documents().map((d) => [d.path, d]));
    let runbook: DocumentFact[] = byName.flatMap((p) => (documents.has(p) ? [documents.get(p)!] : []));
    if (byName.length === 0) {
      runbook = facts.documents().filter((d) => d.headings.some((h) => h.level <= 2 && RUNBOOK_HEADING.test(h.text)));
      if (runbook.length === 0) {
        report({ messageId: 'missing', data: { names: 'RUNBOOK.md, docs/runbook.md, runbooks/, incident-response.md' }, location: null, anchor: 'repository' });
        return;
      }
    }
    // A runbook folder is one runbook: its file names count as sections too (`runbooks/restore.md`).
    const texts = [...runbook.flatMap((d) => d.headings.map((h) => h.text)), ...byName.map((p) => p.split('/').pop()!.replace(/\.\w+$/, '').replace(/[-_]/g, ' '))];
    const sections = Object.entries((options.sections ?? {}) as Record<string, string>);
    const missing = sections.filter(([, source]) => !texts.some((t) => new RegExp(source, 'i').test(t))).map(([name]) => name);
    if (missing.length === 0) return;
    const main = runbook[0] ?? null;
    const where = main?.path ?? byName[0]!;
    report({
      messageId: 'incomplete',
      data: { path: where, missing: listing(missing), files: byName.length > 1 ? ` and file names of ${listing(byName)}` : '' },
      location: main ? { path: main.path, startLine: 1, endLine: Math.max(1, main.lines), startColumn: 1, endColumn: 1 } : null,
      anchor: `runbook:${where}`,
    });
  },
};
