// The phase issue model without GitHub: render/parse round trips and the pure planner.
import { describe, expect, it } from '@jest/globals';
import type { TrackedIssue, PhaseDoc } from '../../src/github/tracking/model.js';
import { parseBody, unescapeMarkdown } from '../../src/github/tracking/parse.js';
import { planAccept, planRevertTicks, plan, type Operation, type PlanInput } from '../../src/github/tracking/plan.js';
import { MAX_BODY, renderBody, renderSection } from '../../src/github/tracking/render.js';
import { escapeMarkdown } from '../../src/report/escape.js';
import { SHA, gap, gapId, report } from './reports.js';

const links = { htmlUrl: 'https://github.com/acme/portal' };

function issueFrom(number: number, body: string, state: 'open' | 'closed' = 'open', labels = ['shipshape']): TrackedIssue {
  const parsed = parseBody(body);
  if (!parsed) throw new Error('no section');
  return { number, nodeId: `I_${number}`, state, labels, body, ...parsed };
}

/** Applies a plan to in-memory issues the way GitHub would (comments recorded per issue). */
function apply(issues: TrackedIssue[], ops: readonly Operation[], comments: Map<number, string[]> = new Map()): TrackedIssue[] {
  let next = [...issues];
  let number = Math.max(0, ...issues.map((i) => i.number)) + 100;
  for (const op of ops) {
    if (op.kind === 'create') next.push(issueFrom(++number, op.body, 'open', op.labels));
    else if (op.kind === 'comment') comments.set(op.number, [...(comments.get(op.number) ?? []), op.body]);
    else {
      const at = next.findIndex((i) => i.number === op.number);
      const old = next[at] as TrackedIssue;
      if (old.body !== op.expectedBody) throw new Error(`#${op.number} was planned from another body`);
      const body = op.body ?? old.body;
      const parsed = parseBody(body);
      if (!parsed) next = next.filter((i) => i.number !== op.number);
      else next[at] = { ...old, body, ...parsed, state: op.state ?? old.state, labels: op.labels ?? old.labels };
    }
  }
  return next;
}

const base = (over: Partial<PlanInput>): PlanInput => ({ report: report([]), commit: SHA(1), links, issues: [], pr: null, source: 'scan', ...over });

