import type { SgNode } from '@ast-grep/napi';
import type { FileFacts } from '../../core/facts.js';
import type { SourceExtractor } from '../types.js';
import { collectSettingReads, type SettingSyntax } from '../setting-reads.js';
import { kindOf, type SourceFile, unquote } from '../source.js';

const FUNCTION_VALUES = new Set(['arrow_function', 'function_expression', 'function']);
const DECLARATIONS = ['function_declaration', 'generator_function_declaration', 'method_definition', 'variable_declarator'];
/** Declarators whose value can be a function: `const f = () => …`, `const f = wrap(async () => …)`. */
const FUNCTION_DECLARATOR = {
  kind: 'variable_declarator',
  where: { has: { field: 'value', any: [{ kind: 'arrow_function' }, { kind: 'function_expression' }, { kind: 'call_expression' }] } },
};

/**
 * JavaScript/TypeScript structure: named functions and methods with their body summaries,
 * imports and environment reads. Framework extractors build routes on top of these facts.
 */
export const jsStructure: SourceExtractor = {
  id: 'js-structure',
  languages: ['typescript', 'tsx', 'javascript'],
  kinds: ['function_declaration', 'generator_function_declaration', 'method_definition', FUNCTION_DECLARATOR, 'export_statement', 'class_declaration', 'import_statement', 'import_specifier', 'import_clause', 'namespace_import'],
  extract(file, facts) {
    // Imports first: summarising functions reads which names they bind (a repository imported from another module).
    collectImports(file, facts);
    collectFunctions(file, facts);
    collectCommonJsExports(file, facts);
    collectEnvReads(file, facts);
    collectDispatchTables(file, facts);
    collectRoleRanks(file, facts);
    collectSettingReads(file, facts, JS_SETTINGS);
    const repositories = file.exportedRepositories();
    if (repositories.length > 0) facts.repositoryExports = repositories;
  },
};

/** Module-level `const x = { … }` declarations (through `export`, `as`/`satisfies` and parentheses), with their object literal. */
function* moduleObjects(file: SourceFile): Generator<{ decl: SgNode; value: SgNode }> {
  for (let statement of file.root.namedChildren()) {
    if (statement.kind() === 'export_statement') statement = statement.field('declaration') ?? statement;
    if (statement.kind() !== 'lexical_declaration' && statement.kind() !== 'variable_declaration') continue;
    for (const decl of statement.namedChildren()) {
      if (decl.kind() !== 'variable_declarator') continue;
      let value = decl.field('value');
      while (value && /^(?:as_expression|satisfies_expression|parenthesized_expression)$/.test(kindOf(value))) value = value.namedChildren()[0] ?? null;
      if (value?.kind() === 'object') yield { decl, value };
    }
  }
}

