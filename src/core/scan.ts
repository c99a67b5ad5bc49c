import { closeSync, constants as fsConstants, openSync, readFileSync } from 'node:fs';
import { lstat, readdir, readFile, realpath } from 'node:fs/promises';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';
import type { Language, ScanError } from './model.js';

/** How a scanned file is read. */
export type FileKind = 'source' | 'text' | 'other';

export interface FileEntry {
  /** Repo-relative, `/`-separated. */
  path: string;
  absolute: string;
  size: number;
  kind: FileKind;
  language: Language | null;
  /** Test code: not application code, so it registers no routes and performs no real data operations. */
  test?: boolean;
}

const TEST_PATH = /(?:^|\/)(?:__tests__|__mocks__|__fixtures__|tests?|spec|e2e|cypress|playwright)\/|\.(?:test|spec|e2e|cy)\.[cm]?[jt]sx?$|(?:^|\/)(?:test_[^/]*|[^/]*_test|conftest)\.py$/;

export function isTestPath(relPath: string): boolean {
  return TEST_PATH.test(relPath);
}

export interface WalkOptions {
  exclude: readonly string[];
  maxFileSize: number;
}

export interface WalkResult {
  files: FileEntry[];
  /** Files seen but not scanned, with why: for `--verbose` and the report's stats. */
  skipped: { path: string; reason: string }[];
  errors: ScanError[];
}

export const DEFAULT_MAX_FILE_SIZE = 1024 * 1024;

/** Folders that never hold the team's own code: dependencies, build output, caches. */
const SKIPPED_DIRS = new Set([
  '.git', '.hg', '.svn', 'node_modules', 'bower_components', 'jspm_packages', 'vendor', 'third_party',
  '.venv', 'venv', '__pycache__', 'site-packages', '.tox', '.mypy_cache', '.pytest_cache', '.ruff_cache',
  'dist', 'build', '.next', '.nuxt', '.svelte-kit', '.turbo', '.vercel', '.netlify', '.output', 'coverage',
  '.cache', '.parcel-cache', '.terraform', '.gradle', 'target', '.idea', '.yarn',
]);

const SOURCE_LANGUAGES: Record<string, Language> = {
  '.ts': 'typescript', '.mts': 'typescript', '.cts': 'typescript',
  '.tsx': 'tsx',
  '.js': 'javascript', '.mjs': 'javascript', '.cjs': 'javascript', '.jsx': 'javascript',
  '.py': 'python',
};

/** Prose and configuration read as text (policies, runbooks, workflows, env declarations, schemas). */
const TEXT_EXTENSIONS = new Set([
  '.md', '.mdx', '.markdown', '.txt', '.rst', '.html', '.htm', '.yml', '.yaml', '.json', '.toml', '.ini',
  '.cfg', '.conf', '.prisma', '.sql', '.sh', '.bash', '.tf', '.tfvars', '.properties', '.xml', '.env',
  // Templates and component files: privacy policies are often served from them.
  '.hbs', '.handlebars', '.mustache', '.ejs', '.njk', '.liquid', '.pug', '.vue', '.svelte', '.astro',
]);
const TEXT_NAMES = new Set(['dockerfile', 'procfile', 'makefile', 'codeowners', 'gemfile', 'requirements.txt', '.renovaterc', 'justfile']);

export function classify(relPath: string): { kind: FileKind; language: Language | null } {
  const base = relPath.slice(relPath.lastIndexOf('/') + 1).toLowerCase();
  const ext = path.extname(base);
  if (base.endsWith('.d.ts') || /\.min\.(js|mjs|cjs)$/.test(base)) return { kind: 'other', language: null };
  const language = SOURCE_LANGUAGES[ext];
  if (language) return { kind: 'source', language };
  if (TEXT_EXTENSIONS.has(ext) || TEXT_NAMES.has(base) || base.startsWith('.env') || base.startsWith('dockerfile')) {
    return { kind: 'text', language: null };
  }
  return { kind: 'other', language: null };
}

/**
 * Lists the files of a checkout: honours .gitignore files (nested ones too) and config
 * excludes, skips dependency and build folders, and never follows a symbolic link — a
 * link could lead out of the root or loop, and git stores links as links anyway.
 */
