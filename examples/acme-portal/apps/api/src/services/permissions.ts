import type { ProjectRole, User } from '@prisma/client';
import { prisma } from '../lib/prisma';
import { hasRole } from '../middleware/auth';

export class NotFoundError extends Error {
  constructor(public readonly resource: string) {
    super(`${resource} not found`);
  }
}

export class ForbiddenError extends Error {}

const PROJECT_ROLE_RANK: Record<ProjectRole, number> = { viewer: 0, editor: 1, admin: 2 };

/**
 * Throws unless `user` may act on the project with at least `minimum` rights.
 * Organization admins and owners manage every project of their organization.
 */
export async function assertProjectRole(user: User, projectId: string, minimum: ProjectRole) {
  const project = await prisma.project.findFirst({
    where: { id: projectId, organizationId: user.organizationId, archivedAt: null },
    select: { id: true },
  });
  if (!project) throw new NotFoundError('project');
  if (hasRole(user, 'admin')) return;

  const membership = await prisma.projectMember.findUnique({
    where: { projectId_userId: { projectId, userId: user.id } },
  });
  if (!membership || PROJECT_ROLE_RANK[membership.role] < PROJECT_ROLE_RANK[minimum]) {
    throw new ForbiddenError(`requires ${minimum} on project ${projectId}`);
  }
}

export function assertProjectAdmin(user: User, projectId: string) {
  return assertProjectRole(user, projectId, 'admin');
}
