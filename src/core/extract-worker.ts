import { parse } from '@ast-grep/napi';
import { parentPort, workerData } from 'node:worker_threads';
import { extractSource, type CompiledPattern } from '../extract/index.js';
import { errorMessage } from './errors.js';
import type { Language } from './model.js';
import { napiLanguage } from './parse.js';

/** A parse-and-extract worker: both cores parse AND run extractors, not just parse. */
export interface ExtractRequest {
  id: number;
  path: string;
  language: Language;
  text: string;
  lines: number;
}

const patterns = (workerData as { patterns: CompiledPattern[] }).patterns;

parentPort!.on('message', (request: ExtractRequest) => {
  try {
    const tree = parse(napiLanguage(request.language), request.text);
    const facts = extractSource(request.path, request.language, request.text, tree, request.lines, patterns);
    parentPort!.postMessage({ id: request.id, facts });
  } catch (error) {
    parentPort!.postMessage({ id: request.id, error: errorMessage(error) });
  }
});
