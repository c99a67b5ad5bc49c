import type { SgNode } from '@ast-grep/napi';
import type { FileFacts } from '../../core/facts.js';
import type { SourceExtractor } from '../types.js';
import { collectSettingReads, type SettingSyntax } from '../setting-reads.js';
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
      const params = parameterNames(fn, className !== undefined);
      const returns = params ? null : returnedValue(fn);
      facts.functions.push({
        name,
        qualifiedName: className ? `${className}.${name}` : name,
        exported: !name.startsWith('_'),
        location: file.location(located),
        ...(params ? { params } : {}),
        ...(returns ? { returns } : {}),
        ...file.summariseNode(fn),
      });
    }
    collectImports(file, facts);
    collectFunctionAliases(file, facts);
    collectEnvReads(file, facts);
    collectSettingReads(file, facts, PYTHON_SETTINGS);
  },
};

/** A settings object by its name: `settings` (a pydantic `BaseSettings` instance), `config`, `app_settings`, `env`. */
const PYTHON_SETTINGS: SettingSyntax = {
  prefilter: /\b(?:env|config|conf|cfg|settings|\w+_(?:settings|config))\./,
  object: /^(?:env|config|conf|cfg|settings|[a-z]\w*_(?:settings|config))$/,
  member: 'attribute',
  call: 'call',
  assignment: 'assignment',
};

/** Conversions that keep what a value stands for: `int(get_jwt_identity())` is still the caller's id. */
const CONVERSION = /^(?:int|str|UUID|uuid\.UUID)\(([^()]*(?:\(\))?[^()]*)\)$/;

/**
 * `def current_user_id(): return int(get_jwt_identity())`: what a function without parameters whose body is one
 * `return` (a docstring aside) hands back, conversions dropped (`get_jwt_identity()`), when it is a plain path or a
 * call of one without arguments. The rules read `current_user_id()` as that value. Null otherwise.
 */
function returnedValue(fn: SgNode): string | null {
  const statements = fn.field('body')?.namedChildren().filter((c) => c.kind() !== 'comment') ?? [];
  const body = statements[0]?.kind() === 'expression_statement' && statements[0].namedChildren()[0]?.kind() === 'string' ? statements.slice(1) : statements;
  if (body.length !== 1 || body[0]!.kind() !== 'return_statement') return null;
  let value = body[0]!.namedChildren()[0]?.text().replace(/\s+/g, '') ?? '';
  for (let m = CONVERSION.exec(value); m; m = CONVERSION.exec(value)) value = m[1]!;
  return /^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*(?:\(\))?(?:\.[A-Za-z_]\w*)*$/.test(value) ? value : null;
}

/**
 * `def create(db, applicant: User, *, note=None)` → `['db', 'applicant', 'note']`, for binding a caller's arguments;
 * a method's `self`/`cls` is left out (the caller passes it as the receiver). `*args`/`**kwargs` are `''`.
 * Null when there is no named one.
 */
function parameterNames(fn: SgNode, method: boolean): string[] | null {
  const out: string[] = [];
  for (const p of fn.field('parameters')?.namedChildren() ?? []) {
    const kind = p.kind();
    if (kind === 'comment' || kind === 'keyword_separator' || kind === 'positional_separator') continue;
    const name = kind === 'identifier' ? p : kind === 'typed_parameter' ? p.namedChildren()[0] : kind === 'default_parameter' || kind === 'typed_default_parameter' ? p.field('name') : null;
    out.push(name?.kind() === 'identifier' ? name.text() : '');
  }
  if (method && (out[0] === 'self' || out[0] === 'cls')) out.shift();
  return out.some((n) => n !== '') ? out : null;
}

/**
 * `current_user = get_current_user` at module level: calling (or depending on) the alias
 * calls the function, so it is recorded as a function that calls it and can be followed.
 * Only names of this module's functions and imported names are taken: `x = y` between
 * other values is data.
 */
