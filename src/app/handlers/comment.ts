/**
 * issue_comment.created: `/shipshape …` on a phase issue. Only people with write access may
 * command the App; others get a polite no. Replies carry the command comment's id as a marker,
 * so a redelivered event does not reply twice.
 */
import type { Context } from 'probot';
import { BUILTIN_RULES } from '../../rules/index.js';
import { HELP, explainRule, parseCommand, replyMarker } from '../../github/tracking/commands.js';
import { ConflictError, commentOnce, execute } from '../../github/tracking/execute.js';
import { getTrackedIssue, type GitHub, type RepoRef } from '../../github/tracking/github.js';
import { planAccept } from '../../github/tracking/plan.js';
import { projectAt } from '../../github/tracking/report-source.js';
import { syncBoard } from '../../github/tracking/sync.js';
import { sectionPhase } from '../../github/tracking/parse.js';
import type { Runner } from '../runner.js';

const WRITERS = new Set(['admin', 'maintain', 'write']);

/** True when `login` may change the repository (write, maintain or admin). */
export async function canWrite(octokit: GitHub, ref: RepoRef, login: string): Promise<boolean> {
  try {
    const { data } = await octokit.request('GET /repos/{owner}/{repo}/collaborators/{username}/permission', { ...ref, username: login });
    return WRITERS.has(data.permission) || WRITERS.has(data.role_name);
  } catch (error) {
    if ((error as { status?: number }).status === 404) return false;
    throw error;
  }
}

export async function onIssueComment(context: Context<'issue_comment.created'>, runner: Runner): Promise<void> {
  const { issue, comment, sender } = context.payload;
  const command = parseCommand(comment.body);
  if (!command || issue.pull_request || sender.type === 'Bot' || sectionPhase(issue.body) === null) return;
  const botLogin = await runner.botLogin();
  if (issue.user?.login !== botLogin) return;
  const ref = context.repo();
  const octokit = context.octokit;
  const marker = replyMarker(comment.id);
  const reply = (text: string) => commentOnce(octokit, ref, issue.number, marker, `${marker}\n${text}`, botLogin);

  if (!(await canWrite(octokit, ref, sender.login))) {
    await reply(`Thanks, @${sender.login} — shipshape takes commands only from people with write access to this repository, so this one was not run. A maintainer can run it for you.`);
    return;
  }
  switch (command.kind) {
    case 'help':
      await reply(`${command.unknown === null ? '' : `\`${command.unknown.replace(/`/g, '')}\` is not a shipshape command. `}${HELP}`);
      return;
    case 'explain':
      await reply(explainRule(command.ruleId, BUILTIN_RULES));
      return;
    case 'rescan': {
      const outcome = await runner.syncDefaultBranch(octokit, ref, context.log, { kind: 'scan' });
      const said =
        outcome === null ? 'there is nothing to scan yet.'
        : outcome.status === 'stale' ? `the issues already reflect a newer commit (\`${outcome.newer.slice(0, 7)}\`).`
        : outcome.status === 'config-error' ? 'the configuration cannot be read: see the issue shipshape opened about it.'
        : outcome.writes === 0 ? 'nothing changed.'
        : 'the phase issues are up to date.';
      await reply(`Scanned the default branch again: ${said}`);
      return;
    }
    case 'ignore': {
      const result = await runner.serialise(ref, async () => {
        for (let attempt = 1; ; attempt++) {
          const tracked = await getTrackedIssue(octokit, ref, issue.number, botLogin);
          if (!tracked) return { ok: false as const, message: 'this issue no longer has a shipshape section.' };
          const planned = planAccept(tracked, {
            gapId: command.gapId,
            by: sender.login,
            at: runner.now().toISOString().slice(0, 10),
            reason: command.reason,
            links: { htmlUrl: context.payload.repository.html_url },
          });
          if (!planned.ok) return planned;
          try {
            await execute(octokit, ref, planned.ops, { botLogin });
            // An accepted risk moves the phase's progress: the board follows.
            const project = await projectAt(octokit, ref, tracked.doc.commit, context.log);
            if (project) await syncBoard(octokit, ref, project, botLogin, context.log);
            return planned;
          } catch (error) {
            if (!(error instanceof ConflictError) || attempt >= 3) throw error;
          }
        }
      });
      await reply(result.ok ? `Recorded: gap \`${command.gapId.replace(/`/g, '')}\` is an accepted risk now (see "Accepted risks" above). It counts as resolved for this phase.` : `Not recorded: ${result.message}`);
      return;
    }
  }
}
