/**
 * The slice of Octokit the App's GitHub functions need. Probot's `context.octokit` and
 * `@actions/github`'s client both fit, with their retry and throttling plugins.
 */
import type { Octokit } from '@octokit/core';
import type { PaginateInterface } from '@octokit/plugin-paginate-rest';
import type { TrackedIssue } from './model.js';
import { parseBody, sectionPhase } from './parse.js';

export type GitHub = Octokit & { paginate: PaginateInterface };

export interface RepoRef {
  owner: string;
  repo: string;
}

/** What the App logs through (Probot's pino logger fits). */
export interface Log {
  info(message: string): void;
  warn(message: string): void;
}

interface IssueData {
  number: number;
  node_id: string;
  state: string;
  body?: string | null;
  user: { login: string } | null;
  labels: Array<string | { name?: string }>;
  pull_request?: unknown;
}

function toTracked(data: IssueData): TrackedIssue | null {
  const parsed = parseBody(data.body);
  if (!parsed) return null;
  return {
    number: data.number,
    nodeId: data.node_id,
    state: data.state === 'closed' ? 'closed' : 'open',
    labels: data.labels.map((l) => (typeof l === 'string' ? l : (l.name ?? ''))).filter((n) => n !== ''),
    body: data.body ?? '',
    ...parsed,
  };
}

/** An issue the App created, as the issue list returns it. */
export interface BotIssue {
  number: number;
  state: 'open' | 'closed';
  body: string;
}

/**
 * Every issue the App created, open or closed. Issues are found by creator and then by marker,
 * never by title or label: a renamed or relabelled issue is still found, and a marker pasted
 * into someone else's issue is not mistaken for the App's.
 */
export async function listBotIssues(octokit: GitHub, ref: RepoRef, botLogin: string): Promise<{ tracked: TrackedIssue[]; others: BotIssue[] }> {
  const all = (await octokit.paginate('GET /repos/{owner}/{repo}/issues', {
    ...ref,
    state: 'all',
    creator: botLogin,
    per_page: 100,
  })) as IssueData[];
  const mine = all.filter((i) => !i.pull_request && i.user?.login === botLogin);
  const tracked: TrackedIssue[] = [];
  const others: BotIssue[] = [];
  for (const data of mine) {
    const issue = sectionPhase(data.body) === null ? null : toTracked(data);
    if (issue) tracked.push(issue);
    else others.push({ number: data.number, state: data.state === 'closed' ? 'closed' : 'open', body: data.body ?? '' });
  }
  return { tracked, others };
}

/** The phase issues the App created (see listBotIssues). */
export async function listTrackedIssues(octokit: GitHub, ref: RepoRef, botLogin: string): Promise<TrackedIssue[]> {
  return (await listBotIssues(octokit, ref, botLogin)).tracked;
}

/** One issue re-read, or null when it no longer has a section the App owns. */
export async function getTrackedIssue(octokit: GitHub, ref: RepoRef, number: number, botLogin: string): Promise<TrackedIssue | null> {
  const { data } = await octokit.request('GET /repos/{owner}/{repo}/issues/{issue_number}', { ...ref, issue_number: number });
  if (data.user?.login !== botLogin) return null;
  return toTracked(data as IssueData);
}

