import path from 'node:path';
import type { FactIndex } from '../../core/fact-index.js';
import type { CiJobFact, CiStepFact, CiWorkflowFact } from '../../core/facts.js';
import { compare, isWithin, listing, serviceLabel } from '../environment.js';
import type { RuleCheck } from '../types.js';
import { matchesAny, patterns } from '../types.js';

const JS_TEST_FILE = /(?:^|\/)(?:__tests__\/.+|[^/]+\.(?:test|spec))\.[cm]?[jt]sx?$|(?:^|\/)(?:test|tests|e2e)\/.+\.[cm]?[jt]sx?$/;
const PY_TEST_FILE = /(?:^|\/)(?:test_[^/]+|[^/]+_test|conftest)\.py$|(?:^|\/)tests?\/.+\.py$/;
const GO_TEST_FILE = /_test\.go$/;
const PUSH_EVENTS = new Set(['push', 'pull_request', 'pull_request_target', 'merge_group']);
/** `npm test`, `npm run test:unit`, `pnpm -r test`, `yarn workspace x test`, `bun run test`… → the script name. */
const SCRIPT_CALL = /\b(?:npm|pnpm|yarn|bun)\s+(?:(?:--prefix|-C|--cwd|--dir)\s+(\S+)\s+)?(?:(?:-r|--recursive|-ws|--workspaces|--if-present|--silent|-s)\s+)*(run(?:-script)?\s+)?(?:(?:-r|--recursive|-ws|--workspaces|--if-present|--silent|-s)\s+)*([\w:.-]+)/;
const NPM_BUILTINS = new Set(['install', 'ci', 'i', 'add', 'exec', 'x', 'dlx', 'audit', 'publish', 'pack', 'version', 'config', 'cache', 'set', 'link']);
const DELEGATES = /--workspaces|-ws\b|\s-r\b|--recursive|--filter\b|\bworkspaces?\s+(?:foreach|run)\b/;
/** The language a test command belongs to. */
const PYTHON_COMMAND = /\b(?:pytest|py\.test|tox|nox|unittest|manage\.py)\b/;
const JS_COMMAND = /\b(?:npm|pnpm|yarn|bun|npx|jest|vitest|mocha|ava|playwright|cypress|karma|node|deno|turbo|nx|lerna)\b/;

type Ecosystem = 'js' | 'python' | 'go';

interface TestRun {
  dir: string;
  ecosystem: Ecosystem | 'any';
  line: number;
  path: string;
}

