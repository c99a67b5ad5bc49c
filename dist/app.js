import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);
import {
  app_default,
  createApp
} from "./chunks/chunk-LDR56H57.js";
import "./chunks/chunk-T4ZTBXD2.js";
import "./chunks/chunk-ZFIIFKMZ.js";
export {
  createApp,
  app_default as default
};
