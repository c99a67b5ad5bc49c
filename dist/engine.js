import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);
import {
  FILE_NAMES,
  FORMATS,
  render
} from "./chunks/chunk-4OHCFQF3.js";
import "./chunks/chunk-MAFCXFFV.js";
import {
  DEFAULT_MAX_FILE_SIZE,
  FileFactCache,
  MemoryFactCache,
  readText,
  scan,
  walk
} from "./chunks/chunk-XHBEEVR2.js";
import {
  ConfigError,
  ShipshapeError,
  parseSource
} from "./chunks/chunk-ZAAUWHEE.js";
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
