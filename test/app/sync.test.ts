// The App end to end: Probot over real HTTP against the local GitHub server, deliveries built
// from the server's state, the engine scanning the downloaded tarball.
import { afterEach, describe, expect, it } from '@jest/globals';
import { Harness, calls, config, openByPhase, openInIssues } from './harness.js';

let h: Harness;
// close() fails the test if the App sent a request GitHub would reject.
afterEach(() => h.close());

describe('install', () => {
  it('opens one labelled issue per phase with the gaps the engine finds, grouped by dimension, with permalinks', async () => {
    h = await Harness.start();
    await h.install();
    const issues = h.phaseIssues();
    const expected = await h.expected(h.head());
    expect([...issues.keys()]).toEqual(['critical', 'hardening', 'polish']);
    expect(openInIssues(issues)).toEqual(openByPhase(expected));
    expect(openByPhase(expected).critical).toHaveLength(3);
    const critical = issues.get('critical')!;
    expect(h.issues().find((i) => i.number === critical.number)).toMatchObject({ title: 'Phase 1 — Critical', labels: ['shipshape', 'phase:critical'], user: 'shipshape[bot]', state: 'open' });
    expect(critical.doc.commit).toBe(h.head());
    expect(critical.body).toContain('### security');
    expect(critical.body).toContain(`(https://github.com/acme/portal/blob/${h.head()}/src/a.ts#L1)`);
    expect(critical.body).toContain('**Progress: 0/3 fixed**');
    expect(h.issues().map((i) => i.title)).toEqual(['Phase 1 — Critical', 'Phase 2 — Hardening', 'Phase 3 — Polish']);
  });
});

describe('fixes merged to the default branch', () => {
  it('checks fixed gaps with the merged pull request, closes a finished phase with proof, reopens on regression', async () => {
    h = await Harness.start();
    await h.install();
    const critical = h.phaseIssues().get('critical')!;
    const [one, two, three] = critical.doc.entries.map((e) => e.id);

    // PR #N removes evil(one) and evil(two).
    const fix = h.merge({ 'src/a.ts': calls('silentDelete', ['users']) }, 'Stop calling evil');
    await h.deliver('push', h.pushPayload());
    let issue = h.phaseIssues().get('critical')!;
    expect(issue.doc.entries.map((e) => [e.id, e.state])).toEqual([
      [three, { kind: 'open', regressed: null }],
      [one, { kind: 'fixed', sha: fix.sha, pr: fix.number }],
      [two, { kind: 'fixed', sha: fix.sha, pr: fix.number }],
    ]);
    expect(issue.body).toContain(`✅ fixed in #${fix.number} ([\`${fix.sha.slice(0, 7)}\`](https://github.com/acme/portal/commit/${fix.sha}))`);
    expect(issue.body).toContain('**Progress: 2/3 fixed**');
    expect(issue.state).toBe('open');

    // The last critical gap goes in a second PR: the issue closes, after a proof comment.
    const last = h.merge({ 'src/b.ts': calls('print', ['debug']) }, 'No more evil');
    await h.deliver('push', h.pushPayload());
    issue = h.phaseIssues().get('critical')!;
    expect(issue.state).toBe('closed');
    expect(h.issues().find((i) => i.number === issue.number)?.stateReason).toBe('completed');
    const [proof] = h.comments(issue.number);
    expect(proof).toContain(`<!-- shipshape:proof phase=critical commit=${last.sha} -->`);
    expect(proof).toContain(`Every gap of this phase is resolved at [\`${last.sha.slice(0, 7)}\`]`);
    expect(proof).toContain(`Fixed by #${fix.number}, #${last.number}.`);
    expect(proof).toContain('**Fixed (3)**');
    expect(h.phaseIssues().get('hardening')?.state).toBe('open');

    // evil(two) comes back in a direct push: reopened, with a note naming the PR that had fixed it.
    const back = h.commit({ 'src/a.ts': calls('evil', ['two']) + calls('silentDelete', ['users']) });
    await h.deliver('push', h.pushPayload());
    issue = h.phaseIssues().get('critical')!;
    expect(issue.state).toBe('open');
    expect(issue.doc.entries.find((e) => e.id === two)?.state).toEqual({ kind: 'open', regressed: { sha: back, wasPr: fix.number } });
    expect(issue.body).toContain(`⚠️ regressed in [\`${back.slice(0, 7)}\`]`);
    expect(h.comments(issue.number)[1]).toContain(`(was fixed in #${fix.number})`);
  });

  it('scans when the installation predates the actions permission (no artifacts to look at)', async () => {
    h = await Harness.start({ permissions: { issues: 'write', contents: 'read', pull_requests: 'write', metadata: 'read' } });
    await h.install();
    h.merge({ 'src/a.ts': calls('silentDelete', ['users']) }, 'Stop calling evil');
    await h.deliver('push', h.pushPayload());
    expect(h.server.requests.filter((r) => r.path.endsWith('/actions/artifacts')).map((r) => r.status)).toEqual([403, 403]);
    expect(h.phaseIssues().get('critical')?.doc.entries.filter((e) => e.state.kind === 'fixed')).toHaveLength(2);
  });

  it('keeps what people wrote around the section', async () => {
    h = await Harness.start();
    await h.install();
    const stored = h.issues().find((i) => i.title === 'Phase 1 — Critical')!;
    stored.body = `Owner: @alice — due before the Globex pilot.\r\n\r\n${stored.body}\n\n## Notes\n- legal signed off on the DPA\n`;
    h.merge({ 'src/a.ts': calls('silentDelete', ['users']) }, 'Stop calling evil');
    await h.deliver('push', h.pushPayload());
    const issue = h.phaseIssues().get('critical')!;
    expect(issue.before).toBe('Owner: @alice — due before the Globex pilot.\r\n\r\n');
    expect(issue.after).toBe('\n\n## Notes\n- legal signed off on the DPA\n');
    expect(issue.doc.entries.filter((e) => e.state.kind === 'fixed')).toHaveLength(2);
  });
});

