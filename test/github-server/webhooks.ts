// Webhook deliveries for tests of the App: payload builders that render from the server's
// state (so ids, numbers and URLs agree with the REST API) and GitHub's signature header.
// Payload shapes are checked against GitHub's webhook schemas in webhooks.test.ts.
import { createHmac, randomUUID } from 'node:crypto';
import { Renderer, changes, type Json } from './render.js';
import type { GitHubServer } from './server.js';
import type { IssueCommentState, RepoState } from './state.js';

/** `x-hub-signature-256` of `body` as GitHub computes it: `sha256=<hex HMAC>`. */
export function signPayload(secret: string, body: string | Buffer): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

export interface WebhookDelivery {
  /** `x-github-delivery` */
  id: string;
  /** `x-github-event`, e.g. `pull_request` */
  name: string;
  payload: Json;
  /** The exact bytes GitHub would POST (signed). */
  body: string;
  headers: Record<string, string>;
}

/** A delivery of `payload` as event `name`: body, signature and GitHub's headers. */
export function delivery(name: string, payload: Json, secret: string, options: { hookId?: number; appId?: number } = {}): WebhookDelivery {
  const body = JSON.stringify(payload);
  const id = randomUUID();
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'user-agent': 'GitHub-Hookshot/6f8d1a2',
    'x-github-delivery': id,
    'x-github-event': name,
    'x-github-hook-id': String(options.hookId ?? 1),
    'x-hub-signature-256': signPayload(secret, body),
  };
  if (options.appId !== undefined) {
    headers['x-github-hook-installation-target-id'] = String(options.appId);
    headers['x-github-hook-installation-target-type'] = 'integration';
  }
  return { id, name, payload, body, headers };
}

function renderer(server: GitHubServer): Renderer {
  return new Renderer(server.state, server.url, server.webUrl);
}

/** Fields every repository-scoped payload has: repository, sender, organization, installation. */
function envelope(server: GitHubServer, repo: RepoState, sender: string, installationId: number | undefined): Json {
  const r = renderer(server);
  const out: Json = { repository: r.repo(repo), sender: r.user(sender) };
  if (repo.owner.type === 'Organization') out.organization = organization(server, repo.owner.login);
  if (installationId !== undefined) {
    out.installation = { id: installationId, node_id: server.state.nodeId('MDIzOkludGVncmF0aW9uSW5zdGFsbGF0aW9u', installationId) };
  }
  return out;
}

function organization(server: GitHubServer, login: string): Json {
  const org = server.state.user(login, 'Organization');
  const url = `${server.url}/orgs/${login}`;
  return {
    login,
    id: org.id,
    node_id: org.nodeId,
    url,
    repos_url: `${url}/repos`,
    events_url: `${url}/events`,
    hooks_url: `${url}/hooks`,
    issues_url: `${url}/issues`,
    members_url: `${url}/members{/member}`,
    public_members_url: `${url}/public_members{/member}`,
    avatar_url: `https://avatars.githubusercontent.com/u/${org.id}?v=4`,
    description: null,
  };
}

export interface PullRequestEventOptions {
  repo: string | RepoState;
  number: number;
  action: 'opened' | 'synchronize' | 'closed' | 'reopened';
  installationId?: number;
  sender?: string;
  /** For `synchronize`: the head sha before the push. */
  before?: string;
}

/** `pull_request` payload for a pull request already in state (sync it first after pushes). */
export function pullRequestEvent(server: GitHubServer, o: PullRequestEventOptions): Json {
  const repo = server.state.repo(o.repo);
  const pull = server.state.syncPullRequest(repo, o.number);
  const issue = server.state.issue(repo, o.number);
  const payload: Json = {
    action: o.action,
    number: o.number,
    pull_request: renderer(server).pull(repo, pull, true),
    ...envelope(server, repo, o.sender ?? issue.user, o.installationId),
  };
  if (o.action === 'synchronize') {
    payload.before = o.before ?? pull.base.sha;
    payload.after = pull.head.sha;
  }
  return payload;
}

export interface PushEventOptions {
  repo: string | RepoState;
  /** Branch name (or a full `refs/heads/...`). */
  ref: string;
  /** Sha before the push (default: the first parent of `after`; 40 zeros for a new branch). */
  before?: string;
  /** Sha after the push (default: the branch tip). */
  after?: string;
  installationId?: number;
  pusher?: string;
}

