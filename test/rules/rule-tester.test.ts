import { describe, expect, it } from '@jest/globals';
import type { RuleDefinition } from '../../src/core/rule.js';
import { BUILTIN_RULES } from '../../src/rules/index.js';
import { runCase, validateCases } from './rule-tester.js';

const runbook = BUILTIN_RULES.find((r) => r.id === 'operations/runbook-exists')!;

describe('the rule tester refuses bad tests', () => {
  it('rejects duplicate cases and duplicate names', () => {
    const files = { 'README.md': '# x\n' };
    const problems = validateCases(runbook, {
      valid: [{ name: 'a', files }, { name: 'a', files: { 'docs/runbook.md': '# r\n' } }],
      invalid: [{ name: 'b', files, gaps: [{ messageId: 'missing' }] }],
    });
    expect(problems).toEqual(["duplicate case 'b'", "duplicate case name 'a'"]);
  });

  it('rejects unknown message ids and invalid cases that expect nothing', () => {
    const problems = validateCases(runbook, {
      valid: [],
      invalid: [
        { name: 'x', files: { 'a.md': '' }, gaps: [{ messageId: 'nope' }] },
        { name: 'y', files: { 'b.md': '' }, gaps: [] },
      ],
    });
    expect(problems).toEqual([
      "case 'x' expects unknown message id 'nope' (the rule has missing, incomplete)",
      "invalid case 'y' expects no gap: make it a valid case",
    ]);
  });

  it('fails a case whose gap leaves a placeholder unfilled', async () => {
    const broken: RuleDefinition = { ...runbook, messages: { missing: { title: 'No runbook {{nowhere}}', message: 'x' } } };
    await expect(runCase(broken, { name: 'z', files: { 'README.md': '# x\n' } })).rejects.toThrow(/rule errored: rule operations\/runbook-exists failed: .*placeholder \{\{nowhere\}\} has no value/);
  });
});
