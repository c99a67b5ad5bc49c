import { describe, expect, it } from '@jest/globals';
import { BUILTIN_RULES } from '../../src/rules/index.js';
import { CASES } from './cases/index.js';
import { matchGap, runCase, validateCases, type InvalidCase } from './rule-tester.js';

for (const definition of BUILTIN_RULES) {
  const cases = CASES[definition.id];
  if (!cases) continue; // the meta-test reports rules without cases
  describe(definition.id, () => {
    it('has well-formed cases', () => {
      expect(validateCases(definition, cases)).toEqual([]);
    });
    describe('valid', () => {
      for (const c of cases.valid) {
        it(c.name, async () => {
          const gaps = await runCase(definition, c);
          expect(gaps.map((g) => `${g.location?.path ?? '(repository)'}:${g.location?.startLine ?? ''} ${g.title}`)).toEqual([]);
        });
      }
    });
    describe('invalid', () => {
      for (const c of cases.invalid) {
        it(c.name, async () => {
          const gaps = await runCase(definition, c);
          expect(unmatched(gaps, c, definition)).toEqual({ missing: [], unexpected: [] });
        });
      }
    });
  });
}

function unmatched(gaps: Awaited<ReturnType<typeof runCase>>, c: InvalidCase, definition: (typeof BUILTIN_RULES)[number]) {
  const remaining = [...gaps];
  const missing: string[] = [];
  for (const expected of c.gaps) {
    const i = remaining.findIndex((g) => matchGap(g, expected, definition));
    if (i === -1) missing.push(JSON.stringify(expected));
    else remaining.splice(i, 1);
  }
  return { missing, unexpected: remaining.map((g) => `${g.location?.path ?? '(repository)'}:${g.location?.startLine ?? ''} ${g.title} — ${g.message}`) };
}
