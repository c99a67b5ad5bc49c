/**
 * The executor: carries out a plan's operations in order. Before every write it re-reads what
 * the plan was based on, so a replica (or a person) that changed the issue in the meantime is
 * noticed instead of overwritten: the caller then plans again from what is there now. Every
 * body is written whole in one request, so a failure never leaves half a body behind.
 */
import { PHASES, type Phase } from '../../core/model.js';
import type { GitHub, RepoRef } from './github.js';
import { listTrackedIssues } from './github.js';
import { LABEL, phaseLabel } from './model.js';
import type { Operation } from './plan.js';

/** The issue changed between the read the plan came from and the write: plan again. */
export class ConflictError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConflictError';
  }
}

const LABELS: Readonly<Record<string, { color: string; description: string }>> = {
  [LABEL]: { color: '0e8a16', description: 'Production-readiness tracking by shipshape' },
  ...Object.fromEntries(
    PHASES.map((phase: Phase, i) => [
      phaseLabel(phase),
      { color: ['b60205', 'fbca04', '1d76db'][i] as string, description: ['Blocks onboarding a paying customer', 'Prevents incidents', 'Improves trust'][i] as string },
    ]),
  ),
};

export interface ExecuteOptions {
  botLogin: string;
}

export interface ExecuteResult {
  created: number[];
  writes: number;
}

export async function execute(octokit: GitHub, ref: RepoRef, ops: readonly Operation[], options: ExecuteOptions): Promise<ExecuteResult> {
  const result: ExecuteResult = { created: [], writes: 0 };
  const labelsReady = new Set<string>();
  const ensureLabels = async (names: readonly string[]) => {
    for (const name of names) {
      if (labelsReady.has(name) || !LABELS[name]) continue;
      result.writes += await ensureLabel(octokit, ref, name);
      labelsReady.add(name);
    }
  };
  for (const op of ops) {
    switch (op.kind) {
      case 'create': {
        const existing = await listTrackedIssues(octokit, ref, options.botLogin);
        if (existing.some((i) => i.doc.phase === op.phase)) throw new ConflictError(`an issue for ${op.phase} appeared while planning`);
        await ensureLabels(op.labels);
        const { data } = await octokit.request('POST /repos/{owner}/{repo}/issues', { ...ref, title: op.title, body: op.body, labels: op.labels });
        result.created.push(data.number);
        result.writes++;
        break;
      }
      case 'update': {
        const { data } = await octokit.request('GET /repos/{owner}/{repo}/issues/{issue_number}', { ...ref, issue_number: op.number });
        if ((data.body ?? '') !== op.expectedBody) throw new ConflictError(`issue #${op.number} changed while planning`);
        if (op.labels) await ensureLabels(op.labels);
        await octokit.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
          ...ref,
          issue_number: op.number,
          ...(op.body !== undefined ? { body: op.body } : {}),
          ...(op.state !== undefined ? { state: op.state } : {}),
          ...(op.stateReason !== undefined ? { state_reason: op.stateReason } : {}),
          ...(op.labels !== undefined ? { labels: op.labels } : {}),
        });
        result.writes++;
        break;
      }
      case 'comment': {
        if (await hasComment(octokit, ref, op.number, op.marker, options.botLogin)) break;
        await octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...ref, issue_number: op.number, body: op.body });
        result.writes++;
        break;
      }
    }
  }
  return result;
}

/** True when the App already left a comment carrying `marker` on the issue. */
export async function hasComment(octokit: GitHub, ref: RepoRef, number: number, marker: string, botLogin: string): Promise<boolean> {
  const comments = await octokit.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...ref, issue_number: number, per_page: 100 });
  return comments.some((c) => c.user?.login === botLogin && (c.body ?? '').includes(marker));
}

/** Posts a comment once: a comment with `marker` (which `body` must contain) is never posted twice. */
export async function commentOnce(octokit: GitHub, ref: RepoRef, number: number, marker: string, body: string, botLogin: string): Promise<boolean> {
  if (await hasComment(octokit, ref, number, marker, botLogin)) return false;
  await octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...ref, issue_number: number, body });
  return true;
}

async function ensureLabel(octokit: GitHub, ref: RepoRef, name: string): Promise<number> {
  try {
    await octokit.request('GET /repos/{owner}/{repo}/labels/{name}', { ...ref, name });
    return 0;
  } catch (error) {
    if ((error as { status?: number }).status !== 404) throw error;
  }
  try {
    await octokit.request('POST /repos/{owner}/{repo}/labels', { ...ref, name, ...LABELS[name] });
  } catch (error) {
    // Another replica created it first.
    if ((error as { status?: number }).status !== 422) throw error;
  }
  return 1;
}
