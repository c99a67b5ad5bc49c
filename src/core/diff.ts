/**
 * What a change did to a repository's gaps: the report of the base (the merge base of a pull
 * request) against the report of the head, matched by fingerprint. A pull request is blamed
 * only for `new` gaps; `fixed` ones are credited to it; `unchanged` ones were there before.
 */
import { PHASES, type Gap, type Phase, type Report, type SuppressedGap } from './model.js';

export interface ReportDiff {
  /** Open in head, not open in base: introduced by the change (or un-suppressed by it). Head order. */
  new: Gap[];
  /** Open in base, absent from head altogether: removed by the change. Base order. */
  fixed: Gap[];
  /** Open in both; the head's version (its location may have moved). Head order. */
  unchanged: Gap[];
  /** Open in base, suppressed in head: accepted, not fixed. Head order. */
  suppressed: SuppressedGap[];
}

export function diffReports(base: Report, head: Report): ReportDiff {
  const baseOpen = new Set(base.gaps.map((g) => g.id));
  const headAll = new Set([...head.gaps, ...head.suppressed].map((g) => g.id));
  return {
    new: head.gaps.filter((g) => !baseOpen.has(g.id)),
    fixed: base.gaps.filter((g) => !headAll.has(g.id)),
    unchanged: head.gaps.filter((g) => baseOpen.has(g.id)),
    suppressed: head.suppressed.filter((g) => baseOpen.has(g.id)),
  };
}

/** How many gaps fall in each phase, for "merging this checks off 2 items in Phase 1 — Critical". */
export function countByPhase(gaps: readonly Gap[]): Record<Phase, number> {
  const counts = Object.fromEntries(PHASES.map((p) => [p, 0])) as Record<Phase, number>;
  for (const gap of gaps) counts[gap.phase]++;
  return counts;
}
