// People and other tools around the phase issues: commands, hand-ticked boxes, the Action's
// report artifact, pull requests from forks, a project board, and a second replica.
import { afterEach, describe, expect, it } from '@jest/globals';
import { renderJson } from '../../src/report/json.js';
import { BUILTIN_RULES } from '../../src/rules/index.js';
import { issueCommentEvent, workflowRunEvent } from '../github-server/webhooks.js';
import { addComment, issueEditedEvent, repositoriesAddedEvent } from './events.js';
import { Harness, START_FILES, calls, config, openByPhase, openInIssues } from './harness.js';
import { parseBody } from '../../src/github/tracking/parse.js';

let h: Harness;
afterEach(() => h.close());

function command(number: number, user: string, body: string): Promise<void> {
  const id = addComment(h.server, h.repo, number, user, body);
  return h.deliver('issue_comment', issueCommentEvent(h.server, { repo: h.repo, commentId: id, action: 'created', installationId: h.installationId }));
}

const replies = (number: number) => h.comments(number).filter((c) => c.startsWith('<!-- shipshape:reply'));

describe('commands', () => {
  it('records an accepted risk from a writer, once, and closes the phase when nothing else is open', async () => {
    h = await Harness.start();
    h.server.state.setCollaborator(h.repo, 'alice', 'write');
    await h.install();
    const critical = h.phaseIssues().get('critical')!;
    const [one, two, three] = critical.doc.entries.map((e) => e.id) as [string, string, string];

    await command(critical.number, 'alice', `/shipshape ignore ${one} the vendor sandbox needs it`);
    let issue = h.phaseIssues().get('critical')!;
    expect(issue.doc.entries.find((e) => e.id === one)?.state).toMatchObject({ kind: 'accepted', by: 'alice', reason: 'the vendor sandbox needs it' });
    expect(issue.body).toMatch(/### Accepted risks\n- \[x\] .*accepted by @alice on \d{4}-\d{2}-\d{2}: the vendor sandbox needs it/);
    expect(issue.body).toContain('**Progress: 1/3 resolved (0 fixed, 1 accepted)**');
    expect(replies(critical.number)).toHaveLength(1);

    // A redelivered comment event changes nothing and replies nothing.
    const writes = h.server.writes().length;
    const commentId = h.repo.comments.find((c) => c.body.includes(`ignore ${one}`))!.id;
    await h.deliver('issue_comment', issueCommentEvent(h.server, { repo: h.repo, commentId, action: 'created', installationId: h.installationId }));
    expect(h.server.writes().length).toBe(writes);

    // The acceptance survives the next push; accepting the rest closes the phase.
    h.merge({ 'src/b.ts': calls('print', ['debug']) }, 'No evil in b');
    await h.deliver('push', h.pushPayload());
    issue = h.phaseIssues().get('critical')!;
    expect(issue.doc.entries.map((e) => [e.id, e.state.kind])).toEqual([[two, 'open'], [three, 'fixed'], [one, 'accepted']]);
    await command(critical.number, 'alice', `/shipshape ignore ${two.slice(0, 10)} test-only path`);
    issue = h.phaseIssues().get('critical')!;
    expect(issue.state).toBe('closed');
    expect(h.comments(critical.number).some((c) => c.includes('### ✅ Phase 1 — Critical: done') && c.includes('**Accepted risks (2)**'))).toBe(true);
  });

  it('refuses commands from people without write access, politely', async () => {
    h = await Harness.start();
    h.server.state.setCollaborator(h.repo, 'reader', 'read');
    await h.install();
    const critical = h.phaseIssues().get('critical')!;
    const body = critical.body;
    await command(critical.number, 'reader', `/shipshape ignore ${critical.doc.entries[0]!.id} trust me`);
    await command(critical.number, 'mallory', '/shipshape rescan');
    expect(h.phaseIssues().get('critical')?.body).toBe(body);
    expect(replies(critical.number)).toEqual([
      expect.stringContaining('Thanks, @reader — shipshape takes commands only from people with write access'),
      expect.stringContaining('Thanks, @mallory — shipshape takes commands only from people with write access'),
    ]);
  });

  it('explains a built-in rule, rescans, and answers unknown commands with help', async () => {
    h = await Harness.start();
    h.server.state.setCollaborator(h.repo, 'alice', 'admin');
    await h.install();
    const { number } = h.phaseIssues().get('polish')!;
    const rule = BUILTIN_RULES[0]!;
    await command(number, 'alice', `/shipshape explain ${rule.id}`);
    await command(number, 'alice', '/shipshape rescan');
    await command(number, 'alice', '/shipshape frobnicate');
    await command(number, 'alice', '/shipshape ignore 0000000 ');
    const [explain, rescan, help, ignore] = replies(number);
    expect(explain).toContain(`### \`${rule.id}\``);
    expect(explain).toContain('**Why it matters**');
    expect(explain).toContain(rule.why.trim().split('\n')[0]);
    expect(explain).toContain('**Before**');
    expect(rescan).toContain('Scanned the default branch again: nothing changed.');
    expect(help).toContain('`frobnicate` is not a shipshape command.');
    expect(help).toContain('/shipshape ignore <gap-id> <reason>');
    expect(ignore).toContain('Not recorded: a reason is required');
  });
});

describe('a box ticked by hand', () => {
  it('is put back with a note on how to accept the risk, and a redelivery does nothing more', async () => {
    h = await Harness.start();
    await h.install();
    const critical = h.phaseIssues().get('critical')!;
    const stored = h.issues().find((i) => i.number === critical.number)!;
    const original = stored.body as string;
    stored.body = `${original.replace('- [ ] **evil of one**', '- [x] **evil of one**')}\n\nthanks!`;
    const payload = issueEditedEvent(h.server, h.repo, critical.number, 'carol', original, h.installationId);
    await h.deliver('issues', payload);
    expect(stored.body).toBe(`${original}\n\nthanks!`);
    const [note] = h.comments(critical.number);
    expect(note).toContain('@carol, shipshape ticks these boxes itself');
    expect(note).toContain(`/shipshape ignore ${critical.doc.entries[0]!.id} <reason>`);
    const writes = h.server.writes().length;
    await h.deliver('issues', payload);
    expect(h.server.writes().length).toBe(writes);
  });
});

describe("the Action's report artifact", () => {
  it('is used instead of a scan once the Action runs, and a bad one falls back to scanning', async () => {
    h = await Harness.start();
    await h.install();
    // The Action has run here before (it uploaded a report for the installed commit).
    h.server.state.addArtifact(h.repo, { runId: 500, name: 'shipshape-report', headSha: h.head(), files: { 'shipshape.json': renderJson(await h.expected(h.head())) } });
    const fix = h.merge({ 'src/a.ts': calls('silentDelete', ['users']) }, 'Stop calling evil');
    const tarballs = () => h.server.requests.filter((r) => r.path.includes('/tarball/')).length;
    const scanned = tarballs();

    // So a push waits for the Action's report rather than scanning.
    const writes = h.server.writes().length;
    await h.deliver('push', h.pushPayload());
    expect(h.server.writes().length).toBe(writes);
    expect(tarballs()).toBe(scanned);
    h.server.state.addArtifact(h.repo, { runId: 501, name: 'shipshape-report', headSha: fix.sha, files: { 'shipshape.json': renderJson(await h.expected(fix.sha)) } });
    await h.deliver('workflow_run', workflowRunEvent(h.server, { repo: h.repo, runId: 501, action: 'completed', event: 'push', headSha: fix.sha, installationId: h.installationId }));
    expect(tarballs()).toBe(scanned);
    const critical = h.phaseIssues().get('critical')!;
    expect(critical.doc.commit).toBe(fix.sha);
    expect(critical.doc.entries.filter((e) => e.state.kind === 'fixed').map((e) => e.state)).toEqual([
      { kind: 'fixed', sha: fix.sha, pr: fix.number },
      { kind: 'fixed', sha: fix.sha, pr: fix.number },
    ]);

    // A report that does not validate: the App scans that commit itself.
    const next = h.merge({ 'src/b.ts': calls('print', ['debug']) }, 'No evil in b');
    h.server.state.addArtifact(h.repo, { runId: 502, name: 'shipshape-report', headSha: next.sha, files: { 'shipshape.json': '{"version": 1, "gaps": "nope"}' } });
    await h.deliver('workflow_run', workflowRunEvent(h.server, { repo: h.repo, runId: 502, action: 'completed', event: 'push', headSha: next.sha, installationId: h.installationId }));
    expect(tarballs()).toBe(scanned + 1);
    expect(h.phaseIssues().get('critical')?.state).toBe('closed');
    expect(h.comments(critical.number)[0]).toContain('proof: an in-app scan of that commit');

    // Runs of other workflows carry no shipshape report and are ignored.
    const before = h.server.writes().length;
    await h.deliver('workflow_run', workflowRunEvent(h.server, { repo: h.repo, runId: 999, action: 'completed', event: 'push', installationId: h.installationId }));
    expect(h.server.writes().length).toBe(before);
  });
});

describe('pull requests from forks', () => {
  it('get one review with the new gaps from the artifact, inline where the line is in the diff', async () => {
    h = await Harness.start();
    await h.install();
    h.server.state.commit(h.repo, { branch: 'feature', files: { 'src/c.ts': calls('evil', ['fork']) } });
    const { pull } = h.server.state.addPullRequest(h.repo, { title: 'Add c', head: 'feature', user: 'forker' });
    h.server.state.addArtifact(h.repo, { runId: 700, name: 'shipshape-report', headSha: pull.head.sha, headBranch: 'feature', files: { 'shipshape.json': renderJson(await h.expected(pull.head.sha)) } });
    const event = workflowRunEvent(h.server, { repo: h.repo, runId: 700, action: 'completed', event: 'pull_request', headBranch: 'feature', headSha: pull.head.sha, installationId: h.installationId });
    // As GitHub sends it for a fork: the head repository is the fork, and no pull requests are listed.
    const run = event.workflow_run as Record<string, unknown>;
    run.head_repository = { ...(run.head_repository as Record<string, unknown>), full_name: 'forker/portal', fork: true };
    run.pull_requests = [];
    await h.deliver('workflow_run', event);
    await h.deliver('workflow_run', event);
    expect(h.repo.reviews).toHaveLength(1);
    expect(h.repo.reviews[0]).toMatchObject({ pullNumber: pull.number, state: 'COMMENTED', user: 'shipshape[bot]', commitId: pull.head.sha });
    expect(h.repo.reviews[0]!.body).toContain('1 new gap in this pull request');
    expect(h.repo.reviewComments.map((c) => [c.path, c.line])).toEqual([['src/c.ts', 1]]);
    expect(h.repo.reviewComments[0]!.body).toContain('evil of fork');
  });
});

describe('a project board', () => {
  it('holds the phase issues with a Status that follows progress', async () => {
    h = await Harness.start({ files: { ...START_FILES, '.github/shipshape.yml': config(['project: acme/7']) } });
    const board = h.server.state.addProject({ owner: 'acme', number: 7, title: 'Readiness' });
    const status = board.fields.find((f) => f.name === 'Status')!;
    const statuses = () =>
      Object.fromEntries(
        [...h.phaseIssues()].map(([phase, issue]) => {
          const item = board.items.find((i) => i.contentId === issue.nodeId);
          return [phase, status.options.find((o) => o.id === item?.fieldValues.get(status.id))?.name ?? null];
        }),
      );
    await h.install();
    expect(statuses()).toEqual({ critical: 'Todo', hardening: 'Todo', polish: 'Todo' });
    h.merge({ 'src/a.ts': calls('silentDelete', ['users']) }, 'Stop calling evil');
    await h.deliver('push', h.pushPayload());
    expect(statuses()).toEqual({ critical: 'In Progress', hardening: 'Todo', polish: 'Todo' });
    h.merge({ 'src/b.ts': calls('print', ['debug']), 'src/a.ts': '' }, 'Clean up');
    await h.deliver('push', h.pushPayload());
    expect(statuses()).toEqual({ critical: 'Done', hardening: 'Done', polish: 'Todo' });
    const writes = h.server.writes().length;
    await h.deliver('push', h.pushPayload());
    expect(h.server.writes().length).toBe(writes);
    expect(board.items).toHaveLength(3);
    // Accepting the last polish gap finishes that phase on the board too.
    h.server.state.setCollaborator(h.repo, 'alice', 'maintain');
    const polish = h.phaseIssues().get('polish')!;
    await command(polish.number, 'alice', `/shipshape ignore ${polish.doc.entries[0]!.id} debug output is wanted here`);
    expect(statuses()).toEqual({ critical: 'Done', hardening: 'Done', polish: 'Done' });
  });
});

describe('two replicas', () => {
  it('converge on one issue per phase when both take the same deliveries at once', async () => {
    h = await Harness.start({ replicas: 2 });
    const [a, b] = h.probots as [NonNullable<(typeof h.probots)[0]>, NonNullable<(typeof h.probots)[0]>];
    await Promise.all([h.install(a), h.install(b)]);
    h.merge({ 'src/a.ts': calls('silentDelete', ['users']) }, 'Stop calling evil');
    const payload = h.pushPayload();
    await Promise.all([h.deliver('push', payload, a), h.deliver('push', payload, b)]);
    // phaseIssues() throws if two issues hold a section for the same phase.
    const issues = h.phaseIssues();
    expect(openInIssues(issues)).toEqual(openByPhase(await h.expected(h.head())));
    for (const other of h.issues().filter((i) => ![...issues.values()].some((t) => t.number === i.number))) {
      expect(other).toMatchObject({ state: 'closed', stateReason: 'duplicate' });
    }
  });
});

describe('repositories added to an installation', () => {
  it('get their first sync, and an empty repository waits for its first push', async () => {
    h = await Harness.start();
    const api = h.server.state.addRepo({ owner: 'acme', ownerType: 'Organization', name: 'api', private: true, files: { ...START_FILES, 'src/b.ts': 'export {};\n' } });
    const empty = h.server.state.addRepo({ owner: 'acme', ownerType: 'Organization', name: 'empty', private: true });
    const installation = h.server.state.installations.get(h.installationId)!;
    installation.repositories = ['acme/portal', 'acme/api', 'acme/empty'];
    await h.deliver('installation_repositories', repositoriesAddedEvent(h.server, h.installationId, [api, empty]));
    expect(api.issues.map((i) => [i.title, parseBody(i.body)?.doc.entries.length])).toEqual([
      ['Phase 1 — Critical', 2],
      ['Phase 2 — Hardening', 1],
    ]);
    expect(empty.issues).toEqual([]);
    expect(h.repo.issues).toEqual([]);
  });
});
