/**
 * One sync: the phase issues of a repository brought in line with the report for one commit of
 * its default branch. Read the issues → skip if they already reflect a newer commit → load the
 * report (only then: scanning is the expensive part) → plan → execute. When the executor finds
 * that an issue changed under it (another replica, a person), the sync reads and plans again.
 */
import { errorMessage } from '../../core/errors.js';
import { PHASES } from '../../core/model.js';
import { syncProjectBoard, statusFor } from '../projects.js';
import { reportConfigError, resolveConfigError } from './config-error.js';
import { ConflictError, execute } from './execute.js';
import { listBotIssues, type GitHub, type Log, type RepoRef } from './github.js';
import { progressOf, type RepoLinks, type TrackedIssue } from './model.js';
import { plan } from './plan.js';
import type { LoadedReport } from './report-source.js';

export interface SyncRequest {
  ref: RepoRef;
  links: RepoLinks;
  /** The default-branch commit the report is (or will be) for. */
  commit: string;
  botLogin: string;
  load: () => Promise<LoadedReport>;
  log: Log;
}

export type SyncOutcome =
  | { status: 'stale'; newer: string }
  | { status: 'config-error'; writes: number }
  | { status: 'synced'; writes: number };

const MAX_ATTEMPTS = 4;

export async function syncTracking(octokit: GitHub, req: SyncRequest): Promise<SyncOutcome> {
  const { ref, commit, botLogin, log } = req;
  let loaded: LoadedReport | null = null;
  let pr: number | null | undefined;
  let writes = 0;
  for (let attempt = 1; ; attempt++) {
    const { tracked, others } = await listBotIssues(octokit, ref, botLogin);
    const newer = await newerRecordedCommit(octokit, ref, commit, tracked);
    if (newer) {
      log.info(`${ref.owner}/${ref.repo}: ${commit.slice(0, 7)} is older than ${newer.slice(0, 7)}, which the phase issues already reflect: ignored`);
      return { status: 'stale', newer };
    }
    loaded ??= await req.load();
    if (loaded.kind === 'config-error') {
      writes += await reportConfigError(octokit, ref, others, loaded.message);
      return { status: 'config-error', writes };
    }
    writes += await resolveConfigError(octokit, ref, others, commit, req.links, botLogin);
    pr ??= await pullRequestFor(octokit, ref, commit);
    const ops = plan({ report: loaded.report, commit, links: req.links, issues: tracked, pr, source: loaded.source });
    try {
      writes += (await execute(octokit, ref, ops, { botLogin })).writes;
      break;
    } catch (error) {
      if (!(error instanceof ConflictError) || attempt >= MAX_ATTEMPTS) throw error;
      log.info(`${ref.owner}/${ref.repo}: ${error.message}; planning again`);
    }
  }
  if (loaded.project) writes += await syncBoard(octokit, ref, loaded.project, botLogin, log);
  return { status: 'synced', writes };
}

/**
 * Puts the phase issues on the project board with the status their progress calls for. The
 * board is a view: a problem with it is logged and never undoes or blocks the issues.
 */
export async function syncBoard(octokit: GitHub, ref: RepoRef, project: string, botLogin: string, log: Log): Promise<number> {
  try {
    const issues = (await listBotIssues(octokit, ref, botLogin)).tracked.sort((a, b) => PHASES.indexOf(a.doc.phase) - PHASES.indexOf(b.doc.phase));
    const result = await syncProjectBoard(octokit, project, issues.map((i) => ({ nodeId: i.nodeId, status: statusFor(progressOf(i.doc)) })));
    if (result.problem) log.warn(`${ref.owner}/${ref.repo}: ${result.problem}`);
    return result.writes;
  } catch (error) {
    log.warn(`${ref.owner}/${ref.repo}: project board ${project} not updated: ${errorMessage(error)}`);
    return 0;
  }
}

/**
 * The newest commit a phase issue records that is newer than `commit`, if any. Order comes from
 * the compare endpoint (ancestry); for diverged histories (a force push) commit dates decide.
 */
export async function newerRecordedCommit(octokit: GitHub, ref: RepoRef, commit: string, issues: readonly TrackedIssue[]): Promise<string | null> {
  for (const recorded of new Set(issues.map((i) => i.doc.commit))) {
    if (recorded === commit) continue;
    if ((await order(octokit, ref, recorded, commit)) === 'older') return recorded;
  }
  return null;
}

async function order(octokit: GitHub, ref: RepoRef, recorded: string, commit: string): Promise<'older' | 'newer'> {
  let status: string;
  try {
    const { data } = await octokit.request('GET /repos/{owner}/{repo}/compare/{basehead}', { ...ref, basehead: `${recorded}...${commit}`, per_page: 1 });
    status = data.status;
  } catch (error) {
    // The recorded commit is gone (history rewritten): the new report wins.
    if ([404, 422].includes((error as { status?: number }).status ?? 0)) return 'newer';
    throw error;
  }
  if (status === 'behind') return 'older';
  if (status !== 'diverged') return 'newer';
  const date = async (sha: string) => {
    const { data } = await octokit.request('GET /repos/{owner}/{repo}/commits/{ref}', { ...ref, ref: sha });
    return Date.parse(data.commit.committer?.date ?? data.commit.author?.date ?? '') || 0;
  };
  return (await date(commit)) < (await date(recorded)) ? 'older' : 'newer';
}

/** The pull request whose merge brought `sha` to the default branch, or null for a direct push. */
export async function pullRequestFor(octokit: GitHub, ref: RepoRef, sha: string): Promise<number | null> {
  const { data } = await octokit.request('GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls', { ...ref, commit_sha: sha, per_page: 100 });
  const merged = data.filter((p) => p.merged_at !== null);
  return (merged.find((p) => p.merge_commit_sha === sha) ?? merged[0])?.number ?? null;
}
