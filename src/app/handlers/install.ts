/**
 * installation.created / installation_repositories.added: a first sync of every repository the
 * App was given, one after another (each repository's own queue keeps them apart from pushes).
 */
import type { Context } from 'probot';
import type { Runner } from '../runner.js';

async function syncAll(context: Context, runner: Runner, repositories: readonly { full_name: string }[]): Promise<void> {
  const failures: Error[] = [];
  for (const { full_name } of repositories) {
    const [owner, repo] = full_name.split('/') as [string, string];
    try {
      await runner.syncDefaultBranch(context.octokit, { owner, repo }, context.log);
    } catch (error) {
      // One repository that fails must not keep the others from their first sync.
      failures.push(new Error(`${full_name}: ${(error as Error).message}`, { cause: error }));
    }
  }
  if (failures.length > 0) throw new AggregateError(failures, `first sync failed for ${failures.length} of ${repositories.length} repositories: ${failures.map((f) => f.message).join('; ')}`);
}

export function onInstallation(context: Context<'installation.created'>, runner: Runner): Promise<void> {
  return syncAll(context, runner, context.payload.repositories ?? []);
}

export function onRepositoriesAdded(context: Context<'installation_repositories.added'>, runner: Runner): Promise<void> {
  return syncAll(context, runner, context.payload.repositories_added);
}
