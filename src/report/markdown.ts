/**
 * GitHub-flavoured Markdown: `--format markdown`, and the building blocks of the Action's job
 * summary and PR comments. Everything taken from the report is escaped: a gap message is text
 * from a scanned repository and must not add HTML, links or structure to a GitHub page.
 */
import { PHASES, type Gap, type Phase, type Report } from '../core/model.js';
import { escapeMarkdown, inlineCode, safeHref } from './escape.js';
import { formatNumber, indentLines, locationLabel, phaseCounts, plural, scorecard } from './shared.js';

export interface MarkdownOptions {
  /** How many gaps to list in full (most urgent first); 10 by default. */
  maxGaps?: number;
  /** Headline prefix, "shipshape" by default (e.g. a job summary may name the workflow). */
  title?: string;
}

const DEFAULT_MAX_GAPS = 10;

const PHASE_MARKER: Readonly<Record<Phase, string>> = { critical: '🔴', hardening: '🟠', polish: '🔵' };

/** "shipshape: 3 critical · 5 hardening · 2 polish" as a level-2 heading. */
export function headline(report: Report, title = 'shipshape'): string {
  return `## ${escapeMarkdown(title)}: ${phaseCounts(report)}`;
}

/** Open gaps per dimension (rows) and phase (columns), with totals. */
export function phaseDimensionTable(report: Report): string {
  const { rows, byPhase, total } = scorecard(report);
  const header = `| dimension | ${PHASES.join(' | ')} | total |`;
  const align = `| :-- | ${PHASES.map(() => '--:').join(' | ')} | --: |`;
  const body = rows.map(
    (row) => `| ${row.dimension} | ${PHASES.map((phase) => row.byPhase[phase]).join(' | ')} | ${row.total} |`,
  );
  const totals = `| **total** | ${PHASES.map((phase) => `**${byPhase[phase]}**`).join(' | ')} | **${total}** |`;
  return [header, align, ...body, totals].join('\n');
}

/**
 * A Mermaid pie of open gaps per phase, or null when there are none (a pie of nothing renders
 * as an error box). `pie` is the chart type GitHub's Mermaid has rendered the longest;
 * `xychart-beta` is still marked beta. Phases without gaps are left out: a zero slice only
 * adds a legend entry.
 */
export function mermaidChart(report: Report): string | null {
  const slices = PHASES.filter((phase) => report.summary[phase] > 0).map(
    (phase) => `    "${phase}" : ${report.summary[phase]}`,
  );
  if (slices.length === 0) return null;
  return ['```mermaid', 'pie showData title Open gaps by phase', ...slices, '```'].join('\n');
}

/** A docs link when the gap's docs is a web address, otherwise the text (e.g. a command) as code. */
function docsMarkdown(docs: string): string {
  const href = safeHref(docs);
  return href === null ? inlineCode(docs) : `<${href}>`;
}

/** One gap as a list item: location and title on the bullet, the why and the fix folded away. */
export function gapListItem(gap: Gap): string {
  const head = `- ${PHASE_MARKER[gap.phase]} **${gap.phase}** · ${gap.dimension} · ${inlineCode(locationLabel(gap.location))} — ${escapeMarkdown(gap.title.replace(/\s+/g, ' '))}`;
  const body = [
    '<details><summary>Why and how to fix</summary>',
    escapeMarkdown(gap.message),
    `**Fix:** ${escapeMarkdown(gap.fix)}`,
    `Rule ${inlineCode(gap.ruleId)}${gap.docs === '' ? '' : ` · docs: ${docsMarkdown(gap.docs)}`}`,
    '</details>',
  ].join('\n\n');
  return `${head}\n\n${indentLines(body, '  ')}`;
}

function footnote(report: Report): string {
  const commit = report.repository.commit === null ? [] : [`commit ${inlineCode(report.repository.commit.slice(0, 7))}`];
  return [
    `${report.summary.suppressed} suppressed`,
    plural(report.errors.length, 'error'),
    plural(report.notices.length, 'notice'),
    `${formatNumber(report.stats.files)} files, ${formatNumber(report.stats.lines)} lines scanned`,
    ...commit,
  ].join(' · ');
}

export function renderMarkdown(report: Report, opts: MarkdownOptions = {}): string {
  const maxGaps = opts.maxGaps ?? DEFAULT_MAX_GAPS;
  const sections = [headline(report, opts.title), footnote(report), phaseDimensionTable(report)];
  const chart = mermaidChart(report);
  if (chart !== null) sections.push(chart);
  if (report.gaps.length === 0) {
    sections.push('✅ No open gaps.');
  } else {
    // Gaps arrive sorted by phase, so the first ones are the most urgent.
    const shown = report.gaps.slice(0, maxGaps);
    const heading = shown.length === report.gaps.length ? 'Gaps' : `Top ${shown.length} of ${report.gaps.length} gaps`;
    sections.push(`### ${heading}`, ...shown.map(gapListItem));
    const hidden = report.gaps.length - shown.length;
    if (hidden > 0) sections.push(`…and ${plural(hidden, 'more gap')} in the full report.`);
  }
  return `${sections.join('\n\n')}\n`;
}
