import { describe, expect, it } from '@jest/globals';
import { loadConfig, parseConfig } from '../../src/core/config.js';
import { ConfigError } from '../../src/core/errors.js';
import { BUILTIN_RULES } from '../../src/rules/index.js';
import { withRepo } from '../helpers/repo.js';

function problems(text: string): string[] {
  try {
    parseConfig('.github/shipshape.yml', text, BUILTIN_RULES);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems.map((p) => p.message);
    throw error;
  }
  return [];
}

describe('config', () => {
  it('reads every documented key', () => {
    const config = parseConfig(
      '.shipshape.yml',
      [
        'fail-on: hardening',
        'exclude: ["legacy/**"]',
        'max-file-size: 200000',
        'rules:',
        '  operations/runbook-exists: off',
        '  privacy/policy-exists: hardening',
        '  audit/audit-trail-exists:',
        '    phase: critical',
        '    options:',
        '      auditCalls: ["track"]',
        'privacy:',
        '  policies: [docs/legal/privacy.md]',
        'ignore:',
        '  - rule: monitoring/health-endpoint-exists',
        '    paths: ["services/batch/**"]',
        '    reason: batch worker has no HTTP server',
        '    until: 2027-06-30',
        'project: acme/7',
      ].join('\n'),
      BUILTIN_RULES,
    );
    expect(config).toEqual({
      file: '.shipshape.yml',
      failOn: 'hardening',
      exclude: ['legacy/**'],
      maxFileSize: 200000,
      rules: {
        'operations/runbook-exists': { enabled: false, phase: null, options: {} },
        'privacy/policy-exists': { enabled: true, phase: 'hardening', options: {} },
        'audit/audit-trail-exists': { enabled: true, phase: 'critical', options: { auditCalls: ['track'] } },
      },
      privacyPolicies: ['docs/legal/privacy.md'],
      ignore: [{ rule: 'monitoring/health-endpoint-exists', gap: null, paths: ['services/batch/**'], reason: 'batch worker has no HTTP server', until: '2027-06-30', file: '.shipshape.yml', line: 14 }],
      project: 'acme/7',
    });
  });

  it('names file, line and key for every problem, with suggestions', () => {
    expect(problems('fail-on: blocker\nexlude: [x]\n')).toEqual([
      ".github/shipshape.yml:1: fail-on: must be one of critical|hardening|polish",
      ".github/shipshape.yml:2: exlude: unknown key 'exlude' (did you mean 'exclude'?)",
    ]);
    expect(problems('rules:\n  security/no-hardcoded-secret: off\n  operations/runbook-exists: sometimes\n')).toEqual([
      ".github/shipshape.yml:2: unknown rule 'security/no-hardcoded-secret' (did you mean 'security/no-hardcoded-secrets'?); `shipshape rules` lists them",
      '.github/shipshape.yml:3: rules.operations/runbook-exists: must be off, on, a phase (critical|hardening|polish) or a mapping with enabled, phase and options',
    ]);
    expect(problems('rules:\n  audit/audit-trail-exists:\n    options:\n      auditCall: [x]\n')).toEqual([
      ".github/shipshape.yml:4: rules.audit/audit-trail-exists.options: unknown key 'auditCall' (did you mean 'auditCalls'?)",
    ]);
    expect(problems('rules:\n  audit/audit-trail-exists:\n    options:\n      auditCalls: nope\n')).toEqual([
      '.github/shipshape.yml:4: rules.audit/audit-trail-exists.options: auditCalls: must be a list',
    ]);
  });

  it('requires a reason on ignore entries and a real date in until', () => {
    expect(problems('ignore:\n  - rule: operations/runbook-exists\n    until: next week\n')).toEqual([
      ".github/shipshape.yml:2: ignore.0: missing required key 'reason'",
      '.github/shipshape.yml:3: ignore.0.until: must be a date (YYYY-MM-DD)',
    ]);
    expect(problems('ignore:\n  - reason: because\n')).toEqual(['.github/shipshape.yml:2: ignore.0: needs exactly one of `rule` or `gap`']);
  });

  it('reports YAML syntax errors with their line', () => {
    expect(problems('fail-on: critical\nrules:\n  - [unclosed\n')).toEqual([expect.stringMatching(/^\.github\/shipshape\.yml:\d: /)]);
    expect(problems('a: 1\na: 2\n')[0]).toMatch(/^\.github\/shipshape\.yml:2: /);
  });

  it('uses defaults only when there is no config file, and refuses two', async () => {
    await withRepo({ 'README.md': '' }, async (root) => {
      expect((await loadConfig(root, BUILTIN_RULES)).file).toBeNull();
    });
    await withRepo({ '.shipshape.yml': 'fail-on: polish\n', '.github/shipshape.yml': 'fail-on: critical\n' }, async (root) => {
      await expect(loadConfig(root, BUILTIN_RULES)).rejects.toThrow('found .github/shipshape.yml and .shipshape.yml: keep one configuration file');
    });
    await withRepo({ 'x': '' }, async (root) => {
      await expect(loadConfig(root, BUILTIN_RULES, 'missing.yml')).rejects.toThrow('cannot read config missing.yml: ENOENT');
    });
  });

  it('rejects a config that is not a mapping', () => {
    expect(problems('- a\n- b\n')).toEqual(['.github/shipshape.yml:1: the configuration must be a mapping of keys (fail-on, rules, exclude, ignore…)']);
  });
});
