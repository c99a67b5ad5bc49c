import type { RuleCases } from '../../rule-tester.js';

const POLICY = '# Privacy policy\n\n## Your rights\n\nYou can download a copy of all your personal data at any time from Settings → Privacy.\n';
const express = (routes: string) => `import express from 'express';
import { prisma } from './db';
import { exportQueue } from './queues';
const app = express();
${routes}
`;

/** A FastAPI service that hands `POST /me/export` to a Celery worker in another service by task name (`send`). */
const celeryExport = (send: string, worker: string) => ({
  'docs/privacy.md': POLICY,
  'services/api/app/routers/account.py': 'from fastapi import APIRouter, Depends\n\nfrom ..tasks import enqueue_user_export\n\nrouter = APIRouter(prefix="/me")\n\n\n@router.post("/export", status_code=202)\ndef export_my_data(user=Depends(get_current_user)):\n    enqueue_user_export(user.id)\n    return {"status": "queued"}\n',
  'services/api/app/tasks.py': `from celery import Celery\n\ncelery = Celery("api", broker="redis://redis:6379/0")\n\n\ndef enqueue_user_export(user_id):\n    ${send}\n`,
  'services/worker/worker/tasks/export.py': worker,
  'services/worker/worker/tasks/notify.py': 'from ..celery_app import app\n\n\n@app.task\ndef notify_admins(user_id):\n    print("export requested", user_id)\n',
});
const READING_TASK = 'from celery import shared_task\n\n\n@shared_task(name="exports.user_data")\ndef export_user_data(user_id):\n    profile = User.objects.get(pk=user_id)\n    rows = list(Connection.objects.filter(owner_id=user_id))\n    upload_archive(profile, rows)\n';
const PLAIN_READING_TASK = 'from ..celery_app import app\n\n\n@app.task\ndef export_user_data(user_id):\n    profile = User.objects.get(pk=user_id)\n    upload_archive(profile)\n';

/** Django: an export view under /accounts/ (the app's name, not the user's), named `view`, reading `read`. */
const djangoAccountsExport = (view: string, read: string) => ({
  'PRIVACY.md': POLICY,
  'config/urls.py': 'from django.urls import include, path\n\nurlpatterns = [path("accounts/", include("accounts.urls"))]\n',
  'accounts/urls.py': `from django.urls import path\n\nfrom . import views\n\nurlpatterns = [path("export/", views.${view})]\n`,
  'accounts/views.py': `from django.contrib.auth.decorators import login_required\nfrom django.http import JsonResponse\n\nfrom accounts.models import User\n\n\n@login_required\ndef ${view}(request):\n    return JsonResponse({"rows": list(${read}.values())})\n`,
});

