// Minimal archive writers for the local GitHub server: a gzip'd tar shaped like GitHub's
// legacy tarball (`git archive` output) and a zip shaped like an Actions artifact download.
import { deflateRawSync, gzipSync } from 'node:zlib';

export interface ArchiveEntry {
  path: string;
  content: Buffer;
}

// ---------------------------------------------------------------- tar (ustar + pax)

const BLOCK = 512;

/**
 * A gzip'd tarball like `GET /repos/{o}/{r}/tarball/{ref}` serves: a pax global header whose
 * comment is the commit sha (as `git archive` writes it), the top directory `prefix`, every
 * parent directory, then the files. Paths too long for ustar get a pax `path` record.
 */
export function writeTarGz(prefix: string, files: ArchiveEntry[], options: { commitSha: string; mtime: Date }): Buffer {
  const mtime = Math.floor(options.mtime.getTime() / 1000);
  const blocks: Buffer[] = [];
  blocks.push(...paxEntry('pax_global_header', 'g', { comment: options.commitSha }, mtime));
  const top = prefix.endsWith('/') ? prefix : `${prefix}/`;
  const dirs = new Set<string>([top]);
  const sorted = files.toSorted((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const ordered: Array<{ name: string; content: Buffer | null }> = [{ name: top, content: null }];
  for (const file of sorted) {
    const parts = file.path.split('/');
    for (let i = 1; i < parts.length; i++) {
      const dir = `${top}${parts.slice(0, i).join('/')}/`;
      if (!dirs.has(dir)) {
        dirs.add(dir);
        ordered.push({ name: dir, content: null });
      }
    }
    ordered.push({ name: `${top}${file.path}`, content: file.content });
  }
  for (const entry of ordered) {
    const isDir = entry.content === null;
    const size = entry.content?.length ?? 0;
    const split = splitUstarName(entry.name);
    if (!split) blocks.push(...paxEntry(`${top}PaxHeader`, 'x', { path: entry.name }, mtime));
    blocks.push(
      tarHeader({
        name: split?.name ?? entry.name.slice(0, 99),
        prefix: split?.prefix ?? '',
        mode: isDir ? 0o775 : 0o664,
        size,
        mtime,
        type: isDir ? '5' : '0',
      }),
    );
    if (entry.content) blocks.push(padToBlock(entry.content));
  }
  blocks.push(Buffer.alloc(BLOCK * 2));
  return gzipSync(Buffer.concat(blocks));
}

function paxEntry(name: string, type: 'g' | 'x', records: Record<string, string>, mtime: number): Buffer[] {
  let body = '';
  for (const [key, value] of Object.entries(records)) {
    const rest = ` ${key}=${value}\n`;
    // The length prefix counts its own digits.
    let len = Buffer.byteLength(rest) + 1;
    while (String(len).length + Buffer.byteLength(rest) !== len) len = String(len).length + Buffer.byteLength(rest);
    body += `${len}${rest}`;
  }
  const content = Buffer.from(body, 'utf8');
  return [tarHeader({ name: name.slice(0, 99), prefix: '', mode: 0o666, size: content.length, mtime, type }), padToBlock(content)];
}

function splitUstarName(name: string): { name: string; prefix: string } | null {
  if (Buffer.byteLength(name) <= 100) return { name, prefix: '' };
  // ustar splits at a slash: prefix ≤ 155 bytes, name ≤ 100 bytes.
  for (let i = name.length - 1; i > 0; i--) {
    if (name[i] !== '/') continue;
    const prefix = name.slice(0, i);
    const rest = name.slice(i + 1);
    if (Buffer.byteLength(prefix) <= 155 && Buffer.byteLength(rest) <= 100 && rest.length > 0) return { name: rest, prefix };
  }
  return null;
}

function tarHeader(h: { name: string; prefix: string; mode: number; size: number; mtime: number; type: string }): Buffer {
  const buf = Buffer.alloc(BLOCK);
  buf.write(h.name, 0, 100, 'utf8');
  writeOctal(buf, h.mode, 100, 8);
  writeOctal(buf, 0, 108, 8);
  writeOctal(buf, 0, 116, 8);
  writeOctal(buf, h.size, 124, 12);
  writeOctal(buf, h.mtime, 136, 12);
  buf.fill(0x20, 148, 156);
  buf.write(h.type, 156, 1, 'ascii');
  buf.write('ustar\u0000', 257, 6, 'ascii');
  buf.write('00', 263, 2, 'ascii');
  buf.write('root', 265, 32, 'ascii');
  buf.write('root', 297, 32, 'ascii');
  buf.write(h.prefix, 345, 155, 'utf8');
  let sum = 0;
  for (const byte of buf) sum += byte;
  buf.write(`${sum.toString(8).padStart(6, '0')}\u0000 `, 148, 8, 'ascii');
  return buf;
}

function writeOctal(buf: Buffer, value: number, offset: number, length: number): void {
  buf.write(`${value.toString(8).padStart(length - 1, '0')}\u0000`, offset, length, 'ascii');
}

function padToBlock(content: Buffer): Buffer {
  const rem = content.length % BLOCK;
  return rem === 0 ? content : Buffer.concat([content, Buffer.alloc(BLOCK - rem)]);
}

// ---------------------------------------------------------------- zip

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = (CRC_TABLE[(crc ^ byte) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** A zip (deflate, UTF-8 names) of `files`, like the archive of an Actions artifact. */
export function writeZip(files: ArchiveEntry[], mtime: Date): Buffer {
  const { time, date } = dosDateTime(mtime);
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const file of files) {
    const name = Buffer.from(file.path, 'utf8');
    const compressed = deflateRawSync(file.content);
    const crc = crc32(file.content);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(file.content.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    locals.push(local, name, compressed);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(0x031e, 4); // made by: unix, spec 3.0
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(time, 12);
    central.writeUInt16LE(date, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(file.content.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE((0o100644 << 16) >>> 0, 38); // unix mode rw-r--r--
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += local.length + name.length + compressed.length;
  }
  const centralDir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(centralDir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, centralDir, end]);
}

function dosDateTime(d: Date): { time: number; date: number } {
  const year = Math.max(1980, d.getUTCFullYear());
  return {
    time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | Math.floor(d.getUTCSeconds() / 2),
    date: ((year - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
  };
}
