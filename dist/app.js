import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);
import {
  app_default,
  createApp
} from "./chunks/chunk-TJYPCRMA.js";
import "./chunks/chunk-O3MZLGO6.js";
import "./chunks/chunk-M72TXFTL.js";
export {
  createApp,
  app_default as default
};
