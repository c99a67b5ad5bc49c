import type { SgNode } from '@ast-grep/napi';
import type { FileFacts } from '../../core/facts.js';
import type { SourceExtractor } from '../types.js';
import { moduleBody } from '../module-body.js';
import { kindOf, type SourceFile, unquote } from '../source.js';

const FUNCTION_VALUES = new Set(['arrow_function', 'function_expression', 'function']);

/**
 * JavaScript/TypeScript structure: named functions and methods with their body summaries,
 * imports and environment reads. Framework extractors build routes on top of these facts.
 */
export const jsStructure: SourceExtractor = {
  id: 'js-structure',
  languages: ['typescript', 'tsx', 'javascript'],
  extract(file, facts) {
    facts.moduleBody = moduleBody(file, collectFunctions(file, facts));
    collectImports(file, facts);
    collectEnvReads(file, facts);
  },
};

/** Collects named functions; returns the byte ranges of their bodies. */
function collectFunctions(file: SourceFile, facts: FileFacts): [number, number][] {
  const ranges: [number, number][] = [];
  const nodes = file.root.findAll({
    rule: {
      any: [
        { kind: 'function_declaration' },
        { kind: 'generator_function_declaration' },
        { kind: 'method_definition' },
        { kind: 'variable_declarator', has: { field: 'value', any: [{ kind: 'arrow_function' }, { kind: 'function_expression' }, { kind: 'call_expression' }] } },
      ],
    },
  });
  for (const node of nodes) {
    const nameNode = node.field('name');
    if (!nameNode) continue;
    let body: SgNode | null = node;
    if (node.kind() === 'variable_declarator') {
      const value = node.field('value');
      // `const handler = wrap(async (req) => …)`: the function is the last argument of the wrapper.
      body = value && FUNCTION_VALUES.has(kindOf(value)) ? value : value?.kind() === 'call_expression' ? lastFunctionArgument(value) : null;
      if (!body) continue;
    }
    const name = nameNode.text();
    let qualifiedName = name;
    if (node.kind() === 'method_definition') {
      const cls = node.parent()?.parent();
      const className = cls?.field('name')?.text();
      if (className) qualifiedName = `${className}.${name}`;
    }
    facts.functions.push({
      name,
      qualifiedName,
      exported: isExported(node),
      location: file.location(node),
      ...file.summariseNode(body),
    });
    const range = body.range();
    ranges.push([range.start.index, range.end.index]);
  }
  return ranges;
}

function lastFunctionArgument(call: SgNode): SgNode | null {
  const args = call.field('arguments')?.children() ?? [];
  for (let i = args.length - 1; i >= 0; i--) if (FUNCTION_VALUES.has(kindOf(args[i]!))) return args[i]!;
  return null;
}

function isExported(node: SgNode): boolean {
  for (let p = node.parent(); p; p = p.parent()) {
    const kind = p.kind();
    if (kind === 'export_statement') return true;
    if (kind === 'program' || kind === 'statement_block' || kind === 'class_body') return kind === 'class_body' ? isExported(p) : false;
  }
  return false;
}

function collectImports(file: SourceFile, facts: FileFacts): void {
  for (const stmt of file.root.findAll({ rule: { kind: 'import_statement' } })) {
    const sourceNode = stmt.field('source');
    if (!sourceNode) continue;
    const source = unquote(sourceNode.text());
    for (const spec of stmt.findAll({ rule: { kind: 'import_specifier' } })) {
      const imported = spec.field('name')?.text() ?? spec.text();
      facts.imports.push({ local: spec.field('alias')?.text() ?? imported, imported, source });
    }
    const clause = stmt.find({ rule: { kind: 'import_clause' } });
    const def = clause?.children().find((c) => c.kind() === 'identifier');
    if (def) facts.imports.push({ local: def.text(), imported: 'default', source });
    const ns = stmt.find({ rule: { kind: 'namespace_import' } });
    const nsName = ns?.children().find((c) => c.kind() === 'identifier');
    if (nsName) facts.imports.push({ local: nsName.text(), imported: '*', source });
  }
  // CommonJS: const x = require('y') / const { a, b } = require('y')
  for (const call of file.calls) {
    if (call.callee !== 'require' || call.firstString === null) continue;
    facts.imports.push({ local: '*', imported: '*', source: call.firstString });
  }
}

const ENV_MEMBER = /^(?:process\.env|import\.meta\.env|Deno\.env)$/;

function collectEnvReads(file: SourceFile, facts: FileFacts): void {
  if (!file.text.includes('env')) return;
  for (const node of file.root.findAll({ rule: { any: [{ kind: 'member_expression' }, { kind: 'subscript_expression' }] } })) {
    const object = node.field('object');
    if (!object || !ENV_MEMBER.test(object.text())) continue;
    let name: string | null = null;
    if (node.kind() === 'member_expression') name = node.field('property')?.text() ?? null;
    else {
      const index = node.field('index');
      if (index && index.kind() === 'string') name = unquote(index.text());
    }
    if (name && /^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
      const key = boundName(node);
      facts.envReads.push(key ? { name, location: file.location(node), key } : { name, location: file.location(node) });
    }
  }
  // Deno.env.get('X')
  for (const call of file.calls) {
    if (call.callee === 'Deno.env.get' && call.firstString) {
      facts.envReads.push({ name: call.firstString, location: { path: file.path, startLine: call.line, endLine: call.endLine, startColumn: call.column, endColumn: call.endColumn } });
    }
  }
}

/** The name an env read is bound to: `sentryDsn` in `{ sentryDsn: process.env.X ?? '' }`, `dsn` in `const dsn = process.env.X`. */
function boundName(node: SgNode): string | null {
  let value = node;
  let parent = node.parent();
  // Look through `?? ''`, `|| 'x'`, `String(…)`, `(…)`.
  for (let i = 0; i < 3 && parent && /^(?:binary_expression|parenthesized_expression|arguments|call_expression|as_expression|non_null_expression)$/.test(kindOf(parent)); i++) {
    value = parent;
    parent = parent.parent();
  }
  if (!parent) return null;
  if (parent.kind() === 'pair' && parent.field('value')?.range().start.index === value.range().start.index) return unquote(parent.field('key')?.text() ?? '') || null;
  if (parent.kind() === 'variable_declarator' && parent.field('name')?.kind() === 'identifier') return parent.field('name')!.text();
  return null;
}
