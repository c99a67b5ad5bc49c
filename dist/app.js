import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);
import {
  app_default,
  createApp
} from "./chunks/chunk-ENBERDQJ.js";
import "./chunks/chunk-4TGBZCBE.js";
import "./chunks/chunk-4WG5UHPV.js";
export {
  createApp,
  app_default as default
};
