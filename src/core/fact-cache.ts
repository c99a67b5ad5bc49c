import { closeSync, constants, fstatSync, mkdirSync, openSync, readSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { EXTRACTOR_VERSION } from '../extract/index.js';
import { errorMessage } from './errors.js';
import type { FileFacts } from './facts.js';
import { TOOL_VERSION } from './version.js';

/** Facts of a file keyed by path and content: lets a PR scan re-parse only what changed. */
export interface FactCache {
  get(key: string): FileFacts | undefined;
  set(key: string, facts: FileFacts): void;
}

export class MemoryFactCache implements FactCache {
  protected readonly map = new Map<string, FileFacts>();
  get(key: string): FileFacts | undefined {
    return this.map.get(key);
  }
  set(key: string, facts: FileFacts): void {
    this.map.set(key, facts);
  }
  get size(): number {
    return this.map.size;
  }
}

/** Bumped when the file's layout changes; the tool and extractor versions are checked as well. */
const FORMAT = 2;
/** A cache larger than this is not read (a hostile or runaway file must not exhaust memory). */
const MAX_CACHE_BYTES = 512 * 1024 * 1024;

/** JSON: facts are plain data, and JSON.parse reads them faster than v8.deserialize (0.3 s against 0.6 s for 29 MB). */
interface CacheFile {
  format: number;
  tool: string;
  extractor: number;
  entries: [string, FileFacts][];
}

/**
 * The fact cache as one file between runs (like ESLint's `--cache`): facts depend only on a
 * file's path and content, so a later scan of the same tree, or of a branch that differs in a
 * few files, parses only what changed. Saving keeps just the entries the last scan used, so the
 * file does not grow with history. A cache of another tool or extractor version, or one that
 * cannot be read, is ignored with a `problem`, never trusted in part.
 *
 * The file is trusted as the scan's own output: keep it where the scanned code cannot write it
 * (a pull request could otherwise commit facts that hide its gaps).
 */
export class FileFactCache extends MemoryFactCache {
  private readonly used = new Set<string>();
  /** Why the file's entries were not used, if they were not (shown to the user as a notice). */
  problem: string | null = null;
  /** Entries read from the file. */
  loaded = 0;

  private constructor(readonly file: string) {
    super();
  }

  static load(file: string): FileFactCache {
    const cache = new FileFactCache(path.resolve(file));
    let fd: number;
    try {
      fd = openSync(cache.file, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') cache.problem = `the fact cache ${file} could not be opened (${errorMessage(error)}); starting empty`;
      return cache;
    }
    try {
      const stat = fstatSync(fd);
      if (!stat.isFile()) cache.problem = `the fact cache ${file} is not a regular file; starting empty`;
      else if (stat.size > MAX_CACHE_BYTES) cache.problem = `the fact cache ${file} is larger than ${MAX_CACHE_BYTES >> 20} MB; starting empty`;
      else {
        const buffer = Buffer.alloc(stat.size);
        let offset = 0;
        while (offset < buffer.length) {
          const read = readSync(fd, buffer, offset, buffer.length - offset, offset);
          if (read === 0) break;
          offset += read;
        }
        cache.adopt(JSON.parse(buffer.toString('utf8', 0, offset)) as unknown, file);
      }
    } catch (error) {
      cache.problem = `the fact cache ${file} could not be read (${errorMessage(error)}); starting empty`;
    } finally {
      closeSync(fd);
    }
    return cache;
  }

  private adopt(data: unknown, file: string): void {
    const cacheFile = data as Partial<CacheFile> | null;
    if (!cacheFile || typeof cacheFile !== 'object' || !Array.isArray(cacheFile.entries)) {
      this.problem = `the fact cache ${file} is not a shipshape fact cache; starting empty`;
      return;
    }
    if (cacheFile.format !== FORMAT || cacheFile.tool !== TOOL_VERSION || cacheFile.extractor !== EXTRACTOR_VERSION) {
      this.problem = `the fact cache ${file} was written by another shipshape version; starting empty`;
      return;
    }
    for (const entry of cacheFile.entries as unknown[]) {
      if (!Array.isArray(entry) || entry.length !== 2) continue;
      const [key, facts] = entry as [unknown, unknown];
      if (typeof key === 'string' && facts && typeof facts === 'object' && typeof (facts as FileFacts).path === 'string') this.map.set(key, facts as FileFacts);
    }
    this.loaded = this.map.size;
  }

  override get(key: string): FileFacts | undefined {
    const facts = super.get(key);
    if (facts) this.used.add(key);
    return facts;
  }

  override set(key: string, facts: FileFacts): void {
    super.set(key, facts);
    this.used.add(key);
  }

  /** Writes the entries this process used (atomically: a crash leaves the old file or the new one). */
  save(): void {
    const entries: [string, FileFacts][] = [];
    for (const key of this.used) entries.push([key, this.map.get(key)!]);
    const data: CacheFile = { format: FORMAT, tool: TOOL_VERSION, extractor: EXTRACTOR_VERSION, entries };
    mkdirSync(path.dirname(this.file), { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    try {
      writeFileSync(temporary, JSON.stringify(data), { flag: 'wx' });
      renameSync(temporary, this.file);
    } catch (error) {
      rmSync(temporary, { force: true });
      throw error;
    }
  }
}
