import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);
import {
  app_default,
  createApp
} from "./chunks/chunk-3FZDYNMY.js";
import "./chunks/chunk-26W3DENA.js";
import "./chunks/chunk-QCVOPENS.js";
export {
  createApp,
  app_default as default
};
