import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);
import {
  app_default,
  createApp
} from "./chunks/chunk-PKIQDNR5.js";
import "./chunks/chunk-ZYAXM3X2.js";
import "./chunks/chunk-JOZAATIK.js";
export {
  createApp,
  app_default as default
};
