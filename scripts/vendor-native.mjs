#!/usr/bin/env node
// Ships the native ast-grep addon with the bundled Action. A bundler can only ship the build
// machine's binary, and a JavaScript action gets no install step on the runner, so
// dist/node_modules/ holds exactly what Node's resolution from dist/*.js needs on GitHub's
// runners (ubuntu x64 and arm64, macOS arm64, Windows x64):
//   @ast-grep/napi            the JS loader that picks the platform package
//   @ast-grep/napi-<platform> the four prebuilt binaries, fetched with `npm pack` at the exact
//                             version the lockfile pins and checked against its integrity
//   @ast-grep/lang-python     the Python grammar with its prebuilt parsers for those platforms
//   @ast-grep/setup-lang      the prebuild resolver lang-python requires
// Run once after changing those dependencies (needs the npm registry), then commit dist/:
//   node scripts/vendor-native.mjs
// `verifyVendored()` is what the build runs: no network, deterministic — versions must match
// node_modules and every file must match the committed manifest.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** napi-rs package suffixes of GitHub's hosted runners, as in @ast-grep/napi's optionalDependencies. */
export const NAPI_PLATFORMS = ['linux-x64-gnu', 'linux-arm64-gnu', 'darwin-arm64', 'win32-x64-msvc'];
/** @ast-grep/setup-lang's prebuild folder names for the same runners. */
const PYTHON_PREBUILDS = ['prebuild-Linux-X64', 'prebuild-Linux-ARM64', 'prebuild-macOS-ARM64', 'prebuild-Windows-X64'];
/** Which files of each JS package the runtime reads (the rest are sources and docs). */
const JS_PACKAGES = {
  '@ast-grep/napi': ['package.json', 'index.js', 'LICENSE'],
  '@ast-grep/lang-python': ['package.json', 'index.js', 'LICENSE', ...PYTHON_PREBUILDS.map((p) => `prebuilds/${p}/parser.so`)],
  '@ast-grep/setup-lang': ['package.json', 'index.js', 'LICENSE'],
};
const MANIFEST = '.shipshape-vendor.json';

function readJson(file) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

function sha256(file) {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

function listFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

/** The versions the vendored copy must have: those installed (and locked) for the project. */
function expectedVersions() {
  const napi = readJson(path.join(root, 'node_modules/@ast-grep/napi/package.json'));
  const versions = {};
  for (const name of Object.keys(JS_PACKAGES)) versions[name] = readJson(path.join(root, 'node_modules', name, 'package.json')).version;
  for (const platform of NAPI_PLATFORMS) {
    const name = `@ast-grep/napi-${platform}`;
    const pinned = napi.optionalDependencies?.[name];
    if (pinned === undefined) throw new Error(`${name} is not an optional dependency of @ast-grep/napi ${napi.version}: update NAPI_PLATFORMS`);
    versions[name] = pinned;
  }
  return versions;
}

/** Problems with dist/node_modules (empty when it is complete and fresh). */
export function verifyVendored(distDir = path.join(root, 'dist')) {
  const vendorDir = path.join(distDir, 'node_modules');
  const manifestPath = path.join(vendorDir, MANIFEST);
  if (!existsSync(manifestPath)) return [`${path.relative(root, manifestPath)} is missing`];
  const manifest = readJson(manifestPath);
  const problems = [];
  const expected = expectedVersions();
  for (const [name, version] of Object.entries(expected)) {
    if (manifest.packages?.[name] !== version) problems.push(`${name}: vendored ${manifest.packages?.[name] ?? 'nothing'}, installed ${version}`);
  }
  const present = listFiles(vendorDir).filter((f) => f !== MANIFEST);
  for (const file of new Set([...present, ...Object.keys(manifest.files ?? {})])) {
    const want = manifest.files?.[file];
    if (want === undefined) problems.push(`${file} is not in the manifest`);
    else if (!present.includes(file)) problems.push(`${file} is missing`);
    else if (sha256(path.join(vendorDir, file)) !== want) problems.push(`${file} differs from the manifest`);
  }
  return problems;
}

function vendor() {
  const versions = expectedVersions();
  const lock = readJson(path.join(root, 'package-lock.json'));
  const vendorDir = path.join(root, 'dist/node_modules');
  rmSync(vendorDir, { recursive: true, force: true });

  for (const [name, files] of Object.entries(JS_PACKAGES)) {
    for (const file of files) {
      const from = path.join(root, 'node_modules', name, file);
      const to = path.join(vendorDir, name, file);
      mkdirSync(path.dirname(to), { recursive: true });
      copyFileSync(from, to);
    }
  }

  const scratch = mkdtempSync(path.join(tmpdir(), 'shipshape-vendor-'));
  try {
    for (const platform of NAPI_PLATFORMS) {
      const name = `@ast-grep/napi-${platform}`;
      const spec = `${name}@${versions[name]}`;
      const [packed] = JSON.parse(execFileSync('npm', ['pack', spec, '--json', '--pack-destination', scratch], { cwd: scratch, encoding: 'utf8' }));
      const locked = lock.packages?.[`node_modules/${name}`]?.integrity;
      if (locked !== undefined && locked !== packed.integrity) throw new Error(`${spec}: npm pack gave ${packed.integrity}, the lockfile pins ${locked}`);
      const unpacked = path.join(scratch, platform);
      mkdirSync(unpacked);
      execFileSync('tar', ['-xzf', path.join(scratch, packed.filename), '-C', unpacked]);
      const pkg = readJson(path.join(unpacked, 'package/package.json'));
      for (const file of ['package.json', pkg.main]) {
        const to = path.join(vendorDir, name, file);
        mkdirSync(path.dirname(to), { recursive: true });
        copyFileSync(path.join(unpacked, 'package', file), to);
      }
      console.log(`vendored ${spec} (${packed.integrity.slice(0, 20)}…)`);
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }

  const files = Object.fromEntries(listFiles(vendorDir).map((f) => [f, sha256(path.join(vendorDir, f))]));
  const manifest = { note: 'Written by scripts/vendor-native.mjs; checked by scripts/build.mjs.', packages: versions, files };
  writeFileSync(path.join(vendorDir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(`wrote ${Object.keys(files).length} files to dist/node_modules`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) vendor();
