import type { RuleCases } from '../../rule-tester.js';

/** TypeORM repositories behind accessors exported from one module (`export const userRepo = () => AppDataSource.getRepository(User)`), imported elsewhere. */
const TYPEORM_REPOSITORIES = "import { AppDataSource } from './data-source';\nimport { User } from '../entities/User';\nimport { PayrollRun } from '../entities/PayrollRun';\nimport { AuditLog } from '../entities/AuditLog';\nimport { PasswordResetToken } from '../entities/PasswordResetToken';\nimport { RefreshToken } from '../entities/RefreshToken';\nexport const userRepo = () => AppDataSource.getRepository(User);\nexport const payrollRunRepo = () => AppDataSource.getRepository(PayrollRun);\nexport const auditLogRepo = () => AppDataSource.getRepository(AuditLog);\nexport const passwordResetRepo = () => AppDataSource.getRepository(PasswordResetToken);\nexport const refreshTokenRepo = () => AppDataSource.getRepository(RefreshToken);\n";
const importedAuditService = (body: string) => ({
  'src/db/repositories.ts': TYPEORM_REPOSITORIES,
  'src/services/audit.service.ts': `import { auditLogRepo } from '../db/repositories';\nexport const auditService = {\n  async record(entry: { actorId: string; action: string }) {\n    await auditLogRepo().insert(entry);\n  },\n${body}};\n`,
});

