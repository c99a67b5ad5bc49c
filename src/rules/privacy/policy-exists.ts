import { missingConfiguredPolicies, policyFiles } from '../data-lifecycle.js';
import type { RuleCheck } from '../types.js';
import { matchesAny, patterns } from '../types.js';

export const policyExists: RuleCheck = {
  id: 'privacy/policy-exists',
  check({ facts, options, config, report }) {
    const personal = patterns(options, 'personalFields');
    const models = [...facts.fileFacts].flatMap((f) => f.models);
    const storing = models
      .map((m) => ({ model: m, fields: m.fields.filter((field) => matchesAny(field.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase(), personal)) }))
      .filter((m) => m.fields.length > 0);
    if (storing.length === 0) return 'not-applicable';
    // A configured path that matches nothing means the promises the user thinks are checked are not.
    for (const missing of missingConfiguredPolicies(facts, config)) {
      report({
        messageId: 'configuredMissing',
        data: { path: missing, config: config.file ?? 'the configuration' },
        location: null,
        anchor: `configured:${missing}`,
      });
    }
    if (config.privacyPolicies.some((p) => /^https?:\/\//i.test(p))) return;
    if (policyFiles(facts, config).length > 0) return;
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
