import type { SgNode } from '@ast-grep/napi';
import type { BodySummary, CallFact, DataOpFact } from '../core/facts.js';
import type { Language, Location } from '../core/model.js';
import { classifyDataNode, classifySql, sqlParameters, type ClassifiedNode } from './data.js';

/** A call with its byte range, so bodies can be summarised by range without re-walking the tree. */
export interface IndexedCall extends CallFact {
  start: number;
  end: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The text of the first argument when it is a string (SQL, paths), unquoted. */
  firstString: string | null;
  /** The database operation the call performs, classified once when the file's calls are indexed. */
  data: ClassifiedNode | null;
}

const CALL_KINDS: Record<Language, string> = {
  typescript: 'call_expression',
  tsx: 'call_expression',
  javascript: 'call_expression',
  python: 'call',
};

const STRING_KINDS = new Set(['string', 'template_string']);
/** Keys of an object argument whose literal value is the point of the call: `new TRPCError({ code: 'FORBIDDEN' })`. */
const CODE_KEYS = /^(?:code|status|statusCode|status_code)$/;
const LITERAL_IDENTIFIERS = new Set(['undefined', 'null', 'true', 'false', 'None', 'True', 'False', 'this', 'self']);
const FUNCTION_SCOPES = new Set(['function_declaration', 'function_expression', 'arrow_function', 'method_definition', 'generator_function_declaration', 'function_definition', 'function']);
const MAX_LEAVES = 32;

/** A local variable's value: a node, or the source a destructured name was read from (`req.params.id`). */
interface LocalValue {
  name: string;
  /** Byte offset of the declaration, and the range of the function it is local to. */
  at: number;
  scopeStart: number;
  scopeEnd: number;
  node: SgNode | null;
  text: string | null;
}

/**
 * One parsed source file and what every extractor needs from it. The tree is walked for
 * calls once; function bodies, route handlers and module code are then summarised by
 * byte range.
 */
export class SourceFile {
  private indexedCalls: IndexedCall[] | null = null;
  private locals: Map<string, LocalValue[]> | null = null;

  constructor(
    readonly path: string,
    readonly language: Language,
    readonly text: string,
    readonly root: SgNode,
  ) {}

  get isPython(): boolean {
    return this.language === 'python';
  }

  /** Every call in the file, in source order. */
  get calls(): IndexedCall[] {
    if (this.indexedCalls) return this.indexedCalls;
    const kind = CALL_KINDS[this.language];
    const calls: IndexedCall[] = [];
    const rule = this.isPython ? { kind } : { any: [{ kind }, { kind: 'new_expression' }] };
    for (const node of this.root.findAll({ rule })) {
      const isNew = node.kind() === 'new_expression';
      const fn = isNew ? node.field('constructor') : node.field('function');
      if (!fn) continue;
      const range = node.range();
      const args = node.field('arguments');
      // A tagged template (sql`DELETE FROM …`) has the template itself as its arguments.
      const first = args && args.kind() === 'template_string' ? args : firstArgument(args);
      const firstString = first && STRING_KINDS.has(kindOf(first)) ? unquote(first.text()) : null;
      const callee = compact(fn.text());
      const call: IndexedCall = {
        callee,
        line: range.start.line + 1,
        start: range.start.index,
        end: range.end.index,
        column: range.start.column + 1,
        endLine: range.end.line + 1,
        endColumn: range.end.column + 1,
        firstString,
        data: isNew ? null : this.classify(node, callee, firstString),
      };
      const firstArg = firstString ?? (first ? literalOf(first) : null);
      if (firstArg !== null && firstArg.length <= 200) call.firstArg = firstArg;
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
      const op = call.data;
      if (op) {
        const fact: DataOpFact = {
          op: op.op,
          model: op.model,
          via: op.via,
          callee: call.callee,
          location: { path: this.path, startLine: call.line, endLine: call.endLine, startColumn: call.column, endColumn: call.endColumn },
        };
        if (op.filter.length > 0) fact.filter = op.filter;
        if (op.values.length > 0) fact.values = op.values;
        dataOps.push(fact);
      }
    }
    return { calls, dataOps };
  }

  private classify(node: SgNode, callee: string, firstString: string | null): ClassifiedNode | null {
    const leaves = (n: SgNode | null | undefined, out: string[]) => this.collectLeaves(n, out, 0);
    const found = classifyDataNode(node, callee, this.language, leaves);
    if (found) return found;
    const sql = firstString ? classifySql(callee, firstString) : null;
    if (!sql) return null;
    const params = sqlParameters(node, leaves);
    return sql.op === 'create' ? { ...sql, filter: [], values: params } : { ...sql, filter: params, values: [] };
  }

