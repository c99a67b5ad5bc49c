// Pull requests, their files, reviews and review comments. Review comments are checked
// against the diff like GitHub does: a line outside the diff is a 422.
import { locateLine } from '../diff.js';
import { byId, byNumber, HttpError, json, paginate, type Ctx, type RouteDef } from '../context.js';
import type { ReviewCommentState, ReviewState } from '../state.js';

const PULLS_READ = { repo: ['pull_requests' as const], level: 'read' as const };
const PULLS_WRITE = { repo: ['pull_requests' as const], level: 'write' as const };

interface ReviewCommentInput {
  path: string;
  body: string;
  position?: number;
  line?: number;
  side?: 'LEFT' | 'RIGHT';
  start_line?: number;
  start_side?: 'LEFT' | 'RIGHT';
}

/** GitHub's review 422: `errors` is a list of strings. */
function unprocessable(...errors: string[]): HttpError {
  return new HttpError(422, 'Unprocessable Entity', { errors });
}

function pullOf(ctx: Ctx) {
  const pull = byNumber(ctx.repo.pulls, ctx.params.pull_number);
  return ctx.state.syncPullRequest(ctx.repo, pull.number);
}

export const pullRoutes: Record<string, RouteDef> = {
  'pulls/get': {
    access: PULLS_READ,
    handle: (ctx) => json(200, ctx.render.pull(ctx.repo, pullOf(ctx), true)),
  },

  'pulls/list': {
    access: PULLS_READ,
    handle(ctx) {
      const q = ctx.query as { state?: string; head?: string; base?: string; direction?: string };
      const state = q.state ?? 'open';
      let list = ctx.repo.pulls
        .map((p) => ctx.state.syncPullRequest(ctx.repo, p.number))
        .filter((p) => {
          const issue = ctx.state.issue(ctx.repo, p.number);
          return (
            (state === 'all' || issue.state === state) &&
            (q.head === undefined || q.head === `${ctx.repo.owner.login}:${p.head.ref}` || q.head === p.head.ref) &&
            (q.base === undefined || q.base === p.base.ref)
          );
        });
      if ((q.direction ?? 'desc') === 'desc') list = list.toReversed();
      const page = paginate(ctx, list);
      return json(200, page.items.map((p) => ctx.render.pull(ctx.repo, p, false)), page.headers);
    },
  },

  'pulls/list-files': {
    access: PULLS_READ,
    handle(ctx) {
      const pull = pullOf(ctx);
      // GitHub lists at most 3000 files of a pull request.
      const files = ctx.render.pullFiles(ctx.repo, pull).slice(0, 3000);
      const page = paginate(ctx, files);
      return json(200, page.items.map((f) => ctx.render.diffEntry(ctx.repo, pull.head.sha, f)), page.headers);
    },
  },

  'pulls/create-review': {
    access: PULLS_WRITE,
    handle(ctx) {
      const pull = pullOf(ctx);
      const issue = ctx.state.issue(ctx.repo, pull.number);
      const body = ctx.body as { commit_id?: string; body?: string; event?: 'APPROVE' | 'REQUEST_CHANGES' | 'COMMENT'; comments?: ReviewCommentInput[] };
      const commitId = body.commit_id ?? pull.head.sha;
      if (!ctx.repo.commits.has(commitId)) throw unprocessable(`No commit found for SHA: ${commitId}`);
      if ((body.event === 'APPROVE' || body.event === 'REQUEST_CHANGES') && issue.user.toLowerCase() === ctx.actor.toLowerCase()) {
        throw unprocessable(`Review Can not ${body.event === 'APPROVE' ? 'approve' : 'request changes on'} your own pull request`);
      }
      const state: ReviewState['state'] =
        body.event === 'APPROVE' ? 'APPROVED' : body.event === 'REQUEST_CHANGES' ? 'CHANGES_REQUESTED' : body.event === 'COMMENT' ? 'COMMENTED' : 'PENDING';
      if (state === 'PENDING' && ctx.repo.reviews.some((r) => r.pullNumber === pull.number && r.state === 'PENDING' && r.user === ctx.actor)) {
        throw unprocessable('User can only have one pending review per pull request');
      }
      const files = new Map(ctx.render.pullFiles(ctx.repo, pull).map((f) => [f.filename, f]));
      const now = ctx.state.now();
      const reviewId = ctx.state.id();
      const comments: ReviewCommentState[] = [];
      for (const c of body.comments ?? []) {
        const file = files.get(c.path);
        if (!file) throw unprocessable('Path could not be resolved');
        const side = c.side ?? 'RIGHT';
        let line = c.line ?? null;
        let located: { position: number; diffHunk: string } | null = null;
        if (line !== null) {
          located = locateLine(file.diff, line, side);
        } else if (c.position !== undefined) {
          // Legacy `position`: the n-th line below the first hunk header.
          const flat = file.diff.hunks.flatMap((h, i) => [...(i > 0 ? [null] : []), ...h.lines]);
          const target = flat[c.position - 1];
          if (target) {
            line = (side === 'RIGHT' ? target.newLine : target.oldLine) ?? target.oldLine;
            located = line === null ? null : locateLine(file.diff, line, target.kind === '-' ? 'LEFT' : 'RIGHT');
          }
        } else {
          throw unprocessable('Either line or position is required');
        }
        if (!located) throw unprocessable('Line could not be resolved');
        if (c.start_line !== undefined && (c.start_line >= (line as number) || !locateLine(file.diff, c.start_line, c.start_side ?? side))) {
          throw unprocessable('Start line could not be resolved');
        }
        const id = ctx.state.id();
        comments.push({
          id,
          nodeId: ctx.state.nodeId('PRRC', id),
          reviewId,
          pullNumber: pull.number,
          path: c.path,
          line,
          side,
          startLine: c.start_line ?? null,
          startSide: c.start_line !== undefined ? (c.start_side ?? side) : null,
          position: located.position,
          diffHunk: located.diffHunk,
          body: c.body,
          user: ctx.actor,
          commitId,
          createdAt: now,
          updatedAt: now,
        });
      }
      const review: ReviewState = {
        id: reviewId,
        nodeId: ctx.state.nodeId('PRR', reviewId),
        pullNumber: pull.number,
        user: ctx.actor,
        body: body.body ?? '',
        state,
        commitId,
        submittedAt: state === 'PENDING' ? null : now,
      };
      ctx.repo.reviews.push(review);
      ctx.repo.reviewComments.push(...comments);
      return json(200, ctx.render.review(ctx.repo, review));
    },
  },

  'pulls/list-reviews': {
    access: PULLS_READ,
    handle(ctx) {
      const pull = pullOf(ctx);
      const page = paginate(ctx, ctx.repo.reviews.filter((r) => r.pullNumber === pull.number));
      return json(200, page.items.map((r) => ctx.render.review(ctx.repo, r)), page.headers);
    },
  },

  'pulls/list-review-comments': {
    access: PULLS_READ,
    handle(ctx) {
      const pull = pullOf(ctx);
      const q = ctx.query as { sort?: string; direction?: string; since?: string };
      const key = q.sort === 'updated' ? 'updatedAt' : 'createdAt';
      let list = ctx.repo.reviewComments
        .filter((c) => c.pullNumber === pull.number && (q.since === undefined || c.updatedAt >= q.since))
        .toSorted((a, b) => (a[key] === b[key] ? a.id - b.id : a[key] < b[key] ? -1 : 1));
      if (q.direction === 'desc') list = list.toReversed();
      const page = paginate(ctx, list);
      return json(200, page.items.map((c) => ctx.render.reviewComment(ctx.repo, c)), page.headers);
    },
  },

  'pulls/get-review-comment': {
    access: PULLS_READ,
    handle: (ctx) => json(200, ctx.render.reviewComment(ctx.repo, byId(ctx.repo.reviewComments, ctx.params.comment_id))),
  },

  'pulls/update-review-comment': {
    access: PULLS_WRITE,
    handle(ctx) {
      const comment = byId(ctx.repo.reviewComments, ctx.params.comment_id);
      comment.body = String(ctx.body.body);
      comment.updatedAt = ctx.state.now();
      return json(200, ctx.render.reviewComment(ctx.repo, comment));
    },
  },

  'pulls/delete-review-comment': {
    access: PULLS_WRITE,
    handle(ctx) {
      const comment = byId(ctx.repo.reviewComments, ctx.params.comment_id);
      ctx.repo.reviewComments.splice(ctx.repo.reviewComments.indexOf(comment), 1);
      return { status: 204 };
    },
  },
};
