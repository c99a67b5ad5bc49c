import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);
import {
  app_default,
  createApp
} from "./chunks/chunk-2ZWPDSYD.js";
import "./chunks/chunk-MSOO67BI.js";
import "./chunks/chunk-O2Z542DB.js";
export {
  createApp,
  app_default as default
};
