#!/usr/bin/env node
// Extracts the part of GitHub's REST OpenAPI description that the local GitHub API
// server (test/github-server) implements, so tests validate every request against
// GitHub's own description without depending on the ≈385 MB @octokit/openapi package.
//
// Usage:
//   mkdir -p /tmp/gh-openapi && cd /tmp/gh-openapi
//   npm pack @octokit/openapi@23.0.2 && tar -xzf octokit-openapi-23.0.2.tgz
//   node scripts/extract-github-openapi.mjs /tmp/gh-openapi/package/generated/api.github.com.json
//
// What it does:
//   - keeps only the operations listed in OPERATIONS and the webhook payloads in WEBHOOKS (and
//     every component they reference, transitively); drops prose (descriptions, examples);
//   - rewrites OpenAPI 3.0 `nullable` into plain JSON Schema (`type: [t, "null"]`, or
//     `anyOf: [schema, {type: "null"}]` where the node has no `type`, as 135 nodes do), so
//     any draft-07 validator (ajv) can compile it without OpenAPI extensions;
//   - records every operation GitHub has (`x-all-operations`: "METHOD /path" → operationId)
//     so the server can tell "GitHub has this, the test server does not" from "no such route";
//   - records the source package and version in `info`.
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const OUT = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../test/github-server/openapi/api.github.com.subset.json',
);

/** Operations the test server implements: keep this list in step with test/github-server/handlers. */
const OPERATIONS = [
  'actions/download-artifact',
  'actions/get-artifact',
  'actions/list-artifacts-for-repo',
  'actions/list-workflow-run-artifacts',
  'apps/create-installation-access-token',
  'apps/get-authenticated',
  'apps/get-repo-installation',
  'apps/list-installations',
  'apps/list-repos-accessible-to-installation',
  'checks/create',
  'checks/get',
  'checks/list-annotations',
  'checks/list-for-ref',
  'checks/update',
  'issues/add-labels',
  'issues/create',
  'issues/create-comment',
  'issues/create-label',
  'issues/delete-comment',
  'issues/get',
  'issues/get-comment',
  'issues/get-label',
  'issues/list-comments',
  'issues/list-for-repo',
  'issues/list-labels-for-repo',
  'issues/list-labels-on-issue',
  'issues/remove-label',
  'issues/update',
  'issues/update-comment',
  'pulls/create-review',
  'pulls/delete-review-comment',
  'pulls/get',
  'pulls/get-review-comment',
  'pulls/list',
  'pulls/list-files',
  'pulls/list-review-comments',
  'pulls/list-reviews',
  'pulls/update-review-comment',
  'rate-limit/get',
  'repos/compare-commits-with-basehead',
  'repos/download-tarball-archive',
  'repos/get',
  'repos/get-collaborator-permission-level',
  'repos/get-commit',
  'repos/get-content',
  'repos/list-pull-requests-associated-with-commit',
];

/** Webhook payloads test/github-server/webhooks.ts builds; their schemas come from `x-webhooks`. */
const WEBHOOKS = [
  'installation-created',
  'installation-deleted',
  'issue-comment-created',
  'issue-comment-edited',
  'pull-request-closed',
  'pull-request-opened',
  'pull-request-reopened',
  'pull-request-synchronize',
  'push',
  'workflow-run-completed',
  'workflow-run-requested',
];

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
// Keywords whose value is a schema, or a list / map of schemas.
const SCHEMA_KEYS = ['items', 'additionalProperties', 'not'];
const SCHEMA_LIST_KEYS = ['allOf', 'anyOf', 'oneOf'];
const PROSE_KEYS = ['description', 'example', 'examples', 'externalDocs', 'title'];

