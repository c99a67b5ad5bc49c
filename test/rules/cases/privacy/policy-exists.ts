import type { RuleCases } from '../../rule-tester.js';

const schema = 'model User {\n  id    String @id\n  email String @unique\n  name  String?\n}\n';

const cases: RuleCases = {
  valid: [
    { name: 'PRIVACY.md at the root', files: { 'prisma/schema.prisma': schema, 'PRIVACY.md': '# Privacy policy\n' } },
    { name: 'Next.js privacy page', files: { 'prisma/schema.prisma': schema, 'apps/web/app/privacy/page.tsx': 'export default function Privacy() { return <main>…</main>; }\n' } },
    { name: 'policy published elsewhere, configured', files: { 'prisma/schema.prisma': schema }, config: { privacy: { policies: ['https://acme.example/privacy'] } } },
    { name: 'no personal data stored', files: { 'prisma/schema.prisma': 'model Metric {\n  id String @id\n  value Int\n}\n' } },
    { name: 'docs/privacy-policy.md', files: { 'prisma/schema.prisma': schema, 'docs/privacy-policy.md': '# Privacy\n' } },
    { name: 'a document titled "Privacy Notice" elsewhere', files: { 'prisma/schema.prisma': schema, 'docs/legal/gdpr-information.md': '# Privacy Notice\n\nWe process your email address to run your account.\n' } },
    { name: 'a template in the usual place', files: { 'prisma/schema.prisma': schema, 'templates/privacy.hbs': '<h1>Privacy</h1>\n' } },
    { name: 'configured repository path that exists', files: { 'prisma/schema.prisma': schema, 'legal/data.md': '# Data we keep\n' }, config: { privacy: { policies: ['legal/data.md'] } } },
  ],
  invalid: [
    {
      name: 'configured policy path that matches no file',
      files: { 'prisma/schema.prisma': schema, 'PRIVACY.md': '# Privacy policy\n' },
      config: { privacy: { policies: ['docs/privacy.md'] } },
      gaps: [{ messageId: 'configuredMissing', path: null, includes: ['docs/privacy.md'] }],
    },
    {
      name: 'User model with email and no policy',
      files: { 'prisma/schema.prisma': schema, 'README.md': '# App\n' },
      gaps: [{ messageId: 'missing', path: 'prisma/schema.prisma', line: 1, includes: ['User', '(email)'] }],
    },
    {
      name: 'lookalike: privacy.ts utility is not a policy',
      files: { 'prisma/schema.prisma': schema, 'src/lib/privacy-utils.ts': 'export const maskEmail = (e: string) => e;\n' },
      gaps: [{ messageId: 'missing', path: 'prisma/schema.prisma' }],
    },
  ],
};
export default cases;
