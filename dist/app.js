import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);
import {
  app_default,
  createApp
} from "./chunks/chunk-4JNXMAZI.js";
import "./chunks/chunk-LDEDHBQP.js";
import "./chunks/chunk-EROLHQOD.js";
export {
  createApp,
  app_default as default
};
