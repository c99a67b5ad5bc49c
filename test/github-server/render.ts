// Builders of GitHub-shaped response bodies from state. Field names and nesting follow
// GitHub's REST description; the server checks its own responses against it in tests.
import { diffFiles, type FileDiff } from './diff.js';
import {
  blobSha,
  GITHUB_ACTIONS_APP_ID,
  type AppState,
  type ArtifactState,
  type CheckRunState,
  type CommitState,
  type InstallationState,
  type IssueCommentState,
  type IssueState,
  type LabelState,
  type Permissions,
  type PullState,
  type RepoState,
  type ReviewCommentState,
  type ReviewState,
  type State,
  type UserState,
} from './state.js';

export type Json = Record<string, unknown>;

export interface FileChange {
  filename: string;
  status: 'added' | 'removed' | 'modified';
  sha: string;
  diff: FileDiff;
}

export class Renderer {
  constructor(
    readonly state: State,
    /** API base, e.g. http://127.0.0.1:1234 */
    readonly api: string,
    /** Web base for html_url fields, e.g. https://github.com */
    readonly web: string,
  ) {}

  user(login: string | UserState): Json {
    const u = typeof login === 'string' ? this.state.user(login) : login;
    const url = `${this.api}/users/${encodeURIComponent(u.login)}`;
    return {
      login: u.login,
      id: u.id,
      node_id: u.nodeId,
      avatar_url: `https://avatars.githubusercontent.com/u/${u.id}?v=4`,
      gravatar_id: '',
      url,
      html_url: `${this.web}/${u.type === 'Bot' ? `apps/${u.login.replace(/\[bot\]$/, '')}` : encodeURIComponent(u.login)}`,
      followers_url: `${url}/followers`,
      following_url: `${url}/following{/other_user}`,
      gists_url: `${url}/gists{/gist_id}`,
      starred_url: `${url}/starred{/owner}{/repo}`,
      subscriptions_url: `${url}/subscriptions`,
      organizations_url: `${url}/orgs`,
      repos_url: `${url}/repos`,
      events_url: `${url}/events{/privacy}`,
      received_events_url: `${url}/received_events`,
      type: u.type,
      user_view_type: 'public',
      site_admin: false,
    };
  }

  repo(repo: RepoState, permissions?: Json | null): Json {
    const url = `${this.api}/repos/${repo.fullName}`;
    const html = `${this.web}/${repo.fullName}`;
    const openIssues = repo.issues.filter((i) => i.state === 'open').length;
    const pushedAt = repo.commits.size > 0 ? [...repo.commits.values()].at(-1)?.author.date : repo.createdAt;
    const out: Json = {
      id: repo.id,
      node_id: repo.nodeId,
      name: repo.name,
      full_name: repo.fullName,
      private: repo.private,
      owner: this.user(repo.owner),
      html_url: html,
      description: repo.description,
      fork: false,
      url,
      archive_url: `${url}/{archive_format}{/ref}`,
      assignees_url: `${url}/assignees{/user}`,
      blobs_url: `${url}/git/blobs{/sha}`,
      branches_url: `${url}/branches{/branch}`,
      collaborators_url: `${url}/collaborators{/collaborator}`,
      comments_url: `${url}/comments{/number}`,
      commits_url: `${url}/commits{/sha}`,
      compare_url: `${url}/compare/{base}...{head}`,
      contents_url: `${url}/contents/{+path}`,
      contributors_url: `${url}/contributors`,
      deployments_url: `${url}/deployments`,
      downloads_url: `${url}/downloads`,
      events_url: `${url}/events`,
      forks_url: `${url}/forks`,
      git_commits_url: `${url}/git/commits{/sha}`,
      git_refs_url: `${url}/git/refs{/sha}`,
      git_tags_url: `${url}/git/tags{/sha}`,
      git_url: `git://github.com/${repo.fullName}.git`,
      issue_comment_url: `${url}/issues/comments{/number}`,
      issue_events_url: `${url}/issues/events{/number}`,
      issues_url: `${url}/issues{/number}`,
      keys_url: `${url}/keys{/key_id}`,
      labels_url: `${url}/labels{/name}`,
      languages_url: `${url}/languages`,
      merges_url: `${url}/merges`,
      milestones_url: `${url}/milestones{/number}`,
      notifications_url: `${url}/notifications{?since,all,participating}`,
      pulls_url: `${url}/pulls{/number}`,
      releases_url: `${url}/releases{/id}`,
      ssh_url: `git@github.com:${repo.fullName}.git`,
      stargazers_url: `${url}/stargazers`,
      statuses_url: `${url}/statuses/{sha}`,
      subscribers_url: `${url}/subscribers`,
      subscription_url: `${url}/subscription`,
      tags_url: `${url}/tags`,
      teams_url: `${url}/teams`,
      trees_url: `${url}/git/trees{/sha}`,
      clone_url: `${html}.git`,
      mirror_url: null,
      hooks_url: `${url}/hooks`,
      svn_url: html,
      homepage: null,
      language: null,
      forks_count: 0,
      forks: 0,
      stargazers_count: 0,
      watchers_count: 0,
      watchers: 0,
      size: 0,
      default_branch: repo.defaultBranch,
      open_issues_count: openIssues,
      open_issues: openIssues,
      is_template: false,
      topics: [],
      has_issues: true,
      has_projects: true,
      has_wiki: true,
      has_pages: false,
      has_downloads: true,
      has_discussions: false,
      archived: false,
      disabled: false,
      visibility: repo.private ? 'private' : 'public',
      pushed_at: pushedAt,
      created_at: repo.createdAt,
      updated_at: repo.createdAt,
      allow_forking: true,
      web_commit_signoff_required: false,
      license: null,
      network_count: 0,
      subscribers_count: 0,
    };
    if (permissions) out.permissions = permissions;
    return out;
  }

