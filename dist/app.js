import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);
import {
  app_default,
  createApp
} from "./chunks/chunk-MY34IIX6.js";
import "./chunks/chunk-DMLXN67A.js";
import "./chunks/chunk-NVIKPPZB.js";
export {
  createApp,
  app_default as default
};
