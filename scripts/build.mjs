#!/usr/bin/env node
// Bundles the CLI (and later the Action) into dist/. The native ast-grep addon stays
// external: a bundler can only ship the build machine's binary.
// `node scripts/build.mjs --check` rebuilds into a temp folder and fails if dist/ differs.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');
const outdir = check ? mkdtempSync(path.join(tmpdir(), 'shipshape-dist-')) : path.join(root, 'dist');

execFileSync(process.execPath, [path.join(root, 'scripts/gen-rules.mjs'), ...(check ? ['--check'] : [])], { stdio: 'inherit' });

const entries = { cli: 'src/cli/index.ts' };
await build({
  absWorkingDir: root,
  entryPoints: entries,
  outdir,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['@ast-grep/napi', '@ast-grep/lang-python'],
  banner: { js: "import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);" },
  legalComments: 'none',
  logLevel: 'warning',
});

if (check) {
  const stale = [];
  for (const name of readdirSync(outdir)) {
    let committed = '';
    try {
      committed = readFileSync(path.join(root, 'dist', name), 'utf8');
    } catch {
      // missing counts as stale
    }
    if (committed !== readFileSync(path.join(outdir, name), 'utf8')) stale.push(`dist/${name}`);
  }
  rmSync(outdir, { recursive: true, force: true });
  if (stale.length > 0) {
    console.error(`stale bundle: ${stale.join(', ')} — run \`npm run build\` and commit dist/`);
    process.exit(1);
  }
  console.log('dist/ is fresh');
} else {
  console.log(`built ${Object.keys(entries).map((e) => `dist/${e}.js`).join(', ')}`);
}
