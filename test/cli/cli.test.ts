import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { main, type CliIO } from '../../src/cli/main.js';
import { withRepo } from '../helpers/repo.js';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const STRIPE = ['sk', 'live', '4eC39HqLyjWDarjtT1zdp7dc'].join('_');

async function run(args: string[], cwd: string, tty = false) {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: { write: (s: string | Uint8Array) => ((stdout += String(s)), true), isTTY: tty },
    stderr: { write: (s: string | Uint8Array) => ((stderr += String(s)), true), isTTY: false },
    cwd,
    env: {},
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

describe('shipshape CLI', () => {
  it('prints help and the version', async () => {
    const help = await run(['--help'], repoRoot);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('shipshape scan [path] [options]');
    expect((await run([], repoRoot)).code).toBe(2);
    expect((await run(['--version'], repoRoot)).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('exits 2 on usage errors with a clear message', async () => {
    expect(await run(['frobnicate'], repoRoot)).toMatchObject({ code: 2, stderr: expect.stringContaining("unknown command 'frobnicate'") });
    expect(await run(['scan', '--format', 'pdf'], repoRoot)).toMatchObject({ code: 2, stderr: expect.stringContaining('--format must be one of text|json|sarif|markdown|html') });
    expect(await run(['scan', '--fail-on', 'urgent'], repoRoot)).toMatchObject({ code: 2, stderr: expect.stringContaining('--fail-on must be one of critical|hardening|polish') });
    expect(await run(['scan', '--bogus'], repoRoot)).toMatchObject({ code: 2, stderr: expect.stringContaining("Unknown option '--bogus'") });
    expect(await run(['scan', 'no/such/dir'], repoRoot)).toMatchObject({ code: 2, stderr: expect.stringContaining('no such folder') });
  });

  it('exits 1 when gaps at or above fail-on remain, 0 otherwise', async () => {
    await withRepo({ 'src/a.ts': `const k = '${STRIPE}';\n`, 'docs/runbook.md': '# Runbook\n' }, async (root) => {
      expect((await run(['scan', root], root)).code).toBe(1);
      await withRepo({ 'README.md': '# x\n' }, async (clean) => {
        const polishOnly = await run(['scan', clean], clean);
        expect(polishOnly.stdout).toContain('No runbook in the repository');
        expect(polishOnly.code).toBe(0);
        expect((await run(['scan', clean, '--fail-on', 'polish'], clean)).code).toBe(1);
      });
    });
  });

  it('a broken config exits 2, names file, line and key, and scans nothing', async () => {
    await withRepo({ '.github/shipshape.yml': 'fail-on: critical\nrulez: {}\n', 'src/a.ts': `const k = '${STRIPE}';\n` }, async (root) => {
      const result = await run(['scan', '.', '--format', 'json'], root);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(".github/shipshape.yml:2: rulez: unknown key 'rulez' (did you mean 'rules'?)");
      expect(result.stdout).toBe('');
    });
  });

  it('--output writes every format', async () => {
    await withRepo({ 'src/a.ts': `const k = '${STRIPE}';\n` }, async (root) => {
      const result = await run(['scan', '.', '--output', 'out'], root);
      expect(result.code).toBe(1);
      expect(readdirSync(path.join(root, 'out')).sort()).toEqual(['shipshape.html', 'shipshape.json', 'shipshape.md', 'shipshape.sarif', 'shipshape.txt']);
      const json = JSON.parse(readFileSync(path.join(root, 'out/shipshape.json'), 'utf8'));
      expect(json.summary.critical).toBe(1);
      for (const f of readdirSync(path.join(root, 'out'))) expect(readFileSync(path.join(root, 'out', f), 'utf8')).not.toContain(STRIPE.slice(6));
    });
  });

  it('--cache keeps facts between runs: the second run parses only the changed file', async () => {
    await withRepo({ 'src/a.ts': `const k = '${STRIPE}';\n`, 'src/b.ts': 'export const b = 1;\n' }, async (root) => {
      const first = await run(['scan', '.', '--cache', '--format', 'json'], root);
      expect(first.code).toBe(1);
      expect(existsSync(path.join(root, '.shipshape-cache'))).toBe(true);
      expect(JSON.parse(first.stdout).stats).toMatchObject({ parsed: 2, cached: 0 });
      await writeFile(path.join(root, 'src/b.ts'), 'export const b = 2;\n');
      const second = await run(['scan', '.', '--cache', '--format', 'json'], root);
      // The cache file itself is not scanned, and the unchanged file is not parsed again.
      expect(JSON.parse(second.stdout).stats).toMatchObject({ files: 2, parsed: 1, cached: 1 });
      expect(JSON.parse(second.stdout).gaps).toEqual(JSON.parse(first.stdout).gaps);
      const elsewhere = await run(['scan', '.', '--cache', '--cache-location', 'tmp/facts', '--format', 'json'], root);
      expect(existsSync(path.join(root, 'tmp/facts'))).toBe(true);
      expect(JSON.parse(elsewhere.stdout).stats).toMatchObject({ parsed: 2 });
      expect(await run(['scan', '.', '--cache-location', 'x'], root)).toMatchObject({ code: 2, stderr: expect.stringContaining('--cache-location is only used with --cache') });
      // A damaged cache is reported and ignored, never trusted.
      await writeFile(path.join(root, '.shipshape-cache'), 'garbage');
      const damaged = await run(['scan', '.', '--cache', '--format', 'json'], root);
      expect(damaged.stderr).toContain('could not be read');
      expect(JSON.parse(damaged.stdout).gaps).toEqual(JSON.parse(first.stdout).gaps);
    });
  });

  it('lists rules and explains one', async () => {
    const rules = await run(['rules'], repoRoot);
    expect(rules.stdout).toMatch(/critical:\n(?: {2}\S+ +.+\n)* {2}security\/no-hardcoded-secrets +No secrets are committed/);
    const explain = await run(['explain', 'operations/runbook-exists'], repoRoot);
    expect(explain.stdout).toContain('Why it matters');
    expect(explain.stdout).toContain('Before (markdown)');
    expect(await run(['explain', 'operations/runbook'], repoRoot)).toMatchObject({ code: 2, stderr: expect.stringContaining('did you mean operations/runbook-exists') });
  });

  it('init writes a starter config that the config loader accepts, and never overwrites', async () => {
    await withRepo({ 'README.md': '' }, async (root) => {
      expect((await run(['init'], root)).code).toBe(0);
      expect(existsSync(path.join(root, '.github/shipshape.yml'))).toBe(true);
      expect((await run(['scan', '.'], root)).code).toBe(0);
      expect(await run(['init'], root)).toMatchObject({ code: 2, stderr: expect.stringContaining('already exists') });
    });
  });

  it('the installed bin runs the bundled CLI (dist/cli.js)', () => {
    const result = spawnSync(process.execPath, [path.join(repoRoot, 'bin/shipshape.js'), 'scan', 'examples/acme-portal', '--format', 'json'], { cwd: repoRoot, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect([0, 1]).toContain(result.status);
    expect(JSON.parse(result.stdout)).toMatchObject({ version: 1, tool: { name: 'shipshape' } });
  });
});
