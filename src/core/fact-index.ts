import path from 'node:path';
import type { BodySummary, CallFact, DataOpFact, DispatchTableFact, DocumentFact, FileFacts, FunctionFact, ImportFact, MountFact, RouteFact } from './facts.js';
import type { Location } from './model.js';
import type { FileEntry } from './scan.js';

/** A route with what its routers contribute: the full path and every guard applied on the way in. */
export interface LinkedRoute {
  route: RouteFact;
  /** Prefixes of the routers it is mounted under joined with its own path. */
  fullPath: string;
  /** Router-level guards first (outermost mount first), then the route's own. */
  guards: CallFact[];
  /** Where router-level guards were applied, for `related` locations. */
  mounts: MountFact[];
  /** The handler function when it is referenced by name and found. */
  handler: FunctionFact | null;
  /** For a view declared apart from its URL (`needsMount`), the innermost mount that gives it its path (the Django `path(...)` naming it). */
  declaredAt?: Location;
}

/** Frameworks whose `use(…)` takes middleware and routers alike (a Fastify plugin is a function mounted with `register`). */
const USE_MOUNTS = new Set(['express', 'koa', 'hono']);
const SERVICE_MANIFEST = /(^|\/)(package\.json|requirements\.txt|pyproject\.toml|Pipfile|setup\.py|go\.mod|Gemfile)$/;
const RESOLVE_EXTENSIONS = ['', '.ts', '.tsx', '.js', '.jsx', '.mjs', '.cjs', '/index.ts', '/index.tsx', '/index.js', '.py', '/__init__.py'];

/**
 * The facts of one scan, indexed for rules. Rules ask questions ("which routes change
 * data?", "is there a runbook?"); they never see syntax.
 */
/** The receivers that name the calling object itself. */
const RECEIVER_SELF = /^(?:self|cls|this)$/;

export class FactIndex {
  readonly files: readonly FileEntry[];
  readonly byPath = new Map<string, FileFacts>();
  private readonly functionsByName = new Map<string, FunctionFact[]>();
  private linked: LinkedRoute[] | null = null;
  private serviceRoots: Set<string> | null = null;
  private readonly services = new Map<string, string>();
  private allCalls: readonly { path: string; call: CallFact }[] | null = null;
  private allDataOps: readonly DataOpFact[] | null = null;
  private readonly resolved = new Map<string, string | null>();
  private pythonModules: Map<string, string[]> | null = null;
  private pythonNames: Set<string> | null = null;
  /** Where each router or view is mounted: `${file}\0${name}` (name `*` for JS, `\0local\0` for same-file mounts). */
  private parents: Map<string, { file: FileFacts; mount: MountFact }[]> | null = null;
  private defaults: Map<string, MountFact[]> | null = null;
  private readonly resolvedFunctions = new Map<string, Map<string, FunctionFact | null>>();
  private readonly receiversBySignal = new Map<string, FunctionFact[]>();
  private readonly actingMounts = new Map<FileFacts, readonly MountFact[]>();

  constructor(files: readonly FileEntry[], facts: readonly FileFacts[]) {
    this.files = files;
    const forms = new Map<string, { path: string; model: string }[]>();
    for (const f of facts) this.byPath.set(f.path, f);
    this.resolveRepositories();
    for (const f of this.byPath.values()) {
      for (const form of f.formClasses) forms.set(form.name, [...(forms.get(form.name) ?? []), { path: f.path, model: form.model }]);
      for (const fn of f.functions) {
        for (const signal of fn.receives ?? []) {
          const receivers = this.receiversBySignal.get(signal) ?? [];
          receivers.push(fn);
          this.receiversBySignal.set(signal, receivers);
        }
        for (const key of new Set([fn.name, fn.qualifiedName])) {
          const list = this.functionsByName.get(key) ?? [];
          list.push(fn);
          this.functionsByName.set(key, list);
        }
      }
    }
    this.resolveFormModels(forms);
    this.resolveFactoryReceivers();
  }

  /**
   * `repo.update(…)` after `const repo = scoped(Invoice, user.workspaceId)`, where `scoped` only makes an instance
   * (`new WorkspaceRepository(entity, workspaceId)`, see `FunctionFact.constructs`): the method is that class's, and its
   * constructor is handed the factory's arguments in its parameters' places (`['Invoice', 'user.workspaceId']`).
   * Set from `receiverFactory` every time (the extractor never sets both), so facts kept in a cache give the same answer.
   */
  private resolveFactoryReceivers(): void {
    for (const f of this.byPath.values()) {
      for (const summary of summariesOf(f)) {
        for (const call of summary.calls) {
          if (!call.receiverFactory) continue;
          const factory = this.resolveFunction(f.path, call.receiverFactory.name);
          const made = factory?.constructs;
          if (!factory || !made || factory.qualifiedName.includes('.')) {
            delete call.receiverType;
            delete call.receiverArgs;
            continue;
          }
          call.receiverType = made.type;
          const passed = call.receiverFactory.args;
          const args = (made.args ?? []).map((a) => {
            const root = /^[A-Za-z_$][\w$]*/.exec(a)?.[0];
            const i = root ? (factory.params ?? []).indexOf(root) : -1;
            return i < 0 ? '' : passed[i] ? passed[i] + a.slice(root!.length) : '';
          });
          if (args.some((a) => a !== '')) call.receiverArgs = args;
          else delete call.receiverArgs;
        }
      }
    }
  }

