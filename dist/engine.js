import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);
import {
  FILE_NAMES,
  FORMATS,
  render
} from "./chunks/chunk-KNENVR4O.js";
import "./chunks/chunk-VYBHA3BL.js";
import {
  DEFAULT_MAX_FILE_SIZE,
  FileFactCache,
  MemoryFactCache,
  readText,
  scan,
  walk
} from "./chunks/chunk-4TGBZCBE.js";
import {
  ConfigError,
  ShipshapeError,
  parseSource
} from "./chunks/chunk-4WG5UHPV.js";
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
