import type { RuleCheck } from '../types.js';
import { AccessAnalysis, requestKeys, describeActions, verdict, whereOf } from './access.js';

export const mutationsRequireAuthorization: RuleCheck = {
  id: 'security/mutations-require-authorization',
  check({ facts, options, report }) {
    const analysis = AccessAnalysis.of(facts, options);
    const routes = analysis.routes();
    if (routes.length === 0) return 'not-applicable';
    for (const access of routes) {
      if (verdict(access) !== 'authorization') continue;
      const { route } = access.linked;
      const offending = access.unscopedWrites.length > 0 ? access.unscopedWrites : access.writes;
      const first = offending[0];
      const scoping = first
        ? first.tenant && access.privileged
          ? `${whereOf(first)} is limited to the caller's organization only (${first.tenant}${access.membership ? `; ${access.membership.what} only checks membership` : ''}), which does not decide who in it may perform ${access.privileged.what}`
          : `${whereOf(first)} is not limited to the caller${first.request.length > 0 ? ` (it is selected by ${requestKeys(first.request).join(', ')})` : ''}${access.membership ? `; ${access.membership.what} only checks membership` : ''}`
        : `${access.reveals[0]!.what} reveals a secret to any ${access.membership ? `member of the organization (${access.membership.what} only checks membership)` : 'signed-in user'}`;
      report({
        messageId: 'missing',
        data: {
          route: access.label,
          action: describeActions(offending.length > 0 ? offending : access.writes, access.reveals),
          authentication: access.authentication!.what,
          guards: access.guardNames.length > 0 ? access.guardNames.join(', ') : 'none',
          helpers: access.helperNames.length > 0 ? access.helperNames.slice(0, 6).join(', ') : 'no helpers',
          scoping,
        },
        location: route.location,
        anchor: access.anchor,
        related: [
          { path: access.authentication!.path, startLine: access.authentication!.line, message: `authentication: ${access.authentication!.what}` },
          ...offending.slice(0, 3).map((s) => ({ path: s.op.location.path, startLine: s.op.location.startLine, message: `${s.op.op} via ${s.op.callee}, not limited to the caller` })),
          ...access.related,
        ],
      });
    }
  },
};
