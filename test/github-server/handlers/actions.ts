// Actions artifacts: list (per run, per repo), get, download (302 to a zip, 410 if expired).
import { randomBytes } from 'node:crypto';
import { writeZip } from '../archive.js';
import { byId, HttpError, json, notFound, paginate, type Ctx, type RouteDef } from '../context.js';
import type { ArtifactState, RepoState } from '../state.js';

const ACTIONS_READ = { repo: ['actions' as const], level: 'read' as const };

/** One-time blob URLs handed out by the artifact download redirect: token → artifact. */
export const artifactLinks = new Map<string, { repo: RepoState; artifact: ArtifactState }>();

export function artifactZip(a: ArtifactState): Buffer {
  return writeZip(
    [...a.files].map(([path, content]) => ({ path, content })),
    new Date(a.createdAt),
  );
}

function list(ctx: Ctx, artifacts: ArtifactState[]) {
  const name = ctx.query.name as string | undefined;
  const filtered = artifacts.filter((a) => name === undefined || a.name === name).toReversed();
  const page = paginate(ctx, filtered);
  return json(
    200,
    { total_count: filtered.length, artifacts: page.items.map((a) => ctx.render.artifact(ctx.repo, a, artifactZip(a).length)) },
    page.headers,
  );
}

export const actionsRoutes: Record<string, RouteDef> = {
  'actions/list-workflow-run-artifacts': {
    access: ACTIONS_READ,
    handle: (ctx) => list(ctx, ctx.repo.artifacts.filter((a) => a.runId === Number(ctx.params.run_id))),
  },

  'actions/list-artifacts-for-repo': {
    access: ACTIONS_READ,
    handle: (ctx) => list(ctx, ctx.repo.artifacts),
  },

  'actions/get-artifact': {
    access: ACTIONS_READ,
    handle(ctx) {
      const a = byId(ctx.repo.artifacts, ctx.params.artifact_id);
      return json(200, ctx.render.artifact(ctx.repo, a, artifactZip(a).length));
    },
  },

  'actions/download-artifact': {
    access: ACTIONS_READ,
    handle(ctx) {
      const artifact = byId(ctx.repo.artifacts, ctx.params.artifact_id);
      if (ctx.params.archive_format !== 'zip') throw notFound();
      if (artifact.expired) throw new HttpError(410, 'Artifact has expired');
      // Like GitHub: a redirect to a short-lived signed blob URL.
      const token = randomBytes(12).toString('hex');
      artifactLinks.set(token, { repo: ctx.repo, artifact });
      return { status: 302, headers: { location: `${ctx.render.api}/_blob/artifacts/${artifact.id}.zip?sig=${token}` } };
    },
  },
};
