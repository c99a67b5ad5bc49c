import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);
import {
  app_default,
  createApp
} from "./chunks/chunk-5GCCAT2I.js";
import "./chunks/chunk-3U6Y4TO4.js";
import "./chunks/chunk-6OGEIICJ.js";
export {
  createApp,
  app_default as default
};
