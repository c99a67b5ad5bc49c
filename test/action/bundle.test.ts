// The bundle as GitHub's runner sees it: dist/ alone, no node_modules anywhere above it, no
// NODE_PATH, no install step. The native ast-grep addon must load from dist/node_modules.
import { cp, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import reportSchema from '../../schema/report.schema.json' with { type: 'json' };
import { createAjv } from '../../src/core/config.js';
import { pushEvent } from '../github-server/webhooks.js';
import { startGitHubServer, type GitHubServer, type RepoState } from '../github-server/server.js';
import { makeCheckout, ROOT, runAction, stripeKey, treeOf, WRITE_PERMISSIONS, type Checkout } from './harness.js';

let server: GitHubServer;
let repo: RepoState;
let checkout: Checkout;
let copy: string;

beforeAll(async () => {
  server = await startGitHubServer();
  repo = server.state.addRepo({
    owner: 'acme',
    name: 'portal',
    files: {
      'src/billing.ts': `export const key = '${stripeKey()}';\n`,
      'services/reports/main.py': `from fastapi import FastAPI\n\napp = FastAPI()\n\n@app.get("/health")\ndef health():\n    return {"ok": True}\n\nSTRIPE = "${stripeKey('py')}"\n`,
    },
  });
  checkout = await makeCheckout();
  await checkout.set(treeOf(repo, repo.branches.get('main')!));
  copy = await mkdtemp(path.join(tmpdir(), 'shipshape-dist-copy-'));
  await cp(path.join(ROOT, 'dist'), path.join(copy, 'dist'), { recursive: true });
});

afterAll(async () => {
  await rm(copy, { recursive: true, force: true });
  await checkout.cleanup();
  await server.close();
});

describe('the bundled Action outside the repository', () => {
  it('ships the native packages for the four runner platforms', async () => {
    for (const pkg of ['napi', 'napi-linux-x64-gnu', 'napi-linux-arm64-gnu', 'napi-darwin-arm64', 'napi-win32-x64-msvc', 'lang-python', 'setup-lang']) {
      const manifest = JSON.parse(await readFile(path.join(copy, 'dist/node_modules/@ast-grep', pkg, 'package.json'), 'utf8')) as { main?: string };
      expect((await stat(path.join(copy, 'dist/node_modules/@ast-grep', pkg, manifest.main ?? 'index.js'))).isFile()).toBe(true);
    }
    for (const platform of ['Linux-X64', 'Linux-ARM64', 'macOS-ARM64', 'Windows-X64']) {
      expect((await stat(path.join(copy, `dist/node_modules/@ast-grep/lang-python/prebuilds/prebuild-${platform}/parser.so`))).isFile()).toBe(true);
    }
  });

  it('runs a full scan on push with the addon loaded from dist/node_modules, and writes the report and SARIF', async () => {
    // Nothing above the copy that Node's resolution could fall back to.
    for (let dir = copy; dir !== path.dirname(dir); dir = path.dirname(dir)) {
      await expect(stat(path.join(dir, 'node_modules'))).rejects.toThrow('ENOENT');
    }
    const token = server.state.addToken({ kind: 'actions', permissions: WRITE_PERMISSIONS });
    const sha = repo.branches.get('main')!;
    const run = await runAction({
      server,
      repo,
      event: 'push',
      payload: pushEvent(server, { repo, ref: 'main' }),
      token,
      workspace: checkout.dir,
      sha,
      inputs: { sarif: 'out/shipshape.sarif' },
      action: path.join(copy, 'dist/index.js'),
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.outputs.report).toMatch(/shipshape\.json$/);
    expect(run.outputs.sarif).toBe(path.join(checkout.dir, 'out/shipshape.sarif'));
    expect(run.outputs.critical).toBe('2');
    expect(run.outputs.new).toBe('0');
    expect(run.summary).toContain('## shipshape: 2 critical');
    // The runner's temp folder is gone with the run; the path is what the upload step gets.
    expect(run.outputs.report?.startsWith(tmpdir())).toBe(true);
    const sarif = JSON.parse(await readFile(run.outputs.sarif!, 'utf8')) as { runs: { results: unknown[] }[] };
    expect(sarif.runs[0]!.results.length).toBeGreaterThanOrEqual(2);
    // A full scan writes nothing to GitHub.
    expect(server.writes()).toEqual([]);
    expect(server.violations).toEqual([]);
  });

  it('parses Python with the shipped grammar on workflow_dispatch, and the report it writes follows the report schema', async () => {
    const token = server.state.addToken({ kind: 'actions', permissions: WRITE_PERMISSIONS });
    const scratch = await mkdtemp(path.join(tmpdir(), 'shipshape-report-'));
    try {
      const run = await runAction({
        server,
        repo,
        event: 'workflow_dispatch',
        payload: { inputs: {}, ref: 'refs/heads/main', repository: { full_name: repo.fullName } },
        token,
        workspace: checkout.dir,
        sha: repo.branches.get('main')!,
        inputs: { sarif: path.join(scratch, 'x.sarif') },
        action: path.join(copy, 'dist/index.js'),
      });
      expect(run.code).toBe(0);
      const sarif = JSON.parse(await readFile(path.join(scratch, 'x.sarif'), 'utf8')) as { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
      const uris = sarif.runs[0]!.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri);
      expect(uris).toContain('services/reports/main.py');
      const report = run.report as { errors: unknown[]; stats: { parsed: number } };
      expect(report.errors).toEqual([]);
      expect(report.stats.parsed).toBe(2);
      const validate = createAjv().compile(reportSchema);
      expect(validate(report)).toBe(true);
      expect(validate.errors ?? []).toEqual([]);
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  });
});
