import { isMap, isScalar, isSeq, LineCounter, parseAllDocuments, type Node, type Pair } from 'yaml';
import type { FileFacts } from '../../core/facts.js';
import type { Location } from '../../core/model.js';

/**
 * A configuration file read as YAML nodes with line numbers. Configuration in the wild is
 * often broken or templated (Helm): a file that does not parse is a notice, never a crash.
 */
export class YamlNodes {
  private constructor(
    readonly path: string,
    readonly documents: Node[],
    private readonly lines: LineCounter,
  ) {}

  static parse(path: string, content: string, facts: FileFacts): YamlNodes | null {
    const lines = new LineCounter();
    let docs: ReturnType<typeof parseAllDocuments>;
    try {
      docs = parseAllDocuments(content, { lineCounter: lines, prettyErrors: false, uniqueKeys: false });
    } catch (error) {
      facts.problems.push({ kind: 'notice', line: null, message: `could not be read as YAML: ${(error as Error).message}` });
      return null;
    }
    const good: Node[] = [];
    for (const doc of Array.isArray(docs) ? docs : []) {
      const [error] = doc.errors;
      if (error) {
        facts.problems.push({ kind: 'notice', line: error.linePos?.[0]?.line ?? null, message: `could not be read as YAML: ${error.message.split('\n')[0]}` });
        continue;
      }
      if (doc.contents) good.push(doc.contents as Node);
    }
    return new YamlNodes(path, good, lines);
  }

  line(node: unknown): number {
    const range = (node as { range?: [number, number, number] } | null)?.range;
    return range ? this.lines.linePos(range[0]).line : 1;
  }

  endLine(node: unknown): number {
    const range = (node as { range?: [number, number, number] } | null)?.range;
    if (!range) return this.line(node);
    // The node's end offset sits on the line after its last character for block collections.
    const end = this.lines.linePos(Math.max(range[0], range[2] - 1)).line;
    return Math.max(this.line(node), end);
  }

  location(node: unknown, endNode: unknown = node): Location {
    const start = this.line(node);
    return { path: this.path, startLine: start, endLine: Math.max(start, this.endLine(endNode)), startColumn: 1, endColumn: 1 };
  }
}

/** The pairs of a map node (empty for anything else). */
export function pairs(node: unknown): Pair<Node, Node>[] {
  return isMap(node) ? (node.items as Pair<Node, Node>[]) : [];
}

export function keyOf(pair: Pair<Node, Node>): string {
  return isScalar(pair.key) ? String(pair.key.value) : '';
}

/** The value node under `key` in a map node. */
export function get(node: unknown, key: string): Node | null {
  for (const pair of pairs(node)) if (keyOf(pair) === key) return pair.value ?? null;
  return null;
}

/** The pair under `key` (for its key's line). */
export function getPair(node: unknown, key: string): Pair<Node, Node> | null {
  for (const pair of pairs(node)) if (keyOf(pair) === key) return pair;
  return null;
}

export function items(node: unknown): Node[] {
  return isSeq(node) ? (node.items as Node[]) : [];
}

/** A scalar's value as text, null for collections and missing nodes. */
export function text(node: unknown): string | null {
  if (!isScalar(node)) return null;
  const value = node.value;
  return value === null || value === undefined ? null : String(value);
}

export function scalarValue(node: unknown): unknown {
  return isScalar(node) ? node.value : undefined;
}

export { isMap, isScalar, isSeq };
