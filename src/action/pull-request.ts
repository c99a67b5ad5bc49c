/**
 * `pull_request`: scan head and merge base, blame the pull request only for the gaps it adds.
 * One check run (fails only for new gaps at or above fail-on), annotations on new gaps, one
 * review with inline comments on new gaps on changed lines (edited in place on later pushes),
 * the job summary, SARIF and the report JSON. A write GitHub refuses (a fork's read-only token)
 * degrades the run to the job summary and workflow-command annotations; it never fails it.
 */
import * as core from '@actions/core';
import { ShipshapeError, errorMessage } from '../core/errors.js';
import type { Gap } from '../core/model.js';
import { annotationsFor, CHECK_NAME, publishCheckRun } from '../github/checks.js';
import { readFilesAt } from '../github/contents.js';
import { httpStatus, isWriteRefused, type Octokit } from '../github/octokit.js';
import { listPullFiles, type ChangedFile } from '../github/pull-files.js';
import { syncReview, syncSummaryComment, type InlineTarget } from '../github/review.js';
import { plural } from '../report/shared.js';
import type { BaseReader } from './base-tree.js';
import { openCache, saveCache } from './cache.js';
import { hasCommit, readFilesFromGit } from './git.js';
import type { Inputs, RunContext } from './inputs.js';
import { writeOutputs } from './outputs.js';
import { scanPullRequest } from './pr-scan.js';
import { blockingGaps, fixedLine, newGapDetails, pullRequestSummary, verdictTitle } from './summary.js';
import { commandAnnotations } from './workflow-annotations.js';

const MAX_INLINE_COMMENTS = 50;

interface PullRequestPayload {
  number: number;
  changed_files?: number;
  head: { sha: string };
  base: { sha: string };
}

export async function runPullRequest(ctx: RunContext, inputs: Inputs, octokit: Octokit): Promise<void> {
  const pr = ctx.payload.pull_request as PullRequestPayload | undefined;
  if (!pr?.head?.sha || !pr.base?.sha) throw new ShipshapeError(`the ${ctx.eventName} payload has no pull_request head and base`);
  const repo = { owner: ctx.owner, repo: ctx.repo };
  const notes: string[] = [];

  const pullFiles = await listPullFiles(octokit, repo, pr.number, pr.changed_files ?? null);
  if (pullFiles.truncated) notes.push(`GitHub lists only the first ${pullFiles.files.length} files of this pull request; changes beyond them are counted as part of the base.`);
  const mergeBase = await findMergeBase(octokit, repo, pr.base.sha, pr.head.sha);
  const readBase = await baseReader(ctx.workspace, mergeBase, octokit, repo);

  const { cache, file } = openCache(inputs.cacheFile, ctx.workspace);
  const scanned = await scanPullRequest({
    root: ctx.workspace,
    ...(inputs.config ? { configPath: inputs.config } : {}),
    headSha: pr.head.sha,
    baseSha: mergeBase,
    changes: pullFiles.files,
    readBase: readBase.read,
    tempDir: ctx.tempDir,
    cache,
  });
  // Both trees' facts are kept: the next push to this branch, and the base's next pull request, reuse them.
  saveCache(file);
  const { diff, head, base } = scanned;
  core.info(`shipshape: head ${Math.round(scanned.timings.headMs)} ms, base ${Math.round(scanned.timings.baseMs)} ms (${scanned.fetched} files read from the merge base through ${readBase.via}, ${base.report.stats.parsed} re-parsed)`);
  const failOn = inputs.failOn ?? head.config.failOn;
  const blocking = blockingGaps(diff, failOn);

  let checkWritten = false;
  try {
    const published = await publishCheckRun(octokit, repo, {
      headSha: pr.head.sha,
      conclusion: blocking.length > 0 ? 'failure' : 'success',
      title: verdictTitle(diff, failOn),
      summary: pullRequestSummary({ diff, head: head.report, base: base.report, failOn, notes: [...notes], chart: false }),
      text: newGapDetails(diff),
      annotations: inputs.annotations ? annotationsFor(diff.new) : [],
      ...(ctx.runUrl ? { detailsUrl: ctx.runUrl } : {}),
    });
    checkWritten = true;
    core.info(`shipshape: check run ${published.url || published.id} (${plural(published.requests, 'request')})`);
  } catch (error) {
    if (!isWriteRefused(error)) throw error;
    notes.push(`The \`${CHECK_NAME}\` check run could not be written (GitHub answered ${httpStatus(error)}: a read-only token, e.g. on a pull request from a fork, or no \`checks: write\` permission). This summary and the annotations of this step stand in for it.`);
  }
  if (!checkWritten && inputs.annotations) notes.push(...commandAnnotations(diff.new));

  if (inputs.commentMode === 'review') {
    const onChangedLines = inlineTargets(diff.new, pullFiles.files);
    // New gaps arrive most urgent first; past the cap a review is noise, and the summary lists them all.
    const targets = onChangedLines.slice(0, MAX_INLINE_COMMENTS);
    if (onChangedLines.length > targets.length) notes.push(`Inline comments are capped at ${MAX_INLINE_COMMENTS} per run: ${plural(onChangedLines.length - targets.length, 'more new gap')} on changed lines ${onChangedLines.length - targets.length === 1 ? 'is' : 'are'} listed here only.`);
    const elsewhere = diff.new.length - onChangedLines.length;
    try {
      const sync = await syncReview(octokit, repo, { number: pr.number, headSha: pr.head.sha }, targets, head.report, reviewBody(targets.length, diff.fixed));
      core.info(`shipshape: review comments ${sync.created} new, ${sync.updated} updated, ${sync.closed} marked fixed, ${sync.unchanged} unchanged`);
      if (elsewhere > 0) notes.push(`${plural(elsewhere, 'new gap')} ${elsewhere === 1 ? 'is' : 'are'} not on a line this pull request changes, so ${elsewhere === 1 ? 'it is' : 'they are'} listed here rather than commented inline.`);
    } catch (error) {
      const status = httpStatus(error);
      if (!isWriteRefused(error) && status !== 422) throw error;
      notes.push(`Review comments could not be written (GitHub answered ${status}${status === 422 ? ': a line was outside the diff' : ': no `pull-requests: write` permission for this token'}); the new gaps are listed here instead.`);
    }
  } else if (inputs.commentMode === 'summary') {
    try {
      await syncSummaryComment(octokit, repo, pr.number, pullRequestSummary({ diff, head: head.report, base: base.report, failOn, notes: [], chart: true }));
    } catch (error) {
      if (!isWriteRefused(error)) throw error;
      notes.push(`The summary comment could not be written (GitHub answered ${httpStatus(error)}); it is in this job summary only.`);
    }
  }

  await core.summary.addRaw(pullRequestSummary({ diff, head: head.report, base: base.report, failOn, notes, chart: true })).write();
  await writeOutputs(head, { tempDir: ctx.tempDir, workspace: ctx.workspace, sarif: inputs.sarif }, { new: diff.new.length, fixed: diff.fixed.length });
  await scanned.cleanup;

  // The check run carries the verdict; without it the step's own status has to.
  if (!checkWritten && blocking.length > 0) {
    core.setFailed(`shipshape: this pull request adds ${plural(blocking.length, 'gap')} at or above ${failOn} (see the job summary)`);
  }
}

