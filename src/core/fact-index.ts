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
  private readonly resolvedModules = new Map<string, string | null>();
  private pythonModules: Map<string, string> | null = null;
  /** Mounts of routers defined in another file, by the file that defines the router. */
  private importedMounts: Map<string, { file: FileFacts; mount: MountFact }[]> | null = null;
  private serviceRoots: Set<string> | null = null;

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

  /** Functions named `name` in the repository, preferring the file's own and its imports. */
  resolveFunction(fromPath: string, callee: string): FunctionFact | null {
    const parts = callee.split('.');
    const last = parts[parts.length - 1]!;
    const candidates = this.functionsByName.get(callee) ?? this.functionsByName.get(last) ?? [];
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
    const key = `${fromPath}\0${specifier}`;
    let resolved = this.resolvedModules.get(key);
    if (resolved === undefined) {
      resolved = this.resolveModuleUncached(fromPath, specifier);
      this.resolvedModules.set(key, resolved);
    }
    return resolved;
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
    // Python absolute imports are relative to a service root: match by suffix.
    if (fromPath.endsWith('.py') && !specifier.startsWith('.')) {
      this.pythonModules ??= pythonModuleIndex(this.byPath.keys());
      return this.pythonModules.get(base) ?? null;
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
        const prefix = chain.map((m) => m.prefix).join('');
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
    // The route's path relative to the router being looked at: a guard mounted on a prefix (`app.use('/api', limiter)`) applies only under it.
    let relative = route.path;
    for (let hops = 0; hops < 8 && current.router; hops++) {
      const { file: here, router, line } = current;
      // `router.use(guard)` before the route in the same file applies to it.
      const local = here.mounts.filter((m) => m.parent === router && m.child === null && m.location.startLine < line && underPrefix(relative, m.prefix));
      // FastAPI `router = APIRouter(dependencies=…)` is a mount of the router onto itself.
      const self = here.mounts.filter((m) => m.parent === router && m.child === router);
      chain.unshift(...self, ...local);
      const outer = this.findParentMount(here, router);
      if (!outer) break;
      chain.unshift(outer.mount);
      relative = joinPaths(outer.mount.prefix, relative);
      current = { file: outer.file, router: outer.mount.parent, line: outer.mount.location.startLine };
    }
    return chain;
  }

  /** Where a router defined in `file` is mounted: same file by name, or another file that imports it. */
  private findParentMount(file: FileFacts, router: string): { file: FileFacts; mount: MountFact } | null {
    for (const m of file.mounts) if (m.child === router && m.parent !== router) return { file, mount: m };
    if (!this.importedMounts) {
      this.importedMounts = new Map();
      for (const other of this.fileFacts) {
        for (const m of other.mounts) {
          if (!m.child || m.child === m.parent) continue;
          const head = m.child.split('.')[0]!;
          const imp = other.imports.find((i) => i.local === head);
          const target = imp ? this.resolveModule(other.path, imp.source) : null;
          if (!target) continue;
          const list = this.importedMounts.get(target) ?? [];
          list.push({ file: other, mount: m });
          this.importedMounts.set(target, list);
        }
      }
    }
    return this.importedMounts.get(file.path)?.[0] ?? null;
  }
}

/** `pkg/mod.py` and `pkg/mod/__init__.py` by dotted-path suffix (`mod`, `pkg/mod`), first path wins. */
function pythonModuleIndex(paths: Iterable<string>): Map<string, string> {
  const index = new Map<string, string>();
  for (const p of [...paths].sort()) {
    const m = /^(.*?)(?:\/__init__)?\.py$/.exec(p);
    if (!m) continue;
    const parts = m[1]!.split('/');
    for (let i = 0; i < parts.length; i++) {
      const key = parts.slice(i).join('/');
      if (!index.has(key)) index.set(key, p);
    }
  }
  return index;
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
