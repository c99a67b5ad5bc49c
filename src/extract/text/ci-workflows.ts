import type { Node } from 'yaml';
import type { CiJobFact, CiStepFact, CiWorkflowFact, FileFacts } from '../../core/facts.js';
import type { TextExtractor } from '../types.js';
import { get, isMap, isSeq, items, keyOf, pairs, text, YamlNodes } from './yaml-nodes.js';

const GITHUB = /^\.github\/workflows\/[^/]+\.ya?ml$/;
const GITLAB = /(?:^|\/)\.gitlab-ci\.ya?ml$/;
const CIRCLECI = /^\.circleci\/config\.ya?ml$/;

/** GitLab top-level keys that are settings, not jobs. */
const GITLAB_RESERVED = new Set(['stages', 'variables', 'default', 'include', 'workflow', 'image', 'services', 'before_script', 'after_script', 'cache', 'pages:deploy']);

/** A step that requests a URL (and does not download an installer to pipe into a shell). */
const REQUESTS_URL = /\b(?:curl|wget|http|httpie)\b[^|\n]*(?:https?:\/\/|\$\{\{\s*(?:secrets|vars|env)\.|\$[A-Z_]+)/;
const PIPED_TO_SHELL = /\|\s*(?:sudo\s+)?(?:ba|z)?sh\b/;
const HEALTH_CHECK_ACTION = /(?:url-health-check|health-check|uptime|ping)[\w-]*@/i;

/**
 * CI pipelines: GitHub Actions workflows, `.gitlab-ci.yml` and CircleCI, with their triggers,
 * jobs and steps (what each step runs and where). Also the variables workflows declare, and
 * scheduled workflows that request the site (an uptime check kept as code).
 */
export const ciWorkflowsExtractor: TextExtractor = {
  id: 'ci-workflows',
  accepts: (p) => GITHUB.test(p) || GITLAB.test(p) || CIRCLECI.test(p),
  extract(p, content, facts) {
    const yaml = YamlNodes.parse(p, content, facts);
    const doc = yaml?.documents[0];
    if (!yaml || !isMap(doc)) return;
    const workflow = GITHUB.test(p) ? github(yaml, doc, facts) : GITLAB.test(p) ? gitlab(yaml, doc, facts) : circleci(yaml, doc);
    facts.ciWorkflows.push(workflow);
    if (!workflow.triggers.includes('schedule')) return;
    for (const job of workflow.jobs) {
      for (const step of job.steps) {
        const requests = (step.run && REQUESTS_URL.test(step.run) && !PIPED_TO_SHELL.test(step.run)) || (step.uses && HEALTH_CHECK_ACTION.test(step.uses));
        if (!requests) continue;
        const url = /https?:\/\/[^\s"'`)]+/.exec(step.run ?? '')?.[0] ?? null;
        facts.uptimeMonitors.push({ tool: 'scheduled workflow', target: url, kind: 'code', location: { path: p, startLine: step.line, endLine: step.line, startColumn: 1, endColumn: 1 } });
      }
    }
  },
};

function github(yaml: YamlNodes, doc: Node, facts: FileFacts): CiWorkflowFact {
  // `on` may be parsed as the boolean true by YAML 1.1 readers; the yaml package keeps it a string.
  const on = get(doc, 'on') ?? get(doc, 'true');
  const triggers = text(on) ? [text(on)!] : isSeq(on) ? items(on).map((i) => text(i) ?? '') : pairs(on).map(keyOf);
  declareEnv(yaml, get(doc, 'env'), facts);
  const jobs: CiJobFact[] = [];
  // The workflow's `defaults.run.working-directory` applies to every job that sets none of its own.
  const workflowDir = text(get(get(get(doc, 'defaults'), 'run'), 'working-directory'));
  for (const pair of pairs(get(doc, 'jobs'))) {
    const job = pair.value;
    declareEnv(yaml, get(job, 'env'), facts);
    const defaultDir = text(get(get(get(job, 'defaults'), 'run'), 'working-directory')) ?? workflowDir;
    const steps: CiStepFact[] = [];
    const reusable = text(get(job, 'uses'));
    if (reusable) steps.push({ run: null, uses: reusable, workingDirectory: null, line: yaml.line(get(job, 'uses')) });
    for (const step of items(get(job, 'steps'))) {
      declareEnv(yaml, get(step, 'env'), facts);
      steps.push({ run: text(get(step, 'run')), uses: text(get(step, 'uses')), workingDirectory: folder(text(get(step, 'working-directory')) ?? defaultDir), line: yaml.line(step) });
    }
    jobs.push({ name: keyOf(pair), line: yaml.line(pair.key), endLine: yaml.endLine(job), triggers: null, steps });
  }
  const workflow: CiWorkflowFact = { provider: 'github-actions', name: text(get(doc, 'name')) ?? yaml.path, triggers: triggers.filter(Boolean), jobs, location: yaml.location(doc) };
  const jobsKey = pairs(doc).find((pair) => keyOf(pair) === 'jobs')?.key;
  if (jobsKey) workflow.jobsLine = yaml.line(jobsKey);
  const push = get(on, 'push');
  // `branches-ignore` still runs on every other branch; a `tags`-only filter runs on no branch push.
  if (isMap(push) && !get(push, 'branches-ignore')) {
    const branches = get(push, 'branches');
    if (branches) workflow.pushBranches = text(branches) ? [text(branches)!] : items(branches).map((i) => text(i) ?? '').filter(Boolean);
    else if (get(push, 'tags') || get(push, 'tags-ignore')) workflow.pushBranches = [];
  }
  return workflow;
}

function gitlab(yaml: YamlNodes, doc: Node, facts: FileFacts): CiWorkflowFact {
  declareEnv(yaml, get(doc, 'variables'), facts);
  const defaults = get(doc, 'default');
  const globalBefore = scriptLines(get(doc, 'before_script') ?? get(defaults, 'before_script'));
  const jobs: CiJobFact[] = [];
  for (const pair of pairs(doc)) {
    const name = keyOf(pair);
    if (GITLAB_RESERVED.has(name) || name.startsWith('.') || !isMap(pair.value)) continue;
    const job = pair.value;
    if (!get(job, 'script') && !get(job, 'trigger') && !get(job, 'extends')) continue;
    declareEnv(yaml, get(job, 'variables'), facts);
    const commands = [...(get(job, 'before_script') ? scriptLines(get(job, 'before_script')) : globalBefore), ...scriptLines(get(job, 'script'))];
    const steps = commands.map((c) => ({ run: c.text, uses: null, workingDirectory: null, line: c.line }));
    jobs.push({ name, line: yaml.line(pair.key), endLine: yaml.endLine(job), triggers: gitlabTriggers(job), steps });
  }
  return { provider: 'gitlab-ci', name: yaml.path, triggers: ['push', 'pull_request'], jobs, location: yaml.location(doc) };

  function scriptLines(node: Node | null): { text: string; line: number }[] {
    if (text(node)) return [{ text: text(node)!, line: yaml.line(node) }];
    return items(node).flatMap((i) => (text(i) ? [{ text: text(i)!, line: yaml.line(i) }] : []));
  }
}

/** What GitLab's `only`/`rules` narrow a job to, when they narrow it to schedules, tags or manual runs only. */
function gitlabTriggers(job: Node): string[] | null {
  const only = get(job, 'only');
  const refs = text(only) ? [text(only)!] : items(only).length > 0 ? items(only).map((i) => text(i) ?? '') : items(get(only, 'refs')).map((i) => text(i) ?? '');
  if (refs.length > 0) {
    // `branches` is every branch push, merge request branches included; a named branch (`main`) is that branch only.
    return [...new Set(refs.flatMap((r) => (r === 'schedules' ? ['schedule'] : r === 'merge_requests' ? ['pull_request'] : r === 'branches' ? ['push', 'pull_request'] : r === 'tags' ? ['tag'] : r === 'web' || r === 'api' ? ['manual'] : ['push'])))];
  }
  const rules = items(get(job, 'rules'));
  if (rules.length > 0 && rules.every((r) => /schedule/.test(text(get(r, 'if')) ?? '') || text(get(r, 'when')) === 'never')) return ['schedule'];
  // `rules: - if: '$CI_COMMIT_BRANCH == "main"'`: pushes to one branch (or tags, schedules, manual runs) only, never a merge request.
  const events = rules.filter((r) => text(get(r, 'when')) !== 'never').map(gitlabRuleEvent);
  if (events.length > 0 && events.every((e) => e !== null)) return [...new Set(events as string[])];
  if (text(get(job, 'when')) === 'manual') return ['manual'];
  return null;
}

/** A branch, the default branch or a tag named in a rule's condition: `$CI_COMMIT_BRANCH == "main"`, `$CI_COMMIT_REF_NAME == $CI_DEFAULT_BRANCH`. */
const GITLAB_REF = String.raw`(?:\$CI_COMMIT_(?:BRANCH|REF_NAME)|\$CI_DEFAULT_BRANCH|"[^"]*"|'[^']*')`;
const GITLAB_ONE_BRANCH = new RegExp(String.raw`^\s*${GITLAB_REF}\s*==\s*${GITLAB_REF}\s*$`);

/**
 * The one event a GitLab rule lets a job run on, when its condition says so plainly: a push to one named
 * (or the default) branch, a tag, a schedule, a merge request. Null for anything else (no condition,
 * `||`, `!=`, a pattern match): the rule may let the job run on merge requests too.
 */
function gitlabRuleEvent(rule: Node): string | null {
  if (text(get(rule, 'when')) === 'manual') return 'manual';
  const condition = text(get(rule, 'if'));
  if (!condition || /\|\||!=|!~|=~/.test(condition)) return null;
  if (/^\s*\$CI_PIPELINE_SOURCE\s*==\s*["']schedule["']\s*$/.test(condition)) return 'schedule';
  if (/^\s*\$CI_PIPELINE_SOURCE\s*==\s*["']merge_request_event["']\s*$/.test(condition) || /^\s*\$CI_MERGE_REQUEST_(?:IID|ID)\s*$/.test(condition)) return 'pull_request';
  if (/^\s*\$CI_COMMIT_TAG\s*$/.test(condition)) return 'tag';
  const m = GITLAB_ONE_BRANCH.exec(condition);
  // Both sides a ref variable or both literals (`$CI_COMMIT_BRANCH == $CI_COMMIT_REF_NAME`) say nothing of which branch.
  if (m && /\$CI_COMMIT_(?:BRANCH|REF_NAME)/.test(condition) && /\$CI_DEFAULT_BRANCH|["']/.test(condition)) return 'push';
  return null;
}

function circleci(yaml: YamlNodes, doc: Node): CiWorkflowFact {
  // Jobs only listed by scheduled workflows do not run on push.
  const scheduledOnly = new Map<string, boolean>();
  for (const wf of pairs(get(doc, 'workflows'))) {
    if (!isMap(wf.value)) continue;
    const scheduled = items(get(wf.value, 'triggers')).some((t) => get(t, 'schedule'));
    for (const entry of items(get(wf.value, 'jobs'))) {
      const name = text(entry) ?? (isMap(entry) ? keyOf(pairs(entry)[0]!) : '');
      scheduledOnly.set(name, (scheduledOnly.get(name) ?? true) && scheduled);
    }
  }
  const jobs: CiJobFact[] = [];
  for (const pair of pairs(get(doc, 'jobs'))) {
    const job = pair.value;
    const jobDir = folder(text(get(job, 'working_directory')));
    const steps: CiStepFact[] = [];
    for (const step of items(get(job, 'steps'))) {
      const run = get(step, 'run');
      if (run) steps.push({ run: text(run) ?? text(get(run, 'command')), uses: null, workingDirectory: folder(text(get(run, 'working_directory'))) ?? jobDir, line: yaml.line(step) });
      else steps.push({ run: null, uses: text(step) ?? (isMap(step) ? keyOf(pairs(step)[0]!) : null), workingDirectory: jobDir, line: yaml.line(step) });
    }
    const name = keyOf(pair);
    jobs.push({ name, line: yaml.line(pair.key), endLine: yaml.endLine(job), triggers: scheduledOnly.get(name) ? ['schedule'] : null, steps });
  }
  return { provider: 'circleci', name: yaml.path, triggers: ['push', 'pull_request'], jobs, location: yaml.location(doc) };
}

/** A working directory as a repo-relative folder (`./services/reports/` → `services/reports`; CircleCI's `~/project` is the root). */
function folder(dir: string | null): string | null {
  if (!dir) return null;
  const cleaned = dir.replace(/^(?:~\/project|\$\{\{\s*github\.workspace\s*\}\})\/?/, '').replace(/^\.\/?/, '').replace(/\/$/, '');
  return cleaned === '' || cleaned === '.' ? null : cleaned;
}

/** `env:` maps: variables the workflow hands to its steps (a deploy step's configuration). */
function declareEnv(yaml: YamlNodes, node: Node | null, facts: FileFacts): void {
  for (const pair of pairs(node)) {
    const name = keyOf(pair);
    if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
      facts.envDeclarations.push({ name, location: { path: yaml.path, startLine: yaml.line(pair.key), endLine: yaml.line(pair.key), startColumn: 1, endColumn: 1 }, source: 'ci', appliesTo: '.' });
    }
  }
}
