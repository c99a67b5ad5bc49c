import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);
import {
  app_default,
  createApp
} from "./chunks/chunk-WXZY6B4H.js";
import "./chunks/chunk-KZHSQ4TN.js";
import "./chunks/chunk-GUU7LMJU.js";
export {
  createApp,
  app_default as default
};