  label(repo: RepoState, label: LabelState): Json {
    return {
      id: label.id,
      node_id: label.nodeId,
      url: `${this.api}/repos/${repo.fullName}/labels/${encodeURIComponent(label.name)}`,
      name: label.name,
      color: label.color,
      default: label.default,
      description: label.description,
    };
  }

  private labelsOf(repo: RepoState, names: string[]): Json[] {
    return names
      .map((n) => repo.labels.find((l) => l.name === n))
      .filter((l): l is LabelState => l !== undefined)
      .map((l) => this.label(repo, l));
  }

  authorAssociation(repo: RepoState, login: string): string {
    if (login.toLowerCase() === repo.owner.login.toLowerCase()) return 'OWNER';
    if (repo.collaborators.has(login.toLowerCase())) return 'COLLABORATOR';
    return 'NONE';
  }

  issue(repo: RepoState, issue: IssueState): Json {
    const url = `${this.api}/repos/${repo.fullName}/issues/${issue.number}`;
    const pull = issue.isPullRequest ? repo.pulls.find((p) => p.number === issue.number) : undefined;
    const out: Json = {
      url,
      repository_url: `${this.api}/repos/${repo.fullName}`,
      labels_url: `${url}/labels{/name}`,
      comments_url: `${url}/comments`,
      events_url: `${url}/events`,
      html_url: `${this.web}/${repo.fullName}/${issue.isPullRequest ? 'pull' : 'issues'}/${issue.number}`,
      id: issue.id,
      node_id: issue.nodeId,
      number: issue.number,
      title: issue.title,
      user: this.user(issue.user),
      labels: this.labelsOf(repo, issue.labels),
      state: issue.state,
      locked: issue.locked,
      assignee: issue.assignees[0] ? this.user(issue.assignees[0]) : null,
      assignees: issue.assignees.map((a) => this.user(a)),
      milestone: null,
      comments: repo.comments.filter((c) => c.issueNumber === issue.number).length,
      created_at: issue.createdAt,
      updated_at: issue.updatedAt,
      closed_at: issue.closedAt,
      closed_by: issue.closedBy ? this.user(issue.closedBy) : null,
      author_association: this.authorAssociation(repo, issue.user),
      active_lock_reason: null,
      body: issue.body,
      reactions: this.reactions(`${url}/reactions`),
      timeline_url: `${url}/timeline`,
      performed_via_github_app: null,
      state_reason: issue.stateReason,
    };
    if (pull) {
      out.draft = pull.draft;
      out.pull_request = {
        url: `${this.api}/repos/${repo.fullName}/pulls/${issue.number}`,
        html_url: `${this.web}/${repo.fullName}/pull/${issue.number}`,
        diff_url: `${this.web}/${repo.fullName}/pull/${issue.number}.diff`,
        patch_url: `${this.web}/${repo.fullName}/pull/${issue.number}.patch`,
        merged_at: pull.mergedAt,
      };
    }
    return out;
  }