  /**
   * `form.save()` writes the model the form class's `Meta.model` names (`AddressForm` →
   * `AddressBookEntry`), wherever the class is declared: the file's own, the module it is
   * imported from, else the only class of that name. Otherwise the extractor's guess stands.
   * Idempotent, so facts kept in a cache give the same answer.
   */
  private resolveFormModels(forms: ReadonlyMap<string, readonly { path: string; model: string }[]>): void {
    for (const f of this.byPath.values()) {
      for (const summary of summariesOf(f)) {
        for (const op of summary.dataOps) {
          if (!op.form) continue;
          const candidates = forms.get(op.form.name) ?? [];
          const imp = f.imports.find((i) => i.local === op.form!.name);
          const target = imp ? this.importTarget(f.path, imp, false) : null;
          const found = candidates.find((c) => c.path === f.path) ?? candidates.find((c) => c.path === target) ?? (candidates.length === 1 ? candidates[0] : undefined);
          op.model = found?.model ?? op.form.guess;
        }
      }
    }
  }

  /**
   * `userRepo().update(…)` with `userRepo` imported: the entity of the repository the module it is imported from
   * exports (`export const userRepo = () => AppDataSource.getRepository(User)`), else the only such export of that
   * name in the repository (an import through a path alias), else the model the name suggests. An operation that
   * none of these names (`cache().delete(key)`) is no data operation: the file's facts are copied without it, so
   * facts kept in a cache stay as extracted and a later scan gives the same answer.
   */
  private resolveRepositories(): void {
    const exported = new Map<string, { path: string; model: string; accessor: boolean }[]>();
    for (const f of this.byPath.values()) {
      for (const r of f.repositoryExports ?? []) exported.set(r.name, [...(exported.get(r.name) ?? []), { path: f.path, model: r.model, accessor: r.accessor }]);
    }
    for (const f of this.byPath.values()) {
      let unresolved = false;
      for (const summary of summariesOf(f)) {
        for (const op of summary.dataOps) {
          if (!op.repository) continue;
          const { holder, accessor, guess } = op.repository;
          const imp = f.imports.find((i) => i.local === holder);
          const name = imp && imp.imported !== 'default' && imp.imported !== '*' ? imp.imported : holder;
          const candidates = (exported.get(name) ?? []).filter((c) => c.accessor === accessor);
          const target = imp ? this.importTarget(f.path, imp, false) : null;
          const found = candidates.find((c) => c.path === target) ?? (candidates.length === 1 ? candidates[0] : undefined);
          op.model = found?.model ?? guess;
          if (op.model === null) unresolved = true;
        }
      }
      if (unresolved) this.byPath.set(f.path, withoutUnresolvedRepositories(f));
    }
  }

  get fileFacts(): IterableIterator<FileFacts> {
    return this.byPath.values();
  }

  /** Every path in the scan (source, prose, config and other files). */
  paths(): string[] {
    return this.files.map((f) => f.path);
  }

  documents(): DocumentFact[] {
    return [...this.fileFacts].flatMap((f) => f.documents);
  }

  /** Every data operation anywhere: routes, functions and module code. */
  dataOps(): readonly DataOpFact[] {
    this.allDataOps ??= this.collectDataOps();
    return this.allDataOps;
  }

  private collectDataOps(): DataOpFact[] {
    const out: DataOpFact[] = [];
    for (const f of this.fileFacts) {
      const seen = new Set<string>();
      for (const summary of [f.moduleBody, ...f.functions, ...f.routes]) {
        for (const op of summary.dataOps) {
          // A DRF viewset's implied create/update/delete share the class's location: op and callee tell them apart.
          const key = `${op.location.startLine}:${op.location.startColumn}:${op.op}:${op.callee}`;
          if (!seen.has(key)) {
            seen.add(key);
            out.push(op);
          }
        }
      }
    }
    return out;
  }

  /** Every call anywhere (deduplicated by position). */
  calls(): readonly { path: string; call: CallFact }[] {
    this.allCalls ??= this.collectCalls();
    return this.allCalls;
  }

  private collectCalls(): { path: string; call: CallFact }[] {
    const out: { path: string; call: CallFact }[] = [];
    for (const f of this.fileFacts) {
      const seen = new Set<string>();
      for (const summary of [f.moduleBody, ...f.functions, ...f.routes]) {
        for (const call of summary.calls) {
          const key = `${call.line}:${call.callee}`;
          if (!seen.has(key)) {
            seen.add(key);
            out.push({ path: f.path, call });
          }
        }
      }
    }
    return out;
  }

