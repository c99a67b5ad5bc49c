/**
 * The `shipshape` check run of a pull request's head commit. GitHub takes at most 50
 * annotations per request and 65,535 characters of summary and of text: the first batch goes
 * with the creation (already completed, so a run that dies midway never leaves a check spinning),
 * the rest follow as updates, which append.
 */
import type { Gap, Phase } from '../core/model.js';
import type { Octokit } from './octokit.js';

export const CHECK_NAME = 'shipshape';
export const ANNOTATIONS_PER_REQUEST = 50;
/** GitHub's cap on a check run's `output.summary` and `output.text`. */
export const OUTPUT_LIMIT = 65_535;

export type AnnotationLevel = 'notice' | 'warning' | 'failure';

export interface Annotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: AnnotationLevel;
  title: string;
  message: string;
}

export const ANNOTATION_LEVEL: Readonly<Record<Phase, AnnotationLevel>> = { critical: 'failure', hardening: 'warning', polish: 'notice' };

/** One annotation per gap that has a place in a file; repository-level gaps have none. */
export function annotationsFor(gaps: readonly Gap[]): Annotation[] {
  return gaps.flatMap((gap) => {
    const at = gap.location;
    if (at === null) return [];
    const oneLine = at.startLine === at.endLine;
    return [
      {
        path: at.path,
        start_line: at.startLine,
        end_line: Math.max(at.startLine, at.endLine),
        // Columns are accepted only on one-line annotations.
        ...(oneLine && at.endColumn >= at.startColumn ? { start_column: at.startColumn, end_column: at.endColumn } : {}),
        annotation_level: ANNOTATION_LEVEL[gap.phase],
        title: `${gap.phase} · ${gap.dimension}: ${gap.title}`.slice(0, 255),
        message: `${gap.message}\n\nFix: ${gap.fix}\n\nRule ${gap.ruleId} · ${gap.docs}`,
      },
    ];
  });
}

/**
 * `text` cut to `limit` characters at a line break, ending with `note` (e.g. where the rest is),
 * so an oversized output is refused by no one and says that it was cut.
 */
export function fitText(text: string, note: string, limit = OUTPUT_LIMIT): string {
  if (text.length <= limit) return text;
  const tail = `\n\n${note}\n`;
  const room = Math.max(0, limit - tail.length);
  let cut = text.lastIndexOf('\n', room);
  if (cut <= 0) cut = room;
  // Do not split a surrogate pair: a lone half is not a character GitHub can store.
  if (cut > 0 && /[\uD800-\uDBFF]/.test(text.charAt(cut - 1))) cut--;
  return `${text.slice(0, cut)}${tail}`;
}

export interface CheckRunOutput {
  headSha: string;
  conclusion: 'success' | 'failure' | 'neutral';
  title: string;
  summary: string;
  text: string;
  annotations: readonly Annotation[];
  detailsUrl?: string;
}

export interface PublishedCheckRun {
  id: number;
  url: string;
  /** Requests made: one creation plus one update per further batch of annotations. */
  requests: number;
}

export async function publishCheckRun(octokit: Octokit, repo: { owner: string; repo: string }, run: CheckRunOutput): Promise<PublishedCheckRun> {
  const output = {
    title: run.title.slice(0, 255),
    summary: fitText(run.summary, '…cut to fit GitHub\'s limit: the job summary has it all.'),
    text: fitText(run.text, '…cut to fit GitHub\'s limit: the job summary and the report artifact have every gap.'),
  };
  const batches: Annotation[][] = [];
  for (let i = 0; i < run.annotations.length; i += ANNOTATIONS_PER_REQUEST) batches.push(run.annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
  const { data } = await octokit.rest.checks.create({
    ...repo,
    name: CHECK_NAME,
    head_sha: run.headSha,
    status: 'completed',
    conclusion: run.conclusion,
    completed_at: new Date().toISOString(),
    ...(run.detailsUrl ? { details_url: run.detailsUrl } : {}),
    output: { ...output, annotations: batches[0] ?? [] },
  });
  for (const batch of batches.slice(1)) {
    await octokit.rest.checks.update({ ...repo, check_run_id: data.id, output: { ...output, annotations: batch } });
  }
  return { id: data.id, url: data.html_url ?? '', requests: Math.max(1, batches.length) };
}
