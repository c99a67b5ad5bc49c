#!/usr/bin/env node
// Bundles the CLI, the engine and the Action into dist/. The native ast-grep addon stays
// external: a bundler can only ship the build machine's binary; the Action's copy for GitHub's
// runners lives in dist/node_modules/ (scripts/vendor-native.mjs) and is verified here.
// `node scripts/build.mjs --check` rebuilds into a temp folder and fails if dist/ differs.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { verifyVendored } from './vendor-native.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');
const outdir = check ? mkdtempSync(path.join(tmpdir(), 'shipshape-dist-')) : path.join(root, 'dist');
// A clean dist/: stale chunks from an earlier build must not linger. The vendored native
// packages stay: rebuilding them needs the registry.
const VENDORED = 'node_modules';
if (!check && existsSync(outdir)) {
  for (const entry of readdirSync(outdir, { withFileTypes: true })) {
    if (entry.name !== VENDORED) rmSync(path.join(outdir, entry.name), { recursive: true, force: true });
  }
}

execFileSync(process.execPath, [path.join(root, 'scripts/gen-rules.mjs'), ...(check ? ['--check'] : [])], { stdio: 'inherit' });

// cli: the `shipshape` bin; engine: the programmatic API (and the benchmark's subject);
// extract-worker: the parse-and-extract thread the engine starts beside itself;
// index: the GitHub Action (action.yml runs dist/index.js).
const entries = { cli: 'src/cli/index.ts', engine: 'src/engine.ts', 'extract-worker': 'src/core/extract-worker.ts', index: 'src/action/index.ts' };
// app: the Probot App (`probot run ./dist/app.js`); app-serverless: the same App as a function.
// Probot stays external: `probot run` brings its own, and a second copy would not share state.
Object.assign(entries, { app: 'src/app/index.ts', 'app-serverless': 'src/app/serverless.ts' });
// The digest of the sources, as src/core/version.ts's hashSources computes it when run from source:
// cached rule results are valid only for the code that produced them.
function hashSources(dir) {
  const hash = createHash('sha1');
  const visit = (rel) => {
    for (const entry of readdirSync(path.join(dir, rel), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) visit(child);
      else if (entry.isFile() && entry.name.endsWith('.ts')) hash.update(child).update('\0').update(readFileSync(path.join(dir, child))).update('\0');
    }
  };
  visit('');
  return hash.digest('hex').slice(0, 16);
}

await build({
  absWorkingDir: root,
  define: { SHIPSHAPE_CODE_DIGEST: JSON.stringify(hashSources(path.join(root, 'src'))) },
  entryPoints: entries,
  outdir,
  bundle: true,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['@ast-grep/napi', '@ast-grep/lang-python', 'probot'],
  banner: { js: "import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);" },
  legalComments: 'none',
  logLevel: 'warning',
});

const vendorProblems = verifyVendored(path.join(root, 'dist'));
if (vendorProblems.length > 0) {
  console.error(`dist/node_modules is stale: ${vendorProblems.join('; ')} — run \`node scripts/vendor-native.mjs\` and commit dist/`);
  if (check) rmSync(outdir, { recursive: true, force: true });
  process.exit(1);
}

if (check) {
  const stale = [];
  const list = (dir) =>
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
      .filter((name) => name.split(path.sep)[0] !== VENDORED)
      .sort();
  const built = list(outdir);
  const committed = list(path.join(root, 'dist'));
  for (const name of new Set([...built, ...committed])) {
    const a = built.includes(name) ? readFileSync(path.join(outdir, name)) : null;
    const b = committed.includes(name) ? readFileSync(path.join(root, 'dist', name)) : null;
    if (a === null || b === null || !a.equals(b)) stale.push(`dist/${name}`);
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