function collectFunctionAliases(file: SourceFile, facts: FileFacts): void {
  if (!/^[a-z_]\w*\s*=\s*[a-z_]\w*\s*$/m.test(file.text)) return;
  const known = new Set([...facts.functions.filter((f) => f.name === f.qualifiedName).map((f) => f.name), ...facts.imports.filter((i) => i.imported !== '*').map((i) => i.local)]);
  for (const statement of file.root.namedChildren()) {
    if (statement.kind() !== 'expression_statement') continue;
    const assignment = statement.namedChildren()[0];
    if (assignment?.kind() !== 'assignment' || assignment.field('type')) continue;
    const left = assignment.field('left');
    const right = assignment.field('right');
    if (left?.kind() !== 'identifier' || right?.kind() !== 'identifier' || !/^[a-z_]\w*$/.test(left.text()) || !known.has(right.text())) continue;
    const name = left.text();
    facts.functions.push({ name, qualifiedName: name, exported: !name.startsWith('_'), location: file.location(assignment), calls: [{ callee: right.text(), line: right.range().start.line + 1 }], dataOps: [] });
  }
}

function collectImports(file: SourceFile, facts: FileFacts): void {
  for (const stmt of file.nodes('import_from_statement')) {
    const module = stmt.field('module_name');
    const source = module?.text() ?? '';
    const moduleId = module?.id();
    for (const name of stmt.namedChildren()) {
      // The module itself (`app.models` in `from app.models import X`) is not an imported name.
      if (name.id() === moduleId) continue;
      if (name.kind() === 'dotted_name') facts.imports.push({ local: name.text(), imported: name.text(), source });
      if (name.kind() === 'aliased_import') {
        const imported = name.field('name')?.text() ?? '';
        facts.imports.push({ local: name.field('alias')?.text() ?? imported, imported, source });
      }
    }
  }
  for (const stmt of file.nodes('import_statement')) {
    for (const name of stmt.namedChildren()) {
      if (name.kind() === 'dotted_name') facts.imports.push({ local: name.text(), imported: '*', source: name.text() });
      if (name.kind() === 'aliased_import') {
        const source = name.field('name')?.text() ?? '';
        facts.imports.push({ local: name.field('alias')?.text() ?? source, imported: '*', source });
      }
    }
  }
}

const ENV_CALLS = /^(?:os\.environ\.get|os\.getenv|environ\.get|getenv|env|env\.\w+|environ\.Env\.\w+|config)$/;

/** `os.environ.get("X")`, `os.getenv("X")`, django-environ `env("X")`/`env.str("X")`, decouple `config("X")`, `os.environ["X"]`. */
function collectEnvReads(file: SourceFile, facts: FileFacts): void {
  if (!/environ|getenv|env[.(]|config\(/.test(file.text)) return;
  const push = (name: string, node: SgNode) => {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) return;
    const key = boundName(node);
    facts.envReads.push(key ? { name, location: file.location(node), key } : { name, location: file.location(node) });
  };
  for (const call of file.calls) {
    if (call.firstString && ENV_CALLS.test(call.callee) && /^[A-Z_][A-Z0-9_]*$/.test(call.firstString)) push(call.firstString, call.node);
  }
  if (!file.text.includes('environ[')) return;
  for (const node of file.root.findAll({ rule: { kind: 'subscript', has: { field: 'value', regex: '^(os\\.)?environ$' } } })) {
    const key = node.field('subscript');
    if (key?.kind() === 'string') push(unquote(key.text()), node);
  }
}

/** `SENTRY_DSN = env("SENTRY_DSN")` → SENTRY_DSN; `dsn=os.getenv("X")` → dsn. */
function boundName(node: SgNode): string | null {
  let parent = node.parent();
  // Look through `… or ""`, `str(…)`.
  for (let i = 0; i < 3 && parent && /^(?:boolean_operator|parenthesized_expression|argument_list|call)$/.test(String(parent.kind())); i++) parent = parent.parent();
  if (parent?.kind() === 'assignment' && parent.field('left')?.kind() === 'identifier') return parent.field('left')!.text();
  if (parent?.kind() === 'keyword_argument') return parent.field('name')?.text() ?? null;
  if (parent?.kind() === 'pair') return unquote(parent.field('key')?.text() ?? '') || null;
  return null;
}
