/**
 * Reports for the output tests, written by hand: a scan of a small B2B SaaS app ("acme-portal")
 * with gaps in every phase and dimension, a repository-level gap, suppressed gaps, an error and
 * a notice, and text that tries to break out of each format (HTML, Markdown tables and code,
 * terminal escapes, Next.js brackets in paths). Plus a report of a clean repository.
 */
import { DIMENSIONS, type Gap, type Report, type SuppressedGap, type Summary } from '../../src/core/model.js';
import type { RuleDefinition } from '../../src/core/rule.js';

/** The payload the HTML test proves is shown as text and never run. */
export const INJECTED_SCRIPT = '<script>window.pwned = true</script>';

const gaps: Gap[] = [
  {
    id: 'c3f1a9d2e4b07815a1b2',
    ruleId: 'security/mutations-require-authorization',
    dimension: 'security',
    phase: 'critical',
    severity: 'error',
    title: 'DELETE /api/members/[id] deletes a member without an authorization check',
    message:
      'The route handler deletes a row of `members` but never checks that the caller may manage members of this organisation: any signed-in user can remove anyone.',
    location: {
      path: 'src/app/api/members/[id]/route.ts',
      startLine: 14,
      endLine: 18,
      startColumn: 1,
      endColumn: 2,
      snippet:
        'export async function DELETE(req: Request, { params }: { params: { id: string } }) {\n  const session = await getSession(req);\n  await db.member.delete({ where: { id: params.id } });\n  return Response.json({ ok: true });\n}',
    },
    related: [{ path: 'src/lib/auth.ts', startLine: 22, message: 'requireRole() exists here but is not called' }],
    fix: 'Call `await requireRole(session, "admin")` before deleting, and scope the query to `session.orgId`.',
    docs: 'https://shipshape.dev/rules/security/mutations-require-authorization',
  },
  {
    id: '5e0b7c2a91d4f366c3d4',
    ruleId: 'security/mutations-require-authorization',
    dimension: 'security',
    phase: 'critical',
    severity: 'error',
    title: `POST /search/${INJECTED_SCRIPT} writes without an authorization check`,
    message: `The route \`POST /search/${INJECTED_SCRIPT}\` writes to \`saved_searches\` | \`audit_log\` without a guard.\n| column | injected |\n| --- | --- |\n\`\`\`\nfenced\n\`\`\``,
    location: {
      path: 'src/routes/search.ts',
      startLine: 7,
      endLine: 9,
      startColumn: 1,
      endColumn: 3,
      snippet: `router.post('/search/${INJECTED_SCRIPT}', async (req, res) => {\n  await db.savedSearch.create({ data: req.body });\n});`,
    },
    related: [],
    fix: 'Add the `requireAuth` middleware to the route.',
    docs: 'javascript:alert(1)',
  },
  {
    id: '0a9d3e5f7b1c2468e5f6',
    ruleId: 'audit/role-changes-are-recorded',
    dimension: 'audit',
    phase: 'critical',
    severity: 'error',
    title: 'updateMemberRole changes a role without writing an audit event',
    message: 'Role changes decide who can see client data; a client will ask who granted access and when.',
    location: { path: 'src/services/roles.ts', startLine: 88, endLine: 97, startColumn: 3, endColumn: 4 },
    related: [],
    fix: 'Record `audit.log("member.role_changed", { actor, member, from, to })` in the same transaction.',
    docs: 'shipshape explain audit/role-changes-are-recorded',
  },
  {
    id: '7f2c4b8e0d6a19350718',
    ruleId: 'privacy/retention-is-enforced',
    dimension: 'privacy',
    phase: 'hardening',
    severity: 'warning',
    title: 'The privacy policy promises deletion after 30 days, but no job deletes `sessions`',
    message: 'docs/privacy.md says session data is deleted after 30 days; no scheduled job or TTL removes rows from `sessions`.',
    location: {
      path: 'docs/privacy.md',
      startLine: 41,
      endLine: 41,
      startColumn: 1,
      endColumn: 72,
      snippet: 'We delete session data 30 days after your last login.',
    },
    related: [{ path: 'prisma/schema.prisma', startLine: 60, message: 'model Session has no expiry column' }],
    fix: 'Add a daily job that deletes sessions older than 30 days, or change the policy.',
    docs: 'shipshape explain privacy/retention-is-enforced',
  },
  {
    id: '2b6e9a4c8f0d1357293a',
    ruleId: 'monitoring/errors-are-reported',
    dimension: 'monitoring',
    phase: 'hardening',
    severity: 'warning',
    title: 'The nightly invoice sync swallows errors',
    // A control sequence in scanned text: the terminal must show it, not obey it.
    message: 'The catch block only calls `console.error("\u001b[2J" + err)`: a failed sync pages nobody.',
    location: {
      path: 'src/worker/jobs/sync-invoices.ts',
      startLine: 23,
      endLine: 26,
      startColumn: 5,
      endColumn: 6,
      snippet: '    } catch (err) {\n      console.error(err);\n      return;\n    }',
    },
    related: [],
    fix: 'Report the error to your error tracker (e.g. `Sentry.captureException(err)`) and rethrow.',
    docs: 'shipshape explain monitoring/errors-are-reported',
  },
  {
    id: '9c1d5f3a7e2b46804b5c',
    ruleId: 'operations/incident-runbook-exists',
    dimension: 'operations',
    phase: 'hardening',
    severity: 'warning',
    title: 'No incident runbook',
    message: 'Nothing in the repository tells an on-call engineer how to roll back a deploy or restore the database.',
    location: null,
    related: [],
    fix: 'Add docs/runbook.md with rollback, restore and escalation steps.',
    docs: 'shipshape explain operations/incident-runbook-exists',
  },
  {
    id: '4d8a2f6c0e9b15736d7e',
    ruleId: 'audit/audit-log-is-exportable',
    dimension: 'audit',
    phase: 'polish',
    severity: 'note',
    title: 'Admins cannot export the audit log',
    message: 'Enterprise clients ask for an audit-log export during security reviews.',
    location: { path: 'src/app/admin/audit/page.tsx', startLine: 5, endLine: 5, startColumn: 1, endColumn: 40 },
    related: [],
    fix: 'Add a CSV export of the audit log, filtered by date range.',
    docs: 'shipshape explain audit/audit-log-is-exportable',
  },
  {
    id: '8e3b1d7f5a0c29468f90',
    ruleId: 'privacy/policy-lists-subprocessors',
    dimension: 'privacy',
    phase: 'polish',
    severity: 'note',
    title: 'Segment receives user data but is not listed as a subprocessor',
    message: 'src/lib/analytics.ts sends user emails to Segment; the privacy policy lists no subprocessors.',
    location: { path: 'docs/privacy.md', startLine: 1, endLine: 1, startColumn: 1, endColumn: 17 },
    related: [{ path: 'src/lib/analytics.ts', startLine: 3, message: 'analytics.identify(user.email)' }],
    fix: 'List Segment (and its purpose) in the subprocessors section of the privacy policy.',
    docs: 'shipshape explain privacy/policy-lists-subprocessors',
  },
];

