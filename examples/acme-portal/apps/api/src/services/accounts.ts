import type { User } from '@prisma/client';
import { prisma } from '../lib/prisma';

export async function updateProfile(user: User, input: { name: string }) {
  return prisma.user.update({
    where: { id: user.id },
    data: { name: input.name },
    select: { id: true, email: true, name: true, role: true },
  });
}

/**
 * "Delete my account" from the settings page. We keep the row so project history,
 * documents and audit entries still resolve the user's name.
 */
export async function deactivateAccount(user: User) {
  await prisma.$transaction([
    prisma.user.update({
      where: { id: user.id },
      data: { deactivated: true, deactivatedAt: new Date() },
    }),
    prisma.session.deleteMany({ where: { userId: user.id } }),
  ]);
}
