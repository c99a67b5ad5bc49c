import type { Prisma } from '@prisma/client';
import { db } from './db';

export async function recordAudit(entry: {
  organizationId: string;
  actorId: string;
  action: string;
  targetType: string;
  targetId: string;
  metadata?: Prisma.InputJsonObject;
}) {
  await db.auditLog.create({ data: entry });
}
