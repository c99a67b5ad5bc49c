// One measurement in a fresh process, so peak RSS belongs to it alone:
//   tsx bench/child.ts scan <dir>   → the full scan (walk, read, parse, extract, rules, report)
//   tsx bench/child.ts floor <dir>  → the floor: the same parser parsing every source file and nothing else
// Prints one JSON line.
import { availableParallelism } from 'node:os';
// The benchmark measures the shipped bundle (dist/engine.js with its worker threads).
// @ts-expect-error -- dist/ is built JavaScript without declarations
import { DEFAULT_MAX_FILE_SIZE, parseSource, readText, scan, walk } from '../dist/engine.js';
import type * as Engine from '../src/engine.js';

const [mode, dir] = process.argv.slice(2);
if (!dir || (mode !== 'scan' && mode !== 'floor')) throw new Error('usage: child.ts scan|floor <dir>');

if (mode === 'scan') {
  const started = performance.now();
  const { report } = await (scan as typeof Engine.scan)({ root: dir });
  const wallMs = performance.now() - started;
  console.log(JSON.stringify({ wallMs, rssMb: process.resourceUsage().maxRSS / 1024, lines: report.stats.lines, files: report.stats.files, parsed: report.stats.parsed, timings: report.timings, gaps: report.gaps.length }));
} else {
  // Files are read before the clock starts: the floor is parsing alone.
  const { files } = await (walk as typeof Engine.walk)(dir, { exclude: [], maxFileSize: DEFAULT_MAX_FILE_SIZE as number });
  const sources: { language: NonNullable<(typeof files)[number]['language']>; text: string }[] = [];
  for (const f of files) {
    if (f.kind !== 'source' || !f.language) continue;
    const outcome = await (readText as typeof Engine.readText)(f, DEFAULT_MAX_FILE_SIZE as number);
    if (outcome.ok) sources.push({ language: f.language, text: outcome.text });
  }
  const started = performance.now();
  let next = 0;
  const worker = async () => {
    while (next < sources.length) {
      const s = sources[next++]!;
      (await (parseSource as typeof Engine.parseSource)(s.language, s.text)).root();
    }
  };
  await Promise.all(Array.from({ length: availableParallelism() * 2 }, worker));
  const wallMs = performance.now() - started;
  console.log(JSON.stringify({ wallMs, rssMb: process.resourceUsage().maxRSS / 1024, parsed: sources.length }));
}
