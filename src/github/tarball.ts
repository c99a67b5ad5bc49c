/**
 * A repository at a commit, unpacked from GitHub's tarball into a temporary folder for the
 * engine to read. The archive comes from the repository being scanned, so it is untrusted:
 * sizes are capped (download, unpacked stream, each file), members that would land outside the
 * folder (`..`, absolute paths) are skipped, links are never created (symlinks and hardlinks are
 * skipped, so nothing can point out of the folder), and the folder is removed whatever happens.
 */
import { mkdir, mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable, Transform, type TransformCallback } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { createGunzip } from 'node:zlib';
import { ShipshapeError } from '../core/errors.js';
import type { GitHub, RepoRef } from './tracking/github.js';

export interface TarballLimits {
  /** Bytes of the compressed download. */
  maxArchiveBytes: number;
  /** Bytes of the uncompressed tar stream (guards against decompression bombs). */
  maxUnpackedBytes: number;
  /** A member larger than this is skipped (the engine would skip it anyway). */
  maxFileBytes: number;
  /** Members of any kind. */
  maxEntries: number;
}

export const DEFAULT_TARBALL_LIMITS: TarballLimits = {
  maxArchiveBytes: 200 * 1024 * 1024,
  maxUnpackedBytes: 1024 * 1024 * 1024,
  maxFileBytes: 8 * 1024 * 1024,
  maxEntries: 200_000,
};

export interface SkippedMember {
  path: string;
  reason: 'unsafe-path' | 'link' | 'special' | 'too-large' | 'outside-top-folder' | 'conflict';
}

export interface UnpackResult {
  files: number;
  skipped: SkippedMember[];
}

export class TarballError extends ShipshapeError {
  constructor(message: string) {
    super(message);
    this.name = 'TarballError';
  }
}

/** Counts bytes going through and fails the stream past `max`. */
function byteCap(max: number, what: string): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _enc, done: TransformCallback) {
      seen += chunk.length;
      if (seen > max) done(new TarballError(`${what} is larger than the limit of ${max} bytes`));
      else done(null, chunk);
    },
  });
}

/**
 * The repository-relative path of a member, or null when it is unsafe: absolute, with a drive
 * letter, a backslash, a NUL, or a `..` component. `.` and empty components are dropped.
 */
export function safeRelativePath(name: string): string | null {
  if (name.includes('\0') || name.includes('\\') || name.startsWith('/') || /^[A-Za-z]:/.test(name)) return null;
  const parts = name.split('/').filter((p) => p !== '' && p !== '.');
  if (parts.length === 0 || parts.includes('..')) return null;
  return parts.join('/');
}

function readString(block: Buffer, offset: number, length: number): string {
  const raw = block.subarray(offset, offset + length);
  const nul = raw.indexOf(0);
  return raw.subarray(0, nul < 0 ? raw.length : nul).toString('utf8');
}

function readSize(block: Buffer): number {
  const field = block.subarray(124, 136);
  // GNU base-256 for sizes past 8 GiB: far past any cap, so only its magnitude matters.
  if ((field[0] as number) & 0x80) return Number.MAX_SAFE_INTEGER;
  const text = readString(block, 124, 12).trim();
  return text === '' ? 0 : parseInt(text, 8);
}

function checksumOk(block: Buffer): boolean {
  const stored = parseInt(readString(block, 148, 8).trim(), 8);
  let sum = 0;
  for (let i = 0; i < 512; i++) sum += i >= 148 && i < 156 ? 0x20 : (block[i] as number);
  return stored === sum;
}

function paxRecords(data: Buffer): Map<string, string> {
  const records = new Map<string, string>();
  let at = 0;
  while (at < data.length) {
    const space = data.indexOf(0x20, at);
    if (space < 0) break;
    const length = parseInt(data.subarray(at, space).toString('ascii'), 10);
    if (!Number.isFinite(length) || length <= 0) break;
    const record = data.subarray(space + 1, at + length - 1).toString('utf8');
    const eq = record.indexOf('=');
    if (eq > 0) records.set(record.slice(0, eq), record.slice(eq + 1));
    at += length;
  }
  return records;
}

/** Reads exactly `n` bytes at a time from an async byte stream. */
class ByteReader {
  private buffered: Buffer[] = [];
  private size = 0;
  private readonly iterator: AsyncIterator<Buffer>;

  constructor(source: AsyncIterable<Buffer>) {
    this.iterator = source[Symbol.asyncIterator]();
  }

  /** `n` bytes, or fewer at the end of the stream. */
  async read(n: number): Promise<Buffer> {
    while (this.size < n) {
      const next = await this.iterator.next();
      if (next.done) break;
      this.buffered.push(next.value);
      this.size += next.value.length;
    }
    const all = this.buffered.length === 1 ? (this.buffered[0] as Buffer) : Buffer.concat(this.buffered);
    const out = all.subarray(0, n);
    const rest = all.subarray(n);
    this.buffered = rest.length > 0 ? [rest] : [];
    this.size = rest.length;
    return out;
  }

  /** Skips `n` bytes without holding them. */
  async skip(n: number): Promise<void> {
    let left = n;
    while (left > 0) {
      const chunk = await this.read(Math.min(left, 1024 * 1024));
      if (chunk.length === 0) throw new TarballError('the archive ends inside a member');
      left -= chunk.length;
    }
  }
}

const padded = (size: number) => Math.ceil(size / 512) * 512;

/**
 * Unpacks a gzip'd tar stream (GitHub's tarball: one top folder `owner-repo-sha7/`) into `dir`,
 * without the top folder. Throws TarballError when a cap is passed; skips unsafe members.
 */
