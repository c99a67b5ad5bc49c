/**
 * A configuration the engine cannot read stops the sync (a broken config never silently scans
 * with defaults), and the team hears about it once: one issue, found by its marker, whose body
 * is written only when the error text changes. It closes itself when a scan succeeds again.
 */
import { codeFence } from '../../report/escape.js';
import { commentOnce } from './execute.js';
import type { BotIssue, GitHub, RepoRef } from './github.js';
import { LABEL, type RepoLinks } from './model.js';
import { commitLink } from './render.js';

export const CONFIG_ERROR_MARKER = '<!-- shipshape:config-error -->';
const TITLE = 'shipshape cannot read its configuration';

export function configErrorBody(message: string): string {
  return [
    CONFIG_ERROR_MARKER,
    'shipshape could not read this repository\'s configuration on the default branch, so the phase issues were left as they are (a broken configuration is never replaced by defaults):',
    '',
    codeFence(message, 'text'),
    '',
    'Fix the file on the default branch: this issue closes by itself once a scan reads it. `npx shipshape scan` shows the same message locally.',
  ].join('\n');
}

function find(issues: readonly BotIssue[]): BotIssue | undefined {
  return issues.filter((i) => i.body.includes(CONFIG_ERROR_MARKER)).sort((a, b) => a.number - b.number)[0];
}

/** Opens (or updates, or reopens) the config error issue; returns the number of writes. */
export async function reportConfigError(octokit: GitHub, ref: RepoRef, issues: readonly BotIssue[], message: string): Promise<number> {
  const body = configErrorBody(message);
  const existing = find(issues);
  if (!existing) {
    await octokit.request('POST /repos/{owner}/{repo}/issues', { ...ref, title: TITLE, body, labels: [LABEL] });
    return 1;
  }
  if (existing.body === body && existing.state === 'open') return 0;
  await octokit.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
    ...ref,
    issue_number: existing.number,
    body,
    ...(existing.state === 'closed' ? { state: 'open' as const, state_reason: 'reopened' as const } : {}),
  });
  return 1;
}

/** Closes an open config error issue after a scan at `commit` read the configuration. */
export async function resolveConfigError(octokit: GitHub, ref: RepoRef, issues: readonly BotIssue[], commit: string, links: RepoLinks, botLogin: string): Promise<number> {
  const existing = find(issues);
  if (!existing || existing.state === 'closed') return 0;
  const marker = `<!-- shipshape:config-fixed commit=${commit} -->`;
  const posted = await commentOnce(octokit, ref, existing.number, marker, `${marker}\nA scan of ${commitLink(links, commit)} reads the configuration again: closing.`, botLogin);
  await octokit.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', { ...ref, issue_number: existing.number, state: 'closed', state_reason: 'completed' });
  return posted ? 2 : 1;
}
