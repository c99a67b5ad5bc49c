import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);
import {
  app_default,
  createApp
} from "./chunks/chunk-R4XFSVKY.js";
import "./chunks/chunk-MYHX6W23.js";
import "./chunks/chunk-ZL7DYWQG.js";
export {
  createApp,
  app_default as default
};
