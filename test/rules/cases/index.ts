import type { RuleCases } from '../rule-tester.js';
import auditLogIsAppendOnly from './audit/audit-log-is-append-only.js';
import auditTrailExists from './audit/audit-trail-exists.js';
import sensitiveActionsAreRecorded from './audit/sensitive-actions-are-recorded.js';
import alertsReachADestination from './monitoring/alerts-reach-a-destination.js';
import errorTrackingIsConfigured from './monitoring/error-tracking-is-configured.js';
import healthEndpointExists from './monitoring/health-endpoint-exists.js';
import uptimeIsMonitored from './monitoring/uptime-is-monitored.js';
import dependencyUpdatesAreAutomated from './operations/dependency-updates-are-automated.js';
import expiredDataIsCleanedUp from './operations/expired-data-is-cleaned-up.js';
import publicEndpointsAreRateLimited from './operations/public-endpoints-are-rate-limited.js';
import restoreIsTested from './operations/restore-is-tested.js';
import runbookExists from './operations/runbook-exists.js';
import securityPolicyExists from './operations/security-policy-exists.js';
import testsRunInCi from './operations/tests-run-in-ci.js';
import deletionPromiseIsBuilt from './privacy/deletion-promise-is-built.js';
import exportPromiseIsBuilt from './privacy/export-promise-is-built.js';
import policyExists from './privacy/policy-exists.js';
import retentionPromiseIsEnforced from './privacy/retention-promise-is-enforced.js';
import corsIsRestrictive from './security/cors-is-restrictive.js';
import mutationsRequireAuthentication from './security/mutations-require-authentication.js';
import mutationsRequireAuthorization from './security/mutations-require-authorization.js';
import noCommittedEnvFiles from './security/no-committed-env-files.js';
import noHardcodedSecrets from './security/no-hardcoded-secrets.js';
import objectAccessIsScoped from './security/object-access-is-scoped.js';
import sessionCookiesAreSecure from './security/session-cookies-are-secure.js';

/** Test cases by rule id: the meta-test checks every rule has valid and invalid ones. */
export const CASES: Readonly<Record<string, RuleCases>> = {
  'audit/audit-log-is-append-only': auditLogIsAppendOnly,
  'audit/audit-trail-exists': auditTrailExists,
  'audit/sensitive-actions-are-recorded': sensitiveActionsAreRecorded,
  'monitoring/alerts-reach-a-destination': alertsReachADestination,
  'monitoring/error-tracking-is-configured': errorTrackingIsConfigured,
  'monitoring/health-endpoint-exists': healthEndpointExists,
  'monitoring/uptime-is-monitored': uptimeIsMonitored,
  'operations/dependency-updates-are-automated': dependencyUpdatesAreAutomated,
  'operations/expired-data-is-cleaned-up': expiredDataIsCleanedUp,
  'operations/public-endpoints-are-rate-limited': publicEndpointsAreRateLimited,
  'operations/restore-is-tested': restoreIsTested,
  'operations/runbook-exists': runbookExists,
  'operations/security-policy-exists': securityPolicyExists,
  'operations/tests-run-in-ci': testsRunInCi,
  'privacy/deletion-promise-is-built': deletionPromiseIsBuilt,
  'privacy/export-promise-is-built': exportPromiseIsBuilt,
  'privacy/policy-exists': policyExists,
  'privacy/retention-promise-is-enforced': retentionPromiseIsEnforced,
  'security/cors-is-restrictive': corsIsRestrictive,
  'security/mutations-require-authentication': mutationsRequireAuthentication,
  'security/mutations-require-authorization': mutationsRequireAuthorization,
  'security/no-committed-env-files': noCommittedEnvFiles,
  'security/no-hardcoded-secrets': noHardcodedSecrets,
  'security/object-access-is-scoped': objectAccessIsScoped,
  'security/session-cookies-are-secure': sessionCookiesAreSecure,
};
