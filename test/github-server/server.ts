// A local GitHub API for tests: real HTTP on 127.0.0.1, state in memory, every request
// checked against GitHub's REST OpenAPI description (and Projects v2 GraphQL against a slice
// of GitHub's schema). Clients under test (Octokit, @actions/github, Probot) point their base
// URL at `server.url`. See README.md beside this file.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { writeTarGz } from './archive.js';
import { authenticate, authorize } from './auth.js';
import { HttpError, DOCS, json, type Ctx, type Identity, type Reply, type RouteDef } from './context.js';
import { executeGraphQL } from './graphql.js';
import { actionsRoutes, artifactLinks, artifactZip } from './handlers/actions.js';
import { appRoutes } from './handlers/apps.js';
import { checkRoutes } from './handlers/checks.js';
import { issueRoutes } from './handlers/issues.js';
import { pullRoutes } from './handlers/pulls.js';
import { archiveLinks, repoRoutes } from './handlers/repos.js';
import { checkRequest, checkResponse, explainUnknownRoute, matchRoute, operations, type Operation } from './openapi.js';
import { Renderer } from './render.js';
import { State, type RateLimitBucket, type RepoState } from './state.js';

export { State } from './state.js';
export type * from './state.js';
export { OPENAPI_SOURCE } from './openapi.js';

export interface GitHubServerOptions {
  /** Base of `html_url` fields (default https://github.com). */
  webUrl?: string;
  /** Check the server's own responses against the description; mismatches go to `responseViolations` (default true). */
  validateResponses?: boolean;
  /** The server's clock (timestamps, token expiry, JWT checks). */
  now?: () => Date;
}

/** A fault to inject: matching requests get `status` (or are only delayed when it is omitted). */
export interface Injection {
  method?: string;
  /** Exact pathname (no query), or a RegExp tested against the pathname. */
  path: string | RegExp;
  status?: number;
  /** How many matching requests to affect (default 1; Infinity for all). */
  times?: number;
  headers?: Record<string, string>;
  /** JSON body; defaults to GitHub's error shape for `status`. */
  body?: unknown;
  delayMs?: number;
}

export interface InjectionHandle {
  /** Requests this injection affected so far. */
  readonly hits: number;
  /** Requests it will still affect. */
  readonly remaining: number;
}

export interface RecordedRequest {
  method: string;
  /** Pathname, no query string. */
  path: string;
  /** Pathname and query string as sent. */
  url: string;
  status: number;
  operationId: string | null;
  /** Parsed JSON body, if any. */
  body: unknown;
  /** Changes state on GitHub: a non-GET REST call or a GraphQL mutation. */
  write: boolean;
  /** Answered by an injected fault. */
  injected: boolean;
  auth: 'anonymous' | 'app' | 'installation' | 'actions' | 'user' | 'invalid';
}

export interface Violation {
  method: string;
  path: string;
  operationId: string | null;
  kind: 'unknown-route' | 'invalid-request' | 'invalid-json' | 'missing-user-agent' | 'graphql';
  /** Everything that failed, one line each, naming the parameter or body field. */
  problems: string[];
}

export interface GitHubServer {
  /** e.g. http://127.0.0.1:40123 — the API base URL (GraphQL at `${url}/graphql`). */
  readonly url: string;
  /** Base of `html_url` fields, e.g. https://github.com. */
  readonly webUrl: string;
  readonly state: State;
  readonly requests: RecordedRequest[];
  /** Requests that GitHub's description (or GraphQL schema) rejects: client bugs. */
  readonly violations: Violation[];
  /** Responses of this server that do not match GitHub's description: server bugs. */
  readonly responseViolations: string[];
  inject(injection: Injection): InjectionHandle;
  clearInjections(): void;
  /** Recorded requests that change state (REST writes and GraphQL mutations). */
  writes(): RecordedRequest[];
  close(): Promise<void>;
}

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  401: 'Requires authentication',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  410: 'Gone',
  422: 'Validation Failed',
  429: 'Too Many Requests',
  500: 'Server Error',
  502: 'Server Error',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** 403 with `retry-after`, as GitHub answers when a client trips the secondary rate limit. */
