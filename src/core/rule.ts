import type { Dimension, Language, Phase } from './model.js';

/** A before/after example shown by `shipshape explain` and in rule docs. */
export interface RuleExample {
  language: string;
  before: string;
  after: string;
}

export interface RuleMessage {
  title: string;
  message: string;
}

/** The ast-grep part of a pattern rule: the same shape as ast-grep YAML (`rule`, `constraints`, `utils`). */
export interface PatternSpec {
  languages: Language[];
  /** Which entry of `messages` a match reports with; metavariables fill `{{$NAME}}` placeholders. */
  message: string;
  rule: Record<string, unknown>;
  constraints?: Record<string, unknown>;
  utils?: Record<string, unknown>;
}

/**
 * A rule definition: data read from `rules/<dimension>/<name>.yml` (built in) or
 * `.shipshape/rules/*.yml` (a user's pattern rules).
 */
export interface RuleDefinition {
  id: string;
  dimension: Dimension;
  phase: Phase;
  /** The requirement, phrased so it can be true or false. */
  title: string;
  /** Why it matters (Markdown). */
  why: string;
  /** How to fix it (Markdown). */
  fix: string;
  /** Where its gaps are reported (Markdown): reviewers and keys of expected gaps need to know which line to look at. */
  reported?: string;
  example: RuleExample;
  /** Message templates by id: a one-line title and a message, both with `{{placeholder}}` slots. */
  messages: Record<string, RuleMessage>;
  /** JSON Schema of the rule's options (an object schema with defaults). */
  options: Record<string, unknown>;
  references: string[];
  /** Present for pattern rules; fact-based rules are bound to a check in src/rules by id. */
  pattern?: PatternSpec;
  /** Where the definition came from (`rules/security/x.yml` or the user's file). */
  source: string;
}
