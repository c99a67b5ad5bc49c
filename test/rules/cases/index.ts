import type { RuleCases } from '../rule-tester.js';
import auditTrailExists from './audit/audit-trail-exists.js';
import healthEndpointExists from './monitoring/health-endpoint-exists.js';
import runbookExists from './operations/runbook-exists.js';
import policyExists from './privacy/policy-exists.js';
import noHardcodedSecrets from './security/no-hardcoded-secrets.js';

/** Test cases by rule id: the meta-test checks every rule has valid and invalid ones. */
export const CASES: Readonly<Record<string, RuleCases>> = {
  'audit/audit-trail-exists': auditTrailExists,
  'monitoring/health-endpoint-exists': healthEndpointExists,
  'operations/runbook-exists': runbookExists,
  'privacy/policy-exists': policyExists,
  'security/no-hardcoded-secrets': noHardcodedSecrets,
};
