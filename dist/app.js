import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);
import {
  app_default,
  createApp
} from "./chunks/chunk-XJSDVCXA.js";
import "./chunks/chunk-J6TFVCNF.js";
import "./chunks/chunk-URSMDOPE.js";
export {
  createApp,
  app_default as default
};
