import type { FactIndex } from '../core/fact-index.js';
import type { CallFact, ComparisonFact, DataOpFact, FunctionFact } from '../core/facts.js';

/** A call and the file it is in. */
export interface LocatedCall {
  call: CallFact;
  path: string;
}

export interface Reached {
  calls: LocatedCall[];
  dataOps: DataOpFact[];
  via: FunctionFact[];
  /** Comparisons in the functions followed, with their file, in the caller's terms (`this.user.orgId` → `req.user.orgId`). */
  comparisons: LocatedComparison[];
}

/** A comparison and the file it is in. */
export interface LocatedComparison extends ComparisonFact {
  path: string;
  /** The sides as written in the followed function, when binding rewrote them (`user.companyId` handed `caller`). */
  written?: { left: string; right: string };
}

/**
 * Like `FactIndex.reach`, but keeps the file of every call (for `related` locations) and
 * does not follow calls `skip` rejects (an authentication helper's session lookup is not
 * the route's object access; an audit helper's insert is not the route's change).
 */
export function reachFrom(facts: FactIndex, start: readonly LocatedCall[], depth: number, skip: (c: CallFact) => boolean = () => false, loaded: readonly DataOpFact[] = []): Reached {
  const calls: LocatedCall[] = [];
  const dataOps: DataOpFact[] = [];
  const comparisons: LocatedComparison[] = [];
  const via: FunctionFact[] = [];
  const seen = new Set<FunctionFact>();
  // The frontier is kept as runs of calls sharing one binding: no object per call and level.
  let frontier: Run[] = [{ calls: start, binding: NO_BINDING, rows: rowsLoaded(loaded, NO_ROWS) }];
  for (let level = 0; level < depth && frontier.length > 0; level++) {
    const next: Run[] = [];
    for (const run of frontier) {
      for (const { call, path } of run.calls) {
        if (skip(call)) continue;
        // The function the call resolves to is handed its arguments; a signal's receivers are not (memoised lookup).
        const resolved = facts.resolveCall(path, call);
        for (const fn of facts.callees(path, call)) {
          if (seen.has(fn)) continue;
          seen.add(fn);
          via.push(fn);
          // `removeMember(request.user.companyId, request.params.userId)`: inside, `companyId` is the caller's company.
          const inner = fn === resolved ? bind(facts, fn, call, run.binding) : NO_BINDING;
          const rows = fn === resolved ? rowsLoaded(fn.dataOps, handedRows(fn, call, run.rows)) : NO_ROWS;
          const innerCalls = fn === resolved ? runsFor(fn, call) : locatedCalls(fn);
          for (const c of innerCalls) calls.push(c);
          for (const op of fn.dataOps) dataOps.push(withHandedModel(inner.size > 0 ? substitute(op, inner) : op, op, rows));
          for (const c of fn.comparisons ?? []) {
            const left = rebind(c.left, inner);
            const right = rebind(c.right, inner);
            const compared: LocatedComparison = { left, right, line: c.line, path: fn.location.path };
            if (left !== c.left || right !== c.right) compared.written = { left: c.left, right: c.right };
            comparisons.push(compared);
          }
          next.push({ calls: innerCalls, binding: inner, rows });
        }
      }
    }
    frontier = next;
  }
  return { calls, dataOps, via, comparisons };
}

interface Run {
  calls: readonly LocatedCall[];
  binding: ReadonlyMap<string, string>;
  /** The locals (or parameters) of the calling function that hold a row of a known model: name → model. */
  rows: ReadonlyMap<string, string>;
}
const NO_BINDING: ReadonlyMap<string, string> = new Map();
const NO_ROWS: ReadonlyMap<string, string> = new Map();

/** `membership = self.get_object()`, `const project = await prisma.project.findFirst(…)`: the locals reads bind a row of a known model to, added to `rows`. */
function rowsLoaded(ops: readonly DataOpFact[], rows: ReadonlyMap<string, string>): ReadonlyMap<string, string> {
  let out: Map<string, string> | null = null;
  for (const op of ops) {
    if (op.op !== 'read' || !op.boundTo || op.model === null || rows.get(op.boundTo) === op.model) continue;
    out ??= new Map(rows);
    out.set(op.boundTo, op.model);
  }
  return out ?? rows;
}

/**
 * The parameters of a called function handed a row the caller holds (`services.remove_member(membership)` after
 * `membership = self.get_object()`), with that row's model: the parameter is the same row inside.
 */
