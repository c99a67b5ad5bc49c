/**
 * How alert destinations are recognised, shared by the JavaScript and Python extractors:
 * the variable a destination is read from, or the service's host written in the code.
 * A bare `WEBHOOK_URL` is not an alert destination (customer webhooks look the same).
 */
const CHANNEL_BY_NAME: [RegExp, string][] = [
  [/SLACK/i, 'slack'],
  [/DISCORD/i, 'discord'],
  [/(?:^|_)(?:MS_?)?TEAMS(?:_|$)/i, 'teams'],
  [/PAGER_?DUTY|(?:^|_)PD_(?:ROUTING|INTEGRATION|SERVICE)_?KEY/i, 'pagerduty'],
  [/OPSGENIE/i, 'opsgenie'],
  [/ALERT\w*(?:WEBHOOK|URL|CHANNEL)|(?:WEBHOOK|URL)\w*ALERT/i, 'webhook'],
];

const CHANNEL_BY_HOST: [RegExp, string][] = [
  [/hooks\.slack\.com|slack\.com\/api\/chat\.postMessage/, 'slack'],
  [/discord(?:app)?\.com\/api\/webhooks/, 'discord'],
  [/webhook\.office\.com|outlook\.office(?:365)?\.com\/webhook|logic\.azure\.com/, 'teams'],
  [/events(?:\.eu)?\.pagerduty\.com/, 'pagerduty'],
  [/api(?:\.eu)?\.opsgenie\.com/, 'opsgenie'],
];

export function alertChannel(envName: string): string | null {
  for (const [pattern, channel] of CHANNEL_BY_NAME) if (pattern.test(envName)) return channel;
  return null;
}

export function channelOfHost(text: string): string | null {
  for (const [pattern, channel] of CHANNEL_BY_HOST) if (pattern.test(text)) return channel;
  return null;
}

/** A condition that tests for a failure: `!res.ok`, `err`, `error`, `status >= 500`, `not response.ok`, `if failed`. */
export const FAILURE_CONDITION =
  /!\s*[\w.]+\.(?:ok|success|healthy)\b|\bnot\s+[\w.]+\.(?:ok|success|healthy)\b|\b(?:err|error|errors|exc|exception|failed|failure|failures|failing|unhealthy|down)\b|\b(?:status|statusCode|status_code)\s*(?:>=?\s*[45]\d\d|!==?\s*2\d\d)|\b(?:success|ok|healthy)\s*(?:===?|==)\s*(?:false|False)\b/;
