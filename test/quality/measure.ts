import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { scan } from '../../src/core/engine.js';
import type { Gap } from '../../src/core/model.js';

/**
 * Precision and recall of the rules on realistic fixture apps.
 *
 * Each fixture is a folder under test/fixtures/apps/<app>/<variant>/ (variant `gapped` or
 * `fixed`) with an `expected.yml` beside the code:
 *
 *   scope: [security, audit]          # dimensions or rule ids this fixture judges
 *   gaps:                             # every gap a careful reviewer would report
 *     - rule: security/mutations-require-authorization
 *       path: src/routes/members.ts   # null (or omitted) for a repository-level gap
 *       line: 12                      # the line the gap is anchored to (its location's range must include it)
 *       note: removes a member without an admin check
 *
 * A `fixed` variant lists no gaps: anything reported there is a false positive.
 * expected.yml itself is not scanned (it is excluded via the scan's exclude list).
 */
export interface ExpectedGap {
  rule: string;
  path?: string | null;
  line?: number;
  note?: string;
}

export interface Fixture {
  name: string;
  dir: string;
  scope: string[];
  gaps: ExpectedGap[];
}

export interface RuleScore {
  rule: string;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

export interface FixtureResult {
  fixture: Fixture;
  matched: { expected: ExpectedGap; gap: Gap }[];
  falsePositives: Gap[];
  falseNegatives: ExpectedGap[];
  errors: string[];
}

/**
 * Every fixture root: the apps written with the rules, and the apps written blind — from the
 * rule docs alone, keyed before the tool first ran on them (round 1, then round 2 after
 * round 1's fixes, round 3 as a holdout after round 2's, round 4 after round 3's, round 5 after round 4's, round 6 after round 5's). Each blind app keeps its untouched
 * FIRST-RUN.txt: what the rules did on code they had not been fixed against.
 */
export const FIXTURE_ROOTS = ['apps', 'blind', 'blind2', 'blind3', 'blind4', 'blind5', 'blind6', 'blind7', 'blind8', 'blind9', 'blind10', 'blind11', 'blind12'].map((d) => path.resolve(import.meta.dirname, '../fixtures', d));

export function loadFixtures(root?: string): Fixture[] {
  if (root === undefined) return FIXTURE_ROOTS.flatMap((r) => loadFixtures(r));
  if (!existsSync(root)) return [];
  const fixtures: Fixture[] = [];
  for (const app of readdirSync(root).sort()) {
    const appDir = path.join(root, app);
    for (const variant of readdirSync(appDir).sort()) {
      const dir = path.join(appDir, variant);
      const file = path.join(dir, 'expected.yml');
      if (!existsSync(file)) continue;
      const data = parse(readFileSync(file, 'utf8')) as { scope?: string[]; gaps?: ExpectedGap[] } | null;
      fixtures.push({ name: `${app}/${variant}`, dir, scope: data?.scope ?? [], gaps: data?.gaps ?? [] });
    }
  }
  return fixtures;
}

function inScope(ruleId: string, scope: readonly string[]): boolean {
  return scope.some((s) => s === ruleId || ruleId.startsWith(`${s}/`));
}

function matches(gap: Gap, expected: ExpectedGap): boolean {
  if (gap.ruleId !== expected.rule) return false;
  const expectedPath = expected.path ?? null;
  if ((gap.location?.path ?? null) !== expectedPath) return false;
  if (expected.line === undefined || !gap.location) return true;
  return gap.location.startLine <= expected.line && expected.line <= gap.location.endLine;
}

export async function measureFixture(fixture: Fixture): Promise<FixtureResult> {
  const { report } = await scan({ root: fixture.dir, today: '2026-01-01', exclude: ['expected.yml'] });
  const reported = report.gaps.filter((g) => inScope(g.ruleId, fixture.scope));
  const remaining = [...reported];
  const matched: FixtureResult['matched'] = [];
  const falseNegatives: ExpectedGap[] = [];
  for (const expected of fixture.gaps) {
    const i = remaining.findIndex((g) => matches(g, expected));
    if (i === -1) falseNegatives.push(expected);
    else matched.push({ expected, gap: remaining.splice(i, 1)[0]! });
  }
  return { fixture, matched, falsePositives: remaining, falseNegatives, errors: report.errors.map((e) => `${e.path}: ${e.message}`) };
}

export function scoreByRule(results: readonly FixtureResult[]): RuleScore[] {
  const scores = new Map<string, RuleScore>();
  const get = (rule: string) => {
    let s = scores.get(rule);
    if (!s) scores.set(rule, (s = { rule, truePositives: 0, falsePositives: 0, falseNegatives: 0 }));
    return s;
  };
  for (const r of results) {
    for (const m of r.matched) get(m.gap.ruleId).truePositives++;
    for (const g of r.falsePositives) get(g.ruleId).falsePositives++;
    for (const e of r.falseNegatives) get(e.rule).falseNegatives++;
  }
  return [...scores.values()].sort((a, b) => (a.rule < b.rule ? -1 : 1));
}

export const precision = (s: RuleScore) => (s.truePositives + s.falsePositives === 0 ? 1 : s.truePositives / (s.truePositives + s.falsePositives));
export const recall = (s: RuleScore) => (s.truePositives + s.falseNegatives === 0 ? 1 : s.truePositives / (s.truePositives + s.falseNegatives));
