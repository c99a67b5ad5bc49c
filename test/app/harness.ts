/**
 * The App under test: a real Probot instance talking HTTP to the local GitHub server, with an
 * installation on one repository whose rules are the repository's own pattern rules (every
 * built-in rule switched off in its config), so the tests decide exactly which gaps exist
 * whatever rule packs ship.
 */
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Probot, ProbotOctokit } from 'probot';
import { createApp, type AppOptions } from '../../src/app/index.js';
import { scan } from '../../src/core/engine.js';
import type { Phase, Report } from '../../src/core/model.js';
import { parseBody } from '../../src/github/tracking/parse.js';
import type { TrackedIssue } from '../../src/github/tracking/model.js';
import { BUILTIN_RULES } from '../../src/rules/index.js';
import { startGitHubServer, type GitHubServer, type IssueState, type Permissions, type RepoState } from '../github-server/server.js';
import { installationEvent, pushEvent } from '../github-server/webhooks.js';

export const SECRET = 'webhook-secret';

/** A pattern rule of the repository's own: each call of `fn(...)` is one gap in `phase`. */
export function callRule(id: string, fn: string, phase: Phase): string {
  return [
    `id: ${id}`,
    `dimension: ${id.split('/')[0]}`,
    `phase: ${phase}`,
    `title: Code never calls ${fn}`,
    `why: Calling ${fn} is how this test repository plants a gap it can later fix.`,
    `fix: Remove the call to ${fn}.`,
    `example: { language: ts, before: "${fn}(x)", after: "safe(x)" }`,
    'messages:',
    `  call: { title: "${fn} of {{ARG}}", message: "${fn}({{ARG}}) in {{path}} is a planted gap." }`,
    'pattern:',
    '  languages: [typescript]',
    '  message: call',
    `  rule: { pattern: "${fn}($ARG)" }`,
  ].join('\n');
}

/** Config that switches every built-in rule off, plus extra YAML lines. */
export function config(extra: string[] = []): string {
  return ['rules:', ...BUILTIN_RULES.map((r) => `  ${r.id}: off`), ...extra, ''].join('\n');
}

export const RULE_FILES: Record<string, string> = {
  '.shipshape/rules/no-eval.yml': callRule('security/no-eval', 'evil', 'critical'),
  '.shipshape/rules/no-silent-delete.yml': callRule('audit/no-silent-delete', 'silentDelete', 'hardening'),
  '.shipshape/rules/no-print.yml': callRule('monitoring/no-print', 'print', 'polish'),
};

/** Source text with one planted call per name: `evil(one);` etc. */
export function calls(fn: string, args: readonly string[]): string {
  return `${args.map((a) => `${fn}(${a});`).join('\n')}\nexport {};\n`;
}

export const START_FILES: Record<string, string> = {
  ...RULE_FILES,
  '.github/shipshape.yml': config(),
  'src/a.ts': calls('evil', ['one', 'two']) + calls('silentDelete', ['users']),
  'src/b.ts': calls('evil', ['three']) + calls('print', ['debug']),
};

export interface StartOptions {
  files?: Record<string, string>;
  app?: AppOptions;
  /** Probot instances (replicas) loading the App. */
  replicas?: number;
  /** Permissions the App is installed with, instead of everything app.yml asks for. */
  permissions?: Permissions;
}

/** Probot's Octokit with the write spacing switched off (the local server has no secondary limits) and short retry waits. */
export const TestOctokit = ProbotOctokit.defaults((options: Record<string, unknown>) => ({
  ...options,
  throttle: { ...(options.throttle as object), enabled: false },
  retry: { retryAfterBaseValue: 20 },
}));

export class Harness {
  readonly probots: Probot[] = [];
  private constructor(
    readonly server: GitHubServer,
    readonly repo: RepoState,
    readonly installationId: number,
    readonly appId: number,
    readonly privateKey: string,
    readonly tmpRoot: string,
  ) {}

