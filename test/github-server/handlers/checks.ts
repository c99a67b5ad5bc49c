// Check runs: create, update (annotations append across updates), get, list, annotations.
// GitHub's limits (50 annotations per request, 65535 characters of summary/text) come from
// the OpenAPI description and are enforced by request validation before a handler runs.
import { byId, HttpError, json, paginate, type Ctx, type RouteDef } from '../context.js';
import type { AnnotationState, CheckRunState } from '../state.js';

const CHECKS_READ = { repo: ['checks' as const], level: 'read' as const };
const CHECKS_WRITE = { repo: ['checks' as const], level: 'write' as const };

interface CheckRunInput {
  name?: string;
  head_sha?: string;
  details_url?: string;
  external_id?: string;
  status?: string;
  started_at?: string;
  conclusion?: string;
  completed_at?: string;
  output?: { title?: string; summary?: string; text?: string; annotations?: AnnotationState[] };
}

function invalid(message: string): HttpError {
  return new HttpError(422, `Invalid request.\n\n${message}`);
}

function checkAnnotations(annotations: AnnotationState[]): void {
  for (const [i, a] of annotations.entries()) {
    if (a.end_line < a.start_line) throw invalid(`annotations[${i}]: end_line ${a.end_line} is before start_line ${a.start_line}.`);
    if ((a.start_column !== undefined || a.end_column !== undefined) && a.start_line !== a.end_line) {
      throw invalid(`annotations[${i}]: start_column and end_column may only be set when start_line equals end_line.`);
    }
  }
}

function apply(ctx: Ctx, run: CheckRunState, input: CheckRunInput): void {
  const now = ctx.state.now();
  if (input.name !== undefined) run.name = input.name;
  if (input.details_url !== undefined) run.detailsUrl = input.details_url;
  if (input.external_id !== undefined) run.externalId = input.external_id;
  if (input.started_at !== undefined) run.startedAt = input.started_at;
  if (input.status !== undefined) run.status = input.status;
  if (input.conclusion !== undefined) {
    run.conclusion = input.conclusion;
    run.status = 'completed';
  }
  if (input.completed_at !== undefined) run.completedAt = input.completed_at;
  if (run.status === 'completed') {
    if (run.conclusion === null) throw invalid('conclusion is required when status is completed.');
    run.completedAt ??= now;
  }
  if (run.status === 'in_progress' || run.status === 'completed') run.startedAt ??= now;
  if (input.output) {
    if (input.output.title !== undefined) run.output.title = input.output.title;
    if (input.output.summary !== undefined) run.output.summary = input.output.summary;
    if (input.output.text !== undefined) run.output.text = input.output.text;
    const annotations = input.output.annotations ?? [];
    checkAnnotations(annotations);
    run.output.annotations.push(...annotations);
  }
}

export const checkRoutes: Record<string, RouteDef> = {
  'checks/create': {
    access: CHECKS_WRITE,
    handle(ctx) {
      const input = ctx.body as unknown as CheckRunInput & { name: string; head_sha: string };
      if (ctx.identity.kind === 'token' && ctx.identity.token.kind === 'user') {
        throw new HttpError(403, 'You must authenticate via a GitHub App.');
      }
      if (!ctx.repo.commits.has(input.head_sha)) throw new HttpError(422, `No commit found for SHA: ${input.head_sha}`);
      const appId = ctx.identity.kind === 'token' ? ctx.identity.token.appId : null;
      const suite = ctx.repo.checkRuns.find((r) => r.headSha === input.head_sha && r.appId === appId)?.checkSuiteId ?? ctx.state.id();
      const id = ctx.state.id();
      const run: CheckRunState = {
        id,
        nodeId: ctx.state.nodeId('CR', id),
        name: input.name,
        headSha: input.head_sha,
        status: 'queued',
        conclusion: null,
        startedAt: null,
        completedAt: null,
        externalId: null,
        detailsUrl: null,
        appId,
        checkSuiteId: suite,
        output: { title: null, summary: null, text: null, annotations: [] },
        updates: 0,
      };
      apply(ctx, run, input);
      ctx.repo.checkRuns.push(run);
      return json(201, ctx.render.checkRun(ctx.repo, run));
    },
  },

  'checks/update': {
    access: CHECKS_WRITE,
    handle(ctx) {
      const run = byId(ctx.repo.checkRuns, ctx.params.check_run_id);
      const appId = ctx.identity.kind === 'token' ? ctx.identity.token.appId : null;
      if (run.appId !== appId) throw new HttpError(403, 'Invalid app_id `' + String(appId) + '` - check run can only be modified by the GitHub App that created it.');
      // Validate everything before touching the stored run: a 422 changes nothing.
      const next: CheckRunState = { ...run, output: { ...run.output, annotations: [...run.output.annotations] } };
      apply(ctx, next, ctx.body as unknown as CheckRunInput);
      Object.assign(run, next, { updates: run.updates + 1 });
      return json(200, ctx.render.checkRun(ctx.repo, run));
    },
  },

  'checks/get': {
    access: CHECKS_READ,
    handle: (ctx) => json(200, ctx.render.checkRun(ctx.repo, byId(ctx.repo.checkRuns, ctx.params.check_run_id))),
  },

  'checks/list-for-ref': {
    access: CHECKS_READ,
    handle(ctx) {
      const sha = ctx.state.resolveRef(ctx.repo, String(ctx.params.ref));
      if (!sha) throw new HttpError(422, `No commit found for SHA: ${String(ctx.params.ref)}`);
      const q = ctx.query as { check_name?: string; status?: string; filter?: string; app_id?: number };
      let runs = ctx.repo.checkRuns.filter(
        (r) =>
          r.headSha === sha &&
          (q.check_name === undefined || r.name === q.check_name) &&
          (q.status === undefined || r.status === q.status) &&
          (q.app_id === undefined || r.appId === q.app_id),
      );
      if ((q.filter ?? 'latest') === 'latest') {
        runs = runs.filter((r) => !runs.some((o) => o.name === r.name && o.appId === r.appId && o.id > r.id));
      }
      runs = runs.toReversed();
      const page = paginate(ctx, runs);
      return json(200, { total_count: runs.length, check_runs: page.items.map((r) => ctx.render.checkRun(ctx.repo, r)) }, page.headers);
    },
  },

  'checks/list-annotations': {
    access: CHECKS_READ,
    handle(ctx) {
      const run = byId(ctx.repo.checkRuns, ctx.params.check_run_id);
      const page = paginate(ctx, run.output.annotations);
      return json(
        200,
        page.items.map((a) => ({
          path: a.path,
          start_line: a.start_line,
          end_line: a.end_line,
          start_column: a.start_column ?? null,
          end_column: a.end_column ?? null,
          annotation_level: a.annotation_level,
          title: a.title ?? null,
          message: a.message,
          raw_details: a.raw_details ?? null,
          blob_href: `${ctx.render.web}/${ctx.repo.fullName}/blob/${run.headSha}/${a.path}`,
        })),
        page.headers,
      );
    },
  },
};