const cases: RuleCases = {
  valid: [
    {
      name: 'Django: /accounts/export served by a view named export_my_data (the view\'s own name says whose data)',
      files: djangoAccountsExport('export_my_data', 'User.objects.filter(pk=request.user.pk)'),
    },
    {
      name: 'Celery: the export route sends the task by its module path and the worker task reads the user\'s records',
      files: celeryExport('celery.send_task("worker.tasks.export.export_user_data", args=[user_id], queue="exports")', PLAIN_READING_TASK),
    },
    {
      name: 'Celery: the export route sends the task by its name= and the worker task reads the user\'s records',
      files: celeryExport('celery.send_task("exports.user_data", args=[user_id])', READING_TASK),
    },
    {
      name: 'account export route hands the work to a queue',
      files: { 'PRIVACY.md': POLICY, 'src/app.ts': express("app.post('/account/export', async (req, res) => {\n  await exportQueue.add('user-export', { userId: req.user.id });\n  res.status(202).end();\n});") },
    },
    {
      name: 'one user\'s export by id reads their records',
      files: { 'PRIVACY.md': POLICY, 'src/app.ts': express("app.get('/users/:userId/export', async (req, res) => {\n  const user = await prisma.user.findUnique({ where: { id: req.params.userId } });\n  const posts = await prisma.post.findMany({ where: { authorId: user.id } });\n  res.json({ user, posts });\n});") },
    },
    {
      name: 'FastAPI route named for the user, export done in a helper',
      files: {
        'docs/privacy.md': POLICY,
        'svc/routes.py': 'from fastapi import APIRouter\nrouter = APIRouter()\n\n@router.post("/settings/data")\ndef request_copy(user=Depends(current_user), db=Depends(get_db)):\n    return export_personal_data(db, user)\n',
        'svc/exporter.py': 'def export_personal_data(db, user):\n    return [r for r in Message.objects.filter(author=user.id)]\n',
      },
    },
    {
      name: 'Next.js route handler returns the user\'s data',
      files: { 'PRIVACY.md': POLICY, 'app/api/me/export/route.ts': "import { db } from '@/lib/db';\nexport async function GET() {\n  const user = await db.user.findUnique({ where: { id: await currentUserId() } });\n  return Response.json({ user });\n}\n" },
    },
    { name: 'policy offers export on request only', files: { 'PRIVACY.md': '# Privacy policy\n\nTo obtain a copy of your data, email privacy@acme.test and we will send it within 30 days.\n', 'src/app.ts': express('') } },
    { name: 'policy denies data export', files: { 'PRIVACY.md': '# Privacy policy\n\nWe do not offer data export at this time.\n', 'src/app.ts': express('') } },
    { name: 'policy promises nothing about exports', files: { 'PRIVACY.md': '# Privacy policy\n\nWe use cookies to keep you signed in.\n' } },
    { name: 'a promise outside any policy is not judged', files: { 'docs/faq.md': '# FAQ\n\nCan I leave? You can download all your data from Settings before you go.\n' } },
  ],
  invalid: [
    {
      name: 'lookalike: Django /accounts/export served by export_accounts, a list of every account',
      files: djangoAccountsExport('export_accounts', 'User.objects.all()'),
      gaps: [{ messageId: 'missing', path: 'PRIVACY.md', line: 5, includes: ['ANY /accounts/export exports accounts'] }],
    },
    {
      name: 'lookalike: the export route sends a Celery task that reads nothing (it only notifies)',
      files: celeryExport('celery.send_task("worker.tasks.notify.notify_admins", args=[user_id])', PLAIN_READING_TASK),
      gaps: [{ messageId: 'missing', path: 'docs/privacy.md', line: 5, includes: ['POST /me/export reads no data'] }],
    },
    {
      name: 'lookalike: the only export is an organization report bundle',
      files: { 'PRIVACY.md': POLICY, 'src/app.ts': express("app.post('/exports/reports', async (req, res) => {\n  const reports = await prisma.report.findMany({ where: { organizationId: req.user.organizationId } });\n  res.json(reports);\n});") },
      gaps: [{ messageId: 'missing', path: 'PRIVACY.md', line: 5, includes: ['You can download a copy of all your personal data', 'PRIVACY.md:5', 'POST /exports/reports exports reports, not one user\'s own data'] }],
    },
    {
      name: 'lookalike: an export route that is a stub',
      files: { 'PRIVACY.md': POLICY, 'src/app.ts': express("app.post('/account/export', (req, res) => {\n  res.status(501).json({ error: 'not implemented' });\n});") },
      gaps: [{ messageId: 'missing', path: 'PRIVACY.md', includes: ['POST /account/export reads no data'] }],
    },
    {
      name: 'lookalike: an admin export of every user is not the user\'s own export',
      files: { 'PRIVACY.md': POLICY, 'src/app.ts': express("app.get('/admin/users/export', async (req, res) => res.json(await prisma.user.findMany()));") },
      gaps: [{ messageId: 'missing', path: 'PRIVACY.md' }],
    },
    {
      name: 'promise in a Next.js privacy page, nothing built',
      files: { 'apps/web/app/privacy/page.tsx': 'export default function Privacy() {\n  return (\n    <main>\n      <h1>Privacy policy</h1>\n      <p>Export your data: you can export all of your account data from the dashboard.</p>\n    </main>\n  );\n}\n' },
      gaps: [{ messageId: 'missing', path: 'apps/web/app/privacy/page.tsx', line: 5, includes: ['no route, job or worker is named for exporting'] }],
    },
    {
      name: 'rights statements are judged when configured',
      options: { channels: ['self-service', 'right'] },
      files: { 'PRIVACY.md': '# Privacy policy\n\nYou have the right to data portability.\n' },
      gaps: [{ messageId: 'missing', path: 'PRIVACY.md', line: 3 }],
    },
    {
      name: 'policy at a configured path',
      config: { privacy: { policies: ['legal/terms-and-data.md'] } },
      files: { 'legal/terms-and-data.md': '# Terms of service and privacy\n\nYou can export your data from the account page.\n' },
      gaps: [{ messageId: 'missing', path: 'legal/terms-and-data.md', line: 3 }],
    },
  ],
};
export default cases;
