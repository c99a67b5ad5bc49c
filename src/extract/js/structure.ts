import type { SgNode } from '@ast-grep/napi';
import type { FileFacts } from '../../core/facts.js';
import type { SourceExtractor } from '../types.js';
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
    collectFunctions(file, facts);
    collectImports(file, facts);
    collectEnvReads(file, facts);
  },
};

function collectFunctions(file: SourceFile, facts: FileFacts): void {
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
  }
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
  // CommonJS: const x = require('y') / const { a, b: c } = require('y')
  for (const call of file.calls) {
    if (call.callee !== 'require' || call.firstString === null) continue;
    facts.imports.push({ local: '*', imported: '*', source: call.firstString });
  }
  if (!file.text.includes('require(')) return;
  for (const decl of file.root.findAll({ rule: { kind: 'variable_declarator', has: { field: 'value', kind: 'call_expression', has: { field: 'function', regex: '^require$' } } } })) {
    const first = decl.field('value')?.field('arguments')?.children().find((c) => c.isNamed());
    const name = decl.field('name');
    if (!first || first.kind() !== 'string' || !name) continue;
    const source = unquote(first.text());
    if (name.kind() === 'identifier') facts.imports.push({ local: name.text(), imported: 'default', source });
    else if (name.kind() === 'object_pattern') {
      for (const p of name.children()) {
        if (p.kind() === 'shorthand_property_identifier_pattern') facts.imports.push({ local: p.text(), imported: p.text(), source });
        else if (p.kind() === 'pair_pattern') facts.imports.push({ local: p.field('value')?.text() ?? '', imported: p.field('key')?.text() ?? '', source });
      }
    }
  }
}

const ENV_MEMBER = /^(?:process\.env|import\.meta\.env|Deno\.env)$/;

function collectEnvReads(file: SourceFile, facts: FileFacts): void {
  if (!file.text.includes('env')) return;
  // The object is matched natively: walking every member expression in JavaScript costs more than the parse.
  const envObject = { field: 'object', regex: '^(?:process\\.env|import\\.meta\\.env|Deno\\.env)$' };
  for (const node of file.root.findAll({ rule: { any: [{ kind: 'member_expression', has: envObject }, { kind: 'subscript_expression', has: envObject }] } })) {
    const object = node.field('object');
    if (!object || !ENV_MEMBER.test(object.text())) continue;
    let name: string | null = null;
    if (node.kind() === 'member_expression') name = node.field('property')?.text() ?? null;
    else {
      const index = node.field('index');
      if (index && index.kind() === 'string') name = unquote(index.text());
    }
    if (name && /^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) facts.envReads.push({ name, location: file.location(node) });
  }
  // Deno.env.get('X')
  for (const call of file.calls) {
    if (call.callee === 'Deno.env.get' && call.firstString) {
      facts.envReads.push({ name: call.firstString, location: { path: file.path, startLine: call.line, endLine: call.endLine, startColumn: call.column, endColumn: call.endColumn } });
    }
  }
}
