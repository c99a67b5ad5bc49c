import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);
import {
  app_default,
  createApp
} from "./chunks/chunk-YCBQOTMF.js";
import "./chunks/chunk-OKRLP2RZ.js";
import "./chunks/chunk-QCVOPENS.js";
export {
  createApp,
  app_default as default
};