  /**
   * Functions named `name` in the repository, preferring the file's own and its imports (memoised: rules ask per call site).
   * `receiverType` is the class the call's receiver is declared as (`CallFact.receiverType`): its method is the one meant.
   */
  resolveFunction(fromPath: string, callee: string, receiverType?: string): FunctionFact | null {
    // Keyed per file, then by call: no key string is built on the hot path of every rule.
    let byCall = this.resolvedFunctions.get(fromPath);
    if (!byCall) this.resolvedFunctions.set(fromPath, (byCall = new Map()));
    const key = receiverType ? `${callee}\0${receiverType}` : callee;
    const known = byCall.get(key);
    if (known !== undefined) return known;
    const found = this.lookupFunction(fromPath, callee, receiverType);
    byCall.set(key, found);
    return found;
  }

  /**
   * The function a call runs. A method of an injected ORM repository or model (`this.offers.findOne(…)`) is the ORM's:
   * only a method the field's own declared class defines (a custom repository's `findActive`) is the repository's code.
   */
  resolveCall(fromPath: string, call: CallFact): FunctionFact | null {
    const fn = this.resolveFunction(fromPath, call.callee, call.receiverType);
    if (fn && call.ormReceiver && fn.qualifiedName !== `${call.receiverType}.${call.callee.slice(call.callee.lastIndexOf('.') + 1)}`) return null;
    return fn;
  }

  private lookupFunction(fromPath: string, callee: string, receiverType?: string): FunctionFact | null {
    const parts = callee.split('.');
    const last = parts[parts.length - 1]!;
    const head = parts[0]!;
    const facts = this.byPath.get(fromPath);
    // The import that binds the receiver (`from .services import billing` for `billing.charge(…)`) and the file it names: looked up once, when first asked.
    let receiverImport: { target: string | null } | null | undefined;
    const importedReceiver = () => {
      if (receiverImport === undefined) {
        const imp = parts.length > 1 ? facts?.imports.find((i) => i.local === head) : undefined;
        receiverImport = imp ? { target: this.importTarget(fromPath, imp, true) } : null;
      }
      return receiverImport;
    };
    // Calling an instance of a Python class runs its `__call__` (FastAPI class-based dependencies).
    const callable = fromPath.endsWith('.py') ? this.functionsByName.get(`${last}.__call__`) : undefined;
    // `this.auth.signIn(…)` with `private readonly auth: AuthService`: AuthService's method, wherever it is.
    const typed = receiverType ? this.functionsByName.get(`${receiverType}.${last}`) : undefined;
    // `this.projectsService.remove(…)` (NestJS injection): the method of the class the field is named after.
    const owner = parts.length >= 2 ? parts[parts.length - 2]! : '';
    const injected = owner ? this.functionsByName.get(`${owner.charAt(0).toUpperCase()}${owner.slice(1)}.${last}`) : undefined;
    let candidates = typed ?? this.functionsByName.get(callee) ?? injected ?? this.functionsByName.get(last) ?? callable ?? [];
    // Found by its last name only, a method is not what any object's `.get(…)` runs (`data.get`, `request.headers.get` are
    // not `ResultAPI.get`, nor is `db.session.get` with `db` from extensions.py): only `self`/`cls`/`this`, a receiver
    // imported from the method's own module, or a receiver named after the class (`result_api`) reach it.
    if (!typed && parts.length >= 2 && !this.functionsByName.has(callee) && !injected?.length && !RECEIVER_SELF.test(head)) {
      // An import from the repository says where the receiver lives (`from .services import billing`); a package's (`flask.request`) does not.
      const target = importedReceiver()?.target ?? null;
      const receiver = parts[parts.length - 2]!.replace(/_/g, '').toLowerCase();
      candidates = candidates.filter((c) => !c.qualifiedName.includes('.') || c.location.path === target || c.qualifiedName.split('.')[0]!.toLowerCase() === receiver);
    }
    // A method of another object (`this.auth.signIn` inside `AuthController.signIn`) is not a method of the calling
    // file's classes by proximity alone: without a declared type, those are left out.
    if (!typed && parts.length >= 3 && parts[0] === 'this') candidates = candidates.filter((c) => c.location.path !== fromPath || !c.qualifiedName.includes('.'));
    // `self.get_object(…)` in a class that neither defines nor inherits it in its own module: another class
    // of that module (a sibling view's `get_object`) is not what runs; a mixin imported from elsewhere may be.
    if (!typed?.length && receiverType && parts.length === 2 && /^(?:self|cls)$/.test(parts[0]!)) candidates = candidates.filter((c) => c.location.path !== fromPath || !c.qualifiedName.includes('.'));
    if (candidates.length === 0) return null;
    // `billing_service.change_plan(…)` from a handler that is itself named `change_plan`: the module named wins.
    const namespace = importedReceiver();
    if (namespace) {
      const { target } = namespace;
      const imported = target && target !== fromPath ? candidates.find((c) => c.location.path === target) : undefined;
      if (imported) return imported;
    }
    const local = candidates.find((c) => c.location.path === fromPath);
    if (local) return local;
    const imp = facts?.imports.find((i) => i.local === head || i.local === last);
    let receiverElsewhere = false;
    if (imp) {
      const target = this.importTarget(fromPath, imp, imp.local === head && parts.length > 1);
      const imported = candidates.find((c) => c.location.path === target);
      if (imported) return imported;
      // `db.create(…)` with `db` imported from lib/db.ts: the import says where the method lives, and it is not there.
      // (A package or path alias that does not resolve says nothing: workspace packages hold the repository's own services.)
      receiverElsewhere = imp.local === head && parts.length > 1 && target !== null;
      // `from sqlalchemy import update`, then `update(Token)`: the package's function, not a function of the repository that
      // happens to share its name (a service's `def update(…)`), even when that name is unique.
      if (parts.length === 1 && target === null && fromPath.endsWith('.py') && this.isPythonPackage(imp.source)) return null;
    }
    // A unique name in the repository is taken as the one meant, but a plain function is not a method of some object
    // (`prisma.inboundMessage.create`, `ctx.db.user.delete`) just because it shares the method's name.
    if (candidates.length !== 1) return null;
    const only = candidates[0]!;
    if (!only.qualifiedName.includes('.') && (parts.length >= 3 || receiverElsewhere)) return null;
    return only;
  }

