import type { RuleCheck } from '../types.js';
import { AccessAnalysis, requestKeys, displayModel, verdict } from './access.js';

const VERBS = { read: 'loads', update: 'changes', delete: 'deletes', create: 'creates' } as const;

export const objectAccessIsScoped: RuleCheck = {
  id: 'security/object-access-is-scoped',
  check({ facts, options, report }) {
    const analysis = AccessAnalysis.of(facts, options);
    const routes = analysis.routes();
    if (routes.length === 0) return 'not-applicable';
    for (const access of routes) {
      if (verdict(access) !== 'object-access') continue;
      const { route } = access.linked;
      const first = access.unscopedPastMembership[0] ?? access.unscopedByRequest[0]!;
      // A type-level permission passed the route: it is the check the message has to explain away.
      const typeLevel = access.authorization !== null && access.typeLevelOnly;
      // Membership of some organization passed the route: it says nothing of which organization's object this is.
      const membershipOnly = !typeLevel && access.authorization !== null && access.membershipOnly;
      // Only a membership or role check of the workspace the request names stood in the way: the message says which one it was.
      const workspaceCheck = access.membership ?? access.authorization;
      const pastMembership = !typeLevel && access.unscopedPastMembership.length > 0 && workspaceCheck !== null;
      report({
        messageId: typeLevel ? 'typeLevel' : pastMembership ? 'pastMembership' : membershipOnly ? 'membershipOnly' : 'unscoped',
        data: {
          ...(typeLevel || (membershipOnly && !pastMembership) ? { check: access.authorization!.what } : {}),
          ...(pastMembership ? { membership: workspaceCheck!.what } : {}),
          route: access.label,
          action: `${VERBS[first.op.op]} ${displayModel(first.op)}`,
          key: requestKeys(first.request).join(', '),
          query: `${first.op.callee} in ${first.op.location.path}:${first.op.location.startLine}`,
          authentication: access.authentication!.what,
          helpers: access.helperNames.length > 0 ? access.helperNames.slice(0, 6).join(', ') : 'no helpers',
        },
        location: route.location,
        anchor: access.anchor,
        related: [
          ...access.unscopedByRequest.slice(0, 3).map((s) => ({ path: s.op.location.path, startLine: s.op.location.startLine, message: `${s.op.callee} selected by ${requestKeys(s.request).join(', ')} with no owner or organization condition` })),
          ...access.related,
        ],
      });
    }
  },
};
