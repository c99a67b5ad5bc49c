/**
 * A pull request's scan: the head (the checkout), then the base (the merge base) rebuilt from
 * the head plus the changed files' base contents, both through one fact cache so the base
 * scan parses only the changed files. Both sides are judged by the head's configuration and
 * rules: a pull request is credited or blamed for what its code does, and an ignore entry it
 * adds suppresses on both sides (a suppression is not a fix).
 */
import { CONFIG_LOCATIONS } from '../core/config.js';
import { diffReports, type ReportDiff } from '../core/diff.js';
import { MemoryFactCache, scan, type FactCache, type ScanResult } from '../core/engine.js';
import { classify, walk } from '../core/scan.js';
import { buildBaseTree, type BaseReader, type FileChange } from './base-tree.js';
import path from 'node:path';

export interface PullRequestScanInput {
  root: string;
  configPath?: string;
  headSha: string;
  baseSha: string;
  changes: readonly FileChange[];
  readBase: BaseReader;
  tempDir: string;
  cache?: FactCache;
  today?: string;
}

export interface PullRequestScan {
  head: ScanResult;
  base: ScanResult;
  diff: ReportDiff;
  /** Files read from the merge base. */
  fetched: number;
  timings: { headMs: number; baseMs: number };
  /** Removal of the base folder, left running so it overlaps with publishing; await before exiting. */
  cleanup: Promise<void>;
}

/** The user's own pattern rules: like the configuration, the head's version judges both sides. */
const USER_RULES_DIR = '.shipshape/rules/';

export async function scanPullRequest(input: PullRequestScanInput): Promise<PullRequestScan> {
  const cache = input.cache ?? new MemoryFactCache();
  const explicitConfig = input.configPath ? path.relative(input.root, path.resolve(input.root, input.configPath)).split(path.sep).join('/') : null;
  // The base folder (listing, links, reading the merge base) is I/O: it is built while the head
  // scan keeps the CPU busy. It lists every file the walk would, before the configuration's
  // excludes, which the base scan applies again.
  const building = (async () => {
    const walked = await walk(input.root, { exclude: [], maxFileSize: Number.MAX_SAFE_INTEGER });
    return buildBaseTree({
      headRoot: input.root,
      headFiles: walked.files.map((f) => f.path),
      changes: input.changes,
      read: input.readBase,
      tempDir: input.tempDir,
      skip: (p) => classify(p).kind === 'other',
      keepHead: (p) => p === explicitConfig || CONFIG_LOCATIONS.includes(p) || p.startsWith(USER_RULES_DIR),
    });
  })();
  // Awaited after the head scan; until then a failure must not count as unhandled.
  building.catch(() => undefined);
  const started = performance.now();
  let head: ScanResult;
  try {
    head = await scan({ root: input.root, ...(input.configPath ? { configPath: input.configPath } : {}), commit: input.headSha, cache, ...(input.today ? { today: input.today } : {}) });
  } catch (error) {
    await building.then((tree) => tree.cleanup(), () => undefined);
    throw error;
  }
  const headMs = performance.now() - started;

  const baseStarted = performance.now();
  const tree = await building;
  let base: ScanResult;
  try {
    // The head's configuration file is linked into the base folder at its own path (see keepHead), so the base
    // reads it where the head did and reports the same `config.file`; one outside the repository is read where it is.
    const configFile = head.config.file ?? undefined;
    base = await scan({ root: tree.root, ...(configFile ? { configPath: configFile } : {}), commit: input.baseSha, cache, ...(input.today ? { today: input.today } : {}) });
  } catch (error) {
    await tree.cleanup();
    throw error;
  }
  const baseMs = performance.now() - baseStarted;
  return { head, base, diff: diffReports(base.report, head.report), fetched: tree.fetched, timings: { headMs, baseMs }, cleanup: tree.cleanup() };
}
