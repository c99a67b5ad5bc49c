import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);
import {
  FILE_NAMES,
  FORMATS,
  render
} from "./chunks/chunk-ILOLJUKW.js";
import "./chunks/chunk-VIWW2LIK.js";
import {
  DEFAULT_MAX_FILE_SIZE,
  MemoryFactCache,
  readText,
  scan,
  walk
} from "./chunks/chunk-BCS7WAY6.js";
import {
  ConfigError,
  ShipshapeError,
  parseSource
} from "./chunks/chunk-TT5TRD6A.js";
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
