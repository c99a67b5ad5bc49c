/**
 * What a phase tracking issue holds (DESIGN.md "Tracking issues"). The issue body is the App's
 * database: everything here is rendered into the bot-owned section and parsed back from it, so
 * the App keeps no state of its own and any replica can pick up where another left off.
 */
import type { Dimension, Phase } from '../../core/model.js';

/** Why a gap no longer counts against its phase, or that it still does. */
export type EntryState =
  /** Still present at the scanned commit; `regressed` when it had been fixed before. */
  | { kind: 'open'; regressed: { sha: string; wasPr: number | null } | null }
  /** Gone at commit `sha`, merged by pull request `pr` (null for a direct push). */
  | { kind: 'fixed'; sha: string; pr: number | null }
  /** Accepted with `/shipshape ignore`: who, on which day (YYYY-MM-DD), why. */
  | { kind: 'accepted'; by: string; at: string; reason: string }
  /** Suppressed by the repository itself (config `ignore` or an inline comment). */
  | { kind: 'suppressed'; source: 'config' | 'inline'; reason: string; until: string | null };

export interface Entry {
  /** The gap's fingerprint. */
  id: string;
  ruleId: string;
  dimension: Dimension;
  /**
   * The gap as rendered Markdown (title, permalink, rule, id). Kept verbatim once a gap is
   * fixed: the permalink then points at the last commit that had it, which stays true.
   */
  display: string;
  state: EntryState;
}

/** The bot-owned section of one phase issue. */
export interface PhaseDoc {
  phase: Phase;
  /** The commit whose report the section reflects: later reports for older commits are ignored. */
  commit: string;
  entries: Entry[];
}

/** Where links in a rendered section point. */
export interface RepoLinks {
  /** The repository's web address, e.g. https://github.com/acme/portal (GHE works too). */
  htmlUrl: string;
}

/** A tracking issue as read from GitHub, with its body taken apart. */
export interface TrackedIssue {
  number: number;
  nodeId: string;
  state: 'open' | 'closed';
  labels: string[];
  body: string;
  doc: PhaseDoc;
  /** Checkbox states as the body shows them (a person may have ticked one by hand). */
  checked: ReadonlyMap<string, boolean>;
  /** Text around the bot's markers: it belongs to people and is kept as it is. */
  before: string;
  after: string;
}

export const LABEL = 'shipshape';
export const phaseLabel = (phase: Phase): string => `phase:${phase}`;

export interface Progress {
  total: number;
  open: number;
  fixed: number;
  accepted: number;
}

export function progressOf(doc: PhaseDoc): Progress {
  const count = (kind: EntryState['kind']) => doc.entries.filter((e) => e.state.kind === kind).length;
  return { total: doc.entries.length, open: count('open'), fixed: count('fixed'), accepted: count('accepted') + count('suppressed') };
}
