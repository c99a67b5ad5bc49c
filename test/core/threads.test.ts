import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';

const root = path.resolve(import.meta.dirname, '../..');

// Worker threads only start from the bundle (dist/extract-worker.js), so this runs the built engine.
function scanWith(threads: number): { report: { gaps: { id: string }[]; stats: { parsed: number } } } {
  const script = `
    const { scan, renderJson } = await import(${JSON.stringify(path.join(root, 'dist/engine.js'))}).then((m) => ({ ...m, renderJson: (r) => m.render('json', { ...r, timings: { totalMs: 0 } }, { catalogue: [], color: false }) }));
    const { report } = await scan({ root: ${JSON.stringify(path.join(root, 'examples/acme-portal'))}, threads: ${threads}, today: '2026-06-01' });
    process.stdout.write(renderJson(report));
  `;
  const dir = mkdtempSync(path.join(tmpdir(), 'shipshape-threads-'));
  try {
    const file = path.join(dir, 'scan.mjs');
    writeFileSync(file, script);
    const result = spawnSync(process.execPath, [file], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
    expect(result.stderr).toBe('');
    return { report: JSON.parse(result.stdout) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('worker threads', () => {
  it('give the same report as in-process extraction', () => {
    const inProcess = scanWith(0);
    const threaded = scanWith(2);
    expect(threaded.report).toEqual(inProcess.report);
    expect(threaded.report.gaps.length).toBeGreaterThan(10);
    expect(threaded.report.stats.parsed).toBeGreaterThan(20);
  });
});
