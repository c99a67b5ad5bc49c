import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FileFactCache, scan } from '../../src/core/engine.js';
import { EXTRACTOR_VERSION } from '../../src/extract/index.js';
import { TOOL_VERSION } from '../../src/core/version.js';

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
      writeFileSync(file, JSON.stringify({ format: 2, tool: '0.0.0-other', extractor: EXTRACTOR_VERSION, entries: [['k', { path: 'a.ts' }]] }));
      const old = FileFactCache.load(file);
      expect(old.problem).toMatch(/another shipshape version/);
      expect(old.get('k')).toBeUndefined();
      writeFileSync(file, JSON.stringify({ format: 2, tool: TOOL_VERSION, extractor: EXTRACTOR_VERSION, entries: { k: { path: 'a.ts' } } }));
      expect(FileFactCache.load(file).problem).toMatch(/not a shipshape fact cache/);
      // Entries of the wrong shape are dropped one by one, the rest is kept.
      writeFileSync(file, JSON.stringify({ format: 2, tool: TOOL_VERSION, extractor: EXTRACTOR_VERSION, entries: [['ok', { path: 'a.ts' }], [7, { path: 'b.ts' }], ['bad', 'text'], 'junk'] }));
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
});
