import type { ProjectRole, ProjectStatus, User } from '@prisma/client';
import { prisma } from '../lib/prisma';
import { hasRole } from '../middleware/auth';
import { assertProjectAdmin, assertProjectRole, NotFoundError } from './permissions';

export async function listProjects(user: User) {
  return prisma.project.findMany({
    where: {
      organizationId: user.organizationId,
      archivedAt: null,
      // Members only see the projects they were added to; admins see everything.
      ...(hasRole(user, 'admin') ? {} : { members: { some: { userId: user.id } } }),
    },
    orderBy: { updatedAt: 'desc' },
    include: { _count: { select: { documents: true, members: true } } },
  });
}

export async function getProject(user: User, projectId: string) {
  await assertProjectRole(user, projectId, 'viewer');
  return prisma.project.findUniqueOrThrow({
    where: { id: projectId },
    include: { members: { include: { user: { select: { id: true, name: true, email: true } } } } },
  });
}

export async function createProject(user: User, input: { name: string; description?: string }) {
  return prisma.project.create({
    data: {
      organizationId: user.organizationId,
      name: input.name,
      description: input.description,
      members: { create: { userId: user.id, role: 'admin' } },
    },
  });
}

export async function updateProjectStatus(user: User, projectId: string, status: ProjectStatus) {
  await assertProjectRole(user, projectId, 'editor');
  return prisma.project.update({ where: { id: projectId }, data: { status } });
}

export async function addProjectMember(
  user: User,
  projectId: string,
  input: { userId: string; role: ProjectRole },
) {
  await assertProjectAdmin(user, projectId);

  const teammate = await prisma.user.findFirst({
    where: { id: input.userId, organizationId: user.organizationId, deactivated: false },
  });
  if (!teammate) throw new NotFoundError('user');

  return prisma.projectMember.upsert({
    where: { projectId_userId: { projectId, userId: teammate.id } },
    create: { projectId, userId: teammate.id, role: input.role },
    update: { role: input.role },
  });
}

export async function archiveProject(user: User, projectId: string) {
  const project = await prisma.project.findFirst({
    where: { id: projectId, organizationId: user.organizationId },
  });
  if (!project) throw new NotFoundError('project');
  return prisma.project.update({ where: { id: project.id }, data: { archivedAt: new Date() } });
}