  private reactions(url: string): Json {
    return { url, total_count: 0, '+1': 0, '-1': 0, laugh: 0, hooray: 0, confused: 0, heart: 0, rocket: 0, eyes: 0 };
  }

  issueComment(repo: RepoState, comment: IssueCommentState): Json {
    const issue = repo.issues.find((i) => i.number === comment.issueNumber);
    return {
      url: `${this.api}/repos/${repo.fullName}/issues/comments/${comment.id}`,
      html_url: `${this.web}/${repo.fullName}/${issue?.isPullRequest ? 'pull' : 'issues'}/${comment.issueNumber}#issuecomment-${comment.id}`,
      issue_url: `${this.api}/repos/${repo.fullName}/issues/${comment.issueNumber}`,
      id: comment.id,
      node_id: comment.nodeId,
      user: this.user(comment.user),
      created_at: comment.createdAt,
      updated_at: comment.updatedAt,
      author_association: this.authorAssociation(repo, comment.user),
      body: comment.body,
      reactions: this.reactions(`${this.api}/repos/${repo.fullName}/issues/comments/${comment.id}/reactions`),
      performed_via_github_app: null,
    };
  }

  private pullBranch(repo: RepoState, side: { ref: string; sha: string }): Json {
    return { label: `${repo.owner.login}:${side.ref}`, ref: side.ref, sha: side.sha, user: this.user(repo.owner), repo: this.repo(repo) };
  }

  private pullLinks(repo: RepoState, number: number): Json {
    const api = `${this.api}/repos/${repo.fullName}`;
    return {
      self: { href: `${api}/pulls/${number}` },
      html: { href: `${this.web}/${repo.fullName}/pull/${number}` },
      issue: { href: `${api}/issues/${number}` },
      comments: { href: `${api}/issues/${number}/comments` },
      review_comments: { href: `${api}/pulls/${number}/comments` },
      review_comment: { href: `${api}/pulls/comments{/number}` },
      commits: { href: `${api}/pulls/${number}/commits` },
      statuses: { href: `${api}/statuses/${this.currentHead(repo, number)}` },
    };
  }

  private currentHead(repo: RepoState, number: number): string {
    return repo.pulls.find((p) => p.number === number)?.head.sha ?? '';
  }

  /** `pull-request-simple` (lists); `full` adds the counters of `pull-request` (GET one). */
  pull(repo: RepoState, pull: PullState, full: boolean): Json {
    const issue = this.state.issue(repo, pull.number);
    const api = `${this.api}/repos/${repo.fullName}`;
    const out: Json = {
      url: `${api}/pulls/${pull.number}`,
      id: pull.id,
      node_id: pull.nodeId,
      html_url: `${this.web}/${repo.fullName}/pull/${pull.number}`,
      diff_url: `${this.web}/${repo.fullName}/pull/${pull.number}.diff`,
      patch_url: `${this.web}/${repo.fullName}/pull/${pull.number}.patch`,
      issue_url: `${api}/issues/${pull.number}`,
      commits_url: `${api}/pulls/${pull.number}/commits`,
      review_comments_url: `${api}/pulls/${pull.number}/comments`,
      review_comment_url: `${api}/pulls/comments{/number}`,
      comments_url: `${api}/issues/${pull.number}/comments`,
      statuses_url: `${api}/statuses/${pull.head.sha}`,
      number: pull.number,
      state: issue.state,
      locked: issue.locked,
      title: issue.title,
      user: this.user(issue.user),
      body: issue.body,
      labels: this.labelsOf(repo, issue.labels),
      milestone: null,
      active_lock_reason: null,
      created_at: issue.createdAt,
      updated_at: issue.updatedAt,
      closed_at: issue.closedAt,
      merged_at: pull.mergedAt,
      merge_commit_sha: pull.mergeCommitSha,
      assignee: issue.assignees[0] ? this.user(issue.assignees[0]) : null,
      assignees: issue.assignees.map((a) => this.user(a)),
      requested_reviewers: [],
      requested_teams: [],
      head: this.pullBranch(repo, pull.head),
      base: this.pullBranch(repo, pull.base),
      _links: this.pullLinks(repo, pull.number),
      author_association: this.authorAssociation(repo, issue.user),
      auto_merge: null,
      draft: pull.draft,
    };
    if (full) {
      const files = this.pullFiles(repo, pull);
      Object.assign(out, {
        merged: pull.merged,
        mergeable: pull.merged ? null : true,
        rebaseable: pull.merged ? null : true,
        mergeable_state: pull.merged ? 'unknown' : 'clean',
        merged_by: pull.mergedBy ? this.user(pull.mergedBy) : null,
        comments: repo.comments.filter((c) => c.issueNumber === pull.number).length,
        review_comments: repo.reviewComments.filter((c) => c.pullNumber === pull.number).length,
        maintainer_can_modify: false,
        commits: this.state.commitsBetween(repo, pull.base.sha, pull.head.sha).length,
        additions: files.reduce((n, f) => n + f.diff.additions, 0),
        deletions: files.reduce((n, f) => n + f.diff.deletions, 0),
        changed_files: files.length,
      });
    }
    return out;
  }

