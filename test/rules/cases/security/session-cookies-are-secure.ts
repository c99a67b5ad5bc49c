import type { RuleCases } from '../../rule-tester.js';

const cases: RuleCases = {
  valid: [
    { name: 'express-session with a complete cookie', files: { 'src/app.ts': "import session from 'express-session';\napp.use(session({ secret: process.env.SESSION_SECRET, cookie: { secure: true, sameSite: 'lax' } }));\n" } },
    { name: 'session cookie with attributes from the environment', files: { 'src/auth.ts': "res.cookie(SESSION_COOKIE, token, { httpOnly: true, secure: process.env.NODE_ENV === 'production', sameSite: 'lax' });\n" } },
    { name: 'non-session cookie without attributes', files: { 'src/prefs.ts': "res.cookie('theme', 'dark');\n" } },
    { name: 'Next.js cookies().set with an options object', files: { 'app/login/actions.ts': "cookies().set({ name: 'session', value: token, httpOnly: true, secure: true, sameSite: 'strict' });\n" } },
  ],
  invalid: [
    {
      name: 'express-session without a cookie configuration',
      files: { 'src/app.ts': "import session from 'express-session';\napp.use(session({ secret: process.env.SESSION_SECRET, resave: false }));\n" },
      gaps: [{ messageId: 'weak', path: 'src/app.ts', line: 2, includes: ['secure not set', 'sameSite not set'] }],
    },
    {
      name: 'auth cookie with httpOnly switched off',
      files: { 'src/auth.ts': "res.cookie('auth_token', token, { httpOnly: false, secure: true, sameSite: 'lax' });\n" },
      gaps: [{ messageId: 'weak', line: 1, includes: ['auth_token', 'httpOnly: false'] }],
    },
    {
      name: 'Next.js and Hono session cookies without options',
      files: {
        'app/login/actions.ts': "cookies().set('session', token);\n",
        'src/hono.ts': "import { setCookie } from 'hono/cookie';\nsetCookie(c, 'sid', token, { httpOnly: true });\n",
      },
      gaps: [
        { messageId: 'weak', path: 'app/login/actions.ts', includes: ['httpOnly not set'] },
        { messageId: 'weak', path: 'src/hono.ts', includes: ['secure not set'] },
      ],
    },
    {
      name: 'cookie-session with sameSite none and no secure flag',
      files: { 'src/app.ts': "import cookieSession from 'cookie-session';\napp.use(cookieSession({ name: 'session', keys: [key], sameSite: 'none' }));\n" },
      gaps: [{ messageId: 'weak', includes: ['secure not set'] }],
    },
    {
      name: 'koa-session required with CommonJS',
      files: { 'src/app.js': "const session = require('koa-session');\napp.use(session({ key: 'app.sess', httpOnly: true }, app));\n" },
      gaps: [{ messageId: 'weak', path: 'src/app.js', line: 2, includes: ['secure not set', 'sameSite not set'] }],
    },
  ],
};
export default cases;
