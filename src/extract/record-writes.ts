import type { SgNode } from '@ast-grep/napi';
import type { SourceExtractor } from './types.js';
import { argumentsOf, compact, unquote } from './source.js';

/** ORM methods whose argument object holds the new field values. */
const UPDATE_CALLEE = /\.(?:update|updateMany|upsert|findByIdAndUpdate|findOneAndUpdate|updateOne|values|set)$/;
/** Objects whose attributes are not records: assignments to them say nothing about data. */
const NOT_A_RECORD = /^(?:this|self|cls|module|exports|window|document|globalThis|global|process|os|sys|app|config|settings|state|ctx|context|req|res|request|response|options|opts|props)$/;

/**
 * Which fields of a record are written where: the data of ORM updates and plain attribute
 * assignments (`user.email = None`). The privacy rules use it to tell an account deletion
 * that scrubs personal fields from one that only sets a `deactivated` flag.
 */
export const recordWrites: SourceExtractor = {
  id: 'record-writes',
  languages: ['typescript', 'tsx', 'javascript', 'python'],
  // Attribute assignments come from the file's one query, narrowed natively by the left side's kind.
  kinds: [
    { kind: 'assignment_expression', where: { has: { field: 'left', kind: 'member_expression' } } },
    { kind: 'assignment', where: { has: { field: 'left', kind: 'attribute' } } },
  ],
  extract(file, facts) {
    const python = file.isPython;
    const memberKind = python ? 'attribute' : 'member_expression';
    const property = python ? 'attribute' : 'property';
    for (const indexed of file.calls) {
      // Raw SQL: `execute("UPDATE users SET email = :e, full_name = 'Deleted user' WHERE id = :uid", …)`, also through `text(…)`.
      if (indexed.data?.via === 'sql' && indexed.data.op === 'update' && indexed.data.model) {
        const fields = sqlSetFields(indexed.firstString ?? sqlArgument(indexed.node));
        if (fields.length > 0) facts.fieldWrites.push({ target: indexed.data.model, fields, via: 'orm', location: file.location(indexed.node) });
        continue;
      }
      if (!UPDATE_CALLEE.test(indexed.callee)) continue;
      const call = indexed.node;
      const fn = call.field('function');
      if (!fn || fn.kind() !== memberKind) continue;
      const method = fn.field(property)!.text();
      const object = compact(fn.field('object')?.text() ?? '');
      const args = argumentsOf(call.field('arguments'));
      // TypeORM's EntityManager names the entity first: `manager.update(User, criteria, data)`.
      const entity = !python && method === 'update' && args.length >= 3 && args[0]!.kind() === 'identifier' && /^[A-Z]/.test(args[0]!.text()) ? args[0]!.text() : null;
      const fields = python ? keywordNames(args) : entity ? (args[2]?.kind() === 'object' ? keys(args[2]) : []) : objectFields(method, args);
      if (fields.length === 0) continue;
      facts.fieldWrites.push({ target: entity ?? targetOf(object, python), fields, via: 'orm', location: file.location(call) });
    }
    for (const assignment of file.nodes(python ? 'assignment' : 'assignment_expression')) {
      const left = assignment.field('left')!;
      if (left.kind() !== memberKind) continue;
      const object = left.field('object');
      const field = left.field(property)?.text();
      if (!object || !field || object.kind() !== 'identifier' || NOT_A_RECORD.test(object.text())) continue;
      facts.fieldWrites.push({ target: object.text(), fields: [field], via: 'assignment', location: file.location(assignment) });
    }
  },
};