  /**
   * The value texts under a node: identifiers, member paths and short accessor calls
   * (`c.req.param('id')`), with locals followed one or two steps to where they were read
   * (`const { projectId } = req.params` → `projectId`, `req.params.projectId`).
   */
  collectLeaves(node: SgNode | null | undefined, out: string[], depth: number): void {
    if (!node || out.length >= MAX_LEAVES) return;
    const kind = kindOf(node);
    switch (kind) {
      case 'identifier':
      case 'shorthand_property_identifier': {
        const name = node.text();
        if (LITERAL_IDENTIFIERS.has(name)) return;
        push(out, name);
        if (depth < 2) for (const local of this.localsAt(name, node.range().start.index)) {
          if (local.text) push(out, local.text);
          else this.collectLeaves(local.node, out, depth + 1);
        }
        return;
      }
      case 'member_expression':
      case 'subscript_expression':
      case 'attribute':
      case 'subscript':
        push(out, compact(node.text()));
        return;
      case 'call_expression':
      case 'call': {
        const text = compact(node.text());
        if (text.length <= 80) push(out, text);
        const fn = node.field('function');
        if (fn && (fn.kind() === 'member_expression' || fn.kind() === 'attribute')) this.collectLeaves(fn.field('object'), out, depth);
        for (const arg of argumentsOf(node.field('arguments'))) this.collectLeaves(arg, out, depth);
        return;
      }
      case 'pair':
      case 'keyword_argument':
        this.collectLeaves(node.field('value'), out, depth);
        return;
      case 'string':
      case 'number':
      case 'comment':
      case 'property_identifier':
      case 'regex':
        return;
      default:
        for (const child of node.children()) if (child.isNamed()) this.collectLeaves(child, out, depth);
    }
  }

  /** Local variables named `name` visible at `offset`, latest first. */
  private localsAt(name: string, offset: number): LocalValue[] {
    this.locals ??= this.collectLocals();
    const list = this.locals.get(name);
    if (!list) return [];
    const visible = list.filter((l) => l.at < offset && l.scopeStart <= offset && offset <= l.scopeEnd);
    return visible.length > 0 ? [visible[visible.length - 1]!] : [];
  }

  private collectLocals(): Map<string, LocalValue[]> {
    const map = new Map<string, LocalValue[]>();
    const add = (name: string, at: SgNode, node: SgNode | null, text: string | null) => {
      const scope = enclosingScope(at);
      const range = scope?.range() ?? this.root.range();
      const list = map.get(name) ?? [];
      list.push({ name, at: at.range().start.index, scopeStart: range.start.index, scopeEnd: range.end.index, node, text });
      map.set(name, list);
    };
    const rule = this.isPython
      ? { kind: 'assignment', has: { field: 'left', kind: 'identifier' } }
      : { kind: 'variable_declarator', has: { field: 'value', any: [{ kind: 'member_expression' }, { kind: 'call_expression' }, { kind: 'await_expression' }, { kind: 'object' }, { kind: 'identifier' }, { kind: 'subscript_expression' }, { kind: 'as_expression' }, { kind: 'new_expression' }] } };
    for (const decl of this.root.findAll({ rule })) {
      const target = decl.field('name') ?? decl.field('left');
      const value = decl.field('value') ?? decl.field('right');
      if (!target || !value) continue;
      if (target.kind() === 'identifier') add(target.text(), decl, value, null);
      else if (target.kind() === 'object_pattern') {
        // const { projectId, userId: member } = req.params
        const source = compact(stripAwait(value).text());
        const simpleSource = source.length <= 60 && !source.includes('(');
        for (const child of target.children()) {
          if (child.kind() === 'shorthand_property_identifier_pattern') add(child.text(), decl, simpleSource ? null : value, simpleSource ? `${source}.${child.text()}` : null);
          else if (child.kind() === 'pair_pattern') {
            const key = child.field('key')?.text();
            const local = child.field('value');
            if (key && local?.kind() === 'identifier') add(local.text(), decl, simpleSource ? null : value, simpleSource ? `${source}.${key}` : null);
          } else if (child.kind() === 'object_assignment_pattern') {
            const local = child.field('left');
            if (local?.kind() === 'shorthand_property_identifier_pattern') add(local.text(), decl, simpleSource ? null : value, simpleSource ? `${source}.${local.text()}` : null);
          }
        }
      }
    }
    return map;
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
  for (const child of args.children()) if (child.isNamed() && child.kind() !== 'comment') return child;
  return null;
}

/** The real arguments of an argument list. */
export function argumentsOf(args: SgNode | null): SgNode[] {
  if (!args) return [];
  return args.children().filter((c) => c.isNamed() && c.kind() !== 'comment');
}

function push(out: string[], text: string): void {
  if (out.length < MAX_LEAVES && !out.includes(text)) out.push(text);
}

function stripAwait(node: SgNode): SgNode {
  return node.kind() === 'await_expression' ? (node.children().find((c) => c.isNamed()) ?? node) : node;
}

function enclosingScope(node: SgNode): SgNode | null {
  for (let p = node.parent(); p; p = p.parent()) if (FUNCTION_SCOPES.has(kindOf(p))) return p;
  return null;
}

/** A number literal, or the literal `code`/`status` of an object argument (`{ code: 'FORBIDDEN' }`). */
function literalOf(node: SgNode): string | null {
  const kind = kindOf(node);
  if (kind === 'number' || kind === 'integer') return node.text();
  if (kind === 'object' || kind === 'dictionary') {
    for (const pair of node.children()) {
      if (pair.kind() !== 'pair') continue;
      const key = unquote(pair.field('key')?.text() ?? '');
      const value = pair.field('value');
      if (CODE_KEYS.test(key) && value && (value.kind() === 'string' || value.kind() === 'number' || value.kind() === 'integer')) return unquote(value.text());
    }
  }
  if (kind === 'keyword_argument' && CODE_KEYS.test(node.field('name')?.text() ?? '')) {
    const value = node.field('value');
    if (value && (value.kind() === 'integer' || value.kind() === 'string')) return unquote(value.text());
  }
  return null;
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
