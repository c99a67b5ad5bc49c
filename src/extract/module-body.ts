import type { BodySummary } from '../core/facts.js';
import type { SourceFile } from './source.js';

/**
 * The calls and data operations outside the file's named functions: module code and the
 * anonymous callbacks it registers (`process.on('unhandledRejection', async () => …)`,
 * `worker.on('failed', …)`, inline route handlers), so that calls made there are found too.
 */
export function moduleBody(file: SourceFile, functionRanges: [number, number][]): BodySummary {
  const ranges = [...functionRanges].toSorted((a, b) => a[0] - b[0]);
  const out: BodySummary = { calls: [], dataOps: [] };
  let from = 0;
  for (const [start, end] of ranges) {
    if (end <= from) continue; // nested in a range already skipped
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
