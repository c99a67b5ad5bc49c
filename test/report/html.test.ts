import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { renderHtml } from '../../src/report/html.js';
import { INJECTED_SCRIPT, catalogue, emptyReport, sampleReport } from './fixtures.js';
import { toMatchGolden } from './golden.js';

expect.extend({ toMatchGolden });

describe('renderHtml', () => {
  it('matches the golden output', () => {
    expect(renderHtml(sampleReport, catalogue)).toMatchGolden('sample.html');
    expect(renderHtml(emptyReport, catalogue)).toMatchGolden('empty.html');
  });

  it('is self-contained: no script, no external resource', () => {
    const html = renderHtml(sampleReport, catalogue);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(|\ssrc=/i);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none';`);
  });

  it('links docs only when they are http(s) URLs', () => {
    const html = renderHtml(sampleReport, catalogue);
    expect(html).toContain('<a href="https://shipshape.dev/rules/security/mutations-require-authorization"');
    expect(html).not.toContain('href="javascript:');
    expect(html).toContain('<code>javascript:alert(1)</code>');
  });
});

// Debian's Chromium (apt-get install chromium), driven by playwright-core without a browser download of
// its own; CHROMIUM_PATH points elsewhere on machines that keep it in another place.
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

describe('renderHtml in Chromium', () => {
  let profile: string;
  let context: BrowserContext;
  /** Every URL the page asked for; routed requests are aborted so nothing leaves the machine. */
  let requests: string[];

  beforeAll(async () => {
    profile = mkdtempSync(join(tmpdir(), 'shipshape-chromium-'));
    // A persistent context is how Playwright takes a fresh --user-data-dir.
    context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    await context.route('**/*', (route) => route.abort());
  });

  afterAll(async () => {
    await context?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  async function open(html: string): Promise<Page> {
    requests = [];
    const page = await context.newPage();
    page.on('request', (request) => requests.push(request.url()));
    await page.setContent(html, { waitUntil: 'load' });
    return page;
  }

  it('detects the payload running and requests leaving, so that seeing neither below means a pass', async () => {
    const page = await open(`<!doctype html>${INJECTED_SCRIPT}<img src="https://example.com/pixel.png">`);
    expect(await page.evaluate(() => 'pwned' in globalThis)).toBe(true);
    expect(requests).toEqual(['https://example.com/pixel.png']);
    await page.close();
  });

  it('shows the scorecard, the gaps and hostile text as text, runs nothing and requests nothing', async () => {
    const page = await open(renderHtml(sampleReport, catalogue));

    const headers = await page.locator('.scorecard thead th').allInnerTexts();
    expect(headers).toEqual(['Dimension', 'Phase 1 — Critical', 'Phase 2 — Hardening', 'Phase 3 — Polish', 'Total']);
    expect(await page.locator('.scorecard tbody tr').nth(0).locator('td').allInnerTexts()).toEqual(['2', '✓ 0', '✓ 0', '2']);
    expect(await page.locator('.scorecard tfoot td').allInnerTexts()).toEqual(['3', '3', '2', '8']);

    const firstGap = page.locator('#phase-critical article').first();
    expect(await firstGap.locator('h4').innerText()).toBe(sampleReport.gaps[0]!.title);
    expect(await firstGap.locator('.rule').innerText()).toContain('Every mutating route checks authorization');
    expect(await firstGap.locator('pre .ln').allInnerTexts()).toEqual(['14', '15', '16', '17', '18']);

    const hostile = page.locator('#phase-critical article').nth(1);
    expect(await hostile.locator('h4').innerText()).toContain(INJECTED_SCRIPT);
    expect(await page.locator('script').count()).toBe(0);
    expect(await page.evaluate(() => 'pwned' in globalThis)).toBe(false);

    expect(await page.locator('#suppressed tbody tr').count()).toBe(2);
    expect(await page.locator('#errors li').innerText()).toContain('cannot parse');
    expect(await page.locator('#notices li').innerText()).toContain('expired on 2024-12-31');
    expect(requests).toEqual([]);
    await page.close();
  });

  it('shows an all-green scorecard for a clean repository', async () => {
    const page = await open(renderHtml(emptyReport, catalogue));
    const cells = await page.locator('.scorecard tbody td:not(.total)').allInnerTexts();
    expect(cells).toHaveLength(15);
    expect(new Set(cells)).toEqual(new Set(['✓ 0']));
    expect(await page.locator('.headline').innerText()).toContain('No open gaps');
    expect(requests).toEqual([]);
    await page.close();
  });
});
