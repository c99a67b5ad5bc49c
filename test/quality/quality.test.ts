import { describe, expect, it } from '@jest/globals';
import { loadFixtures, measureFixture, precision, recall, scoreByRule, type FixtureResult } from './measure.js';

const fixtures = loadFixtures();
const results: FixtureResult[] = [];

describe('rule quality on fixture apps (precision and recall ≥ 90 %, nothing on fixed variants)', () => {
  for (const fixture of fixtures) {
    it(`${fixture.name}: ${fixture.name.endsWith('/fixed') ? 'no gaps' : 'expected gaps'}`, async () => {
      const result = await measureFixture(fixture);
      results.push(result);
      // On a fixed variant nothing may be reported; on a gapped one misses and FPs are scored below.
      const mustBeClean = fixture.name.endsWith('/fixed') ? result.falsePositives : [];
      expect(mustBeClean.map((g) => `${g.ruleId} ${g.location?.path}:${g.location?.startLine} ${g.title}`)).toEqual([]);
      expect(result.errors).toEqual([]);
    });
  }

  it('meets the per-rule thresholds over all fixtures', () => {
    const scores = scoreByRule(results);
    const below = scores.filter((s) => precision(s) < 0.9 || recall(s) < 0.9).map((s) => ({ ...s, precision: precision(s), recall: recall(s) }));
    expect(below).toEqual([]);
  });
});
