/**
 * Where a sync's report comes from: the Action's artifact when there is a good one, otherwise
 * a scan of the repository at that commit (downloaded, never checked out or run).
 */
import { parseConfig } from '../../core/config.js';
import { CONFIG_LOCATIONS } from '../../core/config.js';
import { scan, type FactCache } from '../../core/engine.js';
import { ConfigError, errorMessage } from '../../core/errors.js';
import type { Report } from '../../core/model.js';
import { BUILTIN_RULES } from '../../rules/index.js';
import { withTarball, type TarballOptions } from '../tarball.js';
import type { GitHub, Log, RepoRef } from './github.js';

export type LoadedReport =
  | { kind: 'report'; report: Report; project: string | null; source: 'scan' | 'artifact' }
  | { kind: 'config-error'; message: string };

/** Scans the repository at `sha`; a configuration the engine cannot read is a result, not a throw. */
export async function scanCommit(octokit: GitHub, ref: RepoRef, sha: string, options: { tarball?: TarballOptions; cache?: FactCache } = {}): Promise<LoadedReport> {
  return withTarball(
    octokit,
    ref,
    sha,
    async (root) => {
      try {
        const { report, config } = await scan({ root, commit: sha, ...(options.cache ? { cache: options.cache } : {}) });
        return { kind: 'report', report, project: config.project, source: 'scan' } as const;
      } catch (error) {
        if (error instanceof ConfigError) return { kind: 'config-error', message: error.message } as const;
        throw error;
      }
    },
    options.tarball,
  );
}

/**
 * The project board named in the configuration at `sha`, read through the contents API (an
 * artifact's report does not say). A configuration the built-in catalogue cannot validate
 * (it may name the repository's own rules) leaves the board alone rather than guessing.
 */
export async function projectAt(octokit: GitHub, ref: RepoRef, sha: string, log: Log): Promise<string | null> {
  for (const file of CONFIG_LOCATIONS) {
    let text: string;
    try {
      const { data } = await octokit.request('GET /repos/{owner}/{repo}/contents/{path}', { ...ref, path: file, ref: sha, mediaType: { format: 'raw' } });
      text = String(data);
    } catch (error) {
      if ((error as { status?: number }).status === 404) continue;
      throw error;
    }
    try {
      return parseConfig(file, text, BUILTIN_RULES).project;
    } catch (error) {
      log.warn(`${ref.owner}/${ref.repo}: cannot read the project board from ${file}: ${errorMessage(error)}`);
      return null;
    }
  }
  return null;
}
