/**
 * The programmatic API: `import { scan } from 'shipshape/engine'`. Everything here is
 * GitHub-free; the Action and the App are shells around it.
 */
export { FileFactCache, MemoryFactCache, scan, type FactCache, type ScanOptions, type ScanResult } from './core/engine.js';
export { ConfigError, ShipshapeError } from './core/errors.js';
export type * from './core/model.js';
export { parseSource } from './core/parse.js';
export { DEFAULT_MAX_FILE_SIZE, readText, walk } from './core/scan.js';
export { render, FORMATS, FILE_NAMES, type Format } from './report/index.js';
