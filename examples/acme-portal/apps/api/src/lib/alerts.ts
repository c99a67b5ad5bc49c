import { logger } from './logger';

type Severity = 'info' | 'warning' | 'critical';

const EMOJI: Record<Severity, string> = {
  info: ':information_source:',
  warning: ':warning:',
  critical: ':rotating_light:',
};

/**
 * Posts an operational alert to the #portal-alerts Slack channel.
 * Fire-and-forget: alerting must never take a request down with it.
 */
export async function sendAlert(severity: Severity, title: string, details?: Record<string, unknown>) {
  const url = process.env.SLACK_ALERT_WEBHOOK_URL;
  if (!url) {
    logger.warn({ title }, 'SLACK_ALERT_WEBHOOK_URL not set; alert dropped');
    return;
  }

  const lines = Object.entries(details ?? {}).map(([key, value]) => `• *${key}*: ${String(value)}`);
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: [`${EMOJI[severity]} *${title}*`, ...lines].join('\n') }),
    });
    if (!res.ok) logger.error({ status: res.status }, 'slack alert rejected');
  } catch (err) {
    logger.error({ err }, 'slack alert failed');
  }
}
