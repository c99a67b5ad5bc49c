import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);
import {
  FILE_NAMES,
  FORMATS,
  render
} from "./chunks/chunk-QK55UGJQ.js";
import "./chunks/chunk-FFDRONEN.js";
import {
  DEFAULT_MAX_FILE_SIZE,
  FileFactCache,
  MemoryFactCache,
  readText,
  scan,
  walk
} from "./chunks/chunk-3U6Y4TO4.js";
import {
  ConfigError,
  ShipshapeError,
  parseSource
} from "./chunks/chunk-6OGEIICJ.js";
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
