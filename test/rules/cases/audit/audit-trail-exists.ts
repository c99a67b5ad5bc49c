import type { RuleCases } from '../../rule-tester.js';

const expressApp = (body: string) => `import express from 'express';
import { prisma } from './db';
const app = express();
app.delete('/projects/:id', async (req, res) => {
${body}
  res.sendStatus(204);
});
`;

const cases: RuleCases = {
  valid: [
    { name: 'audit helper called', files: { 'src/app.ts': expressApp("  await prisma.project.delete({ where: { id: req.params.id } });\n  await audit.record({ action: 'project.deleted', actor: req.user.id });") } },
    { name: 'audit call in a helper module', files: { 'src/app.ts': expressApp("  await prisma.project.delete({ where: { id: req.params.id } });\n  await createAuditLog(req.user, 'project.deleted');"), 'src/audit.ts': 'export async function createAuditLog(user, action) { await prisma.auditLog.create({ data: { userId: user.id, action } }); }\n' } },
    { name: 'Django AuditLog model', files: { 'app/views.py': 'def delete_project(request, pk):\n    Project.objects.filter(pk=pk).delete()\n    AuditLog.objects.create(actor=request.user, action="project.deleted")\n' } },
    { name: 'read-only application', files: { 'src/app.ts': "import express from 'express';\nconst app = express();\napp.get('/projects', async (req, res) => res.json(await prisma.project.findMany()));\n" } },
    { name: 'audit model in the Prisma schema', files: { 'src/app.ts': expressApp('  await prisma.project.delete({ where: { id: req.params.id } });'), 'prisma/schema.prisma': 'model ActivityLog {\n  id String @id\n  action String\n}\n' } },
    { name: 'custom audit call name via option', options: { auditCalls: ['(^|\\.)track$'] }, files: { 'src/app.ts': expressApp("  await prisma.project.delete({ where: { id: req.params.id } });\n  await analytics.track('project.deleted');") } },
  ],
  invalid: [
    {
      name: 'Express + Prisma deletes with no audit',
      files: { 'src/app.ts': expressApp('  await prisma.project.delete({ where: { id: req.params.id } });') },
      gaps: [{ messageId: 'missing', path: null, includes: ['prisma.project.delete in src/app.ts:5'] }],
    },
    {
      name: 'lookalike: console.log of an audit-ish string is not an audit trail',
      files: { 'src/app.ts': expressApp("  await prisma.project.delete({ where: { id: req.params.id } });\n  console.log('audit: project deleted');") },
      gaps: [{ messageId: 'missing', path: null }],
    },
    {
      name: 'raw SQL and SQLAlchemy writes',
      files: { 'svc/jobs.py': 'def purge(db):\n    db.execute("DELETE FROM sessions WHERE expires_at < now()")\n    db.add(Report(name="x"))\n' },
      gaps: [{ messageId: 'missing', path: null, includes: ['2 data changes'] }],
    },
  ],
};
export default cases;
