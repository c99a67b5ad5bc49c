// Request (and response) validation against the subset of GitHub's REST OpenAPI description
// in openapi/api.github.com.subset.json (made by scripts/extract-github-openapi.mjs).
import { readFileSync } from 'node:fs';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

interface ParameterObject {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: { type?: string | string[]; items?: { type?: string } };
  'x-multi-segment'?: boolean;
  $ref?: string;
}

interface MediaHolder {
  $ref?: string;
  required?: boolean;
  content?: Record<string, { schema?: unknown }>;
}

interface OperationObject {
  operationId: string;
  parameters?: ParameterObject[];
  requestBody?: MediaHolder;
  responses: Record<string, MediaHolder>;
}

interface SubsetDocument {
  info: { version: string; 'x-source': string };
  paths: Record<string, Record<string, OperationObject | ParameterObject[]>>;
  components: { parameters?: Record<string, ParameterObject>; responses?: Record<string, MediaHolder> };
  'x-all-operations': Record<string, string>;
  'x-webhooks': Record<string, { schema: unknown }>;
}

export interface Operation {
  operationId: string;
  method: string;
  template: string;
  regex: RegExp;
  pathParams: string[];
  /** Parameter name → where it is described and how to coerce it. */
  params: Map<string, { in: 'path' | 'query'; pointer: string; type: string; itemType: string | undefined; required: boolean }>;
  requestBody: { pointer: string; required: boolean } | null;
  responses: Map<string, string | null>;
}

export interface RequestCheck {
  params: Record<string, unknown>;
  query: Record<string, unknown>;
  problems: Array<{ where: 'path' | 'query' | 'body'; field: string; message: string }>;
}

const DOC_ID = 'github-subset';
const doc = JSON.parse(
  readFileSync(new URL('./openapi/api.github.com.subset.json', import.meta.url), 'utf8'),
) as SubsetDocument;

export const OPENAPI_SOURCE = doc.info['x-source'];

// verbose: errors carry the offending value, so messages can say what was sent.
const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false, verbose: true });
addFormats(ajv);
ajv.addFormat('int64', { type: 'number', validate: () => true });
ajv.addFormat('int32', { type: 'number', validate: () => true });
ajv.addFormat('timestamp', true);
ajv.addFormat('binary', true);
ajv.addSchema(doc as unknown as object, DOC_ID);

function pointer(...parts: Array<string | number>): string {
  // JSON pointer segments, percent-encoded for the URI fragment ajv resolves ({owner} → %7Bowner%7D).
  return `#/${parts.map((p) => encodeURIComponent(String(p).replaceAll('~', '~0').replaceAll('/', '~1'))).join('/')}`;
}

function templateRegex(template: string, multi: Set<string>): { regex: RegExp; names: string[] } {
  const names: string[] = [];
  const source = template
    .split(/(\{[^}]+\})/)
    .map((part) => {
      const m = /^\{(.+)\}$/.exec(part);
      if (!m) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(m[1] as string);
      return multi.has(m[1] as string) ? '(.+?)' : '([^/]+)';
    })
    .join('');
  return { regex: new RegExp(`^${source}$`), names };
}

function resolveParam(p: ParameterObject, at: string): { param: ParameterObject; pointer: string } {
  if (!p.$ref) return { param: p, pointer: `${at}/schema` };
  const name = p.$ref.replace('#/components/parameters/', '');
  const param = doc.components.parameters?.[name];
  if (!param) throw new Error(`dangling parameter ${p.$ref}`);
  return { param, pointer: `${pointer('components', 'parameters', name)}/schema` };
}

function mediaPointer(holder: MediaHolder, at: string): string | null {
  if (holder.$ref) {
    const name = holder.$ref.replace('#/components/responses/', '');
    const target = doc.components.responses?.[name];
    return target ? mediaPointer(target, pointer('components', 'responses', name)) : null;
  }
  if (!holder.content?.['application/json']?.schema) return null;
  return `${at}/content/application~1json/schema`;
}

function typeOf(schema: ParameterObject['schema']): string {
  const t = schema?.type;
  return (Array.isArray(t) ? t.find((x) => x !== 'null') : t) ?? 'string';
}

