import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);
import {
  DEFAULT_MAX_FILE_SIZE,
  FILE_NAMES,
  FORMATS,
  MemoryFactCache,
  readText,
  render,
  scan,
  walk
} from "./chunks/chunk-MYM4YQXL.js";
import {
  ConfigError,
  ShipshapeError,
  parseSource
} from "./chunks/chunk-VM66XC3D.js";
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
