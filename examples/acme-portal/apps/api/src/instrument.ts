import 'dotenv/config';
import * as Sentry from '@sentry/node';

// Must be imported before anything else so Sentry can patch express and http.
Sentry.init({
  dsn: process.env.SENTRY_DSN,
  environment: process.env.NODE_ENV ?? 'development',
  release: process.env.APP_VERSION,
  tracesSampleRate: 0.1,
});
