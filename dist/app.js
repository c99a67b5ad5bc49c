import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);
import {
  app_default,
  createApp
} from "./chunks/chunk-NFBNKCNO.js";
import "./chunks/chunk-GMPUTCYE.js";
import "./chunks/chunk-7GLQZF2L.js";
export {
  createApp,
  app_default as default
};
