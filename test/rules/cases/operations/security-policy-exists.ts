import type { RuleCases } from '../../rule-tester.js';

const policy = '# Security policy\n\nReport vulnerabilities to security@acme.example.\n';

const cases: RuleCases = {
  valid: [
    { name: 'SECURITY.md at the root', files: { 'SECURITY.md': policy } },
    { name: '.github/SECURITY.md', files: { '.github/SECURITY.md': policy } },
    { name: 'docs/SECURITY.md', files: { 'docs/SECURITY.md': policy } },
  ],
  invalid: [
    { name: 'no policy', files: { 'README.md': '# App\n' }, gaps: [{ messageId: 'missing', path: null }] },
    {
      name: 'lookalike: a security document in a place GitHub does not read',
      files: { 'apps/api/SECURITY.md': policy, 'docs/security/architecture.md': '# Security architecture\n' },
      gaps: [{ messageId: 'missing', path: null, includes: ['apps/api/SECURITY.md'] }],
    },
  ],
};
export default cases;
