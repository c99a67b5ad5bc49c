/**
 * What the Action says about a scan, as Markdown: the pull request's verdict (new / fixed /
 * remaining) for the job summary, the check run and the optional summary comment, and the
 * full scan's summary. Pure functions of the reports; everything from the repository is escaped.
 */
import { countByPhase, type ReportDiff } from '../core/diff.js';
import { PHASE_TITLES, PHASES, phaseAtOrAbove, type Gap, type Phase, type Report } from '../core/model.js';
import { inlineCode, escapeMarkdown } from '../report/escape.js';
import { gapListItem, mermaidChart, phaseDimensionTable, renderMarkdown } from '../report/markdown.js';
import { locationLabel, plural } from '../report/shared.js';

/** Gaps listed in full in a summary; the rest are counted (the report artifact has them all). */
const LISTED = 50;

export interface PullRequestSummaryInput {
  diff: ReportDiff;
  head: Report;
  base: Report;
  failOn: Phase;
  /** Things the reader must know: writes that were refused, lists that were cut. */
  notes: readonly string[];
  /** Whether to include the Mermaid chart (job summaries render it; check runs do not). */
  chart: boolean;
}

export function blockingGaps(diff: ReportDiff, failOn: Phase): Gap[] {
  return diff.new.filter((g) => phaseAtOrAbove(g.phase, failOn));
}

/** "1 new critical gap" / "No new gaps": the check run's title. */
export function verdictTitle(diff: ReportDiff, failOn: Phase): string {
  const blocking = blockingGaps(diff, failOn);
  if (blocking.length > 0) return `${plural(blocking.length, `new ${failOn === 'critical' ? 'critical' : `${failOn}-or-worse`} gap`)}`;
  if (diff.new.length > 0) return `${plural(diff.new.length, 'new gap')} below ${failOn}`;
  return diff.fixed.length > 0 ? `No new gaps · ${diff.fixed.length} fixed` : 'No new gaps';
}

/** "Merging this checks off 2 items in Phase 1 — Critical and 1 item in Phase 2 — Hardening." */
export function fixedLine(fixed: readonly Gap[]): string | null {
  const counts = countByPhase(fixed);
  const parts = PHASES.filter((p) => counts[p] > 0).map((p) => `${plural(counts[p], 'item')} in ${PHASE_TITLES[p]}`);
  if (parts.length === 0) return null;
  const joined = parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)!}`;
  return `Merging this checks off ${joined}.`;
}

function listed(gaps: readonly Gap[], item: (g: Gap) => string): string[] {
  const shown = gaps.slice(0, LISTED).map(item);
  if (gaps.length > LISTED) shown.push(`…and ${plural(gaps.length - LISTED, 'more gap')} in the report artifact.`);
  return shown;
}

function struck(gap: Gap): string {
  return `- ~~${gap.phase} · ${gap.dimension} · ${inlineCode(locationLabel(gap.location))} — ${escapeMarkdown(gap.title.replace(/\s+/g, ' '))}~~`;
}

export function pullRequestSummary(input: PullRequestSummaryInput): string {
  const { diff, head, base, failOn } = input;
  const blocking = blockingGaps(diff, failOn);
  const sections: string[] = [`## shipshape: ${diff.new.length} new · ${diff.fixed.length} fixed · ${head.gaps.length} open`];
  sections.push(
    blocking.length > 0
      ? `❌ **This pull request adds ${plural(blocking.length, `gap`)} at or above ${inlineCode(failOn)}** — the check fails for these only; gaps that were already there never do.`
      : diff.new.length > 0
        ? `✅ No new gaps at or above ${inlineCode(failOn)}; ${plural(diff.new.length, 'new gap')} below it.`
        : '✅ This pull request adds no gaps.',
  );
  const fixed = fixedLine(diff.fixed);
  if (fixed) sections.push(`🎉 ${fixed}`);
  if (input.notes.length > 0) sections.push(['> [!NOTE]', ...input.notes.map((n) => `> ${n}`)].join('\n'));
  if (diff.new.length > 0) sections.push(`### New in this pull request (${diff.new.length})`, ...listed(diff.new, gapListItem));
  if (diff.fixed.length > 0) sections.push(`### Fixed by this pull request (${diff.fixed.length})`, listed(diff.fixed, struck).join('\n'));
  if (diff.suppressed.length > 0) {
    sections.push(`### Suppressed by this pull request (${diff.suppressed.length})`, listed(diff.suppressed, struck).join('\n'));
  }
  sections.push(`### Open gaps after merging (${head.gaps.length}, ${diff.unchanged.length} already on the base branch)`, phaseDimensionTable(head));
  const chart = input.chart ? mermaidChart(head) : null;
  if (chart !== null) sections.push(chart);
  sections.push(
    `<sub>head ${inlineCode((head.repository.commit ?? '').slice(0, 7))} · merge base ${inlineCode((base.repository.commit ?? '').slice(0, 7))} · ` +
      `${plural(head.stats.files, 'file')} scanned, ${base.stats.parsed} re-parsed for the base</sub>`,
  );
  return `${sections.join('\n\n')}\n`;
}

/** The check run's text: every new gap in full (cut to GitHub's limit by the caller). */
export function newGapDetails(diff: ReportDiff): string {
  return diff.new.length === 0 ? 'No new gaps.' : `${diff.new.map(gapListItem).join('\n\n')}\n`;
}

export function fullScanSummary(report: Report, notes: readonly string[]): string {
  const body = renderMarkdown(report, { maxGaps: LISTED });
  return notes.length === 0 ? body : `${body}\n${['> [!NOTE]', ...notes.map((n) => `> ${n}`)].join('\n')}\n`;
}
