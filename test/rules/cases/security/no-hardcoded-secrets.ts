import type { RuleCases } from '../../rule-tester.js';

// Built from parts so this test file itself holds no key a scanner would flag.
const STRIPE = ['sk', 'live', '4eC39HqLyjWDarjtT1zdp7dc'].join('_');
const AWS = ['AKIA', 'Z3MPLQ7RWX5TBN2K'].join('');
const GITHUB = ['ghp_', 'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8'].join('');
const FAKE_STRIPE = ['sk', 'live', '51FakeKeyForShipshapeDemo00000'].join('_');
const GITLAB = ['glpat-', 'x7Rk2mQp9LvT4nWs8bYc'].join('');
const SHOPIFY = ['shpat_', '0a1b2c3d4e5f60718293a4b5c6d7e8f9'].join('');

const cases: RuleCases = {
  valid: [
    {
      name: 'lookalike: pydantic BaseSettings credential fields without a default or with an empty one are read from the environment',
      files: { 'app/config.py': 'from pydantic_settings import BaseSettings\n\n\nclass Settings(BaseSettings):\n    jwt_secret: str\n    quote_link_secret: str = Field(default="")\n    crm_webhook_secret: str = ""\n' },
    },
    {
      name: 'the local Compose database: a URL whose host is a service of the same Compose file',
      files: { 'docker-compose.yml': 'services:\n  api:\n    build: .\n    environment:\n      DATABASE_URL: postgres://relaykit:Rk7vQ2pX9mZ4@db:5432/relaykit\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: Rk7vQ2pX9mZ4\n' },
    },
    {
      name: 'a CI job throwaway value that says so (ci, insecure, not-secret)',
      files: { '.github/workflows/admin.yml': 'jobs:\n  check:\n    env:\n      DJANGO_SECRET_KEY: ci-only-not-secret-0123456789abcdefghijklmnopqrstuvwxyz\n      SESSION_SECRET: ci-insecure-4f8a9b2c1d7e6f5a3b9c\n' },
    },
    {
      name: 'Python env reads with empty or placeholder fallbacks, and a fallback in a development settings module',
      files: {
        'proj/settings/base.py': 'import os\nSECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "change-me")\nSTRIPE_SECRET_KEY = os.environ.get("STRIPE_SECRET_KEY", "")\nTWILIO_AUTH_TOKEN = os.getenv("TWILIO_AUTH_TOKEN", "your-twilio-auth-token")\n',
        'proj/settings/dev.py': 'import os\nfrom .base import *\nSECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "p4Lq9#vX2mR8zT1wK6nB3cY7hJ0sD5fG-aE")\n',
      },
    },
    {
      name: 'a SECRET_KEY literal in a Django development settings module (settings/dev.py, settings/local.py)',
      files: {
        'proj/settings/base.py': 'import os\nSECRET_KEY = os.environ["DJANGO_SECRET_KEY"]\n',
        'proj/settings/dev.py': 'from .base import *\nDEBUG = True\nSECRET_KEY = "dev-only-6f1c2a9e8b7d4c3a5e0f9b1d"\n',
        'proj/settings/local.py': 'from .base import *\nSECRET_KEY = "q8Zr4Lw9Xv2Nt6Bm1Kc7Hp3Jd5Fs0Gy"\n',
      },
    },
    {
      name: 'lookalike: a random-looking fallback for a setting that is not a credential',
      files: { 'proj/settings.py': 'import os\nBUILD_ID = os.environ.get("BUILD_ID", "p4Lq9vX2mR8zT1wK6nB3cY7hJ0sD5fG")\n' },
    },
    {
      name: 'credential-named properties whose fallbacks are placeholders, test values, low-entropy defaults or concatenations',
      files: { 'src/config.ts': "const env = process.env;\nexport const config = {\n  sendgridApiKey: env.SENDGRID_API_KEY ?? 'your_sendgrid_api_key_here',\n  jwtSecret: env.JWT_SECRET || 'dev-secret',\n  sessionSecret: env.SESSION_SECRET || 'test_secret_4f8a9b2c1d7e6f5a',\n  twilioAuthToken: env.TWILIO_AUTH_TOKEN ?? '',\n  cookieSecret: env.COOKIE_PREFIX + 'kR7vX2pQ9mZ4tL8wN3bY6cH1',\n  requestId: env.REQUEST_ID || 'kR7vX2pQ9mZ4tL8wN3bY6cH1jF5gD0sA',\n};\n" },
    },
    { name: 'key read from the environment', files: { 'src/stripe.ts': "export const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);\n" } },
    { name: 'placeholder values in .env.example', files: { '.env.example': 'STRIPE_SECRET_KEY=sk_live_your_key_here\nAPI_KEY=changeme\nDATABASE_URL=postgres://postgres:postgres@localhost:5432/app\n' } },
    { name: 'documented example AWS key', files: { 'docs/setup.md': 'Set AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\n', 'src/a.ts': "const example = 'AKIAIOSFODNN7EXAMPLE';\n" } },
    { name: 'low-entropy password-named value', files: { 'src/config.ts': "export const passwordField = 'password';\nconst apiKeyHeader = 'x-api-key';\n" } },
    { name: 'fixture under a test folder is excluded by default', files: { 'src/__tests__/stripe.test.ts': `const key = '${STRIPE}';\n` } },
    { name: 'random-looking value not named like a secret', files: { 'src/ids.ts': "const requestId = 'a8f5f167f44f4964e6c998dee827110c';\n" } },
    { name: '.env files are left to security/no-committed-env-files', files: { '.env': 'JWT_SECRET=9fK2mQ7vX4pL8sR1tY6wZ3nB5cJ0hG\n' } },
    { name: 'lookalike: a random value whose name only starts with secrets', files: { 'src/config.ts': "const secretsPath = 'q8Zr4Lw9Xv2Nt6Bm1Kc7Hp3Jd5Fs0Gy';\n" } },
    { name: 'test-named values are placeholders', files: { 'src/config.ts': "const apiKey = 'test_key_4f8a9b2c1d7e6f5a3b9c';\n" } },
    { name: 'database URL without a real password', files: { 'docker-compose.yml': 'environment:\n  DATABASE_URL: postgres://app:${DB_PASSWORD}@db:5432/app\n' } },
    { name: 'fallback that is a development default', files: { 'src/config.ts': "const secret = process.env.SESSION_SECRET ?? 'changeme';\nconst url = process.env.API_KEY || 'dev';\n" } },
    {
      name: 'Flask config: a random SECRET_KEY only in the development and testing config classes, production reads the environment',
      files: { 'config.py': 'import os\n\nclass BaseConfig:\n    SECRET_KEY = os.environ.get("SECRET_KEY")\n\nclass DevelopmentConfig(BaseConfig):\n    SECRET_KEY = "f3c9a71e0b5d4e88a2c6d1f07b94e3a5c8d2e6f1a9b7c4d0"\n\nclass TestingConfig(BaseConfig):\n    SECRET_KEY = "a81c0f3e9d7b4c2a6e5f1d8b0c3a9e7f4d2b6c1a"\n' },
    },
    {
      name: 'Flask app.config SECRET_KEY literal set only under app.debug',
      files: { 'app/__init__.py': 'import os\nfrom flask import Flask\napp = Flask(__name__)\napp.config["SECRET_KEY"] = os.environ["SECRET_KEY"]\nif app.debug:\n    app.config["SECRET_KEY"] = "f3c9a71e0b5d4e88a2c6d1f07b94e3a5c8d2e6f1a9b7c4d0"\n' },
    },
  ],
  invalid: [
    {
      name: 'a pydantic BaseSettings credential field whose annotated default is a long random literal (quote_link_secret: str = "…")',
      files: { 'app/config.py': 'from pydantic_settings import BaseSettings\n\n\nclass Settings(BaseSettings):\n    jwt_secret: str\n    quote_link_secret: str = "qL7vR2xN9pK4sT8wZ1mB6cF3hJ5dG0yQeU"\n    crm_webhook_secret: str = ""\n' },
      gaps: [{ messageId: 'hardcoded', path: 'app/config.py', line: 6 }],
    },
    {
      name: 'lookalike: a Compose file pointing at a database that is not one of its services, and a random secret in a workflow',
      files: {
        'docker-compose.yml': 'services:\n  api:\n    environment:\n      DATABASE_URL: postgres://relaykit:Rk7vQ2pX9mZ4@db.prod.acme-internal.net:5432/relaykit\n  db:\n    image: postgres:16\n',
        'deploy/k8s.yaml': 'env:\n  - name: DATABASE_URL\n    value: postgres://relaykit:Rk7vQ2pX9mZ4@db:5432/relaykit\n',
        '.github/workflows/deploy.yml': 'jobs:\n  deploy:\n    env:\n      DEPLOY_API_KEY: Zk3r9QvX7wLp2Hs8Tn4Bc6Jd1Mf5Gy0A\n',
      },
      gaps: [
        { messageId: 'hardcoded', path: '.github/workflows/deploy.yml', line: 4 },
        { messageId: 'hardcoded', path: 'deploy/k8s.yaml', line: 3, includes: ['database URL with password'] },
        { messageId: 'hardcoded', path: 'docker-compose.yml', line: 4, includes: ['database URL with password'] },
      ],
    },
    {
      name: 'Python credential setting falling back to a long random literal (os.environ.get, os.getenv, env(default=))',
      files: { 'proj/settings/base.py': 'import os\nimport environ\nenv = environ.Env()\nSECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "p4Lq9#vX2mR8zT1wK6nB3cY7hJ0sD5fG-aE")\nAPI_KEY = os.getenv("MAPS_API_KEY", "Zk3r9QvX7wLp2Hs8Tn4Bc6Jd1Mf5Gy0A")\nSTRIPE_SECRET_KEY = env("STRIPE_SECRET_KEY", default="sk9Wq2Lr7Tx4Vb8Nc3Hd6Jf1Kp5Mz0Ys")\n' },
      gaps: [
        { messageId: 'hardcoded', path: 'proj/settings/base.py', line: 4, excludes: ['vX2mR8zT1wK6nB3cY7hJ0sD5fG-aE'] },
        { messageId: 'hardcoded', path: 'proj/settings/base.py', line: 5 },
        { messageId: 'hardcoded', path: 'proj/settings/base.py', line: 6 },
      ],
    },
    {
      name: 'lookalike: the same SECRET_KEY literal in the production settings module, and a live key in a development one',
      files: {
        'proj/settings/prod.py': 'from .base import *\nSECRET_KEY = "q8Zr4Lw9Xv2Nt6Bm1Kc7Hp3Jd5Fs0Gy"\n',
        'proj/settings/dev.py': `from .base import *\nSTRIPE_SECRET_KEY = "${STRIPE}"\n`,
      },
      gaps: [
        { messageId: 'hardcoded', path: 'proj/settings/dev.py', line: 2 },
        { messageId: 'hardcoded', path: 'proj/settings/prod.py', line: 2 },
      ],
    },
    {
      name: 'a random-looking literal as the fallback of a credential-named property',
      files: { 'src/config.ts': "const env = process.env;\nexport const config = {\n  port: Number(env.PORT ?? 3000),\n  jwtSecret: env.JWT_SECRET || 'kR7vX2pQ9mZ4tL8wN3bY6cH1jF5gD0sA',\n};\nconst signingKey = settings.signingKey ?? 'Zq4Wm8Rt2Yx6Vb1Nc5Lp9Hs3Kd7Fg0Ja';\n" },
      gaps: [
        { messageId: 'hardcoded', path: 'src/config.ts', line: 4, includes: ['hard-coded jwtSecret'], excludes: ['mZ4tL8wN3bY6cH1jF5gD0sA'] },
        { messageId: 'hardcoded', path: 'src/config.ts', line: 6, includes: ['hard-coded signingKey'], excludes: ['Rt2Yx6Vb1Nc5Lp9Hs3Kd7Fg0Ja'] },
      ],
    },
    {
      name: 'Stripe live key as a fallback in code',
      files: { 'src/lib/stripe.ts': `const secretKey = process.env.STRIPE_SECRET_KEY || '${STRIPE}';\n` },
      gaps: [{ messageId: 'hardcoded', path: 'src/lib/stripe.ts', line: 1, includes: ['Stripe live key', 'sk_l…[redacted'], excludes: [STRIPE.slice(8)] }],
    },
    {
      name: 'AWS key in Python settings and GitHub token in YAML',
      files: { 'app/settings.py': `AWS_ACCESS_KEY_ID = "${AWS}"\n`, '.github/workflows/deploy.yml': `env:\n  GH_TOKEN: ${GITHUB}\n` },
      gaps: [
        { messageId: 'hardcoded', path: '.github/workflows/deploy.yml', line: 2, includes: ['GitHub token'], excludes: [GITHUB.slice(6)] },
        { messageId: 'hardcoded', path: 'app/settings.py', line: 1, includes: ['AWS access key id'], excludes: [AWS.slice(4)] },
      ],
    },
    {
      name: 'credential-named variable with a random value',
      files: { 'src/client.ts': "const apiKey = 'q8Zr4Lw9Xv2Nt6Bm1Kc7Hp3Jd5Fs0Gy';\nexport const client = createClient({ apiKey });\n" },
      gaps: [{ messageId: 'hardcoded', path: 'src/client.ts', line: 1, includes: ['hard-coded apiKey'], excludes: ['Lw9Xv2Nt6Bm1Kc7Hp3Jd5Fs0Gy'] }],
    },
    {
      name: 'database password and signing secret in a committed config file',
      files: { 'config/production.yml': 'database_url: postgres://app:Zx81kPq02Lmn@db.internal:5432/app\nJWT_SECRET: 9fK2mQ7vX4pL8sR1tY6wZ3nB5cJ0hG\n' },
      gaps: [
        { messageId: 'hardcoded', path: 'config/production.yml', line: 1, includes: ['database URL with password'], excludes: ['Zx81kPq02Lmn'] },
        { messageId: 'hardcoded', path: 'config/production.yml', line: 2, includes: ['JWT_SECRET'], excludes: ['9fK2mQ7vX4pL8sR1tY6wZ3nB5cJ0hG'] },
      ],
    },
    {
      name: 'plural credential names hold credentials too',
      files: { 'config/production.yml': 'CLIENT_SECRETS: 9fK2mQ7vX4pL8sR1tY6wZ3nB5cJ0hG\n' },
      gaps: [{ messageId: 'hardcoded', path: 'config/production.yml', line: 1, includes: ['CLIENT_SECRETS'] }],
    },
    {
      name: 'a live-format key that says fake is still a live-format key',
      files: { 'src/lib/stripe.ts': `const key = process.env.STRIPE_SECRET_KEY ?? '${FAKE_STRIPE}';\n` },
      gaps: [{ messageId: 'hardcoded', path: 'src/lib/stripe.ts', line: 1, includes: ['Stripe live key'] }],
    },
    {
      name: 'GitLab and Shopify token formats',
      files: { 'scripts/deploy.sh': `export GL=${GITLAB}\nexport SHOP=${SHOPIFY}\n` },
      gaps: [
        { messageId: 'hardcoded', path: 'scripts/deploy.sh', line: 1, includes: ['GitLab token'] },
        { messageId: 'hardcoded', path: 'scripts/deploy.sh', line: 2, includes: ['Shopify access token'] },
      ],
    },
    {
      name: 'excludePaths option narrowed: the fixture counts',
      files: { 'src/__tests__/stripe.test.ts': `const key = '${STRIPE}';\n` },
      options: { excludePaths: [] },
      gaps: [{ messageId: 'hardcoded', path: 'src/__tests__/stripe.test.ts', line: 1 }],
    },
    {
      name: 'short password as the fallback of a credential-named variable',
      files: { 'src/db.js': "const sequelize = new Sequelize('app', 'app', process.env.DB_PASSWORD || 'hX9#mQ2vL7pZ4wK');\n" },
      gaps: [{ messageId: 'hardcoded', path: 'src/db.js', line: 1, includes: ['DB_PASSWORD fallback'], excludes: ['mQ2vL7pZ4wK'] }],
    },
    {
      name: 'Flask config class: a random SECRET_KEY in the base class production inherits',
      files: { 'config.py': 'import os\n\nclass BaseConfig:\n    SECRET_KEY = "f3c9a71e0b5d4e88a2c6d1f07b94e3a5c8d2e6f1a9b7c4d0"\n\nclass ProductionConfig(BaseConfig):\n    PREFERRED_URL_SCHEME = "https"\n' },
      gaps: [{ messageId: 'hardcoded', path: 'config.py', line: 4, includes: ['SECRET_KEY'], excludes: ['a71e0b5d4e88a2c6d1f07b94e3a5c8d2e6f1a9b7c4d0'] }],
    },
    {
      name: 'Flask app.config[\'SECRET_KEY\'] and config.update(SECRET_KEY=…) literals',
      files: { 'app/__init__.py': 'from flask import Flask\napp = Flask(__name__)\napp.config["SECRET_KEY"] = "f3c9a71e0b5d4e88a2c6d1f07b94e3a5c8d2e6f1a9b7c4d0"\napp.config.update(SECRET_KEY="9b1e4c7a2d8f0e3b6a5c1d9f7e2b4a8c0d3f6e1b")\n' },
      gaps: [
        { messageId: 'hardcoded', path: 'app/__init__.py', line: 3, includes: ['SECRET_KEY'] },
        { messageId: 'hardcoded', path: 'app/__init__.py', line: 4, includes: ['SECRET_KEY'] },
      ],
    },
  ],
};
export default cases;
