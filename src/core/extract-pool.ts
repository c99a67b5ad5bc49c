import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { extractSource, type CompiledPattern } from '../extract/index.js';
import type { ExtractRequest } from './extract-worker.js';
import type { FileFacts } from './facts.js';
import type { Language } from './model.js';
import { parseSource } from './parse.js';

/** Parses and extracts source files: on worker threads when it pays off, in-process otherwise. */
export interface Extractor {
  extract(path: string, language: Language, text: string, lines: number): Promise<FileFacts>;
  close(): Promise<void>;
}

/** In-process: parsing runs on libuv's pool, extraction on the main thread. */
export function inProcessExtractor(patterns: readonly CompiledPattern[]): Extractor {
  return {
    async extract(path, language, text, lines) {
      const tree = await parseSource(language, text);
      return extractSource(path, language, text, tree, lines, patterns);
    },
    async close() {},
  };
}

/**
 * The worker script of the bundle: `dist/extract-worker.js`, beside this module or one level
 * up when this module sits in a shared chunk (`dist/chunks/`). Running from TypeScript sources
 * (tests, tsx) there is none, and extraction stays in-process.
 */
function workerScript(): URL | null {
  for (const candidate of ['./extract-worker.js', '../extract-worker.js']) {
    const url = new URL(candidate, import.meta.url);
    if (url.protocol === 'file:' && existsSync(fileURLToPath(url))) return url;
  }
  return null;
}

/** A pool of worker threads, each parsing and extracting; null when no worker script is available. */
export function workerExtractor(patterns: readonly CompiledPattern[], threads: number): Extractor | null {
  const script = workerScript();
  if (!script) return null;
  const pending = new Map<number, { resolve(f: FileFacts): void; reject(e: Error): void }>();
  const load: number[] = [];
  const workers = Array.from({ length: threads }, (_, i) => {
    const worker = new Worker(script, { workerData: { patterns } });
    load[i] = 0;
    worker.on('message', (message: { id: number; facts?: FileFacts; error?: string }) => {
      load[i]!--;
      const waiter = pending.get(message.id);
      pending.delete(message.id);
      if (message.facts) waiter?.resolve(message.facts);
      else waiter?.reject(new Error(message.error ?? 'worker failed'));
    });
    worker.on('error', (error) => {
      for (const waiter of pending.values()) waiter.reject(error);
      pending.clear();
    });
    return worker;
  });
  let nextId = 0;
  return {
    extract(path, language, text, lines) {
      const id = nextId++;
      // The least-loaded worker gets the file, so one slow file does not stall a queue.
      let target = 0;
      for (let i = 1; i < workers.length; i++) if (load[i]! < load[target]!) target = i;
      load[target]!++;
      return new Promise<FileFacts>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        const request: ExtractRequest = { id, path, language, text, lines };
        workers[target]!.postMessage(request);
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
