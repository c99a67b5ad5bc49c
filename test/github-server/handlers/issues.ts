// Issues, issue comments and labels. Pull requests are issues too (shared numbers, comments
// and labels), and the issue list includes them with a `pull_request` key, as on GitHub.
import { byId, byNumber, HttpError, json, notFound, paginate, validationFailed, type Ctx, type RouteDef } from '../context.js';
import type { IssueState } from '../state.js';

const ISSUES_WRITE = { repo: ['issues' as const], level: 'write' as const };
const ISSUES_READ = { repo: ['issues' as const], level: 'read' as const };
// Comments and labels on a pull request also accept the pull_requests permission.
const ISSUE_OR_PULL_WRITE = { repo: ['issues' as const, 'pull_requests' as const], level: 'write' as const };
const ISSUE_OR_PULL_READ = { repo: ['issues' as const, 'pull_requests' as const], level: 'read' as const };

type LabelInput = string | { name?: string };

function labelNames(input: unknown): string[] {
  const list = Array.isArray(input) ? input : input && typeof input === 'object' && 'labels' in input ? (input as { labels: unknown }).labels : [];
  return (Array.isArray(list) ? (list as LabelInput[]) : []).map((l) => (typeof l === 'string' ? l : String(l.name ?? ''))).filter((n) => n !== '');
}

function setLabels(ctx: Ctx, issue: IssueState, names: string[]): void {
  // Like GitHub for writers: unknown labels are created on the fly.
  issue.labels = [...new Set(names.map((n) => ctx.state.ensureLabel(ctx.repo, n).name))];
}

function touch(ctx: Ctx, issue: IssueState): void {
  issue.updatedAt = ctx.state.now();
}

