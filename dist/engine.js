import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);
import {
  FILE_NAMES,
  FORMATS,
  render
} from "./chunks/chunk-TNZJFE37.js";
import {
  DEFAULT_MAX_FILE_SIZE,
  MemoryFactCache,
  readText,
  scan,
  walk
} from "./chunks/chunk-TJFQK2H2.js";
import {
  ConfigError,
  ShipshapeError,
  parseSource
} from "./chunks/chunk-URSMDOPE.js";
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
