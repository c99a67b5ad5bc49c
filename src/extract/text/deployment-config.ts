import path from 'node:path';
import type { FileFacts } from '../../core/facts.js';
import type { TextExtractor } from '../types.js';
import { get, isMap, isSeq, items, keyOf, pairs, text, YamlNodes } from './yaml-nodes.js';

const COMPOSE = /(?:^|\/)(?:docker-)?compose(?:\.[\w-]+)?\.ya?ml$/;
const DOCKERFILE = /(?:^|\/)(?:Dockerfile(?:\.[\w-]+)?|[\w-]+\.dockerfile)$/i;
const FLY = /(?:^|\/)fly(?:\.[\w-]+)?\.toml$/;
const RENDER = /(?:^|\/)render\.ya?ml$/;
const VERCEL = /(?:^|\/)vercel\.json$/;
const HEROKU = /(?:^|\/)app\.json$/;
const TERRAFORM = /\.tf$/;
const YAML = /\.ya?ml$/;
/** Folders whose YAML is never a deployment manifest. */
const NOT_MANIFEST = /(?:^|\/)(?:\.github|\.gitlab|\.circleci)\//;
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Environment variables declared by deployment configuration: docker-compose `environment`,
 * Dockerfile `ENV`, fly.toml `[env]`, render.yaml `envVars`, vercel.json and Heroku app.json
 * `env`, Kubernetes `env`/`envFrom`, Helm values and Terraform `environment` blocks. Each
 * declaration says which folder's deployment reads it when that is not the file's own folder.
 */
export const deploymentConfigExtractor: TextExtractor = {
  id: 'deployment-config',
  accepts: (p) => COMPOSE.test(p) || DOCKERFILE.test(p) || FLY.test(p) || RENDER.test(p) || VERCEL.test(p) || HEROKU.test(p) || TERRAFORM.test(p) || (YAML.test(p) && !NOT_MANIFEST.test(p)),
  extract(p, content, facts) {
    if (COMPOSE.test(p)) compose(p, content, facts);
    else if (DOCKERFILE.test(p)) dockerfile(p, content, facts);
    else if (FLY.test(p)) flyToml(p, content, facts);
    else if (RENDER.test(p)) renderYaml(p, content, facts);
    else if (VERCEL.test(p)) jsonEnv(p, content, facts, 'vercel', (data) => [data.env, (data.build as Record<string, unknown> | undefined)?.env]);
    else if (HEROKU.test(p)) jsonEnv(p, content, facts, 'heroku', (data) => [data.env]);
    else if (TERRAFORM.test(p)) terraform(p, content, facts);
    // Helm chart templates (`{{ .Values.x }}`) are not YAML until rendered: their values files are read instead.
    else if (content.includes('{{')) return;
    else if (/^\s*(?:apiVersion|kind)\s*:/m.test(content) && /^\s*kind\s*:/m.test(content)) kubernetes(p, content, facts);
    else if (/(?:^|\/)values(?:[.-][\w-]+)?\.ya?ml$/.test(p)) helmValues(p, content, facts);
  },
};

function declare(facts: FileFacts, name: string, p: string, line: number, source: string, appliesTo?: string, deployedAs?: readonly string[]): void {
  if (name !== '*' && !ENV_NAME.test(name)) return;
  const fact: FileFacts['envDeclarations'][number] = { name, location: { path: p, startLine: line, endLine: line, startColumn: 1, endColumn: 1 }, source };
  if (appliesTo !== undefined) fact.appliesTo = appliesTo;
  if (deployedAs !== undefined) fact.deployedAs = [...new Set(deployedAs)].sort();
  facts.envDeclarations.push(fact);
}

/** A folder relative to the repository from one relative to a file's folder (`./apps/api` in `deploy/compose.yml`). */
function resolveFolder(fromFile: string, folder: string): string {
  const joined = path.posix.normalize(path.posix.join(path.posix.dirname(fromFile), folder));
  return joined === '' || joined === './' ? '.' : joined.replace(/\/$/, '');
}

/**
 * The folder of the repository a compose service without a `build` runs: its first bind mount of
 * a relative folder (`./services/worker:/app`, `{ type: bind, source: ./services/worker }`).
 * Named volumes (`pgdata:/var/lib/postgresql/data`) and absolute host paths are not the repository.
 */
function mountedFolder(volumes: unknown): string | null {
  for (const item of items(volumes)) {
    const source = text(item)?.split(':')[0] ?? text(get(item, 'source'));
    if (source && /^\.\.?(?:\/|$)/.test(source)) return source;
  }
  return null;
}

