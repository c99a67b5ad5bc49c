import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);
import {
  app_default,
  createApp
} from "./chunks/chunk-CYLM5J7A.js";
import "./chunks/chunk-FYLTNJ7J.js";
import "./chunks/chunk-LKGVVIH6.js";
export {
  createApp,
  app_default as default
};
