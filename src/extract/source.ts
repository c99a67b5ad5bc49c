import type { SgNode } from '@ast-grep/napi';
import type { BodySummary, CallFact, DataOpFact } from '../core/facts.js';
import type { Language, Location } from '../core/model.js';
import { classifyDataCall, classifySql } from './data.js';
import { type DataOpDraft, PythonDataAnalysis } from './python/orm.js';
import type { NodeQuery } from './types.js';

/** A call with its byte range, so bodies can be summarised by range without re-walking the tree. */
export interface IndexedCall extends CallFact {
  start: number;
  end: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The text of the first argument when it is a string (SQL, paths), unquoted. */
  firstString: string | null;
  /** The call's node, for extractors that need its arguments (never part of the facts). */
  node: SgNode;
  /** Python: the data operation, classified from the call's tree when it was indexed. */
  dataOp?: DataOpDraft | null;
}

export const CALL_KINDS: Record<Language, string> = {
  typescript: 'call_expression',
  tsx: 'call_expression',
  javascript: 'call_expression',
  python: 'call',
};

/**
 * One parsed source file and what every extractor needs from it. Every native query is a
 * walk of the whole tree, so the tree is walked ONCE for the union of node kinds the
 * extractors declare; extractors then pick their nodes by kind, and function bodies,
 * route handlers and module code are summarised by offset range.
 */
/** The union of the extractors' node queries of one language, as one ast-grep rule. */
export class NodeQueries {
  readonly kinds: readonly string[];
  readonly rule: Record<string, unknown>;

  /** `isKind(kind)` says whether the language's grammar has that node kind (extractors may span languages). */
  constructor(queries: readonly NodeQuery[], isKind: (kind: string) => boolean) {
    // Per kind: no narrowing if any extractor wants every node of it, else any of the narrowings.
    const byKind = new Map<string, Record<string, unknown>[] | null>();
    for (const q of queries) {
      const kind = typeof q === 'string' ? q : q.kind;
      const current = byKind.get(kind);
      if (typeof q === 'string' || current === null) byKind.set(kind, null);
      else byKind.set(kind, [...(current ?? []), q.where]);
    }
    this.kinds = [...byKind.keys()].sort();
    this.rule = {
      any: this.kinds.filter(isKind).map((kind) => {
        const wheres = byKind.get(kind);
        return wheres ? { kind, any: wheres } : { kind };
      }),
    };
  }
}

export class SourceFile {
  private indexedCalls: IndexedCall[] | null = null;
  private pythonAnalysis: PythonDataAnalysis | null = null;
  private readonly buckets = new Map<string, SgNode[]>();

  constructor(
    readonly path: string,
    readonly language: Language,
    readonly text: string,
    readonly root: SgNode,
    queries: NodeQueries,
  ) {
    for (const kind of queries.kinds) this.buckets.set(kind, []);
    for (const node of root.findAll({ rule: queries.rule })) this.buckets.get(kindOf(node))?.push(node);
  }

  /** The nodes of one kind, in source order; the kind must be declared by an extractor of this language. */
  nodes(kind: string): readonly SgNode[] {
    const bucket = this.buckets.get(kind);
    if (!bucket) throw new Error(`node kind '${kind}' was not declared by any ${this.language} extractor`);
    return bucket;
  }

  get isPython(): boolean {
    return this.language === 'python';
  }

  /** Python data-operation analysis (scopes, assignments, view classes), shared by the file's extractors. */
  get pythonData(): PythonDataAnalysis {
    this.pythonAnalysis ??= new PythonDataAnalysis(this.text, this.root);
    return this.pythonAnalysis;
  }

  /**
   * Every call in the file, in source order. Each node costs native calls, so only the
   * call's and its callee's ranges are asked for; the callee text and a leading string
   * argument are read from the source by offset.
   */
  get calls(): IndexedCall[] {
    if (this.indexedCalls) return this.indexedCalls;
    const calls: IndexedCall[] = [];
    const text = this.text;
    // `raise PermissionDenied` instantiates the exception class: a call in all but syntax.
    const nodes = this.isPython ? mergeBySource(this.nodes('call'), this.nodes('raise_statement')) : this.nodes(CALL_KINDS[this.language]);
    for (const node of nodes) {
      if (node.kind() === 'raise_statement') {
        const raised = node.namedChildren()[0];
        if (raised && (raised.kind() === 'identifier' || raised.kind() === 'attribute')) {
          const { start, end } = node.range();
          calls.push({ callee: compact(raised.text()), line: start.line + 1, start: start.index, end: end.index, column: start.column + 1, endLine: end.line + 1, endColumn: end.column + 1, firstString: null, node });
        }
        continue;
      }
      const fn = node.field('function');
      if (!fn) continue;
      const { start, end } = node.range();
      const fnEnd = fn.range().end.index;
      const firstString = leadingString(text, fnEnd, end.index, this.language === 'python');
      const call: IndexedCall = {
        callee: compact(text.slice(start.index, fnEnd)),
        line: start.line + 1,
        start: start.index,
        end: end.index,
        column: start.column + 1,
        endLine: end.line + 1,
        endColumn: end.column + 1,
        firstString,
        node,
      };
      if (firstString !== null && firstString.length <= 200) call.firstArg = firstString;
      if (this.isPython) call.dataOp = this.pythonData.classify(node, call.callee, firstString);
      calls.push(call);
    }
    this.indexedCalls = calls;
    return calls;
  }

