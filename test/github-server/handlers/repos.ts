// Repositories, commits, contents, archives, collaborators.
import { randomBytes } from 'node:crypto';
import { changes } from '../render.js';
import { blobSha, type RepoState } from '../state.js';
import { HttpError, json, notFound, paginate, type Ctx, type Reply, type RouteDef } from '../context.js';

/** One-time URLs handed out by the tarball redirect: token → what to serve. */
export const archiveLinks = new Map<string, { repo: RepoState; sha: string }>();

function commitFor(ctx: Ctx, ref: string | undefined): string {
  const name = ref ?? ctx.repo.defaultBranch;
  const sha = ctx.state.resolveRef(ctx.repo, name);
  if (!sha) throw new HttpError(404, `No commit found for the ref ${name}`);
  return sha;
}

export const repoRoutes: Record<string, RouteDef> = {
  'repos/get': {
    access: { repo: ['metadata'], level: 'read' },
    handle(ctx) {
      let permissions = ctx.repo.permissions as Record<string, unknown> | null;
      if (!permissions && ctx.identity.kind === 'token') permissions = ctx.render.repoPermissions(ctx.identity.token.permissions, true);
      return json(200, ctx.render.repo(ctx.repo, permissions));
    },
  },

  'repos/get-content': {
    access: { repo: ['contents'], level: 'read' },
    handle(ctx): Reply {
      const sha = commitFor(ctx, ctx.query.ref as string | undefined);
      const commit = ctx.repo.commits.get(sha);
      const path = String(ctx.params.path).replace(/\/+$/, '');
      const ref = (ctx.query.ref as string | undefined) ?? ctx.repo.defaultBranch;
      const file = commit?.files.get(path);
      const accept = String(ctx.headers.accept ?? '');
      const api = `${ctx.render.api}/repos/${ctx.repo.fullName}`;
      const web = `${ctx.render.web}/${ctx.repo.fullName}`;
      const entry = (p: string, type: 'file' | 'dir', content?: Buffer) => {
        const encoded = p.split('/').map(encodeURIComponent).join('/');
        const entrySha = content ? blobSha(content) : blobSha(Buffer.from(`tree:${p}`));
        const self = `${api}/contents/${encoded}?ref=${encodeURIComponent(ref)}`;
        const git = `${api}/git/${type === 'file' ? 'blobs' : 'trees'}/${entrySha}`;
        const html = `${web}/${type === 'file' ? 'blob' : 'tree'}/${ref}/${encoded}`;
        return {
          name: p.split('/').pop() as string,
          path: p,
          sha: entrySha,
          size: content?.length ?? 0,
          url: self,
          html_url: html,
          git_url: git,
          download_url: type === 'file' ? `https://raw.githubusercontent.com/${ctx.repo.fullName}/${ref}/${encoded}` : null,
          type,
          _links: { self, git, html },
        };
      };
      if (file) {
        if (/\.raw\b|vnd\.github\.raw/.test(accept)) {
          return { status: 200, raw: file, contentType: 'text/plain; charset=utf-8' };
        }
        // GitHub wraps base64 content at 60 characters.
        const content = (file.toString('base64').match(/.{1,60}/g) ?? []).join('\n');
        return json(200, { ...entry(path, 'file', file), content: content === '' ? '' : `${content}\n`, encoding: 'base64' });
      }
      const prefix = `${path}/`;
      const children = new Map<string, 'file' | 'dir'>();
      for (const p of commit?.files.keys() ?? []) {
        if (!p.startsWith(prefix)) continue;
        const [head, ...rest] = p.slice(prefix.length).split('/');
        children.set(`${prefix}${head}`, rest.length > 0 ? 'dir' : 'file');
      }
      if (children.size === 0) throw notFound();
      const list = [...children].toSorted(([a], [b]) => (a < b ? -1 : 1)).map(([p, type]) => entry(p, type, type === 'file' ? commit?.files.get(p) : undefined));
      return json(200, list);
    },
  },

  'repos/download-tarball-archive': {
    access: { repo: ['contents'], level: 'read' },
    handle(ctx) {
      const sha = commitFor(ctx, String(ctx.params.ref));
      // Like GitHub: a redirect to a short-lived, pre-authorised download URL ("codeload").
      const token = randomBytes(12).toString('hex');
      archiveLinks.set(token, { repo: ctx.repo, sha });
      const location = `${ctx.render.api}/_codeload/${ctx.repo.fullName}/legacy.tar.gz/${encodeURIComponent(String(ctx.params.ref))}?token=${token}`;
      return { status: 302, headers: { location } };
    },
  },

  'repos/compare-commits-with-basehead': {
    access: { repo: ['contents'], level: 'read' },
    handle(ctx) {
      const basehead = String(ctx.params.basehead);
      const m = /^(.+?)\.\.\.(.+)$/.exec(basehead);
      if (!m) throw notFound();
      const base = commitFor(ctx, m[1]);
      const head = commitFor(ctx, m[2]);
      const { state, repo, render } = ctx;
      const mergeBase = state.mergeBase(repo, base, head);
      const ahead = state.commitsBetween(repo, base, head);
      const behind = state.commitsBetween(repo, head, base);
      const status = ahead.length === 0 && behind.length === 0 ? 'identical' : behind.length === 0 ? 'ahead' : ahead.length === 0 ? 'behind' : 'diverged';
      const files = changes(mergeBase ? repo.commits.get(mergeBase) : undefined, repo.commits.get(head));
      const page = paginate(ctx, ahead, { defaultPerPage: 250, maxPerPage: 250 });
      const web = `${render.web}/${repo.fullName}`;
      return json(
        200,
        {
          url: `${render.api}/repos/${repo.fullName}/compare/${basehead}`,
          html_url: `${web}/compare/${basehead}`,
          permalink_url: `${web}/compare/${repo.owner.login}:${base.slice(0, 7)}...${repo.owner.login}:${head.slice(0, 7)}`,
          diff_url: `${web}/compare/${basehead}.diff`,
          patch_url: `${web}/compare/${basehead}.patch`,
          base_commit: render.commit(repo, repo.commits.get(base)!, false),
          merge_base_commit: render.commit(repo, repo.commits.get(mergeBase ?? base)!, false),
          status,
          ahead_by: ahead.length,
          behind_by: behind.length,
          total_commits: ahead.length,
          commits: page.items.map((s) => render.commit(repo, repo.commits.get(s)!, false)),
          files: files.slice(0, 300).map((f) => render.diffEntry(repo, head, f)),
        },
        page.headers,
      );
    },
  },

  'repos/get-commit': {
    access: { repo: ['contents'], level: 'read' },
    handle(ctx) {
      const sha = ctx.state.resolveRef(ctx.repo, String(ctx.params.ref));
      if (!sha) throw new HttpError(422, `No commit found for SHA: ${String(ctx.params.ref)}`);
      return json(200, ctx.render.commit(ctx.repo, ctx.repo.commits.get(sha)!, true));
    },
  },

  'repos/list-pull-requests-associated-with-commit': {
    access: { repo: ['pull_requests'], level: 'read' },
    handle(ctx) {
      const sha = ctx.state.resolveRef(ctx.repo, String(ctx.params.commit_sha));
      if (!sha) throw new HttpError(422, `No commit found for SHA: ${String(ctx.params.commit_sha)}`);
      const { state, repo } = ctx;
      const pulls = repo.pulls.filter((p) => {
        if (p.mergeCommitSha === sha) return true;
        if (p.merged) return false;
        const tip = repo.branches.get(p.head.ref) ?? p.head.sha;
        return state.commitsBetween(repo, p.base.sha, tip).includes(sha);
      });
      const page = paginate(ctx, pulls);
      return json(200, page.items.map((p) => ctx.render.pull(repo, p, false)), page.headers);
    },
  },

  'repos/get-collaborator-permission-level': {
    access: { repo: ['metadata'], level: 'read' },
    handle(ctx) {
      const login = String(ctx.params.username);
      const user = ctx.state.users.get(login.toLowerCase());
      if (!user) throw notFound();
      const role = ctx.repo.collaborators.get(login.toLowerCase());
      const permission = role === 'admin' ? 'admin' : role === 'maintain' || role === 'write' ? 'write' : role ? 'read' : ctx.repo.private ? 'none' : 'read';
      const roleName = role ?? (permission === 'none' ? 'none' : 'read');
      const can = (...r: string[]) => role !== undefined && r.includes(role);
      return json(200, {
        permission,
        role_name: roleName,
        user: {
          ...ctx.render.user(user),
          permissions: {
            admin: can('admin'),
            maintain: can('admin', 'maintain'),
            push: can('admin', 'maintain', 'write'),
            triage: can('admin', 'maintain', 'write', 'triage'),
            pull: permission !== 'none',
          },
          role_name: roleName,
        },
      });
    },
  },
};
