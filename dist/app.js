import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);
import {
  app_default,
  createApp
} from "./chunks/chunk-AZ6OU7LD.js";
import "./chunks/chunk-2ZQBKPNE.js";
import "./chunks/chunk-KP47DBYJ.js";
export {
  createApp,
  app_default as default
};
