import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);
import {
  app_default,
  createApp
} from "./chunks/chunk-HET6D66E.js";
import "./chunks/chunk-ATIO3MC7.js";
import "./chunks/chunk-BFOBR2OE.js";
export {
  createApp,
  app_default as default
};
