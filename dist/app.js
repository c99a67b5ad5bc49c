import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);
import {
  app_default,
  createApp
} from "./chunks/chunk-6LMFM3GS.js";
import "./chunks/chunk-BCS7WAY6.js";
import "./chunks/chunk-TT5TRD6A.js";
export {
  createApp,
  app_default as default
};
