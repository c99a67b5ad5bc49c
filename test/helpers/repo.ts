import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A tiny repository on disk: path → content (a `{ symlink: target }` makes a link). */
export type RepoFiles = Record<string, string | Buffer | { symlink: string }>;

export async function makeRepo(files: RepoFiles): Promise<{ root: string; cleanup(): Promise<void> }> {
  const root = await mkdtemp(path.join(tmpdir(), 'shipshape-test-'));
  for (const [rel, content] of Object.entries(files)) {
    const target = path.join(root, rel);
    await mkdir(path.dirname(target), { recursive: true });
    if (typeof content === 'object' && !Buffer.isBuffer(content)) await symlink(content.symlink, target);
    else await writeFile(target, content);
  }
  return { root, cleanup: () => rm(root, { recursive: true, force: true }) };
}

export async function withRepo<T>(files: RepoFiles, fn: (root: string) => Promise<T>): Promise<T> {
  const repo = await makeRepo(files);
  try {
    return await fn(repo.root);
  } finally {
    await repo.cleanup();
  }
}
