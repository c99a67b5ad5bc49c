// `npm run demo` stays runnable: the script end to end, in a child process, output in a temp folder.
import { describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const root = path.resolve(import.meta.dirname, '../..');

describe('npm run demo', () => {
  it('installs the App on the example, merges a fix and writes the phase issues before and after', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'shipshape-demo-test-'));
    try {
      const { stdout } = await promisify(execFile)(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/demo.ts'], {
        cwd: root,
        env: { ...process.env, DEMO_OUT: out, NODE_OPTIONS: '' },
        timeout: 120_000,
      });
      expect(stdout).toContain('1. The App is installed');
      expect(stdout).toContain("every request matched GitHub's OpenAPI description");
      const before = readdirSync(path.join(out, 'before'));
      const after = readdirSync(path.join(out, 'after'));
      expect(after).toEqual(before);
      expect(before.length).toBeGreaterThan(0);
      const afterText = after.map((f) => readFileSync(path.join(out, 'after', f), 'utf8')).join('\n');
      // The merged pull request is numbered after the phase issues, and is credited with what it fixed.
      const pr = before.length + 1;
      expect(afterText).toMatch(new RegExp(`- \\[x\\] .*<!-- shipshape:gap=[0-9a-f]{20} --> — ✅ fixed in #${pr}\\b`));
      expect(readFileSync(path.join(out, 'requests.txt'), 'utf8')).toContain('POST /repos/acme/portal/issues');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