  /** `pull-request-minimal`, as check runs list them. */
  pullMinimal(repo: RepoState, pull: PullState): Json {
    const r = { id: repo.id, url: `${this.api}/repos/${repo.fullName}`, name: repo.name };
    return {
      id: pull.id,
      number: pull.number,
      url: `${this.api}/repos/${repo.fullName}/pulls/${pull.number}`,
      head: { ref: pull.head.ref, sha: pull.head.sha, repo: r },
      base: { ref: pull.base.ref, sha: pull.base.sha, repo: r },
    };
  }

  /** The files a pull request changes: head against the merge base with the base branch. */
  pullFiles(repo: RepoState, pull: PullState): FileChange[] {
    const baseTip = pull.merged ? pull.base.sha : (repo.branches.get(pull.base.ref) ?? pull.base.sha);
    const mergeBase = this.state.mergeBase(repo, baseTip, pull.head.sha);
    return changes(mergeBase ? repo.commits.get(mergeBase) : undefined, repo.commits.get(pull.head.sha));
  }

  diffEntry(repo: RepoState, ref: string, change: FileChange): Json {
    const path = change.filename.split('/').map(encodeURIComponent).join('/');
    const out: Json = {
      sha: change.sha,
      filename: change.filename,
      status: change.status,
      additions: change.diff.additions,
      deletions: change.diff.deletions,
      changes: change.diff.additions + change.diff.deletions,
      blob_url: `${this.web}/${repo.fullName}/blob/${ref}/${path}`,
      raw_url: `${this.web}/${repo.fullName}/raw/${ref}/${path}`,
      contents_url: `${this.api}/repos/${repo.fullName}/contents/${path}?ref=${ref}`,
    };
    if (change.diff.patch !== '') out.patch = change.diff.patch;
    return out;
  }

  gitUser(c: CommitState): Json {
    return { name: c.author.name, email: c.author.email, date: c.author.date };
  }

  commit(repo: RepoState, c: CommitState, withFiles: boolean): Json {
    const api = `${this.api}/repos/${repo.fullName}`;
    const out: Json = {
      sha: c.sha,
      node_id: this.state.nodeId('C', parseInt(c.sha.slice(0, 8), 16)),
      commit: {
        author: this.gitUser(c),
        committer: this.gitUser(c),
        message: c.message,
        tree: { sha: treeSha(c), url: `${api}/git/trees/${treeSha(c)}` },
        url: `${api}/git/commits/${c.sha}`,
        comment_count: 0,
        verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
      },
      url: `${api}/commits/${c.sha}`,
      html_url: `${this.web}/${repo.fullName}/commit/${c.sha}`,
      comments_url: `${api}/commits/${c.sha}/comments`,
      author: null,
      committer: null,
      parents: c.parents.map((p) => ({ sha: p, url: `${api}/commits/${p}`, html_url: `${this.web}/${repo.fullName}/commit/${p}` })),
    };
    if (withFiles) {
      const parent = c.parents[0] ? repo.commits.get(c.parents[0]) : undefined;
      const files = changes(parent, c);
      const additions = files.reduce((n, f) => n + f.diff.additions, 0);
      const deletions = files.reduce((n, f) => n + f.diff.deletions, 0);
      out.stats = { total: additions + deletions, additions, deletions };
      out.files = files.map((f) => this.diffEntry(repo, c.sha, f));
    }
    return out;
  }

