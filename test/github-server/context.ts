// What a handler gets and returns, and the helpers most handlers share.
import type { IncomingHttpHeaders } from 'node:http';
import type { Operation } from './openapi.js';
import type { Renderer } from './render.js';
import type { AccessLevel, AppState, PermissionName, RepoState, State, TokenState } from './state.js';

export type Identity =
  | { kind: 'anonymous' }
  | { kind: 'app'; app: AppState }
  | { kind: 'token'; token: TokenState };

export interface Ctx {
  state: State;
  render: Renderer;
  operation: Operation;
  /** Path params, coerced to the types the description gives them. */
  params: Record<string, unknown>;
  query: Record<string, unknown>;
  /** The JSON body, already validated against the operation's request schema. */
  body: Record<string, unknown>;
  identity: Identity;
  /** The repository of /repos/{owner}/{repo}/... routes (authorization already checked). */
  repo: RepoState;
  /** The request URL as the client sent it, against the server's base URL. */
  url: URL;
  headers: IncomingHttpHeaders;
  /** Login that writes by this request are attributed to. */
  actor: string;
}

export interface Reply {
  status: number;
  /** JSON body; or raw bytes with `contentType`. */
  body?: unknown;
  raw?: Buffer;
  contentType?: string;
  headers?: Record<string, string>;
}

/**
 * Who may call an operation. `repo`: a repository route needing one of `permissions` at
 * `level`; `app`: an app JWT; `installation`: an installation token; `public`: anyone.
 */
export type Access =
  | { repo: PermissionName[]; level: AccessLevel }
  | { app: true }
  | { installation: true }
  | { public: true };

export interface RouteDef {
  access: Access;
  handle: (ctx: Ctx) => Reply | Promise<Reply>;
}

export const DOCS = 'https://docs.github.com/rest';

/** An error GitHub-style: `{ message, documentation_url, status }` (+ `errors`). */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extra: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }

  toBody(): Record<string, unknown> {
    return { message: this.message, documentation_url: DOCS, status: String(this.status), ...this.extra };
  }
}

export const notFound = (): HttpError => new HttpError(404, 'Not Found');

/** 422 "Validation Failed" with GitHub's `errors` entries. */
export function validationFailed(errors: Array<{ resource: string; code: string; field?: string; message?: string }>): HttpError {
  return new HttpError(422, 'Validation Failed', { errors });
}

export function json(status: number, body: unknown, headers?: Record<string, string>): Reply {
  return headers ? { status, body, headers } : { status, body };
}

/** One page of `items` with GitHub's `Link` header (rel next/last/first/prev). */
export function paginate<T>(ctx: Ctx, items: T[], options: { defaultPerPage?: number; maxPerPage?: number } = {}): { items: T[]; headers: Record<string, string> } {
  const perPage = Math.min(Number(ctx.query.per_page ?? options.defaultPerPage ?? 30), options.maxPerPage ?? 100);
  const page = Math.max(1, Number(ctx.query.page ?? 1));
  const pageSize = perPage > 0 ? perPage : 30;
  const last = Math.max(1, Math.ceil(items.length / pageSize));
  const slice = items.slice((page - 1) * pageSize, page * pageSize);
  const link = (p: number, rel: string) => {
    const u = new URL(ctx.url.href);
    u.searchParams.set('page', String(p));
    if (ctx.query.per_page !== undefined) u.searchParams.set('per_page', String(perPage));
    return `<${u.href}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (page > 1) links.push(link(Math.min(page - 1, last), 'prev'));
  if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
  if (page > 1) links.push(link(1, 'first'));
  return { items: slice, headers: links.length > 0 ? { link: links.join(', ') } : {} };
}

export function byNumber<T extends { number: number }>(items: T[], n: unknown): T {
  const found = items.find((i) => i.number === Number(n));
  if (!found) throw notFound();
  return found;
}

export function byId<T extends { id: number }>(items: T[], id: unknown): T {
  const found = items.find((i) => i.id === Number(id));
  if (!found) throw notFound();
  return found;
}
