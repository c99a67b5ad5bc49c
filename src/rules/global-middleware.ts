import type { FactIndex, LinkedRoute } from '../core/fact-index.js';
import type { MountFact } from '../core/facts.js';

/** Middleware in front of every route of a service (NestJS global guards, Next.js `middleware.ts`), with its file. */
export interface GlobalMount {
  mount: MountFact;
  path: string;
}

const GLOBALS = new WeakMap<FactIndex, (GlobalMount & { service: string })[]>();

/**
 * The global middleware in front of a route, in file order: of its service, its framework family, and a path
 * prefix that covers the route's. Shared by the access rules (guards) and the rate-limit rule (limiters);
 * indexed once per scan.
 */
export function globalMiddleware(facts: FactIndex, linked: LinkedRoute): GlobalMount[] {
  let all = GLOBALS.get(facts);
  if (!all) {
    all = [];
    for (const f of facts.fileFacts) for (const m of facts.mountsOf(f)) if (m.parent === '*') all.push({ mount: m, path: f.path, service: facts.serviceOf(f.path) });
    GLOBALS.set(facts, all);
  }
  const { route } = linked;
  const service = facts.serviceOf(route.location.path);
  return all.filter((g) => g.service === service && sameFamily(g.mount.framework, route.framework) && prefixCovers(g.mount.prefix, linked.fullPath, route.framework) && matchCovers(g.mount.match, linked.fullPath, route.framework));
}

const PATH_PATTERNS = new Map<string, RegExp | null>();

function pathPattern(source: string): RegExp | null {
  let re = PATH_PATTERNS.get(source);
  if (re === undefined) {
    try {
      re = new RegExp(source, 'i');
    } catch {
      re = null;
    }
    PATH_PATTERNS.set(source, re);
  }
  return re;
}

/**
 * A mount limited to some paths (Clerk's `if (!isPublicRoute(req)) await auth.protect()`) runs for a route whose path its
 * `include` patterns match and its `exclude` patterns do not. A server action is posted to whatever page path the caller
 * picks, public ones included: no limited mount can be known to run for it.
 */
function matchCovers(match: MountFact['match'], fullPath: string, framework: string): boolean {
  if (!match) return true;
  if (framework === 'next-action') return match.include === undefined && (match.exclude ?? []).length === 0;
  const test = (sources: readonly string[]) => sources.some((s) => pathPattern(s)?.test(fullPath) ?? false);
  if (match.include && !test(match.include)) return false;
  return !(match.exclude && test(match.exclude));
}

function sameFamily(mountFramework: string, routeFramework: string): boolean {
  if (mountFramework === routeFramework) return true;
  return mountFramework === 'nextjs' && routeFramework === 'next-action';
}

function prefixCovers(prefix: string, fullPath: string, framework: string): boolean {
  if (framework === 'next-action') return prefix === '/' || prefix === '';
  const base = prefix.replace(/\/?\*$/, '').replace(/\/$/, '');
  return base === '' || fullPath === base || fullPath.startsWith(`${base}/`);
}
