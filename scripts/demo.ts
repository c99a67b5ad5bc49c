/**
 * `npm run demo`: the App's whole flow on this machine, no GitHub account needed. Starts the
 * local GitHub API server (test/github-server), installs the App on a repository holding the
 * bundled example (examples/acme-portal), merges a pull request that fixes some gaps (removes
 * the hardcoded Stripe key, adds a runbook), and prints the phase issues before and after;
 * everything is also written to out/demo/.
 */
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Probot, ProbotOctokit } from 'probot';
import { createApp } from '../src/app/index.js';
import { PHASES } from '../src/core/model.js';
import { parseBody } from '../src/github/tracking/parse.js';
import { startGitHubServer, type RepoState } from '../test/github-server/server.js';
import { installationEvent, pushEvent } from '../test/github-server/webhooks.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const example = path.join(root, 'examples/acme-portal');
// DEMO_OUT lets the demo's own test write somewhere other than the checkout.
const outDir = path.resolve(process.env.DEMO_OUT ?? path.join(root, 'out/demo'));

/** The example's files, without its answer key (EXPECTED.md describes gaps; it is not part of the app). */
function readTree(dir: string, prefix = ''): Record<string, Buffer> {
  const files: Record<string, Buffer> = {};
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    const rel = prefix === '' ? name : `${prefix}/${name}`;
    if (statSync(full).isDirectory()) Object.assign(files, readTree(full, rel));
    else if (rel !== 'EXPECTED.md') files[rel] = readFileSync(full);
  }
  return files;
}

const RUNBOOK = `# Runbook: Acme Portal

## On-call and escalation
The on-call engineer is paged by PagerDuty (service "acme-portal"). Escalate to the
engineering lead after 15 minutes without progress, and to the CTO for customer-visible
outages longer than 30 minutes.

## Incident response
1. Acknowledge the page and open an incident channel (#inc-<date>-<topic>).
2. Check /healthz, the error tracker and the last deploy.
3. Mitigate first (roll back, scale, disable the feature flag), then investigate.
4. Post a status page update every 30 minutes while customers are affected.

## Rollback
\`fly releases\`, then \`fly deploy --image <previous image>\`. Database migrations are
backwards compatible for one release, so a rollback never needs a down-migration.

## Restore from backup
Nightly Postgres snapshots are kept 30 days. Restore into a new instance, verify row counts
for organizations, projects and documents, then switch DATABASE_URL. Rehearsed quarterly.

## After the incident
Write a blameless post-mortem within five working days and link it here.
`;

/** The fix: read the Stripe key from the environment only, and add the runbook. */
function fixes(files: Record<string, Buffer>): Record<string, string> {
  const stripe = 'apps/api/src/lib/stripe.ts';
  const text = files[stripe]?.toString('utf8') ?? '';
  return {
    [stripe]: text.replace(/^\/\/ Falls back to the live key.*\n/m, '').replace(/process\.env\.STRIPE_SECRET_KEY \|\| '[^']*'/, "requireEnv('STRIPE_SECRET_KEY')").replace(/^(import Stripe from 'stripe';)$/m, "$1\nimport { requireEnv } from './env';"),
    'apps/api/src/lib/env.ts': "export function requireEnv(name: string): string {\n  const value = process.env[name];\n  if (!value) throw new Error(`${name} is not set`);\n  return value;\n}\n",
    'docs/runbook.md': RUNBOOK,
  };
}

function issuesText(repo: RepoState): { text: string; files: Record<string, string> } {
  const out: string[] = [];
  const files: Record<string, string> = {};
  for (const issue of repo.issues.filter((i) => !i.isPullRequest)) {
    const doc = parseBody(issue.body)?.doc;
    const comments = repo.comments.filter((c) => c.issueNumber === issue.number).map((c) => c.body);
    const page = [
      `# #${issue.number} ${issue.title} (${issue.state}${issue.stateReason ? `, ${issue.stateReason}` : ''})`,
      `labels: ${issue.labels.join(', ')}`,
      '',
      issue.body ?? '',
      ...comments.flatMap((c, i) => ['', `---`, `**Comment ${i + 1}** by shipshape[bot]`, '', c]),
      '',
    ].join('\n');
    const slug = doc ? `phase-${PHASES.indexOf(doc.phase) + 1}-${doc.phase}` : 'config';
    files[`issue-${issue.number}-${slug}.md`] = page;
    out.push(page);
  }
  return { text: out.join('\n\n'), files };
}

