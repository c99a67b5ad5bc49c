import { createHmac, generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { checkWebhookPayload } from './openapi.js';
import { startGitHubServer, type GitHubServer, type RepoState } from './server.js';
import {
  delivery,
  installationEvent,
  issueCommentEvent,
  pullRequestEvent,
  pushEvent,
  signPayload,
  workflowRunEvent,
} from './webhooks.js';

let server: GitHubServer;
let repo: RepoState;
let installationId: number;
let mainBefore: string;

beforeAll(async () => {
  server = await startGitHubServer();
  repo = server.state.addRepo({ owner: 'acme', ownerType: 'Organization', name: 'portal', files: { 'src/a.ts': 'one\n' } });
  const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const app = server.state.addApp({ slug: 'shipshape', publicKey });
  installationId = server.state.addInstallation({ appId: app.id, account: 'acme', accountType: 'Organization' }).id;
  mainBefore = repo.branches.get('main') as string;
  server.state.commit(repo, { branch: 'fix', files: { 'src/a.ts': 'two\n', 'src/b.ts': 'new\n' } });
  server.state.addPullRequest(repo, { title: 'Fix', head: 'fix', user: 'dev' });
  server.state.commit(repo, { files: { 'docs/runbook.md': '# Runbook\n', 'src/a.ts': null } });
});

afterAll(() => server.close());

describe('signPayload', () => {
  it('computes x-hub-signature-256 like GitHub', () => {
    // The example from GitHub's "Validating webhook deliveries" docs.
    expect(signPayload("It's a Secret to Everybody", 'Hello, World!')).toBe('sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17');
    const d = delivery('ping', { zen: 'Keep it logically awesome.' }, 'secret', { appId: 42 });
    expect(d.headers['x-hub-signature-256']).toBe(`sha256=${createHmac('sha256', 'secret').update(d.body).digest('hex')}`);
    expect(d.headers).toMatchObject({ 'x-github-event': 'ping', 'x-github-delivery': d.id, 'x-github-hook-installation-target-id': '42' });
  });
});

describe('payload builders match GitHub\'s webhook schemas', () => {
  it('pull_request opened / synchronize / closed', () => {
    const opened = pullRequestEvent(server, { repo, number: 1, action: 'opened', installationId });
    expect(opened).toMatchObject({ action: 'opened', number: 1, pull_request: { head: { ref: 'fix' } }, installation: { id: installationId }, organization: { login: 'acme' } });
    expect(checkWebhookPayload('pull-request-opened', opened)).toEqual([]);
    const sync = pullRequestEvent(server, { repo, number: 1, action: 'synchronize', installationId, before: mainBefore });
    expect(checkWebhookPayload('pull-request-synchronize', sync)).toEqual([]);
    expect(checkWebhookPayload('pull-request-opened', { ...opened, pull_request: { id: 1 } })).not.toEqual([]);
  });

  it('push lists the pushed commits and their files', () => {
    const push = pushEvent(server, { repo, ref: 'main', installationId });
    expect(push).toMatchObject({ ref: 'refs/heads/main', before: mainBefore, after: repo.branches.get('main') });
    expect(push.head_commit).toMatchObject({ added: ['docs/runbook.md'], removed: ['src/a.ts'], modified: [] });
    expect(checkWebhookPayload('push', push)).toEqual([]);
  });

  it('installation, issue_comment and workflow_run', () => {
    expect(checkWebhookPayload('installation-created', installationEvent(server, { installationId, action: 'created' }))).toEqual([]);
    const issue = server.state.addIssue(repo, { title: 'Phase 1 — Critical' });
    const now = server.state.now();
    repo.comments.push({ id: 9001, nodeId: 'IC_kwDOtest', issueNumber: issue.number, body: '/shipshape rescan', user: 'dev', createdAt: now, updatedAt: now });
    expect(checkWebhookPayload('issue-comment-created', issueCommentEvent(server, { repo, commentId: 9001, action: 'created', installationId }))).toEqual([]);
    const run = workflowRunEvent(server, { repo, runId: 5551, action: 'completed', headBranch: 'fix', pullRequests: [1], installationId });
    expect(run).toMatchObject({ workflow_run: { id: 5551, conclusion: 'success', head_branch: 'fix', pull_requests: [{ number: 1 }] } });
    expect(checkWebhookPayload('workflow-run-completed', run)).toEqual([]);
  });

  it('pull_request closed after a merge', () => {
    server.state.mergePullRequest(repo, 1);
    const closed = pullRequestEvent(server, { repo, number: 1, action: 'closed', installationId });
    expect(closed).toMatchObject({ pull_request: { merged: true, state: 'closed' } });
    expect(checkWebhookPayload('pull-request-closed', closed)).toEqual([]);
  });
});
