import type { SgNode } from '@ast-grep/napi';
import type { CallFact } from '../../core/facts.js';
import { argumentsOf, compact, unquote } from '../source.js';

/** Keywords whose string value says which role, permission or scope a guard demands. */
const GUARD_KEYWORDS = /^(?:roles?|perms?|permissions?|scopes?|groups?|required_\w+|allowed_\w+)$/;

/** The expressions of a decorated definition's decorators, top to bottom (`@` removed). */
export function decorators(decorated: SgNode | null): SgNode[] {
  if (decorated?.kind() !== 'decorated_definition') return [];
  return decorated.children().flatMap((c) => (c.kind() === 'decorator' ? c.namedChildren().filter((n) => n.kind() !== 'comment') : []));
}

/** The decorated_definition around a function or class, or null. */
export function decoratedOf(definition: SgNode): SgNode | null {
  const parent = definition.parent();
  return parent?.kind() === 'decorated_definition' ? parent : null;
}

/** The callee text of a decorator or guard expression: `login_required`, `roles_required` for `roles_required('admin')`. */
export function calleeOf(node: SgNode): string {
  return compact(node.kind() === 'call' ? (node.field('function')?.text() ?? '') : node.text());
}

/**
 * A decorator, dependency or permission class as a guard: its name, and the role, permission
 * or scope it demands when written as a string (`roles_required('admin')`,
 * `RoleChecker(["admin"])`, `login_required(role="admin")`).
 */
export function guardOf(node: SgNode): CallFact | null {
  const kind = node.kind();
  if (kind !== 'identifier' && kind !== 'attribute' && kind !== 'call') return null;
  const fact: CallFact = { callee: calleeOf(node), line: node.range().start.line + 1 };
  if (kind === 'call') {
    const demanded = demandedString(node);
    if (demanded !== null) fact.firstArg = demanded;
  }
  return fact;
}

/** The first string a guard call demands: a positional string or list of strings, else a role/permission/scope keyword. */
export function demandedString(call: SgNode): string | null {
  const args = argumentsOf(call.field('arguments'));
  for (const arg of args) {
    if (arg.kind() === 'keyword_argument') continue;
    const found = firstString(arg);
    if (found !== null) return found;
  }
  for (const arg of args) {
    if (arg.kind() !== 'keyword_argument' || !GUARD_KEYWORDS.test(arg.field('name')?.text() ?? '')) continue;
    const found = firstString(arg.field('value'));
    if (found !== null) return found;
  }
  return null;
}

function firstString(node: SgNode | null): string | null {
  if (!node) return null;
  if (node.kind() === 'string') return unquote(node.text());
  if (node.kind() === 'list' || node.kind() === 'tuple' || node.kind() === 'set') {
    const first = node.namedChildren()[0];
    return first?.kind() === 'string' ? unquote(first.text()) : null;
  }
  return null;
}

/** The value of `keyword=` in an argument list, or null. */
export function keyword(args: readonly SgNode[], name: string): SgNode | null {
  for (const arg of args) if (arg.kind() === 'keyword_argument' && arg.field('name')?.text() === name) return arg.field('value');
  return null;
}

export function keywordString(args: readonly SgNode[], name: string): string | null {
  const value = keyword(args, name);
  return value?.kind() === 'string' ? unquote(value.text()) : null;
}

/** The strings of a list or tuple literal (`['GET', 'POST']`), or null when it is not one. */
export function stringList(node: SgNode | null): string[] | null {
  if (!node) return null;
  if (node.kind() === 'string') return [unquote(node.text())];
  if (node.kind() !== 'list' && node.kind() !== 'tuple' && node.kind() !== 'set') return null;
  return node
    .namedChildren()
    .filter((c) => c.kind() === 'string')
    .map((c) => unquote(c.text()));
}

/** The elements of a list or tuple literal, flattening `A & B` / `A | B` permission compositions. */
export function listElements(node: SgNode | null): SgNode[] {
  if (!node) return [];
  const kind = node.kind();
  if (kind === 'list' || kind === 'tuple' || kind === 'set') return node.namedChildren().flatMap((c) => listElements(c));
  if (kind === 'binary_operator' || kind === 'boolean_operator') return node.namedChildren().flatMap((c) => listElements(c));
  if (kind === 'parenthesized_expression') return node.namedChildren().flatMap((c) => listElements(c));
  if (kind === 'comment') return [];
  return [node];
}

/** A class's base classes as written (`viewsets.ModelViewSet`) and its keyword arguments (`table=True`). */
export function classBases(cls: SgNode): { bases: SgNode[]; keywords: SgNode[] } {
  const args = argumentsOf(cls.field('superclasses'));
  return { bases: args.filter((a) => a.kind() !== 'keyword_argument'), keywords: args.filter((a) => a.kind() === 'keyword_argument') };
}

/** The last segment of a dotted name: `ModelViewSet` for `viewsets.ModelViewSet`. */
export function lastName(text: string): string {
  return text.slice(text.lastIndexOf('.') + 1);
}

/** A class body's direct `name = value` assignments and method definitions (with their decorated wrappers). */
export function classMembers(cls: SgNode): { assignments: Map<string, SgNode>; methods: Map<string, SgNode> } {
  const assignments = new Map<string, SgNode>();
  const methods = new Map<string, SgNode>();
  for (const statement of cls.field('body')?.namedChildren() ?? []) {
    if (statement.kind() === 'expression_statement') {
      const assignment = statement.namedChildren().find((c) => c.kind() === 'assignment');
      const left = assignment?.field('left');
      const right = assignment?.field('right');
      if (left?.kind() === 'identifier' && right) assignments.set(left.text(), right);
    }
    const fn = statement.kind() === 'decorated_definition' ? statement.field('definition') : statement;
    if (fn?.kind() === 'function_definition') {
      const name = fn.field('name')?.text();
      if (name) methods.set(name, fn);
    }
  }
  return { assignments, methods };
}

/** Top-level class definitions of a module by name (decorated ones included). */
export function moduleClasses(root: SgNode): Map<string, SgNode> {
  const classes = new Map<string, SgNode>();
  for (const statement of root.namedChildren()) {
    const cls = statement.kind() === 'decorated_definition' ? statement.field('definition') : statement;
    if (cls?.kind() === 'class_definition') {
      const name = cls.field('name')?.text();
      if (name) classes.set(name, cls);
    }
  }
  return classes;
}

/** `{ params }` when there are any: route facts leave the field out otherwise. */
export function paramsField(params: readonly string[]): { params?: string[] } {
  return params.length > 0 ? { params: [...params] } : {};
}

/** The definition node to locate and summarise a function or class by: its decorated wrapper when there is one. */
export function located(definition: SgNode): SgNode {
  return decoratedOf(definition) ?? definition;
}
