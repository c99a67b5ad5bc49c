import type { RuleCheck } from '../types.js';

/** Where GitHub reads a security policy. */
const VALID = /^(?:\.github\/|docs\/)?security\.(?:md|markdown|rst|txt)$/i;
const LOOKALIKE = /(?:^|\/)security(?:[-_]policy)?\.(?:md|markdown|rst|txt)$/i;

export const securityPolicyExists: RuleCheck = {
  id: 'operations/security-policy-exists',
  check({ facts, report }) {
    const paths = facts.paths();
    if (paths.some((p) => VALID.test(p))) return;
    const misplaced = paths.filter((p) => LOOKALIKE.test(p)).toSorted();
    report({
      messageId: 'missing',
      data: { misplaced: misplaced.length > 0 ? ` ${misplaced.join(', ')} ${misplaced.length > 1 ? 'are' : 'is'} not in one of those places, so GitHub does not show it as the policy.` : '' },
      location: null,
      anchor: 'repository',
      related: misplaced.map((p) => ({ path: p, startLine: 1, message: 'security document outside the places GitHub reads' })),
    });
  },
};
