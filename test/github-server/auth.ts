// Authentication like GitHub's: `token X` / `Bearer X` for tokens, RS256 JWTs for apps,
// and the authorization decision for an operation on a repository.
import { createPublicKey, verify } from 'node:crypto';
import { HttpError, type Access, type Identity } from './context.js';
import type { AccessLevel, PermissionName, RepoState, State, TokenState } from './state.js';

const LEVEL: Record<AccessLevel, number> = { read: 1, write: 2, admin: 3 };

/** GitHub accepts app JWTs whose `exp` is at most 10 minutes ahead (plus a little clock drift). */
const MAX_JWT_LIFETIME_S = 600;
const CLOCK_DRIFT_S = 60;

export function authenticate(state: State, header: string | undefined, nowMs: number): Identity {
  if (!header) return { kind: 'anonymous' };
  const m = /^(token|bearer)\s+(\S+)\s*$/i.exec(header);
  if (!m) throw new HttpError(401, 'Bad credentials');
  const credential = m[2] as string;
  if (/^[\w-]+\.[\w-]+\.[\w-]+$/.test(credential) && credential.startsWith('eyJ')) {
    return { kind: 'app', app: verifyAppJwt(state, credential, nowMs) };
  }
  const token = state.tokens.get(credential);
  if (!token || (token.expiresAt !== null && Date.parse(token.expiresAt) <= nowMs)) throw new HttpError(401, 'Bad credentials');
  return { kind: 'token', token };
}

function verifyAppJwt(state: State, jwt: string, nowMs: number) {
  const [h, p, s] = jwt.split('.') as [string, string, string];
  let header: { alg?: string };
  let payload: { iss?: unknown; iat?: unknown; exp?: unknown };
  try {
    header = JSON.parse(Buffer.from(h, 'base64url').toString('utf8')) as typeof header;
    payload = JSON.parse(Buffer.from(p, 'base64url').toString('utf8')) as typeof payload;
  } catch {
    throw new HttpError(401, 'A JSON web token could not be decoded');
  }
  if (header.alg !== 'RS256') throw new HttpError(401, 'A JSON web token could not be decoded');
  const appId = Number(payload.iss);
  const app = Number.isInteger(appId) ? state.apps.get(appId) : [...state.apps.values()].find((a) => a.slug === payload.iss);
  if (!app) throw new HttpError(401, `Integration not found`);
  const key = typeof app.publicKey === 'string' ? createPublicKey(app.publicKey) : app.publicKey;
  if (!verify('RSA-SHA256', Buffer.from(`${h}.${p}`), key, Buffer.from(s, 'base64url'))) {
    throw new HttpError(401, 'A JSON web token could not be decoded');
  }
  const now = Math.floor(nowMs / 1000);
  if (typeof payload.iat !== 'number' || !Number.isInteger(payload.iat) || payload.iat > now + CLOCK_DRIFT_S) {
    throw new HttpError(401, "'Issued at' claim ('iat') must be an Integer representing the time that the assertion was issued");
  }
  if (typeof payload.exp !== 'number' || payload.exp <= now) {
    throw new HttpError(401, "'Expiration time' claim ('exp') must be a numeric value representing the future time at which the assertion expires");
  }
  if (payload.exp > now + MAX_JWT_LIFETIME_S + CLOCK_DRIFT_S) {
    throw new HttpError(401, "'Expiration time' claim ('exp') is too far in the future");
  }
  return app;
}

function forbidden(token: TokenState): HttpError {
  return new HttpError(403, token.kind === 'user' ? 'Resource not accessible by personal access token' : 'Resource not accessible by integration');
}

export function tokenReaches(state: State, token: TokenState, repo: RepoState): boolean {
  if (token.repositories !== 'all') return token.repositories.some((n) => n.toLowerCase() === repo.fullName.toLowerCase());
  if (token.installationId !== null) {
    const inst = state.installations.get(token.installationId);
    return inst !== undefined && state.installationRepos(inst).includes(repo);
  }
  return true;
}

function hasPermission(token: TokenState, names: PermissionName[], level: AccessLevel): boolean {
  return names.some((name) => {
    // Every token that reaches a repository can read its metadata.
    const granted = token.permissions[name] ?? (name === 'metadata' ? 'read' : undefined);
    return granted !== undefined && LEVEL[granted] >= LEVEL[level];
  });
}

/** Throws the error GitHub would answer when `identity` may not perform `access` (on `repo`). */
export function authorize(state: State, identity: Identity, access: Access, repo: RepoState | null): void {
  if ('public' in access) return;
  if ('app' in access) {
    if (identity.kind !== 'app') throw new HttpError(401, 'A JSON web token could not be decoded');
    return;
  }
  if ('installation' in access) {
    if (identity.kind === 'anonymous') throw new HttpError(401, 'Requires authentication');
    if (identity.kind !== 'token' || identity.token.kind !== 'installation') {
      throw new HttpError(403, 'You must authenticate with an installation access token in order to list repositories for an installation.');
    }
    return;
  }
  if (!repo) throw new HttpError(404, 'Not Found');
  const write = access.level !== 'read';
  if (identity.kind === 'app') {
    throw new HttpError(401, 'A JSON web token is not accepted here: use an installation access token (POST /app/installations/{id}/access_tokens)');
  }
  if (identity.kind === 'anonymous') {
    // GitHub hides private repositories from strangers: 404, not 401.
    if (repo.private) throw new HttpError(404, 'Not Found');
    if (write) throw new HttpError(401, 'Requires authentication');
    return;
  }
  const token = identity.token;
  if (!tokenReaches(state, token, repo)) {
    if (repo.private) throw new HttpError(404, 'Not Found');
    if (write) throw forbidden(token);
    return;
  }
  if (!hasPermission(token, access.repo, access.level)) {
    // Public data stays readable; anything else needs the permission.
    if (!write && !repo.private) return;
    const err = forbidden(token);
    err.headers['x-accepted-github-permissions'] = access.repo.map((n) => `${n}=${access.level}`).join(',');
    throw err;
  }
}
