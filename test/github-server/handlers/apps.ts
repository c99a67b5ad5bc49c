// GitHub App endpoints (JWT: /app, /app/installations, access tokens, repo installation),
// the installation's repository list, and /rate_limit.
import { randomBytes } from 'node:crypto';
import { HttpError, json, notFound, paginate, validationFailed, type RouteDef } from '../context.js';
import type { AccessLevel, Permissions, RepoState } from '../state.js';

const LEVEL: Record<AccessLevel, number> = { read: 1, write: 2, admin: 3 };

export const appRoutes: Record<string, RouteDef> = {
  'apps/get-authenticated': {
    access: { app: true },
    handle: (ctx) => json(200, ctx.identity.kind === 'app' ? ctx.render.integration(ctx.identity.app) : {}),
  },

  'apps/list-installations': {
    access: { app: true },
    handle(ctx) {
      const appId = ctx.identity.kind === 'app' ? ctx.identity.app.id : -1;
      const list = [...ctx.state.installations.values()].filter((i) => i.appId === appId);
      const page = paginate(ctx, list);
      return json(200, page.items.map((i) => ctx.render.installation(i)), page.headers);
    },
  },

  'apps/get-repo-installation': {
    access: { app: true },
    handle(ctx) {
      const appId = ctx.identity.kind === 'app' ? ctx.identity.app.id : -1;
      const inst = [...ctx.state.installations.values()].find(
        (i) => i.appId === appId && ctx.state.installationRepos(i).includes(ctx.repo),
      );
      if (!inst) throw notFound();
      return json(200, ctx.render.installation(inst));
    },
  },

  'apps/create-installation-access-token': {
    access: { app: true },
    handle(ctx) {
      const app = ctx.identity.kind === 'app' ? ctx.identity.app : null;
      const inst = ctx.state.installations.get(Number(ctx.params.installation_id));
      if (!app || !inst || inst.appId !== app.id) throw notFound();
      if (inst.suspendedAt) throw new HttpError(403, 'This installation has been suspended');
      const body = ctx.body as { repositories?: string[]; repository_ids?: number[]; permissions?: Permissions };
      const reachable = ctx.state.installationRepos(inst);
      let repos: RepoState[] | null = null;
      if (body.repositories || body.repository_ids) {
        repos = [];
        for (const name of body.repositories ?? []) {
          const repo = reachable.find((r) => r.name.toLowerCase() === name.toLowerCase());
          if (!repo) throw validationFailed([{ resource: 'Installation', code: 'invalid', field: 'repositories', message: 'There is at least one repository that does not exist or is not accessible to the parent installation.' }]);
          repos.push(repo);
        }
        for (const id of body.repository_ids ?? []) {
          const repo = reachable.find((r) => r.id === id);
          if (!repo) throw validationFailed([{ resource: 'Installation', code: 'invalid', field: 'repository_ids', message: 'There is at least one repository that does not exist or is not accessible to the parent installation.' }]);
          repos.push(repo);
        }
      }
      let permissions: Permissions = inst.permissions;
      if (body.permissions) {
        for (const [name, level] of Object.entries(body.permissions) as Array<[keyof Permissions, AccessLevel]>) {
          const granted = inst.permissions[name];
          if (!granted || LEVEL[granted] < LEVEL[level]) {
            throw validationFailed([{ resource: 'Installation', code: 'invalid', field: 'permissions', message: 'The permissions requested are not granted to this installation.' }]);
          }
        }
        permissions = body.permissions;
      }
      const expires = new Date(Date.parse(ctx.state.now()) + 3_600_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
      const token = ctx.state.addToken({
        token: `ghs_${randomBytes(18).toString('base64url')}`,
        kind: 'installation',
        login: `${app.slug}[bot]`,
        permissions,
        repositories: repos ? repos.map((r) => r.fullName) : inst.repositories === 'all' ? 'all' : reachable.map((r) => r.fullName),
        installationId: inst.id,
        appId: app.id,
        expiresAt: expires,
      });
      const out: Record<string, unknown> = {
        token,
        expires_at: expires,
        permissions,
        repository_selection: repos || inst.repositories !== 'all' ? 'selected' : 'all',
      };
      if (repos) out.repositories = repos.map((r) => ctx.render.repo(r));
      return json(201, out);
    },
  },

  'apps/list-repos-accessible-to-installation': {
    access: { installation: true },
    handle(ctx) {
      if (ctx.identity.kind !== 'token') throw notFound();
      const token = ctx.identity.token;
      const inst = token.installationId === null ? undefined : ctx.state.installations.get(token.installationId);
      const repos = inst
        ? ctx.state.installationRepos(inst).filter((r) => token.repositories === 'all' || token.repositories.includes(r.fullName))
        : [];
      const page = paginate(ctx, repos);
      return json(
        200,
        {
          total_count: repos.length,
          repository_selection: inst?.repositories === 'all' && token.repositories === 'all' ? 'all' : 'selected',
          repositories: page.items.map((r) => ctx.render.repo(r, ctx.render.repoPermissions(token.permissions, true))),
        },
        page.headers,
      );
    },
  },
};
