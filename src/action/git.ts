/**
 * File contents at a commit from the checkout's own git history, when the workflow fetched it
 * (`fetch-depth: 0`): no API calls for the base side. Only git's object store is read —
 * `git cat-file` runs no hooks and nothing from the repository.
 */
import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** True when `sha` is a commit the checkout at `root` holds. */
export async function hasCommit(root: string, sha: string): Promise<boolean> {
  if (!/^[0-9a-f]{40}$/i.test(sha)) return false;
  try {
    await run('git', ['-C', root, 'cat-file', '-e', `${sha}^{commit}`], { windowsHide: true });
    return true;
  } catch {
    return false;
  }
}

/** path → bytes at `sha`, or null where the commit has no such file; one `git cat-file --batch` for all. */
export async function readFilesFromGit(root: string, sha: string, paths: readonly string[]): Promise<Map<string, Buffer | null>> {
  const out = new Map<string, Buffer | null>();
  // The batch protocol is line-based: a path with a newline cannot be asked for (git has none such in practice).
  const asked = paths.filter((p) => !p.includes('\n'));
  for (const p of paths) if (p.includes('\n')) out.set(p, null);
  if (asked.length === 0) return out;
  const child = spawn('git', ['-C', root, 'cat-file', '--batch'], { stdio: ['pipe', 'pipe', 'pipe'], windowsHide: true });
  const chunks: Buffer[] = [];
  const errors: Buffer[] = [];
  child.stdout.on('data', (c: Buffer) => chunks.push(c));
  child.stderr.on('data', (c: Buffer) => errors.push(c));
  const exited = new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? 1));
  });
  child.stdin.end(asked.map((p) => `${sha}:${p}\n`).join(''));
  const code = await exited;
  if (code !== 0) throw new Error(`git cat-file failed (${code}): ${Buffer.concat(errors).toString('utf8').trim()}`);
  const data = Buffer.concat(chunks);
  let at = 0;
  for (const p of asked) {
    const eol = data.indexOf(10, at);
    if (eol < 0) throw new Error('git cat-file: truncated output');
    const header = data.subarray(at, eol).toString('utf8');
    at = eol + 1;
    const blob = /^[0-9a-f]+ blob (\d+)$/.exec(header);
    if (!blob) {
      // "<name> missing", or a tree / submodule where a file was expected.
      const object = /^[0-9a-f]+ \w+ (\d+)$/.exec(header);
      if (object) at += Number(object[1]) + 1;
      out.set(p, null);
      continue;
    }
    const size = Number(blob[1]);
    out.set(p, Buffer.from(data.subarray(at, at + size)));
    at += size + 1;
  }
  return out;
}
