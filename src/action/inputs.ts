/** The Action's inputs (action.yml) and the run's context, read once and validated with friendly errors. */
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import { ShipshapeError } from '../core/errors.js';
import { PHASES, type Phase } from '../core/model.js';

export const COMMENT_MODES = ['review', 'summary', 'off'] as const;
export type CommentMode = (typeof COMMENT_MODES)[number];

export interface Inputs {
  token: string;
  /** Relative to the workspace; null = the usual locations. */
  config: string | null;
  /** null = the configuration's `fail-on` (critical by default). */
  failOn: Phase | null;
  commentMode: CommentMode;
  annotations: boolean;
  /** Where to write SARIF (relative to the workspace), or null for none. */
  sarif: string | null;
  /** Where facts are kept between runs (outside the workspace), or null for no cache. */
  cacheFile: string | null;
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) throw new ShipshapeError(`input '${name}' must be one of ${allowed.join('|')}, got '${value}'`);
  return value as T;
}

export function readInputs(): Inputs {
  const failOn = core.getInput('fail-on');
  const annotations = core.getInput('annotations') || 'true';
  return {
    token: core.getInput('token'),
    config: core.getInput('config') || null,
    failOn: failOn === '' ? null : oneOf('fail-on', failOn, PHASES),
    commentMode: oneOf('comment-mode', core.getInput('comment-mode') || 'review', COMMENT_MODES),
    annotations: oneOf('annotations', annotations, ['true', 'false', 'on', 'off']) === 'true' || annotations === 'on',
    sarif: core.getInput('sarif') || null,
    cacheFile: core.getInput('cache-file') || null,
  };
}

export interface RunContext {
  eventName: string;
  /** The webhook payload of the event that started the workflow. */
  payload: Record<string, unknown>;
  owner: string;
  repo: string;
  workspace: string;
  sha: string | null;
  tempDir: string;
  /** The workflow run's page, for the check run's details link. */
  runUrl: string | null;
}

export function readContext(env: NodeJS.ProcessEnv): RunContext {
  const repository = env.GITHUB_REPOSITORY ?? '';
  const [owner, repo] = repository.split('/');
  if (!owner || !repo) throw new ShipshapeError('GITHUB_REPOSITORY is not set: shipshape runs as a step of a GitHub Actions workflow');
  let payload: Record<string, unknown> = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as Record<string, unknown>;
    } catch (error) {
      throw new ShipshapeError(`cannot read the event payload ${env.GITHUB_EVENT_PATH}: ${(error as Error).message}`);
    }
  }
  const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    payload,
    owner,
    repo,
    workspace: path.resolve(env.GITHUB_WORKSPACE ?? process.cwd()),
    sha: env.GITHUB_SHA ?? null,
    tempDir: env.RUNNER_TEMP || tmpdir(),
    runUrl: env.GITHUB_RUN_ID ? `${server}/${repository}/actions/runs/${env.GITHUB_RUN_ID}` : null,
  };
}
