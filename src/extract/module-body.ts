import type { SourceExtractor } from './types.js';

/**
 * What a module does outside its named functions and route handlers: top-level code of
 * scripts (`scripts/cleanup.ts`, `python -m app.jobs.purge`) and anonymous callbacks. A
 * schedule that runs a file runs this. Runs after the framework extractors so their route
 * handlers are left out.
 */
export const moduleBody: SourceExtractor = {
  id: 'module-body',
  languages: ['typescript', 'tsx', 'javascript', 'python'],
  // It reads the calls every file already has; no nodes of its own.
  kinds: [],
  extract(file, facts) {
    const ranges = [...facts.functions, ...facts.routes].map((f) => [f.location.startLine, f.location.endLine] as const);
    const whole = file.summarise(0, file.text.length);
    const outside = (line: number) => !ranges.some(([start, end]) => line >= start && line <= end);
    facts.moduleBody = {
      calls: whole.calls.filter((c) => outside(c.line)),
      dataOps: whole.dataOps.filter((op) => outside(op.location.startLine)),
    };
  },
};
