import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);
import {
  app_default,
  createApp
} from "./chunks/chunk-VQIBB7NF.js";
import "./chunks/chunk-4DHMNI3G.js";
import "./chunks/chunk-AV6CUKFD.js";
export {
  createApp,
  app_default as default
};
