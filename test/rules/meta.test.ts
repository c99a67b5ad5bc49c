import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';
import ruleSchema from '../../schema/rule.schema.json' with { type: 'json' };
import { createAjv } from '../../src/core/config.js';
import { DIMENSIONS } from '../../src/core/model.js';
import { BUILTIN_RULES, CHECKS_BY_ID, RULE_CHECKS } from '../../src/rules/index.js';
import { CASES } from './cases/index.js';

const root = path.resolve(import.meta.dirname, '../..');
const ruleFiles = readdirSync(path.join(root, 'rules'), { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.yml'))
  .map((f) => f.split(path.sep).join('/'))
  .sort();

describe('rule packs', () => {
  it('every YAML definition validates against schema/rule.schema.json', () => {
    const validate = createAjv().compile(ruleSchema);
    const problems = ruleFiles.flatMap((f) => {
      const ok = validate(parse(readFileSync(path.join(root, 'rules', f), 'utf8')));
      return ok ? [] : [`${f}: ${JSON.stringify(validate.errors)}`];
    });
    expect(problems).toEqual([]);
  });

  it('the generated registry is fresh (npm run gen:rules)', () => {
    expect(() => execFileSync(process.execPath, [path.join(root, 'scripts/gen-rules.mjs'), '--check'], { stdio: 'pipe' })).not.toThrow();
  });

  it("each rule's id matches its file and dimension folder", () => {
    expect(BUILTIN_RULES.map((r) => r.source)).toEqual(ruleFiles.map((f) => `rules/${f}`));
    for (const rule of BUILTIN_RULES) {
      expect(rule.source).toBe(`rules/${rule.id}.yml`);
      expect(rule.id.split('/')[0]).toBe(rule.dimension);
    }
  });

  it('every fact-based definition has a check and every check a definition', () => {
    const factRules = BUILTIN_RULES.filter((r) => !r.pattern).map((r) => r.id).sort();
    expect([...CHECKS_BY_ID.keys()].sort()).toEqual(factRules);
    expect(RULE_CHECKS.map((c) => c.id)).toEqual(RULE_CHECKS.map((c) => c.id).sort());
  });

  it('every rule is documented: why, fix, where its gaps are reported, a before/after example that differs', () => {
    for (const rule of BUILTIN_RULES) {
      expect(rule.why.trim().length).toBeGreaterThan(80);
      expect(rule.fix.trim().length).toBeGreaterThan(40);
      expect(rule.reported?.trim().length ?? 0).toBeGreaterThan(20);
      expect(rule.example.before.trim()).not.toEqual(rule.example.after.trim());
    }
  });

  it('every option has a description and a default', () => {
    for (const rule of BUILTIN_RULES) {
      for (const [name, option] of Object.entries((rule.options.properties ?? {}) as Record<string, { description?: string; default?: unknown }>)) {
        expect({ rule: rule.id, name, description: typeof option.description, hasDefault: option.default !== undefined }).toEqual({ rule: rule.id, name, description: 'string', hasDefault: true });
      }
    }
  });

  it('every rule is tested both ways', () => {
    for (const rule of BUILTIN_RULES) {
      const cases = CASES[rule.id];
      expect({ rule: rule.id, hasCases: Boolean(cases) }).toEqual({ rule: rule.id, hasCases: true });
      expect(cases!.valid.length).toBeGreaterThan(0);
      expect(cases!.invalid.length).toBeGreaterThan(0);
    }
    expect(Object.keys(CASES).sort()).toEqual(BUILTIN_RULES.map((r) => r.id).sort());
  });

  it('covers every dimension with at least one rule', () => {
    expect(new Set(BUILTIN_RULES.map((r) => r.dimension))).toEqual(new Set(DIMENSIONS));
  });
});
