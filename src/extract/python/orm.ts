import type { SgNode } from '@ast-grep/napi';
import type { DataOperation, DataOpFact } from '../../core/facts.js';
import { classifySql } from '../data.js';
import { argumentsOf, compact, firstArgument, unquote } from '../source.js';

/** A data operation found at a call, before its location is attached; `filter` and `values` are always present (possibly empty). */
export type DataOpDraft = Omit<DataOpFact, 'location' | 'filter' | 'values'> & { filter: string[]; values: string[] };

/** What a variable holding a row (or a queryset) was loaded or built from. */
interface Instance {
  model: string | null;
  created: boolean;
  /** A queryset rather than one row: `qs.update(…)` is a write on every row it selects. */
  queryset: boolean;
  scoped: boolean;
  keyed: boolean;
  via: string;
  /** The values the row was selected by (or, for a new row, built from). */
  filter: string[];
  values: string[];
  /** The row the view looks up itself (`self.get_object()`): see `DataOpFact.viewObject`. */
  viewObject?: true;
}

/** A Django/DRF class-based view: the model it serves and whether its queryset is scoped. */
export interface ViewClassData {
  model: string | null;
  /** The node that defines which rows the view reaches (`get_queryset`, `queryset = …`, `model = …`). */
  source: SgNode | null;
  scoped: boolean;
  /** The values `get_queryset` filters by (`request.user.organization`). */
  filter: string[];
}

