import { randomBytes } from 'node:crypto';
import bcrypt from 'bcryptjs';
import { Router } from 'express';
import rateLimit from 'express-rate-limit';
import { z } from 'zod';
import { audit } from '../lib/audit';
import { sendInviteEmail } from '../lib/mailer';
import { prisma } from '../lib/prisma';
import { hashToken, requireAuth, requireRole } from '../middleware/auth';

export const invitesRouter = Router();

const INVITE_TTL_DAYS = 7;

const inviteLimiter = rateLimit({ windowMs: 15 * 60 * 1000, limit: 30, standardHeaders: 'draft-7' });

const createInviteSchema = z.object({
  email: z.string().email(),
  role: z.enum(['member', 'admin']).default('member'),
});

invitesRouter.post('/', requireAuth, requireRole('admin'), async (req, res) => {
  const { email, role } = createInviteSchema.parse(req.body);
  const token = randomBytes(32).toString('base64url');
  const invite = await prisma.invite.create({
    data: {
      organizationId: req.user.organizationId,
      email: email.toLowerCase(),
      role,
      tokenHash: hashToken(token),
      invitedById: req.user.id,
      expiresAt: new Date(Date.now() + INVITE_TTL_DAYS * 24 * 60 * 60 * 1000),
    },
    include: { organization: true },
  });
  await audit.record({
    actor: req.user,
    action: 'invite.created',
    target: { type: 'invite', id: invite.id },
    metadata: { email: invite.email, role },
    req,
  });
  await sendInviteEmail(invite.email, invite.organization.name, token);
  res.status(201).json({ id: invite.id, email: invite.email, expiresAt: invite.expiresAt });
});

invitesRouter.delete('/:inviteId', requireAuth, requireRole('admin'), async (req, res) => {
  const { count } = await prisma.invite.deleteMany({
    where: { id: req.params.inviteId, organizationId: req.user.organizationId, acceptedAt: null },
  });
  if (count === 0) return res.status(404).json({ error: 'not_found' });
  await audit.record({
    actor: req.user,
    action: 'invite.revoked',
    target: { type: 'invite', id: req.params.inviteId },
    req,
  });
  res.status(204).end();
});

async function findPendingInvite(token: string) {
  return prisma.invite.findFirst({
    where: { tokenHash: hashToken(token), acceptedAt: null, expiresAt: { gt: new Date() } },
    include: { organization: { select: { name: true } } },
  });
}

invitesRouter.get('/:token', inviteLimiter, async (req, res) => {
  const invite = await findPendingInvite(req.params.token);
  if (!invite) return res.status(404).json({ error: 'invite_not_found_or_expired' });
  res.json({ email: invite.email, organization: invite.organization.name });
});

const acceptSchema = z.object({ name: z.string().min(1).max(120), password: z.string().min(12) });

invitesRouter.post('/:token/accept', inviteLimiter, async (req, res) => {
  const { name, password } = acceptSchema.parse(req.body);
  const invite = await findPendingInvite(req.params.token);
  if (!invite) return res.status(404).json({ error: 'invite_not_found_or_expired' });

  const user = await prisma.$transaction(async (tx) => {
    await tx.invite.update({ where: { id: invite.id }, data: { acceptedAt: new Date() } });
    return tx.user.create({
      data: {
        organizationId: invite.organizationId,
        email: invite.email,
        name,
        role: invite.role,
        passwordHash: await bcrypt.hash(password, 12),
      },
    });
  });
  await audit.record({ actor: user, action: 'invite.accepted', target: { type: 'invite', id: invite.id }, req });
  res.status(201).json({ id: user.id, email: user.email });
});
