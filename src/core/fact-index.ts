import path from 'node:path';
import type { BodySummary, CallFact, DataOpFact, DocumentFact, FileFacts, FunctionFact, MountFact, RouteFact } from './facts.js';
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
}

const SERVICE_MANIFEST = /(^|\/)(package\.json|requirements\.txt|pyproject\.toml|Pipfile|setup\.py|go\.mod|Gemfile)$/;
const RESOLVE_EXTENSIONS = ['', '.ts', '.tsx', '.js', '.jsx', '.mjs', '.cjs', '/index.ts', '/index.tsx', '/index.js', '.py', '/__init__.py'];

/**
 * The facts of one scan, indexed for rules. Rules ask questions ("which routes change
 * data?", "is there a runbook?"); they never see syntax.
 */
export class FactIndex {
  readonly files: readonly FileEntry[];
  readonly byPath = new Map<string, FileFacts>();
  private readonly functionsByName = new Map<string, FunctionFact[]>();
  private linked: LinkedRoute[] | null = null;
  private serviceRoots: Set<string> | null = null;
  private importedMounts: Map<string, { file: FileFacts; mount: MountFact }[]> | null = null;
  private readonly resolvedFunctions = new Map<string, FunctionFact | null>();

  constructor(files: readonly FileEntry[], facts: readonly FileFacts[]) {
    this.files = files;
    for (const f of facts) {
      this.byPath.set(f.path, f);
      for (const fn of f.functions) {
        for (const key of new Set([fn.name, fn.qualifiedName])) {
          const list = this.functionsByName.get(key) ?? [];
          list.push(fn);
          this.functionsByName.set(key, list);
        }
      }
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
  dataOps(): DataOpFact[] {
    const out: DataOpFact[] = [];
    for (const f of this.fileFacts) {
      const seen = new Set<string>();
      for (const summary of [f.moduleBody, ...f.functions, ...f.routes]) {
        for (const op of summary.dataOps) {
          const key = `${op.location.startLine}:${op.location.startColumn}`;
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
  calls(): { path: string; call: CallFact }[] {
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

  /** Functions named `name` in the repository, preferring the file's own and its imports (memoised: rules ask per call site). */
  resolveFunction(fromPath: string, callee: string): FunctionFact | null {
    const key = `${fromPath}\0${callee}`;
    const known = this.resolvedFunctions.get(key);
    if (known !== undefined) return known;
    const found = this.lookupFunction(fromPath, callee);
    this.resolvedFunctions.set(key, found);
    return found;
  }

  private lookupFunction(fromPath: string, callee: string): FunctionFact | null {
    const parts = callee.split('.');
    const last = parts[parts.length - 1]!;
    // `this.projectsService.remove(…)` (NestJS injection): the method of the class the field is named after.
    const owner = parts.length >= 2 ? parts[parts.length - 2]! : '';
    const injected = owner ? this.functionsByName.get(`${owner.charAt(0).toUpperCase()}${owner.slice(1)}.${last}`) : undefined;
    const candidates = this.functionsByName.get(callee) ?? injected ?? this.functionsByName.get(last) ?? [];
    if (candidates.length === 0) return null;
    const local = candidates.find((c) => c.location.path === fromPath);
    if (local) return local;
    const facts = this.byPath.get(fromPath);
    const head = parts[0]!;
    const imp = facts?.imports.find((i) => i.local === head || i.local === last);
    if (imp) {
      const target = this.resolveModule(fromPath, imp.source);
      const imported = candidates.find((c) => c.location.path === target);
      if (imported) return imported;
    }
    // A unique name in the repository is taken as the one meant.
    return candidates.length === 1 ? candidates[0]! : null;
  }

  /** A module specifier imported from `fromPath` as a repo path, when it is one of the scanned files. */
  resolveModule(fromPath: string, specifier: string): string | null {
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
    // Python absolute imports are relative to a service root: match by suffix.
    if (fromPath.endsWith('.py') && !specifier.startsWith('.')) {
      for (const p of this.byPath.keys()) if (p.endsWith(`/${base}.py`) || p.endsWith(`/${base}/__init__.py`)) return p;
    }
    return null;
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
          const fn = this.resolveFunction(p, call.callee);
          if (!fn || seen.has(fn)) continue;
          seen.add(fn);
          via.push(fn);
          calls.push(...fn.calls);
          dataOps.push(...fn.dataOps);
          next.push({ path: fn.location.path, calls: fn.calls });
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
    this.serviceRoots ??= new Set(
      this.files.filter((f) => SERVICE_MANIFEST.test(f.path)).map((f) => path.posix.dirname(f.path)),
    );
    let dir = path.posix.dirname(filePath);
    while (dir !== '.' && dir !== '/') {
      if (this.serviceRoots.has(dir)) return dir;
      dir = path.posix.dirname(dir);
    }
    return '.';
  }

  /** Routes with their mounts and router-level guards resolved. */
  routes(): LinkedRoute[] {
    if (this.linked) return this.linked;
    const linked: LinkedRoute[] = [];
    for (const f of this.fileFacts) {
      for (const route of f.routes) {
        const chain = this.mountChain(f, route);
        // Guard-only mounts (`app.use('/api/*', jwt())`) scope guards, not paths: only routers mounted under a prefix add to it.
        const prefix = chain.filter((m) => m.child !== null).map((m) => m.prefix).join('');
        const handler = route.handlerRef ? this.resolveFunction(f.path, route.handlerRef) : null;
        linked.push({
          route,
          fullPath: joinPaths(prefix, route.path),
          guards: [...chain.flatMap((m) => m.guards), ...route.guards],
          mounts: chain.filter((m) => m.guards.length > 0),
          handler,
        });
      }
    }
    this.linked = linked;
    return linked;
  }

  /** The mounts a route passes through, outermost first (bounded: mount cycles are possible). */
  private mountChain(file: FileFacts, route: RouteFact): MountFact[] {
    const chain: MountFact[] = [];
    let current: { file: FileFacts; router: string | null; line: number } = { file, router: route.router, line: route.location.startLine };
    // The route's path as seen by the router being walked: guards scoped to a prefix apply only below it.
    let below = route.path;
    for (let hops = 0; hops < 8 && current.router; hops++) {
      const { file: here, router, line } = current;
      // `router.use(guard)` before the route in the same file applies to it (`app.use('/admin/*', guard)` only under its prefix).
      const local = here.mounts.filter((m) => m.parent === router && m.child === null && m.location.startLine < line && prefixApplies(m.prefix, below));
      // FastAPI `router = APIRouter(dependencies=…)` is a mount of the router onto itself.
      const self = here.mounts.filter((m) => m.parent === router && m.child === router);
      chain.unshift(...self, ...local);
      below = joinPaths(self.map((m) => m.prefix).join(''), below);
      const outer = this.findParentMount(here, router);
      if (!outer) break;
      chain.unshift(outer.mount);
      below = joinPaths(outer.mount.prefix, below);
      current = { file: outer.file, router: outer.mount.parent, line: outer.mount.location.startLine };
    }
    return chain;
  }

  /** Where a router defined in `file` is mounted: same file by name, or another file that imports it. */
  private findParentMount(file: FileFacts, router: string): { file: FileFacts; mount: MountFact } | null {
    for (const m of file.mounts) if (m.child === router && m.parent !== router) return { file, mount: m };
    return this.mountsOfModule().get(file.path)?.[0] ?? null;
  }

  /** Mounts of a router imported from another file, by the path of the file they import it from (built once: linking is per route). */
  private mountsOfModule(): Map<string, { file: FileFacts; mount: MountFact }[]> {
    if (this.importedMounts) return this.importedMounts;
    const map = new Map<string, { file: FileFacts; mount: MountFact }[]>();
    for (const other of this.fileFacts) {
      for (const m of other.mounts) {
        if (!m.child || m.child === m.parent) continue;
        const head = m.child.split('.')[0]!;
        const imp = other.imports.find((i) => i.local === head);
        if (!imp) continue;
        const target = this.resolveModule(other.path, imp.source);
        if (!target) continue;
        const list = map.get(target) ?? [];
        list.push({ file: other, mount: m });
        map.set(target, list);
      }
    }
    this.importedMounts = map;
    return map;
  }
}

/** Whether a path-scoped middleware prefix (`/admin`, `/admin/*`) covers a route path. */
function prefixApplies(prefix: string, routePath: string): boolean {
  const base = prefix.replace(/\/?\*$/, '').replace(/\/$/, '');
  return base === '' || routePath === base || routePath.startsWith(`${base}/`);
}

function joinPaths(prefix: string, routePath: string): string {
  const joined = `${prefix}/${routePath}`.replace(/\/{2,}/g, '/');
  return joined.length > 1 ? joined.replace(/\/$/, '') : joined;
}
