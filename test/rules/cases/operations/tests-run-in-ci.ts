import type { RuleCases } from '../../rule-tester.js';

const pkg = JSON.stringify({ name: 'api', scripts: { lint: 'eslint .', test: 'vitest run', ci: 'npm run lint && npm run test' } }, null, 2);
const workspace = (name: string) => JSON.stringify({ name, scripts: { build: 'tsc', test: 'vitest run' } });
/** A pnpm monorepo with two tested workspaces, apps/api (@acme/api) and apps/worker (@acme/worker). */
const monorepo = {
  'package.json': JSON.stringify({ name: 'acme', private: true, scripts: { test: 'pnpm -r test' } }),
  'apps/api/package.json': workspace('@acme/api'),
  'apps/api/test/a.test.ts': 'it("x", () => {});\n',
  'apps/worker/package.json': workspace('@acme/worker'),
  'apps/worker/test/w.test.ts': 'it("x", () => {});\n',
};
/** The same monorepo orchestrated from the root: its scripts only fan out to the workspaces. */
const orchestrated = (test: string) => ({ ...monorepo, 'package.json': JSON.stringify({ name: 'acme', private: true, scripts: { build: 'turbo run build', lint: 'turbo run lint', test } }) });
const workflow = (steps: string, on = 'on: [push, pull_request]') => `name: CI\n${on}\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n${steps}`;

/** A monorepo with a Django admin (its app's tests in `support/tests.py`) and a FastAPI api, one workflow each, steps run in the service folder by the workflow's defaults. */
const serviceWorkflow = (service: string, steps: string) =>
  `name: ${service}\non:\n  pull_request:\n    paths: ["services/${service}/**"]\ndefaults:\n  run:\n    working-directory: services/${service}\njobs:\n  check:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: pip install -r requirements.txt\n${steps}`;
const django = (adminSteps: string) => ({
  'services/admin/requirements.txt': 'django\n',
  'services/admin/manage.py': 'import sys\nfrom django.core.management import execute_from_command_line\nexecute_from_command_line(sys.argv)\n',
  'services/admin/support/tests.py': 'from django.test import TestCase\n\nclass CustomerTests(TestCase):\n    def test_list(self):\n        self.assertTrue(True)\n',
  'services/api/requirements.txt': 'fastapi\npytest\n',
  'services/api/tests/test_api.py': 'def test_x():\n    assert True\n',
  '.github/workflows/admin.yml': serviceWorkflow('admin', adminSteps),
  '.github/workflows/api.yml': serviceWorkflow('api', '      - run: pytest -q\n'),
});

