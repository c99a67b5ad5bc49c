/**
 * The vocabulary of shipshape (DESIGN.md "Vocabulary" and "Contracts").
 * Everything here is plain data: facts cross worker boundaries and caches,
 * reports cross process boundaries (Action artifact → App).
 */

export const DIMENSIONS = ['security', 'audit', 'privacy', 'monitoring', 'operations'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** Phases are walked in order: index 0 is the most urgent. */
export const PHASES = ['critical', 'hardening', 'polish'] as const;
export type Phase = (typeof PHASES)[number];

export type Severity = 'error' | 'warning' | 'note';

export const PHASE_SEVERITY: Readonly<Record<Phase, Severity>> = {
  critical: 'error',
  hardening: 'warning',
  polish: 'note',
};

export const PHASE_TITLES: Readonly<Record<Phase, string>> = {
  critical: 'Phase 1 — Critical',
  hardening: 'Phase 2 — Hardening',
  polish: 'Phase 3 — Polish',
};

/** True when `phase` is at least as urgent as `threshold` (critical ≥ hardening ≥ polish). */
export function phaseAtOrAbove(phase: Phase, threshold: Phase): boolean {
  return PHASES.indexOf(phase) <= PHASES.indexOf(threshold);
}

export type Language = 'typescript' | 'tsx' | 'javascript' | 'python';

/** 1-based lines and columns, repo-relative path with `/`. */
export interface Location {
  path: string;
  startLine: number;
  endLine: number;
  startColumn: number;
  endColumn: number;
  /** The source lines of the location (capped, secrets redacted), for readers of the report. */
  snippet?: string;
}

export interface RelatedLocation {
  path: string;
  startLine: number;
  message: string;
}

export interface Gap {
  /** The fingerprint: stable across unrelated edits. */
  id: string;
  ruleId: string;
  dimension: Dimension;
  phase: Phase;
  severity: Severity;
  title: string;
  message: string;
  location: Location | null;
  related: RelatedLocation[];
  fix: string;
  docs: string;
}

export interface SuppressedGap extends Gap {
  reason: string;
  source: 'config' | 'inline';
  until: string | null;
}

export type RuleStatus = 'ran' | 'not-applicable' | 'error';

export interface RuleRun {
  id: string;
  dimension: Dimension;
  phase: Phase;
  status: RuleStatus;
}

export interface ScanError {
  path: string | null;
  message: string;
}

/** Something the reader should know that is neither a gap nor an error (e.g. an expired ignore). */
export interface Notice {
  path: string | null;
  line: number | null;
  message: string;
}

export interface Summary {
  critical: number;
  hardening: number;
  polish: number;
  byDimension: Record<Dimension, number>;
  suppressed: number;
}

export interface Timings {
  totalMs: number;
  [phase: string]: number;
}

export interface Report {
  version: 1;
  tool: { name: 'shipshape'; version: string };
  repository: { root: string; commit: string | null };
  summary: Summary;
  gaps: Gap[];
  suppressed: SuppressedGap[];
  rules: RuleRun[];
  errors: ScanError[];
  notices: Notice[];
  /** Files and lines read, for context in outputs. */
  stats: { files: number; lines: number; parsed: number; cached: number };
  timings: Timings;
}
