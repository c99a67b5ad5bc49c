/**
 * The bot-owned section of a phase issue, as Markdown. Everything that varies is rendered from
 * a PhaseDoc, and parse.ts reads the same text back: render(parse(render(doc))) is the identity,
 * so the App can keep all its state in the issue body. Text from the scanned repository (titles,
 * paths, reasons) is escaped: it must not add links, HTML or fake markers to a GitHub page.
 */
import { DIMENSIONS, PHASE_TITLES, type Gap, type Phase } from '../../core/model.js';
import { escapeMarkdown, inlineCode } from '../../report/escape.js';
import type { Entry, EntryState, PhaseDoc, RepoLinks } from './model.js';
import { progressOf } from './model.js';

export const BEGIN = (phase: Phase, commit: string) => `<!-- shipshape:begin phase=${phase} commit=${commit} -->`;
export const END = '<!-- shipshape:end -->';
export const GAP_MARKER = (id: string) => `<!-- shipshape:gap=${id} -->`;
export const ACCEPTED_HEADING = '### Accepted risks';

/** GitHub refuses issue bodies longer than this. */
export const MAX_BODY = 65_536;

const PHASE_BLURB: Readonly<Record<Phase, string>> = {
  critical: 'Gaps that block onboarding a paying customer. Fix these first.',
  hardening: 'Gaps that let incidents happen. Fix these once phase 1 is done.',
  polish: 'Gaps that cost customer trust. Fix these last.',
};

const FOOTER =
  '<sub>Kept by shipshape: a box is checked when a scan of the default branch no longer finds the gap. ' +
  'To accept a risk instead, comment `/shipshape ignore <gap-id> <reason>`; `/shipshape explain <rule-id>` says why a rule matters; ' +
  '`/shipshape rescan` scans again. Notes written above or below this section are kept.</sub>';

export function shortSha(sha: string): string {
  return sha.slice(0, 7);
}

export function commitLink(links: RepoLinks, sha: string): string {
  return `[\`${shortSha(sha)}\`](${links.htmlUrl}/commit/${sha})`;
}

/** A permalink to a line at a commit: `<repo>/blob/<sha>/<path>#L<line>`. */
export function permalink(links: RepoLinks, sha: string, path: string, line: number): string {
  // Brackets and parentheses would end the Markdown link early.
  const encoded = path
    .split('/')
    .map((part) => encodeURIComponent(part).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
    .join('/');
  return `${links.htmlUrl}/blob/${sha}/${encoded}#L${line}`;
}

/**
 * One gap as the checklist shows it: title, where (a permalink at `sha`), rule and id. A path is
 * shown in a code span, where `<` would survive: it is percent-encoded so no file name can
 * forge a marker of the section.
 */
export function gapDisplay(gap: Gap, links: RepoLinks, sha: string): string {
  const title = `**${escapeMarkdown(gap.title.replace(/\s+/g, ' ').trim())}**`;
  const where =
    gap.location === null
      ? 'repository'
      : `[${inlineCode(`${gap.location.path}:${gap.location.startLine}`.replace(/[<>]/g, encodeURIComponent))}](${permalink(links, sha, gap.location.path, gap.location.startLine)})`;
  return `${title} · ${where} · ${compactDisplay(gap.ruleId, gap.id)}`;
}

/** The shortest display that still names the rule and the gap (used when a body runs long). */
export function compactDisplay(ruleId: string, id: string): string {
  return `\`${ruleId}\` · \`${id}\``;
}

/** Makes a person's reason safe to keep on one line of an issue body. */
export function cleanReason(reason: string): string {
  // oxlint-disable-next-line no-control-regex -- control characters are what is removed
  return reason.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 300);
}