describe('render and parse', () => {
  const doc: PhaseDoc = {
    phase: 'critical',
    commit: SHA(7),
    entries: [
      { id: gapId('a'), ruleId: 'security/no-hardcoded-secrets', dimension: 'security', display: '**A** · repository · `security/no-hardcoded-secrets` · `' + gapId('a') + '`', state: { kind: 'open', regressed: null } },
      { id: gapId('b'), ruleId: 'audit/audit-trail-exists', dimension: 'audit', display: '**B** · `audit/audit-trail-exists` · `' + gapId('b') + '`', state: { kind: 'open', regressed: { sha: SHA(3), wasPr: 12 } } },
      { id: gapId('c'), ruleId: 'audit/audit-trail-exists', dimension: 'audit', display: '`audit/audit-trail-exists` · `' + gapId('c') + '`', state: { kind: 'fixed', sha: SHA(4), pr: 9 } },
      { id: gapId('d'), ruleId: 'privacy/policy-exists', dimension: 'privacy', display: '**D** · `privacy/policy-exists` · `' + gapId('d') + '`', state: { kind: 'fixed', sha: SHA(5), pr: null } },
      { id: gapId('e'), ruleId: 'security/no-hardcoded-secrets', dimension: 'security', display: '**E** · `security/no-hardcoded-secrets` · `' + gapId('e') + '`', state: { kind: 'accepted', by: 'alice', at: '2026-11-02', reason: 'a <b> & `c` [d](e) -- > #1' } },
      { id: gapId('f'), ruleId: 'operations/runbook-exists', dimension: 'operations', display: '**F** · `operations/runbook-exists` · `' + gapId('f') + '`', state: { kind: 'suppressed', source: 'config', reason: 'on the wiki', until: '2027-01-01' } },
      { id: gapId('g'), ruleId: 'operations/runbook-exists', dimension: 'operations', display: '**G** · `operations/runbook-exists` · `' + gapId('g') + '`', state: { kind: 'suppressed', source: 'inline', reason: 'fixture', until: null } },
    ],
  };

  it('round-trips every entry state, and keeps the text around the section byte for byte', () => {
    const before = 'Owner: @bob\r\n\r\n';
    const after = '\n\n## Notes\nwe ship phase 1 by Friday <!-- not ours -->\n';
    const body = renderBody(before, doc, links, after);
    const parsed = parseBody(body);
    expect(parsed?.before).toBe(before);
    expect(parsed?.after).toBe(after);
    // Entries come back in section order: dimension groups, then accepted risks.
    expect(parsed?.doc).toEqual({ ...doc, entries: [doc.entries[0], doc.entries[1], doc.entries[2], doc.entries[3], doc.entries[4], doc.entries[5], doc.entries[6]] });
    expect(renderBody(parsed!.before, parsed!.doc, links, parsed!.after)).toBe(body);
    expect(body).toContain('**Progress: 5/7 resolved (2 fixed, 3 accepted)**');
    expect(body).toContain(`<!-- shipshape:gap=${gapId('a')} -->`);
    expect(body).toContain(`fixed in #9 ([\`${SHA(4).slice(0, 7)}\`](https://github.com/acme/portal/commit/${SHA(4)}))`);
    expect(parsed?.checked.get(gapId('a'))).toBe(false);
    expect(parsed?.checked.get(gapId('c'))).toBe(true);
  });

  it('reads a body GitHub stored with CRLF line endings (edited in the browser)', () => {
    const body = renderBody('', doc, links, '').replace(/\n/g, '\r\n');
    expect(parseBody(body)?.doc).toEqual(parseBody(renderBody('', doc, links, ''))?.doc);
  });

  it('unescapes exactly what escapeMarkdown escaped', () => {
    for (const text of ['plain', 'a\\b', '&lt; literally', '<script>alert(1)</script>', '`x` *y* _z_ [l](u) #h +p -m !b |t ~s {c}']) {
      expect(unescapeMarkdown(escapeMarkdown(text))).toBe(text);
    }
  });

  it('gives no doc for bodies without a section, and drops lines it cannot read', () => {
    expect(parseBody(null)).toBeNull();
    expect(parseBody('just a person writing <!-- shipshape:gap=0123456789abcdef0123 -->')).toBeNull();
    const body = renderBody('', doc, links, '').replace('— ✅ fixed in #9', '— ✅ fixed by magic');
    expect(parseBody(body)?.doc.entries.map((e) => e.id)).not.toContain(gapId('c'));
  });

  it('keeps hostile text from a scanned repository from forging markers or ending the section', () => {
    const evil = gap('evil', {
      title: 'x <!-- shipshape:end --> [click](javascript:alert(1))',
      location: { path: `a<!-- shipshape:end -->/<!-- shipshape:gap=${gapId('z')} -->.ts`, startLine: 2, endLine: 2, startColumn: 1, endColumn: 2 },
    });
    const ops = plan(base({ report: report([evil, gap('ok')]) }));
    const create = ops[0] as Extract<Operation, { kind: 'create' }>;
    expect(create.body.match(/<!-- shipshape:end -->/g)).toHaveLength(1);
    expect(parseBody(create.body)?.doc.entries.map((e) => e.id)).toEqual([evil.id, gapId('ok')]);
    expect(create.body).not.toContain('](javascript:');
  });
});

