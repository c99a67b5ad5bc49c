import { auditLogIsAppendOnly } from './audit/audit-log-is-append-only.js';
import { auditTrailExists } from './audit/audit-trail-exists.js';
import { sensitiveActionsAreRecorded } from './audit/sensitive-actions-are-recorded.js';
import { healthEndpointExists } from './monitoring/health-endpoint-exists.js';
import { runbookExists } from './operations/runbook-exists.js';
import { RULE_DEFINITIONS } from './packs.generated.js';
import { policyExists } from './privacy/policy-exists.js';
import { corsIsRestrictive } from './security/cors-is-restrictive.js';
import { mutationsRequireAuthentication } from './security/mutations-require-authentication.js';
import { mutationsRequireAuthorization } from './security/mutations-require-authorization.js';
import { noCommittedEnvFiles } from './security/no-committed-env-files.js';
import { noHardcodedSecrets } from './security/no-hardcoded-secrets.js';
import { objectAccessIsScoped } from './security/object-access-is-scoped.js';
import { sessionCookiesAreSecure } from './security/session-cookies-are-secure.js';
import type { RuleCheck } from './types.js';

/** The checks of fact-based rules, sorted by id. Pattern rules need none: their matches are their gaps. */
export const RULE_CHECKS: readonly RuleCheck[] = [
  auditLogIsAppendOnly,
  auditTrailExists,
  sensitiveActionsAreRecorded,
  healthEndpointExists,
  runbookExists,
  policyExists,
  corsIsRestrictive,
  mutationsRequireAuthentication,
  mutationsRequireAuthorization,
  noCommittedEnvFiles,
  noHardcodedSecrets,
  objectAccessIsScoped,
  sessionCookiesAreSecure,
];

export const CHECKS_BY_ID: ReadonlyMap<string, RuleCheck> = new Map(RULE_CHECKS.map((c) => [c.id, c]));

/** The built-in rule catalogue, from rules/<dimension>/<name>.yml. */
export const BUILTIN_RULES = RULE_DEFINITIONS;
