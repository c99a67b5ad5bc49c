import type { RuleCheck } from '../types.js';
import { matchesAny, patterns } from '../types.js';

/** Where privacy policies are usually kept: PRIVACY.md, docs/privacy*, app/privacy/page.tsx, pages/privacy.*, templates. */
const POLICY_PATH = /(^|\/)(privacy[-_ ]?(policy|notice|statement)?|datenschutz|data[-_]protection)(\/(page|index)\.(tsx|jsx|ts|js|mdx?|html?|vue|svelte)|\.(md|mdx|markdown|txt|rst|html?|tsx|jsx|vue|svelte|astro|hbs|ejs|njk|pug|liquid))$/i;

export function isPolicyPath(path: string): boolean {
  return POLICY_PATH.test(path);
}

export const policyExists: RuleCheck = {
  id: 'privacy/policy-exists',
  check({ facts, options, config, report }) {
    const personal = patterns(options, 'personalFields');
    const models = [...facts.fileFacts].flatMap((f) => f.models);
    const storing = models
      .map((m) => ({ model: m, fields: m.fields.filter((field) => matchesAny(field.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase(), personal)) }))
      .filter((m) => m.fields.length > 0);
    if (storing.length === 0) return 'not-applicable';
    if (config.privacyPolicies.length > 0) return;
    if (facts.paths().some(isPolicyPath)) return;
    const [first] = storing;
    report({
      messageId: 'missing',
      data: { model: first!.model.name, fields: first!.fields.join(', ') },
      location: first!.model.location,
      anchor: 'repository',
      related: storing.slice(1, 6).map((s) => ({ path: s.model.location.path, startLine: s.model.location.startLine, message: `${s.model.name} stores ${s.fields.join(', ')}` })),
    });
  },
};
