import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);
import {
  app_default,
  createApp
} from "./chunks/chunk-O6WRTLQN.js";
import "./chunks/chunk-JWAMTJB5.js";
import "./chunks/chunk-S4RJRA2P.js";
export {
  createApp,
  app_default as default
};