  /**
   * The functions a call runs besides its callee's own body: the receivers of a signal it
   * sends (`user_logged_in.send(…)`, `order_paid.send_robust(…)`).
   */
  /**
   * The functions a call runs: the one it resolves to, then the receivers of a signal it sends
   * (Django `login()` sends `user_logged_in`). Both reach loops follow calls through this.
   */
  callees(fromPath: string, call: CallFact): readonly FunctionFact[] {
    if (call.dispatch) return this.dispatchTargets(fromPath, call.dispatch.table);
    const resolved = this.resolveCall(fromPath, call);
    const receivers = this.receiversOf(call.callee);
    return resolved ? (receivers.length > 0 ? [resolved, ...receivers] : [resolved]) : receivers;
  }

  /**
   * The table of functions a name in `fromPath` stands for: the file's own, or the one it is
   * imported from (`import { cleanupTasks } from './cleanup'`).
   */
  dispatchTable(fromPath: string, name: string): { path: string; table: DispatchTableFact } | null {
    const facts = this.byPath.get(fromPath);
    const own = facts?.dispatchTables?.find((t) => t.name === name);
    if (own) return { path: fromPath, table: own };
    const imp = facts?.imports.find((i) => i.local === name);
    const target = imp ? this.importTarget(fromPath, imp, false) : null;
    const table = target ? this.byPath.get(target)?.dispatchTables?.find((t) => t.name === (imp!.imported === 'default' || imp!.imported === '*' ? name : imp!.imported)) : undefined;
    return target && table ? { path: target, table } : null;
  }

  /** The function a table runs for a key, when the table and the key are known. */
  dispatchEntry(fromPath: string, tableName: string, key: string): FunctionFact | null {
    const found = this.dispatchTable(fromPath, tableName);
    const entry = found?.table.entries.find((e) => e.key === key);
    return found && entry ? this.entryFunction(found.path, found.table, entry) : null;
  }

  /** Every function a call through the table may run: its key is not known here. */
  dispatchTargets(fromPath: string, tableName: string): FunctionFact[] {
    const found = this.dispatchTable(fromPath, tableName);
    if (!found) return [];
    return found.table.entries.map((e) => this.entryFunction(found.path, found.table, e)).filter((f): f is FunctionFact => f !== null);
  }

  private readonly inlineEntries = new Map<object, FunctionFact>();

  private entryFunction(tablePath: string, table: DispatchTableFact, entry: DispatchTableFact['entries'][number]): FunctionFact | null {
    if (entry.ref) return this.resolveFunction(tablePath, entry.ref);
    if (!entry.body) return null;
    let fn = this.inlineEntries.get(entry);
    if (!fn) {
      const name = `${table.name}[${JSON.stringify(entry.key)}]`;
      fn = { name, qualifiedName: name, exported: false, location: { path: tablePath, startLine: entry.line, endLine: entry.line, startColumn: 0, endColumn: 0 }, ...entry.body };
      this.inlineEntries.set(entry, fn);
    }
    return fn;
  }

  receiversOf(callee: string): readonly FunctionFact[] {
    const m = /(?:^|\.)(\w+)\.send(?:_robust)?$/.exec(callee);
    return m ? (this.receiversBySignal.get(m[1]!) ?? []) : [];
  }