function compose(p: string, content: string, facts: FileFacts): void {
  const yaml = YamlNodes.parse(p, content, facts);
  for (const doc of yaml?.documents ?? []) {
    for (const service of pairs(get(doc, 'services'))) {
      const build = service.value ? get(service.value, 'build') : null;
      const context = text(build) ?? text(get(build, 'context')) ?? mountedFolder(service.value ? get(service.value, 'volumes') : null);
      const appliesTo = context ? resolveFolder(p, context) : undefined;
      const environment = service.value ? get(service.value, 'environment') : null;
      for (const pair of pairs(environment)) declare(facts, keyOf(pair), p, yaml!.line(pair.key), 'compose', appliesTo);
      for (const item of items(environment)) {
        const entry = text(item);
        if (entry) declare(facts, entry.split('=')[0]!.trim(), p, yaml!.line(item), 'compose', appliesTo);
      }
    }
  }
}

function dockerfile(p: string, content: string, facts: FileFacts): void {
  const lines = content.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^\s*ENV\s+(.+)$/i.exec(lines[i]!);
    if (!m) continue;
    const body = m[1]!.trim();
    // `ENV KEY value` (legacy) or `ENV K1=v1 K2="v 2"`.
    if (!body.includes('=')) declare(facts, body.split(/\s+/)[0]!, p, i + 1, 'dockerfile');
    else for (const assignment of body.matchAll(/([A-Za-z_][A-Za-z0-9_]*)=(?:"[^"]*"|'[^']*'|\S*)/g)) declare(facts, assignment[1]!, p, i + 1, 'dockerfile');
  }
}

function flyToml(p: string, content: string, facts: FileFacts): void {
  const lines = content.split('\n');
  let inEnv = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/#.*$/, '');
    const table = /^\s*\[([^\]]+)\]\s*$/.exec(line);
    if (table) {
      inEnv = table[1]!.trim() === 'env';
      continue;
    }
    const key = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=/.exec(line);
    if (inEnv && key) declare(facts, key[1]!, p, i + 1, 'fly');
  }
}

function renderYaml(p: string, content: string, facts: FileFacts): void {
  const yaml = YamlNodes.parse(p, content, facts);
  for (const doc of yaml?.documents ?? []) {
    for (const service of items(get(doc, 'services'))) {
      const rootDir = text(get(service, 'rootDir'));
      const appliesTo = rootDir ? resolveFolder(p, rootDir) : undefined;
      for (const envVar of items(get(service, 'envVars'))) {
        const key = text(get(envVar, 'key'));
        if (key) declare(facts, key, p, yaml!.line(envVar), 'render', appliesTo);
      }
      // An environment group's variables live in the dashboard: anything may be declared there.
      if (items(get(service, 'envVarGroups')).length > 0) declare(facts, '*', p, yaml!.line(get(service, 'envVarGroups')), 'render', appliesTo);
    }
  }
}

