// Runs the bundled Action (`node dist/index.js`) the way a runner does: a child process with the
// GITHUB_* / INPUT_* environment, an event payload file, the step summary and output files, and
// a checkout on disk (a real git repository) — against the local GitHub API server.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GitHubServer, RepoState } from '../github-server/server.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const ACTION = path.join(ROOT, 'dist/index.js');

/** A Stripe live key, assembled at run time so this file holds no key a scanner would flag. */
export function stripeKey(seed = 'a'): string {
  return ['sk', 'live', `4eC39HqLyjWDarjtT1zdp7dc${seed}Q9x2Lm`].join('_');
}

/** A checkout folder: a git repository whose work tree the tests set to a commit's tree. */
export interface Checkout {
  dir: string;
  /** Makes the work tree exactly `files` and commits it. */
  set(files: ReadonlyMap<string, Buffer>): Promise<void>;
  cleanup(): Promise<void>;
}

function git(cwd: string, ...args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd }, (error, stdout, stderr) =>
      error ? reject(new Error(`git ${args.join(' ')}: ${stderr}`)) : resolve(stdout),
    );
  });
}

export async function makeCheckout(): Promise<Checkout> {
  const dir = await mkdtemp(path.join(tmpdir(), 'shipshape-checkout-'));
  await git(dir, 'init', '-q', '-b', 'main');
  return {
    dir,
    async set(files) {
      for (const entry of await readdir(dir)) if (entry !== '.git') await rm(path.join(dir, entry), { recursive: true, force: true });
      for (const [rel, content] of files) {
        const target = path.join(dir, ...rel.split('/'));
        await mkdir(path.dirname(target), { recursive: true });
        await writeFile(target, content);
      }
      await git(dir, 'add', '-A');
      await git(dir, 'commit', '-q', '--allow-empty', '-m', 'checkout');
    },
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  summary: string;
  outputs: Record<string, string>;
  /** The report JSON the run wrote (read before the runner's temp folder goes), or null. */
  report: Record<string, unknown> | null;
}

export interface RunOptions {
  server: GitHubServer;
  repo: RepoState;
  event: string;
  payload: unknown;
  token: string;
  workspace: string;
  sha: string;
  inputs?: Record<string, string>;
  /** Run this bundle instead of the repository's dist/index.js. */
  action?: string;
}

/** GITHUB_OUTPUT's `name<<delimiter\nvalue\ndelimiter` records. */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^([^<\n]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1]!] = m[3]!;
  return out;
}

export async function runAction(o: RunOptions): Promise<ActionRun> {
  const scratch = await mkdtemp(path.join(tmpdir(), 'shipshape-runner-'));
  try {
    const eventPath = path.join(scratch, 'event.json');
    const summaryPath = path.join(scratch, 'summary.md');
    const outputPath = path.join(scratch, 'output.txt');
    const runnerTemp = path.join(scratch, 'temp');
    await mkdir(runnerTemp);
    await writeFile(eventPath, JSON.stringify(o.payload));
    await writeFile(summaryPath, '');
    await writeFile(outputPath, '');
    const inputs = { token: o.token, config: '', 'fail-on': '', 'comment-mode': 'review', annotations: 'true', sarif: '', ...o.inputs };
    // Built from nothing: no NODE_PATH or NODE_OPTIONS from the test process leaks into the run.
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? scratch,
      GITHUB_ACTIONS: 'true',
      CI: 'true',
      GITHUB_EVENT_NAME: o.event,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REPOSITORY: o.repo.fullName,
      GITHUB_REPOSITORY_OWNER: o.repo.owner.login,
      GITHUB_WORKSPACE: o.workspace,
      GITHUB_SHA: o.sha,
      GITHUB_API_URL: o.server.url,
      GITHUB_SERVER_URL: o.server.webUrl,
      GITHUB_GRAPHQL_URL: `${o.server.url}/graphql`,
      GITHUB_RUN_ID: '4242',
      GITHUB_STEP_SUMMARY: summaryPath,
      GITHUB_OUTPUT: outputPath,
      RUNNER_TEMP: runnerTemp,
      ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
    };
    const { code, stdout, stderr } = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(process.execPath, [o.action ?? ACTION], { env, cwd: o.workspace, maxBuffer: 1 << 26 }, (error, out, err) =>
        resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout: out, stderr: err }),
      );
    });
    const outputs = parseOutputs(await readFile(outputPath, 'utf8'));
    const report = outputs.report ? (JSON.parse(await readFile(outputs.report, 'utf8')) as Record<string, unknown>) : null;
    return { code, stdout, stderr, summary: await readFile(summaryPath, 'utf8'), outputs, report };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** The tree of a commit on the server, to lay out as the checkout. */
export function treeOf(repo: RepoState, sha: string): Map<string, Buffer> {
  const commit = repo.commits.get(sha);
  if (!commit) throw new Error(`no commit ${sha}`);
  return commit.files;
}

/** A token like a workflow's GITHUB_TOKEN with the permissions of the README's workflow. */
export const WRITE_PERMISSIONS = { contents: 'read', metadata: 'read', checks: 'write', pull_requests: 'write' } as const;
/** What a pull request from a fork gets: everything read-only. */
export const READ_ONLY_PERMISSIONS = { contents: 'read', metadata: 'read', checks: 'read', pull_requests: 'read' } as const;