const suppressed: SuppressedGap[] = [
  {
    id: '1f4c7a0e3b6d9258a2b4',
    ruleId: 'security/mutations-require-authorization',
    dimension: 'security',
    phase: 'critical',
    severity: 'error',
    title: 'POST /webhooks/stripe writes without an authorization check',
    message: 'The route handler updates `subscriptions` without a guard.',
    location: { path: 'src/routes/webhooks.ts', startLine: 8, endLine: 30, startColumn: 1, endColumn: 3 },
    related: [],
    fix: 'Add an authorization guard to the route.',
    docs: 'shipshape explain security/mutations-require-authorization',
    reason: 'Stripe webhook: authenticated by signature verification',
    source: 'inline',
    until: null,
  },
  {
    id: '6a0e4c8b2f1d5739c6d8',
    ruleId: 'monitoring/errors-are-reported',
    dimension: 'monitoring',
    phase: 'hardening',
    severity: 'warning',
    title: 'The CSV import swallows errors',
    message: 'The catch block only logs the error.',
    location: { path: 'src/worker/jobs/import-csv.ts', startLine: 40, endLine: 44, startColumn: 5, endColumn: 6 },
    related: [],
    fix: 'Report the error to your error tracker.',
    docs: 'shipshape explain monitoring/errors-are-reported',
    reason: 'Import is being rewritten in <ACME-212>',
    source: 'config',
    until: '2031-03-31',
  },
];