  /** A module specifier imported from `fromPath` as a repo path, when it is one of the scanned files. */
  resolveModule(fromPath: string, specifier: string): string | null {
    const key = `${fromPath}\0${specifier}`;
    let found = this.resolved.get(key);
    if (found === undefined) {
      found = this.resolveModuleUncached(fromPath, specifier);
      this.resolved.set(key, found);
    }
    return found;
  }

  private resolveModuleUncached(fromPath: string, specifier: string): string | null {
    let base: string;
    if (specifier.startsWith('.')) {
      if (fromPath.endsWith('.py')) {
        const dots = /^\.+/.exec(specifier)![0].length;
        const dir = path.posix.dirname(fromPath).split('/').slice(0, dots > 1 ? -(dots - 1) : undefined).join('/');
        base = path.posix.join(dir, specifier.slice(dots).replace(/\./g, '/'));
      } else {
        base = path.posix.join(path.posix.dirname(fromPath), specifier);
      }
    } else if (fromPath.endsWith('.py')) {
      base = specifier.replace(/\./g, '/');
    } else {
      return null;
    }
    const stripped = base.replace(/\.(?:js|jsx|mjs|cjs)$/, '');
    for (const candidate of [base, stripped]) {
      for (const ext of RESOLVE_EXTENSIONS) {
        if (this.byPath.has(candidate + ext)) return candidate + ext;
      }
    }
    // Python absolute imports are relative to a source root: match by suffix, nearest to the importer first.
    if (fromPath.endsWith('.py') && !specifier.startsWith('.')) {
      const candidates = this.pythonModuleIndex().get(base);
      if (candidates) return nearest(fromPath, candidates);
    }
    return null;
  }

  /**
   * Whether a Python absolute import names a module from outside the repository (`sqlalchemy`, `fastapi.security`): its
   * top-level name is no folder or module of any Python file scanned.
   */
  private isPythonPackage(specifier: string): boolean {
    if (specifier.startsWith('.')) return false;
    if (!this.pythonNames) {
      this.pythonNames = new Set();
      for (const p of this.byPath.keys()) if (p.endsWith('.py')) for (const part of p.slice(0, -3).split('/')) this.pythonNames.add(part);
    }
    return !this.pythonNames.has(specifier.split('.')[0]!);
  }

  /** Python files by every module path they can be imported as (`a/b/c.py` → `c`, `b/c`, `a/b/c`; a package by its folder). */
  private pythonModuleIndex(): Map<string, string[]> {
    if (this.pythonModules) return this.pythonModules;
    const index = new Map<string, string[]>();
    for (const p of this.byPath.keys()) {
      if (!p.endsWith('.py')) continue;
      const parts = p.slice(0, -3).split('/');
      if (parts[parts.length - 1] === '__init__') parts.pop();
      for (let i = parts.length - 1; i >= 0; i--) {
        const key = parts.slice(i).join('/');
        const list = index.get(key) ?? [];
        list.push(p);
        index.set(key, list);
      }
    }
    this.pythonModules = index;
    return index;
  }

  /**
   * The file an import refers to. Python's `from .routers import projects` may import a
   * submodule rather than a name: when the import is used as a namespace (`projects.router`)
   * the submodule is tried first.
   */
  private importTarget(fromPath: string, imp: ImportFact, asNamespace: boolean): string | null {
    if (asNamespace && fromPath.endsWith('.py') && imp.imported !== '*') {
      const submodule = this.resolveModule(fromPath, imp.source.endsWith('.') ? imp.source + imp.imported : `${imp.source}.${imp.imported}`);
      if (submodule) return submodule;
    }
    return this.resolveModule(fromPath, imp.source);
  }

  /**
   * The calls and data operations of a body plus those of the repository's functions it
   * calls, to `depth` levels: authorization and audit calls often live in a helper or service.
   */
  reach(fromPath: string, body: BodySummary, depth = 3): BodySummary & { via: FunctionFact[] } {
    const calls: CallFact[] = [...body.calls];
    const dataOps: DataOpFact[] = [...body.dataOps];
    const via: FunctionFact[] = [];
    const seen = new Set<FunctionFact>();
    let frontier: { path: string; calls: readonly CallFact[] }[] = [{ path: fromPath, calls: body.calls }];
    for (let level = 0; level < depth && frontier.length > 0; level++) {
      const next: typeof frontier = [];
      for (const { path: p, calls: list } of frontier) {
        for (const call of list) {
          for (const fn of this.callees(p, call)) {
            if (seen.has(fn)) continue;
            seen.add(fn);
            via.push(fn);
            calls.push(...fn.calls);
            dataOps.push(...fn.dataOps);
            next.push({ path: fn.location.path, calls: fn.calls });
          }
        }
      }
      frontier = next;
    }
    return { calls, dataOps, via };
  }

  /**
   * The deployable service a path belongs to: the deepest folder holding a package
   * manifest (package.json, requirements.txt, pyproject.toml…); `.` for the root.
   */
  serviceOf(filePath: string): string {
    const roots = this.serviceRootSet();
    const dir = path.posix.dirname(filePath);
    let service = this.services.get(dir);
    if (service === undefined) {
      service = '.';
      for (let d = dir; d !== '.' && d !== '/'; d = path.posix.dirname(d)) {
        if (roots.has(d)) {
          service = d;
          break;
        }
      }
      this.services.set(dir, service);
    }
    return service;
  }

