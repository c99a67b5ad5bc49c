import path from 'node:path';
import picomatch from 'picomatch';
import type { FactIndex } from '../../core/fact-index.js';
import type { CiJobFact, CiStepFact, CiWorkflowFact } from '../../core/facts.js';
import { compare, isWithin, listing, serviceLabel } from '../environment.js';
import type { RuleCheck } from '../types.js';
import { matchesAny, patterns } from '../types.js';

const JS_TEST_FILE = /(?:^|\/)(?:__tests__\/.+|[^/]+\.(?:test|spec))\.[cm]?[jt]sx?$|(?:^|\/)(?:test|tests|e2e)\/.+\.[cm]?[jt]sx?$/;
const PY_TEST_FILE = /(?:^|\/)(?:test_[^/]+|[^/]+_test|conftest|tests)\.py$|(?:^|\/)tests?\/.+\.py$/;
const GO_TEST_FILE = /_test\.go$/;
/** Events that run a pipeline on a change before it is merged. */
const GATING_EVENTS = new Set(['pull_request', 'pull_request_target', 'merge_group']);
/** `npm test`, `npm run test:unit`, `pnpm -r test`, `yarn workspace x test`, `bun run test`… → the script name. */
const SCRIPT_CALL = /\b(?:npm|pnpm|yarn|bun)\s+(?:(?:--prefix|-C|--cwd|--dir)\s+(\S+)\s+)?(?:(?:-r|--recursive|-ws|--workspaces|--if-present|--silent|-s)\s+)*(run(?:-script)?\s+)?(?:(?:-r|--recursive|-ws|--workspaces|--if-present|--silent|-s)\s+)*([\w:.-]+)/;
const NPM_BUILTINS = new Set(['install', 'ci', 'i', 'add', 'exec', 'x', 'dlx', 'audit', 'publish', 'pack', 'version', 'config', 'cache', 'set', 'link']);
/** A command that runs a script in the workspaces of a monorepo rather than in the folder it runs in (`pnpm -r test`, `turbo run test`, `nx run-many -t test`, `lerna run test`). */
const DELEGATES = /--workspaces|-ws\b|\s-r\b|--recursive|--filter\b|\bworkspaces?\s+(?:foreach|run)\b|\bturbo\s+(?:run\s+)?[\w:.-]|\bnx\s+(?:run-many|affected)\b|\blerna\s+(?:run|exec)\b/;
/** The test script a fan-out runs in each workspace (`turbo run lint test` → `test`, `nx run-many --target=test:ci` → `test:ci`). */
const FANNED_SCRIPT = /(?:^|[\s=,])(test[\w:.-]*)(?=$|[\s,])/;
/** The language a test command belongs to. */
const PYTHON_COMMAND = /\b(?:pytest|py\.test|tox|nox|unittest|manage\.py)\b/;
const JS_COMMAND = /\b(?:npm|pnpm|yarn|bun|npx|jest|vitest|mocha|ava|playwright|cypress|karma|node|deno|turbo|nx|lerna)\b/;

type Ecosystem = 'js' | 'python' | 'go';

interface TestRun {
  dir: string;
  ecosystem: Ecosystem | 'any';
  line: number;
  path: string;
  /** Whether the pipeline runs before a change is merged; otherwise the events that start it, in words. */
  gates: boolean;
  events: string;
  workflow: CiWorkflowFact;
  fanOut?: Found['fanOut'];
}

/**
 * Where a command runs tests. A fan-out (`turbo run test`, `pnpm -r test`) runs `script` in every workspace
 * below `dir` that defines it, and only there: `command` is what ran, for messages.
 */
type Found = { dir: string; ecosystem: Ecosystem | 'any'; fanOut?: { script: string; command: string } };

