/** Small pieces shared by several outputs, so they all count, label and lay out alike. */
import { DIMENSIONS, PHASES, type Dimension, type Gap, type Location, type Phase, type Report } from '../core/model.js';

/** Shown where a gap has no source location (e.g. "no incident runbook"). */
const REPOSITORY_LABEL = '(repository)';

/** `path:line` of a location, or the repository label for repository-level gaps. */
export function locationLabel(location: Location | null): string {
  return location === null ? REPOSITORY_LABEL : `${location.path}:${location.startLine}`;
}

/** Prefixes every non-empty line, so multi-line text stays inside its list item or block. */
export function indentLines(text: string, prefix: string): string {
  return text
    .split('\n')
    .map((line) => (line === '' ? line : prefix + line))
    .join('\n');
}

/** "1 error", "2 errors". */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** Numbers with thousands separators; the locale is fixed so output never depends on the machine. */
export function formatNumber(value: number): string {
  return value.toLocaleString('en-US');
}

/** "3 critical · 5 hardening · 2 polish", from the report's own summary. */
export function phaseCounts(report: Report): string {
  return PHASES.map((phase) => `${report.summary[phase]} ${phase}`).join(' · ');
}

/** The gaps of one phase, in report order. */
export function gapsInPhase<T extends Gap>(gaps: readonly T[], phase: Phase): T[] {
  return gaps.filter((gap) => gap.phase === phase);
}

/**
 * Splits gaps into runs of the same dimension, keeping report order: the report already sorts
 * by phase then dimension, so within one phase each dimension forms a single run.
 */
export function groupByDimension<T extends Gap>(gaps: readonly T[]): { dimension: Dimension; gaps: T[] }[] {
  const groups: { dimension: Dimension; gaps: T[] }[] = [];
  for (const gap of gaps) {
    const last = groups.at(-1);
    if (last?.dimension === gap.dimension) last.gaps.push(gap);
    else groups.push({ dimension: gap.dimension, gaps: [gap] });
  }
  return groups;
}

export interface ScorecardRow {
  dimension: Dimension;
  byPhase: Record<Phase, number>;
  total: number;
}

/** Open gaps per dimension (rows, in DIMENSIONS order) and phase, with totals: zeros included. */
export interface Scorecard {
  rows: ScorecardRow[];
  byPhase: Record<Phase, number>;
  total: number;
}

function zeroByPhase(): Record<Phase, number> {
  return { critical: 0, hardening: 0, polish: 0 };
}

export function scorecard(report: Report): Scorecard {
  const rows = DIMENSIONS.map((dimension) => ({ dimension, byPhase: zeroByPhase(), total: 0 }));
  const byPhase = zeroByPhase();
  let total = 0;
  for (const gap of report.gaps) {
    const row = rows.find((candidate) => candidate.dimension === gap.dimension);
    if (row === undefined) continue;
    row.byPhase[gap.phase] += 1;
    row.total += 1;
    byPhase[gap.phase] += 1;
    total += 1;
  }
  return { rows, byPhase, total };
}
