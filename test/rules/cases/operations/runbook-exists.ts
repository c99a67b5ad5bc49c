import type { RuleCases } from '../../rule-tester.js';

const complete = '# Runbook\n\n## Incident response\nTriage, then post in #incidents.\n\n## Rollback\nRedeploy the previous release.\n\n## Restore the database\nRestore the latest snapshot.\n\n## Contacts\nOn-call rotation and vendors.\n';

const cases: RuleCases = {
  valid: [
    { name: 'docs/runbook.md with every section', files: { 'docs/runbook.md': complete } },
    { name: 'RUNBOOK.md at the root', files: { 'RUNBOOK.md': complete.replace('# Runbook', '# On call') } },
    {
      name: 'a runbooks folder: file names count as sections',
      files: {
        'ops/runbooks/incident-response.md': '# When the API is down\n',
        'ops/runbooks/rollback.md': '# Reverting a deploy\n',
        'ops/runbooks/restore.md': '# Restoring the database\n',
        'ops/runbooks/contacts.md': '# Who to call\n',
      },
    },
    { name: 'rollback worded as "Rolling back a deploy"', files: { 'RUNBOOK.md': complete.replace('## Rollback', '## Rolling back a deploy') } },
    { name: 'rollback worded as "Roll back" and "Rollbacks"', files: { 'docs/runbook.md': complete.replace('## Rollback', '## How to roll back'), 'runbooks/rollbacks.md': '# Rollbacks\n' } },
    { name: 'README with an incident response section and the others', files: { 'README.md': `# App\n\n## Development\n\n${complete.replace('# Runbook\n\n', '')}` } },
  ],
  invalid: [
    { name: 'no runbook at all', files: { 'README.md': '# App\n\n## Development\n' }, gaps: [{ messageId: 'missing', path: null }] },
    {
      name: 'lookalike: a runbook mentioned in a code comment only',
      files: { 'src/ops.ts': '// TODO(#12): write the runbook\nexport const x = 1;\n', 'docs/architecture.md': '# Architecture\nSee the runbook (to be written).\n' },
      gaps: [{ messageId: 'missing', path: null }],
    },
    {
      name: 'a runbook without rollback, restore and contacts sections',
      files: { 'docs/runbook.md': '# Runbook\n\n## Incident response\nPage the on-call engineer…\n' },
      gaps: [{ messageId: 'incomplete', path: 'docs/runbook.md', line: 1, includes: ['rollback, restore and contacts'] }],
    },
    {
      name: 'lookalike: rolling out a release is not rolling it back',
      files: { 'docs/runbook.md': complete.replace('## Rollback\nRedeploy the previous release.', '## Rolling out a release\nMerge to main; the deploy starts.') },
      gaps: [{ messageId: 'incomplete', path: 'docs/runbook.md', line: 1, includes: ['no rollback section'] }],
    },
  ],
};
export default cases;