describe('plan', () => {
  const critical = [gap('a'), gap('b'), gap('c', { ruleId: 'audit/audit-trail-exists', dimension: 'audit' })];
  const hardening = [gap('h', { phase: 'hardening', ruleId: 'operations/runbook-exists', dimension: 'operations', location: null })];

  it('creates one labelled issue per phase that has gaps, grouped by dimension, with permalinks at the commit', () => {
    const ops = plan(base({ report: report([...critical, ...hardening]) }));
    expect(ops.map((o) => (o.kind === 'create' ? [o.title, o.labels] : o.kind))).toEqual([
      ['Phase 1 — Critical', ['shipshape', 'phase:critical']],
      ['Phase 2 — Hardening', ['shipshape', 'phase:hardening']],
    ]);
    const body = (ops[0] as Extract<Operation, { kind: 'create' }>).body;
    expect(body.indexOf('### security')).toBeLessThan(body.indexOf('### audit'));
    expect(body).toContain(`[\`src/a.ts:3\`](https://github.com/acme/portal/blob/${SHA(1)}/src/a.ts#L3)`);
    expect(body).toContain('**Progress: 0/3 fixed**');
    expect(parseBody(body)?.doc.commit).toBe(SHA(1));
  });

  it('plans nothing when the issues already say what the report says', () => {
    const input = base({ report: report([...critical, ...hardening]) });
    const issues = apply([], plan(input));
    expect(plan({ ...input, issues })).toEqual([]);
  });

  it('checks gone gaps with the pull request and commit, closes a finished phase after its proof, reopens on regression', () => {
    let issues = apply([], plan(base({ report: report([...critical, ...hardening]) })));
    // Two critical gaps fixed by PR #5.
    let ops = plan(base({ report: report([critical[2]!, ...hardening]), commit: SHA(2), issues, pr: 5 }));
    expect(ops.map((o) => o.kind)).toEqual(['update', 'update']);
    issues = apply(issues, ops);
    const phase1 = issues.find((i) => i.doc.phase === 'critical')!;
    expect(phase1.doc.entries.filter((e) => e.state.kind === 'fixed').map((e) => [e.id, e.state])).toEqual([
      [gapId('a'), { kind: 'fixed', sha: SHA(2), pr: 5 }],
      [gapId('b'), { kind: 'fixed', sha: SHA(2), pr: 5 }],
    ]);
    expect(phase1.body).toContain('**Progress: 2/3 fixed**');

    // The last critical gap fixed by a direct push: proof comment first, then close with the body.
    const comments = new Map<number, string[]>();
    ops = plan(base({ report: report(hardening), commit: SHA(3), issues, pr: null }));
    expect(ops.map((o) => [o.kind, 'number' in o ? o.number : null, o.kind === 'update' ? (o.state ?? null) : null])).toEqual([
      ['comment', phase1.number, null],
      ['update', phase1.number, 'closed'],
      ['update', issues.find((i) => i.doc.phase === 'hardening')!.number, null],
    ]);
    issues = apply(issues, ops, comments);
    const proof = comments.get(phase1.number)?.[0] ?? '';
    expect(proof).toContain(`<!-- shipshape:proof phase=critical commit=${SHA(3)} -->`);
    expect(proof).toContain('Fixed by #5.');
    expect(proof).toContain(`${escapeMarkdown('Gap c')}`);
    expect(proof.match(/✅ fixed in/g)).toHaveLength(3);
    expect(issues.find((i) => i.doc.phase === 'critical')?.state).toBe('closed');

    // A fixed gap comes back: a note first, then the issue reopens with the box unchecked.
    ops = plan(base({ report: report([critical[0]!, ...hardening]), commit: SHA(4), issues }));
    expect(ops.slice(0, 2).map((o) => [o.kind, o.kind === 'update' ? (o.state ?? null) : null])).toEqual([
      ['comment', null],
      ['update', 'open'],
    ]);
    expect((ops[0] as Extract<Operation, { kind: 'comment' }>).body).toContain('(was fixed in #5)');
    issues = apply(issues, ops);
    const reopened = issues.find((i) => i.doc.phase === 'critical')!;
    expect(reopened.doc.entries[0]).toMatchObject({ id: gapId('a'), state: { kind: 'open', regressed: { sha: SHA(4), wasPr: 5 } } });
    expect(reopened.state).toBe('open');
  });

  it('drops a gap that moved to another phase instead of calling it fixed', () => {
    const issues = apply([], plan(base({ report: report(critical) })));
    const moved = { ...critical[0]!, phase: 'hardening' as const };
    const ops = plan(base({ report: report([moved, critical[1]!, critical[2]!]), commit: SHA(2), issues }));
    const next = apply(issues, ops);
    expect(next.find((i) => i.doc.phase === 'critical')?.doc.entries.map((e) => e.id)).toEqual([gapId('b'), gapId('c')]);
    expect(next.find((i) => i.doc.phase === 'hardening')?.doc.entries.map((e) => e.id)).toEqual([gapId('a')]);
  });

  it('lists suppressed gaps as accepted risks and keeps a person\'s acceptance', () => {
    const suppressed = { ...critical[1]!, reason: 'test fixture', source: 'config' as const, until: null };
    const issues = apply([], plan(base({ report: report([critical[0]!], [suppressed]) })));
    const doc = issues[0]!.doc;
    expect(doc.entries.map((e) => e.state.kind)).toEqual(['open', 'suppressed']);
    expect(issues[0]!.body).toContain('### Accepted risks');
    expect(issues[0]!.body).toContain('suppressed in the configuration: test fixture');
  });

  it('keeps the oldest of duplicate issues and retires the others with a note', () => {
    const input = base({ report: report(critical) });
    const [create] = plan(input) as [Extract<Operation, { kind: 'create' }>];
    const issues = [issueFrom(3, `mine\n${create.body}`), issueFrom(8, create.body)];
    const comments = new Map<number, string[]>();
    const ops = plan({ ...input, issues });
    const next = apply(issues, ops, comments);
    expect(next.map((i) => i.number)).toEqual([3]);
    const retire = ops.find((o) => o.kind === 'update' && o.number === 8) as Extract<Operation, { kind: 'update' }>;
    expect(retire).toMatchObject({ state: 'closed', stateReason: 'duplicate' });
    expect(retire.body).toContain('shipshape tracks Phase 1 — Critical in #3.');
    expect(comments.get(8)?.[0]).toContain('duplicate of #3');
    expect(plan({ ...input, issues: next })).toEqual([]);
  });

  it('adds the labels an issue lost without dropping the ones people added', () => {
    const input = base({ report: report(critical) });
    const [create] = plan(input) as [Extract<Operation, { kind: 'create' }>];
    const ops = plan({ ...input, issues: [issueFrom(1, create.body, 'open', ['customer-x'])] });
    expect(ops).toEqual([{ kind: 'update', number: 1, expectedBody: create.body, labels: ['customer-x', 'shipshape', 'phase:critical'] }]);
  });

  it('shortens displays to stay under GitHub\'s body limit, keeping every gap and its state', () => {
    const many = Array.from({ length: 400 }, (_, i) => gap(`g${i}`, { title: `A long title that says a great deal about gap number ${i} `.repeat(3) }));
    const [create] = plan(base({ report: report(many) })) as [Extract<Operation, { kind: 'create' }>];
    expect(create.body.length).toBeLessThanOrEqual(MAX_BODY);
    expect(parseBody(create.body)?.doc.entries).toHaveLength(400);
  });
});

