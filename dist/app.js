import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);
import {
  app_default,
  createApp
} from "./chunks/chunk-TVWBTGWE.js";
import "./chunks/chunk-5JXCW7BA.js";
import "./chunks/chunk-4N36EI3F.js";
export {
  createApp,
  app_default as default
};