export function stateSuffix(state: EntryState, links: RepoLinks): string {
  switch (state.kind) {
    case 'open':
      if (state.regressed === null) return '';
      return ` — ⚠️ regressed in ${commitLink(links, state.regressed.sha)}${state.regressed.wasPr === null ? '' : ` (was fixed in #${state.regressed.wasPr})`}`;
    case 'fixed':
      return state.pr === null ? ` — ✅ fixed in ${commitLink(links, state.sha)}` : ` — ✅ fixed in #${state.pr} (${commitLink(links, state.sha)})`;
    case 'accepted':
      return ` — accepted by @${state.by} on ${state.at}: ${escapeMarkdown(state.reason)}`;
    case 'suppressed':
      return ` — suppressed in ${state.source === 'config' ? 'the configuration' : 'an inline comment'}: ${escapeMarkdown(state.reason)}${state.until === null ? '' : ` (until ${state.until})`}`;
  }
}

export function entryLine(entry: Entry, links: RepoLinks): string {
  const box = entry.state.kind === 'open' ? '[ ]' : '[x]';
  return `- ${box} ${entry.display} ${GAP_MARKER(entry.id)}${stateSuffix(entry.state, links)}`;
}

function progressLine(doc: PhaseDoc, links: RepoLinks): string {
  const p = progressOf(doc);
  const resolved = p.total - p.open;
  const filled = p.total === 0 ? 10 : Math.round((resolved / p.total) * 10);
  const bar = `${'▰'.repeat(filled)}${'▱'.repeat(10 - filled)}`;
  const counts = p.accepted === 0 ? `${p.fixed}/${p.total} fixed` : `${resolved}/${p.total} resolved (${p.fixed} fixed, ${p.accepted} accepted)`;
  return `**Progress: ${counts}** ${bar} · scanned at ${commitLink(links, doc.commit)}`;
}

/** Entries in the order the section lists them: dimension groups, then accepted risks. */
export function sectionGroups(doc: PhaseDoc): { dimensions: { dimension: string; entries: Entry[] }[]; accepted: Entry[] } {
  const accepted = doc.entries.filter((e) => e.state.kind === 'accepted' || e.state.kind === 'suppressed');
  const dimensions = DIMENSIONS.map((dimension) => ({
    dimension,
    entries: doc.entries.filter((e) => e.dimension === dimension && e.state.kind !== 'accepted' && e.state.kind !== 'suppressed'),
  })).filter((g) => g.entries.length > 0);
  return { dimensions, accepted };
}

/** The whole bot-owned section, markers included. */
export function renderSection(doc: PhaseDoc, links: RepoLinks): string {
  const { dimensions, accepted } = sectionGroups(doc);
  const parts = [BEGIN(doc.phase, doc.commit), `## ${PHASE_TITLES[doc.phase]}`, '', `_${PHASE_BLURB[doc.phase]}_`, '', progressLine(doc, links)];
  for (const group of dimensions) parts.push('', `### ${group.dimension}`, ...group.entries.map((e) => entryLine(e, links)));
  if (accepted.length > 0) parts.push('', ACCEPTED_HEADING, ...accepted.map((e) => entryLine(e, links)));
  parts.push('', FOOTER, END);
  return parts.join('\n');
}

/** A body: the person-owned text around the section is kept byte for byte. */
export function renderBody(before: string, doc: PhaseDoc, links: RepoLinks, after: string): string {
  return `${before}${renderSection(doc, links)}${after}`;
}

/**
 * Like renderBody, but fits GitHub's size limit by shortening displays: first of fixed gaps,
 * then of all gaps (rule and id still name each one, and the state is kept).
 */
export function renderBodyWithin(before: string, doc: PhaseDoc, links: RepoLinks, after: string): { body: string; doc: PhaseDoc } {
  const attempts: PhaseDoc[] = [
    doc,
    { ...doc, entries: doc.entries.map((e) => (e.state.kind === 'open' ? e : { ...e, display: compactDisplay(e.ruleId, e.id) })) },
    { ...doc, entries: doc.entries.map((e) => ({ ...e, display: compactDisplay(e.ruleId, e.id) })) },
  ];
  for (const attempt of attempts) {
    const body = renderBody(before, attempt, links, after);
    if (body.length <= MAX_BODY) return { body, doc: attempt };
  }
  const last = attempts.at(-1) as PhaseDoc;
  return { body: renderBody(before, last, links, after), doc: last };
}
