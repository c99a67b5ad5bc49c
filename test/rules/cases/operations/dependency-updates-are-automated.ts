import type { RuleCases } from '../../rule-tester.js';

const pkg = '{"name":"app","dependencies":{"express":"^5.0.0"}}';
const dependabot = (extra = '') => `version: 2\nupdates:\n  - package-ecosystem: npm\n    directory: /\n    schedule:\n      interval: weekly\n${extra}`;

const cases: RuleCases = {
  valid: [
    { name: '.github/dependabot.yml', files: { 'package.json': pkg, '.github/dependabot.yml': dependabot() } },
    { name: '.github/dependabot.yaml is read too', files: { 'package.json': pkg, '.github/dependabot.yaml': dependabot('    open-pull-requests-limit: 5\n') } },
    { name: 'renovate.json', files: { 'package.json': pkg, 'renovate.json': '{ "extends": ["config:recommended"] }\n' } },
    { name: '.renovaterc (JSON5)', files: { 'package.json': pkg, '.renovaterc': "{\n  // weekly\n  extends: ['config:recommended'],\n}\n" } },
    { name: 'package.json#renovate', files: { 'package.json': '{"name":"app","renovate":{"extends":["config:recommended"]}}' } },
    { name: 'lookalike: a workflow named after the bot is not a misplaced config', files: { 'package.json': pkg, '.github/dependabot.yml': dependabot(), '.github/workflows/dependabot-automerge.yml': 'on: pull_request\njobs:\n  merge:\n    runs-on: ubuntu-latest\n    steps:\n      - run: gh pr merge --auto\n' } },
  ],
  invalid: [
    { name: 'nothing configured', files: { 'package.json': pkg }, gaps: [{ messageId: 'missing', path: null, includes: ['npm'] }] },
    {
      name: 'lookalike: Dependabot file with a wrong name',
      files: { 'package.json': pkg, '.github/dependabots.yml': dependabot() },
      gaps: [{ messageId: 'broken', path: '.github/dependabots.yml', includes: ['never reads'] }],
    },
    {
      name: 'lookalike: Dependabot file outside .github',
      files: { 'package.json': pkg, 'dependabot.yml': dependabot() },
      gaps: [{ messageId: 'broken', path: 'dependabot.yml' }],
    },
    {
      name: 'lookalike: open-pull-requests-limit 0',
      files: { 'package.json': pkg, '.github/dependabot.yml': dependabot('    open-pull-requests-limit: 0\n') },
      gaps: [{ messageId: 'broken', path: '.github/dependabot.yml', includes: ['open-pull-requests-limit: 0'] }],
    },
    { name: 'Renovate switched off', files: { 'package.json': pkg, 'renovate.json': '{ "enabled": false }\n' }, gaps: [{ messageId: 'broken', path: 'renovate.json', includes: ['switched off'] }] },
    {
      name: 'version 1 syntax and a missing schedule',
      files: { 'package.json': pkg, '.github/dependabot.yml': 'version: 1\nupdates:\n  - package-ecosystem: npm\n    directory: /\n' },
      gaps: [{ messageId: 'broken', path: '.github/dependabot.yml', includes: ['version', 'schedule.interval'] }],
    },
    {
      name: 'the Python service is not covered',
      files: { 'package.json': pkg, 'services/reports/requirements.txt': 'fastapi\n', '.github/dependabot.yml': dependabot() },
      gaps: [{ messageId: 'uncovered', path: '.github/dependabot.yml', includes: ['pip', 'services/reports/requirements.txt'] }],
    },
  ],
};
export default cases;
