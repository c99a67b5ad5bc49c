/**
 * The Action's run: inputs and context in, then the pull-request flow or a full scan. The one
 * try/catch that turns an error into a failed step lives here; a configuration error is told
 * as such, anything else is a bug and keeps its stack in the log.
 */
import * as core from '@actions/core';
import { ConfigError, ShipshapeError, errorMessage } from '../core/errors.js';
import { createOctokit } from '../github/octokit.js';
import { runFullScan } from './full-scan.js';
import { readContext, readInputs } from './inputs.js';
import { runPullRequest } from './pull-request.js';

/**
 * `pull_request` only: under `pull_request_target` the default checkout is the base branch, so
 * the "head" on disk would not be the pull request's. Other events get a full scan.
 */
const PULL_REQUEST_EVENTS = new Set(['pull_request']);

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  try {
    const inputs = readInputs();
    const ctx = readContext(env);
    if (PULL_REQUEST_EVENTS.has(ctx.eventName)) {
      if (!inputs.token) throw new ShipshapeError("input 'token' is empty: pass `token: ${{ github.token }}` (the default) or a token that can read the pull request");
      const octokit = createOctokit(inputs.token, { warning: (m) => core.warning(m) }, env.GITHUB_API_URL ? { baseUrl: env.GITHUB_API_URL } : {});
      await runPullRequest(ctx, inputs, octokit);
    } else {
      await runFullScan(ctx, inputs);
    }
  } catch (error) {
    if (error instanceof ConfigError || error instanceof ShipshapeError) core.setFailed(`shipshape: ${error.message}`);
    else {
      core.error((error as Error)?.stack ?? errorMessage(error));
      core.setFailed(`shipshape failed: ${errorMessage(error)}`);
    }
  }
}
