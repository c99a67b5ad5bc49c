import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { scan } from '../../src/core/engine.js';
import type { Gap } from '../../src/core/model.js';
import type { RuleDefinition } from '../../src/core/rule.js';
import { BUILTIN_RULES } from '../../src/rules/index.js';
import { withRepo, type RepoFiles } from '../helpers/repo.js';

/** One case: a tiny repository, optionally with rule options and extra configuration. */
export interface RuleCase {
  name: string;
  files: RepoFiles;
  options?: Record<string, unknown>;
  /** Other top-level configuration keys (privacy, exclude…); `rules` here turns other rules on. */
  config?: Record<string, unknown>;
}

export interface ExpectedGap {
  messageId: string;
  /** Repo-relative path, or null for a repository-level gap. */
  path?: string | null;
  line?: number;
  /** Substrings the title or message must contain (e.g. the route, the model). */
  includes?: string[];
  /** Substrings that must not appear (e.g. a secret's value). */
  excludes?: string[];
}

export interface InvalidCase extends RuleCase {
  gaps: ExpectedGap[];
}

export interface RuleCases {
  valid: RuleCase[];
  invalid: InvalidCase[];
}

/**
 * Checks a rule against valid cases (no gap) and invalid cases (exactly the gaps listed).
 * Like ESLint's RuleTester it refuses to run bad tests: duplicate cases, expected message
 * ids the rule does not have, and gaps whose text still holds `{{placeholders}}`.
 */
export function validateCases(definition: RuleDefinition, cases: RuleCases): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const c of [...cases.valid, ...cases.invalid]) {
    const key = JSON.stringify([c.files, c.options ?? null, c.config ?? null], (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('base64') : v));
    if (seen.has(key)) problems.push(`duplicate case '${c.name}'`);
    seen.add(key);
  }
  const names = [...cases.valid, ...cases.invalid].map((c) => c.name);
  for (const name of new Set(names.filter((n, i) => names.indexOf(n) !== i))) problems.push(`duplicate case name '${name}'`);
  for (const c of cases.invalid) {
    if (c.gaps.length === 0) problems.push(`invalid case '${c.name}' expects no gap: make it a valid case`);
    for (const g of c.gaps) {
      if (!definition.messages[g.messageId]) problems.push(`case '${c.name}' expects unknown message id '${g.messageId}' (the rule has ${Object.keys(definition.messages).join(', ')})`);
    }
  }
  return problems;
}

export async function runCase(definition: RuleDefinition, c: RuleCase): Promise<Gap[]> {
  return withRepo(c.files, async (root) => {
    const configDir = await mkdtemp(path.join(tmpdir(), 'shipshape-config-'));
    try {
      // Other rules are off unless the case turns one on (a rule that defers to another needs it on).
      const rules: Record<string, unknown> = {
        ...Object.fromEntries(BUILTIN_RULES.filter((r) => r.id !== definition.id).map((r) => [r.id, 'off'])),
        ...(c.config?.rules as Record<string, unknown> | undefined),
      };
      rules[definition.id] = { options: c.options ?? {} };
      const configPath = path.join(configDir, 'shipshape.yml');
      await writeFile(configPath, stringify({ ...c.config, rules }));
      const builtinRules = BUILTIN_RULES.map((r) => (r.id === definition.id ? definition : r));
      const { report } = await scan({ root, configPath, today: '2026-01-01', builtinRules });
      const failed = report.rules.find((r) => r.id === definition.id && r.status === 'error');
      if (failed) throw new Error(`rule errored: ${report.errors.map((e) => e.message).join('; ')}`);
      const gaps = report.gaps.filter((g) => g.ruleId === definition.id);
      for (const g of gaps) {
        if (/\{\{[^}]*\}\}/.test(g.title + g.message)) throw new Error(`unfilled placeholder in gap: ${g.title} / ${g.message}`);
      }
      return gaps;
    } finally {
      await rm(configDir, { recursive: true, force: true });
    }
  });
}

/** Which expected gap a reported gap satisfies. */
export function matchGap(gap: Gap, expected: ExpectedGap, definition: RuleDefinition): boolean {
  const template = definition.messages[expected.messageId]!;
  const titleHead = template.title.split('{{')[0]!;
  if (!gap.title.startsWith(titleHead)) return false;
  if (expected.path !== undefined && (gap.location?.path ?? null) !== expected.path) return false;
  if (expected.line !== undefined && gap.location?.startLine !== expected.line) return false;
  const text = `${gap.title}\n${gap.message}`;
  if (expected.includes?.some((s) => !text.includes(s))) return false;
  const everything = JSON.stringify(gap);
  if (expected.excludes?.some((s) => everything.includes(s))) return false;
  return true;
}