function jsonEnv(p: string, content: string, facts: FileFacts, source: string, envObjects: (data: Record<string, unknown>) => unknown[]): void {
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch (error) {
    facts.problems.push({ kind: 'notice', line: null, message: `could not be read as JSON: ${(error as Error).message}` });
    return;
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return;
  const lines = content.split('\n');
  for (const env of envObjects(data as Record<string, unknown>)) {
    if (!env || typeof env !== 'object' || Array.isArray(env)) continue;
    for (const name of Object.keys(env)) {
      const index = lines.findIndex((l) => l.includes(`"${name}"`));
      declare(facts, name, p, index + 1 || 1, source);
    }
  }
}

/**
 * Kubernetes manifests: every container's `env` (names) and `envFrom` (a secret or config map:
 * any name). A Job's or CronJob's `envFrom` says nothing about the long-running workloads, so
 * it does not make every name declared. Each declaration carries the names the manifest gives
 * its workload (the object's name, its `app`/`app.kubernetes.io/*` labels, the container's
 * name and image), so a manifest kept outside the services' folders can be linked to one.
 */
function kubernetes(p: string, content: string, facts: FileFacts): void {
  const yaml = YamlNodes.parse(p, content, facts);
  for (const doc of yaml?.documents ?? []) {
    const names = [text(get(get(doc, 'metadata'), 'name')), ...labelNames(get(get(doc, 'metadata'), 'labels')), ...labelNames(get(get(get(get(doc, 'spec'), 'template'), 'metadata'), 'labels'))];
    walkEnv(yaml!, doc, facts, 'kubernetes', 0, present(names), /^(?:Cron)?Job$/.test(text(get(doc, 'kind')) ?? ''));
  }
}

/** Helm values: `env`/`extraEnv`/`envVars` lists of `{ name }` or maps of NAME: value, and `envFrom`. */
function helmValues(p: string, content: string, facts: FileFacts): void {
  // Values files are YAML; chart templates with `{{ }}` are not and are skipped by accepts().
  const yaml = YamlNodes.parse(p, content, facts);
  for (const doc of yaml?.documents ?? []) {
    const names = [text(get(doc, 'nameOverride')), text(get(doc, 'fullnameOverride')), imageName(text(get(get(doc, 'image'), 'repository')))];
    walkEnv(yaml!, doc, facts, 'helm', 0, present(names));
  }
}

const WORKLOAD_LABEL = /^(?:app|name|component|app\.kubernetes\.io\/(?:name|instance|component))$/;

function labelNames(labels: unknown): (string | null)[] {
  return pairs(labels).filter((pair) => WORKLOAD_LABEL.test(keyOf(pair))).map((pair) => text(pair.value));
}

/** `ghcr.io/acme/api:1.2@sha256:…` → `api`. */
function imageName(image: string | null): string | null {
  if (!image) return null;
  const last = image.split('@')[0]!.split('/').pop()!;
  return last.split(':')[0] || null;
}

function present(names: readonly (string | null | undefined)[]): string[] {
  return names.filter((n): n is string => typeof n === 'string' && n.length > 0 && !n.includes('{{'));
}

function walkEnv(yaml: YamlNodes, node: unknown, facts: FileFacts, source: string, depth: number, names: readonly string[], batch = false): void {
  if (depth > 12) return;
  if (isMap(node)) {
    // A container (`name` and `image`) adds its own names for the variables it declares.
    const image = text(get(node, 'image')) ?? text(get(get(node, 'image'), 'repository'));
    const scoped = image ? [...names, ...present([text(get(node, 'name')), imageName(image)])] : names;
    for (const pair of pairs(node)) {
      const key = keyOf(pair);
      if (/^(?:env|extraEnv|envVars|extraEnvVars)$/.test(key)) {
        for (const item of items(pair.value)) {
          const name = text(get(item, 'name'));
          if (name) declare(facts, name, yaml.path, yaml.line(item), source, undefined, scoped);
        }
        for (const entry of pairs(pair.value)) if (/^[A-Z][A-Z0-9_]*$/.test(keyOf(entry))) declare(facts, keyOf(entry), yaml.path, yaml.line(entry.key), source, undefined, scoped);
      } else if (key === 'envFrom' && (items(pair.value).length > 0 || isSeq(pair.value))) {
        if (!batch) declare(facts, '*', yaml.path, yaml.line(pair.key), source, undefined, scoped);
      } else {
        walkEnv(yaml, pair.value, facts, source, depth + 1, scoped, batch);
      }
    }
  } else if (isSeq(node)) {
    for (const item of node.items) walkEnv(yaml, item, facts, source, depth + 1, names, batch);
  }
}

/**
 * Terraform: names inside `environment`/`env`/`variables`/`secrets` blocks and lists
 * (Lambda `environment { variables = { K = … } }`, ECS `environment = [{ name = "K" … }]`,
 * Cloud Run and Kubernetes `env { name = "K" }`, App Service `app_settings`).
 */
function terraform(p: string, content: string, facts: FileFacts): void {
  const lines = content.split('\n');
  let depth = 0;
  let envDepth: number | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/(?:#|\/\/).*$/, '');
    if (envDepth === null && /^\s*(?:environment|env|variables|secrets|environment_variables|app_settings|container_env)\s*=?\s*[[{]/.test(line)) envDepth = depth;
    if (envDepth !== null) {
      for (const m of line.matchAll(/(?:^|[\s{,])([A-Z][A-Z0-9_]*)\s*=(?!=)/g)) declare(facts, m[1]!, p, i + 1, 'terraform');
      for (const m of line.matchAll(/"?name"?\s*[=:]\s*"([A-Za-z_][A-Za-z0-9_]*)"/g)) declare(facts, m[1]!, p, i + 1, 'terraform');
    }
    for (const ch of line) {
      if (ch === '{' || ch === '[') depth++;
      else if (ch === '}' || ch === ']') depth--;
    }
    if (envDepth !== null && depth <= envDepth) envDepth = null;
  }
}
