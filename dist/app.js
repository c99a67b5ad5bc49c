import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);
import {
  app_default,
  createApp
} from "./chunks/chunk-WGFXSLBF.js";
import "./chunks/chunk-5NXYJYSG.js";
import "./chunks/chunk-2BMBUTGC.js";
export {
  createApp,
  app_default as default
};