export async function unpackTarGz(source: Readable, dir: string, limits: TarballLimits = DEFAULT_TARBALL_LIMITS): Promise<UnpackResult> {
  const root = path.resolve(dir);
  const stages = [source, byteCap(limits.maxArchiveBytes, 'the archive'), createGunzip(), byteCap(limits.maxUnpackedBytes, 'the unpacked archive')];
  const stream = stages.reduce((from, to) => from.pipe(to as Transform)) as Transform;
  // Errors of earlier stages reach the reader through the last one.
  for (const stage of stages.slice(0, -1)) stage.on('error', (error: Error) => stream.destroy(error));
  const reader = new ByteReader(stream as AsyncIterable<Buffer>);
  const result: UnpackResult = { files: 0, skipped: [] };
  let top: string | null = null;
  let entries = 0;
  let longName: string | null = null;
  let pax = new Map<string, string>();
  try {
    for (;;) {
      const header = await reader.read(512);
      if (header.length < 512) throw new TarballError('the archive ends before its end-of-archive marker');
      if (header.every((b) => b === 0)) break;
      if (!checksumOk(header)) throw new TarballError('a tar header has a bad checksum');
      if (++entries > limits.maxEntries) throw new TarballError(`the archive has more than ${limits.maxEntries} members`);
      const type = String.fromCharCode(header[156] as number);
      let size = readSize(header);
      // Only POSIX ustar headers have a name prefix; old GNU headers keep times there.
      const prefix = header.subarray(257, 263).toString('latin1') === 'ustar\0' ? readString(header, 345, 155) : '';
      const name = longName ?? pax.get('path') ?? [prefix, readString(header, 0, 100)].filter((s) => s !== '').join('/');
      if (pax.has('size')) size = Number(pax.get('size'));

      // Meta entries describe the member that follows them.
      if (type === 'x' || type === 'g' || type === 'L' || type === 'K') {
        if (size > 1024 * 1024) throw new TarballError('a tar metadata record is larger than 1 MiB');
        const data = (await reader.read(padded(size))).subarray(0, size);
        if (type === 'x') pax = paxRecords(data);
        else if (type === 'L') longName = data.toString('utf8').replace(/\0+$/, '');
        continue;
      }
      longName = null;
      pax = new Map();

      const slash = name.indexOf('/');
      const first = slash < 0 ? name : name.slice(0, slash);
      // The top folder must be a plain name: an absolute path must not become a relative one.
      const plainTop = safeRelativePath(name) !== null && first !== '' && first !== '..';
      if (plainTop) top ??= first;
      const rel = plainTop && first === top ? safeRelativePath(slash < 0 ? '' : name.slice(slash + 1)) : null;
      const skip = async (reason: SkippedMember['reason']) => {
        result.skipped.push({ path: name, reason });
        await reader.skip(padded(size));
      };
      if (type === '5') {
        await reader.skip(padded(size));
        continue;
      }
      if (!plainTop || rel === null) await skip(plainTop && first !== top ? 'outside-top-folder' : 'unsafe-path');
      else if (type === '1' || type === '2') await skip('link');
      else if (type !== '0' && type !== '\0' && type !== '7') await skip('special');
      else if (size > limits.maxFileBytes) await skip('too-large');
      else {
        const target = path.join(root, rel);
        if (!target.startsWith(root + path.sep)) {
          await skip('unsafe-path');
          continue;
        }
        const content = (await reader.read(padded(size))).subarray(0, size);
        if (content.length < size) throw new TarballError('the archive ends inside a member');
        try {
          await mkdir(path.dirname(target), { recursive: true });
          // `wx`: never write through something already there (a second member of the same name).
          const handle = await open(target, 'wx', 0o644);
          try {
            await handle.writeFile(content);
          } finally {
            await handle.close();
          }
          result.files++;
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code;
          if (code !== 'EEXIST' && code !== 'ENOTDIR' && code !== 'EISDIR') throw error;
          result.skipped.push({ path: name, reason: 'conflict' });
        }
      }
    }
  } finally {
    for (const stage of stages) stage.destroy();
  }
  return result;
}

export interface TarballOptions {
  limits?: TarballLimits;
  /** Where the temporary folder is made (the system's temp folder by default). */
  tmpRoot?: string;
}

/**
 * Downloads the repository at `sha`, unpacks it into a fresh temporary folder, runs `fn` on it
 * and removes the folder afterwards, also when the download, the unpacking or `fn` fails.
 */
export async function withTarball<T>(octokit: GitHub, ref: RepoRef, sha: string, fn: (root: string, unpacked: UnpackResult) => Promise<T>, options: TarballOptions = {}): Promise<T> {
  const limits = options.limits ?? DEFAULT_TARBALL_LIMITS;
  const dir = await mkdtemp(path.join(options.tmpRoot ?? tmpdir(), 'shipshape-tarball-'));
  try {
    const response = await octokit.request('GET /repos/{owner}/{repo}/tarball/{ref}', { ...ref, ref: sha, request: { parseSuccessResponseBody: false } });
    const length = Number(response.headers['content-length'] ?? 0);
    if (length > limits.maxArchiveBytes) throw new TarballError(`the archive of ${ref.owner}/${ref.repo} at ${sha.slice(0, 7)} is ${length} bytes, over the limit of ${limits.maxArchiveBytes}`);
    const body = response.data as unknown as WebReadableStream<Uint8Array> | null;
    if (!body) throw new TarballError(`GitHub sent no archive for ${ref.owner}/${ref.repo} at ${sha.slice(0, 7)}`);
    const unpacked = await unpackTarGz(Readable.fromWeb(body), dir, limits);
    return await fn(dir, unpacked);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
