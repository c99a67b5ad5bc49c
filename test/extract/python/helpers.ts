import { FactIndex } from '../../../src/core/fact-index.js';
import type { DataOpFact, FileFacts } from '../../../src/core/facts.js';
import { parseSource } from '../../../src/core/parse.js';
import type { FileEntry } from '../../../src/core/scan.js';
import { extractSource, extractText } from '../../../src/extract/index.js';

/** Dedents a source template so Python indentation can follow the test's. */
export function py(strings: TemplateStringsArray, ...values: unknown[]): string {
  const text = String.raw({ raw: strings }, ...values).replace(/^\n/, '');
  const indent = Math.min(...text.split('\n').filter((l) => l.trim()).map((l) => /^ */.exec(l)![0].length));
  return text
    .split('\n')
    .map((l) => l.slice(indent))
    .join('\n');
}

/** The facts of one Python file, as the engine extracts them. */
export async function extractPython(path: string, text: string): Promise<FileFacts> {
  const tree = await parseSource('python', text);
  return extractSource(path, 'python', text, tree, text.split('\n').length, []);
}

/** A FactIndex over a few in-memory files (Python sources and text files). */
export async function indexFiles(files: Record<string, string>): Promise<FactIndex> {
  const entries: FileEntry[] = [];
  const facts: FileFacts[] = [];
  for (const [path, text] of Object.entries(files)) {
    const python = path.endsWith('.py');
    entries.push({ path, absolute: `/repo/${path}`, size: text.length, kind: python ? 'source' : 'text', language: python ? 'python' : null });
    facts.push(python ? await extractPython(path, text) : extractText(path, text, text.split('\n').length));
  }
  return new FactIndex(entries, facts);
}

/** Data operations of a file in a compact shape for assertions. */
export function ops(facts: FileFacts): Pick<DataOpFact, 'op' | 'model' | 'via' | 'callee' | 'scopedToCaller' | 'keyedByRequestId' | 'filter' | 'values'>[] {
  const seen = new Set<string>();
  const out: ReturnType<typeof ops> = [];
  for (const summary of [facts.moduleBody, ...facts.functions, ...facts.routes]) {
    for (const op of summary.dataOps) {
      const key = `${op.location.startLine}:${op.location.startColumn}:${op.op}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ op: op.op, model: op.model, via: op.via, callee: op.callee, scopedToCaller: op.scopedToCaller, keyedByRequestId: op.keyedByRequestId, filter: op.filter, values: op.values });
    }
  }
  return out;
}

/** Linked routes as `METHOD /full/path [guard, guard(arg)]`, sorted, for assertions. */
export function routeLines(index: FactIndex): string[] {
  return index
    .routes()
    .map((r) => `${r.route.method} ${r.fullPath} [${r.guards.map((g) => (g.firstArg === undefined ? g.callee : `${g.callee}(${g.firstArg})`)).join(', ')}]`)
    .toSorted();
}

/** The data operations of the linked route `METHOD /full/path`, compact. */
export function routeOps(index: FactIndex, key: string): string[] {
  const route = index.routes().find((r) => `${r.route.method} ${r.fullPath}` === key);
  if (!route) throw new Error(`no route ${key}; routes: ${routeLines(index).join(' | ')}`);
  return route.route.dataOps.map((o) => `${o.op} ${o.model}${o.scopedToCaller ? ' scoped' : ''}${o.keyedByRequestId ? ' keyed' : ''}`);
}
