// End to end: the bundled Action on pull requests, against the local GitHub API server.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { pullRequestEvent } from '../github-server/webhooks.js';
import { startGitHubServer, type GitHubServer, type RepoState } from '../github-server/server.js';
import { expectDocExample } from './docs-examples.js';
import { makeCheckout, READ_ONLY_PERMISSIONS, runAction, stripeKey, treeOf, WRITE_PERMISSIONS, type ActionRun, type Checkout } from './harness.js';

const BASE_FILES = {
  'README.md': '# Portal\n\nThe client portal.\n',
  'src/server.ts': ["import express from 'express';", '', 'const app = express();', "app.get('/health', (_req, res) => res.json({ ok: true }));", 'app.listen(3000);', ''].join('\n'),
  'src/billing.ts': ['export function charge(amount: number) {', '  return { amount };', '}', ''].join('\n'),
};

function billingWithKey(key: string, preamble: string[] = []): string {
  return [...preamble, "import Stripe from 'stripe';", '', `const stripe = new Stripe('${key}');`, '', 'export function charge(amount: number) {', '  return stripe.charges.create({ amount });', '}', ''].join('\n');
}

const FIXED_BILLING = ["import Stripe from 'stripe';", '', 'const stripe = new Stripe(process.env.STRIPE_SECRET_KEY ?? "");', '', 'export function charge(amount: number) {', '  return stripe.charges.create({ amount });', '}', ''].join('\n');

let server: GitHubServer;
let repo: RepoState;
let checkout: Checkout;

beforeEach(async () => {
  // A fixed clock makes commit shas, and so the documented examples, the same on every run.
  server = await startGitHubServer({ now: () => new Date('2026-03-02T09:30:00Z') });
  repo = server.state.addRepo({ owner: 'acme', ownerType: 'Organization', name: 'portal', files: BASE_FILES });
  checkout = await makeCheckout();
});

afterEach(async () => {
  await checkout.cleanup();
  await server.close();
});

/** Lays the pull request's head out as the checkout and runs the Action on the event. */
async function runOnPull(number: number, action: 'opened' | 'synchronize', token: string, inputs: Record<string, string> = {}): Promise<ActionRun> {
  const pull = server.state.syncPullRequest(repo, number);
  await checkout.set(treeOf(repo, pull.head.sha));
  const payload = pullRequestEvent(server, { repo, number, action });
  return runAction({ server, repo, event: 'pull_request', payload, token, workspace: checkout.dir, sha: pull.head.sha, inputs });
}

const ops = (id: string) => server.requests.filter((r) => r.operationId === id);

