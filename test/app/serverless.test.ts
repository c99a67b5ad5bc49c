// The App as a function: signed deliveries in, verified before any handler runs.
import { afterEach, describe, expect, it } from '@jest/globals';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHandler, type HttpEvent, type HttpResult } from '../../src/app/serverless.js';
import { delivery, installationEvent } from '../github-server/webhooks.js';
import { Harness, SECRET } from './harness.js';

let h: Harness;
afterEach(() => h.close());

describe('serverless handler', () => {
  it('loads the App once, verifies signatures and runs verified deliveries to completion', async () => {
    h = await Harness.start();
    let loads = 0;
    const handler = createHandler({
      probot: () => {
        loads++;
        return h.bareProbot();
      },
      app: { tarball: { tmpRoot: h.tmpRoot } },
    });
    const install = delivery('installation', installationEvent(h.server, { installationId: h.installationId, action: 'created' }), SECRET);

    const forged = await handler({ headers: { ...install.headers, 'X-Hub-Signature-256': `sha256=${'0'.repeat(64)}` }, body: install.body });
    expect(forged.statusCode).toBe(400);
    expect(h.server.writes()).toEqual([]);

    const missing = await handler({ headers: { 'content-type': 'application/json' }, body: install.body });
    expect(missing.statusCode).toBe(400);

    // Header names arrive in any case from API gateways; the body may be base64.
    const headers = Object.fromEntries(Object.entries(install.headers).map(([k, v]) => [k.toUpperCase(), v]));
    const ok = await handler({ headers, body: Buffer.from(install.body).toString('base64'), isBase64Encoded: true });
    expect(ok).toEqual({ statusCode: 200, headers: { 'content-type': 'application/json' }, body: '{"ok":true}' });
    expect([...h.phaseIssues().keys()]).toEqual(['critical', 'hardening', 'polish']);
    expect(loads).toBe(1);
  });

  it('answers 500 when a handler fails, so GitHub records a failed delivery', async () => {
    h = await Harness.start();
    const handler = createHandler({ probot: () => h.bareProbot(), app: { tarball: { tmpRoot: h.tmpRoot } } });
    h.server.inject({ method: 'GET', path: '/repos/acme/portal', status: 500, times: Infinity });
    const install = delivery('installation', installationEvent(h.server, { installationId: h.installationId, action: 'created' }), SECRET);
    const result = await handler({ headers: install.headers, body: install.body });
    expect(result.statusCode).toBe(500);
    expect(JSON.parse(result.body).error).toContain('acme/portal');
  });
});

/** The handler behind a real HTTP listener, the way a function URL or API gateway calls it. */
async function serve(handler: (event: HttpEvent) => Promise<HttpResult>): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : v]));
      void handler({ headers, body: Buffer.concat(chunks).toString('utf8') }).then((result) => {
        res.writeHead(result.statusCode, result.headers);
        res.end(result.body);
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('serverless handler over HTTP', () => {
  it('takes GitHub-signed deliveries as GitHub posts them', async () => {
    h = await Harness.start();
    const endpoint = await serve(createHandler({ probot: () => h.bareProbot(), app: { tarball: { tmpRoot: h.tmpRoot } } }));
    try {
      const install = delivery('installation', installationEvent(h.server, { installationId: h.installationId, action: 'created' }), SECRET);
      const tampered = await fetch(endpoint.url, { method: 'POST', headers: install.headers, body: install.body.replace('"created"', '"deleted"') });
      expect(tampered.status).toBe(400);
      expect(h.server.writes()).toEqual([]);
      const res = await fetch(endpoint.url, { method: 'POST', headers: install.headers, body: install.body });
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ ok: true });
      expect([...h.phaseIssues().keys()]).toEqual(['critical', 'hardening', 'polish']);
    } finally {
      await endpoint.close();
    }
  });
});
