import { execFileSync } from 'node:child_process';
import { createSign, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { secondaryRateLimit, startGitHubServer, type GitHubServer, type RepoState } from './server.js';

type Body = Record<string, unknown> & Array<Record<string, unknown>>;

interface Answer {
  status: number;
  headers: Headers;
  body: Body;
}

let server: GitHubServer;
let repo: RepoState;
/** A GITHUB_TOKEN-like token that can do everything the Action and the App need. */
let writer: string;

async function call(method: string, path: string, options: { token?: string | null; body?: unknown; headers?: Record<string, string> } = {}): Promise<Answer> {
  const headers: Record<string, string> = { accept: 'application/vnd.github+json', ...options.headers };
  const token = options.token === undefined ? writer : options.token;
  if (token !== null) headers.authorization = `token ${token}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: (text === '' ? null : JSON.parse(text)) as Body };
}

/** Follows `Link: rel="next"` like Octokit's paginate. */
async function paginate(path: string, token?: string): Promise<{ items: Body; pages: number }> {
  let url: string | null = `${server.url}${path}`;
  const items: Array<Record<string, unknown>> = [];
  let pages = 0;
  while (url) {
    const res = await call('GET', url.slice(server.url.length), { token });
    expect(res.status).toBe(200);
    items.push(...res.body);
    pages++;
    url = /<([^>]+)>;\s*rel="next"/.exec(res.headers.get('link') ?? '')?.[1] ?? null;
  }
  return { items: items as Body, pages };
}

const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');

function appJwt(appId: number, key: KeyObject, claims: { iat?: number; exp?: number } = {}): string {
  const now = Math.floor(Date.now() / 1000);
  const unsigned = `${b64({ alg: 'RS256', typ: 'JWT' })}.${b64({ iat: claims.iat ?? now - 30, exp: claims.exp ?? now + 570, iss: appId })}`;
  return `${unsigned}.${createSign('RSA-SHA256').update(unsigned).sign(key).toString('base64url')}`;
}

beforeEach(async () => {
  server = await startGitHubServer();
  repo = server.state.addRepo({
    owner: 'acme',
    ownerType: 'Organization',
    name: 'portal',
    private: true,
    files: { 'src/routes/members.ts': 'export function list() {}\nexport function remove() {}\n', 'README.md': '# portal\n' },
  });
  writer = server.state.addToken({
    kind: 'actions',
    permissions: { contents: 'read', issues: 'write', pull_requests: 'write', checks: 'write', actions: 'read' },
  });
});

afterEach(async () => {
  await server.close();
  // The server's own answers must match GitHub's description in every test.
  if (server.responseViolations.length > 0) {
    throw new Error(`responses that do not match GitHub's description:\n${server.responseViolations.join('\n')}`);
  }
});

