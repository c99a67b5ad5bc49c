/**
 * Webhook payloads the shared builders in test/github-server/webhooks.ts do not make yet
 * (`issues.edited`), and a seed helper for comments, rendered from the same server state.
 */
import { Renderer } from '../github-server/render.js';
import type { GitHubServer, IssueCommentState, RepoState } from '../github-server/server.js';

/** A comment by `user` on issue `number`, as if written on GitHub; returns its id. */
export function addComment(server: GitHubServer, repo: RepoState, number: number, user: string, body: string): number {
  const id = server.state.id();
  const now = server.state.now();
  server.state.user(user);
  const comment: IssueCommentState = { id, nodeId: server.state.nodeId('IC', id), issueNumber: number, body, user, createdAt: now, updatedAt: now };
  repo.comments.push(comment);
  return id;
}

/** `issues.edited` after `editor` changed the body of issue `number` (already changed in state). */
export function issueEditedEvent(server: GitHubServer, repo: RepoState, number: number, editor: string, previousBody: string, installationId: number): Record<string, unknown> {
  const r = new Renderer(server.state, server.url, server.webUrl);
  const issue = server.state.issue(repo, number);
  issue.updatedAt = server.state.now();
  return {
    action: 'edited',
    issue: r.issue(repo, issue),
    changes: { body: { from: previousBody } },
    repository: r.repo(repo),
    sender: r.user(editor),
    installation: { id: installationId, node_id: server.state.nodeId('MDIzOkludGVncmF0aW9uSW5zdGFsbGF0aW9u', installationId) },
  };
}

/** `installation_repositories.added` for repositories already added to the installation in state. */
export function repositoriesAddedEvent(server: GitHubServer, installationId: number, added: RepoState[]): Record<string, unknown> {
  const r = new Renderer(server.state, server.url, server.webUrl);
  const installation = server.state.installations.get(installationId);
  if (!installation) throw new Error(`no installation ${installationId}`);
  return {
    action: 'added',
    installation: r.installation(installation),
    repository_selection: installation.repositories === 'all' ? 'all' : 'selected',
    repositories_added: added.map((repo) => ({ id: repo.id, node_id: repo.nodeId, name: repo.name, full_name: repo.fullName, private: repo.private })),
    repositories_removed: [],
    requester: null,
    sender: r.user(installation.account),
  };
}
