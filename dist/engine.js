import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);
import {
  FILE_NAMES,
  FORMATS,
  render
} from "./chunks/chunk-ZCHZRUH3.js";
import "./chunks/chunk-WWVEMUXM.js";
import {
  DEFAULT_MAX_FILE_SIZE,
  MemoryFactCache,
  readText,
  scan,
  walk
} from "./chunks/chunk-26W3DENA.js";
import {
  ConfigError,
  ShipshapeError,
  parseSource
} from "./chunks/chunk-QCVOPENS.js";
export {
  ConfigError,
  DEFAULT_MAX_FILE_SIZE,
  FILE_NAMES,
  FORMATS,
  MemoryFactCache,
  ShipshapeError,
  parseSource,
  readText,
  render,
  scan,
  walk
};
