import type { FactIndex } from '../core/fact-index.js';
import type { Config } from '../core/config.js';
import type { Location, RelatedLocation } from '../core/model.js';
import { RULE_DEFINITIONS } from './packs.generated.js';

/** What a check reports: the engine turns it into a gap (message, phase, fingerprint). */
export interface GapDraft {
  messageId: string;
  data: Record<string, string | number>;
  location: Location | null;
  /**
   * What the gap is about, independent of line numbers: a route's method and path, a
   * function's name, a secret's hash, a service folder. The fingerprint is built from it.
   */
  anchor: string;
  related?: RelatedLocation[];
}

export interface RuleContext {
  facts: FactIndex;
  /** The rule's options: schema defaults merged with the user's configuration. */
  options: Record<string, unknown>;
  config: Config;
  report(draft: GapDraft): void;
}

/**
 * The check of a fact-based rule, bound by id to its definition in rules/<dimension>/<name>.yml.
 * Returns 'not-applicable' when the repository has nothing the rule judges (no routes, no data).
 */
export interface RuleCheck {
  id: string;
  check(context: RuleContext): void | 'not-applicable';
}

/** Compiles option strings to regular expressions once per scan. */
export function patterns(options: Record<string, unknown>, key: string): RegExp[] {
  const list = options[key];
  return Array.isArray(list) ? list.map((p) => new RegExp(String(p))) : [];
}

/** The default of another rule's option, as its YAML declares it: one source of truth for vocabularies rules share. */
export function optionDefaults(ruleId: string, option: string): string[] {
  const definition = RULE_DEFINITIONS.find((r) => r.id === ruleId);
  const properties = (definition?.options.properties ?? {}) as Record<string, { default?: unknown }>;
  const value = properties[option]?.default;
  return Array.isArray(value) ? value.map(String) : [];
}

export function matchesAny(value: string, list: readonly RegExp[]): boolean {
  return list.some((p) => p.test(value));
}
