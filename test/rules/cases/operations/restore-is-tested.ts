import type { RuleCases } from '../../rule-tester.js';

const schema = 'model User {\n  id    String @id\n  email String\n}\n';

const cases: RuleCases = {
  valid: [
    {
      name: 'nightly pg_dump and a weekly restore drill in CI',
      files: {
        'prisma/schema.prisma': schema,
        '.github/workflows/backup.yml': 'on:\n  schedule: [{ cron: "0 3 * * *" }]\njobs:\n  dump:\n    runs-on: ubuntu-latest\n    steps:\n      - run: pg_dump "$DATABASE_URL" -Fc -f backup.dump\n',
        '.github/workflows/restore-drill.yml': 'on:\n  schedule: [{ cron: "0 4 * * 1" }]\njobs:\n  restore:\n    runs-on: ubuntu-latest\n    steps:\n      - run: pg_restore --no-owner -d "$SCRATCH_DATABASE_URL" backup.dump\n',
      },
    },
    {
      name: 'RDS retention in Terraform and a restore script',
      files: {
        'prisma/schema.prisma': schema,
        'infra/db.tf': 'resource "aws_db_instance" "main" {\n  backup_retention_period = 7\n}\n',
        'scripts/restore-latest.sh': '#!/bin/sh\nset -e\naws rds restore-db-instance-from-db-snapshot --db-instance-identifier scratch --db-snapshot-identifier "$1"\n',
      },
    },
    { name: 'no database: nothing to back up', files: { 'src/lib.ts': 'export const x = 1;\n' } },
  ],
  invalid: [
    { name: 'a database and no backups at all', files: { 'prisma/schema.prisma': schema }, gaps: [{ messageId: 'noBackups', path: null, includes: ['User'] }] },
    {
      name: 'lookalike: backups taken and a restore only described in the runbook',
      files: {
        'prisma/schema.prisma': schema,
        'scripts/backup.sh': '#!/bin/sh\npg_dump "$DATABASE_URL" > "backup-$(date +%F).sql"\n',
        'docs/runbook.md': '# Runbook\n\n## Restore\n\n```sh\npg_restore -d "$DATABASE_URL" backup.dump\n```\n',
      },
      gaps: [{ messageId: 'neverRestored', path: null, includes: ['pg_dump in scripts/backup.sh:2', 'only described, in docs/runbook.md'] }],
    },
  ],
};
export default cases;