export const operations: Operation[] = [];
for (const [template, item] of Object.entries(doc.paths)) {
  const shared = (item.parameters ?? []) as ParameterObject[];
  for (const [method, value] of Object.entries(item)) {
    if (method === 'parameters') continue;
    const op = value as OperationObject;
    const at = pointer('paths', template, method);
    const params = new Map<string, { in: 'path' | 'query'; pointer: string; type: string; itemType: string | undefined; required: boolean }>();
    const multi = new Set<string>();
    const all = [
      ...shared.map((p, i) => resolveParam(p, `${pointer('paths', template, 'parameters')}/${i}`)),
      ...(op.parameters ?? []).map((p, i) => resolveParam(p, `${at}/parameters/${i}`)),
    ];
    for (const { param, pointer: ptr } of all) {
      if (param.in !== 'path' && param.in !== 'query') continue;
      if (param['x-multi-segment']) multi.add(param.name);
      params.set(param.name, {
        in: param.in,
        pointer: ptr,
        type: typeOf(param.schema),
        itemType: param.schema?.items?.type,
        required: param.required ?? false,
      });
    }
    const { regex, names } = templateRegex(template, multi);
    const responses = new Map<string, string | null>();
    for (const [status, holder] of Object.entries(op.responses)) responses.set(status, mediaPointer(holder, `${at}/responses/${status}`));
    operations.push({
      operationId: op.operationId,
      method: method.toUpperCase(),
      template,
      regex,
      pathParams: names,
      params,
      requestBody: op.requestBody ? { pointer: `${at}/requestBody/content/application~1json/schema`, required: op.requestBody.required ?? false } : null,
      responses,
    });
  }
}
// Literal segments beat parameters: /pulls/comments/{id} before /pulls/{pull_number}.
const literalWeight = (t: string) => t.split('/').filter((s) => s !== '' && !s.startsWith('{')).length;
operations.sort((a, b) => literalWeight(b.template) - literalWeight(a.template) || b.template.length - a.template.length);

const allGitHub = Object.entries(doc['x-all-operations']).map(([key, operationId]) => {
  const [method, template] = key.split(' ') as [string, string];
  return { method, template, operationId, regex: templateRegex(template, new Set()).regex };
});

export interface RouteMatch {
  operation: Operation;
  rawParams: Record<string, string>;
}

export function matchRoute(method: string, pathname: string): RouteMatch | null {
  for (const operation of operations) {
    if (operation.method !== method) continue;
    const m = operation.regex.exec(pathname);
    if (!m) continue;
    const rawParams: Record<string, string> = {};
    operation.pathParams.forEach((name, i) => {
      rawParams[name] = m[i + 1] as string;
    });
    return { operation, rawParams };
  }
  return null;
}

/** Why no operation matched: GitHub has it but the server does not, or GitHub has no such route. */
export function explainUnknownRoute(method: string, pathname: string): string {
  const github = allGitHub.filter((o) => o.regex.test(pathname));
  const same = github.find((o) => o.method === method);
  if (same) {
    return `GitHub's ${method} ${same.template} (${same.operationId}) is not implemented by the test server: add it to scripts/extract-github-openapi.mjs and test/github-server/handlers`;
  }
  if (github.length > 0) {
    return `GitHub has no ${method} for ${pathname}; it has ${github.map((o) => `${o.method} ${o.template} (${o.operationId})`).join(', ')}`;
  }
  return `GitHub's REST API (${OPENAPI_SOURCE}) has no operation ${method} ${pathname}`;
}

const validators = new Map<string, ValidateFunction>();

function validator(key: string, schema: object): ValidateFunction {
  let v = validators.get(key);
  if (!v) {
    v = ajv.compile(schema);
    validators.set(key, v);
  }
  return v;
}

function coerce(raw: string, type: string): unknown {
  if (type === 'integer' && /^-?\d+$/.test(raw)) return Number(raw);
  if (type === 'number' && raw.trim() !== '' && !Number.isNaN(Number(raw))) return Number(raw);
  if (type === 'boolean' && (raw === 'true' || raw === 'false')) return raw === 'true';
  return raw;
}

/** Checks path params, query params and the JSON body of a request against its operation. */
export function checkRequest(match: RouteMatch, search: URLSearchParams, body: unknown, hasBody: boolean): RequestCheck {
  const op = match.operation;
  const params: Record<string, unknown> = {};
  const query: Record<string, unknown> = {};
  const problems: RequestCheck['problems'] = [];
  const props: Record<string, Record<string, unknown>> = { path: {}, query: {} };
  const required: Record<string, string[]> = { path: [], query: [] };
  for (const [name, p] of op.params) {
    (props[p.in] as Record<string, unknown>)[name] = { $ref: `${DOC_ID}${p.pointer}` };
    if (p.in === 'path' || p.required) (required[p.in] as string[]).push(name);
  }
  for (const [name, raw] of Object.entries(match.rawParams)) {
    let decoded = raw;
    try {
      decoded = decodeURIComponent(raw);
    } catch {
      problems.push({ where: 'path', field: name, message: `is not valid percent-encoding: ${raw}` });
    }
    params[name] = coerce(decoded, op.params.get(name)?.type ?? 'string');
  }
  for (const key of new Set(search.keys())) {
    const p = op.params.get(key);
    const values = search.getAll(key);
    if (p?.in === 'query' && p.type === 'array') query[key] = values.map((v) => coerce(v, p.itemType ?? 'string'));
    else query[key] = coerce(values[values.length - 1] as string, p?.in === 'query' ? p.type : 'string');
  }
  const wrapper = {
    type: 'object',
    properties: {
      path: { type: 'object', properties: props.path, required: required.path },
      query: { type: 'object', properties: props.query, required: required.query, additionalProperties: false },
      ...(op.requestBody ? { body: { $ref: `${DOC_ID}${op.requestBody.pointer}` } } : {}),
    },
  };
  const validate = validator(`request ${op.operationId}`, wrapper);
  const input: Record<string, unknown> = { path: params, query };
  if (op.requestBody) {
    if (hasBody) input.body = body;
    else if (op.requestBody.required) problems.push({ where: 'body', field: '(body)', message: 'is required: send a JSON body' });
  } else if (hasBody && body !== undefined && !(typeof body === 'object' && body !== null && Object.keys(body).length === 0)) {
    problems.push({ where: 'body', field: '(body)', message: `must be empty: ${op.operationId} takes no request body` });
  }
  if (!validate(input)) problems.push(...describeErrors(validate.errors ?? []));
  return { params, query, problems };
}

