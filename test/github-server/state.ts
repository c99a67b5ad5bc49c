// The in-memory world of the local GitHub server. Tests seed it with the helpers below
// and inspect it directly; handlers read and write the same objects.
import { createHash, randomBytes, type KeyObject } from 'node:crypto';

export type AccessLevel = 'read' | 'write' | 'admin';
export type PermissionName =
  | 'actions'
  | 'administration'
  | 'checks'
  | 'contents'
  | 'issues'
  | 'metadata'
  | 'organization_projects'
  | 'pull_requests'
  | 'repository_projects'
  | 'statuses';
export type Permissions = Partial<Record<PermissionName, AccessLevel>>;
export type RepoRole = 'admin' | 'maintain' | 'write' | 'triage' | 'read';

export interface UserState {
  id: number;
  nodeId: string;
  login: string;
  type: 'User' | 'Organization' | 'Bot';
}

export interface CommitState {
  sha: string;
  parents: string[];
  message: string;
  author: { name: string; email: string; date: string };
  /** The whole tree at this commit: path → content. */
  files: Map<string, Buffer>;
}

export interface IssueState {
  id: number;
  nodeId: string;
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  stateReason: 'completed' | 'not_planned' | 'reopened' | 'duplicate' | null;
  user: string;
  labels: string[];
  assignees: string[];
  locked: boolean;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  closedBy: string | null;
  /** Set when this issue number is a pull request. */
  isPullRequest: boolean;
}

export interface PullState {
  id: number;
  nodeId: string;
  number: number;
  head: { ref: string; sha: string };
  base: { ref: string; sha: string };
  draft: boolean;
  merged: boolean;
  mergedAt: string | null;
  mergedBy: string | null;
  mergeCommitSha: string | null;
}

export interface LabelState {
  id: number;
  nodeId: string;
  name: string;
  color: string;
  description: string | null;
  default: boolean;
}

export interface IssueCommentState {
  id: number;
  nodeId: string;
  issueNumber: number;
  body: string;
  user: string;
  createdAt: string;
  updatedAt: string;
}

export interface AnnotationState {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  message: string;
  title?: string;
  raw_details?: string;
}

export interface CheckRunState {
  id: number;
  nodeId: string;
  name: string;
  headSha: string;
  status: string;
  conclusion: string | null;
  startedAt: string | null;
  completedAt: string | null;
  externalId: string | null;
  detailsUrl: string | null;
  appId: number | null;
  checkSuiteId: number;
  output: { title: string | null; summary: string | null; text: string | null; annotations: AnnotationState[] };
  /** How many times the run was updated (PATCH). */
  updates: number;
}

export interface ReviewState {
  id: number;
  nodeId: string;
  pullNumber: number;
  user: string;
  body: string;
  state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'PENDING';
  commitId: string;
  submittedAt: string | null;
}

export interface ReviewCommentState {
  id: number;
  nodeId: string;
  reviewId: number | null;
  pullNumber: number;
  path: string;
  line: number | null;
  side: 'LEFT' | 'RIGHT';
  startLine: number | null;
  startSide: 'LEFT' | 'RIGHT' | null;
  position: number | null;
  diffHunk: string;
  body: string;
  user: string;
  commitId: string;
  createdAt: string;
  updatedAt: string;
}

export interface ArtifactState {
  id: number;
  nodeId: string;
  name: string;
  runId: number;
  headSha: string;
  headBranch: string;
  files: Map<string, Buffer>;
  createdAt: string;
  expiresAt: string;
  expired: boolean;
}

export interface RepoState {
  id: number;
  nodeId: string;
  owner: UserState;
  name: string;
  fullName: string;
  private: boolean;
  description: string | null;
  defaultBranch: string;
  createdAt: string;
  /** When set, returned as `permissions` on GET /repos/{o}/{r} whoever asks. */
  permissions: { admin: boolean; maintain: boolean; push: boolean; triage: boolean; pull: boolean } | null;
  branches: Map<string, string>;
  commits: Map<string, CommitState>;
  issues: IssueState[];
  pulls: PullState[];
  labels: LabelState[];
  comments: IssueCommentState[];
  checkRuns: CheckRunState[];
  reviews: ReviewState[];
  reviewComments: ReviewCommentState[];
  collaborators: Map<string, RepoRole>;
  artifacts: ArtifactState[];
  nextNumber: number;
}