const cases: RuleCases = {
  valid: [
    {
      name: 'a retention task narrowing a local queryset of audit entries by its own cutoff before deleting it',
      files: { 'audit/tasks.py': 'from datetime import timedelta\nfrom django.utils import timezone\n\n\ndef purge_expired_audit_entries():\n    entries = AuditLog.objects.all()\n    cutoff = timezone.now() - timedelta(days=730)\n    entries = entries.filter(created_at__lt=cutoff)\n    entries.delete()\n' },
    },
    {
      name: 'TypeORM: an audit service that only inserts through auditLogRepo() imported from db/repositories',
      files: importedAuditService(''),
    },
    {
      name: 'raw SQL retention job deleting audit rows older than the database clock allows (now() - interval)',
      files: { 'app/jobs.py': 'from app.db import execute\n\n\ndef purge_old_audit_entries():\n    execute("DELETE FROM audit_log WHERE created_at < now() - interval \'365 days\'")\n' },
    },
    { name: 'audit records only inserted', files: { 'src/audit.ts': "export async function record(entry) {\n  await prisma.auditLog.create({ data: entry });\n}\n" } },
    { name: 'retention job deletes old entries', files: { 'src/jobs/audit-retention.ts': "export async function run() {\n  await prisma.auditLog.deleteMany({ where: { createdAt: { lt: cutoff } } });\n}\n" } },
    { name: 'purge function name marks the retention job', files: { 'src/maintenance.ts': "export async function purgeExpiredAuditEntries() {\n  await prisma.auditLog.deleteMany({ where: { createdAt: { lt: cutoff } } });\n}\n" } },
    { name: 'lookalike: deleting another model named like a log', files: { 'src/logs.ts': "export async function clearBuildLogs(id) {\n  await prisma.buildLog.deleteMany({ where: { buildId: id } });\n}\n" } },
    {
      name: 'NestJS scheduled retention task deletes TypeORM AuditLogEntry rows by age',
      files: { 'src/audit/audit-retention.task.ts': "import { Cron } from '@nestjs/schedule';\nimport { LessThan, Repository } from 'typeorm';\nexport class AuditRetentionTask {\n  constructor(@InjectRepository(AuditLogEntry) private readonly entries: Repository<AuditLogEntry>) {}\n  @Cron('0 3 * * *')\n  async purgeExpiredEntries() {\n    const cutoff = new Date(Date.now() - 730 * 86400000);\n    await this.entries.delete({ createdAt: LessThan(cutoff) });\n  }\n}\n" },
    },
    {
      name: 'Django retention command deletes entries older than a timedelta',
      files: { 'app/management/commands/purge_audit_log.py': 'from datetime import timedelta\nfrom django.utils import timezone\n\ndef handle():\n    cutoff = timezone.now() - timedelta(days=365)\n    AuditLog.objects.filter(created_at__lt=cutoff).delete()\n' },
    },
    {
      name: 'lookalike: an audit-log settings table is not the audit log',
      files: { 'src/settings.ts': "export async function disableAuditExport(orgId) {\n  await prisma.auditLogSettings.update({ where: { orgId }, data: { exportEnabled: false } });\n}\n" },
    },
    {
      name: 'lookalike: a DRF viewset action that only counts audit entries through self.get_queryset()',
      files: {
        'audit/urls.py': 'from rest_framework.routers import DefaultRouter\nfrom .views import AuditLogViewSet\nrouter = DefaultRouter()\nrouter.register("audit-log", AuditLogViewSet, basename="audit-log")\nurlpatterns = router.urls\n',
        'audit/views.py': 'from rest_framework import viewsets\nfrom rest_framework.decorators import action\nfrom rest_framework.response import Response\n\nclass AuditLogViewSet(viewsets.ReadOnlyModelViewSet):\n    permission_classes = [IsAuthenticated, IsClinicAdmin]\n\n    def get_queryset(self):\n        return AuditLogEntry.objects.filter(clinic_id=self.request.user.clinic_id)\n\n    @action(detail=False, methods=["get"])\n    def stats(self, request):\n        return Response({"older": self.get_queryset().filter(created_at__lt=request.query_params["before"]).count()})\n',
      },
    },
  ],
  invalid: [
    {
      name: "a helper deleting one actor's audit entries through a local queryset narrowed in the delete call",
      files: { 'audit/maintenance.py': 'def purge_actor_entries(actor_id):\n    entries = AuditLog.objects.all()\n    entries.filter(actor_id=actor_id).delete()\n' },
      gaps: [{ messageId: 'deleted', path: 'audit/maintenance.py', line: 3, includes: ['purge_actor_entries', 'AuditLog'] }],
    },
    {
      name: "a DRF purge action deleting the audit entries a local holds (self.get_queryset(), narrowed by the caller's cutoff)",
      files: {
        'audit/urls.py': 'from rest_framework.routers import DefaultRouter\nfrom .views import AuditLogViewSet\nrouter = DefaultRouter()\nrouter.register("audit-log", AuditLogViewSet)\nurlpatterns = router.urls\n',
        'audit/views.py': 'from rest_framework import viewsets\nfrom rest_framework.decorators import action\nfrom rest_framework.response import Response\n\n\nclass AuditLogViewSet(viewsets.ReadOnlyModelViewSet):\n    queryset = AuditLog.objects.select_related("actor")\n    permission_classes = [IsAuthenticated, IsClinicAdmin]\n\n    @action(detail=False, methods=["delete"])\n    def purge(self, request):\n        entries = self.get_queryset()\n        before = request.query_params.get("before")\n        if before:\n            entries = entries.filter(created_at__lt=before)\n        deleted, _ = entries.delete()\n        return Response({"deleted": deleted})\n',
      },
      gaps: [{ messageId: 'deleted', path: 'audit/views.py', line: 16, includes: ['entries.delete', 'AuditLog'] }],
    },
    {
      name: 'TypeORM: redactActor rewrites past audit rows through auditLogRepo() imported from db/repositories',
      files: importedAuditService('  async redactActor(userId: string) {\n    await auditLogRepo().update({ actorId: userId }, { actorEmail: null, ip: null });\n  },\n'),
      gaps: [{ messageId: 'updated', path: 'src/services/audit.service.ts', line: 7, includes: ['redactActor'] }],
    },
    {
      name: 'lookalike: a raw SQL purge job that deletes the audit rows of one actor, not by age',
      files: { 'app/jobs.py': 'from app.db import execute\n\n\ndef purge_actor_audit_entries(actor_id):\n    execute("DELETE FROM audit_log WHERE actor_id = :actor", actor=actor_id)\n' },
      gaps: [{ messageId: 'deleted', path: 'app/jobs.py', line: 5, includes: ['purge_actor_audit_entries'] }],
    },
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
    {
      name: 'TypeORM AuditLogEntry (table audit_log) cleared through an injected repository and getRepository',
      files: {
        'src/audit/audit.service.ts': "export class AuditService {\n  constructor(@InjectRepository(AuditLogEntry) private readonly entries: Repository<AuditLogEntry>) {}\n  async clearForTenant(tenantId: string) {\n    await this.entries.delete({ tenantId });\n  }\n}\n",
        'src/account/account.service.ts': "export class AccountService {\n  async deleteAccount(user) {\n    await this.dataSource.transaction(async (tx) => {\n      await tx.getRepository(AuditLogEntry).delete({ actorId: user.id });\n    });\n  }\n}\n",
      },
      gaps: [
        { messageId: 'deleted', path: 'src/audit/audit.service.ts', line: 4, includes: ['AuditService.clearForTenant', 'AuditLogEntry'] },
        { messageId: 'deleted', path: 'src/account/account.service.ts', line: 4, includes: ['AccountService.deleteAccount'] },
      ],
    },
    {
      name: 'a purge named like retention but selecting one user entries is not a retention job',
      files: { 'src/server/routers/auditLog.ts': "import { adminProcedure, router } from '../trpc';\nexport const auditLogRouter = router({\n  purgeUser: adminProcedure.input(schema).mutation(async ({ ctx, input }) => {\n    await ctx.db.auditLog.deleteMany({ where: { orgId: ctx.orgId, actorId: input.userId } });\n  }),\n});\n" },
      gaps: [{ messageId: 'deleted', path: 'src/server/routers/auditLog.ts', line: 4, includes: ['ctx.db.auditLog.deleteMany'] }],
    },
    {
      name: 'a purge whose cutoff comes from the request is the caller choice, not a retention policy',
      files: { 'src/admin.ts': "import express from 'express';\nconst app = express();\napp.post('/admin/audit/purge', requireRole('owner'), async (req, res) => {\n  await prisma.auditLog.deleteMany({ where: { createdAt: { lt: req.body.before } } });\n  res.sendStatus(204);\n});\n" },
      gaps: [{ messageId: 'deleted', path: 'src/admin.ts', line: 4 }],
    },
    {
      name: 'a DRF viewset action deleting audit entries through self.get_queryset() before a cutoff from the request',
      files: {
        'audit/urls.py': 'from rest_framework.routers import DefaultRouter\nfrom .views import AuditLogViewSet\nrouter = DefaultRouter()\nrouter.register("audit-log", AuditLogViewSet, basename="audit-log")\nurlpatterns = router.urls\n',
        'audit/views.py': 'from rest_framework import viewsets\nfrom rest_framework.decorators import action\nfrom rest_framework.response import Response\n\nclass AuditLogViewSet(viewsets.ReadOnlyModelViewSet):\n    permission_classes = [IsAuthenticated, IsClinicAdmin]\n\n    def get_queryset(self):\n        return AuditLogEntry.objects.filter(clinic_id=self.request.user.clinic_id)\n\n    @action(detail=False, methods=["post"])\n    def purge(self, request):\n        before = parse_datetime(request.data["before"])\n        deleted, _ = self.get_queryset().filter(created_at__lt=before).delete()\n        return Response({"deleted": deleted})\n',
      },
      gaps: [{ messageId: 'deleted', path: 'audit/views.py', line: 14, includes: ['self.get_queryset().filter(…).delete'] }],
    },
  ],
};
export default cases;
