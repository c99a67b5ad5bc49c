import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);
import {
  app_default,
  createApp
} from "./chunks/chunk-OTCF7D2D.js";
import "./chunks/chunk-YIIE6DRW.js";
import "./chunks/chunk-L4YECZNT.js";
export {
  createApp,
  app_default as default
};
