/**
 * issues.edited: a person ticked (or unticked) a box in a phase issue. The boxes mirror the
 * scans, so the App puts them back and says how to accept a risk instead. The issue is read
 * again rather than trusted from the payload: a redelivered event finds nothing left to revert.
 */
import type { Context } from 'probot';
import { ConflictError, execute } from '../../github/tracking/execute.js';
import { getTrackedIssue } from '../../github/tracking/github.js';
import { sectionPhase } from '../../github/tracking/parse.js';
import { planRevertTicks } from '../../github/tracking/plan.js';
import type { Runner } from '../runner.js';

export async function onIssueEdited(context: Context<'issues.edited'>, runner: Runner): Promise<void> {
  const { issue, sender, changes } = context.payload;
  if (sender.type === 'Bot' || changes.body === undefined || sectionPhase(issue.body) === null) return;
  const botLogin = await runner.botLogin();
  if (issue.user?.login !== botLogin || sender.login === botLogin) return;
  const ref = context.repo();
  const marker = `<!-- shipshape:untick issue=${issue.number} at=${issue.updated_at} -->`;
  await runner.serialise(ref, async () => {
    for (let attempt = 1; ; attempt++) {
      const tracked = await getTrackedIssue(context.octokit, ref, issue.number, botLogin);
      if (!tracked) return;
      const ops = planRevertTicks(tracked, { links: { htmlUrl: context.payload.repository.html_url }, editor: sender.login, marker });
      try {
        await execute(context.octokit, ref, ops, { botLogin });
        return;
      } catch (error) {
        if (!(error instanceof ConflictError) || attempt >= 3) throw error;
      }
    }
  });
}
