import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);
import {
  FILE_NAMES,
  FORMATS,
  render
} from "./chunks/chunk-OZD5MGDO.js";
import "./chunks/chunk-2RC23XLR.js";
import {
  DEFAULT_MAX_FILE_SIZE,
  FileFactCache,
  MemoryFactCache,
  readText,
  scan,
  walk
} from "./chunks/chunk-O3MZLGO6.js";
import {
  ConfigError,
  ShipshapeError,
  parseSource
} from "./chunks/chunk-M72TXFTL.js";
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