  integration(app: AppState | null): Json {
    if (!app) {
      // GITHUB_TOKEN's check runs belong to the "GitHub Actions" app.
      return {
        id: GITHUB_ACTIONS_APP_ID,
        slug: 'github-actions',
        node_id: 'MDM6QXBwMTUzNjg=',
        client_id: 'Iv1.05c79e9ad1f6bdfa',
        owner: this.user(this.state.user('github', 'Organization')),
        name: 'GitHub Actions',
        description: 'Automate your workflow from idea to production',
        external_url: 'https://help.github.com/en/actions',
        html_url: `${this.web}/apps/github-actions`,
        created_at: '2018-07-30T09:30:17Z',
        updated_at: '2019-12-10T19:04:12Z',
        permissions: { actions: 'write', checks: 'write', contents: 'write', issues: 'write', metadata: 'read', pull_requests: 'write' },
        events: ['check_run', 'check_suite', 'push', 'pull_request'],
      };
    }
    return {
      id: app.id,
      slug: app.slug,
      node_id: app.nodeId,
      client_id: `Iv1.${app.id.toString(16).padStart(16, '0')}`,
      owner: this.user(app.owner),
      name: app.name,
      description: null,
      external_url: `https://${app.slug}.example.com`,
      html_url: `${this.web}/apps/${app.slug}`,
      created_at: app.createdAt,
      updated_at: app.createdAt,
      permissions: app.permissions,
      events: app.events,
      installations_count: [...this.state.installations.values()].filter((i) => i.appId === app.id).length,
    };
  }

  checkRun(repo: RepoState, run: CheckRunState): Json {
    const api = `${this.api}/repos/${repo.fullName}`;
    const app = run.appId === null || run.appId === GITHUB_ACTIONS_APP_ID ? null : (this.state.apps.get(run.appId) ?? null);
    const pulls = repo.pulls.filter((p) => p.head.sha === run.headSha && !p.merged);
    return {
      id: run.id,
      name: run.name,
      node_id: run.nodeId,
      head_sha: run.headSha,
      external_id: run.externalId ?? '',
      url: `${api}/check-runs/${run.id}`,
      html_url: `${this.web}/${repo.fullName}/runs/${run.id}`,
      details_url: run.detailsUrl ?? `${this.web}/${repo.fullName}/runs/${run.id}`,
      status: run.status,
      conclusion: run.conclusion,
      started_at: run.startedAt,
      completed_at: run.completedAt,
      output: {
        title: run.output.title,
        summary: run.output.summary,
        text: run.output.text,
        annotations_count: run.output.annotations.length,
        annotations_url: `${api}/check-runs/${run.id}/annotations`,
      },
      check_suite: { id: run.checkSuiteId },
      app: this.integration(app),
      pull_requests: pulls.map((p) => this.pullMinimal(repo, p)),
    };
  }

  review(repo: RepoState, review: ReviewState): Json {
    const api = `${this.api}/repos/${repo.fullName}`;
    const html = `${this.web}/${repo.fullName}/pull/${review.pullNumber}#pullrequestreview-${review.id}`;
    const out: Json = {
      id: review.id,
      node_id: review.nodeId,
      user: this.user(review.user),
      body: review.body,
      state: review.state,
      html_url: html,
      pull_request_url: `${api}/pulls/${review.pullNumber}`,
      author_association: this.authorAssociation(repo, review.user),
      _links: { html: { href: html }, pull_request: { href: `${api}/pulls/${review.pullNumber}` } },
      commit_id: review.commitId,
    };
    if (review.submittedAt) out.submitted_at = review.submittedAt;
    return out;
  }

