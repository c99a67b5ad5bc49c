import { Router } from 'express';
import { z } from 'zod';
import { audit } from '../lib/audit';
import { prisma } from '../lib/prisma';
import { requireRole } from '../middleware/auth';
import {
  addProjectMember,
  archiveProject,
  createProject,
  getProject,
  listProjects,
  updateProjectStatus,
} from '../services/projects';

export const projectsRouter = Router();

projectsRouter.get('/', async (req, res) => {
  res.json(await listProjects(req.user));
});

const createSchema = z.object({
  name: z.string().min(1).max(200),
  description: z.string().max(2000).optional(),
});

projectsRouter.post('/', async (req, res) => {
  const input = createSchema.parse(req.body);
  const project = await createProject(req.user, input);
  await audit.record({
    actor: req.user,
    action: 'project.created',
    target: { type: 'project', id: project.id },
    metadata: { name: project.name },
    req,
  });
  res.status(201).json(project);
});

projectsRouter.get('/:projectId', async (req, res) => {
  res.json(await getProject(req.user, req.params.projectId));
});

const statusSchema = z.object({ status: z.enum(['planning', 'active', 'on_hold', 'completed']) });

projectsRouter.patch('/:projectId/status', async (req, res) => {
  const { status } = statusSchema.parse(req.body);
  const project = await updateProjectStatus(req.user, req.params.projectId, status);
  res.json(project);
});

const memberSchema = z.object({
  userId: z.string().cuid(),
  role: z.enum(['viewer', 'editor', 'admin']).default('viewer'),
});

projectsRouter.post('/:projectId/members', async (req, res) => {
  const input = memberSchema.parse(req.body);
  const membership = await addProjectMember(req.user, req.params.projectId, input);
  await audit.record({
    actor: req.user,
    action: 'project.member_added',
    target: { type: 'project', id: req.params.projectId },
    metadata: { userId: input.userId, role: input.role },
    req,
  });
  res.status(201).json(membership);
});

projectsRouter.delete('/:projectId/members/:userId', async (req, res) => {
  const { projectId, userId } = req.params;
  await prisma.projectMember.delete({
    where: { projectId_userId: { projectId, userId } },
  });
  await audit.record({
    actor: req.user,
    action: 'project.member_removed',
    target: { type: 'project', id: projectId },
    metadata: { userId },
    req,
  });
  res.status(204).end();
});

projectsRouter.delete('/:projectId', requireRole('admin'), async (req, res) => {
  const project = await archiveProject(req.user, req.params.projectId);
  await audit.record({
    actor: req.user,
    action: 'project.deleted',
    target: { type: 'project', id: project.id },
    req,
  });
  res.status(204).end();
});
