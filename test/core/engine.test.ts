import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import reportSchema from '../../schema/report.schema.json' with { type: 'json' };
import { createAjv } from '../../src/core/config.js';
import { MemoryFactCache, scan } from '../../src/core/engine.js';
import { ConfigError } from '../../src/core/errors.js';
import type { Report } from '../../src/core/model.js';
import { renderJson } from '../../src/report/json.js';
import { withRepo, type RepoFiles } from '../helpers/repo.js';

const STRIPE = ['sk', 'live', '4eC39HqLyjWDarjtT1zdp7dc'].join('_');
const OTHER = ['sk', 'live', '9xQ21PmRtLkWvB7nZc3YdE5f'].join('_');

const validate = createAjv().compile(reportSchema);
const withoutTimings = (report: Report) => renderJson({ ...report, timings: { totalMs: 0 } });

async function scanFiles(files: RepoFiles, extra: Partial<Parameters<typeof scan>[0]> = {}) {
  return withRepo(files, async (root) => (await scan({ root, today: '2026-06-01', ...extra })).report);
}

const ids = (report: Report) => report.gaps.map((g) => `${g.ruleId} ${g.id}`).sort();

describe('engine', () => {
  it('produces a report that validates against schema/report.schema.json (bundled example)', async () => {
    const { report } = await scan({ root: path.resolve(import.meta.dirname, '../../examples/acme-portal'), today: '2026-06-01' });
    const valid = validate(JSON.parse(renderJson(report)));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    expect(report.stats.files).toBeGreaterThan(20);
  });

  it('is deterministic: two scans of the same tree give byte-identical JSON apart from timings', async () => {
    await withRepo({ 'src/a.ts': `const k = '${STRIPE}';\n`, 'src/b.ts': `const k = '${OTHER}';\n`, 'prisma/schema.prisma': 'model User {\n  email String\n}\n' }, async (root) => {
      const first = (await scan({ root, today: '2026-06-01', concurrency: 1 })).report;
      const second = (await scan({ root, today: '2026-06-01', concurrency: 8 })).report;
      expect(withoutTimings(second)).toEqual(withoutTimings(first));
      expect(first.gaps.length).toBeGreaterThan(2);
    });
  });

  describe('fingerprints survive unrelated edits', () => {
    const base = `import express from 'express';\nconst app = express();\nconst stripeKey = '${STRIPE}';\napp.post('/x', handler);\n`;
    it('lines inserted above', async () => {
      const before = await scanFiles({ 'src/app.ts': base });
      const after = await scanFiles({ 'src/app.ts': `// a comment\n// another\n\n${base}` });
      expect(ids(after)).toEqual(ids(before));
      expect(before.gaps.find((g) => g.ruleId === 'security/no-hardcoded-secrets')!.location!.startLine).toBe(3);
      expect(after.gaps.find((g) => g.ruleId === 'security/no-hardcoded-secrets')!.location!.startLine).toBe(6);
    });
    it('reformatting elsewhere in the file', async () => {
      const before = await scanFiles({ 'src/app.ts': base });
      const after = await scanFiles({ 'src/app.ts': base.replace("app.post('/x', handler);", "app.post(\n  '/x',\n  handler,\n);") });
      expect(ids(after)).toEqual(ids(before));
    });
    it('another gap added in the same file', async () => {
      const before = await scanFiles({ 'src/app.ts': base });
      const after = await scanFiles({ 'src/app.ts': `const otherKey = '${OTHER}';\n${base}` });
      expect(ids(after)).toEqual(expect.arrayContaining(ids(before)));
      expect(ids(after)).toHaveLength(ids(before).length + 1);
    });
  });

  it('reports an unparsable source file and keeps scanning', async () => {
    const report = await scanFiles({ 'src/broken.ts': 'export function (((( {\n', 'src/ok.ts': `const k = '${STRIPE}';\n` });
    expect(report.errors).toEqual([{ path: 'src/broken.ts', message: expect.stringMatching(/^line 1: syntax error near line 1/) }]);
    expect(report.gaps.some((g) => g.location?.path === 'src/ok.ts')).toBe(true);
  });

  it('redacts secrets in titles, messages and snippets', async () => {
    const report = await scanFiles({ 'src/a.ts': `export const config = {\n  stripe: '${STRIPE}',\n};\n` });
    const gap = report.gaps.find((g) => g.ruleId === 'security/no-hardcoded-secrets')!;
    expect(gap.location!.snippet).toBe(`  stripe: 'sk_l${'*'.repeat(STRIPE.length - 4)}',`);
    expect(JSON.stringify(report)).not.toContain(STRIPE.slice(5));
  });

  describe('suppressions', () => {
    it('applies inline shipshape-ignore comments with a reason, and reports one without', async () => {
      const report = await scanFiles({
        'src/a.ts': `// shipshape-ignore security/no-hardcoded-secrets: test-mode key for the demo sandbox\nconst a = '${STRIPE}';\n`,
        'src/b.py': `# shipshape-ignore security/no-hardcoded-secrets\nB = "${OTHER}"\n`,
      });
      expect(report.suppressed.map((g) => [g.location?.path, g.source, g.reason])).toEqual([['src/a.ts', 'inline', 'test-mode key for the demo sandbox']]);
      expect(report.gaps.filter((g) => g.ruleId === 'security/no-hardcoded-secrets').map((g) => g.location?.path)).toEqual(['src/b.py']);
      expect(report.notices).toContainEqual({ path: 'src/b.py', line: 1, message: expect.stringContaining('needs a rule id and a reason') });
      expect(report.summary.suppressed).toBe(1);
    });

    it('applies config ignores until they expire, then says so', async () => {
      const files = { 'src/a.ts': `const a = '${STRIPE}';\n`, '.shipshape.yml': 'ignore:\n  - rule: security/no-hardcoded-secrets\n    reason: rotated, history rewrite scheduled\n    until: 2026-03-01\n' };
      const before = await scanFiles(files, { today: '2026-02-01' });
      expect(before.suppressed.map((g) => [g.ruleId, g.source, g.until])).toEqual([['security/no-hardcoded-secrets', 'config', '2026-03-01']]);
      const after = await scanFiles(files, { today: '2026-03-02' });
      expect(after.suppressed).toEqual([]);
      expect(after.gaps.some((g) => g.ruleId === 'security/no-hardcoded-secrets')).toBe(true);
      expect(after.notices).toContainEqual({ path: '.shipshape.yml', line: 2, message: expect.stringContaining('expired on 2026-03-01 and no longer applies') });
    });

    it('ignores a single gap by id', async () => {
      const first = await scanFiles({ 'src/a.ts': `const a = '${STRIPE}';\nconst b = '${OTHER}';\n` });
      const target = first.gaps.find((g) => g.location?.startLine === 2)!;
      const second = await scanFiles({ 'src/a.ts': `const a = '${STRIPE}';\nconst b = '${OTHER}';\n`, '.shipshape.yml': `ignore:\n  - gap: ${target.id}\n    reason: revoked key kept for a regression test\n` });
      expect(second.suppressed.map((g) => g.id)).toEqual([target.id]);
      expect(second.gaps.map((g) => g.id)).not.toContain(target.id);
    });
  });

  it('treats test code as tests: no routes or data operations from it, but its leaked keys count', async () => {
    const report = await scanFiles({
      'test/api.test.ts': `import express from 'express';\nconst app = express();\napp.post('/projects', h);\nafterEach(() => prisma.project.deleteMany());\nconst key = '${STRIPE}';\n`,
      'src/__tests__/util.spec.ts': "app.delete('/x', h);\n",
      'app/test_views.py': 'def test_delete(db):\n    db.delete(obj)\n',
    });
    expect(report.rules.filter((r) => r.status === 'not-applicable').map((r) => r.id)).toEqual(expect.arrayContaining(['audit/audit-trail-exists', 'monitoring/health-endpoint-exists']));
    expect(report.stats.parsed).toBe(0);
    // The key is found by the text scan and then excluded by the rule's default excludePaths for test code.
    const withTests = await scanFiles({ 'test/api.test.ts': `const key = '${STRIPE}';\n`, '.shipshape.yml': 'rules:\n  security/no-hardcoded-secrets:\n    options: { excludePaths: [] }\n' });
    expect(withTests.gaps.map((g) => g.location?.path)).toContain('test/api.test.ts');
  });

  it('applies phase overrides and disabled rules from config', async () => {
    const report = await scanFiles({ 'README.md': '# x\n', '.shipshape.yml': 'rules:\n  operations/runbook-exists: critical\n  privacy/policy-exists: off\n' });
    expect(report.gaps.filter((g) => g.ruleId === 'operations/runbook-exists').map((g) => [g.ruleId, g.phase, g.severity])).toEqual([['operations/runbook-exists', 'critical', 'error']]);
    expect(report.gaps.filter((g) => g.phase === 'critical').map((g) => g.ruleId)).toEqual(['operations/runbook-exists']);
    expect(report.rules.map((r) => r.id)).not.toContain('privacy/policy-exists');
    expect(report.summary.critical).toBe(1);
  });

  it("runs the repository's own pattern rules from .shipshape/rules", async () => {
    const rule = [
      'id: security/no-eval',
      'dimension: security',
      'phase: hardening',
      'title: Code never calls eval',
      'why: eval runs strings as code; with any user input in them it is remote code execution.',
      'fix: Parse the data instead of evaluating it.',
      'example: { language: ts, before: "eval(s)", after: "JSON.parse(s)" }',
      'messages:',
      '  evalCall: { title: "eval of {{ARG}}", message: "eval({{ARG}}) in {{path}} runs a string as code." }',
      'pattern:',
      '  languages: [typescript, javascript]',
      '  message: evalCall',
      '  rule: { pattern: "eval($ARG)" }',
    ].join('\n');
    const report = await scanFiles({ '.shipshape/rules/no-eval.yml': rule, 'src/a.ts': 'const x = 1;\neval(userInput);\n' });
    expect(report.gaps.filter((g) => g.ruleId === 'security/no-eval').map((g) => [g.title, g.location?.startLine, g.phase])).toEqual([['eval of userInput', 2, 'hardening']]);
  });

  it('refuses a broken user rule with the file and line, scanning nothing', async () => {
    const bad = 'id: security/bad\ndimension: security\nphase: hardening\ntitle: x\n';
    await withRepo({ '.shipshape/rules/bad.yml': bad }, async (root) => {
      const error = await scan({ root }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).message).toMatch(/\.shipshape\/rules\/bad\.yml(:\d+)?: .*(why|title)/);
    });
  });

  it('re-parses only changed files when given a cache', async () => {
    await withRepo({ 'src/a.ts': 'export const a = 1;\n', 'src/b.ts': 'export const b = 2;\n' }, async (root) => {
      const cache = new MemoryFactCache();
      const first = (await scan({ root, cache })).report;
      const second = (await scan({ root, cache })).report;
      expect([first.stats.parsed, first.stats.cached]).toEqual([2, 0]);
      expect([second.stats.parsed, second.stats.cached]).toEqual([0, 2]);
    });
  });
});
