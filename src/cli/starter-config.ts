/** What `shipshape init` writes: every key commented, so the file documents itself. */
export const STARTER_CONFIG = `# shipshape configuration — https://github.com/shipshape/shipshape#configuration
# Schema for editors: schema/shipshape.schema.json
# yaml-language-server: $schema=https://shipshape.dev/schema/shipshape.schema.json

# New gaps at or above this phase fail pull-request checks (critical | hardening | polish).
fail-on: critical

# Paths not to scan, in addition to .gitignore (glob patterns).
exclude:
  - "**/fixtures/**"

# Per-rule settings: off, on, a phase, or { enabled, phase, options }.
# 'shipshape rules' lists the rules; 'shipshape explain <rule-id>' shows their options.
rules:
  # operations/runbook-exists: hardening
  # audit/audit-trail-exists:
  #   options:
  #     auditCalls: ["(^|\\\\.)track(Event)?$"]

# Where your privacy policy lives, if not in PRIVACY.md or a privacy page.
# privacy:
#   policies: [docs/legal/privacy.md]

# Accepted risks: a rule or a gap id, a reason, and optionally a date after which it stops applying.
ignore: []
#  - rule: monitoring/health-endpoint-exists
#    paths: ["services/batch/**"]
#    reason: batch worker has no HTTP server; monitored through the queue
#    until: 2027-06-30

# GitHub Projects (v2) board the App adds phase issues to: <owner>/<number>.
# project: acme/7
`;
