import { createHash } from 'node:crypto';
import { cookies } from 'next/headers';
import { db } from './db';

export async function getSession() {
  const token = cookies().get('acme_session')?.value;
  if (!token) return null;

  const session = await db.session.findUnique({
    where: { tokenHash: createHash('sha256').update(token).digest('hex') },
    include: { user: true },
  });
  if (!session || session.expiresAt < new Date() || session.user.deactivated) return null;
  return session;
}

/** Project admin rights: an organization admin/owner, or an admin member of the project. */
export async function canManageProject(
  user: { id: string; organizationId: string; role: string },
  projectId: string,
) {
  const project = await db.project.findFirst({
    where: { id: projectId, organizationId: user.organizationId },
    include: { members: { where: { userId: user.id } } },
  });
  if (!project) return false;
  return user.role === 'owner' || user.role === 'admin' || project.members[0]?.role === 'admin';
}
