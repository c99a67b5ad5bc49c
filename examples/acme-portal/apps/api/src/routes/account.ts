import { Router } from 'express';
import { z } from 'zod';
import { audit } from '../lib/audit';
import { SESSION_COOKIE } from '../middleware/auth';
import { deactivateAccount, updateProfile } from '../services/accounts';

export const accountRouter = Router();

accountRouter.get('/', (req, res) => {
  const { id, email, name, role, organizationId, createdAt } = req.user;
  res.json({ id, email, name, role, organizationId, createdAt });
});

accountRouter.patch('/', async (req, res) => {
  const input = z.object({ name: z.string().min(1).max(120) }).parse(req.body);
  const profile = await updateProfile(req.user, input);
  await audit.record({ actor: req.user, action: 'account.updated', target: { type: 'user', id: req.user.id }, req });
  res.json(profile);
});

accountRouter.delete('/', async (req, res) => {
  await deactivateAccount(req.user);
  await audit.record({
    actor: req.user,
    action: 'account.deactivated',
    target: { type: 'user', id: req.user.id },
    req,
  });
  res.clearCookie(SESSION_COOKIE).status(204).end();
});
