import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);
import {
  app_default,
  createApp
} from "./chunks/chunk-ASAE4WW2.js";
import "./chunks/chunk-FOJW7WF7.js";
import "./chunks/chunk-CFYYIKBQ.js";
export {
  createApp,
  app_default as default
};