describe('idempotence and order', () => {
  it('writes once for a delivery received ten times, and nothing for an unchanged report', async () => {
    h = await Harness.start();
    await h.install();
    h.merge({ 'src/a.ts': calls('silentDelete', ['users']) }, 'Stop calling evil');
    const payload = h.pushPayload();
    const before = h.server.writes().length;
    await h.deliver('push', payload);
    const once = h.server.writes().slice(before);
    expect(once.map((w) => w.operationId)).toEqual(['issues/update', 'issues/update', 'issues/update']);
    await Promise.all(Array.from({ length: 9 }, () => h.deliver('push', payload)));
    expect(h.server.writes().length).toBe(before + once.length);
  });

  it('ends at the newest commit\'s report after 20 pushes delivered out of order at once', async () => {
    h = await Harness.start();
    await h.install();
    const names = ['one', 'two', 'three', 'four', 'five', 'six'];
    const payloads: Record<string, unknown>[] = [];
    for (let i = 0; i < 20; i++) {
      // A deterministic walk: each commit plants a different subset of calls.
      const planted = names.filter((_, j) => ((i * 7 + j * 3) % 5) < 2);
      h.commit({ 'src/a.ts': calls('evil', planted) + calls('silentDelete', i % 3 === 0 ? [] : ['users']) }, `step ${i}`);
      payloads.push(h.pushPayload());
    }
    const order = payloads.map((p, i) => ({ p, k: (i * 13) % 20 })).sort((a, b) => a.k - b.k).map((x) => x.p);
    await Promise.all(order.map((p) => h.deliver('push', p)));
    const issues = h.phaseIssues();
    const newest = await h.expected(h.head());
    expect(openInIssues(issues)).toEqual(openByPhase(newest));
    for (const issue of issues.values()) expect(issue.doc.commit).toBe(h.head());
  });

  it('ignores a report for a commit older than the one the issues reflect', async () => {
    h = await Harness.start();
    const first = h.head();
    h.commit({ 'src/b.ts': calls('print', ['debug']) });
    await h.install();
    const before = h.server.writes().length;
    await h.deliver('push', h.pushPayload(first));
    expect(h.server.writes().length).toBe(before);
    expect(h.server.requests.some((r) => r.path.includes('/tarball/'))).toBe(true);
    expect(h.server.requests.filter((r) => r.path.includes('/tarball/'))).toHaveLength(1);
    for (const issue of h.phaseIssues().values()) expect(issue.doc.commit).toBe(h.head());
  });
});

describe('configuration', () => {
  it('reports a broken config once in one issue, leaves the phase issues alone, and closes it when fixed', async () => {
    h = await Harness.start();
    await h.install();
    const phaseBodies = h.issues().map((i) => i.body);
    h.commit({ '.github/shipshape.yml': `${config()}fail-on: sometimes\n` });
    await h.deliver('push', h.pushPayload());
    h.commit({ 'src/c.ts': calls('evil', ['four']) });
    await h.deliver('push', h.pushPayload());
    const errors = h.issues().filter((i) => i.body?.includes('<!-- shipshape:config-error -->'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ title: 'shipshape cannot read its configuration', state: 'open' });
    expect(errors[0]!.body).toContain(".github/shipshape.yml");
    expect(errors[0]!.body).toContain('fail-on');
    expect(h.issues().filter((i) => !i.body?.includes('config-error')).map((i) => i.body)).toEqual(phaseBodies);

    h.commit({ '.github/shipshape.yml': config() });
    await h.deliver('push', h.pushPayload());
    expect(h.issues().find((i) => i.number === errors[0]!.number)?.state).toBe('closed');
    expect(h.comments(errors[0]!.number).join('\n')).toContain('reads the configuration again');
    expect(openInIssues(h.phaseIssues()).critical).toHaveLength(4);
  });
});

describe('API failures', () => {
  it('retries a failing write and never leaves a half-written body', async () => {
    h = await Harness.start();
    await h.install();
    const bodies = new Map(h.issues().map((i) => [i.number, i.body]));
    h.merge({ 'src/a.ts': calls('silentDelete', ['users']) }, 'Stop calling evil');
    const flaky = h.server.inject({ method: 'PATCH', path: /\/issues\/\d+$/, status: 502, times: 2 });
    await h.deliver('push', h.pushPayload());
    expect(flaky.hits).toBe(2);
    expect(h.phaseIssues().get('critical')?.doc.entries.filter((e) => e.state.kind === 'fixed')).toHaveLength(2);

    // A GitHub that keeps failing: the delivery fails, and every body is still a whole, earlier one.
    const snapshot = new Map(h.issues().map((i) => [i.number, i.body]));
    h.merge({ 'src/b.ts': calls('print', ['debug']) }, 'No more evil');
    h.server.inject({ method: 'PATCH', path: /\/issues\/\d+$/, status: 500, times: Infinity });
    await expect(h.deliver('push', h.pushPayload())).rejects.toThrow('Server Error');
    for (const issue of h.issues()) expect([snapshot.get(issue.number), bodies.get(issue.number)]).toContain(issue.body);
    h.server.clearInjections();
    await h.deliver('push', h.pushPayload());
    expect(h.phaseIssues().get('critical')?.state).toBe('closed');
  });
});
