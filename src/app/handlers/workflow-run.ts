/**
 * workflow_run.completed: the Action finished. On the default branch its report replaces a scan;
 * for a pull request from a fork (where the Action's token cannot comment) the App posts the
 * review. Runs of other workflows upload no shipshape report and are left alone.
 */
import type { Context } from 'probot';
import { pullForHead, reviewForkPullRequest } from '../../github/fork-review.js';
import { reportFromRun } from '../../github/report-artifact.js';
import { listTrackedIssues } from '../../github/tracking/github.js';
import type { Runner } from '../runner.js';

export async function onWorkflowRun(context: Context<'workflow_run.completed'>, runner: Runner): Promise<void> {
  const { workflow_run: run, repository } = context.payload;
  const ref = context.repo();
  const fork = run.head_repository !== null && run.head_repository.full_name !== repository.full_name;
  if (run.event === 'pull_request' && fork) {
    await runner.serialise(ref, async () => {
      const outcome = await reportFromRun(context.octokit, ref, run.id, run.head_sha);
      if (outcome.kind !== 'report') {
        if (outcome.kind === 'invalid') context.log.warn(`${repository.full_name}: the fork's report is unusable (${outcome.reason}): no review`);
        return;
      }
      const pull = await pullForHead(context.octokit, ref, run.head_sha, run.pull_requests);
      if (pull === null) return;
      const botLogin = await runner.botLogin();
      const known = new Set<string>();
      for (const issue of await listTrackedIssues(context.octokit, ref, botLogin)) {
        for (const entry of issue.doc.entries) if (entry.state.kind !== 'fixed') known.add(entry.id);
      }
      await reviewForkPullRequest(context.octokit, ref, { pull, headSha: run.head_sha, report: outcome.report, known, botLogin });
    });
    return;
  }
  if (run.head_branch !== repository.default_branch || run.event === 'pull_request' || run.event === 'pull_request_target') return;
  const outcome = await reportFromRun(context.octokit, ref, run.id, run.head_sha);
  if (outcome.kind === 'none') return;
  await runner.syncCommit({ octokit: context.octokit, ref, htmlUrl: repository.html_url, sha: run.head_sha, log: context.log, source: { kind: 'artifact', outcome } });
}
