import type { BodySummary } from '../core/facts.js';
import { lineStarts, type SourceFile } from './source.js';
import type { SourceExtractor } from './types.js';

/**
 * What a module does outside its named functions and route handlers: top-level code of
 * scripts (`scripts/cleanup.ts`, `python -m app.jobs.purge`) and the anonymous callbacks it
 * registers (`process.on('unhandledRejection', async () => …)`, `worker.on('failed', …)`). A
 * schedule that runs a file runs this. Runs after the framework extractors so their route
 * handlers are left out.
 */
export const moduleBody: SourceExtractor = {
  id: 'module-body',
  languages: ['typescript', 'tsx', 'javascript', 'python'],
  // It reads the calls every file already has; no nodes of its own.
  kinds: [],
  extract(file, facts) {
    const lines = [...facts.functions, ...facts.routes].map((f) => [f.location.startLine, f.location.endLine] as [number, number]);
    facts.moduleBody = outside(file, lines);
  },
};

/** Summarises the file between the given line ranges (nested ranges are skipped once). */
function outside(file: SourceFile, lineRanges: [number, number][]): BodySummary {
  const offsets = lineStarts(file.text);
  const ranges = lineRanges.map(([a, b]) => [offsets[a - 1] ?? 0, offsets[b] ?? file.text.length + 1] as const).toSorted((a, b) => a[0] - b[0]);
  const out: BodySummary = { calls: [], dataOps: [] };
  let from = 0;
  for (const [start, end] of ranges) {
    if (end <= from) continue;
    if (start > from) append(out, file.summarise(from, start));
    from = Math.max(from, end);
  }
  append(out, file.summarise(from, file.text.length + 1));
  return out;
}

function append(into: BodySummary, part: BodySummary): void {
  into.calls.push(...part.calls);
  into.dataOps.push(...part.dataOps);
}
