import { Router } from 'express';
import { z } from 'zod';
import { audit } from '../lib/audit';
import { prisma } from '../lib/prisma';
import { requireRole } from '../middleware/auth';

export const adminRouter = Router();

adminRouter.use(requireRole('admin'));

adminRouter.get('/users', async (req, res) => {
  const users = await prisma.user.findMany({
    where: { organizationId: req.user.organizationId },
    select: { id: true, email: true, name: true, role: true, deactivated: true, createdAt: true },
    orderBy: { name: 'asc' },
  });
  res.json(users);
});

adminRouter.patch('/users/:userId/role', async (req, res) => {
  const { role } = z.object({ role: z.enum(['member', 'admin']) }).parse(req.body);
  const { count } = await prisma.user.updateMany({
    where: { id: req.params.userId, organizationId: req.user.organizationId, role: { not: 'owner' } },
    data: { role },
  });
  if (count === 0) return res.status(404).json({ error: 'not_found' });
  await audit.record({
    actor: req.user,
    action: 'user.role_changed',
    target: { type: 'user', id: req.params.userId },
    metadata: { role },
    req,
  });
  res.status(204).end();
});

adminRouter.post('/users/:userId/deactivate', async (req, res) => {
  const { userId } = req.params;
  const { count } = await prisma.user.updateMany({
    where: { id: userId, organizationId: req.user.organizationId, role: { not: 'owner' } },
    data: { deactivated: true, deactivatedAt: new Date() },
  });
  if (count === 0) return res.status(404).json({ error: 'not_found' });
  await prisma.session.deleteMany({ where: { userId } });
  await audit.record({ actor: req.user, action: 'user.deactivated', target: { type: 'user', id: userId }, req });
  res.status(204).end();
});

adminRouter.get('/audit-log', async (req, res) => {
  const before = req.query.before ? new Date(String(req.query.before)) : undefined;
  const entries = await prisma.auditLog.findMany({
    where: { organizationId: req.user.organizationId, ...(before ? { createdAt: { lt: before } } : {}) },
    orderBy: { createdAt: 'desc' },
    take: 100,
  });
  res.json(entries);
});

adminRouter.patch('/organization', async (req, res) => {
  const { name } = z.object({ name: z.string().min(1).max(200) }).parse(req.body);
  const organization = await prisma.organization.update({
    where: { id: req.user.organizationId },
    data: { name },
  });
  await audit.record({
    actor: req.user,
    action: 'organization.updated',
    target: { type: 'organization', id: organization.id },
    metadata: { name },
    req,
  });
  res.json(organization);
});
