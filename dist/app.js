import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);
import {
  app_default,
  createApp
} from "./chunks/chunk-2UDKDNTW.js";
import "./chunks/chunk-NWWXANLX.js";
import "./chunks/chunk-X27OJH2B.js";
export {
  createApp,
  app_default as default
};