  /** The folders of the repository's services below the root (folders holding a package manifest). */
  serviceFolders(): string[] {
    return [...this.serviceRootSet()].filter((d) => d !== '.').sort();
  }

  private serviceRootSet(): Set<string> {
    this.serviceRoots ??= new Set(this.files.filter((f) => SERVICE_MANIFEST.test(f.path)).map((f) => path.posix.dirname(f.path)));
    return this.serviceRoots;
  }

  /**
   * A file's mounts as they act. `router.use(requireAuth, attachAbility)` reads like a guard then a
   * router, but when the last argument is a function imported from a scanned module, Express runs it
   * as middleware: the mount is a guard-only mount with that function last among its guards (Express, Koa, Hono).
   * Decided here, not by the extractor, because it depends on the other file (and cached facts stay as extracted).
   */
  mountsOf(file: FileFacts): readonly MountFact[] {
    let list = this.actingMounts.get(file);
    if (!list) {
      list = file.mounts.map((m) => this.middlewareMount(file, m) ?? m);
      this.actingMounts.set(file, list);
    }
    return list;
  }

  private middlewareMount(file: FileFacts, m: MountFact): MountFact | null {
    const child = m.child;
    if (!child || !USE_MOUNTS.has(m.framework) || m.childModule !== undefined || child === m.parent || m.parent === '*' || child.includes('.')) return null;
    const imp = file.imports.find((i) => i.local === child && i.imported !== '*');
    if (!imp) return null;
    const target = this.resolveModule(file.path, imp.source);
    const facts = target && target !== file.path ? this.byPath.get(target) : undefined;
    if (!facts) return null;
    // A default export is known by its declaration's name only: a module that registers routes is taken to export its router.
    const name = imp.imported === 'default' ? (facts.routes.length > 0 || facts.mounts.length > 0 ? null : imp.local) : imp.imported;
    if (!name || !facts.functions.some((f) => f.name === name && f.qualifiedName === name)) return null;
    return { ...m, child: null, guards: [...m.guards, { callee: child, line: m.location.startLine }] };
  }

  /** Routes with their mounts and router-level guards resolved. */
  routes(): LinkedRoute[] {
    if (this.linked) return this.linked;
    const linked: LinkedRoute[] = [];
    for (const f of this.fileFacts) {
      for (const route of f.routes) {
        const { chain, mounted, replaced } = this.mountChain(f, route);
        if (route.needsMount && !mounted) continue;
        const defaults = route.defaultGuards ? this.defaultGuards(f.path, route.defaultGuards) : [];
        // Guard-only mounts (`app.use('/api/*', jwt())`) scope guards, not paths: only routers mounted under a prefix add to it.
        const prefix = chain.filter((m) => m.child !== null && !replaced.has(m)).map((m) => m.prefix).join('');
        const handler = route.handlerRef ? this.resolveFunction(f.path, route.handlerRef) : null;
        const declaredAt = route.needsMount ? chain.findLast((m) => m.child !== null)?.location : undefined;
        linked.push({
          route,
          fullPath: joinPaths(prefix, route.path),
          guards: [...defaults.flatMap((m) => m.guards), ...chain.flatMap((m) => m.guards), ...route.guards, ...this.aliasGuards(f.path, route)],
          mounts: [...defaults, ...chain].filter((m) => m.guards.length > 0),
          handler,
          ...(declaredAt ? { declaredAt } : {}),
        });
      }
    }
    this.linked = linked;
    return linked;
  }

