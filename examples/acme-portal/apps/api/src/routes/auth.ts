import { randomBytes } from 'node:crypto';
import bcrypt from 'bcryptjs';
import { Router } from 'express';
import rateLimit from 'express-rate-limit';
import { z } from 'zod';
import { audit } from '../lib/audit';
import { sendPasswordResetEmail } from '../lib/mailer';
import { prisma } from '../lib/prisma';
import { hashToken, requireAuth, SESSION_COOKIE } from '../middleware/auth';

export const authRouter = Router();

const SESSION_TTL_MS = 30 * 24 * 60 * 60 * 1000;
const RESET_TTL_MS = 60 * 60 * 1000;

const loginLimiter = rateLimit({
  windowMs: 15 * 60 * 1000,
  limit: 10,
  standardHeaders: 'draft-7',
  legacyHeaders: false,
  message: { error: 'too_many_attempts' },
});

const loginSchema = z.object({ email: z.string().email(), password: z.string().min(1) });

authRouter.post('/login', loginLimiter, async (req, res) => {
  const { email, password } = loginSchema.parse(req.body);
  const user = await prisma.user.findUnique({ where: { email: email.toLowerCase() } });
  const valid = user && !user.deactivated && (await bcrypt.compare(password, user.passwordHash));
  if (!user || !valid) return res.status(401).json({ error: 'invalid_credentials' });

  const token = randomBytes(32).toString('base64url');
  await prisma.session.create({
    data: {
      userId: user.id,
      tokenHash: hashToken(token),
      expiresAt: new Date(Date.now() + SESSION_TTL_MS),
      ip: req.ip,
      userAgent: req.get('user-agent'),
    },
  });
  await audit.record({ actor: user, action: 'user.login', target: { type: 'user', id: user.id }, req });

  res.cookie(SESSION_COOKIE, token, {
    httpOnly: true,
    secure: process.env.NODE_ENV === 'production',
    sameSite: 'lax',
    maxAge: SESSION_TTL_MS,
  });
  res.json({ user: { id: user.id, email: user.email, name: user.name, role: user.role } });
});

authRouter.post('/logout', requireAuth, async (req, res) => {
  await prisma.session.delete({ where: { id: req.sessionId } });
  await audit.record({ actor: req.user, action: 'user.logout', target: { type: 'user', id: req.user.id }, req });
  res.clearCookie(SESSION_COOKIE).status(204).end();
});

authRouter.post('/password-reset', async (req, res) => {
  const { email } = z.object({ email: z.string().email() }).parse(req.body);
  const user = await prisma.user.findUnique({ where: { email: email.toLowerCase() } });

  // Always 202, so the endpoint can't be used to find out who has an account.
  if (user && !user.deactivated) {
    const token = randomBytes(32).toString('base64url');
    await prisma.user.update({
      where: { id: user.id },
      data: { resetTokenHash: hashToken(token), resetTokenExpiresAt: new Date(Date.now() + RESET_TTL_MS) },
    });
    await audit.record({
      actor: user,
      action: 'user.password_reset_requested',
      target: { type: 'user', id: user.id },
      req,
    });
    await sendPasswordResetEmail(user.email, token);
  }
  res.status(202).json({ ok: true });
});

const resetSchema = z.object({ token: z.string().min(20), password: z.string().min(12) });

authRouter.post('/password-reset/confirm', async (req, res) => {
  const { token, password } = resetSchema.parse(req.body);
  const user = await prisma.user.findFirst({
    where: { resetTokenHash: hashToken(token), resetTokenExpiresAt: { gt: new Date() } },
  });
  if (!user) return res.status(400).json({ error: 'invalid_or_expired_token' });

  await prisma.$transaction([
    prisma.user.update({
      where: { id: user.id },
      data: { passwordHash: await bcrypt.hash(password, 12), resetTokenHash: null, resetTokenExpiresAt: null },
    }),
    prisma.session.deleteMany({ where: { userId: user.id } }),
  ]);
  await audit.record({ actor: user, action: 'user.password_reset', target: { type: 'user', id: user.id }, req });
  res.json({ ok: true });
});