export interface AppState {
  id: number;
  nodeId: string;
  slug: string;
  name: string;
  owner: string;
  /** PEM or KeyObject of the app's RSA public key: app JWTs are verified with it. */
  publicKey: KeyObject | string;
  permissions: Permissions;
  events: string[];
  createdAt: string;
}

export interface InstallationState {
  id: number;
  appId: number;
  account: string;
  /** 'all' = every repository of the account. */
  repositories: string[] | 'all';
  permissions: Permissions;
  events: string[];
  createdAt: string;
  suspendedAt: string | null;
}

export interface TokenState {
  token: string;
  /**
   * installation: an app installation token (incl. ones minted by the server);
   * actions: a workflow's GITHUB_TOKEN (github-actions[bot]); user: a personal access token.
   */
  kind: 'installation' | 'actions' | 'user';
  /** The actor that writes appear under. */
  login: string;
  permissions: Permissions;
  /** Full names the token can reach; 'all' = every repository (of the installation's account). */
  repositories: string[] | 'all';
  installationId: number | null;
  appId: number | null;
  expiresAt: string | null;
}

export interface ProjectFieldState {
  id: string;
  name: string;
  dataType: 'SINGLE_SELECT' | 'TEXT' | 'TITLE' | 'NUMBER' | 'DATE';
  options: Array<{ id: string; name: string; color: string }>;
}

export interface ProjectItemState {
  id: string;
  /** Node id of the issue or pull request. */
  contentId: string;
  /** field id → single-select option id (or text/number value). */
  fieldValues: Map<string, string | number>;
}

export interface ProjectState {
  id: string;
  number: number;
  owner: string;
  title: string;
  closed: boolean;
  fields: ProjectFieldState[];
  items: ProjectItemState[];
}

export interface RateLimitBucket {
  limit: number;
  used: number;
  reset: number;
}

export interface RepoSeed {
  owner: string;
  name: string;
  ownerType?: 'User' | 'Organization';
  private?: boolean;
  defaultBranch?: string;
  description?: string | null;
  permissions?: RepoState['permissions'];
  /** Files of the first commit on the default branch. */
  files?: Record<string, string | Buffer>;
}

export type RepoRef = string | RepoState;

export class NotFound extends Error {}

export const GITHUB_ACTIONS_APP_ID = 15368;

/** Git's blob id of `content`: the `sha` GitHub reports for a file. */
export function blobSha(content: Buffer): string {
  return createHash('sha1').update(`blob ${content.length}\u0000`).update(content).digest('hex');
}

export class State {
  readonly users = new Map<string, UserState>();
  readonly repos = new Map<string, RepoState>();
  readonly tokens = new Map<string, TokenState>();
  readonly apps = new Map<number, AppState>();
  readonly installations = new Map<number, InstallationState>();
  readonly projects: ProjectState[] = [];
  readonly rateLimits = new Map<string, RateLimitBucket>();
  private nextId = 1000;
  private readonly clock: () => Date;

  constructor(clock: () => Date = () => new Date()) {
    this.clock = clock;
  }

  now(): string {
    return this.clock().toISOString().replace(/\.\d{3}Z$/, 'Z');
  }

  id(): number {
    return ++this.nextId;
  }

  nodeId(prefix: string, id: number): string {
    return `${prefix}_kwDO${Buffer.from(`shipshape:${id}`).toString('base64url')}`;
  }

  // ------------------------------------------------------------------ users

  /** The user (or org, or bot) named `login`, created on first use. */
  user(login: string, type?: UserState['type']): UserState {
    let u = this.users.get(login.toLowerCase());
    if (!u) {
      const id = this.id();
      const t = type ?? (login.endsWith('[bot]') ? 'Bot' : 'User');
      u = { id, nodeId: this.nodeId(t === 'Organization' ? 'O' : t === 'Bot' ? 'BOT' : 'U', id), login, type: t };
      this.users.set(login.toLowerCase(), u);
    } else if (type && u.type !== type) {
      u.type = type;
    }
    return u;
  }

