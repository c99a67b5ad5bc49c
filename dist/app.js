import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);
import {
  app_default,
  createApp
} from "./chunks/chunk-VUN4R4M7.js";
import "./chunks/chunk-CHDQZUAH.js";
import "./chunks/chunk-AMXVNQ5D.js";
export {
  createApp,
  app_default as default
};
