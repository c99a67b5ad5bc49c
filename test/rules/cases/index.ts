import type { RuleCases } from '../rule-tester.js';
import auditLogIsAppendOnly from './audit/audit-log-is-append-only.js';
import auditTrailExists from './audit/audit-trail-exists.js';
import sensitiveActionsAreRecorded from './audit/sensitive-actions-are-recorded.js';
import healthEndpointExists from './monitoring/health-endpoint-exists.js';
import runbookExists from './operations/runbook-exists.js';
import policyExists from './privacy/policy-exists.js';
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
  'monitoring/health-endpoint-exists': healthEndpointExists,
  'operations/runbook-exists': runbookExists,
  'privacy/policy-exists': policyExists,
  'security/cors-is-restrictive': corsIsRestrictive,
  'security/mutations-require-authentication': mutationsRequireAuthentication,
  'security/mutations-require-authorization': mutationsRequireAuthorization,
  'security/no-committed-env-files': noCommittedEnvFiles,
  'security/no-hardcoded-secrets': noHardcodedSecrets,
  'security/object-access-is-scoped': objectAccessIsScoped,
  'security/session-cookies-are-secure': sessionCookiesAreSecure,
};
