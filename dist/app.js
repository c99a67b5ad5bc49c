import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);
import {
  app_default,
  createApp
} from "./chunks/chunk-5JTODK7E.js";
import "./chunks/chunk-7TA7CXYR.js";
import "./chunks/chunk-LKGVVIH6.js";
export {
  createApp,
  app_default as default
};
