/** File contents at a commit through the contents API: the base side of a pull request when the checkout has no history. */
import { httpStatus, type Octokit } from './octokit.js';

/** Requests in flight at once: enough to hide latency, few enough to stay clear of secondary rate limits. */
const CONCURRENCY = 8;

/** path → bytes at `ref`, or null where the commit has no such file. */
export async function readFilesAt(octokit: Octokit, repo: { owner: string; repo: string }, ref: string, paths: readonly string[]): Promise<Map<string, Buffer | null>> {
  const out = new Map<string, Buffer | null>();
  let next = 0;
  const worker = async () => {
    while (next < paths.length) {
      const file = paths[next++]!;
      out.set(file, await readFileAt(octokit, repo, ref, file));
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, paths.length) }, worker));
  return out;
}

async function readFileAt(octokit: Octokit, repo: { owner: string; repo: string }, ref: string, file: string): Promise<Buffer | null> {
  try {
    const { data } = await octokit.rest.repos.getContent({ ...repo, path: file, ref, mediaType: { format: 'raw' } });
    const raw = data as unknown;
    if (typeof raw === 'string') return Buffer.from(raw, 'utf8');
    if (raw instanceof ArrayBuffer) return Buffer.from(raw);
    // A directory listing (JSON) where a file was expected: there is no such file.
    return null;
  } catch (error) {
    if (httpStatus(error) === 404) return null;
    throw error;
  }
}
