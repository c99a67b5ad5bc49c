import { Router } from 'express';
import { z } from 'zod';
import { audit } from '../lib/audit';
import {
  createCredential,
  deleteCredential,
  listCredentials,
  revealCredential,
} from '../services/credentials';

export const credentialsRouter = Router();

credentialsRouter.get('/', async (req, res) => {
  const projectId = z.string().parse(req.query.projectId);
  res.json(await listCredentials(req.user, projectId));
});

const createSchema = z.object({
  projectId: z.string().cuid(),
  label: z.string().min(1).max(200),
  username: z.string().max(200).optional(),
  url: z.string().url().optional(),
  secret: z.string().min(1).max(10_000),
});

credentialsRouter.post('/', async (req, res) => {
  const input = createSchema.parse(req.body);
  const credential = await createCredential(req.user, input);
  await audit.record({
    actor: req.user,
    action: 'credential.created',
    target: { type: 'credential', id: credential.id },
    metadata: { projectId: credential.projectId, label: credential.label },
    req,
  });
  res.status(201).json(credential);
});

credentialsRouter.post('/:id/reveal', async (req, res) => {
  const revealed = await revealCredential(req.user, req.params.id);
  res.set('Cache-Control', 'no-store').json(revealed);
});

credentialsRouter.delete('/:id', async (req, res) => {
  const credential = await deleteCredential(req.user, req.params.id);
  await audit.record({
    actor: req.user,
    action: 'credential.deleted',
    target: { type: 'credential', id: credential.id },
    metadata: { projectId: credential.projectId, label: credential.label },
    req,
  });
  res.status(204).end();
});
