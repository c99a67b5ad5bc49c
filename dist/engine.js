import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);
import {
  FILE_NAMES,
  FORMATS,
  render
} from "./chunks/chunk-BM774NVI.js";
import "./chunks/chunk-ZZOTQNGP.js";
import {
  DEFAULT_MAX_FILE_SIZE,
  FileFactCache,
  MemoryFactCache,
  readText,
  scan,
  walk
} from "./chunks/chunk-IO23UC2E.js";
import {
  ConfigError,
  ShipshapeError,
  parseSource
} from "./chunks/chunk-QHAVIKDO.js";
export {
  ConfigError,
  DEFAULT_MAX_FILE_SIZE,
  FILE_NAMES,
  FORMATS,
  FileFactCache,
  MemoryFactCache,
  ShipshapeError,
  parseSource,
  readText,
  render,
  scan,
  walk
};
