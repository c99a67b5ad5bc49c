import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);
import {
  app_default,
  createApp
} from "./chunks/chunk-XEL7QSDD.js";
import "./chunks/chunk-7NW6YODW.js";
import "./chunks/chunk-Q7TA5RUL.js";
export {
  createApp,
  app_default as default
};
