import './instrument';
import * as Sentry from '@sentry/node';
import cookieParser from 'cookie-parser';
import express from 'express';
import helmet from 'helmet';
import { logger } from './lib/logger';
import { requireAuth } from './middleware/auth';
import { errorHandler, notFound } from './middleware/errors';
import { accountRouter } from './routes/account';
import { adminRouter } from './routes/admin';
import { authRouter } from './routes/auth';
import { billingRouter } from './routes/billing';
import { credentialsRouter } from './routes/credentials';
import { documentsRouter } from './routes/documents';
import { healthRouter } from './routes/health';
import { invitesRouter } from './routes/invites';
import { projectsRouter } from './routes/projects';

export function createApp() {
  const app = express();
  app.set('trust proxy', 1);
  app.use(helmet());

  // Stripe signs the raw body, so billing must be mounted before express.json().
  app.use('/billing', billingRouter);

  app.use(express.json({ limit: '1mb' }));
  app.use(cookieParser());

  app.use(healthRouter);
  app.use('/auth', authRouter);
  app.use('/invites', invitesRouter);
  app.use('/projects', requireAuth, projectsRouter);
  app.use('/documents', requireAuth, documentsRouter);
  app.use('/credentials', requireAuth, credentialsRouter);
  app.use('/account', requireAuth, accountRouter);
  app.use('/admin', requireAuth, adminRouter);

  Sentry.setupExpressErrorHandler(app);
  app.use(notFound);
  app.use(errorHandler);
  return app;
}

if (process.env.NODE_ENV !== 'test') {
  const port = Number(process.env.PORT ?? 4000);
  createApp().listen(port, () => logger.info(`api listening on :${port}`));
}
