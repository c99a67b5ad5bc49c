import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);
import {
  app_default,
  createApp
} from "./chunks/chunk-7OW73X4W.js";
import "./chunks/chunk-RRWHQ3HM.js";
import "./chunks/chunk-6L4P5RDB.js";
export {
  createApp,
  app_default as default
};
