import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);
import {
  createApp
} from "./chunks/chunk-2ZWPDSYD.js";
import "./chunks/chunk-MSOO67BI.js";
import "./chunks/chunk-O2Z542DB.js";

// src/app/serverless.ts
import { createProbot } from "probot";
var reply = (statusCode, body) => ({ statusCode, headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
function createHandler(options = {}) {
  let loaded = null;
  const load = async () => {
    const probot = options.probot ? options.probot() : createProbot();
    await probot.load(createApp(options.app));
    return probot;
  };
  return async (event) => {
    loaded ??= load().catch((error) => {
      loaded = null;
      throw error;
    });
    const probot = await loaded;
    const headers = Object.fromEntries(Object.entries(event.headers).map(([k, v]) => [k.toLowerCase(), v ?? ""]));
    const id = headers["x-github-delivery"];
    const name = headers["x-github-event"];
    const signature = headers["x-hub-signature-256"];
    if (!id || !name || !signature || event.body === null) return reply(400, { error: "not a GitHub webhook delivery (missing headers or body)" });
    const payload = event.isBase64Encoded ? Buffer.from(event.body, "base64").toString("utf8") : event.body;
    try {
      await probot.webhooks.verifyAndReceive({ id, name, signature, payload });
      return reply(200, { ok: true });
    } catch (error) {
      const first = error instanceof AggregateError ? error.errors[0] : error;
      const status = first?.status === 400 ? 400 : 500;
      probot.log.error(error);
      return reply(status, { error: first?.message ?? "handler failed" });
    }
  };
}
var handler = createHandler();
export {
  createHandler,
  handler
};
