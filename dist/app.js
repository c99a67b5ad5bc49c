import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);
import {
  app_default,
  createApp
} from "./chunks/chunk-IFX3UROK.js";
import "./chunks/chunk-XHBEEVR2.js";
import "./chunks/chunk-ZAAUWHEE.js";
export {
  createApp,
  app_default as default
};
