import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);
import {
  app_default,
  createApp
} from "./chunks/chunk-OHBL5RTE.js";
import "./chunks/chunk-N6L2UADG.js";
import "./chunks/chunk-6OGEIICJ.js";
export {
  createApp,
  app_default as default
};
