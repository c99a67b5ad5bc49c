import path from 'node:path';
import type { FactIndex } from '../core/fact-index.js';
import type { EnvDeclarationFact } from '../core/facts.js';

/**
 * Where a service's deployment reads its environment: declarations in its own folder or an
 * enclosing one (`.env.example`, Dockerfile, fly.toml, Kubernetes manifests…), and those that
 * name it (a docker-compose service built from its folder or mounting it, a render.yaml `rootDir`, CI `env`,
 * a Kubernetes manifest or Helm values outside the services' folders whose workload, container,
 * image or file is named after the service's folder). A declaration made for another service
 * does not count.
 */
export function declarationsFor(facts: FactIndex, service: string): EnvDeclarationFact[] {
  const out: EnvDeclarationFact[] = [];
  for (const f of facts.fileFacts) {
    for (const d of f.envDeclarations) {
      const linked = d.appliesTo ?? deploymentTarget(facts, d);
      const folder = linked ?? path.posix.dirname(d.location.path);
      if (isWithin(service, folder) || (linked === undefined && facts.serviceOf(d.location.path) === service)) out.push(d);
    }
  }
  return out;
}

const targets = new WeakMap<FactIndex, Map<EnvDeclarationFact, string | undefined>>();

/**
 * The service a Kubernetes or Helm declaration kept outside every service's folder deploys
 * (`deploy/k8s/api.yaml`, `k8s/worker/deployment.yaml`, `charts/api/values.yaml`): the one
 * service folder its workload names or, failing that, its path name best. A manifest that
 * names no service, or several equally, may deploy any of them: it counts for the whole
 * repository. Undefined for every other declaration.
 */
function deploymentTarget(facts: FactIndex, d: EnvDeclarationFact): string | undefined {
  if (d.deployedAs === undefined) return undefined;
  let cache = targets.get(facts);
  if (!cache) targets.set(facts, (cache = new Map()));
  if (cache.has(d)) return cache.get(d);
  let target: string | undefined;
  const services = facts.serviceFolders();
  if (facts.serviceOf(d.location.path) === '.' && services.length > 0) {
    const segments = d.location.path.replace(/\.ya?ml$/, '').split('/');
    const scores = services.map((s) => {
      const base = path.posix.basename(s).toLowerCase();
      // The manifest's own names outrank its path; an exact name outranks a prefixed one.
      const named = Math.max(0, ...d.deployedAs!.map((n) => nameMatch(n, base)));
      return named > 0 ? named + 2 : Math.max(0, ...segments.map((n) => nameMatch(n, base)));
    });
    const best = Math.max(...scores);
    target = best > 0 && scores.filter((x) => x === best).length === 1 ? services[scores.indexOf(best)] : '.';
  }
  cache.set(d, target);
  return target;
}

/** 2 when `name` is `base`, 1 when it is `base` with a prefix or suffix (`acme-api`, `api-server`), else 0. */
function nameMatch(name: string, base: string): number {
  const n = name.toLowerCase();
  if (n === base) return 2;
  return n.startsWith(`${base}-`) || n.startsWith(`${base}_`) || n.endsWith(`-${base}`) || n.endsWith(`_${base}`) ? 1 : 0;
}

/** Whether `folder` is `ancestor` or inside it (`.` contains everything). */
export function isWithin(folder: string, ancestor: string): boolean {
  return ancestor === '.' || folder === ancestor || folder.startsWith(`${ancestor}/`);
}

/** An environment template: the file that lists the variables a deployment must set (`.env.example`, `.env.sample`…). */
const ENV_TEMPLATE = /(?:^|\/)\.env\.(?:example|sample|template|dist|tpl)$/;

/**
 * Whether a variable is declared for a service. A `*` declaration (`envFrom` a secret, a render
 * environment group) may declare anything, unless the service's environment template lists the
 * variables its deployment must set and leaves this one out: the secret is filled from that
 * list, so a variable missing there is missing in the secret too.
 */
export function isDeclared(declarations: readonly EnvDeclarationFact[], name: string): boolean {
  if (declarations.some((d) => d.name === name)) return true;
  return declarations.some((d) => d.name === '*') && !declarations.some((d) => d.source === 'dotenv' && ENV_TEMPLATE.test(d.location.path));
}

/**
 * The variables behind an expression that reads a setting (`settings.sentry_dsn`,
 * `config.sentry.dsn`, `env.SENTRY_DSN`): env reads bound to the same name, preferring the
 * same file, then the same service. Null when it cannot be followed.
 */
export function resolveSetting(facts: FactIndex, fromPath: string, expression: string): string[] | null {
  const last = expression.split(/[.[\]'"]+/).filter(Boolean).pop();
  if (!last || !/^\w+$/.test(last)) return null;
  const service = facts.serviceOf(fromPath);
  const local: string[] = [];
  const sameService: string[] = [];
  for (const f of facts.fileFacts) {
    for (const read of f.envReads) {
      if (read.key !== last) continue;
      if (f.path === fromPath) local.push(read.name);
      else if (facts.serviceOf(f.path) === service) sameService.push(read.name);
    }
  }
  if (local.length > 0) return [...new Set(local)];
  if (sameService.length > 0) return [...new Set(sameService)];
  // t3-env and zod-validated `env.SENTRY_DSN`: the property is the variable's name.
  if (/^[A-Z][A-Z0-9_]*$/.test(last) && expression.includes('.')) return [last];
  return null;
}

/** A package script that serves a Next.js app as a server (not `next dev`, not a static export). */
const NEXT_SERVER = /\bnext\s+start\b/;

export interface ServingService {
  /** The routes it registers (their count; a Next.js app may render pages only). */
  routes: number;
  /** The package script that serves it as a Next.js server (`"start": "next start"`), when it is one. */
  nextStart: { path: string; line: number } | null;
}

/**
 * The services (folders) that serve requests, which the monitoring rules judge alike: those that
 * register routes, and Next.js apps run with `next start`, a web server even when it renders pages only.
 */
export function servingServices(facts: FactIndex): Map<string, ServingService> {
  const services = new Map<string, ServingService>();
  const entry = (service: string) => {
    let found = services.get(service);
    if (!found) services.set(service, (found = { routes: 0, nextStart: null }));
    return found;
  };
  for (const linked of facts.routes()) entry(facts.serviceOf(linked.route.location.path)).routes++;
  for (const f of facts.fileFacts) {
    const start = f.scripts.find((s) => NEXT_SERVER.test(s.command));
    if (start) entry(facts.serviceOf(f.path)).nextStart ??= { path: f.path, line: start.line };
  }
  return services;
}

/** How a service is named in messages: its folder, or "the app" for a repository that is one service. */
export function serviceLabel(service: string): string {
  return service === '.' ? 'the app' : service;
}

export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `a, b and c` */
export function listing(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
