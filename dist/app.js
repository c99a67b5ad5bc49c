import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);
import {
  app_default,
  createApp
} from "./chunks/chunk-UH7AUHL3.js";
import "./chunks/chunk-CF3TQZVJ.js";
import "./chunks/chunk-474SQQUZ.js";
export {
  createApp,
  app_default as default
};