describe('issues', () => {
  it('creates, reads, updates, filters and paginates issues with Link headers', async () => {
    for (let i = 1; i <= 33; i++) server.state.addIssue(repo, { title: `seeded ${i}`, labels: i % 3 === 0 ? ['shipshape'] : [], user: i % 2 ? 'alice' : 'bob' });

    const created = await call('POST', '/repos/acme/portal/issues', { body: { title: 'Phase 1 — Critical', body: 'gaps', labels: ['shipshape', 'phase:critical'] } });
    expect(created.status).toBe(201);
    expect(created.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(created.body).toMatchObject({ number: 34, state: 'open', title: 'Phase 1 — Critical', user: { login: 'github-actions[bot]', type: 'Bot' } });
    expect((created.body.labels as unknown as Array<{ name: string }>).map((l) => l.name)).toEqual(['shipshape', 'phase:critical']);

    const page1 = await call('GET', '/repos/acme/portal/issues?per_page=10&state=all');
    expect(page1.body).toHaveLength(10);
    expect(page1.headers.get('link')).toContain('rel="next"');
    expect(page1.headers.get('link')).toContain('page=4');
    expect(page1.headers.get('x-ratelimit-remaining')).toMatch(/^\d+$/);
    expect(page1.body[0]?.number).toBe(34); // newest first

    const all = await paginate('/repos/acme/portal/issues?per_page=10&state=all');
    expect(all.pages).toBe(4);
    expect(all.items.map((i) => i.number)).toEqual(Array.from({ length: 34 }, (_, i) => 34 - i));

    const labelled = await paginate('/repos/acme/portal/issues?labels=shipshape&state=all&per_page=100');
    expect(labelled.items.map((i) => i.number)).toEqual([34, 33, 30, 27, 24, 21, 18, 15, 12, 9, 6, 3]);
    const byCreator = await paginate('/repos/acme/portal/issues?creator=bob&labels=shipshape');
    expect(byCreator.items.map((i) => i.number)).toEqual([30, 24, 18, 12, 6]);

    const closed = await call('PATCH', '/repos/acme/portal/issues/34', { body: { state: 'closed', state_reason: 'not_planned', body: 'done' } });
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ state: 'closed', state_reason: 'not_planned', body: 'done', closed_by: { login: 'github-actions[bot]' } });
    expect((await call('GET', '/repos/acme/portal/issues?labels=phase:critical')).body).toEqual([]);
    const reopened = await call('PATCH', '/repos/acme/portal/issues/34', { body: { state: 'open' } });
    expect(reopened.body).toMatchObject({ state: 'open', state_reason: 'reopened', closed_at: null });
    expect(server.state.issue(repo, 34).stateReason).toBe('reopened');

    expect((await call('GET', '/repos/acme/portal/issues/999')).status).toBe(404);
  });

  it('lists, creates and updates comments, and manages labels', async () => {
    const issue = server.state.addIssue(repo, { title: 'tracking' });
    const c1 = await call('POST', `/repos/acme/portal/issues/${issue.number}/comments`, { body: { body: 'first' } });
    expect(c1.status).toBe(201);
    await call('POST', `/repos/acme/portal/issues/${issue.number}/comments`, { body: { body: 'second' } });
    const updated = await call('PATCH', `/repos/acme/portal/issues/comments/${String(c1.body.id)}`, { body: { body: 'first, edited' } });
    expect(updated.body.body).toBe('first, edited');
    const list = await call('GET', `/repos/acme/portal/issues/${issue.number}/comments?per_page=1`);
    expect(list.body.map((c) => c.body)).toEqual(['first, edited']);
    expect(list.headers.get('link')).toContain('rel="last"');
    expect((await call('DELETE', `/repos/acme/portal/issues/comments/${String(c1.body.id)}`)).status).toBe(204);
    expect(server.state.repo('acme/portal').comments.map((c) => c.body)).toEqual(['second']);

    const label = await call('POST', '/repos/acme/portal/labels', { body: { name: 'shipshape', color: 'b60205', description: 'Readiness gaps' } });
    expect(label.status).toBe(201);
    const dup = await call('POST', '/repos/acme/portal/labels', { body: { name: 'ShipShape' } });
    expect(dup.status).toBe(422);
    expect(dup.body.errors).toEqual([{ resource: 'Label', code: 'already_exists', field: 'name' }]);
    const added = await call('POST', `/repos/acme/portal/issues/${issue.number}/labels`, { body: { labels: ['shipshape', 'phase:polish'] } });
    expect(added.body.map((l) => l.name)).toEqual(['shipshape', 'phase:polish']);
    const removed = await call('DELETE', `/repos/acme/portal/issues/${issue.number}/labels/phase%3Apolish`);
    expect(removed.body.map((l) => l.name)).toEqual(['shipshape']);
    expect((await call('GET', '/repos/acme/portal/labels')).body.map((l) => l.name)).toEqual(['shipshape', 'phase:polish']);
    expect(server.violations).toEqual([]);
  });
});

const annotation = (i: number) => ({ path: 'src/routes/members.ts', start_line: 2, end_line: 2, annotation_level: 'failure', message: `gap ${i}` });

