import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);
import {
  app_default,
  createApp
} from "./chunks/chunk-WQFVDXCA.js";
import "./chunks/chunk-TOP65WLI.js";
import "./chunks/chunk-DWSVDGOY.js";
export {
  createApp,
  app_default as default
};
