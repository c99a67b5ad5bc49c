import { describe, expect, it } from '@jest/globals';
import { BUILTIN_RULES } from '../../src/rules/index.js';

const defaults = (id: string, option: string) => ((BUILTIN_RULES.find((r) => r.id === id)?.options.properties ?? {}) as Record<string, { default?: unknown }>)[option]?.default;

describe('audit rules share one definition of an audit record', () => {
  for (const id of ['audit/sensitive-actions-are-recorded', 'audit/audit-log-is-append-only']) {
    for (const option of ['auditCalls', 'auditModels']) {
      it(`${id} ${option} defaults equal audit/audit-trail-exists`, () => {
        expect(defaults(id, option)).toEqual(defaults('audit/audit-trail-exists', option));
      });
    }
  }

  it('the three access rules share their option defaults, so they divide one problem the same way', () => {
    const ids = ['security/mutations-require-authentication', 'security/mutations-require-authorization', 'security/object-access-is-scoped'];
    const [first, ...rest] = ids.map((id) => BUILTIN_RULES.find((r) => r.id === id)!.options);
    for (const options of rest) expect(options).toEqual(first);
  });
});
