import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);
import {
  app_default,
  createApp
} from "./chunks/chunk-KA47DHNS.js";
import "./chunks/chunk-7PLQDV2W.js";
import "./chunks/chunk-2OTGNFZY.js";
export {
  createApp,
  app_default as default
};
