import { Router } from 'express';
import { z } from 'zod';
import { audit } from '../lib/audit';
import { prisma } from '../lib/prisma';
import { createDocument, deleteDocument, listDocuments } from '../services/documents';

export const documentsRouter = Router();

documentsRouter.get('/', async (req, res) => {
  const projectId = z.string().parse(req.query.projectId);
  res.json(await listDocuments(req.user, projectId));
});

documentsRouter.get('/:id', async (req, res) => {
  const document = await prisma.document.findUnique({ where: { id: req.params.id } });
  if (!document) return res.status(404).json({ error: 'not_found' });
  res.json(document);
});

const uploadSchema = z.object({
  projectId: z.string().cuid(),
  title: z.string().min(1).max(300),
  contentType: z.string(),
  sizeBytes: z.number().int().positive().max(50 * 1024 * 1024),
});

documentsRouter.post('/', async (req, res) => {
  const input = uploadSchema.parse(req.body);
  const document = await createDocument(req.user, input);
  await audit.record({
    actor: req.user,
    action: 'document.uploaded',
    target: { type: 'document', id: document.id },
    metadata: { projectId: document.projectId, title: document.title },
    req,
  });
  res.status(201).json(document);
});

documentsRouter.delete('/:id', async (req, res) => {
  const document = await deleteDocument(req.user, req.params.id);
  await audit.record({
    actor: req.user,
    action: 'document.deleted',
    target: { type: 'document', id: document.id },
    metadata: { projectId: document.projectId, title: document.title },
    req,
  });
  res.status(204).end();
});
