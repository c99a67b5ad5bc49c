import type { BackupFact } from '../../core/facts.js';
import type { TextExtractor } from '../types.js';

interface Command {
  action: BackupFact['action'];
  tool: string;
  pattern: RegExp;
}

/** Commands and settings that take or restore a database backup. */
const COMMANDS: Command[] = [
  { action: 'backup', tool: 'pg_dump', pattern: /\bpg_dump(?:all)?\b/ },
  { action: 'backup', tool: 'mysqldump', pattern: /\b(?:mysqldump|mariadb-dump)\b/ },
  { action: 'backup', tool: 'mongodump', pattern: /\bmongodump\b/ },
  { action: 'backup', tool: 'aws rds snapshot', pattern: /\baws\s+rds\s+create-db-(?:cluster-)?snapshot\b/ },
  { action: 'backup', tool: 'gcloud sql backup', pattern: /\bgcloud\s+sql\s+(?:backups\s+create|export)\b/ },
  { action: 'backup', tool: 'heroku pg:backups', pattern: /\bheroku\s+pg:backups:capture\b|\bpg:backups:schedule\b/ },
  { action: 'backup', tool: 'supabase db dump', pattern: /\bsupabase\s+db\s+dump\b/ },
  { action: 'backup', tool: 'litestream', pattern: /\blitestream\s+replicate\b/ },
  { action: 'backup', tool: 'wal-g', pattern: /\bwal-g\s+backup-push\b/ },
  { action: 'backup', tool: 'pgbackrest', pattern: /\bpgbackrest\b[^\n]*\bbackup\b/ },
  { action: 'backup', tool: 'restic', pattern: /\brestic\b[^\n]*\bbackup\b/ },
  { action: 'backup', tool: 'RDS automated backups', pattern: /\bbackup_retention_period\s*=\s*[1-9]/ },
  { action: 'backup', tool: 'AWS Backup', pattern: /\bresource\s+"aws_backup_plan"/ },
  { action: 'backup', tool: 'Cloud SQL backups', pattern: /\bpoint_in_time_recovery_enabled\s*=\s*true\b|\bbackup_configuration\s*\{/ },
  { action: 'restore', tool: 'pg_restore', pattern: /\bpg_restore\b/ },
  { action: 'restore', tool: 'psql < dump', pattern: /\bpsql\b[^\n]*(?:<|-f|--file[= ])\s*\S*(?:dump|backup|snapshot)\S*/i },
  { action: 'restore', tool: 'mysql < dump', pattern: /\b(?:mysql|mariadb)\b[^\n]*<\s*\S*(?:dump|backup|snapshot)\S*/i },
  { action: 'restore', tool: 'mongorestore', pattern: /\bmongorestore\b/ },
  { action: 'restore', tool: 'aws rds restore', pattern: /\baws\s+rds\s+restore-db-(?:instance|cluster)-(?:from|to)-/ },
  { action: 'restore', tool: 'gcloud sql restore', pattern: /\bgcloud\s+sql\s+(?:backups\s+restore|import)\b/ },
  { action: 'restore', tool: 'heroku pg:backups:restore', pattern: /\bheroku\s+pg:backups:restore\b/ },
  { action: 'restore', tool: 'litestream restore', pattern: /\blitestream\s+restore\b/ },
  { action: 'restore', tool: 'wal-g', pattern: /\bwal-g\s+backup-fetch\b/ },
  { action: 'restore', tool: 'pgbackrest', pattern: /\bpgbackrest\b[^\n]*\brestore\b/ },
  { action: 'restore', tool: 'restic', pattern: /\brestic\b[^\n]*\brestore\b/ },
];

const PROSE = /\.(?:md|mdx|markdown|txt|rst|html?)$/i;
const CI = /^(?:\.github\/workflows\/[^/]+|\.circleci\/config|(?:.*\/)?\.gitlab-ci)\.ya?ml$/;
const SCRIPT = /(?:\.(?:sh|bash)|(?:^|\/)(?:Makefile|justfile|Procfile|package\.json))$/i;
const INFRASTRUCTURE = /\.(?:tf|ya?ml|toml)$|(?:^|\/)Dockerfile[^/]*$/i;
const HASH_COMMENT = /^\s*#/;

/**
 * Backups and restores written down: commands in scripts, CI jobs, infrastructure (Terraform,
 * Kubernetes CronJobs, compose) and documents. A restore in a script or CI job is one that
 * can be exercised; one in a document is an instruction nobody has necessarily run.
 */
export const backupsExtractor: TextExtractor = {
  id: 'backups',
  accepts: (p) => PROSE.test(p) || CI.test(p) || SCRIPT.test(p) || INFRASTRUCTURE.test(p),
  extract(p, content, facts) {
    if (!/dump|restore|backup|snapshot|litestream|wal-g|restic/i.test(content)) return;
    const source: BackupFact['source'] = CI.test(p) ? 'ci' : PROSE.test(p) ? 'document' : SCRIPT.test(p) ? 'script' : 'infrastructure';
    const lines = content.split('\n');
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      if (source !== 'document' && HASH_COMMENT.test(line)) continue;
      for (const command of COMMANDS) {
        if (!command.pattern.test(line)) continue;
        facts.backups.push({ action: command.action, tool: command.tool, source, location: { path: p, startLine: i + 1, endLine: i + 1, startColumn: 1, endColumn: line.length + 1 } });
      }
    }
  },
};
