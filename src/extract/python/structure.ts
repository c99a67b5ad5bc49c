import type { FileFacts } from '../../core/facts.js';
import type { SourceExtractor } from '../types.js';
import { type SourceFile, unquote } from '../source.js';

/** Python structure: functions and methods with body summaries, imports, environment reads. */
export const pythonStructure: SourceExtractor = {
  id: 'python-structure',
  languages: ['python'],
  kinds: ['function_definition', 'import_from_statement', 'import_statement'],
  extract(file, facts) {
    for (const fn of file.nodes('function_definition')) {
      const name = fn.field('name')?.text();
      if (!name) continue;
      const owner = fn.parent()?.kind() === 'block' ? fn.parent()?.parent() : fn.parent()?.parent()?.parent();
      const className = owner?.kind() === 'class_definition' ? owner.field('name')?.text() : undefined;
      const located = fn.parent()?.kind() === 'decorated_definition' ? fn.parent()! : fn;
      facts.functions.push({
        name,
        qualifiedName: className ? `${className}.${name}` : name,
        exported: !name.startsWith('_'),
        location: file.location(located),
        ...file.summariseNode(fn),
      });
    }
    collectImports(file, facts);
    collectEnvReads(file, facts);
  },
};

function collectImports(file: SourceFile, facts: FileFacts): void {
  for (const stmt of file.nodes('import_from_statement')) {
    const source = stmt.field('module_name')?.text() ?? '';
    for (const name of stmt.children()) {
      if (name === stmt.field('module_name')) continue;
      if (name.kind() === 'dotted_name') facts.imports.push({ local: name.text(), imported: name.text(), source });
      if (name.kind() === 'aliased_import') {
        const imported = name.field('name')?.text() ?? '';
        facts.imports.push({ local: name.field('alias')?.text() ?? imported, imported, source });
      }
    }
  }
  for (const stmt of file.nodes('import_statement')) {
    for (const name of stmt.children()) {
      if (name.kind() === 'dotted_name') facts.imports.push({ local: name.text(), imported: '*', source: name.text() });
      if (name.kind() === 'aliased_import') {
        const source = name.field('name')?.text() ?? '';
        facts.imports.push({ local: name.field('alias')?.text() ?? source, imported: '*', source });
      }
    }
  }
}

const ENV_CALLS = /^(?:os\.environ\.get|os\.getenv|environ\.get|env|env\.str|env\.bool|env\.int|config)$/;

function collectEnvReads(file: SourceFile, facts: FileFacts): void {
  if (!/environ|getenv|env\(/.test(file.text)) return;
  for (const call of file.calls) {
    if (call.firstString && ENV_CALLS.test(call.callee) && /^[A-Z_][A-Z0-9_]*$/.test(call.firstString)) {
      facts.envReads.push({ name: call.firstString, location: { path: file.path, startLine: call.line, endLine: call.endLine, startColumn: call.column, endColumn: call.endColumn } });
    }
  }
  if (!file.text.includes('environ[')) return;
  for (const node of file.root.findAll({ rule: { kind: 'subscript', has: { field: 'value', regex: '^(os\\.)?environ$' } } })) {
    const key = node.field('subscript');
    if (key && key.kind() === 'string') facts.envReads.push({ name: unquote(key.text()), location: file.location(node) });
  }
}
