import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);
import {
  app_default,
  createApp
} from "./chunks/chunk-MSLCHTM5.js";
import "./chunks/chunk-BZBLS3FD.js";
import "./chunks/chunk-OEROHYIH.js";
export {
  createApp,
  app_default as default
};
