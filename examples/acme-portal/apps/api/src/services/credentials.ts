import type { User } from '@prisma/client';
import { decryptSecret, encryptSecret } from '../lib/crypto';
import { prisma } from '../lib/prisma';
import { assertProjectAdmin, assertProjectRole, NotFoundError } from './permissions';

const PUBLIC_FIELDS = {
  id: true,
  projectId: true,
  label: true,
  username: true,
  url: true,
  createdAt: true,
  updatedAt: true,
} as const;

export async function listCredentials(user: User, projectId: string) {
  await assertProjectRole(user, projectId, 'viewer');
  return prisma.credential.findMany({
    where: { projectId, organizationId: user.organizationId },
    select: PUBLIC_FIELDS,
    orderBy: { label: 'asc' },
  });
}

export async function createCredential(
  user: User,
  input: { projectId: string; label: string; username?: string; url?: string; secret: string },
) {
  await assertProjectRole(user, input.projectId, 'editor');
  const { secret, ...rest } = input;
  return prisma.credential.create({
    data: {
      ...rest,
      organizationId: user.organizationId,
      encryptedSecret: encryptSecret(secret),
      createdById: user.id,
    },
    select: PUBLIC_FIELDS,
  });
}

async function findCredential(user: User, credentialId: string) {
  const credential = await prisma.credential.findFirst({
    where: { id: credentialId, organizationId: user.organizationId },
  });
  if (!credential) throw new NotFoundError('credential');
  return credential;
}

export async function revealCredential(user: User, credentialId: string) {
  const credential = await findCredential(user, credentialId);
  await assertProjectRole(user, credential.projectId, 'editor');
  return { id: credential.id, label: credential.label, secret: decryptSecret(credential.encryptedSecret) };
}

export async function deleteCredential(user: User, credentialId: string) {
  const credential = await findCredential(user, credentialId);
  await assertProjectAdmin(user, credential.projectId);
  await prisma.credential.delete({ where: { id: credential.id } });
  return credential;
}
