import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);
import {
  app_default,
  createApp
} from "./chunks/chunk-XMLCPJJD.js";
import "./chunks/chunk-2OPOZ65D.js";
import "./chunks/chunk-7GNZPX6Q.js";
export {
  createApp,
  app_default as default
};
