import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);
import {
  app_default,
  createApp
} from "./chunks/chunk-2F5J476K.js";
import "./chunks/chunk-FB3EO5XZ.js";
import "./chunks/chunk-QCVOPENS.js";
export {
  createApp,
  app_default as default
};
