/**
 * The `cache-file` input: facts kept between workflow runs (with `actions/cache`), so a pull
 * request's scan parses only the files that differ from the cached tree.
 */
import { homedir } from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import { errorMessage } from '../core/errors.js';
import { FileFactCache, MemoryFactCache, type FactCache } from '../core/fact-cache.js';

/** `~/…` as actions/cache writes it, else relative to the workspace. */
export function resolveCacheFile(input: string, workspace: string): string {
  const expanded = input === '~' || input.startsWith('~/') ? path.join(homedir(), input.slice(1)) : input;
  return path.resolve(workspace, expanded);
}

/**
 * The cache for this run: the file's facts when it is usable. A file inside the checkout is
 * refused — a pull request could commit one whose facts hide its own gaps — and any problem
 * only costs time, never the run.
 */
export function openCache(input: string | null, workspace: string): { cache: FactCache; file: FileFactCache | null } {
  if (!input) return { cache: new MemoryFactCache(), file: null };
  const file = resolveCacheFile(input, workspace);
  const relative = path.relative(path.resolve(workspace), file);
  if (relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative))) {
    core.warning(`shipshape: cache-file ${input} is inside the checkout, where a pull request could write it; the cache is not used. Keep it outside, e.g. ~/.cache/shipshape/facts (see docs/action.md).`);
    return { cache: new MemoryFactCache(), file: null };
  }
  const loaded = FileFactCache.load(file);
  if (loaded.problem) core.warning(`shipshape: ${loaded.problem}`);
  else if (loaded.loaded === 0) core.info(`shipshape: no facts cached in ${input} yet; this run writes them`);
  else core.info(`shipshape: ${loaded.loaded} files' facts read from ${input}`);
  return { cache: loaded, file: loaded };
}

export function saveCache(file: FileFactCache | null): void {
  if (!file) return;
  try {
    file.save();
  } catch (error) {
    core.warning(`shipshape: the fact cache could not be written to ${file.file} (${errorMessage(error)}); the next run parses every file`);
  }
}