export function secondaryRateLimit(path: string | RegExp, opts: { method?: string; times?: number; retryAfter?: number } = {}): Injection {
  return {
    method: opts.method,
    path,
    status: 403,
    times: opts.times ?? 1,
    headers: { 'retry-after': String(opts.retryAfter ?? 1), 'x-ratelimit-remaining': '4990' },
    body: {
      message:
        'You have exceeded a secondary rate limit and have been temporarily blocked from content creation. Please retry your request again later. If you reach out to GitHub Support for help, please include the request ID 0000:0000:0000000:0000000:00000000.',
      documentation_url: 'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
      status: '403',
    },
  };
}

/** 403 with `x-ratelimit-remaining: 0`, as GitHub answers when the hourly quota is spent. */
export function primaryRateLimit(path: string | RegExp, opts: { method?: string; times?: number; resetInSeconds?: number } = {}): Injection {
  const reset = Math.floor(Date.now() / 1000) + (opts.resetInSeconds ?? 1);
  return {
    method: opts.method,
    path,
    status: 403,
    times: opts.times ?? 1,
    headers: { 'x-ratelimit-limit': '5000', 'x-ratelimit-remaining': '0', 'x-ratelimit-used': '5000', 'x-ratelimit-reset': String(reset) },
    body: {
      message: 'API rate limit exceeded for installation ID 1. If you reach out to GitHub Support for help, please include the request ID 0000:0000:0000000:0000000:00000000.',
      documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
      status: '403',
    },
  };
}

const ROUTES: Record<string, RouteDef> = {
  ...repoRoutes,
  ...issueRoutes,
  ...pullRoutes,
  ...checkRoutes,
  ...actionsRoutes,
  ...appRoutes,
};

// Every operation in the description has a handler, and every handler an operation.
for (const op of operations) {
  if (!ROUTES[op.operationId] && op.operationId !== 'rate-limit/get') throw new Error(`no handler for ${op.operationId}`);
}
for (const id of Object.keys(ROUTES)) {
  if (!operations.some((op) => op.operationId === id)) throw new Error(`handler ${id} has no operation in the OpenAPI subset: add it to scripts/extract-github-openapi.mjs`);
}

interface InjectionState extends Injection {
  hits: number;
  remaining: number;
}

function identityKind(identity: Identity): RecordedRequest['auth'] {
  if (identity.kind === 'token') return identity.token.kind;
  return identity.kind;
}

function rateKey(identity: Identity): string {
  if (identity.kind === 'token') return `token:${identity.token.token}`;
  if (identity.kind === 'app') return `app:${identity.app.id}`;
  return 'anonymous';
}

function rateHeaders(b: RateLimitBucket, resource: string): Record<string, string> {
  return {
    'x-ratelimit-limit': String(b.limit),
    'x-ratelimit-remaining': String(Math.max(0, b.limit - b.used)),
    'x-ratelimit-reset': String(b.reset),
    'x-ratelimit-used': String(b.used),
    'x-ratelimit-resource': resource,
  };
}

function send(res: ServerResponse, reply: Reply, extraHeaders: Record<string, string>): void {
  const headers: Record<string, string> = {
    'x-github-request-id': `${randomBytes(2).toString('hex').toUpperCase()}:${randomBytes(3).toString('hex').toUpperCase()}:${randomBytes(4).toString('hex').toUpperCase()}`,
    'x-github-api-version-selected': '2022-11-28',
    'x-github-media-type': 'github.v3; format=json',
    ...extraHeaders,
    ...reply.headers,
  };
  if (reply.raw) {
    headers['content-type'] = reply.contentType ?? 'application/octet-stream';
    headers['content-length'] = String(reply.raw.length);
    res.writeHead(reply.status, headers);
    res.end(reply.raw);
    return;
  }
  if (reply.status === 204 || reply.status === 304 || reply.body === undefined) {
    res.writeHead(reply.status, headers);
    res.end();
    return;
  }
  const text = JSON.stringify(reply.body);
  headers['content-type'] = 'application/json; charset=utf-8';
  headers['content-length'] = String(Buffer.byteLength(text));
  res.writeHead(reply.status, headers);
  res.end(text);
}

