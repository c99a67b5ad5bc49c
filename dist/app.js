import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);
import {
  app_default,
  createApp
} from "./chunks/chunk-OX6EOHN7.js";
import "./chunks/chunk-EBZGVSJT.js";
import "./chunks/chunk-QRXV5QIC.js";
export {
  createApp,
  app_default as default
};
