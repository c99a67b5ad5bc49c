import { createHash } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { OrgRole, User } from '@prisma/client';
import { prisma } from '../lib/prisma';

export const SESSION_COOKIE = 'acme_session';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      /** Set by requireAuth; routes mounted behind it can rely on it. */
      user: User;
      sessionId: string;
    }
  }
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function readToken(req: Request): string | undefined {
  const header = req.get('authorization');
  if (header?.startsWith('Bearer ')) return header.slice('Bearer '.length);
  return req.cookies?.[SESSION_COOKIE];
}

export async function requireAuth(req: Request, res: Response, next: NextFunction) {
  const token = readToken(req);
  if (!token) return res.status(401).json({ error: 'unauthenticated' });

  const session = await prisma.session.findUnique({
    where: { tokenHash: hashToken(token) },
    include: { user: true },
  });
  if (!session || session.expiresAt < new Date() || session.user.deactivated) {
    return res.status(401).json({ error: 'unauthenticated' });
  }

  req.user = session.user;
  req.sessionId = session.id;
  next();
}

const ROLE_RANK: Record<OrgRole, number> = { member: 0, admin: 1, owner: 2 };

export function hasRole(user: Pick<User, 'role'>, role: OrgRole): boolean {
  return ROLE_RANK[user.role] >= ROLE_RANK[role];
}

/** Organization-level role check. Use after requireAuth. */
export function requireRole(role: OrgRole) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (!hasRole(req.user, role)) {
      return res.status(403).json({ error: 'forbidden', required: role });
    }
    next();
  };
}