/** Prisma `{ data: {…} }` (upsert: `update`), Mongoose/Sequelize update objects (with `$set`). */
function objectFields(method: string, args: SgNode[]): string[] {
  const objects = args.filter((a) => a.kind() === 'object');
  for (const object of objects) {
    const data = value(object, method === 'upsert' ? 'update' : 'data');
    if (data?.kind() === 'object') return keys(data);
  }
  if (method === 'values') return [];
  // Drizzle: db.update(users).set({ email: null })
  if (method === 'set') return args[0]?.kind() === 'object' ? keys(args[0]) : [];
  // Sequelize Model.update(values, { where }); TypeORM repo.update(criteria, data) and Mongoose Model.update(filter, update)
  // write their second argument; findByIdAndUpdate(id, update) / updateOne(filter, update) their last.
  const second = args[1]?.kind() === 'object' && !value(args[1], 'where') ? args[1] : null;
  const update = method === 'update' ? (second ?? objects[0]) : objects[objects.length - 1];
  if (!update || (method === 'update' && value(update, 'where'))) return [];
  const set = value(update, '$set');
  return keys(set?.kind() === 'object' ? set : update).filter((k) => !k.startsWith('$'));
}

function value(object: SgNode, key: string): SgNode | null {
  for (const pair of object.children()) if (pair.kind() === 'pair' && unquote(pair.field('key')?.text() ?? '') === key) return pair.field('value');
  return null;
}

function keys(object: SgNode): string[] {
  const out: string[] = [];
  for (const child of object.children()) {
    if (child.kind() === 'pair') out.push(unquote(child.field('key')?.text() ?? ''));
    else if (child.kind() === 'shorthand_property_identifier') out.push(child.text());
  }
  return out.filter(Boolean);
}

function keywordNames(args: SgNode[]): string[] {
  return args.filter((a) => a.kind() === 'keyword_argument').map((a) => a.field('name')?.text() ?? '').filter(Boolean);
}

/** `prisma.user.update` → `user`; `User.objects.filter(…).update` → `User`; `update(User).where(…).values` → `User`. */
function targetOf(object: string, python: boolean): string {
  if (python) {
    const django = /(\w+)\.objects\b/.exec(object);
    if (django) return django[1]!;
    const core = /(?:^|\.)update\((\w+)\)/.exec(object);
    if (core) return core[1]!;
    return object.split('(')[0]!;
  }
  const drizzle = /(?:^|\.)update\((\w+)\)$/.exec(object);
  if (drizzle) return drizzle[1]!;
  // TypeORM: `tx.getRepository(User).update(…)`, `dataSource.manager.getRepository(User)`.
  const repository = /(?:^|\.)getRepository\((\w+)\)$/.exec(object);
  if (repository) return repository[1]!;
  const parts = object.split('(')[0]!.split('.');
  return parts[parts.length - 1]!;
}

/** The SQL of a call's first argument when it is `text("…")` / `sql("…")` around a string literal. */
function sqlArgument(call: SgNode): string | null {
  const first = argumentsOf(call.field('arguments'))[0];
  if (!first) return null;
  if (first.kind() === 'string') return unquote(first.text());
  if (first.kind() !== 'call' && first.kind() !== 'call_expression') return null;
  const inner = argumentsOf(first.field('arguments'))[0];
  return inner?.kind() === 'string' ? unquote(inner.text()) : null;
}

/** `UPDATE users SET email = :e, full_name = COALESCE(:n, full_name) WHERE …` → `email`, `full_name`. */
export function sqlSetFields(sql: string | null): string[] {
  const m = sql ? /^\s*update\s+\S+(?:\s+(?:as\s+)?\w+)?\s+set\s+([\s\S]*?)(?:\bwhere\b|\bfrom\b|\breturning\b|$)/i.exec(sql) : null;
  if (!m) return [];
  const fields: string[] = [];
  let depth = 0;
  let start = 0;
  const clause = m[1]!;
  for (let i = 0; i <= clause.length; i++) {
    const ch = clause[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if ((ch === ',' && depth === 0) || i === clause.length) {
      const field = /^\s*(?:\w+\.)?["`]?(\w+)["`]?\s*=/.exec(clause.slice(start, i))?.[1];
      if (field) fields.push(field);
      start = i + 1;
    }
  }
  return fields;
}
