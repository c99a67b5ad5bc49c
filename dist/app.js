import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);
import {
  app_default,
  createApp
} from "./chunks/chunk-DJNKPVLC.js";
import "./chunks/chunk-MCUVXGWA.js";
import "./chunks/chunk-VM66XC3D.js";
export {
  createApp,
  app_default as default
};