  /**
   * The mounts a route passes through, outermost first (bounded: mount cycles are possible),
   * and whether any mount reaches it from outside (a Django view nobody routes to is not served).
   */
  private mountChain(file: FileFacts, route: RouteFact): { chain: MountFact[]; mounted: boolean; replaced: Set<MountFact> } {
    const chain: MountFact[] = [];
    // Mounts in the chain whose prefix a registration replaced: their guards apply, their prefix does not.
    const replaced = new Set<MountFact>();
    let mounted = false;
    // `awaited`: whether the registration that led here waits for the plugin (Fastify), so only hooks added before it apply.
    let current: { file: FileFacts; router: string | null; line: number; awaited: boolean } = { file, router: route.router, line: route.location.startLine, awaited: false };
    // The route's path relative to the router being looked at: a guard mounted on a prefix (`app.use('/api', limiter)`) applies only under it.
    let relative = route.path;
    for (let hops = 0; hops < 8 && current.router; hops++) {
      const { file: here, router, line, awaited } = current;
      // `router.use(guard)` before the route in the same file applies to it.
      const mounts = this.mountsOf(here);
      // Fastify builds a route's hooks when the app is ready: every hook of the route's own plugin applies, wherever it is added.
      // A child plugin copies its parent's hooks when it loads: at an awaited `register`, else after the parent's code has run.
      const before = (m: MountFact) => m.location.startLine < line || (m.framework === 'fastify' && (hops === 0 || !awaited));
      const local = mounts.filter((m) => m.parent === router && m.child === null && before(m) && underPrefix(relative, m.prefix));
      local.push(...this.skippingHooks(here, mounts.filter((m) => m.parent === router && m.child !== null && m.framework === 'fastify' && before(m))));
      // FastAPI `router = APIRouter(dependencies=…)` is a mount of the router onto itself.
      const self = mounts.filter((m) => m.parent === router && m.child === router && m.childModule === undefined);
      // Reached through a file that imports the router (`register_result_views(results_bp)` in the app factory): the
      // router's own hooks and prefix are where it is defined.
      if (hops > 0 && here.path.endsWith('.py')) {
        const origin = this.importedRouter(here, router);
        if (origin) self.push(...this.mountsOf(origin.file).filter((m) => m.parent === origin.name && m.child === origin.name && m.childModule === undefined && !chain.includes(m)));
      }
      chain.unshift(...self, ...local);
      const beforeSelf = relative;
      relative = joinPaths(self.map((m) => m.prefix).join(''), relative);
      const outer = this.findParentMount(here, router);
      if (!outer) {
        // `from . import bp` then `@bp.route(…)`: the router is the one defined in the imported module.
        const origin = this.importedRouter(here, router);
        if (!origin) break;
        current = { file: origin.file, router: origin.name, line: Number.POSITIVE_INFINITY, awaited: false };
        continue;
      }
      mounted = true;
      // Python: what the registering file applies to the blueprint under its own name (`limiter.limit(…)(invites_bp)`
      // before `app.register_blueprint(invites_bp)`) applies to its routes, inside the registration's prefix.
      const aliased =
        outer.file.path.endsWith('.py') && outer.mount.child && outer.mount.child !== outer.mount.parent
          ? this.mountsOf(outer.file).filter((m) => m.parent === outer.mount.child && m.child === m.parent && m.childModule === undefined && !chain.includes(m))
          : [];
      chain.unshift(outer.mount, ...aliased);
      // Flask: a prefix given at registration replaces the blueprint's own (its hooks still apply).
      if (outer.mount.replacesChildPrefix) {
        relative = beforeSelf;
        for (const m of self) replaced.add(m);
      }
      relative = joinPaths(outer.mount.prefix, joinPaths(aliased.map((m) => m.prefix).join(''), relative));
      current = { file: outer.file, router: outer.mount.parent, line: outer.mount.location.startLine, awaited: outer.mount.awaited === true };
    }
    return { chain, mounted, replaced };
  }

  /**
   * The hooks that plugins wrapped with fastify-plugin add to the context registering them
   * (`app.register(authPlugin)` with `export default fp(async (app) => app.addHook('onRequest', …))`):
   * the plugin of the same file by name, or the imported module's.
   */
  private skippingHooks(file: FileFacts, registrations: readonly MountFact[]): MountFact[] {
    const out: MountFact[] = [];
    for (const r of registrations) {
      const child = r.child!;
      const own = file.mounts.filter((m) => m.skipsEncapsulation && m.parent === child);
      if (own.length > 0) {
        out.push(...own);
        continue;
      }
      const imp = file.imports.find((i) => i.local === child);
      const target = imp ? this.resolveModule(file.path, imp.source) : null;
      const facts = target && target !== file.path ? this.byPath.get(target) : undefined;
      if (facts) out.push(...facts.mounts.filter((m) => m.skipsEncapsulation));
    }
    return out;
  }

  /** Where a router defined in `file` is mounted: same file by name, or another file that imports it. */
  private findParentMount(file: FileFacts, router: string): { file: FileFacts; mount: MountFact } | null {
    const index = this.parentIndex();
    const python = file.path.endsWith('.py');
    return index.get(`${file.path}\0local\0${router}`)?.[0] ?? index.get(`${file.path}\0${python ? router : '*'}`)?.[0] ?? null;
  }

  /** Every mount by what it mounts, resolved once: the file and the router or view name. */
  private parentIndex(): Map<string, { file: FileFacts; mount: MountFact }[]> {
    if (this.parents) return this.parents;
    const index = new Map<string, { file: FileFacts; mount: MountFact }[]>();
    const add = (key: string, entry: { file: FileFacts; mount: MountFact }) => {
      const list = index.get(key) ?? [];
      list.push(entry);
      index.set(key, list);
    };
    for (const other of this.fileFacts) {
      for (const m of this.mountsOf(other)) {
        if (!m.child) continue;
        if (m.childModule !== undefined) {
          // Django `include('projects.urls')`: the module is named, the child is its `urlpatterns`.
          const target = this.resolveModule(other.path, m.childModule);
          if (target) add(`${target}\0${m.child}`, { file: other, mount: m });
          continue;
        }
        if (m.child === m.parent) continue;
        add(`${other.path}\0local\0${m.child}`, { file: other, mount: m });
        const child = m.child;
        const imp = other.imports.filter((i) => child === i.local || child.startsWith(`${i.local}.`)).toSorted((a, b) => b.local.length - a.local.length)[0];
        if (!imp) continue;
        const rest = child.slice(imp.local.length + 1);
        const target = this.importTarget(other.path, imp, rest !== '');
        // A Python module can hold several routers or views: the mount names which one.
        if (target) add(`${target}\0${target.endsWith('.py') ? rest || imp.imported : '*'}`, { file: other, mount: m });
      }
    }
    this.parents = index;
    return index;
  }

