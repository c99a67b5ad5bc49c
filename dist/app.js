import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);
import {
  app_default,
  createApp
} from "./chunks/chunk-HGG7LTAJ.js";
import "./chunks/chunk-AJVRTMFZ.js";
import "./chunks/chunk-ENQDYQRA.js";
export {
  createApp,
  app_default as default
};
