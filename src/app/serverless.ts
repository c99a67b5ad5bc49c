/**
 * The App as a serverless function (AWS Lambda's and most platforms' `{ headers, body }` event).
 * Probot starts asynchronously, so every invocation awaits the one load before receiving; the
 * signature is checked by `verifyAndReceive`, and only a verified delivery runs a handler.
 * Configuration comes from the environment like `probot run` (APP_ID, PRIVATE_KEY,
 * WEBHOOK_SECRET, GHE_HOST for GitHub Enterprise).
 */
import { createProbot, type Probot } from 'probot';
import { createApp, type AppOptions } from './index.js';

export interface HttpEvent {
  headers: Record<string, string | undefined>;
  body: string | null;
  isBase64Encoded?: boolean;
}

export interface HttpResult {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
}

const reply = (statusCode: number, body: object): HttpResult => ({ statusCode, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

/** A handler around a Probot instance (`probot` defaults to one configured from the environment). */
export function createHandler(options: { probot?: () => Probot; app?: AppOptions } = {}): (event: HttpEvent) => Promise<HttpResult> {
  let loaded: Promise<Probot> | null = null;
  const load = async () => {
    const probot = options.probot ? options.probot() : createProbot();
    await probot.load(createApp(options.app));
    return probot;
  };
  return async (event) => {
    loaded ??= load().catch((error: unknown) => {
      loaded = null;
      throw error;
    });
    const probot = await loaded;
    const headers = Object.fromEntries(Object.entries(event.headers).map(([k, v]) => [k.toLowerCase(), v ?? '']));
    const id = headers['x-github-delivery'];
    const name = headers['x-github-event'];
    const signature = headers['x-hub-signature-256'];
    if (!id || !name || !signature || event.body === null) return reply(400, { error: 'not a GitHub webhook delivery (missing headers or body)' });
    const payload = event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body;
    try {
      await probot.webhooks.verifyAndReceive({ id, name: name as Parameters<Probot['webhooks']['verifyAndReceive']>[0]['name'], signature, payload });
      return reply(200, { ok: true });
    } catch (error) {
      const first = error instanceof AggregateError ? (error.errors[0] as { status?: number; message?: string }) : (error as { status?: number; message?: string });
      const status = first?.status === 400 ? 400 : 500;
      probot.log.error(error as Error);
      return reply(status, { error: first?.message ?? 'handler failed' });
    }
  };
}

export const handler = createHandler();
