import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);
import {
  app_default,
  createApp
} from "./chunks/chunk-3UH5HTQA.js";
import "./chunks/chunk-B66IRDC2.js";
import "./chunks/chunk-S2NE4XKF.js";
export {
  createApp,
  app_default as default
};
