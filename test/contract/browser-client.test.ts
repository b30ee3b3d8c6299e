import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { validateSendMessageRequest } from '../../src/index.js';
import { browserSuiteRuns, collectPageErrors, offlineContext, requireBrowser, SCREENSHOTS, useChromium } from '../browser/support/chromium.js';

const ROOT = join(import.meta.dirname, '../..');
const FIXTURES = join(import.meta.dirname, 'fixtures/browser');

const chrome = useChromium('plivo-browser-client-');

describe.runIf(browserSuiteRuns('browser client tests'))('the browser build of the client', () => {
  const prismUrl = inject('prismUrl');
  let site: Server;
  let siteUrl: string;

  beforeAll(async () => {
    if (!chrome.browser) return;
    const bundle = join(chrome.work, 'plivo.js');
    await build({ entryPoints: [join(ROOT, 'src/index.ts')], bundle: true, format: 'esm', platform: 'browser', minify: true, outfile: bundle, logLevel: 'silent' });
    const files: Record<string, string> = { '/': join(FIXTURES, 'index.html'), '/app.js': join(FIXTURES, 'app.js'), '/plivo.js': bundle };
    site = createServer((request, response) => {
      const path = files[new URL(request.url ?? '/', 'http://localhost').pathname];
      if (!path) {
        response.writeHead(404).end();
        return;
      }
      const type = extname(path) === '.html' ? 'text/html; charset=utf-8' : 'text/javascript; charset=utf-8';
      response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(readFileSync(path));
    });
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    const address = site.address();
    siteUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });

  afterAll(() => (site ? new Promise<void>((resolve) => site.close(() => resolve())) : undefined));

  it('sends across origins to the Prism mock (202), and an invalid body never reaches the network', { timeout: 60_000 }, async () => {
    requireBrowser(chrome.browser);
    expect(new URL(siteUrl).origin).not.toBe(new URL(prismUrl).origin);
    const { context, external } = await offlineContext(chrome.browser, [siteUrl, prismUrl]);
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    const toPrism: Array<{ method: string; url: string }> = [];
    page.on('request', (request) => {
      if (request.url().startsWith(prismUrl)) toPrism.push({ method: request.method(), url: request.url() });
    });
    await page.goto(`${siteUrl}/?api=${encodeURIComponent(prismUrl)}`);
    await page.locator('#send:not([disabled])').waitFor();

    // 1. A valid SMS: the client's fetch crosses origins, the mock allows it and queues the message.
    const answered = page.waitForResponse((response) => response.url().startsWith(prismUrl) && response.request().method() === 'POST');
    await page.click('#send');
    const response = await answered;
    expect(response.status()).toBe(202);
    expect(response.headers()['access-control-allow-origin']).toBe(siteUrl);
    await page.locator('#result[data-state="sent"]').waitFor();
    expect(await page.locator('#result').innerText()).toMatch(/^HTTP 202: message\(s\) queued\nmessage_uuid [0-9a-f-]{36}$/);
    expect(toPrism.filter((request) => request.method === 'POST')).toHaveLength(1);
    await page.screenshot({ path: join(SCREENSHOTS, 'browser-send-202.png') });

    // 2. An invalid body: every issue is shown and no request goes to the mock.
    const invalid = { src: '14155550100', dst: '14155550123', type: 'mms', text: 'Hi', media_url: 'https://example.com/a.png', log: 'yes' };
    const expected = validateSendMessageRequest(invalid);
    if (expected.ok) throw new Error('the body should be invalid');
    toPrism.length = 0;
    await page.fill('#body', JSON.stringify(invalid, null, 2));
    await page.click('#send');
    await page.locator('#result[data-state="invalid"]').waitFor();
    expect(await page.locator('#issues li').allInnerTexts()).toEqual(expected.issues.map((issue) => `${issue.path}: ${issue.message}`));
    expect(await page.locator('#result').innerText()).toContain('requests made: 0');
    expect(toPrism).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'browser-invalid-body.png') });

    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    await context.close();
  });
});