describe('a pull request that adds a gap, then moves it, then fixes it', () => {
  it('fails the check once, comments once, edits the comment in place and marks it fixed', async () => {
    const token = server.state.addToken({ kind: 'actions', permissions: WRITE_PERMISSIONS });
    server.state.commit(repo, { branch: 'billing', files: { 'src/billing.ts': billingWithKey(stripeKey()) }, message: 'Charge customers' });
    const { pull } = server.state.addPullRequest(repo, { title: 'Charge customers', head: 'billing' });

    // 1. The pull request adds a live key: a failing check, one annotation, one review with one comment.
    const first = await runOnPull(pull.number, 'opened', token);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.outputs).toMatchObject({ new: '1', fixed: '0', critical: '1' });
    expect(repo.checkRuns).toHaveLength(1);
    const run1 = repo.checkRuns[0]!;
    expect(run1).toMatchObject({ name: 'shipshape', headSha: pull.head.sha, conclusion: 'failure' });
    expect(run1.output.title).toBe('1 new critical gap');
    expect(run1.output.annotations).toEqual([expect.objectContaining({ path: 'src/billing.ts', start_line: 3, annotation_level: 'failure' })]);
    expect(repo.reviews).toHaveLength(1);
    expect(repo.reviewComments).toHaveLength(1);
    const comment = repo.reviewComments[0]!;
    expect(comment).toMatchObject({ path: 'src/billing.ts', line: 3 });
    expect(comment.body).toMatch(/^<!-- shipshape:gap=[\w-]+ -->\n🔴 \*\*critical\*\* · security/);
    expect(comment.body).not.toContain(stripeKey());
    // The server's comment object is edited in place later: keep the first body.
    const firstBody = comment.body;
    expect(first.summary).toContain('## shipshape: 1 new · 0 fixed');
    expect(first.summary).not.toContain(stripeKey());
    // Unchanged files came from the cache; the one changed file was read at the merge base through the API.
    expect(ops('repos/get-content').map((r) => r.path)).toEqual([`/repos/acme/portal/contents/${encodeURIComponent('src/billing.ts')}`]);
    expectDocExample('review-comment', firstBody);
    expectDocExample('summary', first.summary);

    // 2. A second push moves the key two lines down: the same gap, its comment edited, not duplicated.
    server.state.commit(repo, { branch: 'billing', files: { 'src/billing.ts': billingWithKey(stripeKey(), ['// Billing.', '']) } });
    const second = await runOnPull(pull.number, 'synchronize', token);
    expect(second.code).toBe(0);
    expect(repo.reviews).toHaveLength(1);
    expect(repo.reviewComments).toHaveLength(1);
    expect(ops('pulls/update-review-comment')).toHaveLength(1);
    expect(repo.reviewComments[0]!.id).toBe(comment.id);
    expect(repo.reviewComments[0]!.body).toContain('at line 5');
    expect(repo.checkRuns.at(-1)).toMatchObject({ conclusion: 'failure', headSha: server.state.syncPullRequest(repo, pull.number).head.sha });

    // 3. The fixing commit: the check passes and the comment says fixed, struck through.
    server.state.commit(repo, { branch: 'billing', files: { 'src/billing.ts': FIXED_BILLING } });
    const third = await runOnPull(pull.number, 'synchronize', token);
    expect(third.code).toBe(0);
    expect(third.outputs).toMatchObject({ new: '0', fixed: '0', critical: '0' });
    expect(repo.checkRuns.at(-1)).toMatchObject({ conclusion: 'success' });
    expect(repo.checkRuns.at(-1)!.output.annotations).toEqual([]);
    expect(repo.reviews).toHaveLength(1);
    expect(repo.reviewComments).toHaveLength(1);
    const fixed = repo.reviewComments[0]!.body;
    expect(fixed.split('\n').slice(0, 2)).toEqual([firstBody.split('\n')[0], expect.stringMatching(/^✅ \*\*Fixed\*\* in [0-9a-f]{7}/)]);
    expect(fixed).toContain(`~~${firstBody.split('\n')[1]}~~`);
    expectDocExample('fixed-comment', fixed);

    // 4. Another run on the same head changes no comment.
    const writesBefore = ops('pulls/update-review-comment').length;
    await runOnPull(pull.number, 'synchronize', token);
    expect(ops('pulls/update-review-comment')).toHaveLength(writesBefore);
    expect(ops('pulls/create-review')).toHaveLength(1);
    expect(server.violations).toEqual([]);
  }, 120_000);
});

describe('a pull request that fixes what the base branch had', () => {
  it('passes and says which phase items merging checks off', async () => {
    const token = server.state.addToken({ kind: 'actions', permissions: WRITE_PERMISSIONS });
    server.state.commit(repo, { files: { 'src/billing.ts': billingWithKey(stripeKey('b')), 'src/other.ts': `export const key = '${stripeKey('c')}';\n` } });
    server.state.commit(repo, { branch: 'rotate', files: { 'src/billing.ts': FIXED_BILLING, 'src/other.ts': "export const key = process.env.OTHER_KEY;\n" } });
    const { pull } = server.state.addPullRequest(repo, { title: 'Rotate keys', head: 'rotate' });
    const run = await runOnPull(pull.number, 'opened', token);
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ new: '0', fixed: '2' });
    expect(repo.checkRuns[0]).toMatchObject({ conclusion: 'success' });
    expect(repo.checkRuns[0]!.output.title).toBe('No new gaps · 2 fixed');
    expect(run.summary).toContain('Merging this checks off 2 items in Phase 1 — Critical.');
    // Nothing new on a changed line: no review at all.
    expect(repo.reviews).toHaveLength(0);
    expect(server.violations).toEqual([]);
  }, 60_000);
});

