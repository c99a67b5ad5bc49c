import { NextResponse } from 'next/server';
import { recordAudit } from '@/lib/audit';
import { db } from '@/lib/db';
import { canManageProject, getSession } from '@/lib/session';

export async function DELETE(_request: Request, { params }: { params: { id: string } }) {
  const session = await getSession();
  if (!session) {
    return NextResponse.json({ error: 'unauthenticated' }, { status: 401 });
  }
  if (!(await canManageProject(session.user, params.id))) {
    return NextResponse.json({ error: 'forbidden' }, { status: 403 });
  }

  await db.project.update({ where: { id: params.id }, data: { archivedAt: new Date() } });
  await recordAudit({
    organizationId: session.user.organizationId,
    actorId: session.user.id,
    action: 'project.deleted',
    targetType: 'project',
    targetId: params.id,
  });
  return new NextResponse(null, { status: 204 });
}