describe('pull requests, checks and reviews', () => {
  let headSha: string;

  beforeEach(() => {
    headSha = server.state.commit(repo, {
      branch: 'fix-authz',
      files: {
        'src/routes/members.ts': 'export function list() {}\nexport function remove() {\n  requireAdmin();\n}\n',
        'src/audit.ts': 'export const audit = () => {};\n',
      },
    });
    server.state.addPullRequest(repo, { title: 'Require admin to remove members', head: 'fix-authz', user: 'dev' });
  });

  it('serves the pull request, its files (paginated, with patches) and commits→pulls', async () => {
    const pr = await call('GET', '/repos/acme/portal/pulls/1');
    expect(pr.body).toMatchObject({ number: 1, state: 'open', head: { ref: 'fix-authz', sha: headSha }, base: { ref: 'main' }, changed_files: 2, additions: 4, deletions: 1 });
    const files = await paginate('/repos/acme/portal/pulls/1/files?per_page=1');
    expect(files.pages).toBe(2);
    expect(files.items.map((f) => [f.filename, f.status])).toEqual([
      ['src/audit.ts', 'added'],
      ['src/routes/members.ts', 'modified'],
    ]);
    expect(files.items[1]?.patch).toBe('@@ -1,2 +1,4 @@\n export function list() {}\n-export function remove() {}\n+export function remove() {\n+  requireAdmin();\n+}');
    const pulls = await call('GET', `/repos/acme/portal/commits/${headSha}/pulls`);
    expect(pulls.body.map((p) => p.number)).toEqual([1]);
    const compare = await call('GET', '/repos/acme/portal/compare/main...fix-authz');
    expect(compare.body).toMatchObject({ status: 'ahead', ahead_by: 1, behind_by: 0, total_commits: 1 });
    const mergeSha = server.state.mergePullRequest(repo, 1);
    expect((await call('GET', `/repos/acme/portal/commits/${mergeSha}/pulls`)).body.map((p) => p.number)).toEqual([1]);
    expect((await call('GET', '/repos/acme/portal/pulls/1')).body).toMatchObject({ merged: true, state: 'closed', merge_commit_sha: mergeSha });
  });

  it('enforces 50 annotations per request with a 422 and appends annotations across updates', async () => {
    const run = await call('POST', '/repos/acme/portal/check-runs', {
      body: { name: 'shipshape', head_sha: headSha, status: 'in_progress', output: { title: '3 critical gaps', summary: 's', annotations: Array.from({ length: 50 }, (_, i) => annotation(i)) } },
    });
    expect(run.status).toBe(201);
    expect(run.body).toMatchObject({ status: 'in_progress', app: { slug: 'github-actions' }, pull_requests: [{ number: 1 }] });

    const tooMany = await call('PATCH', `/repos/acme/portal/check-runs/${String(run.body.id)}`, {
      body: { output: { title: 't', summary: 's', annotations: Array.from({ length: 51 }, (_, i) => annotation(i)) } },
    });
    expect(tooMany.status).toBe(422);
    expect(tooMany.body.message).toBe('Invalid request.\n\nbody output.annotations: must have at most 50 items, got 51');
    expect(server.violations).toEqual([expect.objectContaining({ kind: 'invalid-request', operationId: 'checks/update', problems: ['body output.annotations: must have at most 50 items, got 51'] })]);
    server.violations.length = 0;

    const longSummary = await call('PATCH', `/repos/acme/portal/check-runs/${String(run.body.id)}`, { body: { output: { title: 't', summary: 'x'.repeat(65536) } } });
    expect(longSummary.status).toBe(422);
    expect(longSummary.body.message).toContain('body output.summary: must have at most 65535 characters, got 65536');
    server.violations.length = 0;

    const done = await call('PATCH', `/repos/acme/portal/check-runs/${String(run.body.id)}`, {
      body: { conclusion: 'failure', output: { title: '3 critical gaps', summary: 'x'.repeat(65535), annotations: [annotation(50), annotation(51)] } },
    });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ status: 'completed', conclusion: 'failure', output: { annotations_count: 52 } });
    const stored = server.state.repo('acme/portal').checkRuns[0];
    expect(stored?.output.annotations).toHaveLength(52);
    expect(stored?.updates).toBe(1);
    const listed = await paginate(`/repos/acme/portal/check-runs/${String(run.body.id)}/annotations?per_page=100`);
    expect(listed.items).toHaveLength(52);
    const forRef = await call('GET', `/repos/acme/portal/commits/${headSha}/check-runs?check_name=shipshape`);
    expect(forRef.body).toMatchObject({ total_count: 1 });
    expect(server.violations).toEqual([]);
  });

  it('creates a review with line comments, lists it, and rejects lines outside the diff', async () => {
    const review = await call('POST', '/repos/acme/portal/pulls/1/reviews', {
      body: {
        event: 'COMMENT',
        body: 'shipshape found 1 new gap',
        comments: [
          { path: 'src/routes/members.ts', line: 3, side: 'RIGHT', body: 'audit this removal' },
          { path: 'src/audit.ts', line: 1, body: 'new file' },
        ],
      },
    });
    expect(review.status).toBe(200);
    expect(review.body).toMatchObject({ state: 'COMMENTED', commit_id: headSha, user: { login: 'github-actions[bot]' } });
    const reviews = await call('GET', '/repos/acme/portal/pulls/1/reviews');
    expect(reviews.body.map((r) => r.id)).toEqual([review.body.id]);
    const comments = await call('GET', '/repos/acme/portal/pulls/1/comments');
    expect(comments.body.map((c) => [c.path, c.line, c.side, c.position])).toEqual([
      ['src/routes/members.ts', 3, 'RIGHT', 4],
      ['src/audit.ts', 1, 'RIGHT', 1],
    ]);
    expect(comments.body[0]?.diff_hunk).toBe('@@ -1,2 +1,4 @@\n export function list() {}\n-export function remove() {}\n+export function remove() {\n+  requireAdmin();');

    const id = String(comments.body[0]?.id);
    expect((await call('PATCH', `/repos/acme/portal/pulls/comments/${id}`, { body: { body: 'fixed' } })).body.body).toBe('fixed');
    expect((await call('DELETE', `/repos/acme/portal/pulls/comments/${id}`)).status).toBe(204);
    expect(server.state.repo(repo).reviewComments.map((c) => c.path)).toEqual(['src/audit.ts']);

    const outside = await call('POST', '/repos/acme/portal/pulls/1/reviews', {
      body: { event: 'COMMENT', body: 'x', comments: [{ path: 'README.md', line: 1, body: 'not in the diff' }] },
    });
    expect(outside.status).toBe(422);
    expect(outside.body.errors).toEqual(['Path could not be resolved']);
    const badLine = await call('POST', '/repos/acme/portal/pulls/1/reviews', {
      body: { event: 'COMMENT', body: 'x', comments: [{ path: 'src/routes/members.ts', line: 40, body: 'beyond the hunk' }] },
    });
    expect(badLine.body.errors).toEqual(['Line could not be resolved']);
    expect(server.violations).toEqual([]);
  });
});

