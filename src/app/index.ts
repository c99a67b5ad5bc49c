/**
 * The shipshape GitHub App (Probot): one tracking issue per phase, checked off as fixes reach
 * the default branch. Wiring only: each handler filters its event and calls plain functions in
 * src/github/. Run it with `probot run ./dist/app.js` or behind src/app/serverless.ts.
 */
import type { ApplicationFunction } from 'probot';
import { onIssueComment } from './handlers/comment.js';
import { onInstallation, onRepositoriesAdded } from './handlers/install.js';
import { onIssueEdited } from './handlers/issue-edited.js';
import { onPush } from './handlers/push.js';
import { onWorkflowRun } from './handlers/workflow-run.js';
import { Runner, type AppOptions } from './runner.js';

export type { AppOptions } from './runner.js';

export function createApp(options: AppOptions = {}): ApplicationFunction {
  return (app) => {
    const runner = new Runner(app, options);
    app.on('installation.created', (context) => onInstallation(context, runner));
    app.on('installation_repositories.added', (context) => onRepositoriesAdded(context, runner));
    app.on('push', (context) => onPush(context, runner));
    app.on('workflow_run.completed', (context) => onWorkflowRun(context, runner));
    app.on('issue_comment.created', (context) => onIssueComment(context, runner));
    app.on('issues.edited', (context) => onIssueEdited(context, runner));
  };
}

export default createApp();