/** The summary as the engine computes it, so the fixture cannot contradict its own gaps. */
function summarize(open: Gap[], suppressedCount: number): Summary {
  const byDimension = Object.fromEntries(
    DIMENSIONS.map((dimension) => [dimension, open.filter((gap) => gap.dimension === dimension).length]),
  ) as Summary['byDimension'];
  return {
    critical: open.filter((gap) => gap.phase === 'critical').length,
    hardening: open.filter((gap) => gap.phase === 'hardening').length,
    polish: open.filter((gap) => gap.phase === 'polish').length,
    byDimension,
    suppressed: suppressedCount,
  };
}

export const sampleReport: Report = {
  version: 1,
  tool: { name: 'shipshape', version: '0.1.0' },
  repository: { root: '.', commit: '3f2a9c1d8e7b6a5f4e3d2c1b0a9f8e7d6c5b4a39' },
  summary: summarize(gaps, suppressed.length),
  gaps,
  suppressed,
  rules: [
    { id: 'audit/audit-log-is-exportable', dimension: 'audit', phase: 'polish', status: 'ran' },
    { id: 'audit/role-changes-are-recorded', dimension: 'audit', phase: 'critical', status: 'ran' },
    { id: 'monitoring/errors-are-reported', dimension: 'monitoring', phase: 'hardening', status: 'ran' },
    { id: 'operations/incident-runbook-exists', dimension: 'operations', phase: 'hardening', status: 'ran' },
    { id: 'operations/restore-is-tested', dimension: 'operations', phase: 'hardening', status: 'not-applicable' },
    { id: 'privacy/policy-lists-subprocessors', dimension: 'privacy', phase: 'polish', status: 'ran' },
    { id: 'privacy/retention-is-enforced', dimension: 'privacy', phase: 'hardening', status: 'ran' },
    { id: 'security/mutations-require-authorization', dimension: 'security', phase: 'critical', status: 'ran' },
  ],
  errors: [{ path: 'scripts/legacy_export.py', message: 'cannot parse: unexpected indent at line 40' }],
  notices: [
    {
      path: '.github/shipshape.yml',
      line: 12,
      message: "ignore of 'privacy/retention-is-enforced' expired on 2024-12-31 and no longer applies",
    },
  ],
  stats: { files: 1234, lines: 98765, parsed: 1180, cached: 54 },
  // Deliberately not in alphabetical order: outputs must not depend on input key order.
  timings: { totalMs: 2310, rules: 140, parse: 1620, scan: 310, extract: 240 },
};

export const emptyReport: Report = {
  version: 1,
  tool: { name: 'shipshape', version: '0.1.0' },
  repository: { root: '.', commit: null },
  summary: summarize([], 0),
  gaps: [],
  suppressed: [],
  rules: [{ id: 'security/mutations-require-authorization', dimension: 'security', phase: 'critical', status: 'ran' }],
  errors: [],
  notices: [],
  stats: { files: 12, lines: 840, parsed: 12, cached: 0 },
  timings: { totalMs: 95 },
};

function definition(
  id: string,
  fields: Pick<RuleDefinition, 'dimension' | 'phase' | 'title' | 'why' | 'fix' | 'example'> & { references?: string[] },
): RuleDefinition {
  const name = id.split('/')[1] ?? id;
  return {
    id,
    messages: { default: { title: '{{subject}} does not hold', message: '{{subject}}: {{detail}}' } },
    options: { type: 'object', properties: {} },
    references: [],
    source: `rules/${fields.dimension}/${name}.yml`,
    ...fields,
  };
}

/**
 * Definitions for the rules of the sample report. `operations/restore-is-tested` is left out on
 * purpose: outputs must still work for a rule they have no definition of.
 */