export const testsRunInCi: RuleCheck = {
  id: 'operations/tests-run-in-ci',
  check({ facts, options, report }) {
    const commands = patterns(options, 'testCommands');
    const actions = patterns(options, 'testActions');
    const suites = testSuites(facts);
    if (suites.size === 0) return 'not-applicable';
    const workflows = [...facts.fileFacts].flatMap((f) => f.ciWorkflows.map((w) => ({ path: f.path, workflow: w }))).toSorted((a, b) => compare(a.path, b.path));
    const runs: TestRun[] = [];
    const ran = new Set<string>();
    const byPath = new Map(workflows.map((w) => [w.path, w.workflow]));
    const collect = (file: string, jobs: readonly CiJobFact[], depth: number) => {
      for (const job of jobs) {
        for (const step of job.steps) {
          // A reusable workflow (`uses: ./.github/workflows/test.yml`) runs with its caller's triggers.
          const called = step.uses?.startsWith('./') ? byPath.get(step.uses.slice(2)) : undefined;
          if (called && depth < 2) collect(step.uses!.slice(2), called.jobs, depth + 1);
          if (step.uses && matchesAny(step.uses, actions)) runs.push({ dir: step.workingDirectory ?? '.', ecosystem: 'any', line: step.line, path: file });
          for (const command of splitCommands(step.run ?? '')) {
            const run = testRun(facts, commands, command, step, 0);
            if (run) runs.push({ ...run, line: step.line, path: file });
            else if (command.trim()) ran.add(command.trim().split(/\s+/).slice(0, 3).join(' '));
          }
        }
      }
    };
    for (const { path: file, workflow } of workflows) {
      collect(file, workflow.jobs.filter((job) => (job.triggers ?? workflow.triggers).some((t) => PUSH_EVENTS.has(t))), 0);
    }
    const main = workflows.find(({ workflow }) => workflow.triggers.some((t) => PUSH_EVENTS.has(t))) ?? workflows[0];
    for (const [service, suite] of [...suites].toSorted(([a], [b]) => compare(a, b))) {
      if (runs.some((r) => isWithin(service, r.dir) && (r.ecosystem === 'any' || suite.ecosystems.has(r.ecosystem)))) continue;
      const tests = `${listing(suite.evidence.slice(0, 2))}${suite.evidence.length > 2 ? '…' : ''}`;
      if (!main) {
        report({ messageId: 'noCi', data: { service: serviceLabel(service), tests }, location: null, anchor: `service:${service}` });
        continue;
      }
      report({
        messageId: 'notRun',
        data: { service: serviceLabel(service), tests, ran: ran.size > 0 ? `the pipelines run ${listing([...ran].slice(0, 6).map((c) => `\`${c}\``))}` : 'the pipelines run no shell command' },
        location: jobsLocation(main.path, main.workflow),
        anchor: `service:${service}`,
        related: workflows.filter((w) => w !== main).map((w) => ({ path: w.path, startLine: w.workflow.location.startLine, message: `${w.workflow.name} runs no tests of ${serviceLabel(service)}` })),
      });
    }
  },
};

interface Suite {
  ecosystems: Set<Ecosystem>;
  evidence: string[];
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

/** A workflow's jobs, as the place a missing test job belongs. */
function jobsLocation(file: string, workflow: CiWorkflowFact) {
  const first = workflow.jobs[0];
  const last = workflow.jobs[workflow.jobs.length - 1];
  if (!first || !last) return { ...workflow.location, path: file };
  return { path: file, startLine: first.line, endLine: Math.max(first.line, last.endLine), startColumn: 1, endColumn: 1 };
}

function splitCommands(run: string): string[] {
  return run.split(/\n|&&|\|\||;/).map((c) => c.trim()).filter((c) => c && !c.startsWith('#'));
}

/** Whether a shell command runs tests, and where (following `cd`, `--prefix` and package.json scripts). */
function testRun(facts: FactIndex, commands: readonly RegExp[], command: string, step: CiStepFact, depth: number, scriptDir?: string): { dir: string; ecosystem: Ecosystem | 'any' } | null {
  let dir = scriptDir ?? step.workingDirectory ?? '.';
  const cd = /^cd\s+(\S+)\s*$/.exec(command);
  if (cd) return null;
  // `cd services/reports && pytest` was split: find the `cd` before this command in the step.
  if (!scriptDir && step.run) {
    const before = step.run.slice(0, step.run.indexOf(command));
    const lastCd = [...before.matchAll(/\bcd\s+([^\s;&|]+)/g)].pop();
    if (lastCd) dir = path.posix.normalize(path.posix.join(dir, lastCd[1]!.replace(/^["']|["']$/g, ''))).replace(/\/$/, '') || '.';
  }
  // `yarn workspaces foreach run test`, `lerna run test --stream`: every workspace's own tests.
  if (DELEGATES.test(command) && /\btest\b/.test(command) && JS_COMMAND.test(command)) return { dir, ecosystem: 'js' };
  if (matchesAny(command, commands)) {
    const target = /\b(?:pytest|py\.test|go\s+test)\s+(?:-\S+\s+)*([\w./-]+)/.exec(command)?.[1];
    const runDir = target && !target.startsWith('-') && !target.startsWith('./...') ? path.posix.normalize(path.posix.join(dir, target)).replace(/\/(?:\.\.\.)?$/, '') : dir;
    const ecosystem: Ecosystem | 'any' = PYTHON_COMMAND.test(command) ? 'python' : /\bgo\s+test\b/.test(command) ? 'go' : JS_COMMAND.test(command) ? 'js' : 'any';
    return { dir: runDir === '' ? '.' : runDir, ecosystem };
  }
  const script = SCRIPT_CALL.exec(command);
  if (!script || depth > 3) return null;
  const name = script[3]!;
  if (!script[2] && NPM_BUILTINS.has(name)) return null;
  const scriptRoot = script[1] ? path.posix.normalize(path.posix.join(dir, script[1])) : dir;
  const manifest = scriptRoot === '.' ? 'package.json' : `${scriptRoot}/package.json`;
  const manifestFacts = facts.byPath.get(manifest);
  // No package.json there (`docker compose run api npm test`): the script cannot be followed, and is taken at its word.
  if (!manifestFacts) return name.startsWith('test') ? { dir: scriptRoot, ecosystem: 'any' } : null;
  const defined = manifestFacts.scripts.find((s) => s.name === name);
  if (!defined) {
    // `pnpm -r test`, `npm test --workspaces`: every workspace's own test script.
    return name.startsWith('test') && DELEGATES.test(command) ? { dir: scriptRoot, ecosystem: 'js' } : null;
  }
  if (name.startsWith('test') && DELEGATES.test(defined.command)) return { dir: scriptRoot, ecosystem: 'js' };
  for (const inner of splitCommands(defined.command)) {
    const run = testRun(facts, commands, inner, step, depth + 1, scriptRoot);
    if (run) return run;
  }
  return null;
}
