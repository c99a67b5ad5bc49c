import { isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import { ShipshapeError } from './errors.js';

/** A parsed YAML file that can say which line a key or value is on. */
export class YamlFile {
  readonly value: unknown;
  private readonly doc: Document;
  private readonly lines: LineCounter;

  private constructor(readonly file: string, doc: Document, lines: LineCounter) {
    this.doc = doc;
    this.lines = lines;
    this.value = doc.toJS({ maxAliasCount: 100 });
  }

  /** Parses YAML; syntax errors name the file and line. */
  static parse(file: string, text: string): YamlFile {
    const lines = new LineCounter();
    const doc = parseDocument(text, { lineCounter: lines, prettyErrors: true, uniqueKeys: true });
    const [error] = doc.errors;
    if (error) {
      const line = error.linePos?.[0]?.line ?? null;
      throw new ShipshapeError(`${file}${line ? `:${line}` : ''}: ${error.message.split('\n')[0]}`, { file, line });
    }
    return new YamlFile(file, doc, lines);
  }

  /** The line of the node at a path (for a missing key, its parent's line). `key` asks for the key's own line. */
  lineOf(path: readonly (string | number)[], key?: string): number | null {
    let node: unknown = this.doc.contents;
    let line = this.rangeLine(node);
    for (const segment of path) {
      if (!isMap(node) && !(node && typeof node === 'object' && 'items' in node)) break;
      const next = (node as unknown as { get(k: unknown, keepScalar: boolean): unknown }).get(segment, true);
      if (next === undefined) break;
      node = next;
      line = this.rangeLine(node) ?? line;
    }
    if (key !== undefined && isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && p.key.value === key);
      if (pair) line = this.rangeLine(pair.key) ?? line;
    }
    return line;
  }

  private rangeLine(node: unknown): number | null {
    const range = (node as { range?: [number, number, number] } | null)?.range;
    return range ? this.lines.linePos(range[0]).line : null;
  }
}