export const catalogue: RuleDefinition[] = [
  definition('security/mutations-require-authorization', {
    dimension: 'security',
    phase: 'critical',
    title: 'Every mutating route checks authorization',
    why: 'A route that changes data without checking who is asking lets any signed-in user act on any tenant.\n',
    fix: 'Call your authorization guard before the first write, and scope queries to the caller’s organisation.',
    example: {
      language: 'ts',
      // Examples read from YAML block scalars end with a newline.
      before: "router.delete('/members/:id', async (req, res) => {\n  await db.member.delete({ where: { id: req.params.id } });\n});\n",
      after:
        "router.delete('/members/:id', requireRole('admin'), async (req, res) => {\n  await db.member.delete({ where: { id: req.params.id, orgId: req.user.orgId } });\n});",
    },
    references: ['OWASP ASVS V4 Access Control', 'https://owasp.org/Top10/A01_2021-Broken_Access_Control/'],
  }),
  definition('audit/role-changes-are-recorded', {
    dimension: 'audit',
    phase: 'critical',
    title: 'Role and permission changes are recorded in the audit log',
    why: 'Clients ask who granted access to their data, and when.',
    fix: 'Write an audit event in the same transaction as the change.',
    example: {
      language: 'ts',
      before: 'await db.member.update({ where: { id }, data: { role } });',
      after: "await db.member.update({ where: { id }, data: { role } });\nawait audit.log('member.role_changed', { actor, id, role });",
    },
  }),
  definition('audit/audit-log-is-exportable', {
    dimension: 'audit',
    phase: 'polish',
    title: 'Admins can export the audit log',
    why: 'Security reviews ask for evidence; an export saves a support ticket each time.',
    fix: 'Offer a CSV or JSON export of the audit log to organisation admins.',
    example: { language: 'ts', before: '// no export route', after: "router.get('/admin/audit.csv', requireRole('admin'), exportAuditCsv);" },
  }),
  definition('privacy/retention-is-enforced', {
    dimension: 'privacy',
    phase: 'hardening',
    title: 'Retention periods promised in the privacy policy are enforced',
    why: 'A retention promise the code does not keep is a misrepresentation to every client.',
    fix: 'Schedule a job (or a TTL) that deletes the data when the policy says it is deleted.',
    example: {
      language: 'ts',
      before: '// sessions are kept forever',
      after: "cron.schedule('0 3 * * *', () => db.session.deleteMany({ where: { lastSeen: { lt: daysAgo(30) } } }));",
    },
  }),
  definition('privacy/policy-lists-subprocessors', {
    dimension: 'privacy',
    phase: 'polish',
    title: 'Every third party that receives personal data is listed as a subprocessor',
    why: 'Clients’ DPAs require the list; an unlisted processor is found in their vendor review.',
    fix: 'List each third-party service that receives personal data, with its purpose.',
    example: { language: 'md', before: '## Subprocessors\n\n(none)', after: '## Subprocessors\n\n- Segment — product analytics' },
  }),
  definition('monitoring/errors-are-reported', {
    dimension: 'monitoring',
    phase: 'hardening',
    title: 'Caught errors are reported, not only logged',
    why: 'An error that only reaches a log file is an outage nobody hears about.',
    fix: 'Send caught errors to the error tracker, then rethrow or handle them.',
    example: {
      language: 'ts',
      // Backticks in the example: the SARIF help must fence them without breaking out.
      before: 'try { await sync(); } catch (err) { console.error(`sync failed: ${err}`); }',
      after: 'try { await sync(); } catch (err) { Sentry.captureException(err); throw err; }',
    },
  }),
  definition('operations/incident-runbook-exists', {
    dimension: 'operations',
    phase: 'hardening',
    title: 'An incident runbook exists',
    why: 'At 3 a.m. the person on call needs steps, not archaeology.',
    fix: 'Write docs/runbook.md: how to roll back, restore, and whom to call.',
    example: { language: 'md', before: '(no runbook)', after: '# Runbook\n\n## Roll back a deploy\n\n1. ...' },
  }),
];
