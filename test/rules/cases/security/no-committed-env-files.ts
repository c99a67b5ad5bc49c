import type { RuleCases } from '../../rule-tester.js';

const cases: RuleCases = {
  valid: [
    { name: 'template with empty values', files: { '.env.example': 'DATABASE_URL=\nSTRIPE_SECRET_KEY=\nPORT=4000\n' } },
    { name: 'env file without credentials', files: { '.env': 'PORT=4000\nLOG_LEVEL=debug\nNEXT_PUBLIC_APP_NAME=acme\n' } },
    { name: 'local development placeholders', files: { '.env.development': 'DATABASE_URL=postgres://postgres:postgres@localhost:5432/app\nSESSION_SECRET=changeme\n' } },
    { name: 'test fixture env file', files: { 'test/fixtures/app/.env': 'JWT_SECRET=9fK2mQ7vX4pL8sR1tY6wZ3nB5cJ0hG\n' } },
    { name: 'lookalike: names with KEYS that are not credentials', files: { '.env': 'KEYS_DIR=/etc/app/keys\nMONKEYS=3\nHOTKEYS_ENABLED=true\n' } },
    { name: 'git-ignored env file is not scanned', files: { '.gitignore': '.env\n', '.env': 'JWT_SECRET=9fK2mQ7vX4pL8sR1tY6wZ3nB5cJ0hG\n' } },
  ],
  invalid: [
    {
      name: 'production env file with real credentials',
      files: { 'apps/api/.env.production': 'PORT=4000\nDATABASE_URL=postgres://app:Zx81kPq02Lmn@db.internal:5432/app\nSTRIPE_SECRET_KEY=rk_prod_abc123def456\n' },
      gaps: [{ messageId: 'committed', path: 'apps/api/.env.production', line: 2, includes: ['DATABASE_URL', 'STRIPE_SECRET_KEY', '2 credential values'], excludes: ['Zx81kPq02Lmn'] }],
    },
    {
      name: 'plain .env with a signing secret',
      files: { '.env': 'JWT_SECRET=9fK2mQ7vX4pL8sR1tY6wZ3nB5cJ0hG\n' },
      gaps: [{ messageId: 'committed', path: '.env', line: 1, includes: ['JWT_SECRET'] }],
    },
    {
      name: 'plural credential names: session keys and API tokens',
      files: { '.env': 'NODE_ENV=production\nSESSION_KEYS=4f1d9c2a7e6b8f03a5c1d7e9b2f4a6c8,8e2b6d4f0a7c9e1b3d5f7a9c1e3b5d7f\nAPI_TOKENS=q8Zr4Lw9Xv2Nt6Bm1Kc7\n' },
      gaps: [{ messageId: 'committed', path: '.env', line: 2, includes: ['SESSION_KEYS, API_TOKENS', '2 credential values'] }],
    },
  ],
};
export default cases;
