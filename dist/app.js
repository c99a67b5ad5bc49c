import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);
import {
  app_default,
  createApp
} from "./chunks/chunk-FJWLSE2C.js";
import "./chunks/chunk-MINBPRRT.js";
import "./chunks/chunk-2INUMV5N.js";
export {
  createApp,
  app_default as default
};
