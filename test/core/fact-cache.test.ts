import { describe, expect, it } from '@jest/globals';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FileFactCache, scan } from '../../src/core/engine.js';
import { EXTRACTOR_VERSION } from '../../src/extract/index.js';
import { codeDigest, hashSources, TOOL_VERSION } from '../../src/core/version.js';

const EXAMPLE = path.resolve(import.meta.dirname, '../../examples/acme-portal');

function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'shipshape-cache-'));
}

/** The report without what legitimately differs between a cold and a cached run. */
function comparable(report: Awaited<ReturnType<typeof scan>>['report']) {
  const { timings: _timings, stats, ...rest } = report;
  return { ...rest, stats: { files: stats.files, lines: stats.lines } };
}

describe('FileFactCache', () => {
  it('keeps facts between processes: the second scan parses nothing and reports the same', async () => {
    const dir = tempDir();
    try {
      const file = path.join(dir, 'facts');
      const first = FileFactCache.load(file);
      expect(first.problem).toBeNull();
      const cold = await scan({ root: EXAMPLE, cache: first, today: '2026-06-01' });
      first.save();
      expect(cold.report.stats.parsed).toBeGreaterThan(20);

      const second = FileFactCache.load(file);
      expect(second.problem).toBeNull();
      expect(second.loaded).toBe(cold.report.stats.parsed);
      const warm = await scan({ root: EXAMPLE, cache: second, today: '2026-06-01' });
      expect(warm.report.stats.parsed).toBe(0);
      expect(warm.report.stats.cached).toBe(cold.report.stats.parsed);
      expect(comparable(warm.report)).toEqual(comparable(cold.report));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('saves only the entries the last scan used, so the file does not grow with history', async () => {
    const dir = tempDir();
    try {
      const file = path.join(dir, 'facts');
      const cache = FileFactCache.load(file);
      await scan({ root: EXAMPLE, cache });
      cache.set('stale-key', { path: 'gone.ts' } as never);
      cache.save();
      expect(FileFactCache.load(file).get('stale-key')).toBeDefined();
      // A new process that does not ask for the stale entry drops it on save.
      const next = FileFactCache.load(file);
      await scan({ root: EXAMPLE, cache: next });
      next.save();
      expect(FileFactCache.load(file).get('stale-key')).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('ignores, with a reason, a file that is garbage, of another version, or not a cache at all', () => {
    const dir = tempDir();
    try {
      const file = path.join(dir, 'facts');
      writeFileSync(file, 'not a cache');
      expect(FileFactCache.load(file).problem).toMatch(/could not be read/);
      writeFileSync(file, JSON.stringify({ format: 3, tool: '0.0.0-other', extractor: EXTRACTOR_VERSION, entries: [['k', { path: 'a.ts' }]] }));
      const old = FileFactCache.load(file);
      expect(old.problem).toMatch(/another shipshape version/);
      expect(old.get('k')).toBeUndefined();
      writeFileSync(file, JSON.stringify({ format: 3, tool: TOOL_VERSION, extractor: EXTRACTOR_VERSION, entries: { k: { path: 'a.ts' } } }));
      expect(FileFactCache.load(file).problem).toMatch(/not a shipshape fact cache/);
      // Entries of the wrong shape are dropped one by one, the rest is kept.
      writeFileSync(file, JSON.stringify({ format: 3, tool: TOOL_VERSION, extractor: EXTRACTOR_VERSION, entries: [['ok', { path: 'a.ts' }], [7, { path: 'b.ts' }], ['bad', 'text'], 'junk'] }));
      const mixed = FileFactCache.load(file);
      expect(mixed.problem).toBeNull();
      expect(mixed.loaded).toBe(1);
      // A missing file is simply an empty cache.
      expect(FileFactCache.load(path.join(dir, 'none')).problem).toBeNull();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('does not follow a symlink when reading, and replaces it rather than writing through it', () => {
    const dir = tempDir();
    try {
      const target = path.join(dir, 'elsewhere');
      writeFileSync(target, 'precious');
      const file = path.join(dir, 'facts');
      symlinkSync(target, file);
      const cache = FileFactCache.load(file);
      expect(cache.problem).toMatch(/could not be opened/);
      cache.set('k', { path: 'a.ts' } as never);
      cache.save();
      expect(readFileSync(target, 'utf8')).toBe('precious');
      expect(FileFactCache.load(file).get('k')).toEqual({ path: 'a.ts' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reuses the rules\' result for a tree it has judged, and only for exactly that tree and configuration', async () => {
    const dir = tempDir();
    const root = path.join(dir, 'repo');
    try {
      cpSync(EXAMPLE, root, { recursive: true });
      const file = path.join(dir, 'facts');
      const first = FileFactCache.load(file);
      const cold = await scan({ root, cache: first, today: '2026-06-01' });
      first.save();
      expect(cold.report.timings.reusedResult).toBeUndefined();
      expect(cold.report.gaps.length).toBeGreaterThan(5);

      // Another process, the same tree: the result is read back, gaps dressed as before (fix, snippet).
      const again = await scan({ root, cache: FileFactCache.load(file), today: '2026-06-01' });
      expect(again.report.timings.reusedResult).toBe(1);
      expect(comparable(again.report)).toEqual(comparable(cold.report));
      expect(again.report.gaps.some((g) => g.location?.snippet)).toBe(true);

      // Suppressions are applied after, by today's date: an ignore entry's expiry still counts on a reused result.
      const gap = cold.report.gaps.find((g) => g.location)!;
      const configText = `ignore:\n  - gap: ${gap.id}\n    reason: accepted for now\n    until: 2026-07-01\n`;
      const configFile = path.join(root, '.github/shipshape.yml');
      writeFileSync(configFile, configText);
      const cache = FileFactCache.load(file);
      const before = await scan({ root, cache, today: '2026-06-01' });
      const after = await scan({ root, cache, today: '2026-08-01' });
      expect(before.report.timings.reusedResult).toBeUndefined();
      expect(after.report.timings.reusedResult).toBe(1);
      expect(before.report.suppressed.map((g) => g.id)).toContain(gap.id);
      expect(after.report.suppressed.map((g) => g.id)).not.toContain(gap.id);
      expect(after.report.gaps.map((g) => g.id)).toContain(gap.id);

      // Another configuration of the rules is another result.
      writeFileSync(configFile, `rules:\n  ${gap.ruleId}: off\n`);
      const off = await scan({ root, cache, today: '2026-06-01' });
      expect(off.report.timings.reusedResult).toBeUndefined();
      expect(off.report.gaps.map((g) => g.ruleId)).not.toContain(gap.ruleId);
      rmSync(configFile);

      // One changed byte in one file is another tree: judged afresh, and the change is seen.
      const changed = path.join(root, gap.location!.path);
      writeFileSync(changed, `${readFileSync(changed, 'utf8')}\n`);
      const edited = await scan({ root, cache, today: '2026-06-01' });
      expect(edited.report.timings.reusedResult).toBeUndefined();
      const editedAgain = await scan({ root, cache, today: '2026-06-01' });
      expect(editedAgain.report.timings.reusedResult).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('keeps a few rule results, drops a damaged one without losing the facts, and never shares a result between scans', async () => {
    const dir = tempDir();
    try {
      const file = path.join(dir, 'facts');
      const cache = FileFactCache.load(file);
      const cold = await scan({ root: EXAMPLE, cache, today: '2026-06-01' });
      // What a scan is handed is its own copy: changing it does not change what the next scan reads.
      const reused = await scan({ root: EXAMPLE, cache, today: '2026-06-01' });
      reused.report.gaps.length = 0;
      expect((await scan({ root: EXAMPLE, cache, today: '2026-06-01' })).report.gaps.length).toBe(cold.report.gaps.length);
      cache.save();

      const text = readFileSync(file, 'utf8');
      const [facts, ...results] = text.split('\n');
      expect(results).toHaveLength(1);
      expect(results[0]).toMatch(/^[0-9a-f]{40}\t\{/);
      // A damaged result line: the facts still load, the rules simply run again.
      writeFileSync(file, `${facts}\n${results[0]!.slice(0, 60)}`);
      const damaged = FileFactCache.load(file);
      expect(damaged.problem).toBeNull();
      expect(damaged.loaded).toBeGreaterThan(20);
      const rerun = await scan({ root: EXAMPLE, cache: damaged, today: '2026-06-01' });
      expect(rerun.report.stats.parsed).toBe(0);
      expect(rerun.report.timings.reusedResult).toBeUndefined();
      expect(comparable(rerun.report)).toEqual(comparable(cold.report));

      // At most four results are kept, the least recently used go first.
      for (let i = 0; i < 6; i++) damaged.setResult(`k${i}`, { gaps: [], runs: [], errors: [] });
      expect(damaged.getResult('k0')).toBeUndefined();
      expect(damaged.getResult('k5')).toEqual({ gaps: [], runs: [], errors: [] });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('keys results by the code that judges: the digest of the sources changes with any rule source, not with other files', () => {
    const dir = tempDir();
    try {
      mkdirSync(path.join(dir, 'rules'));
      writeFileSync(path.join(dir, 'rules/a.ts'), 'export const a = 1;');
      writeFileSync(path.join(dir, 'notes.md'), 'one');
      const before = hashSources(dir);
      writeFileSync(path.join(dir, 'notes.md'), 'two');
      expect(hashSources(dir)).toBe(before);
      writeFileSync(path.join(dir, 'rules/a.ts'), 'export const a = 2;');
      expect(hashSources(dir)).not.toBe(before);
      // Run from source, the digest is the source tree's.
      expect(codeDigest()).toBe(hashSources(path.resolve(import.meta.dirname, '../../src')));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
