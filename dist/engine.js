import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);
import {
  FILE_NAMES,
  FORMATS,
  render
} from "./chunks/chunk-3IK6MY2Z.js";
import "./chunks/chunk-BBNPNOJB.js";
import {
  DEFAULT_MAX_FILE_SIZE,
  MemoryFactCache,
  readText,
  scan,
  walk
} from "./chunks/chunk-T4ZTBXD2.js";
import {
  ConfigError,
  ShipshapeError,
  parseSource
} from "./chunks/chunk-ZFIIFKMZ.js";
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