function errorReply(err: HttpError): Reply {
  return { status: err.status, body: err.toBody(), headers: err.headers };
}

function rawDownload(url: URL): Reply | null {
  let m = /^\/_codeload\/([^/]+)\/([^/]+)\/legacy\.tar\.gz\/(.+)$/.exec(url.pathname);
  if (m) {
    const link = archiveLinks.get(url.searchParams.get('token') ?? '');
    if (!link || link.repo.owner.login !== m[1] || link.repo.name !== m[2]) return { status: 404, raw: Buffer.from('404: Not Found'), contentType: 'text/plain; charset=utf-8' };
    const commit = link.repo.commits.get(link.sha);
    if (!commit) return { status: 404, raw: Buffer.from('404: Not Found'), contentType: 'text/plain; charset=utf-8' };
    const prefix = `${link.repo.owner.login}-${link.repo.name}-${link.sha.slice(0, 7)}`;
    const raw = writeTarGz(prefix, [...commit.files].map(([path, content]) => ({ path, content })), { commitSha: link.sha, mtime: new Date(commit.author.date) });
    return { status: 200, raw, contentType: 'application/x-gzip', headers: { 'content-disposition': `attachment; filename=${prefix}.tar.gz` } };
  }
  m = /^\/_blob\/artifacts\/(\d+)\.zip$/.exec(url.pathname);
  if (m) {
    const link = artifactLinks.get(url.searchParams.get('sig') ?? '');
    if (!link || link.artifact.id !== Number(m[1])) return { status: 403, raw: Buffer.from('AuthenticationFailed'), contentType: 'application/xml' };
    return { status: 200, raw: artifactZip(link.artifact), contentType: 'application/zip', headers: { 'content-disposition': `attachment; filename=${link.artifact.name}.zip` } };
  }
  return null;
}

