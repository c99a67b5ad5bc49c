/** push: a new tip of the default branch → sync the phase issues at that commit. */
import type { Context } from 'probot';
import type { Runner } from '../runner.js';

export async function onPush(context: Context<'push'>, runner: Runner): Promise<void> {
  const { payload } = context;
  if (payload.deleted || /^0+$/.test(payload.after) || payload.ref !== `refs/heads/${payload.repository.default_branch}`) return;
  await runner.syncCommit({
    octokit: context.octokit,
    ref: context.repo(),
    htmlUrl: payload.repository.html_url,
    sha: payload.after,
    log: context.log,
    source: { kind: 'auto' },
  });
}
