import type { RuleCases } from '../../rule-tester.js';

const cases: RuleCases = {
  valid: [
    { name: 'audit records only inserted', files: { 'src/audit.ts': "export async function record(entry) {\n  await prisma.auditLog.create({ data: entry });\n}\n" } },
    { name: 'retention job deletes old entries', files: { 'src/jobs/audit-retention.ts': "export async function run() {\n  await prisma.auditLog.deleteMany({ where: { createdAt: { lt: cutoff } } });\n}\n" } },
    { name: 'purge function name marks the retention job', files: { 'src/maintenance.ts': "export async function purgeExpiredAuditEntries() {\n  await prisma.auditLog.deleteMany({ where: { createdAt: { lt: cutoff } } });\n}\n" } },
    { name: 'lookalike: deleting another model named like a log', files: { 'src/logs.ts': "export async function clearBuildLogs(id) {\n  await prisma.buildLog.deleteMany({ where: { buildId: id } });\n}\n" } },
  ],
  invalid: [
    {
      name: 'admin route clears the audit log',
      files: { 'src/admin.ts': "import express from 'express';\nconst app = express();\napp.delete('/admin/audit-log', requireRole('owner'), async (req, res) => {\n  await prisma.auditLog.deleteMany({ where: { organizationId: req.user.organizationId } });\n  res.sendStatus(204);\n});\n" },
      gaps: [{ messageId: 'deleted', path: 'src/admin.ts', line: 4, includes: ['prisma.auditLog.deleteMany', 'DELETE /admin/audit-log'] }],
    },
    {
      name: 'audit entries rewritten by a helper and by Django',
      files: {
        'src/fix.ts': "export async function anonymiseActor(userId) {\n  await prisma.auditLog.updateMany({ where: { actorId: userId }, data: { actorId: null } });\n}\n",
        'app/views.py': 'def clear(request):\n    AuditLog.objects.filter(org=request.user.org).delete()\n',
      },
      gaps: [
        { messageId: 'updated', path: 'src/fix.ts', line: 2, includes: ['anonymiseActor'] },
        { messageId: 'deleted', path: 'app/views.py', line: 2, includes: ['clear'] },
      ],
    },
  ],
};
export default cases;