  // ------------------------------------------------------------------ repositories

  addRepo(seed: RepoSeed): RepoState {
    const owner = this.user(seed.owner, seed.ownerType ?? 'User');
    const fullName = `${owner.login}/${seed.name}`;
    if (this.repos.has(fullName.toLowerCase())) throw new Error(`repository ${fullName} already exists`);
    const id = this.id();
    const repo: RepoState = {
      id,
      nodeId: this.nodeId('R', id),
      owner,
      name: seed.name,
      fullName,
      private: seed.private ?? false,
      description: seed.description ?? null,
      defaultBranch: seed.defaultBranch ?? 'main',
      createdAt: this.now(),
      permissions: seed.permissions ?? null,
      branches: new Map(),
      commits: new Map(),
      issues: [],
      pulls: [],
      labels: [],
      comments: [],
      checkRuns: [],
      reviews: [],
      reviewComments: [],
      collaborators: new Map([[owner.login.toLowerCase(), 'admin']]),
      artifacts: [],
      nextNumber: 1,
    };
    this.repos.set(fullName.toLowerCase(), repo);
    if (seed.files) this.commit(repo, { files: seed.files, message: 'Initial commit' });
    return repo;
  }

  repo(ref: RepoRef): RepoState {
    if (typeof ref !== 'string') return ref;
    const repo = this.repos.get(ref.toLowerCase());
    if (!repo) throw new NotFound(`no repository ${ref}`);
    return repo;
  }

  findRepo(owner: string, name: string): RepoState | undefined {
    return this.repos.get(`${owner}/${name}`.toLowerCase());
  }

  setCollaborator(ref: RepoRef, login: string, role: RepoRole): void {
    this.user(login);
    this.repo(ref).collaborators.set(login.toLowerCase(), role);
  }

