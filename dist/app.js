import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);
import {
  app_default,
  createApp
} from "./chunks/chunk-DHAEUJX4.js";
import "./chunks/chunk-N3MY55IP.js";
import "./chunks/chunk-R5IBBHB4.js";
export {
  createApp,
  app_default as default
};
