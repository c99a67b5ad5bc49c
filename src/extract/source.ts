import type { SgNode } from '@ast-grep/napi';
import type { BodySummary, CallFact, DataOpFact } from '../core/facts.js';
import type { Language, Location } from '../core/model.js';
import { classifyDataCall, classifySql } from './data.js';
import { type DataOpDraft, PythonDataAnalysis } from './python/orm.js';

/** A call with its byte range, so bodies can be summarised by range without re-walking the tree. */
export interface IndexedCall extends CallFact {
  start: number;
  end: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The text of the first argument when it is a string (SQL, paths), unquoted. */
  firstString: string | null;
  /** Python: the data operation, classified from the call's tree when it was indexed. */
  dataOp?: DataOpDraft | null;
}

const CALL_KINDS: Record<Language, string> = {
  typescript: 'call_expression',
  tsx: 'call_expression',
  javascript: 'call_expression',
  python: 'call',
};

const STRING_KINDS = new Set(['string', 'template_string']);

/**
 * One parsed source file and what every extractor needs from it. The tree is walked for
 * calls once; function bodies, route handlers and module code are then summarised by
 * byte range.
 */
export class SourceFile {
  private indexedCalls: IndexedCall[] | null = null;
  private pythonAnalysis: PythonDataAnalysis | null = null;

  constructor(
    readonly path: string,
    readonly language: Language,
    readonly text: string,
    readonly root: SgNode,
  ) {}

  get isPython(): boolean {
    return this.language === 'python';
  }

  /** Python data-operation analysis (scopes, assignments, view classes), shared by the file's extractors. */
  get pythonData(): PythonDataAnalysis {
    this.pythonAnalysis ??= new PythonDataAnalysis(this.text, this.root);
    return this.pythonAnalysis;
  }

  /** Every call in the file, in source order. */
  get calls(): IndexedCall[] {
    if (this.indexedCalls) return this.indexedCalls;
    const kind = CALL_KINDS[this.language];
    const calls: IndexedCall[] = [];
    // `raise PermissionDenied` instantiates the exception class: a call in all but syntax.
    const rule = this.isPython ? { any: [{ kind }, { kind: 'raise_statement' }] } : { kind };
    for (const node of this.root.findAll({ rule })) {
      if (node.kind() === 'raise_statement') {
        const raised = node.namedChildren()[0];
        if (raised && (raised.kind() === 'identifier' || raised.kind() === 'attribute')) calls.push(this.indexed(node, compact(raised.text()), null));
        continue;
      }
      const fn = node.field('function');
      if (!fn) continue;
      const args = node.field('arguments');
      // A tagged template (sql`DELETE FROM …`) has the template itself as its arguments.
      const first = args && args.kind() === 'template_string' ? args : firstArgument(args);
      const firstString = first && STRING_KINDS.has(kindOf(first)) ? unquote(first.text()) : null;
      const call = this.indexed(node, compact(fn.text()), firstString);
      if (this.isPython) call.dataOp = this.pythonData.classify(node, call.callee, firstString);
      calls.push(call);
    }
    this.indexedCalls = calls;
    return calls;
  }

  private indexed(node: SgNode, callee: string, firstString: string | null): IndexedCall {
    const range = node.range();
    const call: IndexedCall = {
      callee,
      line: range.start.line + 1,
      start: range.start.index,
      end: range.end.index,
      column: range.start.column + 1,
      endLine: range.end.line + 1,
      endColumn: range.end.column + 1,
      firstString,
    };
    if (firstString !== null && firstString.length <= 200) call.firstArg = firstString;
    return call;
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
    const { start, end } = node.range();
    return { path: this.path, startLine: start.line + 1, endLine: end.line + 1, startColumn: start.column + 1, endColumn: end.column + 1 };
  }
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
