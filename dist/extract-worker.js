import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);
import {
  errorMessage,
  extractSource,
  napiLanguage
} from "./chunks/chunk-O2Z542DB.js";

// src/core/extract-worker.ts
import { parse } from "@ast-grep/napi";
import { parentPort, workerData } from "node:worker_threads";
var patterns = workerData.patterns;
parentPort.on("message", (request) => {
  try {
    const tree = parse(napiLanguage(request.language), request.text);
    const facts = extractSource(request.path, request.language, request.text, tree, request.lines, patterns);
    parentPort.postMessage({ id: request.id, facts });
  } catch (error) {
    parentPort.postMessage({ id: request.id, error: errorMessage(error) });
  }
});