/** Words that name a role: an object keyed by two of them with numbers for values ranks roles. */
const ROLE_WORD = /^(?:owner|admin|administrator|superadmin|super_admin|member|viewer|editor|guest|user|reader|writer|maintainer|manager|staff|contributor|collaborator|commenter|billing|analyst|agent|operator|moderator|readonly|read_only)$/i;
/** `{ member: 0, admin: 2 }` somewhere in the text: the prefilter. */
const NUMBERED_KEYS = /\{\s*['"]?[A-Za-z_]+['"]?\s*:\s*-?\d+\s*,/;

/** `const rank: Record<Role, number> = { member: 0, editor: 1, admin: 2, owner: 3 }` at the module's top level. */
function collectRoleRanks(file: SourceFile, facts: FileFacts): void {
  if (!NUMBERED_KEYS.test(file.text)) return;
  for (const { decl, value } of moduleObjects(file)) {
    const ranks: Record<string, number> = {};
    let numeric = true;
    for (const pair of value.namedChildren()) {
      if (pair.kind() === 'comment') continue;
      const key = pair.kind() === 'pair' ? pair.field('key') : null;
      const rank = pair.kind() === 'pair' ? pair.field('value') : null;
      const n = rank?.kind() === 'number' ? Number(rank.text()) : rank?.kind() === 'unary_expression' ? Number(rank.text().replace(/\s+/g, '')) : NaN;
      if (!key || !Number.isFinite(n)) {
        numeric = false;
        break;
      }
      ranks[unquote(key.text())] = n;
    }
    if (numeric && Object.keys(ranks).filter((k) => ROLE_WORD.test(k)).length >= 2) (facts.roleRanks ??= []).push({ line: decl.range().start.line + 1, ranks });
  }
}

/** `const cleanupTasks = {` / `export const handlers: Record<string, Job> = {`: a module-level object, maybe of functions. */
const OBJECT_DECLARATION = /^(?:export\s+)?(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*(?::(?:=>|[^=;\n])+)?=\s*\{/gm;

/**
 * Module-level objects whose every value is a function (named by a function the file declares
 * or imports, or written inline): tables a key picks the function from (`cleanupTasks[task]()`).
 * Only those exported or subscripted in the file are kept.
 */
function collectDispatchTables(file: SourceFile, facts: FileFacts): void {
  if (!file.text.includes('[')) return;
  const wanted = new Set<string>();
  for (const m of file.text.matchAll(OBJECT_DECLARATION)) {
    const name = m[1]!;
    if (m[0].startsWith('export') || file.text.includes(`${name}[`) || file.text.includes(`export { ${name}`)) wanted.add(name);
  }
  if (wanted.size === 0) return;
  const functions = new Set([...facts.functions.map((f) => f.name), ...facts.imports.map((i) => i.local)]);
  for (const { decl, value } of moduleObjects(file)) {
    const name = decl.field('name');
    if (name?.kind() !== 'identifier' || !wanted.has(name.text())) continue;
    const entries: NonNullable<FileFacts['dispatchTables']>[number]['entries'] = [];
    let functional = true;
    for (const member of value.namedChildren()) {
      const kind = member.kind();
      if (kind === 'comment') continue;
      const line = member.range().start.line + 1;
      if (kind === 'shorthand_property_identifier' && functions.has(member.text())) entries.push({ key: member.text(), line, ref: member.text() });
      else if (kind === 'method_definition') entries.push({ key: unquote(member.field('name')?.text() ?? ''), line, body: file.summariseNode(member) });
      else if (kind === 'pair') {
        const key = member.field('key');
        const entry = member.field('value');
        const keyText = key && /^(?:string|property_identifier|number)$/.test(kindOf(key)) ? unquote(key.text()) : null;
        const entryKind = entry ? kindOf(entry) : '';
        if (keyText === null || !entry) functional = false;
        else if (FUNCTION_VALUES.has(entryKind)) entries.push({ key: keyText, line, body: file.summariseNode(entry) });
        else if ((entryKind === 'identifier' || entryKind === 'member_expression') && functions.has(entry.text().split('.')[0]!)) entries.push({ key: keyText, line, ref: entry.text().replace(/\s+/g, '') });
        else functional = false;
      } else functional = false;
      if (!functional) break;
    }
    if (!functional || entries.length === 0) continue;
    (facts.dispatchTables ??= []).push({ name: name.text(), line: decl.range().start.line + 1, entries });
  }
}

interface Span {
  start: number;
  end: number;
}

function spans(nodes: readonly SgNode[]): Span[] {
  return nodes.map((n) => {
    const r = n.range();
    return { start: r.start.index, end: r.end.index };
  });
}

/** A declaration is exported when an export statement ends where it ends (allowing a `;`). */
function exportedBy(exports: readonly Span[], start: number, end: number): boolean {
  return exports.some((e) => e.start < start && end <= e.end && e.end - end <= 1);
}

function collectFunctions(file: SourceFile, facts: FileFacts): void {
  const nodes = DECLARATIONS.flatMap((k) => file.nodes(k));
  if (nodes.length === 0) return;
  const exports = spans(file.nodes('export_statement'));
  const classes = file.nodes('class_declaration').map((n) => ({ node: n, ...spans([n])[0]! }));
  for (const node of nodes) {
    const kind = kindOf(node);
    let body: SgNode | null = node;
    if (kind === 'variable_declarator') {
      const value = node.field('value');
      if (!value) continue;
      const valueKind = kindOf(value);
      // `const handler = wrap(async (req) => …)`: the function is the last argument of the wrapper.
      body = FUNCTION_VALUES.has(valueKind) ? value : valueKind === 'call_expression' ? lastFunctionArgument(value) : null;
      if (!body) continue;
    }
    const nameNode = node.field('name');
    if (!nameNode) continue;
    const name = nameNode.text();
    const range = node.range();
    let qualifiedName = name;
    let exported = exportedBy(exports, range.start.index, range.end.index);
    if (kind === 'method_definition') {
      // The innermost class around the method.
      const owner = classes.filter((c) => c.start < range.start.index && range.end.index <= c.end).sort((a, b) => b.start - a.start)[0];
      const className = owner?.node.field('name')?.text();
      if (className) qualifiedName = `${className}.${name}`;
      exported = owner ? exportedBy(exports, owner.start, owner.end) : false;
    } else if (kind === 'variable_declarator') {
      // `export const a = …;`: the declarator sits inside a lexical declaration.
      exported = exports.some((e) => e.start < range.start.index && range.end.index <= e.end && file.text.slice(e.start, range.start.index).replace(/\s+/g, ' ').trim().match(/^export (const|let|var)$/) !== null);
    }
    const bodyRange = body === node ? range : body.range();
    const params = parameterNames(body);
    const summary = file.summarise(bodyRange.start.index, bodyRange.end.index);
    // Defaults matter only to a refusal that runs when a parameter is given (`if (role && …) throw`): only then are they read.
    const defaulted = params && summary.calls.some((c) => c.onlyIf !== undefined) ? defaultedParameters(body) : [];
    const returns = kind === 'method_definition' ? requestGetterValue(node, classes) : null;
    const constructs = kind === 'method_definition' ? null : constructedInstance(file, body);
    facts.functions.push({
      name,
      qualifiedName,
      exported,
      location: file.locationOf(range),
      ...(params ? { params } : {}),
      ...(returns ? { returns } : {}),
      ...(constructs ? { constructs } : {}),
      ...(defaulted.length > 0 ? { defaulted } : {}),
      ...summary,
    });
  }
}

/**
 * A function whose body only makes an instance of a class (`(entity, id) => new WorkspaceRepository<T>(entity, id)`,
 * `{ return new Repo(entity); }`): the class and the constructor's arguments (see `FunctionFact.constructs`).
 */
function constructedInstance(file: SourceFile, fn: SgNode): { type: string; args: string[] | null } | null {
  let value = fn.field('body');
  if (value?.kind() === 'statement_block') {
    const statements = value.namedChildren().filter((c) => c.kind() !== 'comment');
    value = statements.length === 1 && statements[0]!.kind() === 'return_statement' ? (statements[0]!.namedChildren()[0] ?? null) : null;
  }
  while (value && (value.kind() === 'parenthesized_expression' || value.kind() === 'as_expression' || value.kind() === 'satisfies_expression')) value = value.namedChildren()[0] ?? null;
  return value?.kind() === 'new_expression' ? file.constructed(value) : null;
}

/**
 * `get userId() { return this.request.user.id; }` in a class given the request (`@Inject(REQUEST) private readonly request`):
 * the value of the request it returns (`request.user.id`). Only a getter returning a plain path of that field.
 */
function requestGetterValue(node: SgNode, classes: readonly { node: SgNode; start: number; end: number }[]): string | null {
  if (!node.children().some((c) => c.kind() === 'get')) return null;
  const statements = node.field('body')?.namedChildren().filter((c) => c.kind() !== 'comment') ?? [];
  if (statements.length !== 1 || statements[0]!.kind() !== 'return_statement') return null;
  const returned = /^return\s+this\.([A-Za-z_$][\w$]*)((?:\??\.[A-Za-z_$][\w$]*)+)\s*;?$/.exec(statements[0]!.text().replace(/\s+/g, ' ').trim());
  if (!returned) return null;
  const at = node.range().start.index;
  const owner = classes.filter((c) => c.start < at && at < c.end).sort((a, b) => b.start - a.start)[0];
  const ctor = owner?.node.field('body')?.namedChildren().find((m) => m.kind() === 'method_definition' && m.field('name')?.text() === 'constructor');
  const injected = ctor?.field('parameters')?.namedChildren().some((param) =>
    param.field('pattern')?.text() === returned[1] && param.children().some((c) => c.kind() === 'decorator' && /^@Inject\(\s*REQUEST\s*\)$/.test(c.text().replace(/\s+/g, ''))));
  return injected ? `request${returned[2]!.replace(/\?\./g, '.')}` : null;
}

/** `exports.create = …`, `module.exports.create = …`, `module.exports = { create: … }`. */
const EXPORTS_TARGET = /^(?:module\.)?exports(?:\.([A-Za-z_$][\w$]*))?$/;

/**
 * CommonJS modules export functions by assignment: `exports.create = async (req, res) => …`,
 * `module.exports.create = asyncHandler(async (req, res) => …)`, `module.exports = { create: async (req, res) => … }`.
 * They are functions of the module under the exported name, so `ctrl.create` (with `const ctrl = require('./ctrl')`)
 * resolves to them. (Shorthand methods `{ create(req, res) {…} }` are method definitions, collected above.)
 * A walk of its own, only in the files that mention `exports`.
 */
function collectCommonJsExports(file: SourceFile, facts: FileFacts): void {
  if (!file.text.includes('exports')) return;
  const add = (name: string, at: SgNode, value: SgNode | null) => {
    if (!value) return;
    const valueKind = kindOf(value);
    const body = FUNCTION_VALUES.has(valueKind) ? value : valueKind === 'call_expression' ? lastFunctionArgument(value) : null;
    if (!body) return;
    const range = at.range();
    const bodyRange = body.range();
    const params = parameterNames(body);
    const summary = file.summarise(bodyRange.start.index, bodyRange.end.index);
    const defaulted = params && summary.calls.some((c) => c.onlyIf !== undefined) ? defaultedParameters(body) : [];
    facts.functions.push({
      name,
      qualifiedName: name,
      exported: true,
      location: file.locationOf(range),
      ...(params ? { params } : {}),
      ...(defaulted.length > 0 ? { defaulted } : {}),
      ...summary,
    });
  };
  for (const assignment of file.root.findAll({ rule: { kind: 'assignment_expression', has: { field: 'left', kind: 'member_expression', regex: '^(?:module\\s*\\.\\s*)?exports\\b' } } })) {
    const left = assignment.field('left');
    const m = left ? EXPORTS_TARGET.exec(left.text().replace(/\s+/g, '')) : null;
    if (!m) continue;
    const right = assignment.field('right');
    if (!right) continue;
    if (m[1]) {
      add(m[1], assignment, right);
      continue;
    }
    if (right.kind() !== 'object') continue;
    for (const pair of right.children()) {
      if (pair.kind() !== 'pair') continue;
      const key = pair.field('key');
      const name = key ? unquote(key.text()) : '';
      if (/^[A-Za-z_$][\w$]*$/.test(name)) add(name, pair, pair.field('value'));
    }
  }
}

/** `(companyId: string, { role }, userId = '')` → `['companyId', '', 'userId']`; null when there is no named one. */
function parameterNames(fn: SgNode): string[] | null {
  const single = fn.field('parameter');
  if (single) return single.kind() === 'identifier' ? [single.text()] : null;
  const list = fn.field('parameters');
  if (!list) return null;
  const out: string[] = [];
  for (const p of list.namedChildren()) {
    const kind = kindOf(p);
    if (kind === 'comment') continue;
    // TypeScript wraps a parameter (`required_parameter` with a `pattern`); JavaScript gives the pattern itself.
    let pattern: SgNode | null = kind === 'required_parameter' || kind === 'optional_parameter' ? p.field('pattern') : p;
    if (pattern && kindOf(pattern) === 'assignment_pattern') pattern = pattern.field('left');
    out.push(pattern && kindOf(pattern) === 'identifier' ? pattern.text() : '');
  }
  return out.some((n) => n !== '' && n !== 'this') ? out : null;
}

/** `(slug, role = 'member')` → `['role']`: parameters that hold a value even when the caller passes none (`= undefined` does not). */
function defaultedParameters(fn: SgNode): string[] {
  const out: string[] = [];
  for (const p of fn.field('parameters')?.namedChildren() ?? []) {
    const kind = kindOf(p);
    const pattern = kind === 'required_parameter' || kind === 'optional_parameter' ? p.field('pattern') : p;
    const value = kind === 'required_parameter' || kind === 'optional_parameter' ? p.field('value') : pattern && kindOf(pattern) === 'assignment_pattern' ? pattern.field('right') : null;
    const left = pattern && kindOf(pattern) === 'assignment_pattern' ? pattern.field('left') : pattern;
    // An empty object or array fills the parameter but none of its properties (`options = {}` leaves `options.role` unset).
    if (value && value.text() !== 'undefined' && !/^(?:\{\s*\}|\[\s*\])$/.test(value.text()) && left && kindOf(left) === 'identifier') out.push(left.text());
  }
  return out;
}

function lastFunctionArgument(call: SgNode): SgNode | null {
  const args = call.field('arguments')?.children() ?? [];
  for (let i = args.length - 1; i >= 0; i--) if (FUNCTION_VALUES.has(kindOf(args[i]!))) return args[i]!;
  return null;
}

function collectImports(file: SourceFile, facts: FileFacts): void {
  // The names an `import` or a destructuring `require` binds (not a namespace, not a whole module assigned to a local).
  const bound = new Set<string>();
  const statements = file.nodes('import_statement');
  if (statements.length > 0) {
    const within = (nodes: readonly SgNode[]) => nodes.map((n) => ({ node: n, start: n.range().start.index }));
    const specifiers = within(file.nodes('import_specifier'));
    const clauses = within(file.nodes('import_clause'));
    const namespaces = within(file.nodes('namespace_import'));
    for (const stmt of statements) {
      const sourceNode = stmt.field('source');
      if (!sourceNode) continue;
      const source = unquote(sourceNode.text());
      const { start, end } = stmt.range();
      const inside = (list: { node: SgNode; start: number }[]) => list.filter((x) => x.start >= start.index && x.start < end.index).map((x) => x.node);
      for (const spec of inside(specifiers)) {
        const imported = spec.field('name')?.text() ?? spec.text();
        const local = spec.field('alias')?.text() ?? imported;
        facts.imports.push({ local, imported, source });
        bound.add(local);
      }
      for (const clause of inside(clauses)) {
        const def = clause.children().find((c) => c.kind() === 'identifier');
        if (def) {
          facts.imports.push({ local: def.text(), imported: 'default', source });
          bound.add(def.text());
        }
      }
      for (const ns of inside(namespaces)) {
        const nsName = ns.children().find((c) => c.kind() === 'identifier');
        if (nsName) facts.imports.push({ local: nsName.text(), imported: '*', source });
      }
    }
  }
  // CommonJS: const x = require('y') / const { a, b: c } = require('y')
  if (file.text.includes('require(')) collectRequires(file, facts, bound);
  // Handed over before `file.calls` is read: reading the calls summarises them, and that looks the names up.
  file.useImportedNames(bound);
  for (const call of file.calls) {
    if (call.callee !== 'require' || call.firstString === null) continue;
    facts.imports.push({ local: '*', imported: '*', source: call.firstString });
  }
}

function collectRequires(file: SourceFile, facts: FileFacts, bound: Set<string>): void {
  for (const decl of file.root.findAll({ rule: { kind: 'variable_declarator', has: { field: 'value', kind: 'call_expression', has: { field: 'function', regex: '^require$' } } } })) {
    const first = decl.field('value')?.field('arguments')?.children().find((c) => c.isNamed());
    const name = decl.field('name');
    if (!first || first.kind() !== 'string' || !name) continue;
    const source = unquote(first.text());
    if (name.kind() === 'identifier') facts.imports.push({ local: name.text(), imported: 'default', source });
    else if (name.kind() === 'object_pattern') {
      for (const p of name.children()) {
        if (p.kind() === 'shorthand_property_identifier_pattern') {
          facts.imports.push({ local: p.text(), imported: p.text(), source });
          bound.add(p.text());
        } else if (p.kind() === 'pair_pattern') {
          const local = p.field('value')?.text() ?? '';
          facts.imports.push({ local, imported: p.field('key')?.text() ?? '', source });
          if (local) bound.add(local);
        }
      }
    }
  }
}

const ENV_OBJECT = '^(process\\.env|import\\.meta\\.env)$';

function collectEnvReads(file: SourceFile, facts: FileFacts): void {
  // A separate native walk, but only in the files that read the environment at all.
  if (file.text.includes('process.env') || file.text.includes('import.meta.env')) {
    const rule = { any: [{ kind: 'member_expression' }, { kind: 'subscript_expression' }], has: { field: 'object', regex: ENV_OBJECT } };
    for (const node of file.root.findAll({ rule })) {
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
  }
  // Deno.env.get('X')
  for (const call of file.calls) {
    if (call.callee === 'Deno.env.get' && call.firstString) {
      facts.envReads.push({ name: call.firstString, location: { path: file.path, startLine: call.line, endLine: call.endLine, startColumn: call.column, endColumn: call.endColumn } });
    }
  }
}

/**
 * A settings object by its name: `env` (t3 `createEnv`, a Worker's `env` binding), `config`, `settings`,
 * `appConfig`, `serverEnv`.
 */
const JS_SETTINGS: SettingSyntax = {
  prefilter: /\b(?:env|config|conf|cfg|settings|\w*(?:Env|Config|Settings))\s*\??\./,
  object: /^(?:env|config|conf|cfg|settings|[a-z]\w*(?:Env|Config|Settings))$/,
  member: 'member_expression',
  call: 'call_expression',
  assignment: 'assignment_expression',
};

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