  reviewComment(repo: RepoState, c: ReviewCommentState): Json {
    const api = `${this.api}/repos/${repo.fullName}`;
    const html = `${this.web}/${repo.fullName}/pull/${c.pullNumber}#discussion_r${c.id}`;
    return {
      url: `${api}/pulls/comments/${c.id}`,
      pull_request_review_id: c.reviewId,
      id: c.id,
      node_id: c.nodeId,
      diff_hunk: c.diffHunk,
      path: c.path,
      position: c.position,
      original_position: c.position,
      commit_id: c.commitId,
      original_commit_id: c.commitId,
      user: this.user(c.user),
      body: c.body,
      created_at: c.createdAt,
      updated_at: c.updatedAt,
      html_url: html,
      pull_request_url: `${api}/pulls/${c.pullNumber}`,
      author_association: this.authorAssociation(repo, c.user),
      _links: { self: { href: `${api}/pulls/comments/${c.id}` }, html: { href: html }, pull_request: { href: `${api}/pulls/${c.pullNumber}` } },
      reactions: this.reactions(`${api}/pulls/comments/${c.id}/reactions`),
      start_line: c.startLine,
      original_start_line: c.startLine,
      start_side: c.startSide,
      line: c.line,
      original_line: c.line,
      side: c.side,
      subject_type: 'line',
    };
  }

  artifact(repo: RepoState, a: ArtifactState, size: number): Json {
    const api = `${this.api}/repos/${repo.fullName}/actions/artifacts/${a.id}`;
    return {
      id: a.id,
      node_id: a.nodeId,
      name: a.name,
      size_in_bytes: size,
      url: api,
      archive_download_url: `${api}/zip`,
      expired: a.expired,
      created_at: a.createdAt,
      updated_at: a.createdAt,
      expires_at: a.expiresAt,
      workflow_run: { id: a.runId, repository_id: repo.id, head_repository_id: repo.id, head_branch: a.headBranch, head_sha: a.headSha },
    };
  }

  installation(inst: InstallationState): Json {
    const app = this.state.apps.get(inst.appId) as AppState;
    const account = this.state.user(inst.account);
    return {
      id: inst.id,
      account: this.user(account),
      repository_selection: inst.repositories === 'all' ? 'all' : 'selected',
      access_tokens_url: `${this.api}/app/installations/${inst.id}/access_tokens`,
      repositories_url: `${this.api}/installation/repositories`,
      html_url: `${this.web}/${account.type === 'Organization' ? `organizations/${account.login}/` : ''}settings/installations/${inst.id}`,
      app_id: inst.appId,
      app_slug: app.slug,
      target_id: account.id,
      target_type: account.type === 'Organization' ? 'Organization' : 'User',
      permissions: inst.permissions,
      events: inst.events,
      created_at: inst.createdAt,
      updated_at: inst.createdAt,
      single_file_name: null,
      has_multiple_single_files: false,
      single_file_paths: [],
      suspended_by: null,
      suspended_at: inst.suspendedAt,
    };
  }

  /** `permissions` of a repository as seen by a token (pull/push/admin...). */
  repoPermissions(permissions: Permissions, canSee: boolean): Json {
    const write = (name: keyof Permissions) => permissions[name] === 'write' || permissions[name] === 'admin';
    return {
      admin: permissions.administration === 'write' || permissions.administration === 'admin',
      maintain: false,
      push: write('contents'),
      triage: write('issues') || write('pull_requests'),
      pull: canSee,
    };
  }
}

/** Files changed from `before` to `after` (either may be missing: an empty tree). */
export function changes(before: CommitState | undefined, after: CommitState | undefined): FileChange[] {
  const a = before?.files ?? new Map<string, Buffer>();
  const b = after?.files ?? new Map<string, Buffer>();
  const paths = [...new Set([...a.keys(), ...b.keys()])].toSorted();
  const out: FileChange[] = [];
  for (const path of paths) {
    const x = a.get(path);
    const y = b.get(path);
    if (x && y && x.equals(y)) continue;
    const status = !x ? 'added' : !y ? 'removed' : 'modified';
    const diff = isBinary(x) || isBinary(y) ? { patch: '', hunks: [], additions: 0, deletions: 0 } : diffFiles(x?.toString('utf8') ?? '', y?.toString('utf8') ?? '');
    out.push({ filename: path, status, sha: blobSha(y ?? (x as Buffer)), diff });
  }
  return out;
}

function isBinary(content: Buffer | undefined): boolean {
  return content !== undefined && content.subarray(0, 8000).includes(0);
}

function treeSha(c: CommitState): string {
  return blobSha(Buffer.from([...c.files.keys()].toSorted().join('\n')));
}
