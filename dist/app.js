import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);
import {
  app_default,
  createApp
} from "./chunks/chunk-BZIR2LSF.js";
import "./chunks/chunk-XRTAKAEA.js";
import "./chunks/chunk-X27OJH2B.js";
export {
  createApp,
  app_default as default
};