function handedRows(fn: FunctionFact, call: CallFact, rows: ReadonlyMap<string, string>): ReadonlyMap<string, string> {
  if (rows.size === 0 || !fn.params) return NO_ROWS;
  const handed = new Map<string, string>();
  fn.params.forEach((param, i) => {
    const model = param && param !== 'this' ? rows.get(call.args?.[i] ?? '') : undefined;
    if (model) handed.set(param, model);
  });
  if (call.keywordArgs) for (const param of fn.params) {
    const model = param ? rows.get(call.keywordArgs[param] ?? '') : undefined;
    if (model) handed.set(param, model);
  }
  return handed.size > 0 ? handed : NO_ROWS;
}

/**
 * A write on a row the function was handed (`membership.delete()` in `def remove_member(membership)`), whose model the
 * function cannot say, is a write of the model the caller loaded that row as.
 */
function withHandedModel(op: DataOpFact, written: DataOpFact, rows: ReadonlyMap<string, string>): DataOpFact {
  if (op.model !== null || op.op === 'read' || rows.size === 0) return op;
  const receiver = /^([A-Za-z_$][\w$]*)\.[A-Za-z_$][\w$]*$/.exec(written.callee)?.[1];
  const model = receiver ? rows.get(receiver) : undefined;
  return model ? withModel(op, model) : op;
}

/** A copy of an operation with its model filled in, keeping what its rebound values stood for (see `originalValue`). */
function withModel(op: DataOpFact, model: string): DataOpFact {
  const out: DataOpFact = { ...op, model };
  const originals = ORIGINALS.get(op);
  if (originals) ORIGINALS.set(out, originals);
  return out;
}

/** A function's calls with its file, made once per function (routes reach the same helpers again and again). */
const LOCATED = new WeakMap<FunctionFact, readonly LocatedCall[]>();
function locatedCalls(fn: FunctionFact): readonly LocatedCall[] {
  let located = LOCATED.get(fn);
  if (!located) LOCATED.set(fn, (located = fn.calls.map((call) => ({ call, path: fn.location.path }))));
  return located;
}

/**
 * A function's calls that can run for this call site: a refusal that requires a parameter the call leaves out
 * (`withWorkspace(slug)` of `withWorkspace(slug, role?)`, refusing only `if (role && …)`) never runs. Only a call
 * whose arguments are known (`args`) is judged; a parameter with a default is always set.
 */
function runsFor(fn: FunctionFact, call: CallFact): readonly LocatedCall[] {
  const located = locatedCalls(fn);
  const passed = call.args?.length;
  if (passed === undefined || !fn.params || !located.some((c) => c.call.onlyIf !== undefined)) return located;
  const omitted = new Set(fn.params.slice(passed).filter((p) => p !== '' && !(fn.defaulted ?? []).includes(p)));
  return omitted.size === 0 ? located : located.filter((c) => c.call.onlyIf === undefined || !omitted.has(c.call.onlyIf.split('.')[0]!));
}

/** A value text with its root name replaced by what it is bound to (`caller.id` with `caller` → `request.user` → `request.user.id`). */
function rebind(value: string, binding: ReadonlyMap<string, string>): string {
  if (binding.size === 0) return value;
  // `this.user.orgId` in a method of an instance made with `new ClientService(req.user)`: the field is the constructor's argument.
  const field = value.startsWith('this.') ? /^this\.[A-Za-z_$][\w$]*/.exec(value)?.[0] : undefined;
  const boundField = field ? binding.get(field) : undefined;
  if (boundField !== undefined) return boundField + value.slice(field!.length);
  const root = /^[A-Za-z_$][\w$]*/.exec(value)?.[0];
  const bound = root ? binding.get(root) : undefined;
  return bound === undefined ? value : bound + value.slice(root!.length);
}

/**
 * What the called function's parameters stand for at this call site, in the caller's own terms. A method of an
 * instance made with `new ClientService(req.user)` also knows its fields from the constructor's parameters
 * (`constructor(private readonly user: AuthedUser)` → `this.user` is `req.user`), and keeps them through `this.x()` calls.
 */
