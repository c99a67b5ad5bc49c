import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);
import {
  app_default,
  createApp
} from "./chunks/chunk-PPIFCA2S.js";
import "./chunks/chunk-NTZHJ7FY.js";
import "./chunks/chunk-KVVIMFA5.js";
export {
  createApp,
  app_default as default
};
