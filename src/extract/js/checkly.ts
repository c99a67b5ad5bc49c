import type { SourceExtractor } from '../types.js';
import { argumentsOf, compact, unquote } from '../source.js';

const CHECK_CONSTRUCTS = /^(?:ApiCheck|BrowserCheck|MultiStepCheck|UrlMonitor|TcpMonitor|HeartbeatMonitor)$/;

/** Checkly monitoring as code: `new ApiCheck(…)`/`new UrlMonitor(…)` constructs and `checkly.config.ts` (`defineConfig`). */
export const checklyExtractor: SourceExtractor = {
  id: 'checkly',
  languages: ['typescript', 'javascript'],
  applies: (text) => text.includes('checkly'),
  // Its own query runs only in the files the text test above selects.
  kinds: [],
  extract(file, facts) {
    if (!facts.imports.some((i) => /^checkly(?:\/|$)/.test(i.source))) return;
    for (const node of file.root.findAll({ rule: { kind: 'new_expression', has: { field: 'constructor', regex: CHECK_CONSTRUCTS.source } } })) {
      const first = argumentsOf(node.field('arguments'))[0];
      facts.uptimeMonitors.push({ tool: `Checkly ${compact(node.field('constructor')!.text())}`, target: first?.kind() === 'string' ? unquote(first.text()) : null, kind: 'code', location: file.location(node) });
    }
    if (/(?:^|\/)checkly\.config\.[cm]?[jt]s$/.test(file.path)) {
      const config = file.root.find({ rule: { kind: 'call_expression', has: { field: 'function', regex: '^defineConfig$' } } });
      if (config) facts.uptimeMonitors.push({ tool: 'Checkly', target: null, kind: 'code', location: file.location(config) });
    }
  },
};
