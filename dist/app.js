import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);
import {
  app_default,
  createApp
} from "./chunks/chunk-MCH5SVZ6.js";
import "./chunks/chunk-3OILQISW.js";
import "./chunks/chunk-7H5DVTKO.js";
export {
  createApp,
  app_default as default
};
