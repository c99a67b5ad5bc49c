// Unpacking an untrusted tarball: what gets written, what is skipped, what aborts, and that the
// temporary folder never outlives the call.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { Octokit } from '@octokit/rest';
import { safeRelativePath, unpackTarGz, withTarball, TarballError, DEFAULT_TARBALL_LIMITS } from '../../src/github/tarball.js';
import { startGitHubServer, type GitHubServer } from '../github-server/server.js';

interface Member {
  name: string;
  type?: '0' | '1' | '2' | '3' | '5' | 'x' | 'L';
  content?: string | Buffer;
  link?: string;
  prefix?: string;
}

/** A tar stream with exactly the members given (ustar headers, no sanitising). */
function tar(members: Member[]): Buffer {
  const blocks: Buffer[] = [];
  for (const m of members) {
    const content = Buffer.isBuffer(m.content) ? m.content : Buffer.from(m.content ?? '');
    const h = Buffer.alloc(512);
    h.write(m.name, 0, 100, 'utf8');
    h.write('0000644\0', 100);
    h.write('0000000\0', 108);
    h.write('0000000\0', 116);
    h.write(`${content.length.toString(8).padStart(11, '0')}\0`, 124);
    h.write('00000000000\0', 136);
    h.fill(0x20, 148, 156);
    h.write(m.type ?? '0', 156);
    h.write(m.link ?? '', 157, 100, 'utf8');
    h.write('ustar\u000000', 257, 'latin1');
    h.write(m.prefix ?? '', 345, 155, 'utf8');
    let sum = 0;
    for (const b of h) sum += b;
    h.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'latin1');
    blocks.push(h, content, Buffer.alloc((512 - (content.length % 512)) % 512));
  }
  blocks.push(Buffer.alloc(1024));
  return Buffer.concat(blocks);
}

const pax = (records: Record<string, string>) =>
  Object.entries(records)
    .map(([k, v]) => {
      const rest = ` ${k}=${v}\n`;
      let n = rest.length + 2;
      while (`${n}${rest}`.length !== n) n++;
      return `${n}${rest}`;
    })
    .join('');

let work: string;
beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'shipshape-tar-test-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

function freshDir(): string {
  return mkdtempSync(path.join(work, 'out-'));
}

describe('safeRelativePath', () => {
  it('accepts plain relative paths and refuses ones that could leave the folder', () => {
    expect(safeRelativePath('src/./a.ts')).toBe('src/a.ts');
    for (const bad of ['../x', 'a/../../x', '/etc/passwd', 'C:/x', 'a\\..\\x', 'a\0b', '', '.']) expect(safeRelativePath(bad)).toBeNull();
  });
});

