import { closeSync, constants, fstatSync, mkdirSync, openSync, readSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { EXTRACTOR_VERSION } from '../extract/index.js';
import { errorMessage } from './errors.js';
import type { FileFacts } from './facts.js';
import type { Gap, RuleRun, ScanError } from './model.js';
import { TOOL_VERSION } from './version.js';

/**
 * What the rules concluded about one whole tree (before suppressions, which depend on the date):
 * the same files, configuration and rules always conclude the same, so a second scan of that
 * tree (a pull request's merge base that the default branch's scan already judged) skips them.
 */
export interface RuleResult {
  gaps: BareGap[];
  runs: RuleRun[];
  /** Rules that failed (`rule x failed: …`). */
  errors: ScanError[];
}

/** A gap without what its rule and file supply again (the fix, the documentation pointer, the snippet). */
export type BareGap = Omit<Gap, 'fix' | 'docs'>;

/** Facts of a file keyed by path and content: lets a PR scan re-parse only what changed. */
export interface FactCache {
  get(key: string): FileFacts | undefined;
  set(key: string, facts: FileFacts): void;
  /** The rules' result for a tree key (see `treeKey` in engine.ts), if this cache keeps them. */
  getResult?(key: string): RuleResult | undefined;
  setResult?(key: string, result: RuleResult): void;
}

/** Rule results kept at once: a pull request's two sides and a little history. Each holds every gap of a tree. */
const MAX_RESULTS = 4;

export class MemoryFactCache implements FactCache {
  protected readonly map = new Map<string, FileFacts>();
  /**
   * Rule results as JSON text, most recently used last: each is a fresh copy when read (the
   * scan's suppressions must not change what is kept), and a cache file reads them as strings,
   * parsing only the one a scan asks for.
   */
  protected readonly results = new Map<string, string>();
  get(key: string): FileFacts | undefined {
    return this.map.get(key);
  }
  set(key: string, facts: FileFacts): void {
    this.map.set(key, facts);
  }
  getResult(key: string): RuleResult | undefined {
    const text = this.results.get(key);
    if (text === undefined) return undefined;
    this.results.delete(key);
    this.results.set(key, text);
    let result: Partial<RuleResult> | null = null;
    try {
      result = JSON.parse(text) as Partial<RuleResult> | null;
    } catch {
      // A damaged result (a truncated file): the rules run again.
    }
    if (result && Array.isArray(result.gaps) && Array.isArray(result.runs) && Array.isArray(result.errors)) return result as RuleResult;
    this.results.delete(key);
    return undefined;
  }
  setResult(key: string, result: RuleResult): void {
    this.results.delete(key);
    this.results.set(key, JSON.stringify(result));
    for (const oldest of this.results.keys()) {
      if (this.results.size <= MAX_RESULTS) break;
      this.results.delete(oldest);
    }
  }
  get size(): number {
    return this.map.size;
  }
}

/** Bumped when the file's layout changes; the tool and extractor versions are checked as well. */
const FORMAT = 3;
/** A cache larger than this is not read (a hostile or runaway file must not exhaust memory). */
const MAX_CACHE_BYTES = 512 * 1024 * 1024;

/**
 * Line one of the file, JSON: facts are plain data, and JSON.parse reads them faster than v8.deserialize
 * (0.3 s against 0.6 s for 29 MB). Rule results follow, one per line (see `load`).
 */
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
        // Line one holds the facts; each further line one rule result, `<tree key>\t<JSON>`, kept unparsed until asked for.
        const newline = buffer.indexOf(10);
        const end = newline === -1 || newline > offset ? offset : newline;
        cache.adopt(JSON.parse(buffer.toString('utf8', 0, end)) as unknown, file);
        if (cache.problem === null) cache.adoptResults(buffer.subarray(end + 1, offset));
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

  private adoptResults(lines: Buffer): void {
    for (let start = 0; start < lines.length; ) {
      const newline = lines.indexOf(10, start);
      const end = newline === -1 ? lines.length : newline;
      const tab = lines.indexOf(9, start);
      if (tab > start && tab < end) this.results.set(lines.toString('utf8', start, tab), lines.toString('utf8', tab + 1, end));
      start = end + 1;
    }
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

  /** Writes the entries this process used, and the latest rule results (atomically: a crash leaves the old file or the new one). */
  save(): void {
    const entries: [string, FileFacts][] = [];
    for (const key of this.used) entries.push([key, this.map.get(key)!]);
    const data: CacheFile = { format: FORMAT, tool: TOOL_VERSION, extractor: EXTRACTOR_VERSION, entries };
    mkdirSync(path.dirname(this.file), { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    try {
      // JSON text never holds a raw newline or tab outside its strings' escapes: safe separators.
      const results = [...this.results].map(([key, text]) => `\n${key}\t${text}`).join('');
      writeFileSync(temporary, JSON.stringify(data) + results, { flag: 'wx' });
      renameSync(temporary, this.file);
    } catch (error) {
      rmSync(temporary, { force: true });
      throw error;
    }
  }
}
