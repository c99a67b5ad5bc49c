import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);
import {
  FILE_NAMES,
  FORMATS,
  render
} from "./chunks/chunk-FAATQ2HF.js";
import "./chunks/chunk-SPXLJVBS.js";
import {
  DEFAULT_MAX_FILE_SIZE,
  MemoryFactCache,
  readText,
  scan,
  walk
} from "./chunks/chunk-KZHSQ4TN.js";
import {
  ConfigError,
  ShipshapeError,
  parseSource
} from "./chunks/chunk-GUU7LMJU.js";
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