describe('unpackTarGz', () => {
  it('writes safe files without the top folder and skips traversal, absolute paths, links, devices and oversized members', async () => {
    const outside = path.join(work, 'outside.txt');
    const dir = freshDir();
    const archive = gzipSync(
      tar([
        { name: 'pax_global_header', type: 'x', content: pax({ comment: 'abc' }) },
        { name: 'acme-portal-1234567/', type: '5' },
        { name: 'acme-portal-1234567/src/ok.ts', content: 'export const ok = 1;\n' },
        { name: 'acme-portal-1234567/../outside.txt', content: 'escaped' },
        { name: '/tmp/absolute.txt', content: 'absolute' },
        { name: 'acme-portal-1234567/link-out', type: '2', link: '/etc/passwd' },
        { name: 'acme-portal-1234567/hard-out', type: '1', link: '../../outside.txt' },
        { name: 'acme-portal-1234567/dev', type: '3' },
        { name: 'acme-portal-1234567/big.bin', content: Buffer.alloc(4096, 1) },
        { name: 'PaxHeader', type: 'x', content: pax({ path: `acme-portal-1234567/${'deep/'.repeat(30)}long.ts` }) },
        { name: 'ignored-name', content: 'long path via pax\n' },
        { name: 'x', type: 'L', content: 'acme-portal-1234567/gnu/long-name.ts\0' },
        { name: 'ignored', content: 'long path via GNU\n' },
        { name: 'other-top/file.ts', content: 'not in the top folder' },
        { name: 'acme-portal-1234567/src/ok.ts', content: 'a second member of the same name' },
      ]),
    );
    const result = await unpackTarGz(Readable.from([archive]), dir, { ...DEFAULT_TARBALL_LIMITS, maxFileBytes: 1024 });
    expect(readFileSync(path.join(dir, 'src/ok.ts'), 'utf8')).toBe('export const ok = 1;\n');
    expect(readFileSync(path.join(dir, `${'deep/'.repeat(30)}long.ts`), 'utf8')).toBe('long path via pax\n');
    expect(readFileSync(path.join(dir, 'gnu/long-name.ts'), 'utf8')).toBe('long path via GNU\n');
    expect(result.files).toBe(3);
    expect(result.skipped.map((s) => [s.path, s.reason])).toEqual([
      ['acme-portal-1234567/../outside.txt', 'unsafe-path'],
      ['/tmp/absolute.txt', 'unsafe-path'],
      ['acme-portal-1234567/link-out', 'link'],
      ['acme-portal-1234567/hard-out', 'link'],
      ['acme-portal-1234567/dev', 'special'],
      ['acme-portal-1234567/big.bin', 'too-large'],
      ['other-top/file.ts', 'outside-top-folder'],
      ['acme-portal-1234567/src/ok.ts', 'conflict'],
    ]);
    expect(existsSync(outside)).toBe(false);
    expect(existsSync('/tmp/absolute.txt')).toBe(false);
    expect(readdirSync(dir).sort()).toEqual(['deep', 'gnu', 'src']);
  });

  it('refuses an absolute path even as the first member', async () => {
    const dir = freshDir();
    const result = await unpackTarGz(Readable.from([gzipSync(tar([{ name: '/etc/cron.d/x', content: 'x' }]))]), dir);
    expect(result.skipped).toEqual([{ path: '/etc/cron.d/x', reason: 'unsafe-path' }]);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('stops at the caps on the download and the unpacked stream (a decompression bomb)', async () => {
    const bomb = gzipSync(tar([{ name: 'top/zeros', content: Buffer.alloc(8 * 1024 * 1024) }]));
    expect(bomb.length).toBeLessThan(64 * 1024);
    await expect(unpackTarGz(Readable.from([bomb]), freshDir(), { ...DEFAULT_TARBALL_LIMITS, maxUnpackedBytes: 1024 * 1024 })).rejects.toThrow('the unpacked archive is larger than the limit');
    await expect(unpackTarGz(Readable.from([bomb]), freshDir(), { ...DEFAULT_TARBALL_LIMITS, maxArchiveBytes: 1024 })).rejects.toThrow('the archive is larger than the limit');
    await expect(unpackTarGz(Readable.from([Buffer.from('not gzip at all')]), freshDir())).rejects.toThrow('incorrect header check');
  });
});

describe('withTarball against the local GitHub server', () => {
  let server: GitHubServer;
  let octokit: Octokit;
  beforeAll(async () => {
    server = await startGitHubServer();
    server.state.addRepo({ owner: 'acme', name: 'portal', private: true, files: { 'src/a.ts': 'a\n', 'docs/RUNBOOK.md': '# Runbook\n' } });
    octokit = new Octokit({ baseUrl: server.url, auth: server.state.addToken({ permissions: { contents: 'read' } }) });
  });
  afterAll(() => server.close());

  it('unpacks the commit, hands the folder to the callback and removes it afterwards, also on failure', async () => {
    const tmpRoot = freshDir();
    const sha = server.state.repo('acme/portal').branches.get('main') as string;
    let seen: string[] = [];
    await withTarball(octokit as never, { owner: 'acme', repo: 'portal' }, sha, async (root) => {
      seen = readdirSync(root, { recursive: true }).map(String).sort();
    }, { tmpRoot });
    expect(seen).toEqual(['docs', 'docs/RUNBOOK.md', 'src', 'src/a.ts']);
    expect(readdirSync(tmpRoot)).toEqual([]);

    await expect(withTarball(octokit as never, { owner: 'acme', repo: 'portal' }, sha, async () => {
      throw new Error('engine failed');
    }, { tmpRoot })).rejects.toThrow('engine failed');
    expect(readdirSync(tmpRoot)).toEqual([]);

    await expect(withTarball(octokit as never, { owner: 'acme', repo: 'portal' }, sha, async () => 1, { tmpRoot, limits: { ...DEFAULT_TARBALL_LIMITS, maxArchiveBytes: 10 } })).rejects.toBeInstanceOf(TarballError);
    expect(readdirSync(tmpRoot)).toEqual([]);
    expect(server.violations).toEqual([]);
  });
});
