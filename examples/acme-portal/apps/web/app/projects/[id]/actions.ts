'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { recordAudit } from '@/lib/audit';
import { db } from '@/lib/db';
import { canManageProject, getSession } from '@/lib/session';

const renameSchema = z.object({
  name: z.string().trim().min(1).max(200),
  description: z.string().trim().max(2000).optional(),
});

export async function updateProjectDetails(projectId: string, formData: FormData) {
  const session = await getSession();
  if (!session) redirect('/login');
  if (!(await canManageProject(session.user, projectId))) {
    return { error: 'You need admin rights on this project to change its details.' };
  }

  const input = renameSchema.parse({
    name: formData.get('name'),
    description: formData.get('description') ?? undefined,
  });
  await db.project.update({ where: { id: projectId }, data: input });
  await recordAudit({
    organizationId: session.user.organizationId,
    actorId: session.user.id,
    action: 'project.updated',
    targetType: 'project',
    targetId: projectId,
    metadata: input,
  });
  revalidatePath(`/projects/${projectId}`);
  return { ok: true };
}
