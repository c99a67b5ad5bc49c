import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);
import {
  app_default,
  createApp
} from "./chunks/chunk-NTAUB3GQ.js";
import "./chunks/chunk-HI7C5UWZ.js";
import "./chunks/chunk-2INUMV5N.js";
export {
  createApp,
  app_default as default
};
