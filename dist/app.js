import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);
import {
  app_default,
  createApp
} from "./chunks/chunk-PH33LW37.js";
import "./chunks/chunk-37QXKMLP.js";
import "./chunks/chunk-ANLUQXDG.js";
export {
  createApp,
  app_default as default
};
