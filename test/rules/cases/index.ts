import type { RuleCases } from '../rule-tester.js';
import auditTrailExists from './audit/audit-trail-exists.js';
import healthEndpointExists from './monitoring/health-endpoint-exists.js';
import expiredDataIsCleanedUp from './operations/expired-data-is-cleaned-up.js';
import runbookExists from './operations/runbook-exists.js';
import deletionPromiseIsBuilt from './privacy/deletion-promise-is-built.js';
import exportPromiseIsBuilt from './privacy/export-promise-is-built.js';
import policyExists from './privacy/policy-exists.js';
import retentionPromiseIsEnforced from './privacy/retention-promise-is-enforced.js';
import noHardcodedSecrets from './security/no-hardcoded-secrets.js';

/** Test cases by rule id: the meta-test checks every rule has valid and invalid ones. */
export const CASES: Readonly<Record<string, RuleCases>> = {
  'audit/audit-trail-exists': auditTrailExists,
  'monitoring/health-endpoint-exists': healthEndpointExists,
  'operations/expired-data-is-cleaned-up': expiredDataIsCleanedUp,
  'operations/runbook-exists': runbookExists,
  'privacy/deletion-promise-is-built': deletionPromiseIsBuilt,
  'privacy/export-promise-is-built': exportPromiseIsBuilt,
  'privacy/policy-exists': policyExists,
  'privacy/retention-promise-is-enforced': retentionPromiseIsEnforced,
  'security/no-hardcoded-secrets': noHardcodedSecrets,
};