/** `push` payload: the commits between `before` and `after` with added/removed/modified files. */
export function pushEvent(server: GitHubServer, o: PushEventOptions): Json {
  const { state } = server;
  const repo = state.repo(o.repo);
  const branch = o.ref.replace(/^refs\/heads\//, '');
  const after = o.after ?? repo.branches.get(branch);
  if (!after) throw new Error(`no branch ${branch} in ${repo.fullName}`);
  const before = o.before ?? repo.commits.get(after)?.parents[0] ?? '0'.repeat(40);
  const created = /^0+$/.test(before);
  const shas = created ? [after] : state.commitsBetween(repo, before, after);
  const pusher = o.pusher ?? repo.owner.login;
  const commit = (sha: string): Json => {
    const c = repo.commits.get(sha);
    if (!c) throw new Error(`no commit ${sha} in ${repo.fullName}`);
    const parent = c.parents[0] ? repo.commits.get(c.parents[0]) : undefined;
    const files = changes(parent, c);
    const person = { name: c.author.name, email: c.author.email, date: c.author.date, username: pusher };
    return {
      id: c.sha,
      tree_id: c.sha,
      distinct: true,
      message: c.message,
      timestamp: c.author.date,
      url: `${server.webUrl}/${repo.fullName}/commit/${c.sha}`,
      author: person,
      committer: person,
      added: files.filter((f) => f.status === 'added').map((f) => f.filename),
      removed: files.filter((f) => f.status === 'removed').map((f) => f.filename),
      modified: files.filter((f) => f.status === 'modified').map((f) => f.filename),
    };
  };
  const env = envelope(server, repo, pusher, o.installationId);
  const pushedAt = Math.floor(Date.parse(repo.commits.get(after)?.author.date ?? state.now()) / 1000);
  const createdAt = Math.floor(Date.parse(repo.createdAt) / 1000);
  // The push payload's repository uses unix timestamps and a few extra fields.
  env.repository = { ...(env.repository as Json), created_at: createdAt, pushed_at: pushedAt, stargazers: 0, master_branch: repo.defaultBranch };
  return {
    ref: `refs/heads/${branch}`,
    before,
    after,
    created,
    deleted: false,
    forced: false,
    base_ref: null,
    compare: `${server.webUrl}/${repo.fullName}/${created ? `commit/${after.slice(0, 12)}` : `compare/${before.slice(0, 12)}...${after.slice(0, 12)}`}`,
    commits: shas.map(commit),
    head_commit: commit(after),
    pusher: { name: pusher, email: `${pusher}@users.noreply.github.com` },
    ...env,
  };
}

export interface InstallationEventOptions {
  installationId: number;
  action: 'created' | 'deleted';
  sender?: string;
}

/** `installation` payload for an installation in state. */
export function installationEvent(server: GitHubServer, o: InstallationEventOptions): Json {
  const inst = server.state.installations.get(o.installationId);
  if (!inst) throw new Error(`no installation ${o.installationId}`);
  const r = renderer(server);
  return {
    action: o.action,
    installation: r.installation(inst),
    repositories: server.state.installationRepos(inst).map((repo) => ({
      id: repo.id,
      node_id: repo.nodeId,
      name: repo.name,
      full_name: repo.fullName,
      private: repo.private,
    })),
    requester: null,
    sender: r.user(o.sender ?? inst.account),
  };
}

export interface IssueCommentEventOptions {
  repo: string | RepoState;
  commentId: number;
  action: 'created' | 'edited';
  installationId?: number;
  /** For `edited`: the body before the edit. */
  previousBody?: string;
}

/** `issue_comment` payload for a comment in state (on an issue or a pull request). */
export function issueCommentEvent(server: GitHubServer, o: IssueCommentEventOptions): Json {
  const repo = server.state.repo(o.repo);
  const comment = repo.comments.find((c) => c.id === o.commentId) as IssueCommentState | undefined;
  if (!comment) throw new Error(`no comment ${o.commentId} in ${repo.fullName}`);
  const r = renderer(server);
  const issue = server.state.issue(repo, comment.issueNumber);
  const payload: Json = {
    action: o.action,
    issue: r.issue(repo, issue),
    comment: r.issueComment(repo, comment),
    ...envelope(server, repo, comment.user, o.installationId),
  };
  if (o.action === 'edited') payload.changes = { body: { from: o.previousBody ?? '' } };
  return payload;
}

export interface WorkflowRunEventOptions {
  repo: string | RepoState;
  runId: number;
  action: 'completed' | 'requested';
  /** Workflow name (default "shipshape"). */
  name?: string;
  headBranch?: string;
  headSha?: string;
  conclusion?: 'success' | 'failure' | 'cancelled' | 'skipped' | 'neutral' | 'timed_out' | 'action_required';
  /** Event that triggered the run (default pull_request). */
  event?: string;
  /** Numbers of the pull requests the run belongs to. */
  pullRequests?: number[];
  installationId?: number;
}

/** `workflow_run` payload: what the App hears when the Action's workflow finishes. */
export function workflowRunEvent(server: GitHubServer, o: WorkflowRunEventOptions): Json {
  const { state } = server;
  const repo = state.repo(o.repo);
  const r = renderer(server);
  const headBranch = o.headBranch ?? repo.defaultBranch;
  const headSha = o.headSha ?? repo.branches.get(headBranch) ?? '0'.repeat(40);
  const api = `${server.url}/repos/${repo.fullName}`;
  const name = o.name ?? 'shipshape';
  const workflowId = 100_000 + (repo.id % 1000);
  const now = state.now();
  const headCommit = repo.commits.get(headSha);
  const completed = o.action === 'completed';
  const minimalRepo = (x: RepoState): Json => {
    const full = r.repo(x);
    const keep = Object.keys(full).filter((k) => !['permissions', 'network_count', 'subscribers_count'].includes(k));
    return Object.fromEntries(keep.map((k) => [k, full[k]]));
  };
  const actor = r.user(repo.owner);
  return {
    action: o.action,
    workflow: {
      badge_url: `${server.webUrl}/${repo.fullName}/workflows/${name}/badge.svg`,
      created_at: repo.createdAt,
      html_url: `${server.webUrl}/${repo.fullName}/blob/${repo.defaultBranch}/.github/workflows/${name}.yml`,
      id: workflowId,
      name,
      node_id: state.nodeId('W', workflowId),
      path: `.github/workflows/${name}.yml`,
      state: 'active',
      updated_at: repo.createdAt,
      url: `${api}/actions/workflows/${workflowId}`,
    },
    workflow_run: {
      actor,
      artifacts_url: `${api}/actions/runs/${o.runId}/artifacts`,
      cancel_url: `${api}/actions/runs/${o.runId}/cancel`,
      check_suite_id: o.runId + 1,
      check_suite_node_id: state.nodeId('CS', o.runId + 1),
      check_suite_url: `${api}/check-suites/${o.runId + 1}`,
      conclusion: completed ? (o.conclusion ?? 'success') : null,
      created_at: now,
      display_title: headCommit?.message.split('\n')[0] ?? name,
      event: o.event ?? 'pull_request',
      head_branch: headBranch,
      head_commit: headCommit
        ? {
            author: { name: headCommit.author.name, email: headCommit.author.email },
            committer: { name: headCommit.author.name, email: headCommit.author.email },
            id: headCommit.sha,
            message: headCommit.message,
            timestamp: headCommit.author.date,
            tree_id: headCommit.sha,
          }
        : null,
      head_repository: minimalRepo(repo),
      head_sha: headSha,
      html_url: `${server.webUrl}/${repo.fullName}/actions/runs/${o.runId}`,
      id: o.runId,
      jobs_url: `${api}/actions/runs/${o.runId}/jobs`,
      logs_url: `${api}/actions/runs/${o.runId}/logs`,
      name,
      node_id: state.nodeId('WFR', o.runId),
      path: `.github/workflows/${name}.yml`,
      previous_attempt_url: null,
      pull_requests: (o.pullRequests ?? []).map((n) => r.pullMinimal(repo, state.pull(repo, n))),
      referenced_workflows: [],
      repository: minimalRepo(repo),
      rerun_url: `${api}/actions/runs/${o.runId}/rerun`,
      run_attempt: 1,
      run_number: o.runId % 1000,
      run_started_at: now,
      status: completed ? 'completed' : 'queued',
      triggering_actor: actor,
      updated_at: now,
      url: `${api}/actions/runs/${o.runId}`,
      workflow_id: workflowId,
      workflow_url: `${api}/actions/workflows/${workflowId}`,
    },
    ...envelope(server, repo, repo.owner.login, o.installationId),
  };
}
