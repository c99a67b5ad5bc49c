/**
 * The base side of a pull request as a folder the engine can scan: the checkout's files
 * hard-linked (copied where links are not possible), with the files the pull request changed
 * put back to their merge-base contents. Unchanged files keep their path and bytes, so the
 * engine's fact cache (keyed by path and content) answers for them and only the changed files
 * are parsed again.
 */
import { copyFile, link, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface FileChange {
  path: string;
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  previousPath: string | null;
}

/** Reads files at the merge base: path → bytes, or null where the base has no such file. */
export type BaseReader = (paths: readonly string[]) => Promise<Map<string, Buffer | null>>;

export interface BaseTreeInput {
  headRoot: string;
  /** Repo-relative paths of the checkout's files, as the engine's walk lists them. */
  headFiles: readonly string[];
  changes: readonly FileChange[];
  read: BaseReader;
  /** Where the folder is made (RUNNER_TEMP on a runner). */
  tempDir: string;
  /** Paths whose base version is not needed: the scan would skip them (binaries, images...). */
  skip?: (path: string) => boolean;
  /** Paths that keep their head version: the configuration both sides are judged by. */
  keepHead?: (path: string) => boolean;
}

export interface BaseTree {
  root: string;
  /** Files read from the merge base. */
  fetched: number;
  cleanup(): Promise<void>;
}

const IO_CONCURRENCY = 64;

export async function buildBaseTree(input: BaseTreeInput): Promise<BaseTree> {
  const skip = input.skip ?? (() => false);
  const keepHead = input.keepHead ?? (() => false);
  const fromHead = new Set(input.headFiles);
  const fromBase = new Set<string>();
  for (const change of input.changes) {
    if (keepHead(change.path) || (change.previousPath !== null && keepHead(change.previousPath))) continue;
    const basePath = change.status === 'renamed' ? (change.previousPath ?? change.path) : change.path;
    switch (change.status) {
      case 'added':
      case 'copied':
        fromHead.delete(change.path);
        break;
      case 'renamed':
        fromHead.delete(change.path);
        if (!skip(basePath)) fromBase.add(basePath);
        break;
      case 'removed':
      case 'modified':
      case 'changed':
        // A file the scan skips may keep its head bytes: only its presence matters to the walk.
        if (!skip(basePath)) {
          fromHead.delete(basePath);
          fromBase.add(basePath);
        }
        break;
      case 'unchanged':
        break;
    }
  }
  for (const p of fromBase) fromHead.delete(p);

  const contents = await input.read([...fromBase].sort());
  const root = await mkdtemp(path.join(input.tempDir, 'shipshape-base-'));
  try {
    const madeDirs = new Set<string>();
    const ensureDir = async (dir: string) => {
      if (madeDirs.has(dir)) return;
      await mkdir(dir, { recursive: true });
      madeDirs.add(dir);
    };
    const jobs: (() => Promise<void>)[] = [];
    for (const rel of fromHead) {
      const target = inside(root, rel);
      jobs.push(async () => {
        await ensureDir(path.dirname(target));
        try {
          await link(path.join(input.headRoot, ...rel.split('/')), target);
        } catch {
          // Another file system, or one without hard links: a copy costs more but reads the same.
          await copyFile(path.join(input.headRoot, ...rel.split('/')), target);
        }
      });
    }
    let fetched = 0;
    for (const [rel, content] of contents) {
      if (content === null) continue;
      fetched++;
      const target = inside(root, rel);
      jobs.push(async () => {
        await ensureDir(path.dirname(target));
        // 'wx': a fresh file, never a write through a hard link into the checkout.
        await writeFile(target, content, { flag: 'wx' });
      });
    }
    await runLimited(jobs, IO_CONCURRENCY);
    return { root, fetched, cleanup: () => rm(root, { recursive: true, force: true }) };
  } catch (error) {
    await rm(root, { recursive: true, force: true });
    throw error;
  }
}

/** `root/rel`, refusing a path that would land outside `root` (paths come from the API). */
function inside(root: string, rel: string): string {
  const parts = rel.split('/');
  if (rel === '' || rel.includes('\0') || rel.includes('\\') || path.isAbsolute(rel) || parts.some((p) => p === '' || p === '.' || p === '..')) {
    throw new Error(`refusing unsafe path from the pull request: ${JSON.stringify(rel)}`);
  }
  return path.join(root, ...parts);
}

async function runLimited(jobs: readonly (() => Promise<void>)[], limit: number): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) await jobs[next++]!();
  };
  await Promise.all(Array.from({ length: Math.min(limit, jobs.length) }, worker));
}