export const testsRunInCi: RuleCheck = {
  id: 'operations/tests-run-in-ci',
  check({ facts, options, report }) {
    const actions = patterns(options, 'testActions');
    const suites = testSuites(facts);
    if (suites.size === 0) return 'not-applicable';
    const context: Context = { facts, commands: patterns(options, 'testCommands'), workspaces: new Workspaces(facts) };
    const workflows = [...facts.fileFacts].flatMap((f) => f.ciWorkflows.map((w) => ({ path: f.path, workflow: w }))).toSorted((a, b) => compare(a.path, b.path));
    const runs: TestRun[] = [];
    const ran = new Set<string>();
    // What the pipelines that do not gate merges run (a push to `main` only), by workflow: said when none gates.
    const ranAfter = new Map<CiWorkflowFact, Set<string>>();
    const byPath = new Map(workflows.map((w) => [w.path, w.workflow]));
    // A reusable workflow (`uses: ./.github/workflows/test.yml`) runs with its caller's triggers.
    const collect = (file: string, jobs: readonly CiJobFact[], depth: number, when: Pick<TestRun, 'gates' | 'events' | 'workflow'>) => {
      for (const job of jobs) {
        for (const step of job.steps) {
          const called = step.uses?.startsWith('./') ? byPath.get(step.uses.slice(2)) : undefined;
          if (called && depth < 2) collect(step.uses!.slice(2), called.jobs, depth + 1, when);
          if (step.uses && matchesAny(step.uses, actions)) runs.push({ dir: step.workingDirectory ?? '.', ecosystem: 'any', line: step.line, path: file, ...when });
          for (const command of splitCommands(step.run ?? '')) {
            const found = testRuns(context, command, step, 0);
            for (const run of found) runs.push({ ...run, line: step.line, path: file, ...when });
            // `pnpm --filter @acme/worker build` says what it runs only with its fourth word.
            const words = command.trim().split(/\s+/).slice(0, workspaceCommand(command) ? 4 : 3).join(' ');
            if (found.length === 0 && command.trim()) {
              if (when.gates) ran.add(words);
              else ranAfter.set(when.workflow, (ranAfter.get(when.workflow) ?? new Set()).add(words));
            }
          }
        }
      }
    };
    for (const { path: file, workflow } of workflows) {
      for (const job of workflow.jobs) {
        const triggers = job.triggers ?? workflow.triggers;
        if (triggers.every((t) => t === 'workflow_call')) continue;
        collect(file, [job], 0, { gates: gates(workflow, job), events: describeEvents(workflow, job), workflow });
      }
    }
    // With no pipeline gating merges, the one that runs on changes (`push` to main) is the CI that should run the tests,
    // not a scheduled one (a nightly backup) that happens to sort first.
    const main =
      workflows.find(({ workflow }) => workflow.jobs.some((job) => gates(workflow, job))) ??
      workflows.find(({ workflow }) => workflow.jobs.some((job) => runsOnChanges(workflow, job))) ??
      workflows[0];
    for (const [service, suite] of [...suites].toSorted(([a], [b]) => compare(a, b))) {
      const reaching = runs.filter((r) => isWithin(service, r.dir) && (r.ecosystem === 'any' || suite.ecosystems.has(r.ecosystem)));
      const own = reaching.filter((r) => !r.fanOut || definesScript(facts, service, r.fanOut.script));
      if (own.some((r) => r.gates)) continue;
      // A fan-out that passes this service by: it has no script of that name (`turbo run test` in a workspace without `test`).
      const passedBy = reaching.find((r) => r.gates && r.fanOut && !own.includes(r))?.fanOut;

      const tests = `${listing(suite.evidence.slice(0, 2))}${suite.evidence.length > 2 ? '…' : ''}`;
      const late = own[0];
      if (late) {
        const file = workflows.find((w) => w.workflow === late.workflow)!.path;
        report({
          messageId: 'afterMerge',
          data: { service: serviceLabel(service), tests, events: late.events, workflow: file },
          location: { ...late.workflow.location, path: file },
          anchor: `service:${service}`,
          related: [{ path: late.path, startLine: late.line, message: `runs the tests of ${serviceLabel(service)}` }],
        });
        continue;
      }
      if (!main) {
        report({ messageId: 'noCi', data: { service: serviceLabel(service), tests }, location: null, anchor: `service:${service}` });
        continue;
      }
      // The service's own pipeline (its steps run in its folder: `defaults.run.working-directory: services/admin`) is where its test job belongs.
      const home =
        service === '.' ? undefined : workflows.find(({ workflow }) => workflow.jobs.some((job) => gates(workflow, job) && job.steps.some((s) => s.workingDirectory !== null && s.workingDirectory !== '.' && isWithin(s.workingDirectory, service))));
      const at = home ?? main;
      const commands = ran.size > 0 ? [...ran] : [...(ranAfter.get(at.workflow) ?? [])];
      report({
        messageId: 'notRun',
        data: {
          service: serviceLabel(service),
          tests,
          ran: passedBy
            ? `\`${passedBy.command}\` runs the \`${passedBy.script}\` script of each workspace that defines one, and ${serviceLabel(service)} defines none`
            : commands.length > 0 ? `the pipelines run ${listing(commands.slice(0, 6).map((c) => `\`${c}\``))}` : 'the pipelines run no shell command',
        },
        location: jobsLocation(at.path, at.workflow),
        anchor: `service:${service}`,
        related: workflows.filter((w) => w !== at).map((w) => ({ path: w.path, startLine: w.workflow.location.startLine, message: `${w.workflow.name} runs no tests of ${serviceLabel(service)}` })),
      });
    }
  },
};

interface Suite {
  ecosystems: Set<Ecosystem>;
  evidence: string[];
}

/** Whether the package manifest of a service defines a script of that name that does its own work (not a fan-out to the workspaces). */
function definesScript(facts: FactIndex, service: string, name: string): boolean {
  const manifest = facts.byPath.get(service === '.' ? 'package.json' : `${service}/package.json`);
  const script = manifest?.scripts.find((s) => s.name === name);
  return script !== undefined && !DELEGATES.test(script.command);
}

/** Services with tests: test files under their folder, or a real `test` script in their package.json. */
function testSuites(facts: FactIndex): Map<string, Suite> {
  const suites = new Map<string, Suite>();
  const add = (service: string, ecosystem: Ecosystem, evidence: string) => {
    const suite = suites.get(service) ?? { ecosystems: new Set<Ecosystem>(), evidence: [] };
    suite.ecosystems.add(ecosystem);
    if (!suite.evidence.includes(evidence)) suite.evidence.push(evidence);
    suites.set(service, suite);
  };
  for (const p of facts.paths()) {
    const ecosystem: Ecosystem | null = JS_TEST_FILE.test(p) ? 'js' : PY_TEST_FILE.test(p) ? 'python' : GO_TEST_FILE.test(p) ? 'go' : null;
    if (ecosystem) add(facts.serviceOf(p), ecosystem, p);
  }
  for (const f of facts.fileFacts) {
    for (const s of f.scripts) {
      // A root script that only delegates to the workspaces is not a suite of its own.
      if (s.name === 'test' && !/no test specified|exit 1$|^echo\b/.test(s.command) && !DELEGATES.test(s.command)) add(facts.serviceOf(f.path), 'js', `"test": "${s.command}" in ${f.path}`);
    }
  }
  return suites;
}

/**
 * Whether a job runs on a change before it is merged: on pull requests or the merge queue, or on a push
 * to any branch (which includes every pull request's branch). A push to `main` only runs after the merge.
 */
function gates(workflow: CiWorkflowFact, job: CiJobFact): boolean {
  // A job's own narrowing (GitLab `only: [main]`) names the branches a push means.
  if (job.triggers) return job.triggers.some((t) => GATING_EVENTS.has(t));
  if (workflow.triggers.some((t) => GATING_EVENTS.has(t))) return true;
  return workflow.triggers.includes('push') && (workflow.pushBranches === undefined || workflow.pushBranches.some((b) => b === '*' || b === '**'));
}

/** Whether a job runs when the code changes (a push, a pull request, the merge queue), before or after the merge: not on a schedule or by hand. */
function runsOnChanges(workflow: CiWorkflowFact, job: CiJobFact): boolean {
  return (job.triggers ?? workflow.triggers).some((t) => t === 'push' || GATING_EVENTS.has(t));
}

/** `push to main`, `schedule`, `workflow_dispatch`: what starts a job, for messages. */
function describeEvents(workflow: CiWorkflowFact, job: CiJobFact): string {
  const triggers = job.triggers ?? workflow.triggers;
  const words = triggers.map((t) => {
    if (t !== 'push' || job.triggers || workflow.pushBranches === undefined) return t;
    return workflow.pushBranches.length === 0 ? 'push of a tag' : `push to ${alternatives(workflow.pushBranches)}`;
  });
  return alternatives(words);
}

/** `a, b or c` */
function alternatives(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

/** A workflow's jobs (from its `jobs:` key), as the place a missing test job belongs. */
function jobsLocation(file: string, workflow: CiWorkflowFact) {
  const first = workflow.jobs[0];
  const last = workflow.jobs[workflow.jobs.length - 1];
  if (!first || !last) return { ...workflow.location, path: file };
  return { path: file, startLine: Math.min(workflow.jobsLine ?? first.line, first.line), endLine: Math.max(first.line, last.endLine), startColumn: 1, endColumn: 1 };
}

function splitCommands(run: string): string[] {
  return run.split(/\n|&&|\|\||;/).map((c) => c.trim()).filter((c) => c && !c.startsWith('#'));
}

/** What every command of a run is judged with, built once per run. */
interface Context {
  facts: FactIndex;
  commands: readonly RegExp[];
  workspaces: Workspaces;
}

/** Whether a shell command runs tests, and where (following `cd`, `--prefix`, workspace selectors and package.json scripts). */
function testRuns(context: Context, command: string, step: CiStepFact, depth: number, scriptDir?: string): Found[] {
  const { facts, commands } = context;
  let dir = scriptDir ?? step.workingDirectory ?? '.';
  const cd = /^cd\s+(\S+)\s*$/.exec(command);
  if (cd) return [];
  // `cd services/reports && pytest` was split: find the `cd` before this command in the step.
  if (!scriptDir && step.run) {
    const before = step.run.slice(0, step.run.indexOf(command));
    const lastCd = [...before.matchAll(/\bcd\s+([^\s;&|]+)/g)].pop();
    if (lastCd) dir = path.posix.normalize(path.posix.join(dir, lastCd[1]!.replace(/^["']|["']$/g, ''))).replace(/\/$/, '') || '.';
  }
  // `pnpm --filter @acme/api test`, `npm test -w apps/api`, `yarn workspace @acme/api test`, `turbo run test --filter=@acme/api`:
  // the tests of those workspaces only. A selector that cannot be resolved (`...[origin/main]`) is taken as every workspace.
  const scoped = depth <= 3 ? workspaceCommand(command) : null;
  const folders = scoped ? context.workspaces.folders(scoped.selectors, dir) : null;
  if (scoped && folders) {
    return folders.flatMap((folder) => (scoped.exec !== null ? testRuns(context, scoped.exec, step, depth + 1, folder) : scoped.scripts.flatMap((script) => testRuns(context, `npm run ${script}`, step, depth + 1, folder))));
  }
  // `yarn workspaces foreach run test`, `lerna run test --stream`, `turbo run test`: every workspace's own tests.
  const fanned = DELEGATES.test(command) && JS_COMMAND.test(command) ? FANNED_SCRIPT.exec(command)?.[1] : undefined;
  if (fanned) return [{ dir, ecosystem: 'js', fanOut: { script: fanned, command: command.trim() } }];
  if (matchesAny(command, commands)) {
    const target = /\b(?:pytest|py\.test|go\s+test)\s+(?:-\S+\s+)*([\w./-]+)/.exec(command)?.[1];
    const runDir = target && !target.startsWith('-') && !target.startsWith('./...') ? path.posix.normalize(path.posix.join(dir, target)).replace(/\/(?:\.\.\.)?$/, '') : dir;
    const ecosystem: Ecosystem | 'any' = PYTHON_COMMAND.test(command) ? 'python' : /\bgo\s+test\b/.test(command) ? 'go' : JS_COMMAND.test(command) ? 'js' : 'any';
    return [{ dir: runDir === '' ? '.' : runDir, ecosystem }];
  }
  const script = SCRIPT_CALL.exec(command);
  if (!script || depth > 3) return [];
  const name = script[3]!;
  if (!script[2] && NPM_BUILTINS.has(name)) return [];
  const scriptRoot = script[1] ? path.posix.normalize(path.posix.join(dir, script[1])) : dir;
  const manifest = scriptRoot === '.' ? 'package.json' : `${scriptRoot}/package.json`;
  const manifestFacts = facts.byPath.get(manifest);
  // No package.json there (`docker compose run api npm test`): the script cannot be followed, and is taken at its word.
  if (!manifestFacts) return name.startsWith('test') ? [{ dir: scriptRoot, ecosystem: 'any' }] : [];
  const defined = manifestFacts.scripts.find((s) => s.name === name);
  // A script that is not defined here runs nowhere (`pnpm -r test` and `npm test --workspaces` are fan-outs, found above).
  if (!defined) return [];
  // The root's `"test": "turbo run test"` runs what the fan-out runs.
  return splitCommands(defined.command).flatMap((inner) => testRuns(context, inner, step, depth + 1, scriptRoot));
}

/** A command that runs a script (or a binary, `exec`) in selected workspaces of a monorepo. */
interface WorkspaceCommand {
  selectors: string[];
  scripts: string[];
  exec: string | null;
}

/** Flags of package managers that take a value, so the value is not read as the script name. */
const VALUED_FLAG = /^(?:-C|--dir|--prefix|--cwd|--concurrency|--workspace-concurrency|--reporter|--loglevel|--cache-dir|--output-logs|--log-order|--env-mode|--ignore|--since|--stream-prefix)$/;

function workspaceCommand(command: string): WorkspaceCommand | null {
  const tokens = command.trim().split(/\s+/).map((t) => t.replace(/^["']|["']$/g, ''));
  const at = tokens.findIndex((t) => /^(?:pnpm|npm|yarn|turbo|lerna)$/.test(t));
  if (at < 0 || at > 2) return null;
  let tool = tokens[at]!;
  let rest = tokens.slice(at + 1);
  // `pnpm turbo run test --filter …`, `yarn lerna run test --scope …`, `npm exec -- turbo …`.
  const inner = rest.findIndex((t) => t === 'turbo' || t === 'lerna');
  if (inner >= 0 && inner <= 2 && rest.slice(0, inner).every((t) => t === 'exec' || t === 'dlx' || t === '--' || t === 'run')) {
    tool = rest[inner]!;
    rest = rest.slice(inner + 1);
  }
  const selectors: string[] = [];
  const words: string[] = [];
  if (tool === 'yarn' && rest[0] === 'workspace' && rest[1]) {
    selectors.push(rest[1]);
    words.push(...rest.slice(2));
  } else {
    const selectorFlags = tool === 'npm' ? /^(?:-w|--workspace)$/ : tool === 'lerna' ? /^--scope$/ : tool === 'yarn' ? null : /^(?:-F|--filter)$/;
    if (!selectorFlags) return null;
    for (let i = 0; i < rest.length; i++) {
      const token = rest[i]!;
      const [flag, value] = token.includes('=') ? [token.slice(0, token.indexOf('=')), token.slice(token.indexOf('=') + 1)] : [token, null];
      if (selectorFlags.test(flag)) {
        const selector = value ?? rest[++i];
        if (selector) selectors.push(selector);
      } else if (token === '--') {
        break;
      } else if (token.startsWith('-')) {
        if (value === null && VALUED_FLAG.test(token)) i++;
      } else {
        words.push(token);
      }
    }
  }
  if (selectors.length === 0) return null;
  if (words[0] === 'exec' || words[0] === 'x') return { selectors, scripts: [], exec: words.slice(1).join(' ') };
  // `npm ci -w apps/api`, `pnpm --filter api add zod`: the package manager's own commands, not scripts.
  if (tool !== 'turbo' && tool !== 'lerna' && words[0] !== undefined && NPM_BUILTINS.has(words[0])) return { selectors, scripts: [], exec: null };
  const scripts = words[0] === 'run' || words[0] === 'run-script' ? words.slice(1) : words.slice(0, 1);
  // turbo and lerna run several tasks at once (`turbo run lint test`); a package manager runs one script, its arguments follow.
  return { selectors, scripts: tool === 'turbo' || tool === 'lerna' ? scripts : scripts.slice(0, 1), exec: null };
}

/** The repository's package.json files and the globs selectors name, read and compiled once per run: many CI commands select workspaces. */
class Workspaces {
  private readonly manifests: { folder: string; name: string | null }[];
  private readonly globs = new Map<string, picomatch.Matcher>();

  constructor(facts: FactIndex) {
    this.manifests = [...facts.fileFacts]
      .filter((f) => /(?:^|\/)package\.json$/.test(f.path))
      .map((f) => ({ folder: path.posix.dirname(f.path), name: f.packages[0]?.name ?? null }));
  }

  private isMatch(value: string, glob: string): boolean {
    let matcher = this.globs.get(glob);
    if (!matcher) this.globs.set(glob, (matcher = picomatch(glob)));
    return matcher(value);
  }

  /**
   * The folders of the workspaces selectors name: a package name or a glob of names (`@acme/api`,
   * `@acme/*`), a folder relative to where the command runs (`./apps/api`, `{apps/*}`, npm's
   * `-w apps/api`), an exclusion (`!@acme/web`). Null when one cannot be resolved: dependency
   * graphs (`@acme/api...`), changed-since filters (`[origin/main]`) or a name no manifest has.
   */
  folders(selectors: readonly string[], fromDir: string): string[] | null {
    const manifests = this.manifests;
    const chosen = new Set<string>();
    const excluded = new Set<string>();
    for (const raw of selectors) {
      const negated = raw.startsWith('!');
      let selector = negated ? raw.slice(1) : raw;
      if (/\.\.\.|\[|\^/.test(selector) || selector === '') return null;
      const braced = /^\{(.*)\}$/.exec(selector);
      if (braced) selector = braced[1]!;
      const byName = braced ? [] : manifests.filter((m) => m.name !== null && this.isMatch(m.name, selector));
      const folder = path.posix.normalize(path.posix.join(fromDir, selector)).replace(/\/$/, '');
      const byFolder = byName.length > 0 ? [] : manifests.filter((m) => this.isMatch(m.folder, folder));
      const found = [...byName, ...byFolder].map((m) => m.folder);
      if (found.length === 0) return null;
      for (const f of found) (negated ? excluded : chosen).add(f);
    }
    const base = chosen.size > 0 ? [...chosen] : manifests.map((m) => m.folder).filter((f) => f !== '.' && f !== fromDir);
    return base.filter((f) => !excluded.has(f)).toSorted(compare);
  }
}
