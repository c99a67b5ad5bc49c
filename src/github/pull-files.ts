/**
 * The files a pull request changes, with the lines of its diff: what the base scan must read
 * from the merge base, and where a review comment may land (GitHub refuses a comment on a line
 * outside the diff).
 */
import type { Octokit } from './octokit.js';

export type ChangeStatus = 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';

export interface ChangedFile {
  path: string;
  status: ChangeStatus;
  /** For renames: the path in the base. */
  previousPath: string | null;
  /** Head-side lines the pull request adds or changes ('+' lines of the patch). */
  addedLines: Set<number>;
}

export interface PullFiles {
  files: ChangedFile[];
  /** GitHub lists at most 3000 files of a pull request; beyond that the list is incomplete. */
  truncated: boolean;
}

/** GitHub's cap on `pulls/list-files`. */
export const PULL_FILES_LIMIT = 3000;

export async function listPullFiles(octokit: Octokit, repo: { owner: string; repo: string }, pullNumber: number, changedFiles: number | null): Promise<PullFiles> {
  const listed = await octokit.paginate(octokit.rest.pulls.listFiles, { ...repo, pull_number: pullNumber, per_page: 100 });
  const files = listed.map((f) => ({
    path: f.filename,
    status: f.status as ChangeStatus,
    previousPath: f.previous_filename ?? null,
    addedLines: addedLines(f.patch ?? ''),
  }));
  return { files, truncated: files.length >= PULL_FILES_LIMIT && (changedFiles === null || changedFiles > files.length) };
}

/** The head-side line numbers of the '+' lines of a unified diff patch. */
export function addedLines(patch: string): Set<number> {
  const lines = new Set<number>();
  let next = 0;
  for (const line of patch.split('\n')) {
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(line);
    if (hunk) {
      next = Number(hunk[1]);
      continue;
    }
    if (next === 0) continue;
    if (line.startsWith('+')) lines.add(next++);
    else if (line.startsWith(' ')) next++;
    // '-' lines and "\ No newline at end of file" do not exist on the head side.
  }
  return lines;
}
