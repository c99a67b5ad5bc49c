import type { RuleCheck } from '../types.js';
import { AccessAnalysis, describeActions, verdict } from './access.js';

export const mutationsRequireAuthentication: RuleCheck = {
  id: 'security/mutations-require-authentication',
  check({ facts, options, report }) {
    const analysis = AccessAnalysis.of(facts, options);
    const routes = analysis.routes();
    if (routes.length === 0) return 'not-applicable';
    for (const access of routes) {
      if (verdict(access) !== 'authentication') continue;
      const { route } = access.linked;
      const data = {
        route: access.label,
        action: describeActions(access.writes, access.reveals),
        guards: access.guardNames.length > 0 ? access.guardNames.join(', ') : 'none',
        helpers: access.helperNames.length > 0 ? access.helperNames.slice(0, 6).join(', ') : 'no helpers',
      };
      report({
        messageId: access.unverifiedWebhook ? 'webhook' : 'missing',
        data,
        location: route.location,
        anchor: access.anchor,
        related: [
          ...access.writes.slice(0, 3).map((s) => ({ path: s.op.location.path, startLine: s.op.location.startLine, message: `${s.op.op} via ${s.op.callee}` })),
          ...access.reveals.slice(0, 1).map((r) => ({ path: r.path, startLine: r.line, message: `reveals a secret via ${r.what}` })),
          ...access.related,
        ],
      });
    }
  },
};