function describeErrors(errors: ErrorObject[]): RequestCheck['problems'] {
  // Errors inside oneOf/anyOf branches repeat what the branch-level error says, less clearly.
  const top = errors.filter((e) => !/\/(oneOf|anyOf)\/\d+\//.test(e.schemaPath));
  const seen = new Set<string>();
  const out: RequestCheck['problems'] = [];
  for (const e of top.length > 0 ? top : errors) {
    const parts = e.instancePath.split('/').slice(1).map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'));
    const where = (parts.shift() ?? 'body') as 'path' | 'query' | 'body';
    let field = parts.join('.');
    let message = e.message ?? 'is invalid';
    if (e.keyword === 'required') {
      const missing = String((e.params as { missingProperty: string }).missingProperty);
      field = field ? `${field}.${missing}` : missing;
      message = 'is required';
    } else if (e.keyword === 'additionalProperties') {
      const extra = String((e.params as { additionalProperty: string }).additionalProperty);
      field = field ? `${field}.${extra}` : extra;
      message = where === 'query' ? 'is not a parameter of this operation' : 'is not a known property';
    } else if (e.keyword === 'enum') {
      message = `must be one of ${JSON.stringify((e.params as { allowedValues: unknown[] }).allowedValues)}, got ${JSON.stringify(e.data)}`;
    } else if (e.keyword === 'type') {
      message = `must be ${String((e.params as { type: unknown }).type)}, got ${JSON.stringify(e.data)}`;
    } else if (e.keyword === 'maxItems' || e.keyword === 'maxLength') {
      const limit = (e.params as { limit: number }).limit;
      const actual = Array.isArray(e.data) || typeof e.data === 'string' ? e.data.length : '?';
      message = `must have at most ${limit} ${e.keyword === 'maxItems' ? 'items' : 'characters'}, got ${actual}`;
    }
    const key = `${where}|${field}|${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ where, field: field || '(root)', message });
  }
  return out;
}

/**
 * Places where GitHub's own description cannot be met by a real GitHub response; errors there
 * are ignored. apps/list-installations describes `account` as allOf [simple-user, enterprise]
 * (every installation/{id} response uses anyOf), which no user or organization satisfies.
 */
const DESCRIPTION_BUGS: Array<{ operationId: string; instancePath: RegExp }> = [
  { operationId: 'apps/list-installations', instancePath: /^\/\d+\/account(\/|$)/ },
];

/** Problems with a response the server is about to send (its own bugs, not the client's). */
export function checkResponse(op: Operation, status: number, body: unknown): string[] {
  const key = String(status);
  if (!op.responses.has(key)) {
    return status < 300 ? [`status ${status} is not documented for ${op.operationId} (documented: ${[...op.responses.keys()].join(', ')})`] : [];
  }
  const ptr = op.responses.get(key);
  if (!ptr) return [];
  const validate = validator(`response ${op.operationId} ${key}`, { $ref: `${DOC_ID}${ptr}` });
  if (validate(body)) return [];
  const bugs = DESCRIPTION_BUGS.filter((b) => b.operationId === op.operationId);
  return (validate.errors ?? [])
    .filter((e) => !bugs.some((b) => b.instancePath.test(e.instancePath)))
    .slice(0, 20)
    .map((e) => `${e.instancePath || '(root)'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}

/** Webhook events whose payload schema the subset holds, e.g. `pull-request-opened`, `push`. */
export const WEBHOOK_SCHEMAS = Object.keys(doc['x-webhooks']);

/** Problems with a webhook payload, checked against GitHub's schema for `key` (see WEBHOOK_SCHEMAS). */
export function checkWebhookPayload(key: string, payload: unknown): string[] {
  if (!(key in doc['x-webhooks'])) throw new Error(`no webhook schema ${key}; known: ${WEBHOOK_SCHEMAS.join(', ')}`);
  const validate = validator(`webhook ${key}`, { $ref: `${DOC_ID}${pointer('x-webhooks', key, 'schema')}` });
  if (validate(payload)) return [];
  return (validate.errors ?? []).slice(0, 20).map((e) => `${e.instancePath || '(root)'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}
