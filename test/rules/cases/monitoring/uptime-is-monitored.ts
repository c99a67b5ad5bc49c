import type { RuleCases } from '../../rule-tester.js';

const server = "import express from 'express';\nconst app = express();\napp.get('/healthz', (_q, s) => s.send('ok'));\napp.post('/projects', createProject);\n";

const cases: RuleCases = {
  valid: [
    { name: 'Upptime site list', files: { 'src/server.ts': server, '.upptimerc.yml': 'owner: acme\nrepo: status\nsites:\n  - name: API\n    url: https://api.acme.example/healthz\n' } },
    {
      name: 'scheduled workflow that requests the health endpoint',
      files: {
        'src/server.ts': server,
        '.github/workflows/uptime.yml': 'name: Uptime\non:\n  schedule:\n    - cron: "*/10 * * * *"\njobs:\n  ping:\n    runs-on: ubuntu-latest\n    steps:\n      - run: curl --fail --max-time 10 https://api.acme.example/healthz\n',
      },
    },
    { name: 'Terraform Better Stack monitor', files: { 'src/server.ts': server, 'infra/monitoring.tf': 'resource "betteruptime_monitor" "api" {\n  url          = "https://api.acme.example/healthz"\n  monitor_type = "status"\n}\n' } },
    {
      name: 'Checkly construct',
      files: { 'src/server.ts': server, '__checks__/api.check.ts': "import { ApiCheck } from 'checkly/constructs';\nnew ApiCheck('api-health', { name: 'API health', request: { method: 'GET', url: 'https://api.acme.example/healthz' } });\n" },
    },
    { name: 'runbook names the hosted monitor', files: { 'src/server.ts': server, 'docs/runbook.md': '# Runbook\n\n## Monitoring\nUptimeRobot checks https://api.acme.example/healthz every minute and alerts #ops.\n' } },
    {
      name: 'runbook section on uptime: the service line need not repeat the word',
      files: { 'src/server.ts': server, 'docs/runbook.md': '# Runbook\n\n## Uptime monitoring\n\nBetter Stack (betterstack.com) checks https://api.acme.example/healthz every minute and\npages the on-call person.\n' },
    },
    { name: 'runbook says the service checks the site every N minutes', files: { 'src/server.ts': server, 'docs/ops.md': '# Operations\n\nPingdom hits https://api.acme.example/healthz every 5 minutes from three regions.\n' } },
    { name: 'no routes: nothing to monitor', files: { 'src/lib.ts': 'export const x = 1;\n' } },
  ],
  invalid: [
    { name: 'no monitor at all', files: { 'src/server.ts': server }, gaps: [{ messageId: 'missing', path: null, includes: ['GET /healthz'] }] },
    {
      name: 'lookalike: a smoke test that requests the site after each push is not a monitor',
      files: { 'src/server.ts': server, '.github/workflows/deploy.yml': 'on: push\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - run: ./deploy.sh\n      - run: curl --fail https://api.acme.example/healthz\n' },
      gaps: [{ messageId: 'missing', path: null }],
    },
    {
      name: 'lookalike: a runbook that plans a monitor someday',
      files: { 'src/server.ts': server, 'docs/runbook.md': '# Runbook\n\nTODO: set up UptimeRobot monitoring for the API.\n' },
      gaps: [{ messageId: 'missing', path: null }],
    },
    {
      name: 'lookalike: the same vendor named for logs, in a monitoring section, is not an uptime monitor',
      files: { 'src/server.ts': server, 'docs/runbook.md': '# Runbook\n\n## Monitoring\n\nLogs ship to Better Stack; search them there first.\n' },
      gaps: [{ messageId: 'missing', path: null }],
    },
    {
      name: 'lookalike: an uptime section that only plans a monitor',
      files: { 'src/server.ts': server, 'docs/runbook.md': '# Runbook\n\n## Uptime (planned)\n\nPingdom checks https://api.acme.example/healthz every minute.\n' },
      gaps: [{ messageId: 'missing', path: null }],
    },
  ],
};
export default cases;
