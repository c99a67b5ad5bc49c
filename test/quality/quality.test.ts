import { describe, expect, it } from '@jest/globals';
import { loadFixtures, measureFixture, precision, recall, scoreByRule, type FixtureResult } from './measure.js';

const fixtures = loadFixtures();
const results: FixtureResult[] = [];

describe('rule quality on fixture apps (precision and recall ≥ 90 %, nothing on fixed variants)', () => {
  for (const fixture of fixtures) {
    it(`${fixture.name}: ${fixture.name.endsWith('/fixed') ? 'no gaps' : 'expected gaps'}`, async () => {
      const result = await measureFixture(fixture);
      results.push(result);
      if (fixture.name.endsWith('/fixed')) {
        expect(result.falsePositives.map((g) => `${g.ruleId} ${g.location?.path}:${g.location?.startLine} ${g.title}`)).toEqual([]);
      }
      expect(result.errors).toEqual([]);
    });
  }

  it('meets the per-rule thresholds over all fixtures', () => {
    const scores = scoreByRule(results);
    const below = scores.filter((s) => precision(s) < 0.9 || recall(s) < 0.9).map((s) => ({ ...s, precision: precision(s), recall: recall(s) }));
    expect(below).toEqual([]);
  });
});