describe('commands and hand edits', () => {
  const gaps = [gap('a'), gap('b')];
  const issue = () => apply([], plan(base({ report: report(gaps) })))[0]!;

  it('accepts a risk with who, when and why, and closes the phase when it was the last open gap', () => {
    const one = issue();
    let result = planAccept(one, { gapId: gapId('a'), by: 'alice', at: '2026-11-25', reason: ' vendor  handles\nit ', links });
    expect(result.ok).toBe(true);
    const after = apply([one], result.ok ? result.ops : [])[0]!;
    expect(after.body).toContain('accepted by @alice on 2026-11-25: vendor handles it');
    expect(after.doc.entries.find((e) => e.id === gapId('a'))?.state.kind).toBe('accepted');
    expect(after.state).toBe('open');
    // A short id prefix works; accepting the last open gap closes with a proof comment.
    result = planAccept(after, { gapId: gapId('b').slice(0, 8), by: 'bob', at: '2026-11-26', reason: 'pen-tested', links });
    expect(result.ok && result.ops.map((o) => o.kind)).toEqual(['comment', 'update']);
    expect(result.ok && result.ops[1]).toMatchObject({ state: 'closed' });
  });

  it('refuses unknown ids, fixed gaps and missing reasons with a message', () => {
    const one = issue();
    expect(planAccept(one, { gapId: 'nope', by: 'a', at: '2026-01-01', reason: 'r', links })).toMatchObject({ ok: false, message: expect.stringContaining('no gap `nope`') });
    expect(planAccept(one, { gapId: gapId('a'), by: 'a', at: '2026-01-01', reason: '  ', links })).toMatchObject({ ok: false, message: expect.stringContaining('reason is required') });
    const fixed = apply([one], plan(base({ report: report([gaps[1]!]), commit: SHA(2), issues: [one] })))[0]!;
    expect(planAccept(fixed, { gapId: gapId('a'), by: 'a', at: '2026-01-01', reason: 'r', links })).toMatchObject({ ok: false, message: expect.stringContaining('already fixed') });
  });

  it('puts back a box ticked by hand and says how to accept the risk', () => {
    const one = issue();
    const ticked = one.body.replace(`- [ ] **Gap a**`, '- [x] **Gap a**');
    const edited = issueFrom(one.number, ticked);
    const ops = planRevertTicks(edited, { links, editor: 'carol', marker: '<!-- m -->' });
    expect(ops).toHaveLength(2);
    expect(ops[0]).toMatchObject({ kind: 'update', body: one.body, expectedBody: ticked });
    expect((ops[1] as Extract<Operation, { kind: 'comment' }>).body).toContain(`/shipshape ignore ${gapId('a')} <reason>`);
    expect(planRevertTicks(one, { links, editor: 'carol', marker: '<!-- m -->' })).toEqual([]);
  });
});

describe('renderSection', () => {
  it('says how far the phase is and links the scanned commit', () => {
    const text = renderSection({ phase: 'polish', commit: SHA(9), entries: [] }, links);
    expect(text).toContain('## Phase 3 — Polish');
    expect(text).toContain(`scanned at [\`${SHA(9).slice(0, 7)}\`](https://github.com/acme/portal/commit/${SHA(9)})`);
  });
});
