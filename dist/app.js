import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);
import {
  app_default,
  createApp
} from "./chunks/chunk-S26ADM5B.js";
import "./chunks/chunk-ZFFPOKRJ.js";
import "./chunks/chunk-Z5CXRE3H.js";
export {
  createApp,
  app_default as default
};