export async function startGitHubServer(options: GitHubServerOptions = {}): Promise<GitHubServer> {
  const clock = options.now ?? (() => new Date());
  const state = new State(clock);
  const requests: RecordedRequest[] = [];
  const violations: Violation[] = [];
  const responseViolations: string[] = [];
  const injections: InjectionState[] = [];
  const validateResponses = options.validateResponses ?? true;
  let base = '';
  let render: Renderer;

  const bucket = (identity: Identity, resource: 'core' | 'graphql'): RateLimitBucket => {
    const key = `${rateKey(identity)}:${resource}`;
    let b = state.rateLimits.get(key);
    const nowS = Math.floor(clock().getTime() / 1000);
    if (!b || b.reset <= nowS) {
      b = { limit: identity.kind === 'anonymous' ? 60 : 5000, used: 0, reset: nowS + 3600 };
      state.rateLimits.set(key, b);
    }
    return b;
  };

  const rateLimitRoute: RouteDef = {
    access: { public: true },
    handle(ctx) {
      const view = (resource: 'core' | 'graphql') => {
        const b = bucket(ctx.identity, resource);
        return { limit: b.limit, used: b.used, remaining: Math.max(0, b.limit - b.used), reset: b.reset };
      };
      const reset = Math.floor(clock().getTime() / 1000) + 3600;
      const fixed = (limit: number) => ({ limit, used: 0, remaining: limit, reset });
      const core = view('core');
      return json(200, {
        resources: {
          core,
          graphql: view('graphql'),
          search: fixed(30),
          code_search: fixed(10),
          integration_manifest: fixed(5000),
          code_scanning_upload: fixed(1000),
          actions_runner_registration: fixed(10000),
          scim: fixed(15000),
          dependency_snapshots: fixed(100),
        },
        rate: core,
      });
    },
  };

  function takeInjection(method: string, pathname: string): InjectionState | undefined {
    const inj = injections.find(
      (i) =>
        i.remaining > 0 &&
        (i.method === undefined || i.method.toUpperCase() === method) &&
        (typeof i.path === 'string' ? i.path === pathname : i.path.test(pathname)),
    );
    if (inj) {
      inj.remaining--;
      inj.hits++;
    }
    return inj;
  }




  async function handle(req: IncomingMessage, res: ServerResponse, bodyBuf: Buffer): Promise<void> {
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', base);
    const record: RecordedRequest = {
      method,
      path: url.pathname,
      url: `${url.pathname}${url.search}`,
      status: 0,
      operationId: null,
      body: undefined,
      write: method !== 'GET' && method !== 'HEAD',
      injected: false,
      auth: 'anonymous',
    };
    requests.push(record);
    let extraHeaders: Record<string, string> = {};
    const finish = (reply: Reply) => {
      record.status = reply.status;
      send(res, reply, extraHeaders);
    };
    const violation = (kind: Violation['kind'], problems: string[], operationId: string | null = null) => {
      violations.push({ method, path: url.pathname, operationId, kind, problems });
    };

    const download = method === 'GET' ? rawDownload(url) : null;
    if (download) {
      record.write = false;
      finish(download);
      return;
    }

    const match = url.pathname === '/graphql' ? null : matchRoute(method, url.pathname);
    record.operationId = url.pathname === '/graphql' && method === 'POST' ? 'graphql' : (match?.operation.operationId ?? null);

    let body: unknown;
    let badJson = false;
    const hasBody = bodyBuf.length > 0;
    if (hasBody) {
      try {
        body = JSON.parse(bodyBuf.toString('utf8'));
      } catch {
        badJson = true;
      }
    }
    record.body = body;

    // What the description says about this request, recorded whatever the answer.
    const check = match && !badJson ? checkRequest(match, url.searchParams, body, hasBody) : null;
    if (!req.headers['user-agent']) violation('missing-user-agent', ['GitHub requires a User-Agent header'], record.operationId);
    if (badJson) violation('invalid-json', ['the body is not valid JSON'], record.operationId);
    if (!match && url.pathname !== '/graphql') violation('unknown-route', [explainUnknownRoute(method, url.pathname)]);
    if (url.pathname === '/graphql' && method !== 'POST') violation('unknown-route', [`GitHub's GraphQL endpoint takes POST, not ${method}`]);
    if (check && check.problems.length > 0) {
      violation(
        'invalid-request',
        check.problems.map((p) => `${p.where} ${p.field}: ${p.message}`),
        record.operationId,
      );
    }

    const injection = takeInjection(method, url.pathname);
    if (injection) {
      if (injection.delayMs) await new Promise((r) => setTimeout(r, injection.delayMs));
      if (injection.status !== undefined) {
        record.injected = true;
        finish({
          status: injection.status,
          body: injection.body ?? { message: STATUS_TEXT[injection.status] ?? 'Error', documentation_url: DOCS, status: String(injection.status) },
          headers: injection.headers,
        });
        return;
      }
    }

    if (!req.headers['user-agent']) {
      finish({ status: 403, body: { message: 'Request forbidden by administrative rules. Please make sure your request has a User-Agent header (https://docs.github.com/en/rest/overview/resources-in-the-rest-api#user-agent-required).', documentation_url: DOCS, status: '403' } });
      return;
    }
    if (badJson) {
      finish(errorReply(new HttpError(400, 'Problems parsing JSON')));
      return;
    }

    let identity: Identity;
    try {
      identity = authenticate(state, req.headers.authorization, clock().getTime());
    } catch (err) {
      record.auth = 'invalid';
      if (err instanceof HttpError) {
        finish(errorReply(err));
        return;
      }
      throw err;
    }
    record.auth = identityKind(identity);

    if (url.pathname === '/graphql' && method === 'POST') {
      const b = bucket(identity, 'graphql');
      extraHeaders = rateHeaders(b, 'graphql');
      if (identity.kind !== 'token') {
        finish({ status: 401, body: { message: 'This endpoint requires you to be authenticated.', documentation_url: 'https://docs.github.com/graphql/guides/forming-calls-with-graphql#authenticating-with-graphql', status: '401' } });
        return;
      }
      b.used++;
      extraHeaders = rateHeaders(b, 'graphql');
      const result = executeGraphQL({ state, identity, webUrl: render.web }, (body ?? {}) as Record<string, unknown>);
      record.write = result.operation === 'mutation';
      if (result.invalid) violation('graphql', (result.body.errors ?? []).map((e) => e.message), 'graphql');
      finish({ status: 200, body: result.body });
      return;
    }

    if (!match) {
      const explanation = explainUnknownRoute(method, url.pathname);
      finish({ status: 404, body: { message: `Not Found: ${explanation}`, documentation_url: DOCS, status: '404' } });
      return;
    }

    const op = match.operation;
    const b = bucket(identity, 'core');
    if (op.operationId !== 'rate-limit/get') b.used++;
    extraHeaders = rateHeaders(b, 'core');
    const def = op.operationId === 'rate-limit/get' ? rateLimitRoute : (ROUTES[op.operationId] as RouteDef);

    try {
      let repo: RepoState | null = null;
      if (check && 'owner' in check.params && 'repo' in check.params) {
        repo = state.findRepo(String(check.params.owner), String(check.params.repo)) ?? null;
        if (!repo) throw new HttpError(404, 'Not Found');
      }
      authorize(state, identity, def.access, repo);
      if (check && check.problems.length > 0) {
        const pathProblem = check.problems.some((p) => p.where === 'path');
        throw new HttpError(pathProblem ? 404 : 422, `Invalid request.\n\n${check.problems.map((p) => `${p.where} ${p.field}: ${p.message}`).join('\n')}`, {
          errors: check.problems.map((p) => ({ resource: op.operationId, field: p.field, code: 'invalid', message: `${p.where} ${p.field}: ${p.message}` })),
        });
      }
      const ctx: Ctx = {
        state,
        render,
        operation: op,
        params: check?.params ?? {},
        query: check?.query ?? {},
        body: (body ?? {}) as Record<string, unknown>,
        identity,
        repo: repo as RepoState,
        url: new URL(`${url.pathname}${url.search}`, base),
        headers: req.headers,
        actor: identity.kind === 'token' ? identity.token.login : identity.kind === 'app' ? `${identity.app.slug}[bot]` : 'ghost',
      };
      const reply = await def.handle(ctx);
      if (validateResponses && reply.body !== undefined && !reply.raw) checkOwnResponse(op, reply);
      finish(reply);
    } catch (err) {
      if (err instanceof HttpError) {
        finish(errorReply(err));
        return;
      }
      responseViolations.push(`${method} ${url.pathname} (${op.operationId}) crashed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      finish({ status: 500, body: { message: 'Server Error', documentation_url: DOCS, status: '500' } });
    }
  }

  function checkOwnResponse(op: Operation, reply: Reply): void {
    for (const problem of checkResponse(op, reply.status, reply.body)) {
      responseViolations.push(`${op.operationId} ${reply.status}: ${problem}`);
    }
  }

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      handle(req, res, Buffer.concat(chunks)).catch((err: unknown) => {
        responseViolations.push(`server error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
        if (!res.headersSent) {
          res.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
          res.end(JSON.stringify({ message: 'Server Error', documentation_url: DOCS }));
        }
      });
    });
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  base = `http://127.0.0.1:${port}`;
  render = new Renderer(state, base, options.webUrl ?? 'https://github.com');

  return {
    url: base,
    webUrl: render.web,
    state,
    requests,
    violations,
    responseViolations,
    inject(injection: Injection): InjectionHandle {
      const inj: InjectionState = { ...injection, hits: 0, remaining: injection.times ?? 1 };
      injections.push(inj);
      return {
        get hits() {
          return inj.hits;
        },
        get remaining() {
          return inj.remaining;
        },
      };
    },
    clearInjections() {
      injections.length = 0;
    },
    writes() {
      return requests.filter((r) => r.write);
    },
    close() {
      return new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      });
    },
  };
}
