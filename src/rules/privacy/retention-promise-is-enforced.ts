import { describeJobs, jobRelated, jobsDeleting, knownModels, modelsForSubject, policyClaims, quote, resolvedJobs, where } from '../data-lifecycle.js';
import type { RuleCheck } from '../types.js';

export const retentionPromiseIsEnforced: RuleCheck = {
  id: 'privacy/retention-promise-is-enforced',
  check({ facts, config, report }) {
    const claims = policyClaims(facts, config, 'retention').filter((c) => c.subject);
    if (claims.length === 0) return 'not-applicable';
    const models = knownModels(facts);
    const reported = new Set<string>();
    for (const claim of claims) {
      // Data the code does not store (server logs, backups) is kept elsewhere: nothing here can judge it.
      const named = modelsForSubject(claim.subject!, models);
      if (named.length === 0) continue;
      if (jobsDeleting(facts, named.map((m) => m.name)).length > 0) continue;
      // A TTL index on the promised data: the database deletes it itself.
      if (named.some((m) => m.model?.ttlField)) continue;
      const key = named.map((m) => m.name).toSorted().join(',');
      if (reported.has(key)) continue;
      reported.add(key);
      const declared = named.find((m) => m.model)?.model ?? null;
      const jobs = resolvedJobs(facts);
      report({
        messageId: 'notEnforced',
        data: {
          subject: claim.subject!,
          models: named.map((m) => m.name).join(', '),
          modelAt: declared ? where(declared.location) : 'written by the code',
          sentence: quote(claim),
          claimAt: where(claim.location),
          jobs: describeJobs(jobs),
        },
        location: claim.location,
        anchor: `retention:${key}`,
        related: [
          ...named.filter((m) => m.model).map((m) => ({ path: m.model!.location.path, startLine: m.model!.location.startLine, message: `model ${m.name}` })),
          ...jobRelated(jobs.filter((j) => j.deletes.length > 0)),
        ],
      });
    }
  },
};
