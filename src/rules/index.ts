import { auditTrailExists } from './audit/audit-trail-exists.js';
import { alertsReachADestination } from './monitoring/alerts-reach-a-destination.js';
import { errorTrackingIsConfigured } from './monitoring/error-tracking-is-configured.js';
import { healthEndpointExists } from './monitoring/health-endpoint-exists.js';
import { uptimeIsMonitored } from './monitoring/uptime-is-monitored.js';
import { dependencyUpdatesAreAutomated } from './operations/dependency-updates-are-automated.js';
import { expiredDataIsCleanedUp } from './operations/expired-data-is-cleaned-up.js';
import { publicEndpointsAreRateLimited } from './operations/public-endpoints-are-rate-limited.js';
import { restoreIsTested } from './operations/restore-is-tested.js';
import { runbookExists } from './operations/runbook-exists.js';
import { securityPolicyExists } from './operations/security-policy-exists.js';
import { testsRunInCi } from './operations/tests-run-in-ci.js';
import { deletionPromiseIsBuilt } from './privacy/deletion-promise-is-built.js';
import { exportPromiseIsBuilt } from './privacy/export-promise-is-built.js';
import { policyExists } from './privacy/policy-exists.js';
import { retentionPromiseIsEnforced } from './privacy/retention-promise-is-enforced.js';
import { noHardcodedSecrets } from './security/no-hardcoded-secrets.js';
import { RULE_DEFINITIONS } from './packs.generated.js';
import type { RuleCheck } from './types.js';

/** The checks of fact-based rules, sorted by id. Pattern rules need none: their matches are their gaps. */
export const RULE_CHECKS: readonly RuleCheck[] = [
  auditTrailExists,
  alertsReachADestination,
  errorTrackingIsConfigured,
  healthEndpointExists,
  uptimeIsMonitored,
  dependencyUpdatesAreAutomated,
  expiredDataIsCleanedUp,
  publicEndpointsAreRateLimited,
  restoreIsTested,
  runbookExists,
  securityPolicyExists,
  testsRunInCi,
  deletionPromiseIsBuilt,
  exportPromiseIsBuilt,
  policyExists,
  retentionPromiseIsEnforced,
  noHardcodedSecrets,
];

export const CHECKS_BY_ID: ReadonlyMap<string, RuleCheck> = new Map(RULE_CHECKS.map((c) => [c.id, c]));

/** The built-in rule catalogue, from rules/<dimension>/<name>.yml. */
export const BUILTIN_RULES = RULE_DEFINITIONS;
