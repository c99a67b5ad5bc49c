/**
 * What the handlers share: the per-repository queue, the App's bot login, scan caches, and the
 * two ways a sync starts (a known commit, or the default branch's tip). Everything that talks
 * to GitHub is a plain function in src/github/; this only decides which to call, in what order.
 */
import type { Probot } from 'probot';
import { MemoryFactCache } from '../core/engine.js';
import { errorMessage } from '../core/errors.js';
import { reportForCommit, type ArtifactOutcome } from '../github/report-artifact.js';
import type { TarballOptions } from '../github/tarball.js';
import type { GitHub, Log, RepoRef } from '../github/tracking/github.js';
import { scanCommit, projectAt, type LoadedReport } from '../github/tracking/report-source.js';
import { syncTracking, type SyncOutcome } from '../github/tracking/sync.js';
import { KeyedQueue } from './queue.js';

export interface AppOptions {
  tarball?: TarballOptions;
  /** The clock for dates recorded in issues (accepted risks). */
  now?: () => Date;
}

export interface SyncCommitRequest {
  octokit: GitHub;
  ref: RepoRef;
  /** The repository's web address, for permalinks. */
  htmlUrl: string;
  sha: string;
  log: Log;
  /**
   * `artifact`: the Action's report from a finished run (scan if it is unusable);
   * `auto`: the Action's report for the commit if there is one, else a scan;
   * `scan`: scan regardless.
   */
  source: { kind: 'artifact'; outcome: ArtifactOutcome } | { kind: 'auto' } | { kind: 'scan' };
}

const MAX_CACHES = 32;
const MAX_CACHED_FILES = 50_000;

export class Runner {
  readonly queue = new KeyedQueue();
  readonly now: () => Date;
  private readonly tarball: TarballOptions;
  private login: Promise<string> | null = null;
  // Fact caches per repository: a push re-parses only the files it changed.
  private readonly caches = new Map<string, MemoryFactCache>();

  constructor(
    private readonly app: Probot,
    options: AppOptions,
  ) {
    this.tarball = options.tarball ?? {};
    this.now = options.now ?? (() => new Date());
  }

  /** `<slug>[bot]`: the login the App's issues and comments are created under. */
  botLogin(): Promise<string> {
    this.login ??= (async () => {
      const octokit = await this.app.auth();
      const { data } = await octokit.request('GET /app');
      return `${data?.slug ?? 'shipshape'}[bot]`;
    })().catch((error: unknown) => {
      this.login = null;
      throw error;
    });
    return this.login;
  }

  private cache(ref: RepoRef): MemoryFactCache {
    const key = `${ref.owner}/${ref.repo}`.toLowerCase();
    let cache = this.caches.get(key);
    // Facts of every version of every file would pile up in a long-running process: start over.
    if (cache && cache.size > MAX_CACHED_FILES) {
      this.caches.delete(key);
      cache = undefined;
    }
    if (!cache) {
      if (this.caches.size >= MAX_CACHES) this.caches.delete(this.caches.keys().next().value as string);
      cache = new MemoryFactCache();
      this.caches.set(key, cache);
    }
    return cache;
  }

  /** Runs `job` after every earlier job for the same repository. */
  serialise<T>(ref: RepoRef, job: () => Promise<T>): Promise<T> {
    return this.queue.run(`${ref.owner}/${ref.repo}`.toLowerCase(), job);
  }

  /** Brings the phase issues in line with the report for `sha` (a default-branch commit). */
  syncCommit(req: SyncCommitRequest): Promise<SyncOutcome | null> {
    return this.serialise(req.ref, async () => {
      const { octokit, ref, sha, log } = req;
      let artifact: ArtifactOutcome = req.source.kind === 'artifact' ? req.source.outcome : { kind: 'none' };
      if (req.source.kind === 'auto') {
        const found = await reportForCommit(octokit, ref, sha).catch((error: unknown) => {
          // An installation that predates the `actions` permission cannot see artifacts: scan.
          if ((error as { status?: number }).status !== 403) throw error;
          log.info(`${ref.owner}/${ref.repo}: cannot list artifacts (${errorMessage(error)}); scanning`);
          return { forCommit: { kind: 'none' as const }, actionInUse: false };
        });
        // With the Action in the repository, its workflow_run brings the report: no need to scan.
        if (found.forCommit.kind === 'none' && found.actionInUse) {
          log.info(`${ref.owner}/${ref.repo}: waiting for the Action's report for ${sha.slice(0, 7)}`);
          return null;
        }
        artifact = found.forCommit;
      }
      const load = async (): Promise<LoadedReport> => {
        if (artifact.kind === 'report') return { kind: 'report', report: artifact.report, project: await projectAt(octokit, ref, sha, log), source: 'artifact' };
        if (artifact.kind === 'invalid') log.warn(`${ref.owner}/${ref.repo}: the Action's report for ${sha.slice(0, 7)} is unusable (${artifact.reason}); scanning instead`);
        return scanCommit(octokit, ref, sha, { tarball: this.tarball, cache: this.cache(ref) });
      };
      const outcome = await syncTracking(octokit, { ref, links: { htmlUrl: req.htmlUrl }, commit: sha, botLogin: await this.botLogin(), load, log });
      if (outcome.status === 'synced') log.info(`${ref.owner}/${ref.repo}: phase issues at ${sha.slice(0, 7)} (${outcome.writes} writes)`);
      return outcome;
    });
  }

  /** Syncs the tip of the default branch (install, `/shipshape rescan`). */
  async syncDefaultBranch(octokit: GitHub, ref: RepoRef, log: Log, source: SyncCommitRequest['source'] = { kind: 'auto' }): Promise<SyncOutcome | null> {
    const { data: repo } = await octokit.request('GET /repos/{owner}/{repo}', { ...ref });
    let sha: string;
    try {
      const { data } = await octokit.request('GET /repos/{owner}/{repo}/commits/{ref}', { ...ref, ref: repo.default_branch });
      sha = data.sha;
    } catch (error) {
      // An empty repository has no commit to scan yet; its first push will bring one.
      if ([404, 409, 422].includes((error as { status?: number }).status ?? 0)) {
        log.info(`${ref.owner}/${ref.repo}: no commit on ${repo.default_branch} yet (${errorMessage(error)})`);
        return null;
      }
      throw error;
    }
    return this.syncCommit({ octokit, ref, htmlUrl: repo.html_url, sha, log, source });
  }
}
