// The pull request's two scans without GitHub: the base folder, the git reader, the cache.
import { execFileSync } from 'node:child_process';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { buildBaseTree, type FileChange } from '../../src/action/base-tree.js';
import { hasCommit, readFilesFromGit } from '../../src/action/git.js';
import { scanPullRequest } from '../../src/action/pr-scan.js';
import { MemoryFactCache } from '../../src/core/engine.js';
import { withRepo } from '../helpers/repo.js';
import { stripeKey } from './harness.js';

const memoryReader = (files: Record<string, string>) => async (paths: readonly string[]) =>
  new Map(paths.map((p) => [p, p in files ? Buffer.from(files[p]!) : null]));

describe('buildBaseTree', () => {
  it('links unchanged files, restores changed ones, and never writes through a link into the checkout', async () => {
    await withRepo({ 'a.ts': 'head a\n', 'b.ts': 'head b\n', 'new.ts': 'added\n', 'renamed.ts': 'moved\n', 'logo.png': 'png' }, async (root) => {
      const changes: FileChange[] = [
        { path: 'b.ts', status: 'modified', previousPath: null },
        { path: 'new.ts', status: 'added', previousPath: null },
        { path: 'renamed.ts', status: 'renamed', previousPath: 'old/name.ts' },
        { path: 'gone.ts', status: 'removed', previousPath: null },
        { path: 'logo.png', status: 'modified', previousPath: null },
      ];
      const asked: string[] = [];
      const tree = await buildBaseTree({
        headRoot: root,
        headFiles: ['a.ts', 'b.ts', 'new.ts', 'renamed.ts', 'logo.png'],
        changes,
        read: async (paths) => {
          asked.push(...paths);
          return memoryReader({ 'b.ts': 'base b\n', 'old/name.ts': 'moved\n', 'gone.ts': 'deleted later\n' })(paths);
        },
        tempDir: path.dirname(root),
        skip: (p) => p.endsWith('.png'),
      });
      try {
        expect(asked).toEqual(['b.ts', 'gone.ts', 'old/name.ts']);
        expect(tree.fetched).toBe(3);
        const read = (rel: string) => readFile(path.join(tree.root, rel), 'utf8');
        expect(await read('a.ts')).toBe('head a\n');
        expect(await read('b.ts')).toBe('base b\n');
        expect(await read('old/name.ts')).toBe('moved\n');
        expect(await read('gone.ts')).toBe('deleted later\n');
        expect(await read('logo.png')).toBe('png');
        await expect(stat(path.join(tree.root, 'new.ts'))).rejects.toThrow('ENOENT');
        await expect(stat(path.join(tree.root, 'renamed.ts'))).rejects.toThrow('ENOENT');
        expect(await readFile(path.join(root, 'b.ts'), 'utf8')).toBe('head b\n');
      } finally {
        await tree.cleanup();
      }
      await expect(stat(tree.root)).rejects.toThrow('ENOENT');
    });
  });

  it('refuses a path that would leave the folder', async () => {
    await withRepo({ 'a.ts': 'a\n' }, async (root) => {
      const build = buildBaseTree({
        headRoot: root,
        headFiles: ['a.ts'],
        changes: [{ path: '../escape.ts', status: 'removed', previousPath: null }],
        read: memoryReader({ '../escape.ts': 'x' }),
        tempDir: path.dirname(root),
      });
      await expect(build).rejects.toThrow('refusing unsafe path');
    });
  });
});

describe('readFilesFromGit', () => {
  it('reads files at a commit of the checkout, null where there is none', async () => {
    await withRepo({ 'src/a.ts': 'first\n', 'dir/b.txt': 'b\n' }, async (root) => {
      const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: root, encoding: 'utf8' }).trim();
      git('init', '-q');
      git('add', '-A');
      git('commit', '-qm', 'one');
      const sha = git('rev-parse', 'HEAD');
      expect(await hasCommit(root, sha)).toBe(true);
      expect(await hasCommit(root, 'f'.repeat(40))).toBe(false);
      const files = await readFilesFromGit(root, sha, ['src/a.ts', 'missing.ts', 'dir', 'dir/b.txt']);
      expect(files.get('src/a.ts')?.toString()).toBe('first\n');
      expect(files.get('missing.ts')).toBeNull();
      expect(files.get('dir')).toBeNull();
      expect(files.get('dir/b.txt')?.toString()).toBe('b\n');
    });
  });
});

describe('scanPullRequest', () => {
  it('re-parses only the changed files for the base and diffs by fingerprint', async () => {
    const base = { 'src/billing.ts': `export const key = '${stripeKey('base')}';\n`, 'src/util.ts': 'export const one = 1;\n' };
    const head = {
      'src/billing.ts': 'export const key = process.env.KEY;\n',
      'src/util.ts': 'export const one = 1;\n',
      'src/new.ts': `export const k = '${stripeKey('head')}';\n`,
      ...Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`src/m${i}.ts`, `export const m${i} = ${i};\n`])),
    };
    await withRepo(head, async (root) => {
      const cache = new MemoryFactCache();
      const result = await scanPullRequest({
        root,
        headSha: 'h'.repeat(40),
        baseSha: 'b'.repeat(40),
        changes: [
          { path: 'src/billing.ts', status: 'modified', previousPath: null },
          { path: 'src/new.ts', status: 'added', previousPath: null },
        ],
        readBase: memoryReader(base),
        tempDir: path.dirname(root),
        cache,
        today: '2026-06-01',
      });
      expect(result.head.report.stats.parsed).toBe(23);
      expect(result.base.report.stats.parsed).toBe(1);
      expect(result.base.report.stats.cached).toBe(21);
      expect(result.diff.new.map((g) => g.location?.path)).toEqual(['src/new.ts']);
      expect(result.diff.fixed.map((g) => g.location?.path)).toEqual(['src/billing.ts']);
      expect(result.base.report.repository.commit).toBe('b'.repeat(40));
      await result.cleanup;
    });
  });

  it("judges both sides by the head's configuration", async () => {
    const config = 'rules:\n  security/no-hardcoded-secrets: hardening\n';
    await withRepo({ '.github/shipshape.yml': config, 'src/a.ts': `export const k = '${stripeKey()}';\n` }, async (root) => {
      const result = await scanPullRequest({
        root,
        headSha: 'h'.repeat(40),
        baseSha: 'b'.repeat(40),
        // The pull request adds the configuration: the base must not fall back to the defaults.
        changes: [{ path: '.github/shipshape.yml', status: 'added', previousPath: null }],
        readBase: memoryReader({}),
        tempDir: path.dirname(root),
      });
      expect(result.base.config.rules['security/no-hardcoded-secrets']?.phase).toBe('hardening');
      expect(result.diff.new).toEqual([]);
      expect(result.diff.unchanged.map((g) => g.phase)).toContain('hardening');
      await result.cleanup;
    });
  });
});