async function main(): Promise<void> {
  const server = await startGitHubServer();
  const scratch = mkdtempSync(path.join(tmpdir(), 'shipshape-demo-'));
  try {
    const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048, publicKeyEncoding: { type: 'spki', format: 'pem' }, privateKeyEncoding: { type: 'pkcs8', format: 'pem' } });
    const app = server.state.addApp({
      slug: 'shipshape',
      publicKey,
      permissions: { issues: 'write', contents: 'read', checks: 'read', pull_requests: 'write', actions: 'read', metadata: 'read' },
      events: ['push', 'issue_comment', 'issues', 'workflow_run'],
    });
    const tree = readTree(example);
    const repo = server.state.addRepo({ owner: 'acme', ownerType: 'Organization', name: 'portal', private: true, files: tree });
    const installation = server.state.addInstallation({ appId: app.id, account: 'acme', accountType: 'Organization', repositories: ['acme/portal'] });

    const probot = new Probot({
      appId: app.id,
      privateKey,
      secret: 'demo',
      baseUrl: server.url,
      logLevel: 'warn',
      // The local server has no secondary rate limits: no need for Octokit's write spacing here.
      Octokit: ProbotOctokit.defaults((options: Record<string, unknown>) => ({ ...options, throttle: { ...(options.throttle as object), enabled: false } })) as typeof ProbotOctokit,
    });
    await probot.load(createApp({ tarball: { tmpRoot: scratch } }));
    const receive = (name: string, payload: Record<string, unknown>) => probot.receive({ id: randomUUID(), name, payload } as Parameters<Probot['receive']>[0]);

    console.log(`local GitHub at ${server.url}: acme/portal holds examples/acme-portal (${Object.keys(tree).length} files)\n`);
    console.log('1. The App is installed: it scans the default branch and opens one issue per phase.\n');
    await receive('installation', installationEvent(server, { installationId: installation.id, action: 'created' }));
    const before = issuesText(repo);
    console.log(before.text);

    console.log('\n2. Pull request "Read the Stripe key from the environment; add a runbook" is merged.\n');
    server.state.commit(repo, { branch: 'fix/secrets-and-runbook', files: fixes(tree), message: 'Read the Stripe key from the environment; add a runbook' });
    const { pull } = server.state.addPullRequest(repo, { title: 'Read the Stripe key from the environment; add a runbook', head: 'fix/secrets-and-runbook', user: 'alice' });
    server.state.mergePullRequest(repo, pull.number);
    await receive('push', pushEvent(server, { repo, ref: 'main', installationId: installation.id }));
    const after = issuesText(repo);
    console.log(after.text);

    rmSync(outDir, { recursive: true, force: true });
    mkdirSync(path.join(outDir, 'before'), { recursive: true });
    mkdirSync(path.join(outDir, 'after'), { recursive: true });
    for (const [name, text] of Object.entries(before.files)) writeFileSync(path.join(outDir, 'before', name), text);
    for (const [name, text] of Object.entries(after.files)) writeFileSync(path.join(outDir, 'after', name), text);
    const writes = server.writes().map((w) => `${w.method} ${w.path}`);
    writeFileSync(path.join(outDir, 'requests.txt'), `${server.requests.map((r) => `${r.method} ${r.url} → ${r.status}`).join('\n')}\n`);
    if (server.violations.length > 0) throw new Error(`the App sent requests GitHub would reject: ${JSON.stringify(server.violations, null, 2)}`);
    console.log(`\n${writes.length} writes to GitHub in all; every request matched GitHub's OpenAPI description.`);
    console.log(`Wrote ${path.relative(process.cwd(), outDir)}/before, ${path.relative(process.cwd(), outDir)}/after and requests.txt.`);
  } finally {
    await server.close();
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
