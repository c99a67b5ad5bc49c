/**
 * The Action's Octokit: @actions/github's client (it honours GITHUB_API_URL, so GitHub
 * Enterprise Server and the local test server work alike) with retries for 5xx answers and
 * GitHub's recommended pacing, waiting out primary and secondary rate limits.
 */
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export type Octokit = ReturnType<typeof getOctokit>;

/** Rate-limit waits a run accepts before giving up: a scan should not hang a workflow for an hour. */
const MAX_RATE_LIMIT_RETRIES = 2;

export interface OctokitLog {
  warning(message: string): void;
}

export function createOctokit(token: string, log: OctokitLog, options: { baseUrl?: string } = {}): Octokit {
  return getOctokit(
    token,
    {
      ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
      retry: { retries: 3 },
      throttle: {
        onRateLimit: (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
          log.warning(`GitHub rate limit reached on ${request.method} ${request.url}; retrying in ${retryAfter} s`);
          return retryCount < MAX_RATE_LIMIT_RETRIES;
        },
        onSecondaryRateLimit: (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
          log.warning(`GitHub secondary rate limit reached on ${request.method} ${request.url}; retrying in ${retryAfter} s`);
          return retryCount < MAX_RATE_LIMIT_RETRIES;
        },
      },
    },
    retry,
    throttling,
  );
}

/** The HTTP status of a failed Octokit request, or null for any other error. */
export function httpStatus(error: unknown): number | null {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : null;
}

/**
 * True when GitHub refused a write for lack of permission: a fork's read-only GITHUB_TOKEN, a
 * workflow without `checks: write` / `pull-requests: write`, a repository the token cannot see.
 * These degrade the run (summary and workflow-command annotations instead); they never fail it.
 */
export function isWriteRefused(error: unknown): boolean {
  const status = httpStatus(error);
  return status === 403 || status === 404;
}
