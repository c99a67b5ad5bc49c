// npm run bench: generates deterministic synthetic monorepos (bench/generate.ts) from 10k to
// 500k lines and prints, per size, full-scan wall time, peak RSS, lines per second and the
// ratio to the parse-only floor. Each measurement runs in its own process (best of N runs).
// The last line is the contract: `bench: lines=<N> wall_s=<x> rss_mb=<y> floor_ratio=<z>`.
import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateRepo } from './generate.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const sizes = (process.env.BENCH_SIZES ?? '10000,50000,100000,250000,500000').split(',').map(Number);
const runs = Number(process.env.BENCH_RUNS ?? 3);
const work = path.join(root, '.bench');

function measure(mode: 'scan' | 'floor', dir: string): { wallMs: number; rssMb: number; lines?: number } {
  const out = execFileSync(process.execPath, ['--import', 'tsx', path.join(here, 'child.ts'), mode, dir], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 24 });
  return JSON.parse(out.trim().split('\n').pop()!);
}

function best(mode: 'scan' | 'floor', dir: string) {
  const results = Array.from({ length: runs }, () => measure(mode, dir));
  return results.sort((a, b) => a.wallMs - b.wallMs)[0]!;
}

console.log(`shipshape bench — node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), best of ${runs}`);
console.log('lines'.padStart(8), 'files'.padStart(6), 'wall_s'.padStart(8), 'floor_s'.padStart(8), 'ratio'.padStart(6), 'rss_mb'.padStart(7), 'lines/s'.padStart(9));
let last = '';
for (const size of sizes) {
  const dir = path.join(work, `repo-${size}`);
  generateRepo(dir, size);
  const scan = best('scan', dir);
  const floor = best('floor', dir);
  const lines = scan.lines ?? size;
  const ratio = scan.wallMs / floor.wallMs;
  console.log(
    String(lines).padStart(8),
    String((scan as { files?: number }).files ?? '').padStart(6),
    (scan.wallMs / 1000).toFixed(2).padStart(8),
    (floor.wallMs / 1000).toFixed(2).padStart(8),
    ratio.toFixed(2).padStart(6),
    scan.rssMb.toFixed(0).padStart(7),
    Math.round(lines / (scan.wallMs / 1000)).toString().padStart(9),
  );
  last = `bench: lines=${lines} wall_s=${(scan.wallMs / 1000).toFixed(2)} rss_mb=${scan.rssMb.toFixed(0)} floor_ratio=${ratio.toFixed(2)}`;
}
// DESIGN.md's target names "a 500k-line TypeScript monorepo": the largest size again without Python.
const tsOnly = process.env.BENCH_TS_ONLY === '0' ? null : sizes[sizes.length - 1]!;
let lastTs = '';
if (tsOnly) {
  const dir = path.join(work, `repo-${tsOnly}-ts`);
  generateRepo(dir, tsOnly, 1, 0);
  const scan = best('scan', dir);
  const floor = best('floor', dir);
  const lines = scan.lines ?? tsOnly;
  console.log(`${String(lines).padStart(8)} ${String((scan as { files?: number }).files ?? '').padStart(6)} ${(scan.wallMs / 1000).toFixed(2).padStart(8)} ${(floor.wallMs / 1000).toFixed(2).padStart(8)} ${(scan.wallMs / floor.wallMs).toFixed(2).padStart(6)} ${scan.rssMb.toFixed(0).padStart(7)} ${String(Math.round(lines / (scan.wallMs / 1000))).padStart(9)}  (TypeScript only)`);
  lastTs = `bench-ts: lines=${lines} wall_s=${(scan.wallMs / 1000).toFixed(2)} rss_mb=${scan.rssMb.toFixed(0)} floor_ratio=${(scan.wallMs / floor.wallMs).toFixed(2)}`;
}
if (lastTs) console.log(lastTs);
console.log(last);