function main() {
  const src = process.argv[2];
  if (!src) {
    console.error('usage: node scripts/extract-github-openapi.mjs <path to @octokit/openapi generated/api.github.com.json>');
    process.exit(2);
  }
  const spec = JSON.parse(readFileSync(src, 'utf8'));
  const pkgPath = join(dirname(src), '..', 'package.json');
  const pkg = existsSync(pkgPath) ? JSON.parse(readFileSync(pkgPath, 'utf8')) : null;
  const sourceVersion = pkg ? `${pkg.name}@${pkg.version}` : `unknown package (info.version ${spec.info?.version})`;

  const allOperations = {};
  const paths = {};
  const wanted = new Set(OPERATIONS);
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      allOperations[`${method.toUpperCase()} ${path}`] = op.operationId;
      if (!wanted.has(op.operationId)) continue;
      wanted.delete(op.operationId);
      paths[path] ??= {};
      if (item.parameters) paths[path].parameters = item.parameters;
      paths[path][method] = slimOperation(op);
    }
  }
  if (wanted.size > 0) {
    throw new Error(`operations not found in ${src}: ${[...wanted].join(', ')}`);
  }

  const webhooks = {};
  for (const key of WEBHOOKS) {
    const schema = spec['x-webhooks']?.[key]?.post?.requestBody?.content?.['application/json']?.schema;
    if (!schema) throw new Error(`webhook ${key} not found in ${src}`);
    webhooks[key] = { schema };
  }

  const components = collectComponents(spec, { paths, webhooks });
  const out = {
    openapi: spec.openapi,
    info: {
      title: 'GitHub REST API (subset implemented by test/github-server)',
      version: spec.info.version,
      'x-source': `${sourceVersion} generated/api.github.com.json`,
      'x-extracted-by': 'scripts/extract-github-openapi.mjs',
      'x-nullable': 'rewritten to JSON Schema: type [t, "null"] / anyOf [schema, {type: "null"}]',
    },
    servers: spec.servers,
    paths: sortKeys(paths),
    'x-webhooks': webhooks,
    components,
    'x-all-operations': sortKeys(allOperations),
  };
  walkSchemas(out, rewriteNullable);
  mkdirSync(dirname(OUT), { recursive: true });
  const text = `${JSON.stringify(out, null, 1)}\n`;
  writeFileSync(OUT, text);
  console.log(
    `wrote ${OUT}: ${OPERATIONS.length} operations, ${Object.keys(components.schemas ?? {}).length} schemas, ` +
      `${(text.length / 1024).toFixed(0)} KiB, from ${sourceVersion}`,
  );
}

function slimOperation(op) {
  const slim = { operationId: op.operationId, summary: op.summary };
  if (op.parameters) slim.parameters = op.parameters.map(stripParameter);
  if (op.requestBody) slim.requestBody = stripContentHolder(op.requestBody);
  slim.responses = {};
  for (const [status, response] of Object.entries(op.responses)) {
    slim.responses[status] = response.$ref ? { $ref: response.$ref } : stripContentHolder(response);
  }
  if (op['x-github']) slim['x-github'] = op['x-github'];
  return slim;
}

function stripParameter(p) {
  if (p.$ref) return p;
  const { description: _d, example: _e, examples: _x, ...rest } = p;
  return rest;
}

/** A request body or response: keep `required`, content schemas and header schemas, no prose. */
function stripContentHolder(holder) {
  const out = {};
  if (holder.required !== undefined) out.required = holder.required;
  if (holder.content) {
    out.content = {};
    for (const [type, media] of Object.entries(holder.content)) {
      out.content[type] = media.schema ? { schema: media.schema } : {};
    }
  }
  if (holder.headers) {
    out.headers = {};
    for (const [name, h] of Object.entries(holder.headers)) {
      out.headers[name] = h.$ref ? { $ref: h.$ref } : { schema: h.schema };
    }
  }
  return out;
}

