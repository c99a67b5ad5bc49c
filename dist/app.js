import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);
import {
  app_default,
  createApp
} from "./chunks/chunk-TJ5W4LTZ.js";
import "./chunks/chunk-JPCTZ72A.js";
import "./chunks/chunk-55M5LGDD.js";
export {
  createApp,
  app_default as default
};
