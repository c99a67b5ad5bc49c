import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);
import {
  app_default,
  createApp
} from "./chunks/chunk-OPEPO4K2.js";
import "./chunks/chunk-IO23UC2E.js";
import "./chunks/chunk-QHAVIKDO.js";
export {
  createApp,
  app_default as default
};