/** Copies every component referenced from `root`, following references inside components too. */
function collectComponents(spec, root) {
  const out = {};
  const seen = new Set();
  const queue = [root];
  while (queue.length > 0) {
    const node = queue.pop();
    forEachRef(node, (ref) => {
      if (seen.has(ref)) return;
      seen.add(ref);
      const m = /^#\/components\/([^/]+)\/([^/]+)$/.exec(ref);
      if (!m) throw new Error(`unsupported $ref ${ref}`);
      const [, kind, name] = m;
      const value = spec.components[kind]?.[name];
      if (value === undefined) throw new Error(`dangling $ref ${ref}`);
      let slim = value;
      if (kind === 'parameters') slim = stripParameter(value);
      else if (kind === 'responses') slim = stripContentHolder(value);
      else if (kind === 'headers') slim = { schema: value.schema };
      out[kind] ??= {};
      out[kind][name] = slim;
      queue.push(slim);
    });
  }
  for (const kind of Object.keys(out)) out[kind] = sortKeys(out[kind]);
  return sortKeys(out);
}

function forEachRef(node, visit) {
  if (Array.isArray(node)) {
    for (const x of node) forEachRef(x, visit);
  } else if (node && typeof node === 'object') {
    if (typeof node.$ref === 'string') visit(node.$ref);
    for (const [key, value] of Object.entries(node)) {
      if (key !== '$ref') forEachRef(value, visit);
    }
  }
}

/** Calls `fn` on every schema object reachable from the document, children first. */
function walkSchemas(doc, fn) {
  const visitSchema = (schema) => {
    if (!schema || typeof schema !== 'object') return schema;
    for (const key of SCHEMA_KEYS) {
      if (schema[key] && typeof schema[key] === 'object') schema[key] = visitSchema(schema[key]);
    }
    for (const key of SCHEMA_LIST_KEYS) {
      if (Array.isArray(schema[key])) schema[key] = schema[key].map(visitSchema);
    }
    if (schema.properties) {
      for (const name of Object.keys(schema.properties)) {
        schema.properties[name] = visitSchema(schema.properties[name]);
      }
    }
    for (const key of PROSE_KEYS) {
      // `title`/`description` are prose only when they are not property schemas.
      if (key in schema && typeof schema[key] !== 'object') delete schema[key];
      else if ((key === 'example' || key === 'examples' || key === 'externalDocs') && key in schema) delete schema[key];
    }
    return fn(schema);
  };
  const visitHolder = (holder) => {
    if (!holder || holder.$ref) return;
    for (const media of Object.values(holder.content ?? {})) {
      if (media.schema) media.schema = visitSchema(media.schema);
    }
    for (const h of Object.values(holder.headers ?? {})) {
      if (h.schema) h.schema = visitSchema(h.schema);
    }
  };
  const visitParameter = (p) => {
    if (p.schema) p.schema = visitSchema(p.schema);
  };
  for (const item of Object.values(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      if (method === 'parameters') {
        op.forEach(visitParameter);
        continue;
      }
      (op.parameters ?? []).forEach(visitParameter);
      visitHolder(op.requestBody);
      Object.values(op.responses).forEach(visitHolder);
    }
  }
  for (const hook of Object.values(doc['x-webhooks'] ?? {})) hook.schema = visitSchema(hook.schema);
  const c = doc.components;
  for (const name of Object.keys(c.schemas ?? {})) c.schemas[name] = visitSchema(c.schemas[name]);
  Object.values(c.parameters ?? {}).forEach(visitParameter);
  Object.values(c.responses ?? {}).forEach(visitHolder);
  for (const h of Object.values(c.headers ?? {})) if (h.schema) h.schema = visitSchema(h.schema);
}

function rewriteNullable(schema) {
  if (!('nullable' in schema)) return schema;
  const { nullable, ...rest } = schema;
  if (!nullable) return rest;
  if (typeof rest.type === 'string') {
    rest.type = [rest.type, 'null'];
    if (Array.isArray(rest.enum) && !rest.enum.includes(null)) rest.enum = [...rest.enum, null];
    return rest;
  }
  if (Array.isArray(rest.type)) {
    if (!rest.type.includes('null')) rest.type = [...rest.type, 'null'];
    return rest;
  }
  return { anyOf: [rest, { type: 'null' }] };
}

function sortKeys(obj) {
  return Object.fromEntries(Object.entries(obj).toSorted(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

main();
