import type { RuleCases } from '../../rule-tester.js';

const cases: RuleCases = {
  valid: [
    { name: 'docs/runbook.md', files: { 'docs/runbook.md': '# Runbook\n## Incident response\n' } },
    { name: 'RUNBOOK.md at the root', files: { 'RUNBOOK.md': '# On call\n' } },
    { name: 'runbooks folder', files: { 'ops/runbooks/database.md': '# Restoring the database\n' } },
    { name: 'README with an incident response section', files: { 'README.md': '# App\n\n## Incident response\nPage the on-call engineer…\n' } },
  ],
  invalid: [
    { name: 'no runbook at all', files: { 'README.md': '# App\n\n## Development\n' }, gaps: [{ messageId: 'missing', path: null }] },
    {
      name: 'lookalike: a runbook mentioned in a code comment only',
      files: { 'src/ops.ts': '// TODO(#12): write the runbook\nexport const x = 1;\n', 'docs/architecture.md': '# Architecture\nSee the runbook (to be written).\n' },
      gaps: [{ messageId: 'missing', path: null }],
    },
  ],
};
export default cases;
