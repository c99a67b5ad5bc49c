/**
 * Review comments on a pull request's new gaps, kept idempotent with hidden markers: every
 * comment starts with `<!-- shipshape:gap=<id> -->`, so the next push finds it and edits it in
 * place instead of posting a duplicate; a gap that went away has its comment edited to say so.
 * New comments of one run go out together as ONE review, so a push notifies once.
 */
import type { Gap, Report } from '../core/model.js';
import { escapeMarkdown, inlineCode } from '../report/escape.js';
import type { Octokit } from './octokit.js';

const PHASE_MARKER = { critical: '🔴', hardening: '🟠', polish: '🔵' } as const;
/** A marker must open the body: a person quoting one in a reply does not make the reply ours. */
const GAP_MARKER = /^<!-- shipshape:gap=([\w-]+) -->\n/;
export const SUMMARY_MARKER = '<!-- shipshape:summary -->';

export function gapMarker(id: string): string {
  return `<!-- shipshape:gap=${id} -->`;
}

/** The title line of a gap's comment; struck through when the gap goes away. */
function titleLine(gap: Gap): string {
  return `${PHASE_MARKER[gap.phase]} **${gap.phase}** · ${gap.dimension} — **${escapeMarkdown(gap.title.replace(/\s+/g, ' '))}**`;
}

export function openCommentBody(gap: Gap): string {
  return [
    gapMarker(gap.id),
    titleLine(gap),
    '',
    escapeMarkdown(gap.message),
    '',
    `**Fix:** ${escapeMarkdown(gap.fix)}`,
    '',
    `<sub>Rule ${inlineCode(gap.ruleId)} · ${inlineCode(gap.docs)} · shipshape edits this comment when the gap is fixed</sub>`,
  ].join('\n');
}

const FIXED = '✅ **Fixed**';
const SUPPRESSED = '☑️ **Suppressed**';

/**
 * The comment of a gap that is no longer open: its title struck through, with what happened.
 * A comment that already says so is kept as it is, naming the commit where it first happened.
 */
export function closedCommentBody(id: string, previousBody: string, kind: typeof FIXED | typeof SUPPRESSED, detail: string): string {
  const lines = previousBody.split('\n');
  if (lines[1]?.startsWith(kind) && lines[3]?.startsWith('~~')) return previousBody;
  const status = `${kind} ${detail}`;
  // Already closed: keep its struck title rather than striking the status line.
  const struck = lines[3]?.startsWith('~~') ? lines[3] : `~~${lines[1] ?? ''}~~`;
  return [gapMarker(id), status, '', struck].join('\n');
}

export interface InlineTarget {
  gap: Gap;
  path: string;
  /** A head-side line the pull request adds, inside the gap's location. */
  line: number;
}

export interface ReviewSync {
  created: number;
  updated: number;
  unchanged: number;
  /** Comments of gaps gone from the head, now marked fixed (or suppressed). */
  closed: number;
}

interface ExistingComment {
  id: number;
  body: string;
}

/**
 * Brings the pull request's shipshape comments to the desired state: new gaps on changed lines
 * have an open comment, comments of gaps still open are current, comments of gaps that went away
 * say fixed (or suppressed). Writes only what differs.
 */
export async function syncReview(
  octokit: Octokit,
  repo: { owner: string; repo: string },
  pull: { number: number; headSha: string },
  targets: readonly InlineTarget[],
  head: Report,
  reviewBody: string,
): Promise<ReviewSync> {
  const listed = await octokit.paginate(octokit.rest.pulls.listReviewComments, { ...repo, pull_number: pull.number, per_page: 100 });
  const existing = new Map<string, ExistingComment>();
  for (const c of listed) {
    const id = GAP_MARKER.exec(c.body)?.[1];
    // The oldest comment of a gap is the one kept current.
    if (id !== undefined && !existing.has(id)) existing.set(id, { id: c.id, body: c.body });
  }
  const open = new Map(head.gaps.map((g) => [g.id, g]));
  const suppressed = new Map(head.suppressed.map((g) => [g.id, g]));
  const sync: ReviewSync = { created: 0, updated: 0, unchanged: 0, closed: 0 };
  const edits: { comment: ExistingComment; body: string }[] = [];
  const fresh: InlineTarget[] = [];

  for (const target of targets) {
    const comment = existing.get(target.gap.id);
    if (comment) edits.push({ comment, body: openCommentBody(target.gap) });
    else fresh.push(target);
  }
  const targeted = new Set(targets.map((t) => t.gap.id));
  for (const [id, comment] of existing) {
    if (targeted.has(id)) continue;
    const gap = open.get(id);
    const hidden = suppressed.get(id);
    if (gap) edits.push({ comment, body: openCommentBody(gap) });
    else if (hidden) edits.push({ comment, body: closedCommentBody(id, comment.body, SUPPRESSED, `at ${pull.headSha.slice(0, 7)}: ${escapeMarkdown(hidden.reason)}`) });
    else edits.push({ comment, body: closedCommentBody(id, comment.body, FIXED, `in ${pull.headSha.slice(0, 7)} — shipshape no longer finds this gap.`) });
  }

  for (const { comment, body } of edits) {
    if (comment.body === body) {
      sync.unchanged++;
      continue;
    }
    await octokit.rest.pulls.updateReviewComment({ ...repo, comment_id: comment.id, body });
    if (open.has(GAP_MARKER.exec(body)?.[1] ?? '')) sync.updated++;
    else sync.closed++;
  }

  if (fresh.length > 0) {
    await octokit.rest.pulls.createReview({
      ...repo,
      pull_number: pull.number,
      commit_id: pull.headSha,
      event: 'COMMENT',
      body: reviewBody,
      comments: fresh.map((t) => ({ path: t.path, line: t.line, side: 'RIGHT', body: openCommentBody(t.gap) })),
    });
    sync.created = fresh.length;
  }
  return sync;
}

/** `comment-mode: summary`: one conversation comment with the pull request's summary, edited in place. */
export async function syncSummaryComment(octokit: Octokit, repo: { owner: string; repo: string }, pullNumber: number, markdown: string): Promise<'created' | 'updated' | 'unchanged'> {
  const body = `${SUMMARY_MARKER}\n${markdown}`;
  const comments = await octokit.paginate(octokit.rest.issues.listComments, { ...repo, issue_number: pullNumber, per_page: 100 });
  const mine = comments.find((c) => c.body?.startsWith(`${SUMMARY_MARKER}\n`));
  if (!mine) {
    await octokit.rest.issues.createComment({ ...repo, issue_number: pullNumber, body });
    return 'created';
  }
  if (mine.body === body) return 'unchanged';
  await octokit.rest.issues.updateComment({ ...repo, comment_id: mine.id, body });
  return 'updated';
}
