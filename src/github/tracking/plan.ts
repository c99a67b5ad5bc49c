/**
 * The planner: a report and the phase issues as they are → the writes that make the issues
 * say what the report says. Pure (no I/O, no clock): the same inputs always give the same
 * operations, which is what makes a replayed delivery, a second replica or a retry after a
 * failure converge on one state instead of piling up writes.
 */
import { PHASES, PHASE_TITLES, type Gap, type Phase, type Report, type SuppressedGap } from '../../core/model.js';
import { LABEL, phaseLabel, progressOf, type Entry, type PhaseDoc, type RepoLinks, type TrackedIssue } from './model.js';
import { cleanReason, commitLink, gapDisplay, renderBodyWithin, stateSuffix } from './render.js';

export type Operation =
  | { kind: 'create'; phase: Phase; title: string; body: string; labels: string[] }
  | {
      kind: 'update';
      number: number;
      /** The body the plan was made from: the executor re-reads the issue and stops if it changed. */
      expectedBody: string;
      body?: string;
      state?: 'open' | 'closed';
      stateReason?: 'completed' | 'reopened' | 'duplicate';
      labels?: string[];
    }
  /** A comment posted once: the executor skips it when a comment with `marker` exists. */
  | { kind: 'comment'; number: number; marker: string; body: string };

export interface PlanInput {
  report: Report;
  /** The commit the report describes. */
  commit: string;
  links: RepoLinks;
  /** Every issue with a shipshape section (any phase, open or closed), as read. */
  issues: readonly TrackedIssue[];
  /** The pull request that brought `commit` to the default branch, if any. */
  pr: number | null;
  /** Where the report came from, for the proof comment. */
  source: 'scan' | 'artifact';
}

export const proofMarker = (phase: Phase, commit: string) => `<!-- shipshape:proof phase=${phase} commit=${commit} -->`;
export const reopenMarker = (phase: Phase, commit: string) => `<!-- shipshape:reopened phase=${phase} commit=${commit} -->`;
export const duplicateMarker = (kept: number) => `<!-- shipshape:duplicate-of=${kept} -->`;

/** Comments list at most this many gaps: GitHub caps a comment's length, the issue has them all. */
const MAX_LISTED = 100;

const SOURCE_TEXT = { scan: 'an in-app scan of that commit', artifact: "the Action's `shipshape-report` artifact for that commit" } as const;

export function plan(input: PlanInput): Operation[] {
  const ops: Operation[] = [];
  const byPhase = new Map<Phase, TrackedIssue[]>();
  for (const issue of [...input.issues].sort((a, b) => a.number - b.number)) {
    const list = byPhase.get(issue.doc.phase) ?? [];
    list.push(issue);
    byPhase.set(issue.doc.phase, list);
  }
  for (const phase of PHASES) {
    // The oldest issue wins: every replica picks the same one without talking to the others.
    const [kept, ...duplicates] = byPhase.get(phase) ?? [];
    const previous = mergeEntries(kept, duplicates);
    const next: PhaseDoc = { phase, commit: input.commit, entries: nextEntries(input, phase, previous) };
    if (kept) {
      ops.push(...issueOps(kept, next, { links: input.links, commit: input.commit, source: input.source, previous }));
    } else if (next.entries.some((e) => e.state.kind === 'open')) {
      ops.push({ kind: 'create', phase, title: PHASE_TITLES[phase], body: renderBodyWithin('', next, input.links, '').body, labels: [LABEL, phaseLabel(phase)] });
    }
    for (const duplicate of kept ? duplicates : []) ops.push(...retireOps(duplicate, kept as TrackedIssue));
  }
  return ops;
}

/** The kept issue's entries, plus any only a duplicate has (an accepted risk recorded there, say). */
function mergeEntries(kept: TrackedIssue | undefined, duplicates: readonly TrackedIssue[]): Entry[] {
  const entries = [...(kept?.doc.entries ?? [])];
  const seen = new Set(entries.map((e) => e.id));
  for (const d of duplicates) {
    for (const e of d.doc.entries) {
      if (seen.has(e.id)) continue;
      seen.add(e.id);
      entries.push(e);
    }
  }
  return entries;
}