function bind(facts: FactIndex, fn: FunctionFact, call: CallFact, outer: ReadonlyMap<string, string>): ReadonlyMap<string, string> {
  const binding = new Map<string, string>();
  if (/^this\.[\w$]+$/.test(call.callee)) for (const [key, value] of outer) if (key.startsWith('this.')) binding.set(key, value);
  if (call.receiverArgs && call.receiverType) {
    const ctor = facts.resolveFunction(fn.location.path, 'constructor', call.receiverType);
    if (ctor?.qualifiedName === `${call.receiverType}.constructor`) {
      ctor.params?.forEach((param, i) => {
        const arg = call.receiverArgs![i];
        if (param && arg) binding.set(`this.${param}`, rebind(arg, outer));
      });
    }
  }
  fn.params?.forEach((param, i) => {
    const arg = call.args?.[i];
    if (param && arg && param !== 'this') binding.set(param, rebind(arg, outer));
  });
  // Python `create_application(db, applicant=user)`: a keyword argument binds the parameter of its name.
  if (call.keywordArgs) for (const param of fn.params ?? []) {
    const arg = param ? call.keywordArgs[param] : undefined;
    if (arg) binding.set(param, rebind(arg, outer));
  }
  return binding.size > 0 ? binding : NO_BINDING;
}

/** The value each rebound text stood for inside the called function, by operation. */
const ORIGINALS = new WeakMap<DataOpFact, Map<string, string>>();

/**
 * What a value of a followed operation was called inside the function (`orgId` for `org.id`):
 * when the caller's text says nothing about whose value it is, the parameter's name still may.
 */
export function originalValue(op: DataOpFact, value: string): string | undefined {
  return ORIGINALS.get(op)?.get(value);
}

/** A data operation of a called function, its filter and values in the caller's terms. */
function substitute(op: DataOpFact, binding: ReadonlyMap<string, string>): DataOpFact {
  const out: DataOpFact = { ...op };
  const originals = new Map<string, string>();
  const map = (v: string) => {
    const bound = v.startsWith('.') ? v : rebind(v, binding);
    if (bound !== v && !originals.has(bound)) originals.set(bound, v);
    return bound;
  };
  if (op.filter) out.filter = op.filter.map(map);
  if (op.values) out.values = op.values.map(map);
  // `this.repo.update(…)` of `WorkspaceRepository<T>` made with `new WorkspaceRepository(Invoice, …)`: an `Invoice` is updated.
  const entity = op.modelArgument ? binding.get(`this.${op.modelArgument}`) : undefined;
  if (entity && /^[A-Z][\w$]*$/.test(entity)) out.model = entity;
  if (originals.size > 0) ORIGINALS.set(out, originals);
  return out;
}

/**
 * The calls that reveal a secret, of those `isReveal` names: not one whose result only keys a signature
 * (`_sign(decrypt_secret(hook.secret), body)`, see `CallFact.signs`), nor the calls inside the helpers such a
 * call reaches (`decrypt_secret`'s own `fernet.decrypt`): the secret is used there, not handed out.
 */
export function revealingCalls(facts: FactIndex, calls: readonly LocatedCall[], isReveal: (c: CallFact) => boolean): LocatedCall[] {
  const candidates = calls.filter((c) => isReveal(c.call));
  const keys = candidates.filter((c) => c.call.signs !== undefined);
  if (keys.length === 0) return candidates;
  const bodies = reachFrom(facts, keys, 2).via.map((f) => f.location);
  return candidates.filter((c) => c.call.signs === undefined && !bodies.some((l) => l.path === c.path && l.startLine <= c.call.line && c.call.line <= l.endLine));
}

/**
 * A change saved through a row a lookup helper of another module returned (`program = program_service.get_org_program(…)`,
 * `program.status = "archived"`, `db.session.commit()`, see `DataOpFact.loadedBy`) is a change of the model that helper
 * loads: its model filled in from the followed helper's read. Operations that name their model are kept as they are.
 */
export function withLoaderModels(ops: readonly DataOpFact[], via: readonly FunctionFact[]): DataOpFact[] {
  return ops.map((op) => {
    if (op.model !== null || !op.loadedBy) return op;
    const models = new Set(loaderBodies(op.loadedBy, via).flatMap((f) => f.dataOps.filter((o) => o.op === 'read' && o.model !== null).map((o) => o.model!)));
    return models.size === 1 ? withModel(op, [...models][0]!) : op;
  });
}

/**
 * The followed functions that make a lookup helper's query (see `DataOpFact.loadedBy`): the helpers of that name, and the
 * functions of their file they call by name (`ClientService.get` selecting through `self._query()`, which filters by
 * `self.user.agency_id`).
 */
export function loaderBodies(name: string, via: readonly FunctionFact[]): FunctionFact[] {
  const helpers = via.filter((f) => f.name === name);
  const called = via.filter((g) => !helpers.includes(g) && helpers.some((h) => h.location.path === g.location.path && h.calls.some((c) => c.callee.slice(c.callee.lastIndexOf('.') + 1) === g.name)));
  return [...helpers, ...called];
}
