/**
 * A review for a pull request from a fork. There the Action runs with a read-only token and
 * cannot comment, but it still uploads its report; the App, which can write, posts the review
 * from that report: the gaps the pull request adds, inline where the line is in the diff.
 * One review per head commit, found by its marker, so a replayed delivery posts nothing.
 */
import { PHASE_TITLES, type Gap, type Report } from '../core/model.js';
import { escapeMarkdown, inlineCode } from '../report/escape.js';
import { gapListItem } from '../report/markdown.js';
import type { GitHub, RepoRef } from './tracking/github.js';

export const reviewMarker = (sha: string) => `<!-- shipshape:review sha=${sha} -->`;
const MAX_INLINE = 30;
const MAX_LISTED = 20;

/** Right-side line numbers a review comment may use, per file, from the unified diff patches. */
export function commentableLines(patch: string): Set<number> {
  const lines = new Set<number>();
  let right = 0;
  for (const line of patch.split('\n')) {
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(line);
    if (hunk) {
      right = Number(hunk[1]);
      continue;
    }
    if (right === 0 || line.startsWith('-') || line.startsWith('\\')) continue;
    lines.add(right);
    right++;
  }
  return lines;
}

function inlineBody(gap: Gap): string {
  return [
    `**${escapeMarkdown(gap.title)}** (${PHASE_TITLES[gap.phase]} · ${inlineCode(gap.ruleId)})`,
    '',
    escapeMarkdown(gap.message),
    '',
    `**Fix:** ${escapeMarkdown(gap.fix)}`,
  ].join('\n');
}

export interface ForkReviewInput {
  pull: number;
  headSha: string;
  report: Report;
  /** Gaps the default branch already has (its phase issues): only the others are new. */
  known: ReadonlySet<string>;
  botLogin: string;
}

/** Posts the review unless one for this head commit exists; returns whether it posted. */
export async function reviewForkPullRequest(octokit: GitHub, ref: RepoRef, input: ForkReviewInput): Promise<boolean> {
  const marker = reviewMarker(input.headSha);
  const reviews = await octokit.paginate('GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews', { ...ref, pull_number: input.pull, per_page: 100 });
  if (reviews.some((r) => r.user?.login === input.botLogin && (r.body ?? '').includes(marker))) return false;
  const added = input.report.gaps.filter((g) => !input.known.has(g.id));
  if (added.length === 0) return false;

  const files = await octokit.paginate('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', { ...ref, pull_number: input.pull, per_page: 100 });
  const lines = new Map(files.map((f) => [f.filename, commentableLines(f.patch ?? '')]));
  const inline = added.filter((g) => g.location !== null && lines.get(g.location.path)?.has(g.location.startLine)).slice(0, MAX_INLINE);
  const listed = added.slice(0, MAX_LISTED);
  const body = [
    marker,
    `### shipshape: ${added.length === 1 ? '1 new gap' : `${added.length} new gaps`} in this pull request`,
    '',
    'The workflow of a fork cannot comment, so the shipshape App posts what it found.',
    '',
    ...listed.map(gapListItem),
    ...(added.length > listed.length ? ['', `…and ${added.length - listed.length} more in the workflow's \`shipshape-report\` artifact.`] : []),
  ].join('\n');
  await octokit.request('POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews', {
    ...ref,
    pull_number: input.pull,
    commit_id: input.headSha,
    event: 'COMMENT',
    body,
    comments: inline.map((g) => ({ path: (g.location as NonNullable<Gap['location']>).path, line: (g.location as NonNullable<Gap['location']>).startLine, side: 'RIGHT' as const, body: inlineBody(g) })),
  });
  return true;
}

/** The pull request a fork's workflow run belongs to: GitHub leaves `pull_requests` empty for forks. */
export async function pullForHead(octokit: GitHub, ref: RepoRef, headSha: string, given: readonly ({ number: number } | null)[]): Promise<number | null> {
  const listed = given.find((p) => p !== null);
  if (listed) return listed.number;
  const open = await octokit.paginate('GET /repos/{owner}/{repo}/pulls', { ...ref, state: 'open', per_page: 100 });
  return open.find((p) => p.head.sha === headSha)?.number ?? null;
}