export async function walk(root: string, options: WalkOptions): Promise<WalkResult> {
  const rootReal = await realpath(root);
  const excluded = options.exclude.length > 0 ? picomatch([...options.exclude], { dot: true }) : null;
  const result: WalkResult = { files: [], skipped: [], errors: [] };

  interface Frame {
    dir: string;
    rel: string;
    rules: { base: string; ig: Ignore }[];
  }
  const stack: Frame[] = [{ dir: rootReal, rel: '', rules: [] }];
  while (stack.length > 0) {
    const frame = stack.pop()!;
    let entries;
    try {
      entries = await readdir(frame.dir, { withFileTypes: true });
    } catch (error) {
      result.errors.push({ path: frame.rel || '.', message: `cannot list folder: ${(error as Error).message}` });
      continue;
    }
    let rules = frame.rules;
    if (entries.some((e) => e.name === '.gitignore' && e.isFile())) {
      try {
        const text = await readFile(path.join(frame.dir, '.gitignore'), 'utf8');
        rules = [...rules, { base: frame.rel, ig: ignore().add(text) }];
      } catch (error) {
        result.errors.push({ path: join(frame.rel, '.gitignore'), message: `cannot read: ${(error as Error).message}` });
      }
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const subdirs: Frame[] = [];
    for (const entry of entries) {
      const rel = join(frame.rel, entry.name);
      if (entry.isSymbolicLink()) {
        result.skipped.push({ path: rel, reason: 'symbolic link' });
        continue;
      }
      const isDir = entry.isDirectory();
      if (!isDir && !entry.isFile()) continue; // sockets, fifos, devices
      if (isDir && SKIPPED_DIRS.has(entry.name)) continue;
      if (isIgnored(rules, rel, isDir) || (excluded && (excluded(rel) || (isDir && excluded(`${rel}/`))))) {
        continue;
      }
      if (isDir) {
        subdirs.push({ dir: path.join(frame.dir, entry.name), rel, rules });
        continue;
      }
      const { kind, language } = classify(rel);
      const file: FileEntry = { path: rel, absolute: path.join(frame.dir, entry.name), size: 0, kind, language };
      if (kind === 'source' && isTestPath(rel)) file.test = true;
      result.files.push(file);
    }
    // Reverse so that popping visits folders in name order: the walk order is deterministic.
    for (let i = subdirs.length - 1; i >= 0; i--) stack.push(subdirs[i]!);
  }

  await Promise.all(
    result.files.map(async (file) => {
      try {
        file.size = (await lstat(file.absolute)).size;
      } catch (error) {
        result.errors.push({ path: file.path, message: `cannot stat: ${(error as Error).message}` });
      }
    }),
  );
  result.files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return result;
}

function join(base: string, name: string): string {
  return base === '' ? name : `${base}/${name}`;
}

function isIgnored(rules: readonly { base: string; ig: Ignore }[], rel: string, isDir: boolean): boolean {
  for (const { base, ig } of rules) {
    const local = base === '' ? rel : rel.slice(base.length + 1);
    if (ig.ignores(isDir ? `${local}/` : local)) return true;
  }
  return false;
}

export type ReadOutcome =
  | { ok: true; text: string }
  | { ok: false; skip: string }
  | { ok: false; error: string };

const SNIFF_BYTES = 8192;

/**
 * Reads a file as UTF-8 text, refusing what is not the team's own text: binaries
 * (a NUL byte), files over the size cap, generated and minified code.
 */
export async function readText(file: FileEntry, maxFileSize: number): Promise<ReadOutcome> {
  if (file.size > maxFileSize) return { ok: false, skip: `larger than ${maxFileSize} bytes` };
  let buffer: Buffer;
  try {
    // O_NOFOLLOW: a file swapped for a link since the walk is refused, not followed. The read
    // is synchronous on purpose: files are small and capped, and the four callbacks of an async
    // read cost the main thread more than the read itself.
    const fd = openSync(file.absolute, fsConstants.O_RDONLY | (fsConstants.O_NOFOLLOW ?? 0));
    try {
      buffer = readFileSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    return { ok: false, error: `cannot read: ${(error as Error).message}` };
  }
  if (buffer.length > maxFileSize) return { ok: false, skip: `larger than ${maxFileSize} bytes` };
  if (buffer.subarray(0, SNIFF_BYTES).includes(0)) return { ok: false, skip: 'binary' };
  const text = buffer.toString('utf8');
  if (file.kind === 'source') {
    const why = generatedOrMinified(text);
    if (why) return { ok: false, skip: why };
  }
  return { ok: true, text };
}

const GENERATED_MARKER = /@generated|auto-?generated|do not edit|code generated by/i;

function generatedOrMinified(text: string): string | null {
  const head = text.slice(0, 1024);
  if (GENERATED_MARKER.test(head)) return 'generated';
  if (text.length > 4096) {
    let newlines = 0;
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) newlines++;
    if (text.length / (newlines + 1) > 300) return 'minified';
  }
  return null;
}

export function countLines(text: string): number {
  if (text.length === 0) return 0;
  let n = 0;
  let i = -1;
  while ((i = text.indexOf('\n', i + 1)) !== -1) n++;
  return text.endsWith('\n') ? n : n + 1;
}
