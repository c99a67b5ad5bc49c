import { randomUUID } from 'node:crypto';
import type { User } from '@prisma/client';
import { prisma } from '../lib/prisma';
import { assertProjectRole, NotFoundError } from './permissions';

export async function listDocuments(user: User, projectId: string) {
  await assertProjectRole(user, projectId, 'viewer');
  return prisma.document.findMany({
    where: { projectId, organizationId: user.organizationId },
    orderBy: { createdAt: 'desc' },
  });
}

export async function createDocument(
  user: User,
  input: { projectId: string; title: string; contentType: string; sizeBytes: number },
) {
  await assertProjectRole(user, input.projectId, 'editor');
  return prisma.document.create({
    data: {
      ...input,
      organizationId: user.organizationId,
      storageKey: `${user.organizationId}/${input.projectId}/${randomUUID()}`,
      uploadedById: user.id,
    },
  });
}

export async function deleteDocument(user: User, documentId: string) {
  const document = await prisma.document.findFirst({
    where: { id: documentId, organizationId: user.organizationId },
  });
  if (!document) throw new NotFoundError('document');
  await assertProjectRole(user, document.projectId, 'editor');
  await prisma.document.delete({ where: { id: document.id } });
  return document;
}