describe('authentication and authorization', () => {
  it('answers like GitHub for read-only, missing and bad credentials', async () => {
    const readOnly = server.state.addToken({ kind: 'installation', permissions: { issues: 'read', contents: 'read' } });
    const denied = await call('POST', '/repos/acme/portal/issues', { token: readOnly, body: { title: 'nope' } });
    expect(denied.status).toBe(403);
    expect(denied.body.message).toBe('Resource not accessible by integration');
    expect(denied.headers.get('x-accepted-github-permissions')).toBe('issues=write');
    expect((await call('GET', '/repos/acme/portal/issues', { token: readOnly })).status).toBe(200);

    const pat = server.state.addToken({ kind: 'user', permissions: { issues: 'read' } });
    expect((await call('PATCH', '/repos/acme/portal/issues/1', { token: pat, body: { title: 'x' } })).body.message).toBe('Resource not accessible by personal access token');

    // A private repository does not exist for strangers.
    expect((await call('GET', '/repos/acme/portal', { token: null })).status).toBe(404);
    expect((await call('GET', '/repos/acme/portal', { token: 'ghs_unknown' })).body.message).toBe('Bad credentials');
    const other = server.state.addToken({ kind: 'installation', permissions: { issues: 'write' }, repositories: ['acme/other'] });
    expect((await call('GET', '/repos/acme/portal/issues', { token: other })).status).toBe(404);

    server.state.addRepo({ owner: 'acme', name: 'public-site', files: { 'index.html': '<h1>hi</h1>\n' } });
    expect((await call('GET', '/repos/acme/public-site/contents/index.html', { token: null })).status).toBe(200);
    expect((await call('POST', '/repos/acme/public-site/issues', { token: null, body: { title: 'x' } })).status).toBe(401);
    expect(server.requests.filter((r) => r.write).map((r) => r.status)).toEqual([403, 403, 401]);
  });

  it('accepts an app JWT on /app routes and mints installation tokens scoped to the installation', async () => {
    const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const app = server.state.addApp({ id: 4242, slug: 'shipshape', publicKey });
    const installation = server.state.addInstallation({ appId: app.id, account: 'acme', accountType: 'Organization', repositories: ['acme/portal'], permissions: { issues: 'write', metadata: 'read', contents: 'read' } });
    server.state.addRepo({ owner: 'acme', name: 'secret', private: true });
    const jwt = appJwt(app.id, privateKey);

    const me = await call('GET', '/app', { headers: { authorization: `Bearer ${jwt}` }, token: null });
    expect(me.body).toMatchObject({ id: 4242, slug: 'shipshape' });
    const installs = await call('GET', '/app/installations', { headers: { authorization: `Bearer ${jwt}` }, token: null });
    expect(installs.body.map((i) => i.id)).toEqual([installation.id]);
    expect((await call('GET', '/repos/acme/portal/installation', { headers: { authorization: `Bearer ${jwt}` }, token: null })).body.id).toBe(installation.id);

    const minted = await call('POST', `/app/installations/${installation.id}/access_tokens`, { headers: { authorization: `Bearer ${jwt}` }, token: null, body: {} });
    expect(minted.status).toBe(201);
    const token = String(minted.body.token);
    expect(minted.body).toMatchObject({ permissions: { issues: 'write' }, repository_selection: 'selected' });

    const repos = await call('GET', '/installation/repositories', { token });
    expect(repos.body).toMatchObject({ total_count: 1, repositories: [{ full_name: 'acme/portal' }] });
    const issue = await call('POST', '/repos/acme/portal/issues', { token, body: { title: 'from the app' } });
    expect(issue.body).toMatchObject({ user: { login: 'shipshape[bot]', type: 'Bot' } });
    expect((await call('GET', '/repos/acme/secret', { token })).status).toBe(404);
    expect((await call('GET', '/app/installations', { token })).status).toBe(401);
    expect((await call('GET', '/repos/acme/portal/issues', { headers: { authorization: `Bearer ${jwt}` }, token: null })).status).toBe(401);

    const narrowed = await call('POST', `/app/installations/${installation.id}/access_tokens`, {
      headers: { authorization: `Bearer ${jwt}` },
      token: null,
      body: { permissions: { issues: 'read' } },
    });
    expect((await call('POST', '/repos/acme/portal/issues', { token: String(narrowed.body.token), body: { title: 'x' } })).status).toBe(403);
    const escalate = await call('POST', `/app/installations/${installation.id}/access_tokens`, { headers: { authorization: `Bearer ${jwt}` }, token: null, body: { permissions: { checks: 'write' } } });
    expect(escalate.status).toBe(422);

    const { privateKey: wrongKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const forged = await call('GET', '/app', { headers: { authorization: `Bearer ${appJwt(app.id, wrongKey)}` }, token: null });
    expect(forged.status).toBe(401);
    const now = Math.floor(Date.now() / 1000);
    const tooLong = await call('GET', '/app', { headers: { authorization: `Bearer ${appJwt(app.id, privateKey, { exp: now + 3600 })}` }, token: null });
    expect(tooLong.body.message).toBe("'Expiration time' claim ('exp') is too far in the future");
    const expired = await call('GET', '/app', { headers: { authorization: `Bearer ${appJwt(app.id, privateKey, { iat: now - 700, exp: now - 100 })}` }, token: null });
    expect(expired.status).toBe(401);
    expect(server.violations).toEqual([]);
  });
});

describe('request validation against the OpenAPI description', () => {
  it('rejects an invalid body with a message naming the field and records the violation', async () => {
    const res = await call('POST', '/repos/acme/portal/issues', { body: { body: 'no title', labels: 'shipshape' } });
    expect(res.status).toBe(422);
    expect(res.body.message).toBe('Invalid request.\n\nbody title: is required\nbody labels: must be array, got "shipshape"');
    expect(server.violations).toEqual([
      {
        method: 'POST',
        path: '/repos/acme/portal/issues',
        operationId: 'issues/create',
        kind: 'invalid-request',
        problems: ['body title: is required', 'body labels: must be array, got "shipshape"'],
      },
    ]);
    expect(server.state.repo(repo).issues).toEqual([]);
  });

  it('rejects bad query parameters, enum values, unknown routes and broken JSON', async () => {
    expect((await call('GET', '/repos/acme/portal/issues?status=closed')).body.message).toBe('Invalid request.\n\nquery status: is not a parameter of this operation');
    expect((await call('GET', '/repos/acme/portal/issues?state=done')).body.message).toContain('query state: must be one of ["open","closed","all"], got "done"');
    expect((await call('GET', '/repos/acme/portal/issues?per_page=ten')).status).toBe(422);
    const unimplemented = await call('PUT', '/repos/acme/portal/issues/1/lock', { body: {} });
    expect(unimplemented.status).toBe(404);
    expect(unimplemented.body.message).toContain("GitHub's PUT /repos/{owner}/{repo}/issues/{issue_number}/lock (issues/lock) is not implemented by the test server");
    const wrongMethod = await call('POST', '/repos/acme/portal/issues/1/lock', { body: {} });
    expect(wrongMethod.body.message).toContain('GitHub has no POST for /repos/acme/portal/issues/1/lock; it has DELETE');
    const notGitHub = await call('GET', '/repos/acme/portal/gaps');
    expect(notGitHub.body.message).toContain('has no operation GET /repos/acme/portal/gaps');
    const broken = await fetch(`${server.url}/repos/acme/portal/issues`, { method: 'POST', headers: { authorization: `token ${writer}`, 'content-type': 'application/json' }, body: '{"title":' });
    expect(broken.status).toBe(400);
    expect(((await broken.json()) as { message: string }).message).toBe('Problems parsing JSON');
    expect(server.violations.map((v) => v.kind)).toEqual(['invalid-request', 'invalid-request', 'invalid-request', 'unknown-route', 'unknown-route', 'unknown-route', 'invalid-json']);
  });
});

describe('fault injection and request log', () => {
  it('answers 502 twice, then normally, and logs every request', async () => {
    const fault = server.inject({ method: 'POST', path: '/repos/acme/portal/issues', status: 502, times: 2 });
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 3; attempt++) {
      const res = await call('POST', '/repos/acme/portal/issues', { body: { title: 'retry me' } });
      statuses.push(res.status);
      if (res.status === 201) break;
    }
    expect(statuses).toEqual([502, 502, 201]);
    expect(fault.hits).toBe(2);
    expect(fault.remaining).toBe(0);
    expect(server.writes().map((r) => [r.method, r.path, r.status, r.injected])).toEqual([
      ['POST', '/repos/acme/portal/issues', 502, true],
      ['POST', '/repos/acme/portal/issues', 502, true],
      ['POST', '/repos/acme/portal/issues', 201, false],
    ]);
    expect(server.state.repo(repo).issues).toHaveLength(1);
  });

  it('injects secondary rate limits, 404s and slow responses', async () => {
    server.inject(secondaryRateLimit(/\/issues$/, { method: 'POST', retryAfter: 1 }));
    const limited = await call('POST', '/repos/acme/portal/issues', { body: { title: 'x' } });
    expect(limited.status).toBe(403);
    expect(limited.headers.get('retry-after')).toBe('1');
    expect(limited.body.message).toMatch(/^You have exceeded a secondary rate limit/);

    server.inject({ path: '/repos/acme/portal', status: 404 });
    expect((await call('GET', '/repos/acme/portal')).status).toBe(404);
    expect((await call('GET', '/repos/acme/portal')).status).toBe(200);

    server.inject({ path: '/repos/acme/portal/labels', delayMs: 300 });
    const started = Date.now();
    expect((await call('GET', '/repos/acme/portal/labels')).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
  });
});

describe('archives', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'gh-server-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('serves a real gzip tarball with GitHub\'s owner-repo-sha/ prefix (after a redirect)', async () => {
    const sha = repo.branches.get('main') as string;
    const redirect = await fetch(`${server.url}/repos/acme/portal/tarball/main`, { headers: { authorization: `token ${writer}` }, redirect: 'manual' });
    expect(redirect.status).toBe(302);
    const res = await fetch(`${server.url}/repos/acme/portal/tarball/main`, { headers: { authorization: `token ${writer}` } });
    expect(res.headers.get('content-type')).toBe('application/x-gzip');
    const file = join(dir, 'repo.tar.gz');
    writeFileSync(file, Buffer.from(await res.arrayBuffer()));
    const prefix = `acme-portal-${sha.slice(0, 7)}/`;
    expect(execFileSync('tar', ['-tzf', file], { encoding: 'utf8' }).trim().split('\n')).toEqual([
      prefix,
      `${prefix}README.md`,
      `${prefix}src/`,
      `${prefix}src/routes/`,
      `${prefix}src/routes/members.ts`,
    ]);
    execFileSync('tar', ['-xzf', file, '-C', dir]);
    expect(readFileSync(join(dir, prefix, 'src/routes/members.ts'), 'utf8')).toBe('export function list() {}\nexport function remove() {}\n');
  });

  it('serves an artifact as a real zip', async () => {
    const report = JSON.stringify({ version: 1, gaps: [] });
    const artifact = server.state.addArtifact(repo, { runId: 99, name: 'shipshape-report', files: { 'report.json': report } });
    const listed = await call('GET', '/repos/acme/portal/actions/runs/99/artifacts');
    expect(listed.body).toMatchObject({ total_count: 1, artifacts: [{ id: artifact.id, name: 'shipshape-report', expired: false }] });
    const byName = await call('GET', '/repos/acme/portal/actions/artifacts?name=shipshape-report');
    expect(byName.body).toMatchObject({ total_count: 1 });
    const res = await fetch(`${server.url}/repos/acme/portal/actions/artifacts/${artifact.id}/zip`, { headers: { authorization: `token ${writer}` } });
    expect(res.status).toBe(200);
    const file = join(dir, 'artifact.zip');
    writeFileSync(file, Buffer.from(await res.arrayBuffer()));
    expect(execFileSync('unzip', ['-l', file], { encoding: 'utf8' })).toContain('report.json');
    expect(execFileSync('unzip', ['-p', file, 'report.json'], { encoding: 'utf8' })).toBe(report);
  });
});

