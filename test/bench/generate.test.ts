import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Lang, parse, registerDynamicLanguage } from '@ast-grep/napi';
import python from '@ast-grep/lang-python';
import { generateRepo, MARKER_FILE } from '../../bench/generate.js';

const TARGET = 20_000;
const scratch = mkdtempSync(join(tmpdir(), 'shipshape-bench-'));

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

/** Repo-relative paths of every file under `root`, sorted. */
function listFiles(root: string, dir = ''): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
    const rel = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...listFiles(root, rel));
    else out.push(rel);
  }
  return out.toSorted();
}

/** Files a scanner is expected to read: not ignored, not vendored, not the marker. */
function countedFiles(root: string): string[] {
  return listFiles(root).filter(
    (p) => !p.startsWith('node_modules/') && !p.startsWith('dist/') && p !== MARKER_FILE,
  );
}

function treeHash(root: string): string {
  const hash = createHash('sha256');
  for (const path of listFiles(root)) {
    hash.update(path).update('\0').update(readFileSync(join(root, path))).update('\0');
  }
  return hash.digest('hex');
}

function newlines(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

function linesByExtension(root: string): Map<string, number> {
  const byExt = new Map<string, number>();
  for (const path of countedFiles(root)) {
    const name = path.slice(path.lastIndexOf('/') + 1);
    const ext = name.includes('.') ? name.slice(name.lastIndexOf('.')) : name;
    byExt.set(ext, (byExt.get(ext) ?? 0) + newlines(readFileSync(join(root, path), 'utf8')));
  }
  return byExt;
}

function concatenated(root: string, pred: (path: string) => boolean): string {
  return countedFiles(root)
    .filter(pred)
    .map((p) => readFileSync(join(root, p), 'utf8'))
    .join('\n');
}

describe('bench/generate', () => {
  const first = join(scratch, 'first');
  let firstResult: { files: number; lines: number };

  beforeAll(() => {
    firstResult = generateRepo(first, TARGET, 7);
  });

  it('is deterministic: the same (lines, seed) gives byte-identical trees', () => {
    const second = join(scratch, 'second');
    const secondResult = generateRepo(second, TARGET, 7);
    expect(secondResult).toEqual(firstResult);
    expect(treeHash(second)).toBe(treeHash(first));

    const other = join(scratch, 'other-seed');
    generateRepo(other, TARGET, 8);
    expect(treeHash(other)).not.toBe(treeHash(first));
  });

  it('hits the line target within ±2% and reports what it wrote', () => {
    expect(Math.abs(firstResult.lines - TARGET) / TARGET).toBeLessThanOrEqual(0.02);

    const files = countedFiles(first);
    const lines = files.reduce((sum, p) => sum + newlines(readFileSync(join(first, p), 'utf8')), 0);
    expect(firstResult.files).toBe(files.length);
    expect(firstResult.lines).toBe(lines);
  });

  it.each([2_000, 50_000])('stays within ±2% at %i lines', (target) => {
    const { lines } = generateRepo(join(scratch, `size-${target}`), target, 3);
    expect(Math.abs(lines - target) / target).toBeLessThanOrEqual(0.02);
  });

  it('mixes languages like a SaaS monorepo: mostly TypeScript, ~15% Python, plus configs and docs', () => {
    const byExt = linesByExtension(first);
    const total = [...byExt.values()].reduce((a, b) => a + b, 0);
    const share = (...exts: string[]) => exts.reduce((sum, e) => sum + (byExt.get(e) ?? 0), 0) / total;

    expect(share('.py')).toBeGreaterThanOrEqual(0.1);
    expect(share('.py')).toBeLessThanOrEqual(0.2);
    expect(share('.ts', '.tsx')).toBeGreaterThanOrEqual(0.6);
    expect(share('.tsx')).toBeGreaterThan(0.03);
    for (const ext of ['.prisma', '.yml', '.md', '.json', '.txt']) expect(byExt.get(ext) ?? 0).toBeGreaterThan(0);
  });

  it('writes the frameworks the extractors target', () => {
    const ts = concatenated(first, (p) => /\.tsx?$/.test(p));
    const py = concatenated(first, (p) => p.endsWith('.py'));

    expect(ts).toMatch(/Router\(\);/);
    expect(ts).toMatch(/requireRole\('/);
    expect(ts).toMatch(/audit\.record\(/);
    expect(ts).toMatch(/export async function (DELETE|PATCH)\(/);
    expect(ts).toMatch(/^'use server';/m);
    expect(py).toMatch(/APIRouter\(/);
    expect(py).toMatch(/Depends\(get_current_user\)/);
    expect(py).toMatch(/viewsets\.ModelViewSet/);
    expect(py).toMatch(/permission_classes = /);
  });

  it('varies file sizes and identifiers', () => {
    const sizes = countedFiles(first).map((p) => newlines(readFileSync(join(first, p), 'utf8')));
    expect(Math.min(...sizes)).toBeLessThan(20);
    expect(Math.max(...sizes)).toBeGreaterThan(300);
    const routeFiles = countedFiles(first).filter((p) => p.includes('/routes/') || p.includes('/routers/'));
    expect(new Set(routeFiles.map((p) => p.slice(p.lastIndexOf('/') + 1))).size).toBeGreaterThan(5);
  });

  it('writes the things a scanner must skip, and does not count them', () => {
    expect(readFileSync(join(first, '.gitignore'), 'utf8')).toMatch(/^node_modules\/$/m);
    expect(readFileSync(join(first, '.gitignore'), 'utf8')).toMatch(/^dist\/$/m);
    expect(listFiles(first).filter((p) => p.startsWith('node_modules/')).length).toBeGreaterThanOrEqual(3);
    const bundle = readFileSync(join(first, 'dist/app.min.js'), 'utf8');
    expect(newlines(bundle)).toBe(1);
    expect(bundle.length).toBeGreaterThan(10_000);
  });

  it('produces code that parses without syntax errors', () => {
    registerDynamicLanguage({ python });
    const broken: string[] = [];
    for (const path of countedFiles(first)) {
      const lang = path.endsWith('.tsx') ? Lang.Tsx : path.endsWith('.ts') ? Lang.TypeScript : path.endsWith('.py') ? 'python' : null;
      if (!lang) continue;
      const root = parse(lang, readFileSync(join(first, path), 'utf8')).root();
      if (root.find({ rule: { kind: 'ERROR' } })) broken.push(path);
    }
    expect(broken).toEqual([]);
  });

  it('replaces its own earlier output but refuses to overwrite anything else', () => {
    const again = generateRepo(first, TARGET, 7);
    expect(again).toEqual(firstResult);

    const foreign = join(scratch, 'foreign');
    mkdirSync(foreign);
    writeFileSync(join(foreign, 'keep.txt'), 'not generated\n');
    expect(() => generateRepo(foreign, 1_000)).toThrow(/refusing to write/);
    expect(existsSync(join(foreign, 'keep.txt'))).toBe(true);
  });
});