/** The merge base GitHub diffs a pull request against; the base tip when the comparison is unavailable. */
async function findMergeBase(octokit: Octokit, repo: { owner: string; repo: string }, base: string, head: string): Promise<string> {
  try {
    const { data } = await octokit.rest.repos.compareCommitsWithBasehead({ ...repo, basehead: `${base}...${head}`, per_page: 1 });
    return data.merge_base_commit.sha;
  } catch (error) {
    core.warning(`shipshape: cannot compare ${base.slice(0, 7)}...${head.slice(0, 7)} (${errorMessage(error)}); using the base branch's tip as the base`);
    return base;
  }
}

/** Base files from the checkout's git history when it has the merge base (fetch-depth: 0), else the contents API. */
async function baseReader(workspace: string, sha: string, octokit: Octokit, repo: { owner: string; repo: string }): Promise<{ read: BaseReader; via: string }> {
  const api: BaseReader = (paths) => readFilesAt(octokit, repo, sha, paths);
  if (!(await hasCommit(workspace, sha))) return { read: api, via: 'the contents API' };
  return {
    via: 'git',
    read: async (paths) => {
      try {
        return await readFilesFromGit(workspace, sha, paths);
      } catch (error) {
        core.warning(`shipshape: reading the merge base with git failed (${errorMessage(error)}); using the contents API`);
        return api(paths);
      }
    },
  };
}

/** New gaps that sit on a line this pull request adds: where an inline comment belongs. */
export function inlineTargets(gaps: readonly Gap[], files: readonly ChangedFile[]): InlineTarget[] {
  const byPath = new Map(files.map((f) => [f.path, f]));
  const targets: InlineTarget[] = [];
  for (const gap of gaps) {
    const at = gap.location;
    const file = at ? byPath.get(at.path) : undefined;
    if (!at || !file) continue;
    for (let line = at.startLine; line <= Math.max(at.startLine, at.endLine); line++) {
      if (file.addedLines.has(line)) {
        targets.push({ gap, path: at.path, line });
        break;
      }
    }
  }
  return targets;
}

function reviewBody(commented: number, fixed: readonly Gap[]): string {
  const line = fixedLine(fixed);
  return [
    `**shipshape** found ${plural(commented, 'new gap')} on the lines this pull request changes. Each comment is updated in place on later pushes and marked fixed when the gap goes away.`,
    ...(line ? ['', `🎉 ${line}`] : []),
  ].join('\n');
}