  static async start(options: StartOptions = {}): Promise<Harness> {
    const server = await startGitHubServer();
    const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048, publicKeyEncoding: { type: 'spki', format: 'pem' }, privateKeyEncoding: { type: 'pkcs8', format: 'pem' } });
    const permissions: Permissions = options.permissions ?? { issues: 'write', contents: 'read', checks: 'read', pull_requests: 'write', actions: 'read', metadata: 'read', organization_projects: 'write' };
    const app = server.state.addApp({ slug: 'shipshape', publicKey, permissions, events: ['push', 'issue_comment', 'issues', 'workflow_run'] });
    const repo = server.state.addRepo({ owner: 'acme', ownerType: 'Organization', name: 'portal', private: true, files: options.files ?? START_FILES });
    const installationId = server.state.addInstallation({ appId: app.id, account: 'acme', accountType: 'Organization', repositories: ['acme/portal'] }).id;
    const tmpRoot = mkdtempSync(path.join(tmpdir(), 'shipshape-app-test-'));
    const h = new Harness(server, repo, installationId, app.id, privateKey, tmpRoot);
    for (let i = 0; i < (options.replicas ?? 1); i++) h.probots.push(await h.newProbot(options.app));
    return h;
  }

  async newProbot(app: AppOptions = {}): Promise<Probot> {
    const probot = this.bareProbot();
    await probot.load(createApp({ tarball: { tmpRoot: this.tmpRoot }, ...app }));
    return probot;
  }

  /** A Probot for the test App with nothing loaded yet. */
  bareProbot(): Probot {
    return new Probot({
      appId: this.appId,
      privateKey: this.privateKey,
      secret: SECRET,
      baseUrl: this.server.url,
      Octokit: TestOctokit as typeof ProbotOctokit,
      logLevel: (process.env.LOG_LEVEL as 'fatal' | undefined) ?? 'fatal',
    });
  }

  get probot(): Probot {
    return this.probots[0] as Probot;
  }

  deliver(name: string, payload: Record<string, unknown>, probot: Probot = this.probot): Promise<void> {
    return probot.receive({ id: randomUUID(), name, payload } as Parameters<Probot['receive']>[0]);
  }

  install(probot?: Probot): Promise<void> {
    return this.deliver('installation', installationEvent(this.server, { installationId: this.installationId, action: 'created' }), probot);
  }

  pushPayload(after?: string): Record<string, unknown> {
    return pushEvent(this.server, { repo: this.repo, ref: 'main', installationId: this.installationId, ...(after ? { after } : {}) });
  }

  /** A direct push to main; returns the new sha. */
  commit(files: Record<string, string | null>, message?: string): string {
    return this.server.state.commit(this.repo, { files, ...(message ? { message } : {}) });
  }

  /** A pull request with `files` squash-merged into main; returns its number and the merge commit. */
  merge(files: Record<string, string | null>, title: string): { number: number; sha: string } {
    const branch = `fix-${this.repo.nextNumber}`;
    this.server.state.commit(this.repo, { branch, files, message: title });
    const { pull } = this.server.state.addPullRequest(this.repo, { title, head: branch, user: 'dev' });
    return { number: pull.number, sha: this.server.state.mergePullRequest(this.repo, pull.number) };
  }

  /** Issues (not pull requests) of the repository, as stored. */
  issues(): IssueState[] {
    return this.repo.issues.filter((i) => !i.isPullRequest);
  }

  /** Issues with a phase section, parsed, by phase. */
  phaseIssues(): Map<Phase, TrackedIssue> {
    const out = new Map<Phase, TrackedIssue>();
    for (const i of this.issues()) {
      const parsed = parseBody(i.body);
      if (!parsed) continue;
      if (out.has(parsed.doc.phase)) throw new Error(`two issues with a ${parsed.doc.phase} section`);
      out.set(parsed.doc.phase, { number: i.number, nodeId: i.nodeId, state: i.state, labels: i.labels, body: i.body ?? '', ...parsed });
    }
    return out;
  }

  comments(number: number): string[] {
    return this.repo.comments.filter((c) => c.issueNumber === number).map((c) => c.body);
  }

  /** What the engine itself reports for the tree at `sha` (scanned from a copy, not through the App). */
  async expected(sha: string): Promise<Report> {
    const commit = this.repo.commits.get(sha);
    if (!commit) throw new Error(`no commit ${sha}`);
    const root = mkdtempSync(path.join(this.tmpRoot, '..', 'shipshape-expected-'));
    try {
      for (const [file, content] of commit.files) {
        await mkdir(path.dirname(path.join(root, file)), { recursive: true });
        await writeFile(path.join(root, file), content);
      }
      return (await scan({ root, commit: sha })).report;
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }

  head(): string {
    return this.repo.branches.get('main') as string;
  }

  /** Stops the server; throws if the App sent requests GitHub would reject, or the server misbehaved. */
  async close(): Promise<void> {
    await this.server.close();
    // Every tarball the App unpacked must have been removed again.
    const leftovers = readdirSync(this.tmpRoot).map((name) => `left behind: ${name}`);
    rmSync(this.tmpRoot, { recursive: true, force: true });
    const problems = [...leftovers, ...this.server.violations.map((v) => `${v.method} ${v.path}: ${v.problems.join('; ')}`), ...this.server.responseViolations];
    if (problems.length > 0) throw new Error(`the local GitHub server saw problems:\n${problems.join('\n')}`);
  }
}

/** Open gap ids per phase of a report. */
export function openByPhase(report: Report): Record<Phase, string[]> {
  const out: Record<Phase, string[]> = { critical: [], hardening: [], polish: [] };
  for (const g of report.gaps) out[g.phase].push(g.id);
  return out;
}

/** Open entry ids per phase of the phase issues. */
export function openInIssues(issues: Map<Phase, TrackedIssue>): Record<Phase, string[]> {
  const out: Record<Phase, string[]> = { critical: [], hardening: [], polish: [] };
  for (const [phase, issue] of issues) out[phase] = issue.doc.entries.filter((e) => e.state.kind === 'open').map((e) => e.id);
  return out;
}