const MANAGERS = new Set(['objects', 'all_objects', '_default_manager', '_base_manager']);
const DJANGO_WRITES: Record<string, DataOperation> = {
  create: 'create', acreate: 'create', get_or_create: 'create', aget_or_create: 'create', bulk_create: 'create', abulk_create: 'create',
  update_or_create: 'update', aupdate_or_create: 'update', update: 'update', aupdate: 'update', bulk_update: 'update', abulk_update: 'update',
  delete: 'delete', adelete: 'delete',
};
const CREATED_BY = new Set(['create', 'acreate', 'get_or_create', 'aget_or_create']);
/** Queryset methods that return one row rather than a queryset. */
const ROW_RESULTS = new Set([
  'get', 'aget', 'first', 'afirst', 'last', 'alast', 'latest', 'earliest', 'create', 'acreate', 'get_or_create', 'aget_or_create',
  'update_or_create', 'aupdate_or_create', 'one', 'one_or_none', 'scalar', 'scalar_one', 'scalar_one_or_none', 'get_or_404', 'first_or_404', 'one_or_404',
]);
const QUERY_WRITES: Record<string, DataOperation> = { delete: 'delete', update: 'update' };
const RELATED_WRITES: Record<string, DataOperation> = { add: 'create', create: 'create', remove: 'delete', clear: 'delete', set: 'update' };
const SESSION_RECEIVER = /^(?:self\.)?(?:db|session|db_session|dbsession|sess|database|async_session|tx|uow\.session|db\.session)$/;
const EXECUTE = new Set(['execute', 'exec', 'scalars', 'scalar', 'exec_driver_sql', 'executemany', 'first_or_404', 'one_or_404']);
const BUILDERS: Record<string, DataOperation> = { select: 'read', delete: 'delete', update: 'update', insert: 'create' };
const SHORTCUTS = new Set(['get_object_or_404', 'get_list_or_404', 'aget_object_or_404', 'aget_list_or_404']);
/** Callee texts that can be a manager or session query chain (`Project.objects…`, `Project.query…`, `db.query(…)…`). */
const QUERY_CALLEE = /\.(?:objects|all_objects|_default_manager|_base_manager|query)\b|query\(|^(?:self|super\(\))\.get_queryset\(\)\./;
/** Callee texts that can run a statement (`session.execute(…)`, `….scalars().first`). */
const STATEMENT_CALLEE = /(?:^|\.)(?:execute|exec|scalars?|exec_driver_sql|executemany|first_or_404|one_or_404)(?:\(|$)/;
/** Methods of a row, queryset or related manager that write. */
const ROW_METHODS = new Set(['delete', 'adelete', 'save', 'asave', 'update', 'add', 'create', 'remove', 'clear', 'set']);
/** `previous, member.role = member.role, role`: a tuple assignment that sets an attribute. */
const TUPLE_ATTRIBUTE_ASSIGNMENT = { kind: 'assignment', has: { field: 'left', any: [{ kind: 'pattern_list' }, { kind: 'tuple_pattern' }], has: { kind: 'attribute' } } };

/** The attributes an assignment sets: its target, or the attributes among the targets of a tuple assignment. */
function attributeTargets(assignment: SgNode): SgNode[] {
  const left = assignment.field('left');
  if (!left) return [];
  if (left.kind() === 'attribute') return [left];
  return left.kind() === 'pattern_list' || left.kind() === 'tuple_pattern' ? left.namedChildren().filter((c) => c.kind() === 'attribute') : [];
}

/** Session methods (`session.add`, `db.get(Model, id)`, `db.commit()`). */
/** A helper named for looking a row up (`get_vehicle_for`, `load_order`, `fetch_invoice`), not for building one (`build_invite`). */
const LOADER_NAME = /^_*(?:get|load|fetch|find|lookup|retrieve|require|ensure|one)(?:_|$)/;
const SESSION_METHODS = new Set(['add', 'add_all', 'merge', 'delete', 'get', 'get_or_404', 'bulk_save_objects', 'bulk_insert_mappings', 'bulk_update_mappings', 'commit', 'acommit']);
/** Callees that take raw SQL as their first argument. */
const SQL_CALLEE = /(?:^|\.)(?:execute|executemany|exec|raw|text|query|run)$/;
/** A WHERE clause that compares with the database's clock (`now()`, `CURRENT_TIMESTAMP`, SQLite's `datetime('now')`). */
const SQL_CLOCK_FILTER = /\bwhere\b[\s\S]*(?:\bnow\s*\(\s*\)|\bcurrent_(?:timestamp|date)\b|\blocaltimestamp\b|\bgetdate\s*\(|\bsysdate\b|\bdatetime\s*\(\s*'now')/i;
/**
 * A repository's own helpers that run the SQL they are given (`fetch_one("SELECT …", id=…)`,
 * `fetch_all`, `query_db`, `execute_sql`): their first argument is a statement like `execute`'s.
 */
const SQL_HELPER = /(?:^|\.)(?:fetch_?(?:one|all|val|value|row|rows|first|scalar|many)|query_?(?:one|all|db|first|scalar|rows?)|select_?(?:one|all)|(?:execute|exec|run)_?(?:sql|query|statement))$/i;
const SQL_TEXT = /^(?:\w+\.)*text$/;
/** Chain steps that narrow the rows a query reaches (`exclude` widens the complement: it is not a scope). */
/** Boolean fields that mark a row as published (`is_public=True`, `published=True`). */
const PUBLISHED_FLAG = /^(?:is_)?(?:published|public|publicly_visible|listed|live)$/;
/** Fields holding a row's publication state, and the states anyone may see (`status=Grant.Status.OPEN`, `visibility="public"`). */
const STATE_FIELD = /^(?:status|state|visibility|stage)$/;
const PUBLISHED_STATE = /^(?:open|published|public|live|listed)$/i;

/** Whether keyword arguments of a filter limit the rows to published ones: `is_public=True`, `status=Grant.Status.OPEN`. */
function publishedFilter(args: readonly SgNode[]): boolean {
  return args.some((a) => {
    if (a.kind() !== 'keyword_argument') return false;
    const name = a.field('name')?.text() ?? '';
    const value = compact(a.field('value')?.text() ?? '');
    if (PUBLISHED_FLAG.test(name)) return value === 'True';
    if (!STATE_FIELD.test(name)) return false;
    const last = unquote(value.slice(value.lastIndexOf('.') + 1));
    return PUBLISHED_STATE.test(last);
  });
}

const FILTER_STEPS = new Set(['filter', 'filter_by', 'where', 'get', 'aget', 'get_or_404', 'get_or_create', 'aget_or_create', 'update_or_create', 'aupdate_or_create']);
/** Chain steps that carry the values written. */
const VALUE_STEPS = new Set(['values', 'create', 'acreate', 'update', 'aupdate', 'bulk_create', 'bulk_update']);
const LITERALS = new Set(['None', 'True', 'False', 'self', 'cls']);
const MAX_LEAVES = 32;

/** Expressions that name the caller (or the caller's tenant) wherever they appear. */
const CALLER_TEXT = /\b(?:request\.(?:user|auth|tenant|organization|org)|current_user|current_tenant|current_org(?:anization)?|g\.(?:user|current_user|tenant|org|organization)|info\.context\.user|request\.state\.(?:user|tenant))\b/;
const CALLER_PARAM = /^(?:current_|active_|auth_|authenticated_|logged_in_|request_|acting_)?(?:user|account|member|principal|actor|identity|tenant|org|organization|membership|me|superuser|admin)$/;
const CALLER_TYPE = /^(?:Current|Active|Auth|Authenticated|Admin|Superuser|LoggedIn)\w*$/;
const CALLER_DEPENDENCY = /user|auth|tenant|principal|member|account|identity|token|current|admin|superuser|login/i;
const INJECTED = /\b(?:Depends|Security)\s*\(/;
const SESSION_PARAM = /Session|\bDb\b|DbDep|DBDep|get_db\b|get_session\b/;
const NOT_INPUT = new Set(['self', 'cls', 'request', 'req', 'response', 'background_tasks', 'args', 'kwargs']);
/** Request data read directly: body, query string, form, URL kwargs. */
const REQUEST_DATA = /\b(?:request\.(?:data|POST|GET|query_params|json|get_json|args|form|values|view_args|path_params|match_info|body)|self\.kwargs|kwargs)\b/;
const KEY_KEYWORD = /^(?:pk|id|uuid|slug|\w+_(?:id|pk|uuid|slug)|\w+__(?:pk|id|uuid|slug)(?:__in)?|(?:pk|id)__in)$/;
/** `Project.id`, `Member.project_id`, `projects.c.id`: a key column in a comparison. */
const KEY_COLUMN = /\.(?:\w+_)?(?:id|pk|uuid|slug)$/i;

interface Param {
  name: string;
  annotation: string;
  default: string;
}

/** The function a data operation sits in: its parameters by role and its local assignments. */
class FunctionScope {
  readonly callerParams = new Set<string>();
  readonly sessionParams = new Set<string>();
  readonly inputParams = new Set<string>();
  /** Parameters filled by a dependency (`project: Project = Depends(get_project)`), with their type. */
  readonly injected = new Map<string, string>();
  /** Other parameters annotated with a class (`case: Case`), with the class: what a service is handed. */
  readonly typed = new Map<string, string>();
  /**
   * Caller-named parameters that hold a membership row, not a user (`def remove_member(membership)`), with no class
   * to say which model: the caller's handler may well pass someone else's membership, and it is no `User` row.
   */
  readonly memberships = new Set<string>();
  private assignments: Map<string, { start: number; valueStart: number; valueEnd: number; value: SgNode; loop: boolean }[]> | null = null;
  private readonly checked = new Map<string, string[]>();
  private tracked: RegExp | null = null;

  constructor(
    readonly fn: SgNode | null,
    private readonly module: SgNode,
  ) {
    if (!fn) return;
    for (const p of parameters(fn)) {
      if (NOT_INPUT.has(p.name)) continue;
      const injected = INJECTED.test(p.annotation) || INJECTED.test(p.default);
      if (SESSION_PARAM.test(p.annotation) || SESSION_PARAM.test(p.default) || SESSION_RECEIVER.test(p.name)) this.sessionParams.add(p.name);
      else if (CALLER_PARAM.test(p.name) || CALLER_TYPE.test(p.annotation) || (injected && CALLER_DEPENDENCY.test(`${p.annotation} ${p.default}`))) {
        this.callerParams.add(p.name);
        if (!p.annotation && !injected && /member/.test(p.name)) this.memberships.add(p.name);
        // `org: Organization`: the caller's organization row, not their user row.
        if (!injected && /^(?:Organi[sz]ation|Org|Tenant|Workspace|Team|Account)$/.test(typeName(p.annotation))) this.typed.set(p.name, typeName(p.annotation));
      }
      else if (injected) this.injected.set(p.name, typeName(p.annotation));
      else {
        this.inputParams.add(p.name);
        if (typeName(p.annotation)) this.typed.set(p.name, typeName(p.annotation));
      }
    }
  }

  get name(): string {
    return this.fn?.field('name')?.text() ?? '';
  }

  /**
   * The value last assigned to `name` before `before` (the first assignment when none precedes it). In
   * `entries = entries.filter(…)` the name on the right is what `entries` held before that assignment.
   */
  origin(name: string, before: number): { value: SgNode; loop: boolean } | null {
    const list = this.assignmentMap().get(name);
    if (!list) return null;
    let found = list[0]!;
    for (const a of list) if (a.start < before && !(a.valueStart <= before && before < a.valueEnd)) found = a;
    return found;
  }

  /**
   * Whether a text mentions a name that can carry the caller or the request: a parameter or a
   * local. When it mentions none, no identifier in it needs looking at.
   */
  mentionsTracked(text: string): boolean {
    if (!this.tracked) {
      const names = [...this.callerParams, ...this.inputParams, ...this.injected.keys(), ...this.assignmentMap().keys()];
      this.tracked = names.length > 0 ? new RegExp(`\\b(?:${names.join('|')})\\b`) : /(?!)/;
    }
    return this.tracked.test(text);
  }

  private assignmentMap(): Map<string, { start: number; valueStart: number; valueEnd: number; value: SgNode; loop: boolean }[]> {
    if (this.assignments) return this.assignments;
    const map = new Map<string, { start: number; valueStart: number; valueEnd: number; value: SgNode; loop: boolean }[]>();
    const add = (target: SgNode | null, value: SgNode | null, loop: boolean, start: number) => {
      if (!target || !value) return;
      // `obj, created = Model.objects.get_or_create(…)`: the row is the first name.
      const kind = target.kind();
      const name = kind === 'identifier' ? target.text() : kind === 'pattern_list' || kind === 'tuple_pattern' ? target.namedChildren().find((c) => c.kind() === 'identifier')?.text() : undefined;
      if (!name) return;
      const list = map.get(name) ?? [];
      // A loop's value is its iterable: the body it repeats does not hold the loop variable's use.
      const range = value.range();
      list.push({ start, valueStart: range.start.index, valueEnd: range.end.index, value, loop });
      map.set(name, list);
    };
    const nodes = this.fn
      ? this.fn.findAll({ rule: { any: [{ kind: 'assignment' }, { kind: 'for_statement' }, { kind: 'named_expression' }] } })
      : this.module.children().flatMap((s) => (s.kind() === 'expression_statement' ? s.namedChildren().filter((c) => c.kind() === 'assignment') : []));
    for (const node of nodes) {
      const start = node.range().start.index;
      if (node.kind() === 'named_expression') add(node.field('name'), node.field('value'), false, start);
      else add(node.field('left'), node.field('right'), node.kind() === 'for_statement', start);
    }
    this.assignments = map;
    return map;
  }

  /**
   * The conditions and comparisons that test `name` (the row it loaded) against the caller
   * (`if project.owner != request.user: raise PermissionDenied`): the caller's side of each.
   */
  callerChecks(name: string, analysis: PythonDataAnalysis): string[] {
    const known = this.checked.get(name);
    if (known) return known;
    this.checked.set(name, []);
    const found: string[] = [];
    if (this.fn) {
      const tests = this.fn.findAll({ rule: { any: [{ kind: 'comparison_operator' }, { kind: 'if_statement' }, { kind: 'elif_clause' }, { kind: 'assert_statement' }] } });
      for (const node of tests) {
        const test = node.kind() === 'comparison_operator' || node.kind() === 'assert_statement' ? node : node.field('condition');
        if (!test || !rootIdentifiers(test).some((id) => id.text() === name) || !analysis.refersToCaller(test, this, 1)) continue;
        if (refusesOwnRow(test, name)) continue;
        // `project.owner != request.user`: the side without the row; a whole condition otherwise.
        const sides = test.kind() === 'comparison_operator' ? test.namedChildren().filter((o) => !rootIdentifiers(o).some((id) => id.text() === name)) : [test];
        for (const side of sides) analysis.callerLeaves(side, found, this);
      }
    }
    this.checked.set(name, found);
    return found;
  }
}

/**
 * Data operations in Python source: Django ORM, SQLAlchemy (1.x query and 2.0 statements),
 * Flask-SQLAlchemy, SQLModel, DRF serializers and raw SQL. Each operation carries the values
 * it selects rows by and the values it writes (as texts, locals followed to where they were
 * read), and whether it is scoped to the caller and keyed by an id from the request, read
 * from the query itself and from how the variables it uses were assigned in the same function.
 */
export class PythonDataAnalysis {
  private readonly scopes = new Map<number, FunctionScope>();
  private readonly viewClasses = new Map<number, ViewClassData>();
  /** Answers per node and depth: the same expressions are asked about by several operations. */
  private readonly callerMemo = new Map<string, boolean>();
  private readonly requestMemo = new Map<string, boolean>();
  private readonly statementVia: string;
  private functions: Map<string, SgNode> | null = null;

  constructor(
    text: string,
    private readonly root: SgNode,
  ) {
    this.statementVia = text.includes('sqlmodel') ? 'sqlmodel' : 'sqlalchemy';
  }

  /** The data operation a call performs, or null. `callee` is the call's compacted callee text. */
  classify(node: SgNode, callee: string, firstString: string | null): DataOpDraft | null {
    // Which kinds of operation the callee text allows, before the tree is touched: most calls are none.
    const dot = callee.lastIndexOf('.');
    const last = callee.slice(dot + 1);
    const receiver = dot >= 0 ? callee.slice(0, dot) : '';
    const query = QUERY_CALLEE.test(callee);
    const statement = STATEMENT_CALLEE.test(callee);
    const shortcut = SHORTCUTS.has(last);
    const row = ROW_METHODS.has(last) && dot >= 0;
    // `session.get("user_id")`, `data.get("key")`: a string key is not a model.
    const session = SESSION_METHODS.has(last) && (SESSION_RECEIVER.test(receiver) || /^\w+$/.test(receiver)) && !(firstString !== null && /get/.test(last));
    const sql = firstString !== null && (SQL_CALLEE.test(callee) || SQL_HELPER.test(callee));
    const viewRow = callee === 'self.get_object';
    if (!query && !statement && !shortcut && !row && !session && !sql && !viewRow) return null;
    // Only the outermost call of a chain is the operation: `Model.objects.filter(…).delete()` is one delete.
    if (continuesChain(node)) return null;
    const chain = chainOf(node);
    const scope = this.scopeOf(node);
    return (
      (query ? (this.managerQuery(node, chain, scope) ?? this.sessionQuery(node, chain, scope)) : null) ??
      (statement ? this.statement(node, chain, scope) : null) ??
      (session ? this.sessionMethod(node, chain, scope) : null) ??
      (shortcut ? this.shortcut(node, chain, scope) : null) ??
      (row ? this.instanceMethod(node, chain, scope) : null) ??
      (sql ? this.rawSql(node, callee, firstString, scope) : null) ??
      (viewRow ? this.viewObjectRead(node, scope) : null)
    );
  }

  /**
   * `membership = self.get_object()` in a class-based view: a read of the view's model, by the URL's key within its
   * queryset, bound to the local. Handed on (`services.remove_member(membership)`), the row is still that model's.
   */
  private viewObjectRead(node: SgNode, scope: FunctionScope): DataOpDraft | null {
    const bound = boundName(node);
    const view = bound !== null ? this.viewInstance(node, true) : null;
    if (!bound || !view?.model) return null;
    const checks = scope.callerChecks(bound, this);
    return {
      op: 'read',
      model: view.model,
      callee: 'self.get_object',
      via: view.via,
      filter: union(view.filter, checks),
      values: [],
      scopedToCaller: view.scoped || checks.length > 0,
      keyedByRequestId: true,
      viewObject: true,
    };
  }

  /** The model and queryset scoping of a class-based view (its own body; bases are the caller's business). */
  viewClass(classNode: SgNode): ViewClassData {
    const key = classNode.id();
    const known = this.viewClasses.get(key);
    if (known) return known;
    let model: string | null = null;
    let queryset: SgNode | null = null;
    let getQueryset: SgNode | null = null;
    let getObject: SgNode | null = null;
    for (const statement of classNode.field('body')?.namedChildren() ?? []) {
      const assignment = statement.kind() === 'expression_statement' ? statement.namedChildren().find((c) => c.kind() === 'assignment') : null;
      const left = assignment?.field('left')?.text();
      const right = assignment?.field('right');
      if (left === 'model' && right) model = right.text();
      if (left === 'queryset' && right) queryset = right;
      const fn = statement.kind() === 'decorated_definition' ? statement.field('definition') : statement;
      if (fn?.kind() === 'function_definition' && fn.field('name')?.text() === 'get_queryset') getQueryset = fn;
      if (fn?.kind() === 'function_definition' && fn.field('name')?.text() === 'get_object') getObject = fn;
    }
    const source = getQueryset ?? queryset;
    if (!model && source) {
      for (const call of [source, ...source.findAll({ rule: { kind: 'call' } })]) {
        const found = call.kind() === 'call' ? managerModel(chainOf(call)) : null;
        if (found) {
          model = found;
          break;
        }
      }
    }
    const filter: string[] = [];
    let scoped = false;
    if (getQueryset) {
      const body = getQueryset.field('body') ?? getQueryset;
      const scope = this.scopeOf(body);
      scoped = this.refersToCaller(body, scope, 0);
      for (const call of body.findAll({ rule: { kind: 'call' } })) {
        const op = this.classify(call, compact(call.field('function')?.text() ?? ''), null);
        if (op) for (const v of op.filter) push(filter, v);
      }
    }
    // `def get_object(self): return self.request.user`: the view works on the caller's own record (a profile form).
    const returned = getObject ? ownRecordReturned(getObject) : null;
    if (returned) {
      scoped = true;
      push(filter, returned);
    }
    const data: ViewClassData = { model, source: source ?? modelAssignment(classNode), scoped, filter };
    this.viewClasses.set(key, data);
    return data;
  }

  /**
   * The values of a handler the client chooses: its parameters that are not the request, the
   * caller, a session or an injected dependency, and the path's `{id}` / `<int:id>` parameters.
   */
  clientParams(fn: SgNode | null, path = ''): string[] {
    const out: string[] = [];
    for (const m of path.matchAll(/\{(\w+)(?::[^}]*)?\}|<(?:\w+:)?(\w+)>/g)) push(out, (m[1] ?? m[2])!);
    if (fn) for (const name of this.scopeOf(fn.field('body') ?? fn).inputParams) push(out, name);
    return out;
  }

  /** Whether an expression names the caller: `request.user`, `current_user`, an injected user parameter, or a variable assigned from one. */
  refersToCaller(expr: SgNode, scope: FunctionScope, depth: number): boolean {
    const key = `${expr.id()}:${depth}`;
    let known = this.callerMemo.get(key);
    if (known === undefined) this.callerMemo.set(key, (known = this.refersToCallerUncached(expr, scope, depth)));
    return known;
  }

  private refersToCallerUncached(expr: SgNode, scope: FunctionScope, depth: number): boolean {
    const text = expr.text();
    if (CALLER_TEXT.test(text)) return true;
    if (!scope.mentionsTracked(text)) return false;
    for (const id of rootIdentifiers(expr)) {
      const name = id.text();
      if (scope.callerParams.has(name)) return true;
      if (depth < 3) {
        const origin = scope.origin(name, id.range().start.index);
        if (origin && !containsNode(origin.value, id) && this.refersToCaller(origin.value, scope, depth + 1)) return true;
      }
    }
    return false;
  }

  /** The value texts under a node that name the caller. */
  callerLeaves(node: SgNode, out: string[], scope: FunctionScope): void {
    const all: string[] = [];
    this.leaves(node, all, scope, 0);
    for (const v of all) if (CALLER_TEXT.test(v) || scope.callerParams.has(v.split(/[.([]/)[0]!)) push(out, v);
  }

  scopeOf(node: SgNode): FunctionScope {
    let fn: SgNode | null = null;
    for (let p = node.parent(); p; p = p.parent()) {
      if (p.kind() === 'function_definition') {
        fn = p;
        break;
      }
    }
    const key = fn ? fn.id() : -1;
    let scope = this.scopes.get(key);
    if (!scope) {
      scope = new FunctionScope(fn, this.root);
      this.scopes.set(key, scope);
    }
    return scope;
  }

  /**
   * The value texts under a node, as the other extractors write them: names, attribute paths,
   * subscripts and short calls, with locals followed to where they were read. Model columns
   * (`Project.owner_id`) and literals are not values. `self.request` is the request.
   */
  leaves(node: SgNode | null, out: string[], scope: FunctionScope, depth: number): void {
    if (!node || out.length >= MAX_LEAVES) return;
    switch (node.kind()) {
      case 'identifier': {
        const name = node.text();
        // Classes and constants (`Project`, `Role.ADMIN`) are not values a request or caller chooses.
        if (LITERALS.has(name) || /^[A-Z]/.test(name)) return;
        push(out, name);
        this.followLocal(node, out, scope, depth);
        return;
      }
      case 'attribute':
      case 'subscript': {
        const root = chainOf(node).root;
        if (root.kind() === 'identifier' && /^[A-Z]/.test(root.text())) return;
        push(out, requestText(compact(node.text())));
        if (root.kind() === 'identifier') this.followLocal(root, out, scope, depth);
        return;
      }
      case 'call': {
        const text = compact(node.text());
        if (text.length <= 80) push(out, requestText(text));
        const fn = node.field('function');
        if (fn?.kind() === 'attribute') this.leaves(fn.field('object'), out, scope, depth);
        for (const arg of argumentsOf(node.field('arguments'))) this.leaves(arg, out, scope, depth);
        return;
      }
      case 'keyword_argument':
      case 'pair':
        this.leaves(node.field('value'), out, scope, depth);
        return;
      case 'string':
        // f"… {project_id}": the interpolated values.
        for (const part of node.findAll({ rule: { kind: 'interpolation' } })) this.leaves(part.namedChildren()[0] ?? null, out, scope, depth);
        return;
      case 'integer':
      case 'float':
      case 'true':
      case 'false':
      case 'none':
      case 'comment':
      case 'lambda':
        return;
      default:
        for (const child of node.namedChildren()) this.leaves(child, out, scope, depth);
    }
  }

  /**
   * The values an argument writes: like `leaves`, with each field named as a `.field` entry
   * first (`update(status="archived")`, `Project(owner=user)`, `.update({"status": s})` →
   * `.status`), so a write of a constant still says which field it sets.
   */
  private written(node: SgNode | null, out: string[], scope: FunctionScope): void {
    if (!node) return;
    if (node.kind() === 'keyword_argument') {
      push(out, `.${node.field('name')?.text() ?? ''}`);
      this.leaves(node.field('value'), out, scope, 0);
    } else if (node.kind() === 'dictionary') {
      for (const pair of node.namedChildren()) {
        if (pair.kind() !== 'pair') continue;
        const key = pair.field('key');
        if (key?.kind() === 'string') push(out, `.${unquote(key.text())}`);
        this.leaves(pair.field('value'), out, scope, 0);
      }
    } else {
      this.leaves(node, out, scope, 0);
    }
  }

  private followLocal(id: SgNode, out: string[], scope: FunctionScope, depth: number): void {
    if (depth >= 2) return;
    const origin = scope.origin(id.text(), id.range().start.index);
    if (!origin || containsNode(origin.value, id)) return;
    // `job = _own_job(db, user, job_id)` (a query limited to the caller): `job.id` is the key of a row the caller
    // may use, not the request's `job_id` the row was looked up by. The caller it was limited to is kept.
    const row = this.instanceOf(origin.value, scope, depth + 1);
    if (row?.scoped && row.keyed && !row.created && !row.queryset) {
      const followed: string[] = [];
      this.leaves(origin.value, followed, scope, depth + 1);
      for (const v of followed) if (CALLER_TEXT.test(v) || scope.callerParams.has(v.split(/[.([]/)[0]!)) push(out, v);
      return;
    }
    this.leaves(origin.value, out, scope, depth + 1);
  }

  /** `Model.objects.filter(…).delete()`, `Model.query.filter_by(…).first()`. */
  private managerQuery(node: SgNode, chain: Chain, scope: FunctionScope): DataOpDraft | null {
    const last = chain.steps[chain.steps.length - 1];
    if (!last?.args) return null;
    const model = managerModel(chain);
    if (model) return this.op(node, chain, scope, DJANGO_WRITES[last.name] ?? 'read', model, 'django');
    // `self.get_queryset().filter(created_at__lt=before).delete()` in a view: the view's model, within its queryset.
    if (chain.steps.length > 1 && prefixText(chain, 1) === 'self.get_queryset()') {
      const view = this.viewInstance(node, false);
      if (!view?.model) return null;
      const draft = this.op(node, chain, scope, DJANGO_WRITES[last.name] ?? 'read', view.model, 'django', [], 1);
      for (const v of view.filter) push(draft.filter, v);
      return view.scoped ? { ...draft, scopedToCaller: true } : draft;
    }
    // A mixin's `get_queryset` narrowing whatever queryset the view has (`super().get_queryset().filter(**{self.org_field:
    // self.request.organization})`): no model of its own, but the values it selects by are the scoping it adds to every view.
    if (chain.steps.length > 1 && prefixText(chain, 1) === 'super().get_queryset()' && scope.name === 'get_queryset') {
      return this.op(node, chain, scope, 'read', null, 'django', [], 1);
    }
    const legacy = chain.steps.findIndex((s) => s.name === 'query' && s.args === null);
    if (legacy >= 0 && legacy < chain.steps.length - 1) {
      const name = legacy === 0 ? chain.root.text() : chain.steps[legacy - 1]!.name;
      if (/^[A-Z]\w*$/.test(name)) return this.op(node, chain, scope, QUERY_WRITES[last.name] ?? 'read', name, 'sqlalchemy');
    }
    return null;
  }

  /** SQLAlchemy 1.x: `session.query(Model).filter(…).delete()`. */
  private sessionQuery(node: SgNode, chain: Chain, scope: FunctionScope): DataOpDraft | null {
    const at = chain.steps.findIndex((s) => s.name === 'query' && s.args !== null);
    if (at < 0 || !this.isSession(prefixText(chain, at), scope)) return null;
    const model = modelName(firstArgument(chain.steps[at]!.args));
    const last = chain.steps[chain.steps.length - 1]!;
    const op = chain.steps.length - 1 > at ? (QUERY_WRITES[last.name] ?? 'read') : 'read';
    return this.op(node, chain, scope, op, model, 'sqlalchemy', [], at + 1);
  }

  /** SQLAlchemy 2.0 / SQLModel: `session.execute(delete(Model).where(…))`, raw `cursor.execute("DELETE …", params)`. */
  private statement(node: SgNode, chain: Chain, scope: FunctionScope): DataOpDraft | null {
    const at = chain.steps.findIndex((s) => EXECUTE.has(s.name) && s.args !== null);
    if (at < 0) return null;
    const args = argumentsOf(chain.steps[at]!.args);
    let stmt = args[0] ? unwrap(args[0]) : null;
    if (stmt?.kind() === 'identifier') stmt = scope.origin(stmt.text(), stmt.range().start.index)?.value ?? stmt;
    if (!stmt) return null;
    const sql = sqlText(stmt);
    if (sql !== null) {
      const classified = classifySql('execute', sql);
      if (!classified) return null;
      return this.rawStatement(classified, calleeText(chain), sql, sqlString(stmt), args.slice(1), scope);
    }
    const builder = builderOf(stmt);
    if (!builder) return null;
    const op = this.op(node, chain, scope, builder.op, builder.model, this.statementVia, [stmt]);
    this.chainValues(chainOf(stmt), builder.after, scope, op.filter, op.values, builder.op);
    return op;
  }

  /** `session.add(obj)`, `db.delete(obj)`, `session.get(Model, id)`, `db.commit()` after changing a loaded row. */
  private sessionMethod(node: SgNode, chain: Chain, scope: FunctionScope): DataOpDraft | null {
    const last = chain.steps[chain.steps.length - 1];
    if (!last?.args || !this.isSession(prefixText(chain, chain.steps.length - 1), scope)) return null;
    const args = argumentsOf(last.args);
    const via = this.statementVia;
    const callee = calleeText(chain);
    switch (last.name) {
      case 'add':
      case 'add_all':
      case 'merge':
      case 'delete': {
        // `session.delete()` with nothing to delete is a row's own method (a Django `Session` row in a loop), not the session's.
        if (args.length === 0) return null;
        const target = args[0] ? unwrap(args[0]) : null;
        const element = target && (target.kind() === 'list' || target.kind() === 'tuple') ? firstArgument(target) : target;
        const instance = element ? this.instanceOf(element, scope, 0) : null;
        // `vehicle = get_vehicle_for(session, user, vehicle_id)` then `session.add(vehicle)`: a row another module's helper
        // loaded and returned is saved again, not created.
        const loadedBy = !instance && element ? this.helperLoad(element, scope) : null;
        const op: DataOperation = last.name === 'delete' ? 'delete' : last.name === 'merge' || (instance && !instance.created) || loadedBy ? 'update' : 'create';
        const checks = element?.kind() === 'identifier' ? scope.callerChecks(element.text(), this) : [];
        return {
          ...(loadedBy ? { loadedBy } : {}),
          op,
          model: instance?.model ?? null,
          callee,
          via,
          filter: union(instance?.filter ?? [], checks),
          values: op === 'delete' ? [] : (instance?.values ?? []),
          scopedToCaller: (instance?.scoped ?? false) || checks.length > 0,
          keyedByRequestId: instance?.keyed ?? false,
          ...(instance?.viewObject ? { viewObject: true as const } : {}),
        };
      }
      case 'get':
      case 'get_or_404': {
        // Flask's cookie `session.get('user_id')` is not a query: a model comes first.
        const model = modelName(args[0] ?? null);
        if (!model) return null;
        const bound = boundName(node);
        const checks = bound !== null ? scope.callerChecks(bound, this) : [];
        const filter: string[] = [];
        for (const a of args.slice(1)) this.leaves(a, filter, scope, 0);
        return {
          op: 'read',
          model,
          callee,
          via,
          filter: union(filter, checks),
          values: [],
          scopedToCaller: checks.length > 0 || args.some((a) => this.refersToCaller(a, scope, 0)),
          keyedByRequestId: args.slice(1).some((a) => this.fromRequest(a, scope, 0)),
        };
      }
      case 'bulk_save_objects':
      case 'bulk_insert_mappings':
        return { op: 'create', model: last.name === 'bulk_insert_mappings' ? modelName(args[0] ?? null) : null, callee, via, filter: [], values: [], scopedToCaller: false, keyedByRequestId: false };
      case 'bulk_update_mappings':
        return { op: 'update', model: modelName(args[0] ?? null), callee, via, filter: [], values: [], scopedToCaller: false, keyedByRequestId: false };
      case 'commit':
      case 'acommit':
        return this.dirtyCommit(callee, scope, via);
      default:
        return null;
    }
  }

  /** `get_object_or_404(Model, pk=pk)`. */
  private shortcut(node: SgNode, chain: Chain, scope: FunctionScope): DataOpDraft | null {
    if (chain.steps.length > 0 || chain.root.kind() !== 'call') return null;
    const fn = compact(chain.root.field('function')?.text() ?? '');
    if (!SHORTCUTS.has(fn.slice(fn.lastIndexOf('.') + 1))) return null;
    const args = argumentsOf(chain.root.field('arguments'));
    const source = args[0] ? this.queryModel(args[0], scope) : null;
    const op = this.op(node, chain, scope, 'read', source?.model ?? modelName(args[0] ?? null), 'django');
    for (const a of args.slice(1)) this.leaves(a, op.filter, scope, 0);
    if (source) {
      for (const v of source.filter) push(op.filter, v);
      if (source.scoped) op.scopedToCaller = true;
    }
    if (publishedFilter(args.slice(1))) op.publishedOnly = true;
    // `get_object_or_404(services.open_grants(), slug=slug)`: the rows are the ones that helper's query returns.
    const first = args[0] ? unwrap(args[0]) : null;
    if (!source && first?.kind() === 'call' && argumentsOf(first.field('arguments')).length === 0) {
      const helper = compact(first.field('function')?.text() ?? '');
      if (/^[A-Za-z_][\w.]*$/.test(helper) && !helper.includes('objects')) op.querysetFrom = helper;
    }
    return op;
  }

  /** `obj.delete()`, `obj.save()`, `project.members.remove(user)`, `serializer.save(owner=request.user)`. */
  private instanceMethod(node: SgNode, chain: Chain, scope: FunctionScope): DataOpDraft | null {
    const last = chain.steps[chain.steps.length - 1];
    if (!last?.args) return null;
    const args = argumentsOf(last.args);
    const positional = args.filter((a) => a.kind() !== 'keyword_argument');
    const callee = calleeText(chain);
    const receiverSteps = chain.steps.length - 1;
    if ((last.name === 'save' || last.name === 'asave') && receiverSteps === 0 && chain.root.kind() === 'identifier' && this.isFormOrSerializer(chain.root, scope)) {
      return this.formSave(node, chain.root, scope, callee);
    }
    const isRowMethod = last.name === 'delete' || last.name === 'adelete' || last.name === 'save' || last.name === 'asave' || last.name === 'update';
    if (isRowMethod && positional.length === 0) {
      const handed = receiverSteps === 0 && last.name !== 'update' ? this.handedRow(chain.root, scope) : null;
      // `entries.filter(created_at__lt=before).delete()` on a local queryset: the receiver is that queryset, narrowed.
      const receiver = receiverSteps > 0 ? unwrap(node).field('function')?.field('object') : null;
      const instance = this.receiverInstance(chain, receiverSteps, scope) ?? handed ?? (receiver && chain.root.kind() === 'identifier' ? this.instanceOf(receiver, scope, 0) : null);
      if (!instance || (last.name === 'update' && !instance.queryset)) return null;
      const op: DataOperation = last.name.endsWith('delete') ? 'delete' : instance.created && last.name !== 'update' ? 'create' : 'update';
      const name = receiverSteps === 0 && chain.root.kind() === 'identifier' ? chain.root.text() : null;
      const checks = name !== null ? scope.callerChecks(name, this) : [];
      const values = op === 'create' ? [...instance.values] : [];
      for (const a of args) this.written(a, values, scope);
      if (op === 'update' && name !== null) for (const v of this.assignedValues(name, scope)) push(values, v);
      // Only Django rows have `save()`/`delete()`; SQLAlchemy rows are written through the session.
      return {
        op,
        model: instance.model,
        callee,
        via: 'django',
        filter: union(instance.filter, checks),
        values,
        scopedToCaller: instance.scoped || checks.length > 0 || this.refersToCaller(node, scope, 0),
        keyedByRequestId: instance.keyed,
        ...(instance.viewObject ? { viewObject: true as const } : {}),
      };
    }
    const related = RELATED_WRITES[last.name];
    if (related && receiverSteps >= 1 && chain.steps[receiverSteps - 1]!.args === null) {
      const owner = this.receiverInstance(chain, receiverSteps - 1, scope);
      if (!owner || owner.queryset) return null;
      const name = receiverSteps === 1 && chain.root.kind() === 'identifier' ? chain.root.text() : null;
      const checks = name !== null ? scope.callerChecks(name, this) : [];
      const filter = union(owner.filter, checks);
      const values: string[] = [];
      // `project.members.remove(member)` picks the rows it removes; `add`/`create` write new ones.
      for (const a of args) {
        if (related === 'create') this.written(a, values, scope);
        else this.leaves(a, filter, scope, 0);
      }
      return {
        op: related,
        model: chain.steps[receiverSteps - 1]!.name,
        callee,
        via: 'django',
        filter,
        values,
        scopedToCaller: owner.scoped || checks.length > 0,
        keyedByRequestId: owner.keyed || args.some((a) => this.fromRequest(a, scope, 0)),
      };
    }
    return null;
  }

  /** Raw SQL outside an execute call: `text("DELETE …")` kept for later, `Model.objects.raw(…)` is a manager query. */
  private rawSql(node: SgNode, callee: string, firstString: string | null, scope: FunctionScope): DataOpDraft | null {
    if (firstString === null) return null;
    const classified = classifySql(SQL_HELPER.test(callee) ? 'execute' : callee, firstString);
    if (!classified) return null;
    // `session.execute(text("…"), params)` is classified at the execute call, with its parameters.
    if (SQL_TEXT.test(callee) && isExecuteArgument(node)) return null;
    const args = argumentsOf(node.field('arguments'));
    const statement = args[0] && args[0].kind() !== 'keyword_argument' ? args[0] : null;
    return this.rawStatement(classified, callee, firstString, statement, statement ? args.slice(1) : args, scope);
  }

  /**
   * A raw SQL statement and the parameters passed with it. The values its WHERE clause binds
   * select the rows (the filter: what scopes it to the caller or keys it by the request); the
   * values an UPDATE's SET clause binds are written, not filters. The statement's own text is
   * not a value; what it interpolates counts as a filter.
   */
  private rawStatement(classified: { op: DataOperation; model: string | null; via: string }, callee: string, sql: string, statement: SgNode | null, params: SgNode[], scope: FunctionScope): DataOpDraft {
    const split = splitSqlParameters(sql, classified.op, params);
    const filterNodes = classified.op === 'create' ? [] : [...(statement ? [statement] : []), ...split.filter];
    const writtenNodes = classified.op === 'create' ? [...(statement ? [statement] : []), ...params] : split.written;
    const filter: string[] = [];
    const values: string[] = [];
    for (const n of filterNodes) this.leaves(n === statement ? sqlString(n) : n, filter, scope, 0);
    for (const n of writtenNodes) this.leaves(n === statement ? sqlString(n) : n, values, scope, 0);
    // `WHERE created_at < now() - interval '365 days'`: rows selected by the database's clock (a retention cutoff).
    if (classified.op !== 'create' && SQL_CLOCK_FILTER.test(sql)) push(filter, 'now()');
    return {
      ...classified,
      callee,
      filter,
      values,
      scopedToCaller: filterNodes.some((p) => this.refersToCaller(p, scope, 0)),
      keyedByRequestId: /\bwhere\b/i.test(sql) && filterNodes.some((p) => this.fromRequest(p, scope, 0)),
    };
  }

  private isFormOrSerializer(receiver: SgNode, scope: FunctionScope): boolean {
    if (/(?:serializer|form)$/i.test(receiver.text())) return true;
    const origin = scope.origin(receiver.text(), receiver.range().start.index)?.value;
    return origin?.kind() === 'call' && /(?:Serializer|Form)$/.test(compact(origin.field('function')?.text() ?? ''));
  }

  private formSave(node: SgNode, receiver: SgNode, scope: FunctionScope, callee: string): DataOpDraft {
    const origin = scope.origin(receiver.text(), receiver.range().start.index)?.value;
    const ctor = origin?.kind() === 'call' ? origin : null;
    const ctorName = compact(ctor?.field('function')?.text() ?? '');
    const ctorArgs = argumentsOf(ctor?.field('arguments') ?? null);
    const serializer = /serializer$/i.test(receiver.text()) || ctorName.endsWith('Serializer');
    // A serializer's first positional argument is the instance; a Django form's is the submitted data
    // (`AddressForm(request.POST or None)` creates, `AddressForm(request.POST, instance=entry)` updates).
    const instanceArg =
      ctorArgs.find((a) => a.kind() === 'keyword_argument' && a.field('name')?.text() === 'instance')?.field('value') ??
      (serializer && ctorArgs[0]?.kind() !== 'keyword_argument' ? ctorArgs[0] : undefined);
    const instance = instanceArg ? this.instanceOf(instanceArg, scope, 0) : null;
    const method = scope.name;
    const updating = instanceArg !== undefined || method === 'perform_update' || method === 'update';
    const formClass = /(?:Serializer|Form)$/.test(ctorName) ? ctorName.slice(ctorName.lastIndexOf('.') + 1) : null;
    const named = formClass ? formClass.replace(/(?:Model)?(?:Serializer|Form)$/, '') || null : null;
    const checks = instanceArg?.kind() === 'identifier' ? scope.callerChecks(instanceArg.text(), this) : [];
    const values: string[] = [];
    // `commit=False` says when the row is saved, not what it holds.
    for (const a of argumentsOf(node.field('arguments'))) if (a.field('name')?.text() !== 'commit') this.written(a, values, scope);
    // `XSerializer(data=request.data)`: what the client sent is written too.
    for (const a of ctorArgs) if (a.kind() === 'keyword_argument' && a.field('name')?.text() === 'data') this.leaves(a, values, scope, 0);
    // `entry = form.save(commit=False)`, `entry.company = request.user.company`, `entry.save()`: what is set on the row before it is saved is written too.
    const bound = boundName(node);
    if (bound !== null) for (const v of this.assignedValues(bound, scope)) push(values, v);
    const guess = instance?.model ?? named ?? this.viewInstance(node, false)?.model ?? null;
    return {
      op: updating ? 'update' : 'create',
      model: guess,
      ...(formClass ? { form: { name: formClass, guess } } : {}),
      callee,
      via: serializer ? 'django-rest-framework' : 'django',
      filter: union(instance?.filter ?? [], checks),
      values,
      // A new row placed under the caller (`entry.company = request.user.company`) is theirs; setting the caller on a row loaded by id is not a scope.
      scopedToCaller: (instance?.scoped ?? false) || this.refersToCaller(node, scope, 0) || checks.length > 0 || (!updating && values.some((v) => CALLER_TEXT.test(v))),
      keyedByRequestId: instance?.keyed ?? method === 'perform_update',
      // `perform_update(serializer)` saves the row the view looked up itself.
      ...(instance?.viewObject || (!instance && method === 'perform_update') ? { viewObject: true as const } : {}),
    };
  }

  /** `db.commit()` after assigning to a row loaded in the same function is an update of that row. */
  private dirtyCommit(callee: string, scope: FunctionScope, via: string): DataOpDraft | null {
    const fn = scope.fn;
    if (!fn) return null;
    const text = fn.text();
    // A row handed to `session.add/merge/delete` is that call's business; another loaded row assigned to is still an update
    // (`user.password_hash = …` beside `db.session.delete(token_row)`, or beside `db.execute(delete(UserSession)…)`: a
    // statement the session executes is its own operation, and does not save the rows assigned to).
    const handed = new Set([...text.matchAll(/\.(?:add|add_all|merge|delete)\(\s*([A-Za-z_]\w*)\s*[,)]/g)].map((m) => m[1]!));
    const targets = fn.findAll({ rule: { any: [{ kind: 'assignment', has: { field: 'left', kind: 'attribute' } }, { kind: 'call', has: { field: 'function', regex: '^setattr$' } }, TUPLE_ATTRIBUTE_ASSIGNMENT] } });
    const subjects = targets.flatMap((target) => (target.kind() === 'assignment' ? attributeTargets(target).map((t) => chainOf(t).root) : [firstArgument(target.field('arguments'))]));
    for (const subject of subjects) {
      if (!subject || subject.kind() !== 'identifier' || subject.text() === 'self' || handed.has(subject.text())) continue;
      const instance = this.instanceOf(subject, scope, 0) ?? this.handedRow(subject, scope);
      // `program = program_service.get_org_program(org_id, program_id)`, `program.status = "archived"`, `db.session.commit()`:
      // a row another module's lookup helper loaded and returned, changed and saved (the helper's query says how it was selected).
      const loadedBy = !instance ? this.helperLoad(subject, scope) : null;
      if (loadedBy) {
        const checks = scope.callerChecks(subject.text(), this);
        return { loadedBy, op: 'update', model: null, callee, via, filter: checks, values: this.assignedValues(subject.text(), scope), scopedToCaller: checks.length > 0, keyedByRequestId: false };
      }
      if (!instance || instance.created) continue;
      const checks = scope.callerChecks(subject.text(), this);
      return {
        op: 'update',
        model: instance.model,
        callee,
        via,
        filter: union(instance.filter, checks),
        values: this.assignedValues(subject.text(), scope),
        scopedToCaller: instance.scoped || checks.length > 0,
        keyedByRequestId: instance.keyed,
        ...(instance.viewObject ? { viewObject: true as const } : {}),
      };
    }
    return null;
  }

  /**
   * What a row changed by attribute assignment is written with: the attributes assigned
   * (`project.status`, so a status change shows as one even when the new value is a constant)
   * and the values assigned (`body.status`); `setattr(project, k, v)` values too.
   */
  private assignedValues(name: string, scope: FunctionScope): string[] {
    const out: string[] = [];
    if (!scope.fn) return out;
    for (const a of scope.fn.findAll({ rule: { any: [{ kind: 'assignment', has: { field: 'left', kind: 'attribute' } }, TUPLE_ATTRIBUTE_ASSIGNMENT] } })) {
      const mine = attributeTargets(a).filter((t) => chainOf(t).root.text() === name);
      if (mine.length === 0) continue;
      for (const target of mine) push(out, `.${target.field('attribute')?.text() ?? ''}`);
      this.leaves(a.field('right'), out, scope, 0);
    }
    for (const call of scope.fn.findAll({ rule: { kind: 'call', has: { field: 'function', regex: '^setattr$' } } })) {
      const args = argumentsOf(call.field('arguments'));
      if (args[0]?.text() === name) this.leaves(args[2] ?? null, out, scope, 0);
    }
    return out;
  }

  private op(node: SgNode, chain: Chain, scope: FunctionScope, op: DataOperation, model: string | null, via: string, extra: SgNode[] = [], from = 0): DataOpDraft {
    const bound = boundName(node);
    const last = chain.steps[chain.steps.length - 1];
    // `Project.query.get_or_404(project_id)`: the key is positional.
    const positionalKey = last?.args && /^a?get(?:_or_404)?$/.test(last.name) ? firstArgument(last.args) : null;
    const checks = bound !== null ? scope.callerChecks(bound, this) : [];
    const filter: string[] = [];
    const values: string[] = [];
    this.chainValues(chain, from, scope, filter, values, op);
    for (const v of checks) push(filter, v);
    const published = op === 'read' && chain.steps.slice(from).some((step) => step.args !== null && FILTER_STEPS.has(step.name) && publishedFilter(argumentsOf(step.args)));
    return {
      op,
      model,
      callee: calleeText(chain),
      via,
      filter,
      values,
      ...(published ? { publishedOnly: true as const } : {}),
      scopedToCaller: [node, ...extra].some((n) => this.refersToCaller(n, scope, 0)) || checks.length > 0,
      keyedByRequestId:
        [node, ...extra].some((n) => this.keyed(n, scope, 0)) ||
        (positionalKey !== null && positionalKey.kind() !== 'keyword_argument' && this.fromRequest(positionalKey, scope, 0)),
    };
  }

  /** The filter and value texts of a query chain's steps from `from` on: `filter(…)`/`where(…)` narrow, `update(…)`/`values(…)` write. */
  private chainValues(chain: Chain, from: number, scope: FunctionScope, filter: string[], values: string[], op: DataOperation): void {
    for (const step of chain.steps.slice(from)) {
      if (!step.args) continue;
      const args = argumentsOf(step.args);
      if (FILTER_STEPS.has(step.name)) {
        for (const a of args) {
          // `update_or_create(pk=pk, defaults={…})`: the defaults are written, the rest selects.
          const written = a.kind() === 'keyword_argument' && a.field('name')?.text() === 'defaults';
          if (written) this.written(a.field('value'), values, scope);
          else this.leaves(a, filter, scope, 0);
        }
      } else if (VALUE_STEPS.has(step.name) && op !== 'read') {
        for (const a of args) this.written(a, values, scope);
      }
    }
  }

  /** The row (or queryset) held by the receiver made of the chain's root and its first `steps` steps. */
  private receiverInstance(chain: Chain, steps: number, scope: FunctionScope): Instance | null {
    if (steps === 0) return this.instanceOf(chain.root, scope, 0);
    const text = prefixText(chain, steps);
    const step = chain.steps[steps - 1]!;
    if (/^(?:self\.)?request\.user$|^current_user$|^g\.user$/.test(text)) return callerRow(requestText(text));
    if (text === 'self.object' || (text === 'self.get_object()' && step.args)) return this.viewInstance(chain.root, true);
    // `practitioner.user.save()`: the row a loaded row points to (a foreign key), reached through it and as limited as it.
    if (steps === 1 && step.args === null && chain.root.kind() === 'identifier' && /^[a-z][a-z_]*$/.test(step.name)) {
      const owner = this.instanceOf(chain.root, scope, 0);
      if (owner && !owner.queryset && !owner.created && owner.model !== null) {
        const model = step.name.split('_').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');
        return { ...owner, model, filter: [...owner.filter], values: [] };
      }
    }
    return null;
  }

  /** What a variable or expression holds when it is a row or queryset of a model. */
  private instanceOf(expr: SgNode, scope: FunctionScope, depth: number): Instance | null {
    const e = unwrap(expr);
    if (e.kind() === 'identifier') {
      const name = e.text();
      if (scope.callerParams.has(name)) return { ...callerRow(name), model: scope.typed.get(name) ?? (scope.memberships.has(name) ? null : 'User') };
      const injected = scope.injected.get(name);
      // A row a dependency loaded: the dependency's own query says how it was keyed and scoped.
      if (injected !== undefined) return { model: injected || null, created: false, queryset: false, scoped: false, keyed: false, via: this.statementVia, filter: [], values: [] };
      if ((name === 'instance' || name === 'obj') && /^perform_(?:update|destroy)$/.test(scope.name)) return this.viewInstance(e, true);
      if (depth >= 3) return null;
      const origin = scope.origin(name, e.range().start.index);
      if (!origin || containsNode(origin.value, e)) return null;
      const found = this.instanceOf(origin.value, scope, depth + 1);
      return found && origin.loop ? { ...found, queryset: false, created: false } : found;
    }
    if (/^(?:self\.)?request\.user$|^current_user$|^g\.user$/.test(e.text())) return callerRow(requestText(e.text()));
    if (e.text() === 'self.object') return this.viewInstance(e, true);
    if (e.kind() !== 'call') return null;
    const chain = chainOf(e);
    const last = chain.steps[chain.steps.length - 1];
    if (prefixText(chain, chain.steps.length) === 'self.get_object()') return this.viewInstance(e, true);
    // `entries = self.get_queryset()`: the view's rows, as its queryset scopes them.
    if (prefixText(chain, chain.steps.length) === 'self.get_queryset()') {
      const view = this.viewInstance(e, false);
      return view ? { ...view, queryset: true } : null;
    }
    // `entries = entries.filter(created_at__lt=before)`: a queryset held by a local, narrowed further (or one row of it taken).
    if (chain.root.kind() === 'identifier' && last !== undefined && chain.steps.every((s) => s.args !== null) && depth < 3) {
      const held = this.instanceOf(chain.root, scope, depth + 1);
      if (held?.queryset && !held.created) {
        const filter = [...held.filter];
        this.chainValues(chain, 0, scope, filter, [], 'read');
        return { ...held, queryset: !ROW_RESULTS.has(last.name), scoped: held.scoped || this.refersToCaller(e, scope, 0), keyed: held.keyed || this.keyed(e, scope, 0), filter };
      }
    }
    if (chain.steps.length === 0 && chain.root.kind() === 'call') {
      const fn = compact(chain.root.field('function')?.text() ?? '');
      if (SHORTCUTS.has(fn)) {
        const op = this.shortcut(e, chain, scope)!;
        return { model: op.model, created: false, queryset: fn.includes('list'), scoped: op.scopedToCaller ?? false, keyed: op.keyedByRequestId ?? false, via: 'django', filter: op.filter, values: [] };
      }
      // `Project(name=…, owner=request.user)`: a new row.
      if (/^[A-Z]\w*$/.test(fn) && !/(?:Serializer|Form|Error|Exception|Response)$/.test(fn)) {
        const values: string[] = [];
        for (const a of argumentsOf(chain.root.field('arguments'))) this.written(a, values, scope);
        return { model: fn, created: true, queryset: false, scoped: this.refersToCaller(e, scope, 0), keyed: false, via: this.statementVia, filter: [], values };
      }
      // `application = _org_application(db, org_id, application_id)`: the row a helper of this module returns.
      if (/^\w+$/.test(fn) && depth < 3) return this.helperRow(fn, depth);
      return null;
    }
    const getAt = chain.steps.findIndex((s) => (s.name === 'get' || s.name === 'get_or_404') && s.args !== null);
    if (getAt >= 0 && this.isSession(prefixText(chain, getAt), scope) && managerModel(chain) === null) {
      const args = argumentsOf(chain.steps[getAt]!.args);
      const filter: string[] = [];
      for (const a of args.slice(1)) this.leaves(a, filter, scope, 0);
      return { model: modelName(args[0] ?? null), created: false, queryset: false, scoped: args.some((a) => this.refersToCaller(a, scope, 0)), keyed: args.slice(1).some((a) => this.fromRequest(a, scope, 0)), via: this.statementVia, filter, values: [] };
    }
    const op = this.managerQuery(e, chain, scope) ?? this.sessionQuery(e, chain, scope) ?? this.statement(e, chain, scope);
    if (op && (op.op === 'read' || (op.op === 'create' && last !== undefined && CREATED_BY.has(last.name)))) {
      const row = last !== undefined && ROW_RESULTS.has(last.name);
      return { model: op.model, created: op.op === 'create', queryset: !row, scoped: op.scopedToCaller ?? false, keyed: op.keyedByRequestId ?? false, via: op.via, filter: op.filter, values: op.values };
    }
    return null;
  }

  /**
   * The row a function of this module returns: what its `return` holds (its query says how the
   * row was selected), else the class its return annotation names (`-> Application`).
   */
  private helperRow(name: string, depth: number): Instance | null {
    const fn = this.moduleFunction(name);
    if (!fn) return null;
    const body = fn.field('body');
    for (const ret of body?.findAll({ rule: { kind: 'return_statement' } }) ?? []) {
      // A return inside a nested function belongs to it.
      if (!this.sameFunction(ret, fn)) continue;
      const value = ret.namedChildren()[0];
      if (!value || value.kind() === 'none') continue;
      const found = this.instanceOf(value, this.scopeOf(value), depth + 1);
      if (found) return found;
    }
    const annotated = typeName(fn.field('return_type')?.text() ?? '');
    return annotated && !NOT_MODELS.test(annotated) ? { model: annotated, created: false, queryset: false, scoped: false, keyed: false, via: this.statementVia, filter: [], values: [] } : null;
  }

  /**
   * A row handed to a service by its caller (`def close_case(case: Case)`), for the writes made
   * to it by attribute assignment and `save()`: the class comes from the annotation. How the row
   * was selected is the caller's business.
   */
  /**
   * The helper a local was loaded by when it holds what a plain function call returned (`vehicle =
   * get_vehicle_for(session, user, vehicle_id)`, `services.load_order(db, order_id)`) and the helper is named for a lookup:
   * its name, else null. A class (`Vehicle(…)`) or a `build_…` helper makes a new row, and a method of the session or a
   * query is judged by its own query.
   */
  private helperLoad(element: SgNode, scope: FunctionScope): string | null {
    const e = unwrap(element);
    if (e.kind() !== 'identifier') return null;
    const origin = scope.origin(e.text(), e.range().start.index);
    if (!origin || origin.loop || containsNode(origin.value, e)) return null;
    let value = unwrap(origin.value);
    if (value.kind() === 'await') value = unwrap(value.namedChildren()[0] ?? value);
    if (value.kind() !== 'call') return null;
    const fn = compact(value.field('function')?.text() ?? '');
    const m = /^(?:([a-z_]\w*)\.)?([a-z_]\w*)$/.exec(fn);
    if (!m || (m[1] !== undefined && this.isSession(m[1], scope)) || SHORTCUTS.has(m[2]!) || !LOADER_NAME.test(m[2]!)) return null;
    return m[2]!;
  }

  private handedRow(subject: SgNode, scope: FunctionScope): Instance | null {
    if (subject.kind() !== 'identifier') return null;
    const model = scope.typed.get(subject.text());
    if (!model || NOT_MODELS.test(model)) return null;
    const origin = scope.origin(subject.text(), subject.range().start.index);
    // Reassigned in the function: what it holds is no longer what was handed in.
    if (origin && origin.value.range().start.index < subject.range().start.index) return null;
    return { model, created: false, queryset: false, scoped: false, keyed: false, via: this.statementVia, filter: [], values: [] };
  }

  private moduleFunction(name: string): SgNode | null {
    this.functions ??= new Map(
      this.root
        .namedChildren()
        .map((s) => (s.kind() === 'decorated_definition' ? s.field('definition') : s))
        .filter((d): d is SgNode => d?.kind() === 'function_definition')
        .map((d) => [d.field('name')?.text() ?? '', d]),
    );
    return this.functions.get(name) ?? null;
  }

  private sameFunction(node: SgNode, fn: SgNode): boolean {
    for (let p = node.parent(); p; p = p.parent()) if (p.kind() === 'function_definition') return p.id() === fn.id();
    return false;
  }

  /** The row a class-based view works on (`self.get_object()`, `self.object`): its queryset decides the scoping. */
  private viewInstance(node: SgNode, keyed: boolean): Instance | null {
    let cls: SgNode | null = null;
    for (let p = node.parent(); p; p = p.parent()) {
      if (p.kind() === 'class_definition') {
        cls = p;
        break;
      }
    }
    if (!cls) return null;
    const data = this.viewClass(cls);
    // The row is looked up by the URL's key (`pk`) within the view's queryset.
    return { model: data.model, created: false, queryset: false, scoped: data.scoped, keyed, via: 'django', filter: keyed ? ['pk', ...data.filter] : [...data.filter], values: [], ...(keyed ? { viewObject: true as const } : {}) };
  }

  /** The model and scoping of a queryset expression given to `get_object_or_404`. */
  private queryModel(expr: SgNode, scope: FunctionScope): { model: string | null; scoped: boolean; filter: string[] } | null {
    const e = unwrap(expr);
    if (e.kind() !== 'call') return null;
    const chain = chainOf(e);
    if (prefixText(chain, 1) === 'self.get_queryset' || prefixText(chain, chain.steps.length) === 'self.get_queryset()') {
      const view = this.viewInstance(e, false);
      return view ? { model: view.model, scoped: view.scoped, filter: view.filter } : null;
    }
    const model = managerModel(chain);
    if (!model) return null;
    const filter: string[] = [];
    this.chainValues(chain, 0, scope, filter, [], 'read');
    return { model, scoped: this.refersToCaller(e, scope, 0), filter };
  }

  private isSession(receiver: string, scope: FunctionScope): boolean {
    return SESSION_RECEIVER.test(receiver) || scope.sessionParams.has(receiver);
  }

  /** Whether the expression picks rows by an id from the request: an id-like keyword, comparison or statement traced to request input. */
  private keyed(expr: SgNode, scope: FunctionScope, depth: number): boolean {
    for (const kw of expr.findAll({ rule: { any: [{ kind: 'keyword_argument' }, { kind: 'pair' }] } })) {
      const name = kw.kind() === 'pair' ? unquote(kw.field('key')?.text() ?? '') : (kw.field('name')?.text() ?? '');
      const value = kw.field('value');
      if (value && KEY_KEYWORD.test(name) && this.fromRequest(value, scope, 0)) return true;
    }
    for (const cmp of expr.findAll({ rule: { kind: 'comparison_operator' } })) {
      const operands = cmp.namedChildren();
      const column = operands.find((o) => o.kind() === 'attribute' && KEY_COLUMN.test(o.text()));
      if (column && operands.some((o) => o.id() !== column.id() && this.fromRequest(o, scope, 0))) return true;
    }
    if (depth >= 2) return false;
    // `stmt = delete(Project).where(Project.id == project_id)`; `session.execute(stmt)`.
    for (const id of rootIdentifiers(expr)) {
      const origin = scope.origin(id.text(), id.range().start.index);
      if (origin && origin.value.kind() === 'call' && !containsNode(origin.value, id) && this.keyed(origin.value, scope, depth + 1)) return true;
    }
    return false;
  }

  /** Whether an expression carries input from the request: request data, URL kwargs, a parameter, or a variable assigned from one. */
  private fromRequest(expr: SgNode, scope: FunctionScope, depth: number): boolean {
    const key = `${expr.id()}:${depth}`;
    let known = this.requestMemo.get(key);
    if (known === undefined) this.requestMemo.set(key, (known = this.fromRequestUncached(expr, scope, depth)));
    return known;
  }

  private fromRequestUncached(expr: SgNode, scope: FunctionScope, depth: number): boolean {
    const text = expr.text();
    if (REQUEST_DATA.test(text)) return true;
    if (!scope.mentionsTracked(text)) return false;
    for (const id of rootIdentifiers(expr)) {
      const name = id.text();
      if (scope.inputParams.has(name)) return true;
      if (depth < 3 && !scope.callerParams.has(name)) {
        const origin = scope.origin(name, id.range().start.index);
        if (origin && !containsNode(origin.value, id) && !this.refersToCaller(origin.value, scope, 2) && this.fromRequest(origin.value, scope, depth + 1)) return true;
      }
    }
    return false;
  }
}

/** The caller's own row: selected by the caller's id (`user` → `user.id`, as a query on it would be written). */
function callerRow(text: string): Instance {
  const filter = /^\w+$/.test(text) ? [text, `${text}.id`] : [text];
  return { model: 'User', created: false, queryset: false, scoped: true, keyed: false, via: 'django', filter, values: [] };
}

/** `self.request.user` in a class-based view is the request's user: written as the request. */
function requestText(text: string): string {
  return text.startsWith('self.request.') ? text.slice('self.'.length) : text;
}

function push(out: string[], text: string): void {
  if (out.length < MAX_LEAVES && !out.includes(text)) out.push(text);
}

function union(a: readonly string[], b: readonly string[]): string[] {
  const out = [...a];
  for (const v of b) push(out, v);
  return out;
}

interface Step {
  name: string;
  /** The argument list when this step is a call. */
  args: SgNode | null;
}

/** `a.b(x).c(y)` as a root (`a`) and steps (`b`, `b(x)`, `c(y)`…). */
interface Chain {
  root: SgNode;
  steps: Step[];
}

export function chainOf(node: SgNode): Chain {
  const steps: Step[] = [];
  let current = unwrap(node);
  for (;;) {
    const kind = current.kind();
    if (kind === 'call') {
      const fn = current.field('function');
      if (fn?.kind() !== 'attribute') return { root: current, steps };
      steps.unshift({ name: fn.field('attribute')?.text() ?? '', args: current.field('arguments') });
      current = unwrap(fn.field('object')!);
    } else if (kind === 'attribute') {
      steps.unshift({ name: current.field('attribute')?.text() ?? '', args: null });
      current = unwrap(current.field('object')!);
    } else {
      return { root: current, steps };
    }
  }
}

function unwrap(node: SgNode): SgNode {
  let current = node;
  while (current.kind() === 'await' || current.kind() === 'parenthesized_expression') {
    const inner = current.namedChildren()[0];
    if (!inner) break;
    current = inner;
  }
  return current;
}

/** True when the call is the receiver of another call (`x.filter(…)` in `x.filter(…).delete()`). */
function continuesChain(node: SgNode): boolean {
  let child = node;
  let parent = node.parent();
  while (parent && (parent.kind() === 'await' || parent.kind() === 'parenthesized_expression')) {
    child = parent;
    parent = parent.parent();
  }
  return parent?.kind() === 'attribute' && parent.field('object')?.id() === child.id() && parent.parent()?.kind() === 'call';
}

function isExecuteArgument(node: SgNode): boolean {
  const list = node.parent();
  const call = list?.kind() === 'argument_list' ? list.parent() : null;
  const fn = call?.kind() === 'call' ? call.field('function') : null;
  return fn?.kind() === 'attribute' && EXECUTE.has(fn.field('attribute')?.text() ?? '');
}

/** The model of a Django manager chain (`Project.objects…`), or null. */
function managerModel(chain: Chain): string | null {
  const at = chain.steps.findIndex((s) => s.args === null && MANAGERS.has(s.name));
  if (at < 0 || at === chain.steps.length - 1) return null;
  const name = at === 0 ? chain.root.text() : chain.steps[at - 1]!.args === null ? chain.steps[at - 1]!.name : '';
  return /^[A-Z]\w*$/.test(name) ? name : null;
}

/** `select(Project)`, `delete(Project).where(…)`, `sa.update(Project)…` → the statement's kind, model and the chain steps after the builder. */
function builderOf(stmt: SgNode): { op: DataOperation; model: string | null; after: number } | null {
  const chain = chainOf(stmt);
  // `delete(Model)` is the chain's root call; `sa.delete(Model)` is a step on the module.
  const qualified = chain.root.kind() === 'identifier' && /^(?:sa|sqlalchemy|sqlmodel|db)$/.test(chain.root.text()) && chain.steps[0]?.args ? chain.steps[0] : null;
  if (chain.root.kind() !== 'call' && !qualified) return null;
  const fn = qualified ? `${chain.root.text()}.${qualified.name}` : compact(chain.root.field('function')?.text() ?? '');
  const op = BUILDERS[fn.slice(fn.lastIndexOf('.') + 1)];
  if (!op || !/^(?:(?:sa|sqlalchemy|sqlmodel|db)\.)?(?:select|delete|update|insert)$/.test(fn)) return null;
  const target = firstArgument(qualified ? qualified.args : chain.root.field('arguments'));
  return { op, model: modelName(target) ?? tableHandle(target), after: qualified ? 1 : 0 };
}

/**
 * A SQLAlchemy Core table a statement is built on: `delete(sessions)`, `insert(db.invites)`,
 * `select(users.c.id, …)` name the variable holding a `Table(…)`.
 */
function tableHandle(node: SgNode | null): string | null {
  if (!node) return null;
  const text = compact(node.text());
  const m = /^(?:([a-z_]\w*)|(?:[a-z_]\w*\.)?([a-z_]\w*)(?:\.c\.\w+)?)$/.exec(text);
  const name = m?.[1] ?? m?.[2];
  if (!name || (node.kind() !== 'identifier' && node.kind() !== 'attribute') || /^(?:self|cls)\./.test(text)) return null;
  return name;
}

/**
 * The parameters passed with a raw SQL statement, split by where the statement binds them: an
 * UPDATE's placeholders before WHERE are the values it writes (`SET full_name = :name`), the rest
 * select rows. Named placeholders (`:name`, `%(name)s`) match keyword arguments and dict keys;
 * positional ones (`%s`, `?`, `$1`) match tuple and list elements. A parameter that cannot be
 * matched (a variable holding the dict) stays a filter, as does everything of other statements.
 */
function splitSqlParameters(sql: string, op: DataOperation, params: SgNode[]): { filter: SgNode[]; written: SgNode[] } {
  if (op !== 'update') return { filter: params, written: [] };
  const where = /\bwhere\b/i.exec(sql);
  const cut = where ? where.index : sql.length;
  const setNames = new Set<string>();
  const whereNames = new Set<string>();
  let setPositions = 0;
  for (const m of sql.matchAll(/(?<![:\w]):(\w+)|%\((\w+)\)s|(%s|\?|\$\d+)/g)) {
    const name = m[1] ?? m[2];
    if (name) (m.index < cut ? setNames : whereNames).add(name);
    else if (m.index < cut) setPositions++;
  }
  const filter: SgNode[] = [];
  const written: SgNode[] = [];
  const byName = (name: string, value: SgNode) => (setNames.has(name) && !whereNames.has(name) ? written : filter).push(value);
  for (const p of params) {
    const kind = p.kind();
    if (kind === 'keyword_argument') {
      byName(p.field('name')?.text() ?? '', p.field('value') ?? p);
    } else if (kind === 'dictionary') {
      for (const pair of p.namedChildren()) {
        const key = pair.field('key');
        const value = pair.field('value');
        if (pair.kind() === 'pair' && key?.kind() === 'string' && value) byName(unquote(key.text()), value);
        else if (pair.kind() !== 'comment') filter.push(pair);
      }
    } else if ((kind === 'tuple' || kind === 'list') && setPositions > 0) {
      p.namedChildren().forEach((e, i) => (i < setPositions ? written : filter).push(e));
    } else {
      filter.push(p);
    }
  }
  return { filter, written };
}

/** The SQL of a string or `text("…")` argument, or null. */
function sqlText(node: SgNode): string | null {
  if (node.kind() === 'string') return unquote(node.text());
  if (node.kind() === 'call' && SQL_TEXT.test(compact(node.field('function')?.text() ?? ''))) {
    const first = firstArgument(node.field('arguments'));
    return first?.kind() === 'string' ? unquote(first.text()) : null;
  }
  return null;
}

/** The string node of a SQL statement (`"…"` or `text("…")`), for its interpolations. */
function sqlString(node: SgNode): SgNode | null {
  if (node.kind() === 'string') return node;
  const first = firstArgument(node.field('arguments'));
  return first?.kind() === 'string' ? first : null;
}

/** `Project` from `Project`, `models.Project`, `Project.id`. */
function modelName(node: SgNode | null): string | null {
  if (!node || (node.kind() !== 'identifier' && node.kind() !== 'attribute')) return null;
  const parts = node.text().split('.');
  const capitalised = parts.find((p) => /^[A-Z]/.test(p));
  return capitalised ?? null;
}

/** Annotations that name a value rather than a row. */
const NOT_MODELS = /^(?:Any|Optional|Union|List|Dict|Set|Tuple|Iterable|Sequence|Mapping|Callable|Annotated|Request|HttpRequest|Response|HttpResponse|JsonResponse|Session|AsyncSession|Connection|Engine|Decimal|UUID|Path|Enum|BaseModel|QuerySet|Manager)$|(?:In|Out|Create|Update|Patch|Schema|Request|Response|Payload|Params|Dto|DTO|Form|Serializer|Settings|Config|Client|Service|Repository)$/;

function typeName(annotation: string): string {
  const m = /^(?:Annotated\[)?\s*([A-Z]\w*)/.exec(annotation);
  return m ? m[1]! : '';
}

/** The variable a call's result is assigned to (`project = get_object_or_404(…)`), or null. */
function boundName(node: SgNode): string | null {
  let child = node;
  let parent = node.parent();
  while (parent && (parent.kind() === 'await' || parent.kind() === 'parenthesized_expression')) {
    child = parent;
    parent = parent.parent();
  }
  if (parent?.kind() !== 'assignment' || parent.field('right')?.id() !== child.id()) return null;
  const left = parent.field('left');
  return left?.kind() === 'identifier' ? left.text() : null;
}

function modelAssignment(classNode: SgNode): SgNode | null {
  return classNode.find({ rule: { kind: 'assignment', has: { field: 'left', regex: '^model$' } } });
}

/** The source text of a chain's callee with arguments elided: `Project.objects.filter(…).delete`. */
function calleeText(chain: Chain): string {
  const rootText = chain.root.kind() === 'call' ? `${compact(chain.root.field('function')?.text() ?? '')}(…)` : compact(chain.root.text());
  const steps = chain.steps.map((s, i) => `.${s.name}${s.args && i < chain.steps.length - 1 ? (argumentsOf(s.args).length > 0 ? '(…)' : '()') : ''}`);
  const text = chain.root.kind() === 'call' && chain.steps.length === 0 ? compact(chain.root.field('function')?.text() ?? '') : rootText + steps.join('');
  return text.length > 160 ? `${text.slice(0, 159)}…` : text;
}

/** The chain's receiver made of its root and first `steps` steps, as text: `self.request.user`. */
function prefixText(chain: Chain, steps: number): string {
  let text = compact(chain.root.text());
  for (const s of chain.steps.slice(0, steps)) text += `.${s.name}${s.args ? '()' : ''}`;
  return text;
}

/** Identifiers that are variables rather than attribute names (`b` in `a.b`) or keyword names (`x` in `f(x=1)`). */
const VARIABLE = {
  kind: 'identifier',
  not: { any: [{ inside: { kind: 'attribute', field: 'attribute' } }, { inside: { kind: 'keyword_argument', field: 'name' } }] },
};

function rootIdentifiers(expr: SgNode): SgNode[] {
  if (expr.kind() === 'identifier') return [expr];
  return expr.findAll({ rule: VARIABLE } as Parameters<SgNode['findAll']>[0]);
}

function containsNode(outer: SgNode, inner: SgNode): boolean {
  const a = outer.range();
  const b = inner.range();
  return a.start.index <= b.start.index && b.end.index <= a.end.index;
}

function parameters(fn: SgNode): Param[] {
  const out: Param[] = [];
  for (const p of fn.field('parameters')?.namedChildren() ?? []) {
    const kind = p.kind();
    if (kind === 'identifier') out.push({ name: p.text(), annotation: '', default: '' });
    else if (kind === 'typed_parameter') {
      const name = p.namedChildren().find((c) => c.kind() === 'identifier');
      if (name) out.push({ name: name.text(), annotation: p.field('type')?.text() ?? '', default: '' });
    } else if (kind === 'default_parameter' || kind === 'typed_default_parameter') {
      const name = p.field('name');
      if (name) out.push({ name: name.text(), annotation: p.field('type')?.text() ?? '', default: p.field('value')?.text() ?? '' });
    }
  }
  return out;
}

/** `return self.request.user` (or `request.user`, `self.request.user.profile`) as the only return of a `get_object`: the caller's own record, as `request.user…`. */
function ownRecordReturned(fn: SgNode): string | null {
  const returns = fn.findAll({ rule: { kind: 'return_statement' } });
  if (returns.length === 0) return null;
  let found: string | null = null;
  for (const r of returns) {
    const value = compact(r.namedChildren()[0]?.text() ?? '').replace(/^self\./, '');
    if (!/^request\.user(?:\.\w+)*$/.test(value)) return null;
    found ??= value;
  }
  return found;
}

/**
 * `if membership.user_id == request.user.id: return redirect(…)` ("you cannot remove yourself"): an equality with the caller
 * whose `if` leaves without using the row again refuses the caller's own row and lets every other one through. It limits
 * nothing to the caller. (`if doc.owner == request.user: return render(…, {"doc": doc})` serves the row: that one does.)
 */
function refusesOwnRow(test: SgNode, name: string): boolean {
  const comparison = test.kind() === 'comparison_operator' ? test : null;
  if (!comparison) return false;
  const operators = comparison.children().filter((c) => !c.isNamed()).map((c) => c.text());
  if (operators.length !== 1 || (operators[0] !== '==' && operators[0] !== 'is')) return false;
  for (let child = comparison, p = comparison.parent(); p; child = p, p = p.parent()) {
    const kind = p.kind();
    if (kind === 'boolean_operator' || kind === 'parenthesized_expression') continue;
    if ((kind !== 'if_statement' && kind !== 'elif_clause') || p.field('condition')?.id() !== child.id()) return false;
    const block = p.field('consequence');
    if (!block || block.find({ rule: { any: [{ kind: 'return_statement' }, { kind: 'raise_statement' }] } }) === null) return false;
    return !block.findAll({ rule: { kind: 'identifier' } }).some((id) => id.text() === name);
  }
  return false;
}
