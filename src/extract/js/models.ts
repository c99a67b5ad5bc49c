import type { SgNode } from '@ast-grep/napi';
import type { SourceExtractor } from '../types.js';
import { argumentsOf, compact, kindOf, unquote } from '../source.js';

/** Drizzle's table builders (`pgTable`, `mysqlTable`, `sqliteTable`, a schema's `.table`). */
const TABLE_BUILDER = /^(?:pgTable|mysqlTable|sqliteTable|singlestoreTable|[\w$]+\.table)$/;

/**
 * Data models declared in JavaScript/TypeScript code: Drizzle tables
 * (`export const invitations = pgTable('invitations', { expiresAt: timestamp('expires_at') })`),
 * named by the variable code uses (`db.delete(invitations)`), with the table's name and its
 * columns' property names. Prisma schemas are read by their own extractor.
 */
export const jsModels: SourceExtractor = {
  id: 'js-models',
  languages: ['typescript', 'tsx', 'javascript'],
  // Its own query runs only in the files the text test below selects.
  kinds: [],
  applies: (text) => text.includes('drizzle-orm') && /(?:Table|\.table)\s*\(/.test(text),
  extract(file, facts) {
    if (!facts.imports.some((i) => /^drizzle-orm(?:\/|$)/.test(i.source))) return;
    for (const declarator of file.root.findAll({ rule: { kind: 'variable_declarator', has: { field: 'value', kind: 'call_expression' } } })) {
      const name = declarator.field('name');
      const call = declarator.field('value')!;
      if (name?.kind() !== 'identifier' || !TABLE_BUILDER.test(compact(call.field('function')?.text() ?? ''))) continue;
      const [table, columns] = argumentsOf(call.field('arguments'));
      if (table?.kind() !== 'string') continue;
      const statement = declarator.parent()?.parent()?.kind() === 'export_statement' ? declarator.parent()!.parent()! : (declarator.parent() ?? declarator);
      facts.models.push({ name: name.text(), fields: columnNames(columns), orm: 'drizzle', location: file.location(statement), table: unquote(table.text()) });
    }
  },
};

/** The property names of the columns object, also when a callback returns it (`(t) => ({ … })`). */
function columnNames(node: SgNode | undefined): string[] {
  let object: SgNode | null | undefined = node;
  if (object && (kindOf(object) === 'arrow_function' || kindOf(object) === 'function_expression')) object = object.field('body');
  while (object && object.kind() === 'parenthesized_expression') object = object.namedChildren()[0];
  if (!object || object.kind() !== 'object') return [];
  const out: string[] = [];
  for (const child of object.namedChildren()) {
    if (child.kind() !== 'pair' && child.kind() !== 'shorthand_property_identifier') continue;
    const key = child.kind() === 'pair' ? child.field('key') : child;
    if (key) out.push(unquote(key.text()));
  }
  return out;
}