function nextEntries(input: PlanInput, phase: Phase, previous: readonly Entry[]): Entry[] {
  const prevById = new Map(previous.map((e) => [e.id, e]));
  const here = (g: Gap) => g.phase === phase;
  const gaps = input.report.gaps.filter(here);
  const suppressed = input.report.suppressed.filter(here);
  // A gap that moved to another phase (a config phase override) leaves this one without being "fixed".
  const elsewhere = new Set([...input.report.gaps, ...input.report.suppressed].filter((g) => !here(g)).map((g) => g.id));
  const base = (g: Gap): Omit<Entry, 'state'> => ({ id: g.id, ruleId: g.ruleId, dimension: g.dimension, display: gapDisplay(g, input.links, input.commit) });

  const current: Entry[] = [];
  const seen = new Set<string>();
  for (const gap of gaps) {
    if (seen.has(gap.id)) continue;
    seen.add(gap.id);
    const prev = prevById.get(gap.id)?.state;
    if (prev?.kind === 'accepted') current.push({ ...base(gap), state: prev });
    else if (prev?.kind === 'fixed') current.push({ ...base(gap), state: { kind: 'open', regressed: { sha: input.commit, wasPr: prev.pr } } });
    else current.push({ ...base(gap), state: { kind: 'open', regressed: prev?.kind === 'open' ? prev.regressed : null } });
  }
  for (const gap of suppressed as SuppressedGap[]) {
    if (seen.has(gap.id)) continue;
    seen.add(gap.id);
    const prev = prevById.get(gap.id)?.state;
    // A person's recorded acceptance says who and when: it stays even if config now agrees.
    const state = prev?.kind === 'accepted' ? prev : { kind: 'suppressed' as const, source: gap.source, reason: cleanReason(gap.reason), until: gap.until };
    current.push({ ...base(gap), state });
  }
  const resolved: Entry[] = [];
  for (const prev of previous) {
    if (seen.has(prev.id) || elsewhere.has(prev.id)) continue;
    resolved.push(prev.state.kind === 'fixed' ? prev : { ...prev, state: { kind: 'fixed', sha: input.commit, pr: input.pr } });
  }
  return [...current, ...resolved];
}

interface IssueContext {
  links: RepoLinks;
  /** The commit the new doc describes (for proof and reopen markers). */
  commit: string;
  source: 'scan' | 'artifact' | 'command';
  /** The entries the issue had (merged with duplicates'); defaults to the issue's own. */
  previous?: readonly Entry[];
}

/**
 * The writes that turn `issue` into `next`: the body (only when it differs), labels it lacks,
 * and the state. Closing comes with a proof comment and reopening with a note; both comments
 * go first, so a write that fails half-way is completed by the next sync, not lost.
 */
export function issueOps(issue: TrackedIssue, next: PhaseDoc, ctx: IssueContext): Operation[] {
  const previous = ctx.previous ?? issue.doc.entries;
  const { body, doc } = renderBodyWithin(issue.before, next, ctx.links, issue.after);
  const progress = progressOf(doc);
  const wasOpen = new Set(previous.filter((e) => e.state.kind === 'open').map((e) => e.id));
  const newlyOpen = doc.entries.filter((e) => e.state.kind === 'open' && !wasOpen.has(e.id));
  const missing = [LABEL, phaseLabel(next.phase)].filter((l) => !issue.labels.some((have) => have.toLowerCase() === l.toLowerCase()));
  const labels = missing.length > 0 ? [...issue.labels, ...missing] : undefined;
  const update = { kind: 'update' as const, number: issue.number, expectedBody: issue.body };
  const changed = body !== issue.body;

  if (issue.state === 'open' && progress.open === 0 && wasOpen.size > 0 && progress.total > 0) {
    return [
      { kind: 'comment', number: issue.number, marker: proofMarker(next.phase, ctx.commit), body: proofComment(doc, ctx) },
      { ...update, body, state: 'closed', stateReason: 'completed', ...(labels ? { labels } : {}) },
    ];
  }
  if (issue.state === 'closed' && newlyOpen.length > 0) {
    return [
      { kind: 'comment', number: issue.number, marker: reopenMarker(next.phase, ctx.commit), body: reopenComment(doc, newlyOpen, ctx) },
      { ...update, body, state: 'open', stateReason: 'reopened', ...(labels ? { labels } : {}) },
    ];
  }
  if (!changed && !labels) return [];
  return [{ ...update, ...(changed ? { body } : {}), ...(labels ? { labels } : {}) }];
}

