import type { RuleCases } from '../../rule-tester.js';

const SCHEMA = `model User {
  id                  String    @id
  email               String
  resetTokenExpiresAt DateTime?
}

model Session {
  id        String   @id
  expiresAt DateTime
}

model PasswordResetToken {
  id        String   @id
  tokenHash String
  expires   DateTime
}

model Subscription {
  id        String   @id
  expiresAt DateTime
}
`;
const cron = (body: string) => `import cron from 'node-cron';\nimport { prisma } from './db';\n${body}\n`;

const cases: RuleCases = {
  valid: [
    {
      name: 'one job cleans every expiring model',
      files: { 'prisma/schema.prisma': SCHEMA, 'src/cron.ts': cron("cron.schedule('0 3 * * *', async () => {\n  await prisma.session.deleteMany({ where: { expiresAt: { lt: new Date() } } });\n  await prisma.passwordResetToken.deleteMany({ where: { expires: { lt: new Date() } } });\n});") },
    },
    {
      name: 'raw SQL in a Kubernetes CronJob script',
      files: {
        'prisma/schema.prisma': SCHEMA,
        'deploy/cleanup.yaml': 'apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: cleanup\nspec:\n  schedule: "0 3 * * *"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          containers:\n            - name: cleanup\n              command: ["node", "dist/jobs/cleanup.js"]\n',
        'src/jobs/cleanup.ts': "await db.query('DELETE FROM sessions WHERE expires_at < now()');\nawait db.query('DELETE FROM password_reset_tokens WHERE expires < now()');\n",
      },
    },
    { name: 'models without expiry, or whose expiry is not data to clean up', files: { 'prisma/schema.prisma': 'model User {\n  id String @id\n  resetTokenExpiresAt DateTime?\n}\n\nmodel Subscription {\n  id String @id\n  expiresAt DateTime\n}\n' } },
    {
      name: 'Celery beat task for a SQLAlchemy-mapped session table',
      files: {
        'prisma/schema.prisma': 'model Session {\n  id String @id\n  expiresAt DateTime\n}\n',
        'svc/beat.py': 'CELERY_BEAT_SCHEDULE = {\n    "purge": {"task": "svc.jobs.purge", "schedule": 3600},\n}\n',
        'svc/jobs.py': 'def purge():\n    db.execute(delete(Session).where(Session.expires_at < now()))\n',
      },
    },
  ],
  invalid: [
    {
      name: 'nothing cleans expired sessions or reset tokens',
      files: { 'prisma/schema.prisma': SCHEMA },
      gaps: [
        { messageId: 'notCleaned', path: 'prisma/schema.prisma', line: 7, includes: ['Expired Session rows are never deleted', 'expiresAt', 'no scheduled job was found'] },
        { messageId: 'notCleaned', path: 'prisma/schema.prisma', line: 12, includes: ['PasswordResetToken', '(expires)'] },
      ],
    },
    {
      name: 'lookalike: the job cleans sessions, not reset tokens',
      files: { 'prisma/schema.prisma': SCHEMA, 'src/cron.ts': cron("cron.schedule('0 3 * * *', async () => {\n  await prisma.session.deleteMany({ where: { expiresAt: { lt: new Date() } } });\n});") },
      gaps: [{ messageId: 'notCleaned', path: 'prisma/schema.prisma', line: 12, includes: ['scheduled jobs delete only session'] }],
    },
    {
      name: 'lookalike: a cleanup defined but never scheduled',
      files: { 'prisma/schema.prisma': 'model Invite {\n  id String @id\n  expiresAt DateTime\n}\n', 'src/cleanup.ts': "export async function purgeInvites() {\n  await prisma.invite.deleteMany({ where: { expiresAt: { lt: new Date() } } });\n}\n" },
      gaps: [{ messageId: 'notCleaned', path: 'prisma/schema.prisma', line: 1, includes: ['Invite'] }],
    },
    {
      name: 'with the retention rule off, a promised model is reported here',
      files: { 'PRIVACY.md': '# Privacy policy\n\nInvitations expire after 7 days and are then deleted.\n', 'prisma/schema.prisma': 'model Invite {\n  id String @id\n  expiresAt DateTime\n}\n' },
      gaps: [{ messageId: 'notCleaned', path: 'prisma/schema.prisma', line: 1 }],
    },
  ],
};
export default cases;
