import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);
import {
  app_default,
  createApp
} from "./chunks/chunk-3HYNTPHJ.js";
import "./chunks/chunk-7TAMQAE4.js";
import "./chunks/chunk-YYDWWQRV.js";
export {
  createApp,
  app_default as default
};