function proofComment(doc: PhaseDoc, ctx: IssueContext): string {
  const fixed = doc.entries.filter((e) => e.state.kind === 'fixed');
  const accepted = doc.entries.filter((e) => e.state.kind === 'accepted' || e.state.kind === 'suppressed');
  const prs = [...new Set(fixed.map((e) => (e.state.kind === 'fixed' ? e.state.pr : null)).filter((n): n is number => n !== null))].sort((a, b) => a - b);
  const item = (e: Entry) => `- ${e.display}${stateSuffix(e.state, ctx.links)}`;
  const list = (entries: readonly Entry[]) => [...entries.slice(0, MAX_LISTED).map(item), ...(entries.length > MAX_LISTED ? [`- …and ${entries.length - MAX_LISTED} more, listed in the issue`] : [])];
  const source = ctx.source === 'command' ? 'the accepted risks recorded in this issue' : SOURCE_TEXT[ctx.source];
  return [
    proofMarker(doc.phase, ctx.commit),
    `### ✅ ${PHASE_TITLES[doc.phase]}: done`,
    '',
    `Every gap of this phase is resolved at ${commitLink(ctx.links, ctx.commit)} (proof: ${source}).` +
      (prs.length > 0 ? ` Fixed by ${prs.map((n) => `#${n}`).join(', ')}.` : ''),
    ...(fixed.length > 0 ? ['', `**Fixed (${fixed.length})**`, ...list(fixed)] : []),
    ...(accepted.length > 0 ? ['', `**Accepted risks (${accepted.length})**`, ...list(accepted)] : []),
    '',
    'This issue reopens by itself if any of these gaps comes back.',
  ].join('\n');
}

function reopenComment(doc: PhaseDoc, newlyOpen: readonly Entry[], ctx: IssueContext): string {
  const item = (e: Entry) => `- ${e.display}${e.state.kind === 'open' && e.state.regressed ? stateSuffix(e.state, ctx.links) : ' — new'}`;
  return [
    reopenMarker(doc.phase, ctx.commit),
    `### ⚠️ ${PHASE_TITLES[doc.phase]}: reopened`,
    '',
    `A scan of ${commitLink(ctx.links, ctx.commit)} finds ${newlyOpen.length === 1 ? 'a gap' : `${newlyOpen.length} gaps`} of this phase again:`,
    ...newlyOpen.slice(0, MAX_LISTED).map(item),
    ...(newlyOpen.length > MAX_LISTED ? [`- …and ${newlyOpen.length - MAX_LISTED} more, listed in the issue`] : []),
  ].join('\n');
}

/** Closes a duplicate and removes its section, so it is never found again. */
function retireOps(duplicate: TrackedIssue, kept: TrackedIssue): Operation[] {
  const note = `<!-- shipshape:retired phase=${duplicate.doc.phase} -->\n_shipshape tracks ${PHASE_TITLES[duplicate.doc.phase]} in #${kept.number}._`;
  const ops: Operation[] = [
    {
      kind: 'comment',
      number: duplicate.number,
      marker: duplicateMarker(kept.number),
      body: `${duplicateMarker(kept.number)}\nClosing as a duplicate of #${kept.number}: shipshape keeps one issue per phase, and the gaps listed here are tracked there.`,
    },
  ];
  ops.push({
    kind: 'update',
    number: duplicate.number,
    expectedBody: duplicate.body,
    body: `${duplicate.before}${note}${duplicate.after}`,
    ...(duplicate.state === 'open' ? { state: 'closed' as const, stateReason: 'duplicate' as const } : {}),
  });
  return ops;
}

// ------------------------------------------------------------------ commands and hand edits

export type AcceptResult = { ok: true; ops: Operation[] } | { ok: false; message: string };

/** `/shipshape ignore <gap-id> <reason>`: the gap moves to "Accepted risks" and counts as resolved. */
export function planAccept(issue: TrackedIssue, input: { gapId: string; by: string; at: string; reason: string; links: RepoLinks }): AcceptResult {
  const reason = cleanReason(input.reason);
  if (reason === '') return { ok: false, message: 'a reason is required: `/shipshape ignore <gap-id> <reason>`.' };
  const matches = issue.doc.entries.filter((e) => e.id === input.gapId || (input.gapId.length >= 7 && e.id.startsWith(input.gapId)));
  const shown = input.gapId.replace(/`/g, '');
  if (matches.length > 1) return { ok: false, message: `\`${shown}\` starts ${matches.length} gap ids here: give more of it.` };
  const [entry] = matches;
  if (!entry) return { ok: false, message: `this issue lists no gap \`${shown}\`: copy the id shown at the end of the gap's line.` };
  if (entry.state.kind === 'fixed') return { ok: false, message: `gap \`${entry.id}\` is already fixed: there is no risk left to accept.` };
  const next: PhaseDoc = {
    ...issue.doc,
    entries: issue.doc.entries.map((e) => (e === entry ? { ...e, state: { kind: 'accepted' as const, by: input.by, at: input.at, reason } } : e)),
  };
  return { ok: true, ops: issueOps(issue, next, { links: input.links, commit: issue.doc.commit, source: 'command' }) };
}

/**
 * Boxes are the bot's to tick: a box a person ticked on an open gap (or unticked on a resolved
 * one) is put back, with a note on how to accept a risk instead. Returns no operations when
 * every box matches its gap's state.
 */
export function planRevertTicks(issue: TrackedIssue, input: { links: RepoLinks; editor: string; marker: string }): Operation[] {
  const tampered = issue.doc.entries.filter((e) => (issue.checked.get(e.id) ?? false) !== (e.state.kind !== 'open'));
  if (tampered.length === 0) return [];
  const { body } = renderBodyWithin(issue.before, issue.doc, input.links, issue.after);
  const ticked = tampered.filter((e) => e.state.kind === 'open');
  const lines = [
    input.marker,
    `@${input.editor}, shipshape ticks these boxes itself when a scan of the default branch no longer finds the gap, so ${tampered.length === 1 ? 'that box is' : 'those boxes are'} back as ${tampered.length === 1 ? 'it was' : 'they were'}.`,
  ];
  if (ticked.length > 0) {
    lines.push(
      '',
      'To accept a risk instead of fixing it, comment (with your reason):',
      ...ticked.map((e) => `\`/shipshape ignore ${e.id} <reason>\``),
    );
  }
  return [
    { kind: 'update', number: issue.number, expectedBody: issue.body, body },
    { kind: 'comment', number: issue.number, marker: input.marker, body: lines.join('\n') },
  ];
}
