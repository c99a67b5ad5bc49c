import { Router } from 'express';
import { prisma } from '../lib/prisma';

export const healthRouter = Router();

healthRouter.get('/healthz', async (_req, res) => {
  try {
    await prisma.$queryRaw`SELECT 1`;
    res.json({ status: 'ok', version: process.env.APP_VERSION ?? 'dev' });
  } catch {
    res.status(503).json({ status: 'degraded', database: 'unreachable' });
  }
});