  /** The calls and data operations between two byte offsets. */
  summarise(start: number, end: number): BodySummary {
    const calls: CallFact[] = [];
    const dataOps: DataOpFact[] = [];
    const all = this.calls;
    for (let i = lowerBound(all, start); i < all.length && all[i]!.start < end; i++) {
      const call = all[i]!;
      if (call.end > end) continue;
      calls.push(call.firstArg === undefined ? { callee: call.callee, line: call.line } : { callee: call.callee, line: call.line, firstArg: call.firstArg });
      const op = call.dataOp !== undefined ? call.dataOp : this.classifyByCallee(call);
      if (op) {
        const { filter, values, ...rest } = op;
        const fact: DataOpFact = { ...rest, location: { path: this.path, startLine: call.line, endLine: call.endLine, startColumn: call.column, endColumn: call.endColumn } };
        if (filter.length > 0) fact.filter = filter;
        if (values.length > 0) fact.values = values;
        dataOps.push(fact);
      }
    }
    return { calls, dataOps };
  }

  private classifyByCallee(call: IndexedCall): DataOpDraft | null {
    const op = classifyDataCall(call.callee) ?? (call.firstString ? classifySql(call.callee, call.firstString) : null);
    return op ? { ...op, callee: call.callee, filter: [], values: [] } : null;
  }

  summariseNode(node: SgNode): BodySummary {
    const range = node.range();
    return this.summarise(range.start.index, range.end.index);
  }

  location(node: SgNode): Location {
    return this.locationOf(node.range());
  }

  locationOf({ start, end }: { start: { line: number; column: number }; end: { line: number; column: number } }): Location {
    return { path: this.path, startLine: start.line + 1, endLine: end.line + 1, startColumn: start.column + 1, endColumn: end.column + 1 };
  }
}

/**
 * The first argument of a call when it is a string literal, read from the source between
 * the end of the callee and the end of the call: `f('x', …)`, `` sql`…` ``, `f(r"x")`.
 */
export function leadingString(text: string, from: number, to: number, python: boolean): string | null {
  let i = from;
  if (text[i] === '`') return templateBody(text, i, to);
  if (text[i] === '<') return null; // generic call f<T>(…): rare for the strings we look at
  if (text[i] === '?' && text[i + 1] === '.') i += 2; // f?.('x')
  while (i < to && /\s/.test(text[i]!)) i++;
  if (text[i] !== '(') return null;
  i++;
  while (i < to && /\s/.test(text[i]!)) i++;
  if (python) while (i < to && /[rRbBuUfF]/.test(text[i]!)) i++;
  const quote = text[i];
  if (quote === '`') return templateBody(text, i, to);
  if (quote !== '"' && quote !== "'") return null;
  const triple = python && text.startsWith(quote.repeat(3), i);
  const delimiter = triple ? quote.repeat(3) : quote;
  const bodyStart = i + delimiter.length;
  for (let j = bodyStart; j < to; j++) {
    if (text[j] === '\\') j++;
    else if (text.startsWith(delimiter, j)) return text.slice(bodyStart, j);
    else if (!triple && text[j] === '\n') return null;
  }
  return null;
}

function templateBody(text: string, at: number, to: number): string | null {
  for (let j = at + 1; j < to; j++) {
    if (text[j] === '\\') j++;
    else if (text[j] === '`') return text.slice(at + 1, j);
  }
  return null;
}

/** A node's kind as a string (the typings allow numeric kinds too). */
export function kindOf(node: SgNode): string {
  return String(node.kind());
}

/** The first real argument of an argument list (`(` and `,` are children too). */
export function firstArgument(args: SgNode | null): SgNode | null {
  if (!args) return null;
  for (const child of args.namedChildren()) if (child.kind() !== 'comment') return child;
  return null;
}

/** The real arguments of an argument list. */
export function argumentsOf(args: SgNode | null): SgNode[] {
  if (!args) return [];
  return args.namedChildren().filter((c) => c.kind() !== 'comment');
}

/** Two node lists in source order merged into one. */
function mergeBySource(a: readonly SgNode[], b: readonly SgNode[]): SgNode[] {
  if (b.length === 0) return [...a];
  return [...a, ...b].sort((x, y) => x.range().start.index - y.range().start.index);
}

function lowerBound(calls: readonly IndexedCall[], offset: number): number {
  let lo = 0;
  let hi = calls.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (calls[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Callee text without whitespace, comments or optional-chaining noise: `prisma ?.user\n .delete` → `prisma.user.delete`. */
export function compact(text: string): string {
  return text.replace(/\s+/g, '').replace(/\?\./g, '.').replace(/!\./g, '.');
}

/** The value of a string literal's source text (quotes and prefixes removed; escapes left as written). */
export function unquote(text: string): string {
  const m = /^[rRbBuUfF]{0,2}('''|"""|'|"|`)([\s\S]*)\1$/.exec(text);
  return m ? m[2]! : text;
}