export const issueRoutes: Record<string, RouteDef> = {
  'issues/create': {
    access: ISSUES_WRITE,
    handle(ctx) {
      const body = ctx.body as { title: string | number; body?: string | null; labels?: LabelInput[]; assignees?: string[]; assignee?: string | null };
      const issue = ctx.state.createIssue(ctx.repo, {
        title: String(body.title),
        body: body.body ?? null,
        user: ctx.actor,
        assignees: body.assignees ?? (body.assignee ? [body.assignee] : []),
        isPullRequest: false,
      });
      setLabels(ctx, issue, labelNames(body.labels ?? []));
      return json(201, ctx.render.issue(ctx.repo, issue), { location: `${ctx.render.api}/repos/${ctx.repo.fullName}/issues/${issue.number}` });
    },
  },

  'issues/get': {
    access: ISSUE_OR_PULL_READ,
    handle: (ctx) => json(200, ctx.render.issue(ctx.repo, byNumber(ctx.repo.issues, ctx.params.issue_number))),
  },

  'issues/update': {
    access: ISSUES_WRITE,
    handle(ctx) {
      const issue = byNumber(ctx.repo.issues, ctx.params.issue_number);
      const body = ctx.body as {
        title?: string | number | null;
        body?: string | null;
        state?: 'open' | 'closed';
        state_reason?: IssueState['stateReason'];
        labels?: LabelInput[];
        assignees?: string[];
      };
      const now = ctx.state.now();
      if (body.title !== undefined && body.title !== null) issue.title = String(body.title);
      if (body.body !== undefined) issue.body = body.body;
      if (body.labels !== undefined) setLabels(ctx, issue, labelNames(body.labels));
      if (body.assignees !== undefined) issue.assignees = body.assignees;
      if (body.state === 'closed' && issue.state === 'open') {
        Object.assign(issue, { state: 'closed', closedAt: now, closedBy: ctx.actor, stateReason: body.state_reason ?? 'completed' });
      } else if (body.state === 'open' && issue.state === 'closed') {
        Object.assign(issue, { state: 'open', closedAt: null, stateReason: 'reopened' });
      } else if (body.state_reason !== undefined) {
        if (issue.state === 'open' && body.state_reason !== 'reopened' && body.state_reason !== null) {
          throw validationFailed([{ resource: 'Issue', code: 'invalid', field: 'state_reason', message: `state_reason ${body.state_reason} needs state closed` }]);
        }
        issue.stateReason = body.state_reason;
      }
      issue.updatedAt = now;
      return json(200, ctx.render.issue(ctx.repo, issue));
    },
  },

  'issues/list-for-repo': {
    access: ISSUES_READ,
    handle(ctx) {
      const q = ctx.query as { state?: string; labels?: string; creator?: string; assignee?: string; sort?: string; direction?: string; since?: string };
      const want = (q.labels ?? '')
        .split(',')
        .map((l) => l.trim().toLowerCase())
        .filter((l) => l !== '');
      const state = q.state ?? 'open';
      let list = ctx.repo.issues.filter(
        (i) =>
          (state === 'all' || i.state === state) &&
          want.every((l) => i.labels.some((n) => n.toLowerCase() === l)) &&
          (q.creator === undefined || i.user.toLowerCase() === q.creator.toLowerCase()) &&
          (q.assignee === undefined ||
            (q.assignee === 'none' ? i.assignees.length === 0 : q.assignee === '*' ? i.assignees.length > 0 : i.assignees.includes(q.assignee))) &&
          (q.since === undefined || i.updatedAt >= q.since),
      );
      const key = q.sort === 'updated' ? 'updatedAt' : 'createdAt';
      const comments = (i: IssueState) => ctx.repo.comments.filter((c) => c.issueNumber === i.number).length;
      list = list.toSorted((a, b) =>
        q.sort === 'comments' ? comments(a) - comments(b) : a[key] === b[key] ? a.number - b.number : a[key] < b[key] ? -1 : 1,
      );
      if ((q.direction ?? 'desc') === 'desc') list = list.toReversed();
      const page = paginate(ctx, list);
      return json(200, page.items.map((i) => ctx.render.issue(ctx.repo, i)), page.headers);
    },
  },

  'issues/list-comments': {
    access: ISSUE_OR_PULL_READ,
    handle(ctx) {
      const issue = byNumber(ctx.repo.issues, ctx.params.issue_number);
      const since = ctx.query.since as string | undefined;
      const list = ctx.repo.comments.filter((c) => c.issueNumber === issue.number && (since === undefined || c.updatedAt >= since));
      const page = paginate(ctx, list);
      return json(200, page.items.map((c) => ctx.render.issueComment(ctx.repo, c)), page.headers);
    },
  },

  'issues/create-comment': {
    access: ISSUE_OR_PULL_WRITE,
    handle(ctx) {
      const issue = byNumber(ctx.repo.issues, ctx.params.issue_number);
      if (issue.locked) throw new HttpError(403, 'Unable to create comment because issue is locked.');
      const id = ctx.state.id();
      const now = ctx.state.now();
      const comment = { id, nodeId: ctx.state.nodeId('IC', id), issueNumber: issue.number, body: String(ctx.body.body), user: ctx.actor, createdAt: now, updatedAt: now };
      ctx.repo.comments.push(comment);
      touch(ctx, issue);
      const out = ctx.render.issueComment(ctx.repo, comment);
      return json(201, out, { location: String(out.url) });
    },
  },

  'issues/get-comment': {
    access: ISSUE_OR_PULL_READ,
    handle: (ctx) => json(200, ctx.render.issueComment(ctx.repo, byId(ctx.repo.comments, ctx.params.comment_id))),
  },

  'issues/update-comment': {
    access: ISSUE_OR_PULL_WRITE,
    handle(ctx) {
      const comment = byId(ctx.repo.comments, ctx.params.comment_id);
      comment.body = String(ctx.body.body);
      comment.updatedAt = ctx.state.now();
      return json(200, ctx.render.issueComment(ctx.repo, comment));
    },
  },

  'issues/delete-comment': {
    access: ISSUE_OR_PULL_WRITE,
    handle(ctx) {
      const comment = byId(ctx.repo.comments, ctx.params.comment_id);
      ctx.repo.comments.splice(ctx.repo.comments.indexOf(comment), 1);
      return { status: 204 };
    },
  },

  'issues/list-labels-for-repo': {
    access: ISSUES_READ,
    handle(ctx) {
      const page = paginate(ctx, ctx.repo.labels);
      return json(200, page.items.map((l) => ctx.render.label(ctx.repo, l)), page.headers);
    },
  },

  'issues/get-label': {
    access: ISSUES_READ,
    handle(ctx) {
      const name = String(ctx.params.name).toLowerCase();
      const label = ctx.repo.labels.find((l) => l.name.toLowerCase() === name);
      if (!label) throw notFound();
      return json(200, ctx.render.label(ctx.repo, label));
    },
  },

  'issues/create-label': {
    access: ISSUES_WRITE,
    handle(ctx) {
      const body = ctx.body as { name: string; color?: string; description?: string };
      if (ctx.repo.labels.some((l) => l.name.toLowerCase() === body.name.toLowerCase())) {
        throw validationFailed([{ resource: 'Label', code: 'already_exists', field: 'name' }]);
      }
      const color = (body.color ?? 'ededed').replace(/^#/, '');
      if (!/^[0-9a-fA-F]{6}$/.test(color)) throw validationFailed([{ resource: 'Label', code: 'invalid', field: 'color' }]);
      const label = ctx.state.ensureLabel(ctx.repo, body.name, { color: color.toLowerCase(), description: body.description ?? null });
      const out = ctx.render.label(ctx.repo, label);
      return json(201, out, { location: String(out.url) });
    },
  },

  'issues/list-labels-on-issue': {
    access: ISSUE_OR_PULL_READ,
    handle(ctx) {
      const issue = byNumber(ctx.repo.issues, ctx.params.issue_number);
      const labels = issue.labels.map((n) => ctx.state.ensureLabel(ctx.repo, n));
      const page = paginate(ctx, labels);
      return json(200, page.items.map((l) => ctx.render.label(ctx.repo, l)), page.headers);
    },
  },

  'issues/add-labels': {
    access: ISSUE_OR_PULL_WRITE,
    handle(ctx) {
      const issue = byNumber(ctx.repo.issues, ctx.params.issue_number);
      setLabels(ctx, issue, [...issue.labels, ...labelNames(ctx.body)]);
      touch(ctx, issue);
      return json(200, issue.labels.map((n) => ctx.render.label(ctx.repo, ctx.state.ensureLabel(ctx.repo, n))));
    },
  },

  'issues/remove-label': {
    access: ISSUE_OR_PULL_WRITE,
    handle(ctx) {
      const issue = byNumber(ctx.repo.issues, ctx.params.issue_number);
      const name = String(ctx.params.name).toLowerCase();
      const kept = issue.labels.filter((n) => n.toLowerCase() !== name);
      if (kept.length === issue.labels.length) throw new HttpError(404, 'Label does not exist');
      issue.labels = kept;
      touch(ctx, issue);
      return json(200, kept.map((n) => ctx.render.label(ctx.repo, ctx.state.ensureLabel(ctx.repo, n))));
    },
  },
};