  /** The module and name a router variable was imported from, when it is a named import of a scanned file. */
  private importedRouter(file: FileFacts, router: string): { file: FileFacts; name: string } | null {
    const imp = file.imports.find((i) => i.local === router && i.imported !== '*' && i.imported !== 'default');
    if (!imp) return null;
    const target = this.importTarget(file.path, imp, false);
    const facts = target && target !== file.path ? this.byPath.get(target) : undefined;
    return facts ? { file: facts, name: imp.imported } : null;
  }

  /** Framework-wide default guards (DRF `DEFAULT_PERMISSION_CLASSES`), preferring the route's own service. */
  private defaultGuards(fromPath: string, name: string): MountFact[] {
    if (!this.defaults) {
      this.defaults = new Map();
      for (const f of this.fileFacts) {
        for (const m of this.mountsOf(f)) {
          if (m.child !== null) continue;
          const list = this.defaults.get(m.parent) ?? [];
          list.push(m);
          this.defaults.set(m.parent, list);
        }
      }
    }
    const all = this.defaults.get(name) ?? [];
    const service = this.serviceOf(fromPath);
    const own = all.filter((m) => this.serviceOf(m.location.path) === service);
    return (own.length > 0 ? own : all).slice(0, 1);
  }

  /** Guards injected through dependency aliases defined in other modules (FastAPI `current_user: CurrentUser`). */
  private aliasGuards(fromPath: string, route: RouteFact): CallFact[] {
    const out: CallFact[] = [];
    for (const type of route.dependencyTypes ?? []) {
      const alias = this.resolveFunction(fromPath, type.callee);
      for (const injected of alias?.injects ?? []) out.push({ ...injected, line: type.line });
    }
    return out;
  }
}

/** The candidate sharing the longest folder prefix with `fromPath` (the same service or package), first on ties. */
function nearest(fromPath: string, candidates: readonly string[]): string {
  let best = candidates[0]!;
  let bestShared = -1;
  for (const c of candidates) {
    let shared = 0;
    while (shared < c.length && shared < fromPath.length && c[shared] === fromPath[shared]) shared++;
    if (shared > bestShared) {
      best = c;
      bestShared = shared;
    }
  }
  return best;
}

/** Whether a path is under a mount prefix (`/auth/login` under `/auth`, `/auth/*`, `/`). */
function underPrefix(routePath: string, prefix: string): boolean {
  const base = prefix.replace(/\/?\*$/, '').replace(/\/$/, '');
  if (base === '') return true;
  const full = joinPaths('/', routePath);
  return full === base || full.startsWith(`${base}/`);
}

function joinPaths(prefix: string, routePath: string): string {
  const joined = `${prefix}/${routePath}`.replace(/\/{2,}/g, '/');
  return joined.length > 1 ? joined.replace(/\/$/, '') : joined;
}

/** Every body summary a file's facts hold. */
function summariesOf(f: FileFacts): BodySummary[] {
  const out: BodySummary[] = [f.moduleBody, ...f.functions, ...f.routes, ...f.jobHandlers, ...f.scheduledJobs.map((j) => j.body)];
  for (const table of f.dispatchTables ?? []) for (const entry of table.entries) if (entry.body) out.push(entry.body);
  return out;
}

/** A copy of a file's facts without the operations through an import that holds no repository (`DataOpFact.repository`, model unresolved). */
function withoutUnresolvedRepositories(f: FileFacts): FileFacts {
  const strip = <T extends BodySummary>(s: T): T => (s.dataOps.some((op) => op.repository && op.model === null) ? { ...s, dataOps: s.dataOps.filter((op) => !op.repository || op.model !== null) } : s);
  return {
    ...f,
    moduleBody: strip(f.moduleBody),
    functions: f.functions.map(strip),
    routes: f.routes.map(strip),
    jobHandlers: f.jobHandlers.map(strip),
    scheduledJobs: f.scheduledJobs.map((j) => ({ ...j, body: strip(j.body) })),
    ...(f.dispatchTables ? { dispatchTables: f.dispatchTables.map((t) => ({ ...t, entries: t.entries.map((e) => (e.body ? { ...e, body: strip(e.body) } : e)) })) } : {}),
  };
}
