import { declaredModels, describeJobs, jobRelated, jobsDeleting, knownModels, modelSpellings, modelsForSubject, normaliseModel, policyClaims, resolvedJobs, snakeCase } from '../data-lifecycle.js';
import type { RuleCheck } from '../types.js';
import { matchesAny, patterns } from '../types.js';

const RETENTION_RULE = 'privacy/retention-promise-is-enforced';

export const expiredDataIsCleanedUp: RuleCheck = {
  id: 'operations/expired-data-is-cleaned-up',
  check({ facts, options, config, report }) {
    const modelNames = patterns(options, 'modelNames');
    const expiryFields = patterns(options, 'expiryFields');
    const expiring = declaredModels(facts)
      .map((model) => ({ model, field: model.fields.find((field) => matchesAny(snakeCase(field), expiryFields)) }))
      .filter((m) => m.field !== undefined && matchesAny(normaliseModel(m.model.name), modelNames));
    if (expiring.length === 0) return 'not-applicable';
    // A model a retention promise names is that rule's gap: one missing cleanup, one gap.
    const promised = new Set<string>();
    if (config.rules[RETENTION_RULE]?.enabled !== false) {
      const models = knownModels(facts);
      for (const claim of policyClaims(facts, config, 'retention')) {
        if (claim.subject) for (const m of modelsForSubject(claim.subject, models)) for (const k of modelSpellings(facts, m.name)) promised.add(k);
      }
    }
    const jobs = resolvedJobs(facts);
    for (const { model, field } of expiring) {
      if (modelSpellings(facts, model.name).some((k) => promised.has(k))) continue;
      // A TTL index: the database deletes expired rows itself.
      if (model.ttlField) continue;
      if (jobsDeleting(facts, [model.name]).length > 0) continue;
      report({
        messageId: 'notCleaned',
        data: { model: model.name, field: field!, jobs: describeJobs(jobs) },
        location: model.location,
        anchor: model.name,
        related: jobRelated(jobs.filter((j) => j.deletes.length > 0)),
      });
    }
  },
};