  /**
   * Adds a commit on `branch` (default: the default branch; created from `from` or the default
   * branch's tip when new). `files` change the parent's tree; a null value deletes a path.
   * Returns the new commit's sha.
   */
  commit(
    ref: RepoRef,
    opts: {
      branch?: string;
      from?: string;
      files: Record<string, string | Buffer | null>;
      message?: string;
      author?: { name: string; email: string };
      parents?: string[];
    },
  ): string {
    const repo = this.repo(ref);
    const branch = opts.branch ?? repo.defaultBranch;
    const parents =
      opts.parents ??
      (() => {
        const tip = repo.branches.get(branch) ?? (opts.from ? this.resolveRef(repo, opts.from) : repo.branches.get(repo.defaultBranch));
        return tip ? [tip] : [];
      })();
    const parentCommit = parents[0] ? repo.commits.get(parents[0]) : undefined;
    const files = new Map(parentCommit?.files ?? []);
    for (const [path, content] of Object.entries(opts.files)) {
      if (content === null) files.delete(path);
      else files.set(path, Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8'));
    }
    const message = opts.message ?? `Update ${Object.keys(opts.files).join(', ')}`;
    const date = this.now();
    const author = { name: opts.author?.name ?? 'Octo Cat', email: opts.author?.email ?? 'octocat@example.com', date };
    const hash = createHash('sha1');
    hash.update(`${parents.join(',')}\n${message}\n${date}\n${this.id()}\n`);
    for (const [path, content] of [...files].toSorted(([a], [b]) => (a < b ? -1 : 1))) hash.update(`${path}\u0000${blobSha(content)}\n`);
    const sha = hash.digest('hex');
    repo.commits.set(sha, { sha, parents, message, author, files });
    repo.branches.set(branch, sha);
    return sha;
  }

  /** A branch name, full sha, short sha (≥ 7) or `refs/heads/x` → commit sha; undefined if none. */
  resolveRef(ref: RepoRef, name: string): string | undefined {
    const repo = this.repo(ref);
    const branch = name.replace(/^refs\/heads\//, '').replace(/^heads\//, '');
    const tip = repo.branches.get(branch);
    if (tip) return tip;
    if (repo.commits.has(name)) return name;
    if (/^[0-9a-f]{7,39}$/.test(name)) {
      const matches = [...repo.commits.keys()].filter((sha) => sha.startsWith(name));
      if (matches.length === 1) return matches[0];
    }
    return undefined;
  }

  // ------------------------------------------------------------------ issues and pull requests

  addIssue(
    ref: RepoRef,
    seed: { title: string; body?: string | null; user?: string; labels?: string[]; assignees?: string[]; state?: 'open' | 'closed' },
  ): IssueState {
    const repo = this.repo(ref);
    return this.createIssue(repo, { ...seed, isPullRequest: false });
  }

  createIssue(
    repo: RepoState,
    seed: { title: string; body?: string | null; user?: string; labels?: string[]; assignees?: string[]; state?: 'open' | 'closed'; isPullRequest: boolean },
  ): IssueState {
    const id = this.id();
    const now = this.now();
    const user = this.user(seed.user ?? 'octocat').login;
    const closed = seed.state === 'closed';
    const issue: IssueState = {
      id,
      nodeId: this.nodeId(seed.isPullRequest ? 'PR' : 'I', id),
      number: repo.nextNumber++,
      title: seed.title,
      body: seed.body ?? null,
      state: closed ? 'closed' : 'open',
      stateReason: closed ? 'completed' : null,
      user,
      labels: (seed.labels ?? []).map((n) => this.ensureLabel(repo, n).name),
      assignees: seed.assignees ?? [],
      locked: false,
      createdAt: now,
      updatedAt: now,
      closedAt: closed ? now : null,
      closedBy: closed ? user : null,
      isPullRequest: seed.isPullRequest,
    };
    repo.issues.push(issue);
    return issue;
  }

  issue(ref: RepoRef, number: number): IssueState {
    const issue = this.repo(ref).issues.find((i) => i.number === number);
    if (!issue) throw new NotFound(`no issue #${number} in ${this.repo(ref).fullName}`);
    return issue;
  }

  /** A pull request from branch `head` into `base` (default branch); both branches must exist. */
  addPullRequest(
    ref: RepoRef,
    seed: { title: string; head: string; base?: string; body?: string | null; user?: string; draft?: boolean; labels?: string[] },
  ): { issue: IssueState; pull: PullState } {
    const repo = this.repo(ref);
    const baseRef = seed.base ?? repo.defaultBranch;
    const headSha = repo.branches.get(seed.head);
    const baseSha = repo.branches.get(baseRef);
    if (!headSha) throw new Error(`no branch ${seed.head} in ${repo.fullName}`);
    if (!baseSha) throw new Error(`no branch ${baseRef} in ${repo.fullName}`);
    const issue = this.createIssue(repo, { ...seed, isPullRequest: true });
    const pull: PullState = {
      id: this.id(),
      nodeId: issue.nodeId,
      number: issue.number,
      head: { ref: seed.head, sha: headSha },
      base: { ref: baseRef, sha: baseSha },
      draft: seed.draft ?? false,
      merged: false,
      mergedAt: null,
      mergedBy: null,
      mergeCommitSha: null,
    };
    repo.pulls.push(pull);
    return { issue, pull };
  }

  pull(ref: RepoRef, number: number): PullState {
    const pull = this.repo(ref).pulls.find((p) => p.number === number);
    if (!pull) throw new NotFound(`no pull request #${number} in ${this.repo(ref).fullName}`);
    return pull;
  }

  /** Refreshes a pull request's head sha after commits were pushed to its branch. */
  syncPullRequest(ref: RepoRef, number: number): PullState {
    const repo = this.repo(ref);
    const pull = this.pull(repo, number);
    pull.head.sha = repo.branches.get(pull.head.ref) ?? pull.head.sha;
    pull.base.sha = repo.branches.get(pull.base.ref) ?? pull.base.sha;
    return pull;
  }

  /** Squash-merges a pull request: one commit on the base branch with the head's changes. */
  mergePullRequest(ref: RepoRef, number: number, opts: { mergedBy?: string } = {}): string {
    const repo = this.repo(ref);
    const pull = this.syncPullRequest(repo, number);
    const issue = this.issue(repo, number);
    const mergeBase = this.mergeBase(repo, pull.base.sha, pull.head.sha);
    const baseFiles = mergeBase ? (repo.commits.get(mergeBase)?.files ?? new Map<string, Buffer>()) : new Map<string, Buffer>();
    const headFiles = (repo.commits.get(pull.head.sha) as CommitState).files;
    const changes: Record<string, Buffer | null> = {};
    for (const [path, content] of headFiles) if (!baseFiles.get(path)?.equals(content)) changes[path] = content;
    for (const path of baseFiles.keys()) if (!headFiles.has(path)) changes[path] = null;
    const sha = this.commit(repo, { branch: pull.base.ref, files: changes, message: `${issue.title} (#${number})` });
    const now = this.now();
    Object.assign(pull, { merged: true, mergedAt: now, mergedBy: opts.mergedBy ?? issue.user, mergeCommitSha: sha });
    Object.assign(issue, { state: 'closed', closedAt: now, closedBy: opts.mergedBy ?? issue.user, updatedAt: now });
    return sha;
  }

  /** Commits reachable from `sha` (itself first), breadth-first. */
  ancestors(ref: RepoRef, sha: string): string[] {
    const repo = this.repo(ref);
    const seen = new Set<string>();
    const order: string[] = [];
    const queue = [sha];
    while (queue.length > 0) {
      const s = queue.shift() as string;
      if (seen.has(s)) continue;
      seen.add(s);
      order.push(s);
      queue.push(...(repo.commits.get(s)?.parents ?? []));
    }
    return order;
  }

  mergeBase(ref: RepoRef, a: string, b: string): string | null {
    const ofA = new Set(this.ancestors(ref, a));
    return this.ancestors(ref, b).find((s) => ofA.has(s)) ?? null;
  }

  /** Commits in `head` that are not in `base`, oldest first. */
  commitsBetween(ref: RepoRef, base: string, head: string): string[] {
    const ofBase = new Set(this.ancestors(ref, base));
    return this.ancestors(ref, head)
      .filter((s) => !ofBase.has(s))
      .toReversed();
  }

  // ------------------------------------------------------------------ labels

  ensureLabel(ref: RepoRef, name: string, seed: { color?: string; description?: string | null } = {}): LabelState {
    const repo = this.repo(ref);
    const existing = repo.labels.find((l) => l.name.toLowerCase() === name.toLowerCase());
    if (existing) return existing;
    const id = this.id();
    const label: LabelState = {
      id,
      nodeId: this.nodeId('LA', id),
      name,
      color: seed.color ?? 'ededed',
      description: seed.description ?? null,
      default: false,
    };
    repo.labels.push(label);
    return label;
  }

  // ------------------------------------------------------------------ actions artifacts

  addArtifact(
    ref: RepoRef,
    seed: { runId: number; name: string; files: Record<string, string | Buffer>; headSha?: string; headBranch?: string; expired?: boolean },
  ): ArtifactState {
    const repo = this.repo(ref);
    const id = this.id();
    const created = this.clock();
    const artifact: ArtifactState = {
      id,
      nodeId: this.nodeId('MDg6QXJ0aWZhY3Q', id),
      name: seed.name,
      runId: seed.runId,
      headSha: seed.headSha ?? repo.branches.get(repo.defaultBranch) ?? '0'.repeat(40),
      headBranch: seed.headBranch ?? repo.defaultBranch,
      files: new Map(Object.entries(seed.files).map(([p, c]) => [p, Buffer.isBuffer(c) ? c : Buffer.from(c, 'utf8')])),
      createdAt: this.now(),
      expiresAt: new Date(created.getTime() + 90 * 86_400_000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
      expired: seed.expired ?? false,
    };
    repo.artifacts.push(artifact);
    return artifact;
  }

  // ------------------------------------------------------------------ apps, installations, tokens

  addApp(seed: { id?: number; slug: string; name?: string; owner?: string; publicKey: KeyObject | string; permissions?: Permissions; events?: string[] }): AppState {
    const id = seed.id ?? this.id();
    const app: AppState = {
      id,
      nodeId: this.nodeId('A', id),
      slug: seed.slug,
      name: seed.name ?? seed.slug,
      owner: seed.owner ?? 'octocat',
      publicKey: seed.publicKey,
      permissions: seed.permissions ?? { metadata: 'read', issues: 'write', checks: 'write', pull_requests: 'write', contents: 'read' },
      events: seed.events ?? ['issues', 'pull_request', 'push'],
      createdAt: this.now(),
    };
    this.user(seed.owner ?? 'octocat');
    this.user(`${seed.slug}[bot]`, 'Bot');
    this.apps.set(id, app);
    return app;
  }

  addInstallation(seed: { id?: number; appId: number; account: string; accountType?: 'User' | 'Organization'; repositories?: string[] | 'all'; permissions?: Permissions; events?: string[] }): InstallationState {
    const app = this.apps.get(seed.appId);
    if (!app) throw new Error(`no app ${seed.appId}`);
    this.user(seed.account, seed.accountType);
    const installation: InstallationState = {
      id: seed.id ?? this.id(),
      appId: seed.appId,
      account: seed.account,
      repositories: seed.repositories ?? 'all',
      permissions: seed.permissions ?? app.permissions,
      events: seed.events ?? app.events,
      createdAt: this.now(),
      suspendedAt: null,
    };
    this.installations.set(installation.id, installation);
    return installation;
  }

  /** Registers a token; returns its string. Defaults: a user token with access to everything. */
  addToken(seed: Partial<TokenState> & { permissions: Permissions }): string {
    const token = seed.token ?? `ghs_${randomBytes(18).toString('base64url')}`;
    const kind = seed.kind ?? 'user';
    const login = seed.login ?? (kind === 'actions' ? 'github-actions[bot]' : 'octocat');
    this.user(login);
    this.tokens.set(token, {
      token,
      kind,
      login,
      permissions: seed.permissions,
      repositories: seed.repositories ?? 'all',
      installationId: seed.installationId ?? null,
      appId: seed.appId ?? (kind === 'actions' ? GITHUB_ACTIONS_APP_ID : null),
      expiresAt: seed.expiresAt ?? null,
    });
    return token;
  }

  /** Repositories an installation can reach. */
  installationRepos(installation: InstallationState): RepoState[] {
    return [...this.repos.values()].filter((r) =>
      installation.repositories === 'all'
        ? r.owner.login.toLowerCase() === installation.account.toLowerCase()
        : installation.repositories.some((n) => n.toLowerCase() === r.fullName.toLowerCase()),
    );
  }

  // ------------------------------------------------------------------ projects (v2)

  addProject(seed: {
    owner: string;
    ownerType?: 'User' | 'Organization';
    number?: number;
    title?: string;
    fields?: Array<{ name: string; options: string[] }>;
  }): ProjectState {
    this.user(seed.owner, seed.ownerType ?? 'Organization');
    const number = seed.number ?? this.projects.filter((p) => p.owner === seed.owner).length + 1;
    const id = this.id();
    const fieldSeeds = seed.fields ?? [{ name: 'Status', options: ['Todo', 'In Progress', 'Done'] }];
    const colors = ['GRAY', 'BLUE', 'GREEN', 'YELLOW', 'ORANGE', 'RED', 'PINK', 'PURPLE'];
    const fields: ProjectFieldState[] = [
      { id: `PVTF_${Buffer.from(`title:${id}`).toString('base64url')}`, name: 'Title', dataType: 'TITLE', options: [] },
      ...fieldSeeds.map((f, i) => ({
        id: `PVTSSF_${Buffer.from(`field:${id}:${i}`).toString('base64url')}`,
        name: f.name,
        dataType: 'SINGLE_SELECT' as const,
        options: f.options.map((name, j) => ({ id: createHash('sha1').update(`${id}:${i}:${j}`).digest('hex').slice(0, 8), name, color: colors[j % colors.length] as string })),
      })),
    ];
    const project: ProjectState = {
      id: `PVT_kwDO${Buffer.from(`project:${id}`).toString('base64url')}`,
      number,
      owner: seed.owner,
      title: seed.title ?? `Project ${number}`,
      closed: false,
      fields,
      items: [],
    };
    this.projects.push(project);
    return project;
  }

  /** The issue or pull request with GraphQL node id `nodeId`. */
  contentByNodeId(nodeId: string): { repo: RepoState; issue: IssueState } | undefined {
    for (const repo of this.repos.values()) {
      const issue = repo.issues.find((i) => i.nodeId === nodeId);
      if (issue) return { repo, issue };
    }
    return undefined;
  }
}
