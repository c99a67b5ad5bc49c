import type { SgNode } from '@ast-grep/napi';
import type { BodySummary, CallFact, DataOpFact, DataOperation } from '../core/facts.js';
import type { Language, Location } from '../core/model.js';
import { classifyDataNode, classifyInjectedRepository, classifySql, mightBeDataCall, objectEntries, repositoryNameGuess, repositoryOfField, sqlParameters, type ClassifiedNode, type InjectedRepository, type LeafCollector } from './data.js';
import { type DataOpDraft, PythonDataAnalysis } from './python/orm.js';
import type { NodeQuery } from './types.js';

/** A call with its byte range, so bodies can be summarised by range without re-walking the tree. */
export interface IndexedCall extends CallFact {
  start: number;
  end: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The text of the first argument when it is a string (SQL, paths), unquoted. */
  firstString: string | null;
  /** The call's node, for extractors that need its arguments (never part of the facts). */
  node: SgNode;
  /** The database operation the call performs, classified once when the file's calls are indexed (Python drafts carry their own callee and scoping). */
  data: ClassifiedNode | DataOpDraft | null;
}

/** A dotted name (`a.b.c`, `this.#x`, `a?.b`), anchored where a call starts. */
const JS_SIMPLE_CALLEE = /[A-Za-z_$][\w$]*(?:\s*\??\.\s*#?[A-Za-z_$][\w$]*)*/y;
const PY_SIMPLE_CALLEE = /[A-Za-z_]\w*(?:\s*\.\s*[A-Za-z_]\w*)*/y;

/**
 * Where the callee of a call starting at `at` ends, read from the text: only for a plain
 * dotted name followed (after spaces) by the argument list, and only when no other call starts
 * at the same place (`a(b).c(d)` starts where `a(b)` does); -1 means ask the tree.
 */
function simpleCalleeEnd(text: string, at: number, python: boolean, alone: boolean): number {
  if (!alone) return -1;
  const pattern = python ? PY_SIMPLE_CALLEE : JS_SIMPLE_CALLEE;
  pattern.lastIndex = at;
  const m = pattern.exec(text);
  if (!m) return -1;
  let next = at + m[0].length;
  while (next < text.length && (text[next] === ' ' || text[next] === '\t')) next++;
  return text[next] === '(' ? at + m[0].length : -1;
}

export const CALL_KINDS: Record<Language, string> = {
  typescript: 'call_expression',
  tsx: 'call_expression',
  javascript: 'call_expression',
  python: 'call',
};

/** Keys of an object argument whose literal value is the point of the call: `new TRPCError({ code: 'FORBIDDEN' })`. */
const CODE_KEYS = /^(?:code|status|statusCode|status_code)$/;
const LITERAL_IDENTIFIERS = new Set(['undefined', 'null', 'true', 'false', 'None', 'True', 'False', 'this', 'self']);
const FUNCTION_SCOPES = new Set(['function_declaration', 'function_expression', 'arrow_function', 'method_definition', 'generator_function_declaration', 'function_definition', 'function']);
const MAX_LEAVES = 32;
/** Writes through a loaded row (Sequelize instances, Mongoose documents, active-record entities). */
const INSTANCE_METHODS: Record<string, DataOperation> = { save: 'update', update: 'update', increment: 'update', decrement: 'update', destroy: 'delete', remove: 'delete', deleteOne: 'delete' };
const INSTANCE_WRITE = /^([A-Za-z_$][\w$]*)\.(save|update|increment|decrement|destroy|remove|deleteOne)$/;
/** A method called on a class field: `this.users.delete(id)`. */
const THIS_FIELD_CALL = /^this\.(\w+)\.(\w+)$/;

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

/** A field of a class as its declaration types it: `private readonly auth: AuthService`, `@InjectRepository(User) users: Repository<User>`. */
interface ClassField {
  /** The declared class or interface (`AuthService`), without type arguments; null when untyped. */
  type: string | null;
  /** An ORM repository or model injected into the field: what it operates on. */
  repository: InjectedRepository | null;
}

/** A class and its typed fields (constructor parameter properties, field declarations, `this.x = param` in the constructor). */
interface ClassScope {
  name: string;
  start: number;
  end: number;
  fields: Map<string, ClassField>;
  /**
   * For a generic class, its type parameters that a constructor parameter names the entity of, with that parameter
   * (`class WorkspaceRepository<T>` with `constructor(entity: EntityTarget<T>)` → `T` → `entity`).
   */
  entityParams?: Map<string, string>;
}

/**
 * One parsed source file and what every extractor needs from it. Every native query is a
 * walk of the whole tree, so the tree is walked ONCE for the union of node kinds the
 * extractors declare; extractors then pick their nodes by kind, and function bodies,
 * route handlers and module code are summarised by offset range.
 */
/** The union of the extractors' node queries of one language, as one ast-grep rule. */
export class NodeQueries {
  readonly kinds: readonly string[];
  readonly rule: Record<string, unknown>;

  /** `isKind(kind)` says whether the language's grammar has that node kind (extractors may span languages). */
  constructor(queries: readonly NodeQuery[], isKind: (kind: string) => boolean) {
    // Per kind: no narrowing if any extractor wants every node of it, else any of the narrowings.
    const byKind = new Map<string, Record<string, unknown>[] | null>();
    for (const q of queries) {
      const kind = typeof q === 'string' ? q : q.kind;
      const current = byKind.get(kind);
      if (typeof q === 'string' || current === null) byKind.set(kind, null);
      else byKind.set(kind, [...(current ?? []), q.where]);
    }
    this.kinds = [...byKind.keys()].sort();
    this.rule = {
      any: this.kinds.filter(isKind).map((kind) => {
        const wheres = byKind.get(kind);
        return wheres ? { kind, any: wheres } : { kind };
      }),
    };
  }
}

export class SourceFile {
  private indexedCalls: IndexedCall[] | null = null;
  /** The calls indexed so far while `calls` is being built (in source order until `new` expressions are added). */
  private indexing: readonly IndexedCall[] = [];
  /** The module's top-level Python classes, read once: `self.m()` calls ask which class defines `m`. */
  private pyClasses: Map<string, { start: number; end: number; methods: Set<string>; bases: string[] }> | null = null;
  private readonly pySelfMemo = new Map<string, string | null>();
  private pythonAnalysis: PythonDataAnalysis | null = null;
  private readonly buckets = new Map<string, SgNode[]>();
  private statements: { start: number; end: number; node: SgNode }[] | null = null;
  private locals: Map<number, Map<string, (LocalValue & { decl: SgNode })[]>> | null = null;
  private classScopes: ClassScope[] | null = null;
  private headerProperties: { name: string; line: number; start: number }[] | null = null;
  private pathLocals: Set<string> | null = null;
  private comparisons: { left: string; right: string; line: number; start: number }[] | null = null;
  private newLocals: Set<string> | null = null;
  private callLocals: Set<string> | null = null;
  private dispatchLocals: Set<string> | null = null;
  private repositoryHolders: { name: string; model: string; accessor: boolean; at: number; exported: boolean }[] | null = null;
  /** Names this module's imports bind (see `useImportedNames`); none until the structure extractor has read them. */
  private imported: ReadonlySet<string> = new Set();
  private abilityRules: ReadonlySet<string> | null = null;
  private sessionIdentity: { target: string; line: number; start: number; write: boolean }[] | null = null;
  private sessionPrincipal: { target: string; line: number; start: number }[] | null = null;

  constructor(
    readonly path: string,
    readonly language: Language,
    readonly text: string,
    readonly root: SgNode,
    queries: NodeQueries,
  ) {
    for (const kind of queries.kinds) this.buckets.set(kind, []);
    for (const node of root.findAll({ rule: queries.rule })) this.buckets.get(kindOf(node))?.push(node);
  }

  /** The nodes of one kind, in source order; the kind must be declared by an extractor of this language. */
  nodes(kind: string): readonly SgNode[] {
    const bucket = this.buckets.get(kind);
    if (!bucket) throw new Error(`node kind '${kind}' was not declared by any ${this.language} extractor`);
    return bucket;
  }

  get isPython(): boolean {
    return this.language === 'python';
  }

  /** Python data-operation analysis (scopes, assignments, view classes), shared by the file's extractors. */
  get pythonData(): PythonDataAnalysis {
    this.pythonAnalysis ??= new PythonDataAnalysis(this.text, this.root);
    return this.pythonAnalysis;
  }

  /**
   * Every call in the file, in source order. Each node costs native calls, so only the
   * call's and its callee's ranges are asked for; the callee text and a leading string
   * argument are read from the source by offset.
   */
  get calls(): IndexedCall[] {
    if (this.indexedCalls) return this.indexedCalls;
    const calls: IndexedCall[] = [];
    this.indexing = calls;
    const text = this.text;
    const python = this.isPython;
    // `raise PermissionDenied` instantiates the exception class: a call in all but syntax; `new X()` likewise.
    // Each bucket holds one kind: the kind is known without asking every node for it.
    const buckets: [string, readonly SgNode[]][] = python
      ? [['call', this.nodes('call')], ['raise_statement', this.nodes('raise_statement')]]
      : [[CALL_KINDS[this.language], this.nodes(CALL_KINDS[this.language])], ['new_expression', this.nodes('new_expression')]];
    // Calls that share a start (`a(b).c(d)` and `a(b)`) need the tree to tell their callees apart.
    const starts = new Map<number, number>();
    const ranges = new Map<SgNode, { start: { index: number; line: number; column: number }; end: { index: number; line: number; column: number } }>();
    for (const [nodeKind, nodes] of buckets) {
      if (nodeKind === 'raise_statement' || nodeKind === 'new_expression') continue;
      for (const node of nodes) {
        const range = node.range();
        ranges.set(node, range);
        starts.set(range.start.index, (starts.get(range.start.index) ?? 0) + 1);
      }
    }
    for (const [nodeKind, nodes] of buckets) for (const node of nodes) {
      if (nodeKind === 'raise_statement') {
        const raised = node.namedChildren()[0];
        if (raised && (raised.kind() === 'identifier' || raised.kind() === 'attribute')) {
          const { start, end } = node.range();
          calls.push({ callee: compact(raised.text()), line: start.line + 1, start: start.index, end: end.index, column: start.column + 1, endLine: end.line + 1, endColumn: end.column + 1, firstString: null, node, data: null });
        }
        continue;
      }
      const isNew = nodeKind === 'new_expression';
      const { start, end } = ranges.get(node) ?? node.range();
      // The callee text and a leading string argument are read from the source by offset. A plain
      // dotted name right before `(` is read from the text alone; anything else asks the tree.
      let calleeStart = start.index;
      let calleeEnd = isNew ? -1 : simpleCalleeEnd(text, start.index, python, starts.get(start.index) === 1);
      if (calleeEnd < 0) {
        const fn = isNew ? node.field('constructor') : node.field('function');
        if (!fn) continue;
        const fnRange = fn.range();
        calleeStart = fnRange.start.index;
        calleeEnd = fnRange.end.index;
      }
      const callee = compact(text.slice(calleeStart, calleeEnd));
      const firstString = leadingString(text, calleeEnd, end.index, python);
      // `this.auth.signIn(…)`: the class around the call says what `this.auth` is.
      const owner = !python && callee.startsWith('this.') ? this.classAt(start.index) : null;
      const call: IndexedCall = {
        callee,
        line: start.line + 1,
        start: start.index,
        end: end.index,
        column: start.column + 1,
        endLine: end.line + 1,
        endColumn: end.column + 1,
        firstString,
        node,
        data: isNew ? null : python ? this.pythonData.classify(node, callee, firstString) : this.classify(node, callee, firstString, owner),
      };
      // A created row kept in a local too (`const ticket = await tx.ticket.create(…)`): what is then hung under it or changed by its id is that row.
      if ((call.data?.op === 'read' || call.data?.op === 'create') && (python || !('callee' in call.data))) {
        const bound = python ? pythonBoundLocal(node) : boundLocal(node);
        if (bound) call.data = { ...call.data, boundTo: bound };
      }
      const field = owner ? receiverFieldOf(callee, owner) : null;
      // Python `ClientService(current_user).delete(client_id)`: a method of the class just instantiated.
      const pyMade = python ? PY_INSTANCE_CALL.exec(callee)?.[1] ?? null : null;
      const receiverType = owner ? (field ? field.type : receiverTypeOf(callee, owner)) : python && PY_SELF_CALL.test(callee) ? this.pythonSelfClass(start.index, callee.slice(callee.indexOf('.') + 1)) : pyMade;
      if (field?.repository) call.ormReceiver = true;
      if (receiverType) call.receiverType = receiverType;
      else if (!python && !isNew) {
        const made = this.instanceReceiver(node, callee, start.index);
        if (made) {
          call.receiverType = made.type;
          if (made.args) call.receiverArgs = made.args;
        } else {
          const factory = this.factoryReceiver(node, callee, start.index);
          if (factory) call.receiverFactory = factory;
        }
      }
      if (!python && !isNew && call.data === null) {
        const assigned = declaredInto(text, start.index, node);
        if (assigned) call.assignedTo = assigned;
      }
      if (!python && !isNew) {
        const dispatch = this.dispatchOf(node, callee, start.index);
        if (dispatch) call.dispatch = dispatch;
      }
      let firstArg = firstString;
      // Numbers and the `code`/`status` of error objects are the point of some calls (`res.status(403)`,
      // `new TRPCError({ code: 'FORBIDDEN' })`): only then is the first argument's node fetched.
      if (firstArg === null && (ERROR_CALLEE.test(callee) || /^\(\s*\d/.test(text.slice(calleeEnd, calleeEnd + 8)))) {
        const first = firstArgument(node.field('arguments'));
        const firstKind = first ? kindOf(first) : null;
        if (first && (NUMBER_KINDS.has(firstKind!) || ((LITERAL_KINDS.has(firstKind!) || CONSTANT_KINDS.has(firstKind!)) && ERROR_CALLEE.test(callee)))) firstArg = literalOf(first, firstKind!);
        // `new HttpError(403, 'Not a member of this organization')`: the message after the status says what was refused;
        // so does the message beside the code (`new TRPCError({ code: 'FORBIDDEN', message: 'Not a member…' })`,
        // `HTTPException(status_code=403, detail="Not a member")`).
        if (first && firstArg !== null && ERROR_CALLEE.test(callee)) {
          const message = refusalMessage(first, firstKind!, firstArg, argumentsOf(node.field('arguments')));
          if (message !== null && message.length > 0 && message.length <= 200) call.message = message;
        }
      }
      if (firstArg !== null && firstArg.length <= 200) call.firstArg = firstArg;
      if (!isNew && !python && !NO_ARGUMENTS.test(callee)) {
        const args = this.argumentValues(calleeEnd, end.index, start.index, node);
        if (args) {
          call.args = args;
          // `policy.authorize(req.membership, 'payments:read')`: nothing passed but value paths and strings.
          if (args.some((a) => a === '') && splitArguments(text, calleeEnd, end.index)!.every((a, i) => args[i] !== '' || PLAIN_STRING.test(a.trim()))) call.stringsOnly = true;
        }
      } else if (python && !NO_ARGUMENTS.test(callee)) {
        const passed = pythonArgumentValues(this.text, calleeEnd, end.index);
        if (passed?.args) call.args = passed.args.map((a) => this.pythonValue(a, start.index, node));
        if (passed?.keywordArgs) call.keywordArgs = Object.fromEntries(Object.entries(passed.keywordArgs).map(([k, v]) => [k, this.pythonValue(v, start.index, node)]));
      }
      calls.push(call);
    }
    // Two kinds were collected one after the other: summaries and rules read calls in source order.
    calls.sort((a, b) => a.start - b.start);
    this.indexedCalls = calls;
    this.indexing = [];
    return calls;
  }

  /**
   * The arguments of a call as value texts (`request.user!.companyId` → `request.user.companyId`,
   * a local `const caller = request.user!` → `request.user`), `''` for anything else; null when
   * none is a value path. Read from the text: the tree is asked only to resolve a local.
   */
  private argumentValues(from: number, to: number, at: number, node: SgNode): string[] | null {
    const raw = splitArguments(this.text, from, to);
    if (!raw || raw.length === 0 || raw.length > 8) return null;
    let scope: SgNode | null = null;
    const out = raw.map((a) => {
      const value = valuePath(a);
      if (!value || value.includes('.') || LITERAL_IDENTIFIERS.has(value)) return value ?? '';
      // A local read from a value path stands for that path. Asking the tree costs a walk of the
      // statement, so only names the text declares from a path (`const caller = request.user!`) are looked up.
      if (!this.pathDeclared().has(value)) return value;
      const local = this.localsAt(value, at, (scope ??= this.topLevel(node)))[0];
      if (!local) return value;
      if (local.text) return valuePath(local.text) ?? value;
      return (local.node && valuePath(stripAwait(local.node).text())) || value;
    });
    return out.some((v) => v !== '') ? out : null;
  }

  /**
   * The class of an instance a method is called on when the code makes it right there or in a local
   * (`new ClientService(req.user).remove(id)`, `const svc = new ClientService(user); svc.remove(id)`),
   * with the constructor's arguments as value texts.
   */
  private instanceReceiver(node: SgNode, callee: string, at: number): { type: string; args: string[] | null } | null {
    if (callee.startsWith('new')) {
      const fn = node.field('function');
      if (fn?.kind() !== 'member_expression') return null;
      let object = fn.field('object');
      while (object?.kind() === 'parenthesized_expression') object = object.namedChildren()[0] ?? null;
      return object?.kind() === 'new_expression' ? this.constructed(object) : null;
    }
    const m = /^([A-Za-z_$][\w$]*)\.[A-Za-z_$][\w$]*$/.exec(callee);
    if (!m || !this.instanceLocals().has(m[1]!)) return null;
    const local = this.localsAt(m[1]!, at, this.topLevel(node))[0];
    let value = local?.node ? stripAwait(local.node) : null;
    while (value?.kind() === 'parenthesized_expression') value = value.namedChildren()[0] ?? null;
    return value?.kind() === 'new_expression' ? this.constructed(value) : null;
  }

  /**
   * `new ClientService(req.user!)` → `ClientService` and `['req.user']` (type arguments skipped: `new Repo<T>(entity)`);
   * null for `new this.Model()` or a lowercase factory.
   */
  constructed(made: SgNode): { type: string; args: string[] | null } | null {
    const ctor = made.field('constructor');
    if (ctor?.kind() !== 'identifier' || !/^[A-Z]/.test(ctor.text())) return null;
    const { start, end } = made.range();
    const from = made.field('arguments')?.range().start.index ?? ctor.range().end.index;
    return { type: ctor.text(), args: this.argumentValues(from, end.index, start.index, made) };
  }

  /**
   * A method called on what a plain function returned: `repo.update(…)` after `const repo = scoped(Invoice, user.workspaceId)`,
   * or `scoped(Invoice, user.workspaceId).findById(…)`. The function and its arguments (see `CallFact.receiverFactory`).
   */
  private factoryReceiver(node: SgNode, callee: string, at: number): { name: string; args: string[] } | null {
    let made: SgNode | null;
    const m = /^([A-Za-z_$][\w$]*)\.[A-Za-z_$][\w$]*$/.exec(callee);
    if (m) {
      if (!this.factoryLocals().has(m[1]!)) return null;
      const local = this.localsAt(m[1]!, at, this.topLevel(node))[0];
      made = local?.node ? stripAwait(local.node) : null;
    } else if (FACTORY_CALL_RECEIVER.test(callee)) {
      const fn = node.field('function');
      made = fn?.kind() === 'member_expression' ? fn.field('object') : null;
    } else return null;
    while (made && (made.kind() === 'parenthesized_expression' || made.kind() === 'await_expression')) made = made.namedChildren()[0] ?? null;
    if (made?.kind() !== 'call_expression') return null;
    const fn = made.field('function');
    const list = made.field('arguments');
    if (fn?.kind() !== 'identifier' || !list) return null;
    const { start, end } = made.range();
    const args = list.namedChildren().length === 0 ? [] : this.argumentValues(list.range().start.index, end.index, start.index, made);
    return args ? { name: fn.text(), args } : null;
  }

  /** Locals initialised with a call of a plain function (`const repo = scoped(Invoice, id)`), read from the text once. */
  private factoryLocals(): ReadonlySet<string> {
    if (this.callLocals) return this.callLocals;
    const names = new Set<string>();
    for (const m of this.text.matchAll(FACTORY_DECLARATION)) names.add(m[1]!);
    this.callLocals = names;
    return names;
  }

  /**
   * A call through a table of functions: `cleanupTasks[task]()`, or `fn()` after `const fn = cleanupTasks[task]`.
   * The key is a value path (`task`, `job.name`, `job.data.task`); a local read from one stands for it.
   */
  private dispatchOf(node: SgNode, callee: string, at: number): { table: string; key: string } | null {
    const direct = SUBSCRIPT_CALLEE.exec(callee);
    if (direct) return { table: direct[1]!, key: this.keyPath(direct[2]!, at, node) };
    if (!/^[A-Za-z_$][\w$]*$/.test(callee) || !this.subscriptLocals().has(callee)) return null;
    const local = this.localsAt(callee, at, this.topLevel(node))[0];
    let value = local?.node ? stripAwait(local.node) : null;
    while (value?.kind() === 'parenthesized_expression') value = value.namedChildren()[0] ?? null;
    if (value?.kind() !== 'subscript_expression') return null;
    const table = value.field('object');
    const index = value.field('index');
    const key = index ? compact(index.text()) : '';
    if (table?.kind() !== 'identifier' || !DOTTED_KEY.test(key)) return null;
    return { table: table.text(), key: this.keyPath(key, at, node) };
  }

  /** A key read from a local that holds a value path (`const { task } = job.data`) is that path. */
  private keyPath(key: string, at: number, node: SgNode): string {
    if (key.includes('.') || !this.pathDeclared().has(key)) return key;
    const local = this.localsAt(key, at, this.topLevel(node))[0];
    if (!local) return key;
    if (local.text) return valuePath(local.text) ?? key;
    return (local.node && valuePath(stripAwait(local.node).text())) || key;
  }

  /** Names the text declares from a subscript (`const fn = cleanupTasks[task]`): only those are looked up as dispatches. */
  private subscriptLocals(): ReadonlySet<string> {
    if (this.dispatchLocals) return this.dispatchLocals;
    const names = new Set<string>();
    if (this.text.includes('[')) for (const m of this.text.matchAll(SUBSCRIPT_DECLARATION)) names.add(m[1]!);
    this.dispatchLocals = names;
    return names;
  }

  /** Names the text declares from a `new` expression (`const svc = new ClientService(user)`): only those are looked up. */
  private instanceLocals(): ReadonlySet<string> {
    if (this.newLocals) return this.newLocals;
    const names = new Set<string>();
    for (const m of this.text.matchAll(NEW_DECLARATION)) names.add(m[1]!);
    this.newLocals = names;
    return names;
  }

  /**
   * The callees that write a CASL ability's rules rather than check one: `can`/`cannot` taken from
   * `new AbilityBuilder(…)` (destructured or as `builder.can`) or given to `defineAbility((can, cannot) => …)`.
   * `can('update', 'Project')` there grants a permission; read as a check, it would make whatever
   * builds the ability (an `attachAbility` middleware) look like an authorization guard.
   */
  private abilityRuleCallees(): ReadonlySet<string> {
    if (this.abilityRules) return this.abilityRules;
    const names = new Set<string>();
    if (!this.isPython && /AbilityBuilder|defineAbility/.test(this.text)) {
      const rule = /^(?:can|cannot)$/;
      for (const m of this.text.matchAll(ABILITY_BUILDER_DESTRUCTURED)) {
        for (const part of m[1]!.split(',')) {
          const [key, local] = part.split(':').map((x) => x.trim());
          if (key && rule.test(key)) names.add(local || key);
        }
      }
      for (const m of this.text.matchAll(ABILITY_BUILDER_VARIABLE)) {
        names.add(`${m[1]}.can`);
        names.add(`${m[1]}.cannot`);
      }
      for (const m of this.text.matchAll(DEFINE_ABILITY_CALLBACK)) {
        const params = (m[1] ?? m[2] ?? m[3] ?? '').split(',').map((x) => x.trim().split(/[\s:=]/)[0]!);
        for (const p of params.slice(0, 2)) if (p) names.add(p);
      }
    }
    this.abilityRules = names;
    return names;
  }

  /**
   * A Python argument as the value it stands for: a local the function assigns once, from a value path
   * (`user = request.user`, then `services.delete_account(user)` or `notify(user.practice)`), is that path.
   */
  private pythonValue(value: string, at: number, node: SgNode): string {
    let out = value;
    for (let hop = 0; hop < 3; hop++) {
      const root = /^[A-Za-z_]\w*/.exec(out)?.[0];
      if (!root || !this.pathDeclared().has(root)) break;
      const local = this.localsAt(root, at, this.topLevel(node))[0];
      const path = local?.node ? valuePath(stripAwait(local.node).text()) : null;
      if (!local || !path || !this.assignedOnce(root, local)) break;
      out = path + out.slice(root.length);
      at = local.at;
    }
    return out;
  }

  /** Whether the function a local is declared in binds the name nowhere else (no other assignment, loop or `with … as` target). */
  private assignedOnce(name: string, local: LocalValue): boolean {
    const declared = this.declarationsIn(this.topLevel((local as LocalValue & { decl: SgNode }).decl)).get(name) ?? [];
    const same = declared.filter((d) => {
      const range = (enclosingScope(d.decl) ?? this.root).range();
      return range.start.index === local.scopeStart && range.end.index === local.scopeEnd;
    });
    if (same.length !== 1) return false;
    const body = this.text.slice(local.scopeStart, local.scopeEnd);
    return !new RegExp(`\\b(?:for|as)\\s+(?:[\\w\\s,]*,\\s*)?${name}\\b`).test(body);
  }

  /** Names the text declares from a plain value path: `const caller = request.user!`, `const { id } = req.params`; Python `user = request.user`. */
  private pathDeclared(): ReadonlySet<string> {
    if (this.pathLocals) return this.pathLocals;
    const names = new Set<string>();
    if (this.isPython) {
      for (const m of this.text.matchAll(PY_PATH_DECLARATION)) names.add(m[1]!);
      this.pathLocals = names;
      return names;
    }
    for (const m of this.text.matchAll(PATH_DECLARATION)) {
      if (m[1]) names.add(m[1]);
      else for (const part of m[2]!.split(',')) {
        const name = /(?:^|:)\s*([A-Za-z_$][\w$]*)\s*(?:=[^,]*)?$/.exec(part.trim())?.[1];
        if (name) names.add(name);
      }
    }
    this.pathLocals = names;
    return names;
  }

  /**
   * The class whose method `self.method()` runs: the enclosing top-level class, or the base class
   * in the same module that defines the method (`class Detail(OwnedMixin)`). The enclosing class
   * when none does: the method is inherited from elsewhere, and a sibling class is not what runs.
   * The module's classes are read once per file, not walked up to from every call.
   */
  private pythonSelfClass(at: number, method: string): string | null {
    if (!this.pyClasses) {
      this.pyClasses = new Map();
      for (const c of this.root.children()) {
        const def = c.kind() === 'decorated_definition' ? c.field('definition') : c;
        const name = def?.kind() === 'class_definition' ? def.field('name')?.text() : undefined;
        if (!def || !name) continue;
        const methods = new Set<string>();
        for (const m of def.field('body')?.children() ?? []) {
          const fn = m.kind() === 'decorated_definition' ? m.field('definition') : m;
          const n = fn?.kind() === 'function_definition' ? fn.field('name')?.text() : undefined;
          if (n) methods.add(n);
        }
        const bases = (def.field('superclasses')?.namedChildren() ?? []).filter((b) => b.kind() === 'identifier').map((b) => b.text());
        const { start, end } = c.range();
        this.pyClasses.set(name, { start: start.index, end: end.index, methods, bases });
      }
    }
    let name: string | null = null;
    for (const [n, c] of this.pyClasses) {
      if (c.start <= at && at < c.end) {
        name = n;
        break;
      }
    }
    if (name === null) return null;
    const key = `${name}\0${method}`;
    const known = this.pySelfMemo.get(key);
    if (known !== undefined) return known;
    // The class or the nearest base in the same module that defines the method; else the class itself.
    let found: string = name;
    const seen = new Set<string>();
    const queue = [name];
    while (queue.length > 0 && seen.size < 16) {
      const current = queue.shift()!;
      if (seen.has(current)) continue;
      seen.add(current);
      const cls = this.pyClasses.get(current);
      if (!cls) continue;
      if (cls.methods.has(method)) {
        found = current;
        break;
      }
      queue.push(...cls.bases);
    }
    this.pySelfMemo.set(key, found);
    return found;
  }

  /** The calls and data operations between two byte offsets. */
  summarise(start: number, end: number): BodySummary {
    const calls: CallFact[] = [];
    const dataOps: DataOpFact[] = [];
    const all = this.calls;
    const rules = this.abilityRuleCallees();
    for (let i = lowerBound(all, start); i < all.length && all[i]!.start < end; i++) {
      const call = all[i]!;
      if (call.end > end) continue;
      if (rules.size > 0 && rules.has(call.callee)) continue;
      const callFact: CallFact = call.firstArg === undefined ? { callee: call.callee, line: call.line } : { callee: call.callee, line: call.line, firstArg: call.firstArg };
      if (call.message !== undefined) callFact.message = call.message;
      if (call.stringsOnly) callFact.stringsOnly = true;
      if (call.receiverType) callFact.receiverType = call.receiverType;
      if (call.ormReceiver) callFact.ormReceiver = true;
      if (call.receiverArgs) callFact.receiverArgs = call.receiverArgs;
      if (call.receiverFactory) callFact.receiverFactory = call.receiverFactory;
      if (call.assignedTo) callFact.assignedTo = call.assignedTo;
      if (call.args) callFact.args = call.args;
      if (call.keywordArgs) callFact.keywordArgs = call.keywordArgs;
      if (call.dispatch) callFact.dispatch = call.dispatch;
      if (SECRET_CALLEE.test(call.callee)) {
        const signs = signingUse(call.node);
        if (signs) callFact.signs = signs;
      }
      if (!this.isPython && (ERROR_CALLEE.test(call.callee) || CHECK_CALLEE.test(call.callee) || call.firstArg === '403')) {
        const required = requiredName(call.node, start);
        if (required) callFact.onlyIf = required;
        if (call.firstArg === '403' && insideCatch(call.node, start)) callFact.inCatch = true;
      }
      calls.push(callFact);
      const op = call.data;
      if (op) {
        const { filter, values, ...rest } = op;
        const fact: DataOpFact = { ...rest, callee: ('callee' in op && op.callee) || call.callee, location: { path: this.path, startLine: call.line, endLine: call.endLine, startColumn: call.column, endColumn: call.endColumn } };
        if (filter.length > 0) fact.filter = filter;
        if (values.length > 0) fact.values = values;
        // `this.tenant.userId`: the class the field is declared as may say what it holds (a request-scoped provider's getter).
        if (!this.isPython) {
          const owner = this.classAt(call.start);
          for (const v of [...filter, ...values]) {
            const field = /^this\.([A-Za-z_$][\w$]*)\./.exec(v)?.[1];
            const type = field ? owner?.fields.get(field)?.type : undefined;
            if (type) (fact.fieldTypes ??= {})[field!] = type;
          }
        }
        dataOps.push(fact);
      }
    }
    const summary: BodySummary = { calls, dataOps };
    const headers = this.headerReads.filter((h) => h.start >= start && h.start < end).map(({ name, line }) => ({ name, line }));
    if (headers.length > 0) summary.headerReads = headers;
    const identity = this.sessionIdentityIndex.filter((s) => s.start >= start && s.start < end);
    if (identity.some((s) => s.write) && !identity.some((s) => !s.write)) summary.sessionWrites = identity.map(({ target, line }) => ({ target, line }));
    const principal = identity.length === 0 ? this.sessionPrincipalIndex.filter((s) => s.start >= start && s.start < end) : [];
    if (principal.length > 0) summary.sessionPrincipalWrites = principal.map(({ target, line }) => ({ target, line }));
    // Comparisons matter next to a read whose row is kept in a local (`const invoice = await …`), and where a path
    // parameter is compared (a guard's `request.params.companyId !== request.user.companyId`): only those are kept.
    const compared = this.comparisonIndex.filter((c) => c.start >= start && c.start < end);
    if (compared.length > 0) {
      const loaded = dataOps.some((op) => op.op === 'read' && op.boundTo !== undefined);
      const kept = (loaded ? compared : compared.filter((c) => PATH_PARAMETER.test(c.left) || PATH_PARAMETER.test(c.right))).map(({ left, right, line }) => ({ left, right, line }));
      if (kept.length > 0) summary.comparisons = kept;
    }
    return summary;
  }

  /**
   * Value paths compared in the file (`invoice.orgId !== req.user.orgId`, `String(doc.ownerId) === this.user.id`,
   * `doc.owner.equals(user._id)`, Python `invoice.org_id != request.user.org_id`), read from the text once.
   * Only comparisons whose sides are both dotted paths are kept: that is what an ownership check looks like.
   */
  private get comparisonIndex(): { left: string; right: string; line: number; start: number }[] {
    if (this.comparisons) return this.comparisons;
    const out: { left: string; right: string; line: number; start: number }[] = [];
    const text = this.text;
    if (/[!=]=|\.equals\(/.test(text)) {
      const lines = lineStarts(text);
      const add = (left: string | undefined, right: string | undefined, at: number) => {
        if (!left || !right) return;
        const l = compact(left);
        const r = compact(right);
        // One side may be a plain name (`application.applicant_id == user_id`, a helper's parameter): the rules judge what it is bound to.
        if ((!l.includes('.') && !r.includes('.')) || l === r || NOT_A_VALUE_NAME.test(l) || NOT_A_VALUE_NAME.test(r)) return;
        out.push({ left: l, right: r, line: upperBound(lines, at), start: at });
      };
      let exits: ReturnType<typeof earlyExits> | null = null;
      for (const m of text.matchAll(COMPARISON_OPERATOR)) {
        const at = m.index!;
        const before = text.slice(Math.max(0, at - 160), at);
        const left = COMPARED_LEFT.exec(before)?.[1] ?? COMPARED_NAME_LEFT.exec(before)?.[1];
        if (!left) continue;
        COMPARED_RIGHT.lastIndex = at + m[0].length;
        COMPARED_NAME_RIGHT.lastIndex = at + m[0].length;
        const right = COMPARED_RIGHT.exec(text)?.[1] ?? COMPARED_NAME_RIGHT.exec(text)?.[1];
        // `if membership.user_id == request.user.id: return …` ("you cannot remove yourself"): equal, the route stops without
        // using the row; it goes on for every row that is not the caller's. That excludes the caller's own row, it limits nothing.
        if (m[0][0] === '=' && left && right && excludedByEquality(at, compact(left), compact(right), (exits ??= earlyExits(this.root, this.isPython)))) continue;
        add(left, right, at);
      }
      for (const m of text.matchAll(EQUALS_CALL)) add(m[1], m[2], m.index!);
      out.sort((a, b) => a.start - b.start);
    }
    this.comparisons = out;
    return out;
  }

  /**
   * Where the file writes or reads the caller's identity in a session (`req.session.userId = user.id`,
   * `if (!req.session.userId)`, Flask `session['user_id']`, `session.get('user_id')`), read from the text once.
   */
  private get sessionIdentityIndex(): { target: string; line: number; start: number; write: boolean }[] {
    if (this.sessionIdentity) return this.sessionIdentity;
    const out: { target: string; line: number; start: number; write: boolean }[] = [];
    if (/session/i.test(this.text)) {
      const text = this.text;
      const lines = lineStarts(text);
      for (const m of text.matchAll(SESSION_IDENTITY)) {
        const at = m.index!;
        const rest = text.slice(at + m[0].length, at + m[0].length + 40);
        const assigned = /^\s*=(?![=>])\s*([^\n;]*)/.exec(rest);
        // `req.session.user = null`, `session['user_id'] = None`: signing out, not in.
        if (assigned && /^(?:null|undefined|None|void\b|''|"")/.test(assigned[1]!.trim())) continue;
        out.push({ target: compact(m[0]).replace(/\?\./g, '.'), line: upperBound(lines, at), start: at, write: assigned !== null });
      }
    }
    this.sessionIdentity = out;
    return out;
  }

  /**
   * Where the file writes another id into a session (`ctx.session.tenantId = row.tenant_id`, `session['patient_id'] = …`):
   * a principal other than a user (a renter, a patient) signed in, or mere state (`session.cartId`): the rules decide.
   */
  private get sessionPrincipalIndex(): { target: string; line: number; start: number }[] {
    if (this.sessionPrincipal) return this.sessionPrincipal;
    const out: { target: string; line: number; start: number }[] = [];
    if (/session/i.test(this.text)) {
      const text = this.text;
      const lines = lineStarts(text);
      for (const m of text.matchAll(SESSION_PRINCIPAL)) {
        const at = m.index!;
        const assigned = /^\s*=(?![=>])\s*([^\n;]*)/.exec(text.slice(at + m[0].length, at + m[0].length + 80));
        if (!assigned || /^(?:null|undefined|None|void\b|''|"")/.test(assigned[1]!.trim())) continue;
        out.push({ target: compact(m[0]).replace(/\?\./g, '.'), line: upperBound(lines, at), start: at });
      }
    }
    this.sessionPrincipal = out;
    return out;
  }

  /** `req.headers.authorization`, `request.headers['x-cron-secret']`: request headers read as properties, in source order. */
  private get headerReads(): { name: string; line: number; start: number }[] {
    if (this.headerProperties) return this.headerProperties;
    const out: { name: string; line: number; start: number }[] = [];
    if (!this.isPython && this.text.includes('headers')) {
      const rule = { any: [{ kind: 'member_expression' }, { kind: 'subscript_expression' }], has: { field: 'object', regex: '(?:^|\\.)headers$' } };
      for (const node of this.root.findAll({ rule })) {
        const key = node.kind() === 'member_expression' ? node.field('property') : node.field('index');
        if (!key || (key.kind() !== 'property_identifier' && key.kind() !== 'string')) continue;
        const { start } = node.range();
        out.push({ name: unquote(key.text()).toLowerCase(), line: start.line + 1, start: start.index });
      }
    }
    this.headerProperties = out;
    return out;
  }

  /**
   * What holds a TypeORM repository in this file, read from the text: a local (`const repo = AppDataSource.getRepository(TimeEntry)`,
   * the latest before `at`) or a function returning one (`const members = () => AppDataSource.getRepository(Member)`,
   * `function repo() { return dataSource.getRepository(TimeEntry); }`); the entity it holds.
   */
  private repositoryHeldBy(name: string, accessor: boolean, at: number): string | undefined {
    let found: string | undefined;
    for (const h of this.holders) if (h.name === name && h.accessor === accessor && (accessor || h.at < at)) found = h.model;
    return found;
  }

  private get holders(): { name: string; model: string; accessor: boolean; at: number; exported: boolean }[] {
    if (this.repositoryHolders) return this.repositoryHolders;
    const out: { name: string; model: string; accessor: boolean; at: number; exported: boolean }[] = [];
    if (!this.isPython && this.text.includes('getRepository(')) {
      const listed = new Set<string>();
      for (const m of this.text.matchAll(EXPORT_LIST)) for (const spec of m[1]!.split(',')) listed.add(spec.trim().split(/\s+/)[0]!);
      for (const m of this.text.matchAll(REPOSITORY_HOLDER)) {
        const name = (m[1] ?? m[4])!;
        const exported = /\bexport\s+(?:async\s+)?$/.test(this.text.slice(Math.max(0, m.index! - 20), m.index!)) || listed.has(name);
        out.push({ name, model: (m[3] ?? m[5])!, accessor: m[2] !== undefined || m[4] !== undefined, at: m.index!, exported });
      }
    }
    this.repositoryHolders = out;
    return out;
  }

  /**
   * The TypeORM repositories this module exports, and what they hold: `export const userRepo = () => AppDataSource.getRepository(User)`,
   * `export const users = AppDataSource.getRepository(User)`, `export function repo() { return ds.getRepository(User) }`.
   * Another module that imports one writes that entity through it (see `DataOpFact.repository`).
   */
  exportedRepositories(): { name: string; model: string; accessor: boolean }[] {
    return this.holders.filter((h) => h.exported).map(({ name, model, accessor }) => ({ name, model, accessor }));
  }

  /**
   * Names bound by this module's imports (`import { userRepo } from '../db/repositories'`, `const { userRepo } = require(…)`),
   * as the structure extractor reads them: it hands them over before functions are summarised.
   */
  useImportedNames(names: ReadonlySet<string>): void {
    this.imported = names;
  }

  /**
   * A TypeORM repository imported from another module: `userRepo().update(…)` with `import { userRepo } from
   * '../db/repositories'`, or `users.delete(…)` with `users` imported. Which entity it holds is known only once the
   * module that exports it is read, so the operation names the holder (`repository`); the fact index resolves it, and
   * drops the operation when the import holds no repository and its name says nothing (`cache().delete(key)`).
   */
  private importedRepository(node: SgNode, callee: string, found: ClassifiedNode | null, leaves: LeafCollector): ClassifiedNode | null {
    const m = HOLDER_CALLEE.exec(callee);
    if (!m || !this.imported.has(m[1]!)) return null;
    const op = found ?? classifyInjectedRepository(node, m[3]!, { model: '', orm: 'typeorm' }, leaves);
    if (!op) return null;
    const guess = found?.model ?? repositoryNameGuess(m[1]!);
    return { ...op, model: guess, repository: { holder: m[1]!, accessor: m[2] !== undefined, guess } };
  }

  private classify(node: SgNode, callee: string, firstString: string | null, owner: ClassScope | null): ClassifiedNode | null {
    // Locals are looked up in the top-level statement around the call (closures included), not the whole file.
    let scope: SgNode | null = null;
    const leaves = (n: SgNode | null | undefined, out: string[]) => this.collectLeaves(n, out, 0, (scope ??= this.topLevel(node)));
    // `this.users.delete(id)` where `users` is an injected `Repository<User>` (whatever the field is called).
    const injected = owner ? /^this\.(\w+)\.(\w+)$/.exec(callee) : null;
    const repository = injected ? owner!.fields.get(injected[1]!)?.repository : null;
    if (injected && repository) {
      const op = this.withSavedFields(classifyInjectedRepository(node, injected[2]!, repository, leaves), node, injected[2]!, (scope ??= this.topLevel(node)), leaves);
      // `this.repo.update(…)` with `repo: Repository<T>` in `class WorkspaceRepository<T>`: the entity the constructor is given.
      const entity = op ? owner!.entityParams?.get(repository.model) : undefined;
      return entity ? { ...op!, modelArgument: entity } : op;
    }
    // `members().remove(member)` with `const members = () => AppDataSource.getRepository(Member)`, or `repo.save(…)` with
    // `const repo = AppDataSource.getRepository(TimeEntry)`: the repository the accessor or the local holds.
    const held = !this.isPython && this.text.includes('getRepository(') ? /^([A-Za-z_$][\w$]*)(\(\))?\.(\w+)$/.exec(callee) : null;
    const heldModel = held ? this.repositoryHeldBy(held[1]!, held[2] !== undefined, node.range().start.index) : undefined;
    if (held && heldModel) return this.withSavedFields(classifyInjectedRepository(node, held[3]!, { model: heldModel, orm: 'typeorm' }, leaves), node, held[3]!, (scope ??= this.topLevel(node)), leaves);
    const found = mightBeDataCall(callee, this.language) ? classifyDataNode(node, callee, this.language, leaves) : null;
    if (found) return (found.via === 'typeorm' && !this.isPython && this.importedRepository(node, callee, found, leaves)) || found;
    const imported = !this.isPython && mightBeDataCall(callee, this.language) ? this.importedRepository(node, callee, null, leaves) : null;
    if (imported) return imported;
    const instance = INSTANCE_WRITE.exec(callee);
    if (instance) {
      const written = this.instanceWrite(node, instance[1]!, instance[2]!, owner, (scope ??= this.topLevel(node)), leaves);
      if (written) return written;
    }
    const sql = firstString ? classifySql(callee, firstString) : null;
    if (!sql) return null;
    const params = sqlParameters(node, leaves);
    return sql.op === 'create' ? { ...sql, filter: [], values: params } : { ...sql, filter: params, values: [] };
  }

  /**
   * `member.destroy()`, `invoice.save()` after `invoice.status = 'void'`, `member.update({ role })`
   * on a row the same function loaded from a model (`const member = await User.findOne({ where })`,
   * Sequelize/Mongoose/active-record style): a write of that model, selected by the load's filter.
   * Anything else called `save` or `destroy` (a form, a socket, `req.session`) is not a local loaded from a model.
   */
  private instanceWrite(call: SgNode, name: string, method: string, owner: ClassScope | null, scope: SgNode, leaves: LeafCollector): ClassifiedNode | null {
    const at = call.range().start.index;
    const local = this.localsAt(name, at, scope)[0];
    if (!local?.node) return null;
    let load = stripAwait(local.node);
    // `Invoice.findById(id).populate('customer').exec()`: the query is below the links that still return documents.
    for (let hops = 0; hops < 3 && load.kind() === 'call_expression'; hops++) {
      const fn = load.field('function');
      if (fn?.kind() !== 'member_expression' || !/^(?:exec|orFail|populate|select|session)$/.test(fn.field('property')?.text() ?? '')) break;
      load = fn.field('object') ?? load;
    }
    if (load.kind() !== 'call_expression') return null;
    const loadCallee = compact(load.field('function')?.text() ?? '');
    // The load comes before the write, so the calls index has classified it already, with the class's injected
    // repositories for a load through a field (`const user = await this.userModel.findById(id)`): that is reused.
    const indexed = this.indexedCall(load);
    const injected = owner ? THIS_FIELD_CALL.exec(loadCallee) : null;
    const repository = injected ? owner!.fields.get(injected[1]!)?.repository : null;
    let read = indexed ? indexed.data : injected && repository ? classifyInjectedRepository(load, injected[2]!, repository, leaves) : mightBeDataCall(loadCallee, this.language) ? classifyDataNode(load, loadCallee, this.language, leaves) : null;
    // `const invoice = await findInvoice(organizationId, id)`: a function of this file that returns a row it loaded.
    if (!read && /^[A-Za-z_$][\w$]*$/.test(loadCallee)) read = this.rowReturnedBy(loadCallee, load, leaves);
    if (!read || read.op !== 'read' || read.via !== 'orm' || !read.model) return null;
    const op = INSTANCE_METHODS[method]!;
    const values: string[] = [];
    const written = (arg: SgNode) => {
      leaves(arg, values);
      if (arg.kind() === 'object') for (const [key] of objectEntries(arg)) if (!values.includes(`.${key}`)) values.push(`.${key}`);
    };
    if (method === 'update') for (const arg of argumentsOf(call.field('arguments'))) written(arg);
    else if (method === 'save') this.fieldsSetOn(name, local.at, at, scope, values, leaves, written);
    return { op, model: read.model, via: 'orm', filter: read.filter, values };
  }

  /**
   * `invoice.status = 'void'` or `member.set({ role })` between a row's declaration (`from`) and its save (`to`): the fields
   * written (as `.status`) and the values written to them.
   */
  private fieldsSetOn(name: string, from: number, to: number, scope: SgNode, values: string[], leaves: LeafCollector, written: (arg: SgNode) => void): void {
    const rule = {
      any: [
        { kind: 'assignment_expression', has: { field: 'left', kind: 'member_expression', has: { field: 'object', regex: `^${name}$` } } },
        { kind: 'call_expression', has: { field: 'function', regex: `^${name}\\s*\\.\\s*set$` } },
      ],
    };
    for (const node of scope.findAll({ rule })) {
      const offset = node.range().start.index;
      if (offset <= from || offset >= to) continue;
      if (node.kind() === 'call_expression') {
        for (const arg of argumentsOf(node.field('arguments'))) written(arg);
        continue;
      }
      const field = node.field('left')?.field('property')?.text();
      if (field && !values.includes(`.${field}`)) values.push(`.${field}`);
      leaves(node.field('right'), values);
    }
  }

  /**
   * A TypeORM `repo.save(vehicle)` of a local row whose fields were set before (`vehicle.status = 'decommissioned'` on a row
   * `this.findForOrg(…)` returned): the update writes those fields, as `invoice.save()` does after `invoice.status = 'void'`.
   */
  private withSavedFields(op: ClassifiedNode | null, call: SgNode, method: string, scope: SgNode, leaves: LeafCollector): ClassifiedNode | null {
    if (!op || op.op !== 'update' || method !== 'save') return op;
    const row = argumentsOf(call.field('arguments'))[0];
    if (row?.kind() !== 'identifier') return op;
    const at = call.range().start.index;
    const local = this.localsAt(row.text(), at, scope)[0];
    if (!local) return op;
    const values = [...op.values];
    const written = (arg: SgNode) => {
      leaves(arg, values);
      if (arg.kind() === 'object') for (const [key] of objectEntries(arg)) if (!values.includes(`.${key}`)) values.push(`.${key}`);
    };
    this.fieldsSetOn(row.text(), local.at, at, scope, values, leaves, written);
    return values.length === op.values.length ? op : { ...op, values };
  }

  /**
   * The model read whose row a function of this file returns (`async function findInvoice(organizationId, id) {
   * const invoice = await Invoice.findOne({ where: { id, organizationId } }); …; return invoice; }`), with the
   * filter in the caller's terms: a value read from a parameter becomes what the call passes for it.
   */
  private rowReturnedBy(name: string, call: SgNode, leaves: LeafCollector): ClassifiedNode | null {
    if (this.isPython || !this.text.includes(name)) return null;
    const named = { field: 'name', regex: `^${name.replace(/\$/g, '\\$')}$` };
    const fn = this.root.find({
      rule: {
        any: [
          { kind: 'function_declaration', has: named },
          { kind: 'variable_declarator', has: named },
        ],
      },
    });
    const body = fn?.kind() === 'variable_declarator' ? fn.field('value') : fn;
    if (!body || !/^(?:function_declaration|arrow_function|function_expression|function)$/.test(kindOf(body))) return null;
    const returned = body.findAll({ rule: { kind: 'return_statement' } }).map((r) => r.children().find((c) => c.isNamed()));
    let read: ClassifiedNode | null = null;
    for (const value of returned) {
      if (!value) continue;
      let load = stripAwait(value);
      if (load.kind() === 'identifier') {
        const local = this.localsAt(load.text(), value.range().start.index, body)[0];
        load = local?.node ? stripAwait(local.node) : load;
      }
      if (load.kind() !== 'call_expression') continue;
      const loadCallee = compact(load.field('function')?.text() ?? '');
      const found = this.indexedCall(load)?.data ?? (mightBeDataCall(loadCallee, this.language) ? classifyDataNode(load, loadCallee, this.language, leaves) : null);
      if (found && 'op' in found && found.op === 'read' && found.via === 'orm' && found.model) {
        read = found as ClassifiedNode;
        break;
      }
    }
    if (!read) return null;
    const params = (body.field('parameters')?.namedChildren() ?? []).map((p) => (p.kind() === 'identifier' ? p.text() : p.kind() === 'required_parameter' ? (p.field('pattern')?.text() ?? '') : ''));
    const single = body.field('parameter');
    if (single?.kind() === 'identifier') params.push(single.text());
    const args = argumentsOf(call.field('arguments'));
    const filter: string[] = [];
    for (const v of read.filter) {
      const root = v.split(/[.([]/)[0]!;
      const i = params.indexOf(root);
      if (i < 0) {
        if (!filter.includes(v)) filter.push(v);
        continue;
      }
      // A parameter becomes the value passed (`id` → `req.params.id`, with the locals it comes from), a path on it
      // the same path on that value (`user.orgId` → `req.user.orgId`); anything else passed leaves the helper's name.
      const arg = args[i];
      const passed: string[] = [];
      if (arg && root === v) leaves(arg, passed);
      else if (arg && /^(?:identifier|member_expression)$/.test(kindOf(arg))) passed.push(compact(arg.text()) + v.slice(root.length));
      else passed.push(v);
      for (const p of passed) if (!filter.includes(p)) filter.push(p);
    }
    return { ...read, filter, values: [] };
  }

  /** The index's entry for a call node, when it is indexed already (while the index is built: the calls before it). */
  private indexedCall(node: SgNode): IndexedCall | undefined {
    const all = this.indexedCalls ?? this.indexing;
    const { start, end } = node.range();
    for (let i = lowerBound(all, start.index); i < all.length && all[i]!.start === start.index; i++) if (all[i]!.end === end.index) return all[i];
    return undefined;
  }

  /**
   * The value texts under a node: identifiers, member paths and short accessor calls
   * (`c.req.param('id')`), with locals followed one or two steps to where they were read
   * (`const { projectId } = req.params` → `projectId`, `req.params.projectId`).
   */
  collectLeaves(node: SgNode | null | undefined, out: string[], depth: number, scope: SgNode = this.root): void {
    if (!node || out.length >= MAX_LEAVES) return;
    const kind = kindOf(node);
    switch (kind) {
      case 'identifier':
      case 'shorthand_property_identifier': {
        const name = node.text();
        if (LITERAL_IDENTIFIERS.has(name)) return;
        push(out, name);
        if (depth < 2) for (const local of this.localsAt(name, node.range().start.index, scope)) {
          if (local.text) push(out, local.text);
          else this.collectLeaves(local.node, out, depth + 1, scope);
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
        if (fn && (fn.kind() === 'member_expression' || fn.kind() === 'attribute')) this.collectLeaves(fn.field('object'), out, depth, scope);
        for (const arg of argumentsOf(node.field('arguments'))) this.collectLeaves(arg, out, depth, scope);
        return;
      }
      case 'pair':
      case 'keyword_argument':
        this.collectLeaves(node.field('value'), out, depth, scope);
        return;
      case 'string':
      case 'number':
      case 'comment':
      case 'property_identifier':
      case 'regex':
        return;
      default:
        for (const child of node.namedChildren()) this.collectLeaves(child, out, depth, scope);
    }
  }

  /** The local variable named `name` visible at `offset` (the latest declaration before it). */
  private localsAt(name: string, offset: number, scope: SgNode): LocalValue[] {
    const declared = this.declarationsIn(scope).get(name);
    if (!declared) return [];
    const visible: LocalValue[] = [];
    for (const d of declared) {
      if (d.at >= offset) continue;
      // The function a declaration is local to is looked up only for names that are asked about.
      if (d.scopeEnd < 0) {
        const range = (enclosingScope(d.decl) ?? this.root).range();
        d.scopeStart = range.start.index;
        d.scopeEnd = range.end.index;
      }
      if (d.scopeStart <= offset && offset <= d.scopeEnd) visible.push(d);
    }
    return visible.length > 0 ? [visible[visible.length - 1]!] : [];
  }

  /**
   * Every declaration in a top-level statement, by the names it binds: `const name = …`,
   * `const { name } = …`, `const { key: name } = …`, Python `name = …`. One query per
   * statement, however many names are looked up in it.
   */
  private declarationsIn(scope: SgNode): Map<string, (LocalValue & { decl: SgNode })[]> {
    this.locals ??= new Map();
    const key = scope.range().start.index;
    const cached = this.locals.get(key);
    if (cached) return cached;
    const byName = new Map<string, (LocalValue & { decl: SgNode })[]>();
    const add = (name: string, decl: SgNode, node: SgNode | null, text: string | null) => {
      const list = byName.get(name) ?? [];
      list.push({ name, decl, at: decl.range().start.index, scopeStart: -1, scopeEnd: -1, node, text });
      byName.set(name, list);
    };
    const rule = this.isPython ? { kind: 'assignment', has: { field: 'left', kind: 'identifier' } } : { kind: 'variable_declarator' };
    for (const decl of scope.findAll({ rule })) {
      const target = decl.field('name') ?? decl.field('left');
      const value = decl.field('value') ?? decl.field('right');
      if (!target || !value) continue;
      const targetKind = target.kind();
      if (targetKind === 'identifier') {
        add(target.text(), decl, value, null);
        continue;
      }
      if (targetKind !== 'object_pattern') continue;
      // const { projectId, userId: member } = req.params
      const source = compact(stripAwait(value).text());
      const simpleSource = source.length <= 60 && !source.includes('(');
      for (const child of target.children()) {
        const childKind = child.kind();
        let name: string | null = null;
        let field: string | null = null;
        if (childKind === 'shorthand_property_identifier_pattern') name = field = child.text();
        else if (childKind === 'pair_pattern') {
          name = child.field('value')?.text() ?? null;
          field = child.field('key')?.text() ?? null;
        } else if (childKind === 'object_assignment_pattern') name = field = child.field('left')?.text() ?? null;
        if (name && field) add(name, decl, simpleSource ? null : value, simpleSource ? `${source}.${field}` : null);
      }
    }
    this.locals.set(key, byName);
    return byName;
  }

  /**
   * The statement directly under the module around a node (the node itself at the top), found
   * by offset among the module's statements: asking a node for its ancestors builds the whole
   * chain natively, for every call classified.
   */
  private topLevel(node: SgNode): SgNode {
    this.statements ??= this.root.namedChildren().map((n) => {
      const r = n.range();
      return { start: r.start.index, end: r.end.index, node: n };
    });
    const at = node.range().start.index;
    let lo = 0;
    let hi = this.statements.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = this.statements[mid]!;
      if (at < s.start) hi = mid - 1;
      else if (at >= s.end) lo = mid + 1;
      else return s.node;
    }
    return node;
  }

  /** The innermost class around an offset, with its typed fields. */
  private classAt(offset: number): ClassScope | null {
    this.classScopes ??= this.collectClasses();
    let found: ClassScope | null = null;
    for (const c of this.classScopes) if (c.start <= offset && offset < c.end && (!found || c.start > found.start)) found = c;
    return found;
  }

  private collectClasses(): ClassScope[] {
    const out: ClassScope[] = [];
    for (const node of this.nodes('class_declaration')) {
      const name = node.field('name')?.text();
      const body = node.field('body');
      if (!name || !body) continue;
      const { start, end } = node.range();
      const fields = new Map<string, ClassField>();
      const typeParams = node.field('type_parameters')?.namedChildren().filter((p) => p.kind() === 'type_parameter').map((p) => p.field('name')?.text() ?? '').filter(Boolean) ?? [];
      const entityParams = new Map<string, string>();
      for (const member of body.namedChildren()) {
        const kind = kindOf(member);
        if (kind === 'public_field_definition') {
          const field = member.field('name')?.text();
          if (field) fields.set(field, classField(member));
        } else if (kind === 'method_definition' && member.field('name')?.text() === 'constructor') {
          const assigned = new Map<string, string>();
          // `constructor(auth: AuthService) { this.auth = auth; }`
          for (const m of (member.field('body')?.text() ?? '').matchAll(/this\.(\w+)\s*=\s*(\w+)\s*(?:;|$)/gm)) assigned.set(m[2]!, m[1]!);
          for (const param of member.field('parameters')?.namedChildren() ?? []) {
            if (kindOf(param) !== 'required_parameter' && kindOf(param) !== 'optional_parameter') continue;
            const id = param.field('pattern');
            if (!id || id.kind() !== 'identifier') continue;
            // `entity: EntityTarget<T>`, `model: new () => T`: the parameter says which entity the class's `T` is.
            const typeText = typeParams.length > 0 ? compact(param.field('type')?.text() ?? '').replace(/^:/, '') : '';
            for (const t of typeParams) if (!entityParams.has(t) && new RegExp(`[<,]${t}[>,]|=>${t}$`).test(typeText)) entityParams.set(t, id.text());
            const property = param.children().some((c) => c.kind() === 'accessibility_modifier' || c.kind() === 'readonly') ? id.text() : assigned.get(id.text());
            // An untyped field declaration (`auth;`) takes the type of the parameter assigned to it.
            if (property && !fields.get(property)?.type) fields.set(property, classField(param));
          }
        }
      }
      out.push(entityParams.size > 0 ? { name, start: start.index, end: end.index, fields, entityParams } : { name, start: start.index, end: end.index, fields });
    }
    return out;
  }

  summariseNode(node: SgNode): BodySummary {
    const range = node.range();
    return this.summarise(range.start.index, range.end.index);
  }

  location(node: SgNode): Location {
    return this.locationOf(node.range());
  }

  locationOf({ start, end }: { start: { line: number; column: number }; end: { line: number; column: number } }): Location {
    return { path: this.path, startLine: start.line + 1, endLine: end.line + 1, startColumn: start.column + 1, endColumn: end.column + 1 };
  }
}

/**
 * The first argument of a call when it is a string literal, read from the source between
 * the end of the callee and the end of the call: `f('x', …)`, `` sql`…` ``, `f(r"x")`.
 */
export function leadingString(text: string, from: number, to: number, python: boolean): string | null {
  let i = from;
  if (text[i] === '`') return templateBody(text, i, to);
  if (text[i] === '<') return null; // generic call f<T>(…): rare for the strings we look at
  if (text[i] === '?' && text[i + 1] === '.') i += 2; // f?.('x')
  while (i < to && /\s/.test(text[i]!)) i++;
  if (text[i] !== '(') return null;
  i++;
  while (i < to && /\s/.test(text[i]!)) i++;
  if (python) while (i < to && /[rRbBuUfF]/.test(text[i]!)) i++;
  const quote = text[i];
  if (quote === '`') return templateBody(text, i, to);
  if (quote !== '"' && quote !== "'") return null;
  const triple = python && text.startsWith(quote.repeat(3), i);
  const delimiter = triple ? quote.repeat(3) : quote;
  const bodyStart = i + delimiter.length;
  for (let j = bodyStart; j < to; j++) {
    if (text[j] === '\\') j++;
    else if (text.startsWith(delimiter, j)) return text.slice(bodyStart, j);
    else if (!triple && text[j] === '\n') return null;
  }
  return null;
}

function templateBody(text: string, at: number, to: number): string | null {
  for (let j = at + 1; j < to; j++) {
    if (text[j] === '\\') j++;
    else if (text[j] === '`') return text.slice(at + 1, j);
  }
  return null;
}

/** A node's kind as a string (the typings allow numeric kinds too). */
export function kindOf(node: SgNode): string {
  return String(node.kind());
}

/** The first real argument of an argument list (`(` and `,` are children too). */
export function firstArgument(args: SgNode | null): SgNode | null {
  if (!args) return null;
  // Usually `(` then the argument: one child lookup instead of wrapping every child.
  const second = args.child(1);
  if (!second) return null;
  if (second.isNamed() && second.kind() !== 'comment') return second;
  if (!second.isNamed() && second.text() === ')') return null;
  for (const child of args.namedChildren()) if (child.kind() !== 'comment') return child;
  return null;
}

/** The real arguments of an argument list. */
export function argumentsOf(args: SgNode | null): SgNode[] {
  if (!args) return [];
  return args.namedChildren().filter((c) => c.kind() !== 'comment');
}

/** `const project = await prisma.project.findFirst(…)` → `project`: the local a call's result is bound to. */
/**
 * The locals a call's result is declared into: `const ws = await f()` → `['ws']`, `const { workspace, user: me } = await f()`
 * → `['workspace', 'me']`. The text before the call is read first (most calls are not declared into anything).
 */
function declaredInto(text: string, at: number, call: SgNode): string[] | null {
  let i = at - 1;
  while (i >= 0 && /\s/.test(text[i]!)) i--;
  if (text.slice(Math.max(0, i - 4), i + 1) === 'await') for (i -= 5; i >= 0 && /\s/.test(text[i]!); ) i--;
  if (text[i] !== '=' || /[=!<>]/.test(text[i - 1] ?? '')) return null;
  let node = call;
  for (let hops = 0; hops < 4; hops++) {
    const parent = node.parent();
    if (!parent) return null;
    const kind = kindOf(parent);
    if (kind === 'variable_declarator') {
      const name = parent.field('name');
      if (name?.kind() === 'identifier') return [name.text()];
      if (name?.kind() !== 'object_pattern') return null;
      const names: string[] = [];
      for (const part of name.namedChildren()) {
        const partKind = kindOf(part);
        if (partKind === 'shorthand_property_identifier_pattern') names.push(part.text());
        else if (partKind === 'pair_pattern' && part.field('value')?.kind() === 'identifier') names.push(part.field('value')!.text());
        else if (partKind === 'object_assignment_pattern' && part.field('left')?.kind() === 'shorthand_property_identifier_pattern') names.push(part.field('left')!.text());
      }
      return names.length > 0 ? names : null;
    }
    if (kind !== 'await_expression' && kind !== 'parenthesized_expression' && kind !== 'as_expression' && kind !== 'non_null_expression') return null;
    node = parent;
  }
  return null;
}

function boundLocal(call: SgNode): string | null {
  let node = call;
  for (let hops = 0; hops < 8; hops++) {
    const parent = node.parent();
    if (!parent) return null;
    const kind = kindOf(parent);
    if (kind === 'variable_declarator') {
      const name = parent.field('name');
      return name?.kind() === 'identifier' ? name.text() : null;
    }
    // `await Candidate.findById(id).lean()`, `.populate('owner').exec()`: the query's own modifiers still yield its row.
    if (kind === 'member_expression' && QUERY_MODIFIER.test(parent.field('property')?.text() ?? '')) {
      const chained = parent.parent();
      if (chained?.kind() !== 'call_expression' || chained.field('function')?.id() !== parent.id()) return null;
      node = chained;
      continue;
    }
    if (kind !== 'await_expression' && kind !== 'parenthesized_expression' && kind !== 'as_expression' && kind !== 'non_null_expression') return null;
    node = parent;
  }
  return null;
}

/** A path parameter read from the request (`request.params.companyId`, `req.params['orgId']`). */
const PATH_PARAMETER = /(?:^|\.)params(?:\.[A-Za-z_$][\w$]*|\[['"][\w$]+['"]\])$/;

/** Mongoose query modifiers that shape or run the query without changing which row it finds. */
const QUERY_MODIFIER = /^(?:lean|exec|populate|select|orFail|session|setOptions|collation|hint|maxTimeMS|read|comment)$/;

/**
 * Python: the local a read's result is assigned to (`job = db.scalar(select(Job).where(…))` → `job`), through
 * `await`, parentheses and the session call or row method wrapping the statement (`db.execute(…).scalar_one()`).
 */
function pythonBoundLocal(call: SgNode): string | null {
  let node = call;
  for (let hops = 0; hops < 6; hops++) {
    const parent = node.parent();
    if (!parent) return null;
    const kind = parent.kind();
    if (kind === 'assignment') {
      const left = parent.field('left');
      return parent.field('right')?.id() === node.id() && left?.kind() === 'identifier' ? left.text() : null;
    }
    // The statement handed to the session (`db.scalar(stmt)`): its only argument.
    if (kind === 'argument_list' && (parent.namedChildren().length !== 1 || !/\.(?:scalars?|execute|exec|get|one|first|scalar_one(?:_or_none)?)$/.test(parent.parent()?.field('function')?.text() ?? ''))) return null;
    if (kind !== 'await' && kind !== 'parenthesized_expression' && kind !== 'argument_list' && kind !== 'call' && kind !== 'attribute') return null;
    node = parent;
  }
  return null;
}

/** Callees that are never the repository's own helpers or services: their arguments are not kept. */
const NO_ARGUMENTS = /^(?:console|JSON|Math|Object|Array|Promise|Number|String|Date|Reflect|Buffer|z|expect|describe|it|test|vi|jest|logger|log|res|reply|response|router|app|fastify|require|import|parseInt|parseFloat|setTimeout|setInterval)(?:\.|$)|(?:^|\.)(?:push|map|filter|forEach|reduce|some|every|includes|join|split|slice|replace|toString|then|catch|json|send|status|log|debug|info|warn|error|use|on|emit)$/;

/** `const caller = request.user!;` / `const { id, userId: member } = req.params` (group 1 or 2), up to the end of the statement. */
/** Python `user = request.user`, `org = self.request.user.organization`: a name assigned a plain value path (an attribute chain, no call). */
const PY_PATH_DECLARATION = /^[ \t]*([A-Za-z_]\w*)[ \t]*=[ \t]*(?:await[ \t]+)?[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+[ \t]*(?:#.*)?$/gm;
const PATH_DECLARATION = /\b(?:const|let|var)\s+(?:([A-Za-z_$][\w$]*)\s*(?::[^=;\n]+)?|\{([^{}]*)\}\s*(?::[^=;\n]+)?)=\s*(?:await\s+)?[A-Za-z_$][\w$]*(?:\s*[!?]?\.\s*[A-Za-z_$][\w$]*)*!?(?:\s+as\s+[\w$.<>[\]| ]+)?\s*(?:;|\n|$)/g;

/**
 * The caller's identity in a session: `req.session.userId`, `ctx.session?.user`, `session.userId`,
 * `request.session['user_id']`, `session.get('user_id')` (a read). Keys that name someone else's id are not the caller's.
 */
const SESSION_IDENTITY = /(?<![\w$.])(?:[A-Za-z_$][\w$]*\??\.)*session(?:\??\.(?:userId|userID|user_id|uid|user|currentUser|current_user|accountId|account_id)\b|\[\s*['"](?:userId|user_id|uid|user|account_id)['"]\s*\]|\.get\(\s*['"](?:userId|user_id|uid|user|account_id)['"])/g;
/** Any other id written into a session: `ctx.session.tenantId`, `req.session.patient_id`, `session['customer_id']`. */
const SESSION_PRINCIPAL = /(?<![\w$.])(?:[A-Za-z_$][\w$]*\??\.)*session(?:\??\.(?:[a-z][A-Za-z0-9]*Id|[a-z][a-z0-9]*_id)\b|\[\s*['"](?:[a-z][a-z0-9]*_id|[a-z][A-Za-z0-9]*Id)['"]\s*\])/g;
/** `const { can, cannot: forbid, build } = new AbilityBuilder<AppAbility>(createMongoAbility)`. */
const ABILITY_BUILDER_DESTRUCTURED = /\{([^{}]*)\}\s*(?::[^=;\n]+)?=\s*new\s+AbilityBuilder\b/g;
/** `const builder = new AbilityBuilder(createMongoAbility)`. */
const ABILITY_BUILDER_VARIABLE = /\b(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*(?::[^=;\n]+)?=\s*new\s+AbilityBuilder\b/g;
/** `defineAbility((can, cannot) => …)`, `defineAbility(can => …)`, `defineAbility(function (can) { … })`. */
const DEFINE_ABILITY_CALLBACK = /\bdefineAbility\s*(?:<[^>]*>)?\(\s*(?:async\s+)?(?:function\s*[\w$]*\s*\(([^)]*)\)|\(([^)]*)\)\s*=>|([A-Za-z_$][\w$]*)\s*=>)/g;
/** `(role && …)`, `(role)`, `(role !== undefined && …)`, `(role != null)`: the name an `if` requires to be set. */
const REQUIRED_CONDITION = /^\(\s*([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)?)\s*(?:!==?\s*(?:undefined|null)\s*)?(?:&&|\)$)/;
/** Calls that check a permission by name (`requireRole`, `assertCanEdit`, `authorize`): the enclosing `if` may make them optional. */
const CHECK_CALLEE = /(?:^|\.)(?:require|assert|ensure|check|enforce|authori[sz]e|verify)[A-Z]\w*$|(?:^|\.)(?:authori[sz]e|can)$/;

/** Calls that may decrypt or read a secret: whether their result is only a signing key is worth asking. */
const SECRET_CALLEE = /crypt|secret|reveal|unseal|decipher/i;
/** Calls that sign or hash with a key: `hmac.new`, `crypto.createHmac`, `_sign`, `sign_payload`, `hashlib.sha256`. */
const SIGNING_CALLEE = /(?:^|\.)(?:hmac\.\w+|createHmac|hashlib\.\w+|createHash)$|(?:^|[._])_?sign(?!_?(?:up|in|out)\b)\w*$|(?:^|[._])(?:hmac|signature|digest)\w*$/i;
/** Conversions a key passes through on its way to the signing call (`.encode()`, `bytes(…)`, `Buffer.from(…)`). */
const KEY_CONVERSION = /^(?:bytes|str|Buffer\.from|TextEncoder\(\)\.encode)$/;
const CONVERSION_METHOD = /^(?:encode|decode|toString|strip|trim)$/;

/**
 * The signing call a value only keys: `_sign(decrypt_secret(s), body)`, `hmac.new(decrypt_secret(s).encode(), …)`,
 * or a local assigned the value and used nowhere but as such an argument. Null when the value goes anywhere else.
 */
function signingUse(node: SgNode): string | null {
  const direct = signingArgument(node);
  if (direct) return direct;
  // `key = decrypt_secret(s)` / `const key = decrypt(s)`, then every use of `key` keys a signing call.
  const holder = node.parent();
  const kind = holder ? String(holder.kind()) : '';
  const name = kind === 'assignment' || kind === 'variable_declarator' ? (holder!.field(kind === 'assignment' ? 'left' : 'name') ?? null) : null;
  if (!name || name.kind() !== 'identifier' || holder!.field(kind === 'assignment' ? 'right' : 'value')?.id() !== node.id()) return null;
  let body: SgNode | null = holder!;
  while (body && !/^(?:function_definition|function_declaration|function_expression|arrow_function|method_definition|module|program)$/.test(String(body.kind()))) body = body.parent();
  if (!body) return null;
  let found: string | null = null;
  for (const use of body.findAll({ rule: { kind: 'identifier', regex: `^${name.text()}$` } })) {
    if (use.id() === name.id()) continue;
    const signs = signingArgument(use);
    if (!signs) return null;
    found ??= signs;
  }
  return found;
}

function signingArgument(node: SgNode): string | null {
  let value = node;
  for (let depth = 0; depth < 4; depth++) {
    const parent = value.parent();
    if (!parent) return null;
    const kind = String(parent.kind());
    if ((kind === 'attribute' || kind === 'member_expression') && parent.field('object')?.id() === value.id()) {
      const method = parent.field(kind === 'attribute' ? 'attribute' : 'property')?.text() ?? '';
      const call = parent.parent();
      if (!CONVERSION_METHOD.test(method) || !call || !/^call(?:_expression)?$/.test(String(call.kind()))) return null;
      value = call;
      continue;
    }
    const list = kind === 'keyword_argument' ? parent.parent() : parent;
    const listKind = list ? String(list.kind()) : '';
    if (listKind !== 'argument_list' && listKind !== 'arguments') return null;
    const call = list!.parent();
    const callee = compact(call?.field('function')?.text() ?? '');
    if (!call || !callee) return null;
    if (SIGNING_CALLEE.test(callee)) return callee;
    if (!KEY_CONVERSION.test(callee)) return null;
    value = call;
  }
  return null;
}

/** The name an enclosing `if` (below `start`, the body summarised) requires to be set for `node` to run, when its condition says so plainly. */
/** Whether a call sits in a `catch` block of the body that starts at `start`. */
function insideCatch(node: SgNode, start: number): boolean {
  for (let n = node.parent(); n && n.range().start.index >= start; n = n.parent()) if (n.kind() === 'catch_clause') return true;
  return false;
}

function requiredName(node: SgNode, start: number): string | null {
  let child = node;
  for (let n = node.parent(); n && n.range().start.index >= start; child = n, n = n.parent()) {
    if (n.kind() !== 'if_statement') continue;
    const consequence = n.field('consequence');
    if (!consequence || child.range().start.index < consequence.range().start.index) continue;
    const m = REQUIRED_CONDITION.exec(compact(n.field('condition')?.text() ?? ''));
    if (m) return m[1]!;
  }
  return null;
}

/**
 * `const repo = ds.getRepository(X)` (group 1, 3), `const repo = () => ds.getRepository(X)` (group 2: the arrow), or
 * `function repo() { return ds.getRepository(X) }` (group 4, 5); type annotations allowed.
 */
/** `export { userRepo, users as members }`: names a module exports after declaring them. */
const EXPORT_LIST = /\bexport\s*\{([^}]*)\}(?!\s*from)/g;
/** `userRepo().update` / `users.delete`: a holder called or used as is, then the repository method. */
const HOLDER_CALLEE = /^([A-Za-z_$][\w$]*)(\(\))?\.(\w+)$/;

const REPOSITORY_HOLDER = /\b(?:const|let)\s+([A-Za-z_$][\w$]*)\s*(?::[^=;\n]+)?=\s*(\(\s*\)\s*(?::[^=]+)?=>\s*)?[\w$.]*getRepository\(\s*([A-Z][\w$]*)\s*\)|\bfunction\s+([A-Za-z_$][\w$]*)\s*\(\s*\)\s*(?::[^{]+)?\{\s*return\s+[\w$.]*getRepository\(\s*([A-Z][\w$]*)\s*\)/g;

/** The platform's own classes: a local made from one is never a service of the repository. */
const BUILTIN_CLASSES = String.raw`(?:Map|Set|WeakMap|WeakSet|Date|\w*Error|URL|URLSearchParams|Array|Promise|RegExp|Headers|Response|Request|FormData|TextEncoder|TextDecoder|AbortController|Blob|Buffer|ArrayBuffer|DataView|\w*Array|Proxy|Intl|Number|String|Boolean|Object|Function|Symbol|EventEmitter|Worker)\b`;
/** `const svc = new ClientService(` / `let repo: Repo = new Repo(` (group 1: the local); platform classes left out. */
/** `tasks[job.name]`, `handlers[task]?.` as a callee: the table and the key. */
const SUBSCRIPT_CALLEE = /^([A-Za-z_$][\w$]*)\[([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)\](?:\?\.)?$/;
const DOTTED_KEY = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*$/;
const SUBSCRIPT_DECLARATION = /\b(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*(?::(?:=>|[^=;\n])+)?=\s*(?:await\s+)?[A-Za-z_$][\w$]*\[[A-Za-z_$][\w$.]*\]/g;
/** `const repo = scoped(Invoice, id)`, `let repo = await makeRepo()`: a local holding what a plain function returned. */
const FACTORY_DECLARATION = /\b(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*(?::[^=;\n]+)?=\s*(?:await\s+)?[A-Za-z_$][\w$]*\s*(?:<[^>()]*>\s*)?\(/g;
/** `scoped(Invoice,req.user.workspaceId).findById`: a method called on a plain function's result in place (callee compacted). */
const FACTORY_CALL_RECEIVER = /^[A-Za-z_$][\w$]*(?:<[^()]*>)?\([^()]*\)\.[A-Za-z_$][\w$]*$/;
const NEW_DECLARATION = new RegExp(String.raw`\b(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*(?::[^=;\n]+)?=\s*(?:await\s+)?\(?\s*new\s+(?!${BUILTIN_CLASSES})[A-Z]`, 'g');

/** `request.user!.companyId`, `req.query.id as string`, `userId`, `g.user["id"]` → the compact path; null for anything else. */
function valuePath(text: string): string | null {
  const bare = text.trim().replace(/\s+as\s+[\w$.<>[\]| ]+$/, '').replace(/!+$/, '');
  if (bare.length > 80) return null;
  const path = compact(bare);
  // A field read by a constant key (`g.user["id"]`, `session['user_id']`) is as much a path as `g.user.id`.
  return /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*|\[(["'])[\w$-]+\1\])*$/.test(path) ? path : null;
}

/**
 * A Python call's arguments as value texts: the positional ones by position (`''` for one that is not a value
 * path; none after a `*args` splat, whose width is unknown) and the keyword ones by name (`applicant=user`);
 * null when no argument is a value path.
 */
function pythonArgumentValues(text: string, from: number, to: number): { args?: string[]; keywordArgs?: Record<string, string> } | null {
  const raw = splitArguments(text, from, to);
  if (!raw || raw.length === 0 || raw.length > 12) return null;
  const args: string[] = [];
  const keywordArgs: Record<string, string> = {};
  let positional = true;
  for (const a of raw) {
    const named = /^\s*([A-Za-z_]\w*)\s*=(?!=)([\s\S]*)$/.exec(a);
    if (named) {
      const value = valuePath(named[2]!) ?? accessorCall(named[2]!);
      if (value && !PY_LITERAL_NAMES.has(value)) keywordArgs[named[1]!] = value;
      continue;
    }
    if (/^\s*\*/.test(a)) positional = false;
    if (!positional || a.trim() === '') continue;
    const value = valuePath(a) ?? accessorCall(a);
    args.push(value && !PY_LITERAL_NAMES.has(value) ? value : '');
  }
  const out: { args?: string[]; keywordArgs?: Record<string, string> } = {};
  if (args.some((v) => v !== '')) out.args = args;
  if (Object.keys(keywordArgs).length > 0) out.keywordArgs = keywordArgs;
  return out.args || out.keywordArgs ? out : null;
}

/**
 * `current_user_id()`, `identity.current_org_id()`: a call of a path with no arguments, as an argument. Such an accessor may
 * return the caller's id (see `FunctionFact.returns`), so it is kept as the value passed; null for anything else.
 */
function accessorCall(text: string): string | null {
  const path = compact(text.trim());
  return path.length <= 80 && /^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*\(\)$/.test(path) ? path : null;
}

const PY_LITERAL_NAMES = new Set(['None', 'True', 'False', 'self', 'cls']);

/** The top-level argument texts of the call whose argument list starts at `from` (`(a, f(b, c), d)` → 3), or null. */
/** A string literal with nothing interpolated. */
const PLAIN_STRING = /^(?:'[^'\\]*'|"[^"\\]*"|`[^`$\\]*`)$/;

function splitArguments(text: string, from: number, to: number): string[] | null {
  let i = from;
  while (i < to && (text[i] === ' ' || text[i] === '\t')) i++;
  if (text[i] !== '(' || to - i > 600) return null;
  const out: string[] = [];
  let depth = 0;
  let start = i + 1;
  for (let j = i; j < to; j++) {
    const ch = text[j]!;
    if (ch === '"' || ch === "'" || ch === '`') {
      for (j++; j < to && text[j] !== ch; j++) if (text[j] === '\\') j++;
    } else if (ch === '(' || ch === '[' || ch === '{') depth++;
    else if (ch === ')' || ch === ']' || ch === '}') {
      depth--;
      if (depth === 0) {
        const last = text.slice(start, j);
        if (last.trim() !== '' || out.length > 0) out.push(last);
        return out;
      }
    } else if (ch === ',' && depth === 1) {
      out.push(text.slice(start, j));
      start = j + 1;
    }
  }
  return null;
}

function push(out: string[], text: string): void {
  if (out.length < MAX_LEAVES && !out.includes(text)) out.push(text);
}

function stripAwait(node: SgNode): SgNode {
  return node.kind() === 'await_expression' ? (node.children().find((c) => c.isNamed()) ?? node) : node;
}

/** The statement directly under the module around a node (the node itself at the top). */

function enclosingScope(node: SgNode): SgNode | null {
  for (let p = node.parent(); p; p = p.parent()) if (FUNCTION_SCOPES.has(kindOf(p))) return p;
  return null;
}

const NUMBER_KINDS = new Set(['number', 'integer']);
const LITERAL_KINDS = new Set(['object', 'dictionary', 'keyword_argument']);
/** A named status constant as the first argument of an error: `HTTPException(status.HTTP_403_FORBIDDEN)`. */
const CONSTANT_KINDS = new Set(['attribute', 'identifier', 'member_expression']);
const ERROR_CALLEE = /(?:Error|Exception|error|abort)$/;

/** A number literal, or the literal `code`/`status` of an object argument (`{ code: 'FORBIDDEN' }`). */
/** `status.HTTP_403_FORBIDDEN` (FastAPI/Starlette, DRF) names its code: 403. */
const HTTP_STATUS_CONSTANT = /^(?:\w+\.)?HTTP_(\d{3})(?:_\w+)?$/;

function literalOf(node: SgNode, kind: string): string | null {
  if (kind === 'number' || kind === 'integer') return node.text();
  if (kind === 'attribute' || kind === 'identifier' || kind === 'member_expression') return HTTP_STATUS_CONSTANT.exec(node.text())?.[1] ?? null;
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
    if (value && (value.kind() === 'attribute' || value.kind() === 'identifier')) return HTTP_STATUS_CONSTANT.exec(value.text())?.[1] ?? null;
  }
  return null;
}

/** Where a refusal's message goes: `message`/`detail`, and werkzeug's `abort(403, description="Not a member…")`. */
const MESSAGE_KEYS = /^(?:message|detail|msg|error|description)$/;

/**
 * The message that goes with a refusal's status: the string after a status given first (`abort(403, "Not a member")`),
 * or the `message`/`detail`/`description` beside the code of an error object or keyword arguments.
 */
function refusalMessage(first: SgNode, firstKind: string, firstArg: string, args: SgNode[]): string | null {
  const stringOf = (value: SgNode | null | undefined): string | null => (value && value.kind() === 'string' ? unquote(value.text()) : null);
  if (firstKind === 'object' || firstKind === 'dictionary') {
    for (const pair of first.children()) {
      if (pair.kind() === 'pair' && MESSAGE_KEYS.test(unquote(pair.field('key')?.text() ?? ''))) return stringOf(pair.field('value'));
    }
    return null;
  }
  if (!/^\d{3}$/.test(firstArg)) return null;
  if (firstKind === 'keyword_argument') {
    const detail = args.find((a) => a.kind() === 'keyword_argument' && MESSAGE_KEYS.test(a.field('name')?.text() ?? ''));
    return detail ? stringOf(detail.field('value')) : null;
  }
  const second = args[1];
  if (second?.kind() === 'keyword_argument') return MESSAGE_KEYS.test(second.field('name')?.text() ?? '') ? stringOf(second.field('value')) : null;
  return stringOf(second);
}

/** A dotted value path, optionally wrapped the way ids are compared (`String(x.id)`, `str(x.id)`, `x.id.toString()`). */
const COMPARED_PATH = String.raw`(?:\b(?:String|Number|str|int)\(\s*)?([A-Za-z_$][\w$]*(?:\s*(?:\?\.|!\.|\.)\s*[A-Za-z_$][\w$]*)+)(?:\s*\))?(?:\.(?:toString|toHexString)\(\))?`;
const COMPARISON_OPERATOR = /(?<![=!<>])[!=]==?(?!=)/g;

/** Names that stand for the caller rather than a row the route loaded. */
const CALLER_ROOT = /^(?:req|request|ctx|c|context|this|self|g|current_user|currentUser|session|user|auth|locals|event|res)$/;

/** `if` statements whose block leaves the function (return, raise, throw, Flask's `abort`), with the block's range and text, read once per file. */
function earlyExits(root: SgNode, python: boolean): { condStart: number; condEnd: number; block: string }[] {
  const out: { condStart: number; condEnd: number; block: string }[] = [];
  const kinds = ['return_statement', python ? 'raise_statement' : 'throw_statement'];
  for (const n of root.findAll({ rule: { kind: 'if_statement' } })) {
    const condition = n.field('condition');
    const consequence = n.field('consequence');
    if (!condition || !consequence) continue;
    // Flask's `abort(409)` leaves the function as a `raise` does.
    const exits = kinds.includes(String(consequence.kind())) || consequence.find({ rule: { any: kinds.map((kind) => ({ kind })) } }) !== null
      || (python && consequence.find({ rule: { kind: 'call', has: { field: 'function', regex: '^(?:flask\\.)?abort$' } } }) !== null);
    if (!exits) continue;
    const { start, end } = condition.range();
    out.push({ condStart: start.index, condEnd: end.index, block: consequence.text() });
  }
  return out;
}

/**
 * An equality of a loaded row's field with the caller (`membership.user_id == request.user.id`) in the condition of an `if`
 * whose block leaves without naming the row again (`messages.error(…); return redirect(…)`, `throw new Error('You cannot
 * remove yourself')`): the caller's own row is refused, every other row goes on. A block that uses the row
 * (`return render(…, {"invoice": invoice})`) is where the caller's row is served: that one is an ownership check.
 */
function excludedByEquality(at: number, left: string, right: string, exits: readonly { condStart: number; condEnd: number; block: string }[]): boolean {
  const ifs = exits.filter((e) => e.condStart <= at && at < e.condEnd);
  if (ifs.length === 0) return false;
  // A plain name beside a path (`membership.user_id == user_id`) is the value compared with, not the row.
  const rows = [left, right].filter((v) => v.includes('.')).map((v) => /^[A-Za-z_$][\w$]*/.exec(v)?.[0] ?? '').filter((r) => r !== '' && !CALLER_ROOT.test(r));
  if (rows.length === 0) return false;
  return ifs.some((e) => !rows.some((r) => new RegExp(`(?<![\\w$.])${r.replace(/\$/g, '\\$')}(?![\\w$])`).test(e.block)));
}
const COMPARED_LEFT = new RegExp(`${COMPARED_PATH}\\s*$`);
const COMPARED_RIGHT = new RegExp(`\\s*${COMPARED_PATH}`, 'y');
/** A plain name compared (`user_id`, `userId`): not a call, attribute or subscript of it, nor one inside a longer path. */
const COMPARED_NAME_LEFT = /(?<![\w$.\])'"`])\b([A-Za-z_$][\w$]*)\s*$/;
const COMPARED_NAME_RIGHT = /\s*([A-Za-z_$][\w$]*)(?![\w$]|\s*[.([?!])/y;
/** Names that are no value of the program: literals and keywords. */
const NOT_A_VALUE_NAME = /^(?:None|True|False|null|undefined|true|false|this|self|not|and|or|in|is|typeof|void|NaN)$/;
const EQUALS_CALL = new RegExp(`${COMPARED_PATH}\\s*\\.equals\\(\\s*${COMPARED_PATH}\\s*\\)`, 'g');

/** The offsets where the text's lines start (index 0 = line 1). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** The first index below `length` where `reached(i)` holds, for a predicate that is false and then true. */
function firstReached(length: number, reached: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (reached(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The 1-based line of an offset, given the line starts. */
function upperBound(starts: readonly number[], offset: number): number {
  return firstReached(starts.length, (i) => starts[i]! > offset);
}

/** The first call starting at or after an offset. */
function lowerBound(calls: readonly IndexedCall[], offset: number): number {
  return firstReached(calls.length, (i) => calls[i]!.start >= offset);
}

/** The value a constant of the file is initialised with (`const cookieOptions = { … } as const`), without `as`, `satisfies` or parentheses. */
export function localConstant(root: SgNode, name: string): SgNode | null {
  if (!/^[\w$]+$/.test(name)) return null;
  const declarator = root.find({ rule: { kind: 'variable_declarator', has: { field: 'name', regex: `^${name.replace(/\$/g, '\\$')}$` } } });
  let value = declarator?.field('value') ?? null;
  while (value && (value.kind() === 'as_expression' || value.kind() === 'satisfies_expression' || value.kind() === 'parenthesized_expression')) value = value.namedChildren()[0] ?? null;
  return value;
}

/** The object literal a constant of the file is initialised with. */
export function localObject(root: SgNode, name: string): SgNode | null {
  const value = localConstant(root, name);
  return value?.kind() === 'object' ? value : null;
}

/** A parenthesised TypeScript cast that a member access reads through: `(request.params as { id: string }).id`. */
const READ_THROUGH_CAST = /\(\s*([^()]*?)\s+(?:as|satisfies)\s+[^()]*\)(?=\s*(?:[.[]|!\.|\?\.))/g;

/** Callee text without whitespace, comments, casts read through or optional-chaining noise: `prisma ?.user\n .delete` → `prisma.user.delete`. */
export function compact(text: string): string {
  const uncast = text.includes(' as ') || text.includes(' satisfies ') ? text.replace(READ_THROUGH_CAST, '$1') : text;
  return uncast.replace(/\s+/g, '').replace(/\?\./g, '.').replace(/!\./g, '.');
}

/** The value of a string literal's source text (quotes and prefixes removed; escapes left as written). */
export function unquote(text: string): string {
  const m = /^[rRbBuUfF]{0,2}('''|"""|'|"|`)([\s\S]*)\1$/.exec(text);
  return m ? m[2]! : text;
}

/** What a field's declaration says: its type and, for an injected ORM repository or model, what it operates on. */
function classField(declaration: SgNode): ClassField {
  const annotation = declaration.field('type');
  const typeText = annotation ? compact(annotation.text()).replace(/^:/, '') : null;
  const decorators = declaration.children().filter((c) => c.kind() === 'decorator').map((d) => compact(d.text()).replace(/^@/, ''));
  const type = typeText ? (/^(?:typeof)?([A-Za-z_$][\w$]*)(?:<|$)/.exec(typeText.replace(/^typeof/, ''))?.[1] ?? null) : null;
  return { type, repository: repositoryOfField(typeText, decorators) };
}

/** `self.get_object(…)`, `cls.create(…)`: a method of the calling object's own class. */
const PY_SELF_CALL = /^(?:self|cls)\.\w+$/;
/** `ClientService(current_user).delete`: a method called on an instance made in place. */
const PY_INSTANCE_CALL = /^([A-Z]\w*)\([^()]*\)\.\w+$/;


/** The enclosing class, the class a `this.method()` call's receiver is. */
function receiverTypeOf(callee: string, owner: ClassScope): string | null {
  return callee.split('.').length === 2 ? owner.name : null;
}

/** The declared field a `this.field.method()` call is made on, if the class declares it. */
function receiverFieldOf(callee: string, owner: ClassScope): ClassField | null {
  const parts = callee.split('.');
  return parts.length === 3 ? (owner.fields.get(parts[1]!) ?? null) : null;
}
