import type { NextFunction, Request, Response } from 'express';
import { ZodError } from 'zod';
import { logger } from '../lib/logger';
import { ForbiddenError, NotFoundError } from '../services/permissions';

export function notFound(_req: Request, res: Response) {
  res.status(404).json({ error: 'not_found' });
}

export function errorHandler(err: unknown, req: Request, res: Response, _next: NextFunction) {
  if (err instanceof ZodError) {
    return res.status(400).json({ error: 'invalid_request', issues: err.issues });
  }
  if (err instanceof NotFoundError) {
    return res.status(404).json({ error: 'not_found', resource: err.resource });
  }
  if (err instanceof ForbiddenError) {
    return res.status(403).json({ error: 'forbidden' });
  }
  logger.error({ err, method: req.method, path: req.path }, 'unhandled error');
  res.status(500).json({ error: 'internal_error' });
}