const cases: RuleCases = {
  valid: [
    {
      name: 'lookalike: tests run on pull requests; a nightly backup workflow that sorts first runs none and needs none',
      files: {
        'package.json': pkg,
        'test/app.test.ts': 'it("x", () => {});\n',
        '.github/workflows/backup.yml': "name: Nightly backup\non:\n  schedule:\n    - cron: '30 2 * * *'\njobs:\n  dump:\n    runs-on: ubuntu-latest\n    steps:\n      - run: pg_dump \"$DATABASE_URL\" -Fc -f nightly.dump\n",
        '.github/workflows/ci.yml': workflow('      - run: npm ci\n      - run: npm test\n', 'on: [pull_request]'),
      },
    },
    { name: "Django: the admin workflow runs `manage.py test`, which runs the app's tests.py", files: django('      - run: ruff check .\n      - run: python manage.py test\n') },
    {
      name: 'GitLab test job with rules for main and for merge requests',
      files: { 'package.json': pkg, 'test/app.test.ts': 'it("x", () => {});\n', '.gitlab-ci.yml': 'test:\n  rules:\n    - if: \'$CI_COMMIT_BRANCH == "main"\'\n    - if: \'$CI_PIPELINE_SOURCE == "merge_request_event"\'\n  script:\n    - npx vitest run\n' },
    },
    {
      name: 'lookalike: a GitLab rule that excludes main (!=) still runs on every other branch',
      files: { 'package.json': pkg, 'test/app.test.ts': 'it("x", () => {});\n', '.gitlab-ci.yml': 'test:\n  rules:\n    - if: \'$CI_COMMIT_BRANCH != "main"\'\n  script:\n    - npx vitest run\n' },
    },
    { name: 'npm test on push', files: { 'package.json': pkg, 'test/app.test.ts': 'it("works", () => {});\n', '.github/workflows/ci.yml': workflow('      - run: npm ci\n      - run: npm test\n') } },
    { name: 'npm run ci followed to vitest through package scripts', files: { 'package.json': pkg, 'test/app.test.ts': 'it("x", () => {});\n', '.github/workflows/ci.yml': workflow('      - run: npm run ci\n') } },
    {
      name: 'monorepo: pytest in the service folder and npm test in the API folder',
      files: {
        'apps/api/package.json': pkg,
        'apps/api/test/app.test.ts': 'it("x", () => {});\n',
        'services/reports/requirements.txt': 'pytest\n',
        'services/reports/tests/test_reports.py': 'def test_x():\n    assert True\n',
        '.github/workflows/ci.yml': workflow('      - run: npm test\n        working-directory: apps/api\n      - run: cd services/reports && pytest -q\n'),
      },
    },
    { name: 'GitLab CI job', files: { 'package.json': pkg, 'src/app.spec.ts': 'it("x", () => {});\n', '.gitlab-ci.yml': 'stages: [test]\ntest:\n  stage: test\n  script:\n    - npm ci\n    - npx vitest run\n' } },
    {
      name: 'a reusable workflow called by the push workflow runs the tests',
      files: {
        'package.json': pkg,
        'test/app.test.ts': 'it("x", () => {});\n',
        '.github/workflows/ci.yml': 'on: [push, pull_request]\njobs:\n  test:\n    uses: ./.github/workflows/test.yml\n',
        '.github/workflows/test.yml': 'on: workflow_call\njobs:\n  vitest:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npx vitest run\n',
      },
    },
    {
      name: 'tests run inside the compose service',
      files: {
        'services/api/requirements.txt': 'pytest\n',
        'services/api/tests/test_api.py': 'def test_x():\n    assert True\n',
        '.github/workflows/ci.yml': workflow('      - run: docker compose run --rm api python -m pytest\n'),
      },
    },
    {
      name: 'yarn workspaces foreach run test',
      files: { 'package.json': '{"name":"root","private":true,"workspaces":["apps/*"]}', 'apps/web/package.json': pkg, 'apps/web/src/a.test.ts': 'it("x", () => {});\n', '.github/workflows/ci.yml': workflow('      - run: yarn workspaces foreach -A run test\n') },
    },
    { name: "monorepo: the root's turbo fan-out script run by CI tests every workspace", files: { ...orchestrated('turbo run test'), '.github/workflows/ci.yml': workflow('      - run: pnpm install\n      - run: pnpm test\n') } },
    { name: 'monorepo: nx run-many and lerna run fan-outs run in CI', files: { ...orchestrated('nx run-many -t test'), '.github/workflows/ci.yml': workflow('      - run: npx nx run-many --target=lint,test\n      - run: npx lerna run test --stream\n') } },
    { name: 'monorepo: each workspace tested through pnpm --filter', files: { ...monorepo, '.github/workflows/ci.yml': workflow('      - run: pnpm --filter @acme/api test\n      - run: pnpm -F=@acme/worker run test\n') } },
    { name: 'monorepo: npm -w by folder and yarn workspace by name', files: { ...monorepo, '.github/workflows/ci.yml': workflow('      - run: npm test -w apps/api\n      - run: yarn workspace @acme/worker test\n') } },
    { name: 'monorepo: turbo with a folder glob and lerna with a name glob', files: { ...monorepo, '.github/workflows/ci.yml': workflow('      - run: npx turbo run lint test --filter=./apps/*\n      - run: lerna run test --scope "@acme/*"\n') } },
    { name: 'monorepo: a changed-since filter cannot be resolved and is taken as every workspace', files: { ...monorepo, '.github/workflows/ci.yml': workflow('      - run: pnpm --filter "...[origin/main]" test\n') } },
    { name: 'monorepo: every workspace but the web app', files: { ...monorepo, 'apps/web/package.json': '{"name":"@acme/web","scripts":{"build":"next build"}}', '.github/workflows/ci.yml': workflow('      - run: pnpm --filter "!@acme/web" test\n') } },
    { name: 'a push to any branch runs on every pull request branch', files: { 'package.json': pkg, 'test/app.test.ts': 'it("x", () => {});\n', '.github/workflows/ci.yml': workflow('      - run: npm test\n', 'on:\n  push:\n    branches-ignore: [gh-pages]') } },
    { name: 'push to main and the merge queue', files: { 'package.json': pkg, 'test/app.test.ts': 'it("x", () => {});\n', '.github/workflows/ci.yml': workflow('      - run: npm test\n', 'on:\n  push:\n    branches: [main]\n  merge_group:') } },
    { name: 'no tests at all: nothing to run', files: { 'package.json': '{"name":"x","scripts":{"test":"echo \\"Error: no test specified\\" && exit 1"}}', '.github/workflows/ci.yml': workflow('      - run: npm run lint\n') } },
  ],
  invalid: [
    {
      name: 'GitLab test job whose rules run it for the main branch only',
      files: { 'package.json': pkg, 'test/app.test.ts': 'it("x", () => {});\n', '.gitlab-ci.yml': 'test:\n  script:\n    - npx vitest run\n  rules:\n    - if: \'$CI_COMMIT_BRANCH == "main"\'\n' },
      gaps: [{ messageId: 'afterMerge', path: '.gitlab-ci.yml', includes: ['run only on push'] }],
    },
    {
      name: 'GitLab test job whose rules run it for the default branch only',
      files: { 'package.json': pkg, 'test/app.test.ts': 'it("x", () => {});\n', '.gitlab-ci.yml': 'test:\n  script:\n    - npx vitest run\n  rules:\n    - if: $CI_COMMIT_REF_NAME == $CI_DEFAULT_BRANCH\n    - if: $CI_COMMIT_TAG\n' },
      gaps: [{ messageId: 'afterMerge', path: '.gitlab-ci.yml' }],
    },
    {
      name: 'lookalike: a CI workflow that only lints',
      files: { 'package.json': pkg, 'test/app.test.ts': 'it("x", () => {});\n', '.github/workflows/ci.yml': workflow('      - run: npm ci\n      - run: npm run lint\n') },
      gaps: [{ messageId: 'notRun', path: '.github/workflows/ci.yml', line: 3, includes: ['`npm run lint`'] }],
    },
    {
      name: 'CI runs on pushes to main and only lints and builds, beside a nightly backup workflow: the gap is on the CI workflow, saying what it runs',
      files: {
        'package.json': pkg,
        'test/app.test.ts': 'it("x", () => {});\n',
        '.github/workflows/backup.yml': "name: Nightly backup\non:\n  schedule:\n    - cron: '30 2 * * *'\n  workflow_dispatch:\njobs:\n  dump:\n    runs-on: ubuntu-latest\n    steps:\n      - run: pg_dump \"$DATABASE_URL\" -Fc -f nightly.dump\n",
        '.github/workflows/ci.yml': workflow('      - run: npm ci\n      - run: npm run lint\n      - run: npm run build\n', 'on:\n  push:\n    branches: [main]'),
      },
      gaps: [{ messageId: 'notRun', path: '.github/workflows/ci.yml', line: 5, includes: ['`npm run lint`', '`npm run build`'] }],
    },
    {
      name: 'lookalike: tests run only on a schedule',
      files: { 'package.json': pkg, 'test/app.test.ts': 'it("x", () => {});\n', '.github/workflows/nightly.yml': workflow('      - run: npm test\n', 'on:\n  schedule:\n    - cron: "0 2 * * *"') },
      gaps: [{ messageId: 'afterMerge', path: '.github/workflows/nightly.yml', includes: ['run only on schedule'] }],
    },
    {
      name: 'lookalike: tests run only on pushes to main, after the merge',
      files: { 'package.json': pkg, 'test/app.test.ts': 'it("x", () => {});\n', '.github/workflows/ci.yml': workflow('      - run: npm test\n', 'on:\n  push:\n    branches: [main]') },
      gaps: [{ messageId: 'afterMerge', path: '.github/workflows/ci.yml', line: 1, includes: ['run only on push to main'] }],
    },
    {
      name: 'lookalike: a GitLab test job limited to the main branch',
      files: { 'package.json': pkg, 'test/app.test.ts': 'it("x", () => {});\n', '.gitlab-ci.yml': 'test:\n  only: [main]\n  script:\n    - npx vitest run\n' },
      gaps: [{ messageId: 'afterMerge', path: '.gitlab-ci.yml', includes: ['run only on push'] }],
    },
    {
      name: 'monorepo: CI tests one workspace through pnpm --filter and only installs and builds the other (npm ci is not its ci script)',
      files: { ...monorepo, 'apps/worker/package.json': JSON.stringify({ name: '@acme/worker', scripts: { build: 'tsc', test: 'vitest run', ci: 'vitest run' } }), '.github/workflows/ci.yml': workflow('      - run: npm ci -w apps/worker\n      - run: pnpm --filter @acme/api test\n      - run: pnpm --filter @acme/worker build\n') },
      gaps: [{ messageId: 'notRun', path: '.github/workflows/ci.yml', includes: ['apps/worker', '`pnpm --filter @acme/worker build`'], excludes: ['apps/api'] }],
    },
    {
      name: 'turborepo root that only orchestrates is not a service of its own: only the untested workspace is reported',
      files: { ...orchestrated('turbo run test'), '.github/workflows/ci.yml': workflow('      - run: pnpm lint\n      - run: pnpm --filter @acme/api test\n      - run: pnpm build\n') },
      gaps: [{ messageId: 'notRun', path: '.github/workflows/ci.yml', includes: ['CI never runs the tests of apps/worker'], excludes: ['the app'] }],
    },
    {
      name: 'lookalike: the fan-out passes by a workspace whose tests have no test script',
      files: { ...orchestrated('turbo run test'), 'packages/shared/package.json': JSON.stringify({ name: '@acme/shared', scripts: { build: 'tsc' } }), 'packages/shared/src/__tests__/money.test.ts': 'it("x", () => {});\n', '.github/workflows/ci.yml': workflow('      - run: pnpm test\n') },
      gaps: [{ messageId: 'notRun', path: '.github/workflows/ci.yml', includes: ['packages/shared', '`turbo run test` runs the `test` script of each workspace that defines one'] }],
    },
    {
      name: 'lookalike: yarn workspace runs the tests of another workspace',
      files: { ...monorepo, '.github/workflows/ci.yml': workflow('      - run: yarn workspace @acme/api test\n      - run: npm test -w apps/api\n') },
      gaps: [{ messageId: 'notRun', path: '.github/workflows/ci.yml', includes: ['apps/worker'] }],
    },
    {
      name: 'monorepo: the Python service tests are never run',
      files: {
        'apps/api/package.json': pkg,
        'apps/api/test/app.test.ts': 'it("x", () => {});\n',
        'services/reports/requirements.txt': 'pytest\n',
        'services/reports/tests/test_reports.py': 'def test_x():\n    assert True\n',
        '.github/workflows/ci.yml': workflow('      - run: npm test\n        working-directory: apps/api\n      - run: ruff check services/reports\n'),
      },
      gaps: [{ messageId: 'notRun', path: '.github/workflows/ci.yml', includes: ['services/reports'] }],
    },
    {
      name: "lookalike: Django, the admin workflow runs `manage.py check` (not test); the api's pytest runs in its own folder (the workflow's defaults), not the admin's",
      files: django('      - run: ruff check .\n      - run: python manage.py check --deploy\n'),
      gaps: [{ messageId: 'notRun', path: '.github/workflows/admin.yml', includes: ['services/admin', 'services/admin/support/tests.py', '`python manage.py check`'] }],
    },
    { name: 'tests and no CI at all', files: { 'package.json': pkg, 'test/app.test.ts': 'it("x", () => {});\n' }, gaps: [{ messageId: 'noCi', path: null }] },
  ],
};
export default cases;
