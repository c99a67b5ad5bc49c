import type { RuleCheck } from '../types.js';
import { matchesAny, patterns } from '../types.js';

export const uptimeIsMonitored: RuleCheck = {
  id: 'monitoring/uptime-is-monitored',
  check({ facts, options, report }) {
    const routes = facts.routes();
    if (routes.length === 0) return 'not-applicable';
    const monitors = [...facts.fileFacts].flatMap((f) => f.uptimeMonitors).filter((m) => m.kind === 'code' || options.acceptDocumented !== false);
    if (monitors.length > 0) return;
    const health = patterns({ paths: ['(^|/)(health|healthz|healthcheck|health-check|livez|readyz|ping)/?$'] }, 'paths');
    const healthRoutes = routes.filter((r) => (r.route.method === 'GET' || r.route.method === 'ANY') && matchesAny(r.fullPath, health));
    report({
      messageId: 'missing',
      data: {
        count: routes.length,
        health: healthRoutes.length > 0 ? ` and has a health endpoint to point a monitor at (${healthRoutes.slice(0, 3).map((r) => `${r.route.method} ${r.fullPath}`).join(', ')})` : '',
      },
      location: null,
      anchor: 'repository',
      related: healthRoutes.slice(0, 3).map((r) => ({ path: r.route.location.path, startLine: r.route.location.startLine, message: `health endpoint ${r.route.method} ${r.fullPath}` })),
    });
  },
};