describe('GraphQL Projects (v2)', () => {
  it('looks up a project, adds an issue and sets its status', async () => {
    const project = server.state.addProject({ owner: 'acme', number: 7, title: 'Readiness' });
    const issue = server.state.addIssue(repo, { title: 'Phase 1 — Critical' });
    const token = server.state.addToken({ kind: 'installation', permissions: { issues: 'write', organization_projects: 'write' } });
    const gql = (query: string, variables: Record<string, unknown>) => call('POST', '/graphql', { token, body: { query, variables } });

    const found = await gql(
      `query($login: String!, $number: Int!) {
        organization(login: $login) {
          projectV2(number: $number) {
            id
            fields(first: 50) { nodes { ... on ProjectV2SingleSelectField { id name options { id name } } } }
          }
        }
      }`,
      { login: 'acme', number: 7 },
    );
    expect(found.headers.get('x-ratelimit-resource')).toBe('graphql');
    const p = (found.body as unknown as { data: { organization: { projectV2: { id: string; fields: { nodes: Array<{ id?: string; name?: string; options?: Array<{ id: string; name: string }> }> } } } } }).data.organization.projectV2;
    expect(p.id).toBe(project.id);
    const status = p.fields.nodes.find((f) => f.name === 'Status');
    const done = status?.options?.find((o) => o.name === 'Done');
    expect(done).toBeDefined();

    const added = await gql('mutation($project: ID!, $content: ID!) { addProjectV2ItemById(input: {projectId: $project, contentId: $content}) { item { id } } }', { project: project.id, content: issue.nodeId });
    const itemId = (added.body as unknown as { data: { addProjectV2ItemById: { item: { id: string } } } }).data.addProjectV2ItemById.item.id;
    const set = await gql(
      'mutation($project: ID!, $item: ID!, $field: ID!, $option: String!) { updateProjectV2ItemFieldValue(input: {projectId: $project, itemId: $item, fieldId: $field, value: {singleSelectOptionId: $option}}) { projectV2Item { id } } }',
      { project: project.id, item: itemId, field: status?.id, option: done?.id },
    );
    expect(set.body).toEqual({ data: { updateProjectV2ItemFieldValue: { projectV2Item: { id: itemId } } } });
    expect(server.state.projects[0]?.items).toEqual([{ id: itemId, contentId: issue.nodeId, fieldValues: new Map([[status?.id, done?.id]]) }]);
    expect(server.writes().map((r) => r.operationId)).toEqual(['graphql', 'graphql']);

    const missing = await gql('query($n: Int!) { organization(login: "acme") { projectV2(number: $n) { id } } }', { n: 99 });
    expect(missing.body).toMatchObject({ data: { organization: { projectV2: null } }, errors: [{ type: 'NOT_FOUND', message: 'Could not resolve to a ProjectV2 with the number 99.' }] });
    expect(server.violations).toEqual([]);

    const invalid = await gql('query { organization(login: "acme") { projectV2(number: 7) { fields(first: 5) { nodes { id } } statusField } } }', {});
    expect((invalid.body as unknown as { errors: Array<{ message: string }> }).errors.map((e) => e.message)).toEqual([
      "Selections can't be made directly on unions (see selections on ProjectV2FieldConfiguration)",
      "Field 'statusField' doesn't exist on type 'ProjectV2'",
    ]);
    expect(server.violations).toHaveLength(1);
    expect(server.violations[0]?.kind).toBe('graphql');
  });
});