describe('cache-file', () => {
  it('keeps facts between runs outside the checkout, and refuses a cache inside it', async () => {
    const token = server.state.addToken({ kind: 'actions', permissions: WRITE_PERMISSIONS });
    const cacheDir = await mkdtemp(path.join(tmpdir(), 'shipshape-action-cache-'));
    try {
      const cacheFile = path.join(cacheDir, 'facts');
      server.state.commit(repo, { branch: 'billing', files: { 'src/billing.ts': billingWithKey(stripeKey()) } });
      const { pull } = server.state.addPullRequest(repo, { title: 'Charge', head: 'billing' });
      const first = await runOnPull(pull.number, 'opened', token, { 'cache-file': cacheFile });
      expect(first.stdout).toContain('no facts cached in');
      expect(first.stdout).toContain(', 1 re-parsed)');
      expect(existsSync(cacheFile)).toBe(true);
      server.state.commit(repo, { branch: 'billing', files: { 'src/billing.ts': billingWithKey(stripeKey(), ['// moved']) } });
      const second = await runOnPull(pull.number, 'synchronize', token, { 'cache-file': cacheFile });
      expect(second.stdout).toMatch(/shipshape: \d+ files' facts read from /);
      // Only the edited file is parsed again: the base's files all come from the cache.
      expect(second.stdout).toContain(', 0 re-parsed)');
      expect(second.outputs).toMatchObject({ new: '1' });

      const inside = await runOnPull(pull.number, 'synchronize', token, { 'cache-file': '.shipshape-cache' });
      expect(inside.stdout).toContain('::warning::shipshape: cache-file .shipshape-cache is inside the checkout');
      expect(existsSync(path.join(checkout.dir, '.shipshape-cache'))).toBe(false);
      expect(inside.outputs).toMatchObject({ new: '1' });
      expect(server.violations).toEqual([]);
    } finally {
      await rm(cacheDir, { recursive: true, force: true });
    }
  }, 90_000);
});

describe('comment modes', () => {
  it('summary: one conversation comment, edited in place, never a second one', async () => {
    const token = server.state.addToken({ kind: 'actions', permissions: WRITE_PERMISSIONS });
    server.state.commit(repo, { branch: 'billing', files: { 'src/billing.ts': billingWithKey(stripeKey()) } });
    const { pull } = server.state.addPullRequest(repo, { title: 'Charge', head: 'billing' });
    await runOnPull(pull.number, 'opened', token, { 'comment-mode': 'summary' });
    expect(repo.comments).toHaveLength(1);
    expect(repo.comments[0]!.body).toMatch(/^<!-- shipshape:summary -->\n## shipshape: 1 new · 0 fixed/);
    server.state.commit(repo, { branch: 'billing', files: { 'src/billing.ts': FIXED_BILLING } });
    await runOnPull(pull.number, 'synchronize', token, { 'comment-mode': 'summary' });
    expect(repo.comments).toHaveLength(1);
    expect(repo.comments[0]!.body).toContain('## shipshape: 0 new · 0 fixed');
    expect(ops('issues/update-comment')).toHaveLength(1);
    expect(repo.reviews).toHaveLength(0);
    expect(server.violations).toEqual([]);
  }, 60_000);

  it('off: no comments and, with annotations off, a check run without annotations', async () => {
    const token = server.state.addToken({ kind: 'actions', permissions: WRITE_PERMISSIONS });
    server.state.commit(repo, { branch: 'billing', files: { 'src/billing.ts': billingWithKey(stripeKey()) } });
    const { pull } = server.state.addPullRequest(repo, { title: 'Charge', head: 'billing' });
    const run = await runOnPull(pull.number, 'opened', token, { 'comment-mode': 'off', annotations: 'false' });
    expect(run.code).toBe(0);
    expect(repo.checkRuns[0]).toMatchObject({ conclusion: 'failure' });
    expect(repo.checkRuns[0]!.output.annotations).toEqual([]);
    expect(repo.comments).toHaveLength(0);
    expect(repo.reviews).toHaveLength(0);
    expect(server.violations).toEqual([]);
  }, 60_000);

  it('refuses an unknown input value with a friendly message', async () => {
    const token = server.state.addToken({ kind: 'actions', permissions: WRITE_PERMISSIONS });
    server.state.commit(repo, { branch: 'billing', files: { 'src/billing.ts': billingWithKey(stripeKey()) } });
    const { pull } = server.state.addPullRequest(repo, { title: 'Charge', head: 'billing' });
    const run = await runOnPull(pull.number, 'opened', token, { 'fail-on': 'urgent' });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("::error::shipshape: input 'fail-on' must be one of critical|hardening|polish, got 'urgent'");
    expect(server.requests).toEqual([]);
    expect(server.violations).toEqual([]);
  }, 60_000);
});

describe('a pull request from a fork (read-only token)', () => {
  it('degrades to the job summary and workflow-command annotations, and exits 0 when nothing blocks', async () => {
    const token = server.state.addToken({ kind: 'actions', permissions: READ_ONLY_PERMISSIONS });
    // The repository ranks committed secrets as hardening: a new one does not block.
    server.state.commit(repo, { files: { '.github/shipshape.yml': 'rules:\n  security/no-hardcoded-secrets: hardening\n' } });
    server.state.commit(repo, { branch: 'fork-billing', files: { 'src/billing.ts': billingWithKey(stripeKey()) } });
    const { pull } = server.state.addPullRequest(repo, { title: 'From a fork', head: 'fork-billing' });
    const run = await runOnPull(pull.number, 'opened', token);
    expect(run.code).toBe(0);
    expect(repo.checkRuns).toHaveLength(0);
    expect(repo.reviews).toHaveLength(0);
    expect(run.stdout).toMatch(/^::warning title=shipshape hardening · security.*,file=src\/billing\.ts,line=3,endLine=3::/m);
    expect(run.summary).toContain('could not be written (GitHub answered 403');
    expect(run.summary).toContain('## shipshape: 1 new · 0 fixed');
    expect(run.outputs.new).toBe('1');
    expect(server.writes().every((w) => w.status === 403)).toBe(true);
    expect(server.violations).toEqual([]);
  }, 60_000);

  it('fails the step itself for a blocking gap, since no check run can carry the verdict', async () => {
    const token = server.state.addToken({ kind: 'actions', permissions: READ_ONLY_PERMISSIONS });
    server.state.commit(repo, { branch: 'fork-billing', files: { 'src/billing.ts': billingWithKey(stripeKey()) } });
    const { pull } = server.state.addPullRequest(repo, { title: 'From a fork', head: 'fork-billing' });
    const run = await runOnPull(pull.number, 'opened', token);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^::error title=shipshape critical · security.*,file=src\/billing\.ts,line=3/m);
    expect(run.stdout).toContain('::error::shipshape: this pull request adds 1 gap at or above critical');
    expect(run.stdout).not.toContain('shipshape failed');
    expect(run.summary).toContain('could not be written');
    expect(server.violations).toEqual([]);
  }, 60_000);
});

describe('GitHub failing', () => {
  it('retries 5xx answers', async () => {
    const token = server.state.addToken({ kind: 'actions', permissions: WRITE_PERMISSIONS });
    server.state.commit(repo, { branch: 'billing', files: { 'src/billing.ts': billingWithKey(stripeKey()) } });
    const { pull } = server.state.addPullRequest(repo, { title: 'Charge', head: 'billing' });
    const listFiles = server.inject({ method: 'GET', path: `/repos/acme/portal/pulls/${pull.number}/files`, status: 502 });
    const createCheck = server.inject({ method: 'POST', path: '/repos/acme/portal/check-runs', status: 500 });
    const run = await runOnPull(pull.number, 'opened', token);
    expect(run.code).toBe(0);
    expect(listFiles.hits).toBe(1);
    expect(createCheck.hits).toBe(1);
    expect(ops('checks/create').map((r) => r.status)).toEqual([500, 201]);
    expect(repo.checkRuns).toHaveLength(1);
    expect(repo.reviewComments).toHaveLength(1);
    expect(server.violations).toEqual([]);
  }, 60_000);

  it('degrades when the review is refused (403), without crashing', async () => {
    const token = server.state.addToken({ kind: 'actions', permissions: WRITE_PERMISSIONS });
    server.state.commit(repo, { branch: 'billing', files: { 'src/billing.ts': billingWithKey(stripeKey()) } });
    const { pull } = server.state.addPullRequest(repo, { title: 'Charge', head: 'billing' });
    server.inject({ method: 'POST', path: `/repos/acme/portal/pulls/${pull.number}/reviews`, status: 403 });
    const run = await runOnPull(pull.number, 'opened', token);
    expect(run.code).toBe(0);
    expect(repo.checkRuns[0]).toMatchObject({ conclusion: 'failure' });
    expect(repo.reviews).toHaveLength(0);
    expect(run.summary).toContain('Review comments could not be written (GitHub answered 403');
    expect(run.summary).toContain('### New in this pull request (1)');
    expect(server.violations).toEqual([]);
  }, 60_000);
});

describe('a pull request touching 300 files with 120 new gaps', () => {
  it('batches annotations 50 per request and keeps the check output within GitHub limits', async () => {
    const token = server.state.addToken({ kind: 'actions', permissions: WRITE_PERMISSIONS });
    const modules: Record<string, string> = {};
    for (let i = 0; i < 180; i++) modules[`src/modules/m${i}.ts`] = `export const m${i} = ${i};\n`;
    server.state.commit(repo, { files: modules });
    const change: Record<string, string> = {};
    for (let i = 0; i < 180; i++) change[`src/modules/m${i}.ts`] = `export const m${i} = ${i};\nexport const n${i} = ${i + 1};\n`;
    for (let i = 0; i < 120; i++) change[`src/keys/k${i}.ts`] = `export const key${i} = '${stripeKey(`k${i}`)}';\n`;
    server.state.commit(repo, { branch: 'big', files: change });
    const { pull } = server.state.addPullRequest(repo, { title: 'Big change', head: 'big' });
    const run = await runOnPull(pull.number, 'opened', token);
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ new: '120' });
    const check = repo.checkRuns[0]!;
    expect(check.output.annotations).toHaveLength(120);
    expect(check.updates).toBe(2);
    const sent = [...ops('checks/create'), ...ops('checks/update')].map((r) => ((r.body as { output: { annotations: unknown[] } }).output.annotations).length);
    expect(sent).toEqual([50, 50, 20]);
    expect(check.output.text!.length).toBeLessThanOrEqual(65_535);
    expect(check.output.text).toContain('cut to fit GitHub');
    expect(check.output.summary!.length).toBeLessThanOrEqual(65_535);
    // One review, its inline comments capped (the most urgent first); the summary lists the rest.
    expect(repo.reviews).toHaveLength(1);
    expect(repo.reviewComments).toHaveLength(50);
    expect(run.summary).toContain('Inline comments are capped at 50 per run: 70 more new gaps on changed lines are listed here only.');
    // Modified files were read at the merge base; added ones were not.

    expect(ops('repos/get-content')).toHaveLength(180);
    expect(run.summary).toContain('…and 70 more gaps in the report artifact.');
    expect(server.violations).toEqual([]);
  }, 120_000);
});
