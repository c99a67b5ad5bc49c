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
}

/** The user's own pattern rules: like the configuration, the head's version judges both sides. */
const USER_RULES_DIR = '.shipshape/rules/';

export async function scanPullRequest(input: PullRequestScanInput): Promise<PullRequestScan> {
  const cache = input.cache ?? new MemoryFactCache();
  let started = performance.now();
  const head = await scan({ root: input.root, ...(input.configPath ? { configPath: input.configPath } : {}), commit: input.headSha, cache, ...(input.today ? { today: input.today } : {}) });
  const headMs = performance.now() - started;

  started = performance.now();
  const walked = await walk(input.root, { exclude: head.config.exclude, maxFileSize: head.config.maxFileSize });
  const configFile = head.config.file;
  const configAbsolute = configFile === null ? undefined : path.resolve(input.root, configFile);
  const tree = await buildBaseTree({
    headRoot: input.root,
    headFiles: walked.files.map((f) => f.path),
    changes: input.changes,
    read: input.readBase,
    tempDir: input.tempDir,
    skip: (p) => classify(p).kind === 'other',
    keepHead: (p) => p === configFile || CONFIG_LOCATIONS.includes(p) || p.startsWith(USER_RULES_DIR),
  });
  try {
    const base = await scan({ root: tree.root, ...(configAbsolute ? { configPath: configAbsolute } : {}), commit: input.baseSha, cache, ...(input.today ? { today: input.today } : {}) });
    const baseMs = performance.now() - started;
    return { head, base, diff: diffReports(base.report, head.report), fetched: tree.fetched, timings: { headMs, baseMs } };
  } finally {
    await tree.cleanup();
  }
}
