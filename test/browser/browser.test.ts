import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildDocs } from '../../scripts/docs.js';
import { validateSendMessageRequest } from '../../src/index.js';

const ROOT = join(import.meta.dirname, '../..');
const FIXTURES = join(import.meta.dirname, 'fixtures');
const SCREENSHOTS = join(ROOT, 'test-output');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const HAVE_CHROMIUM = existsSync(CHROMIUM);
// In CI a missing browser is a broken setup, not a reason to skip.
const REQUIRED = process.env.CI === 'true';
if (!HAVE_CHROMIUM && !REQUIRED) console.warn(`Chromium not found at ${CHROMIUM}; browser tests skipped`);

const LAUNCH_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

let browser: Browser | undefined;
let work: string;

beforeAll(async () => {
  if (!HAVE_CHROMIUM) return;
  work = mkdtempSync(join(tmpdir(), 'plivo-browser-'));
  mkdirSync(SCREENSHOTS, { recursive: true });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
});

afterAll(async () => {
  await browser?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** The launched browser; fails the test when Chromium is required but missing. */
function requireBrowser(): Browser {
  if (!browser) throw new Error(`Chromium not found at ${CHROMIUM}: install it (apt-get install -y chromium) or set CHROMIUM_PATH. With CI=true browser tests are never skipped.`);
  return browser;
}

/** A context in which every request leaving the machine is recorded and refused: the tests run offline. */
async function offlineContext(allowedOrigins: string[]): Promise<{ context: BrowserContext; external: Array<{ url: string; type: string }> }> {
  const context = await requireBrowser().newContext({ viewport: { width: 1280, height: 900 } });
  const external: Array<{ url: string; type: string }> = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (/^(file|data|blob):/.test(url) || allowedOrigins.some((origin) => url.startsWith(`${origin}/`))) return route.continue();
    external.push({ url, type: route.request().resourceType() });
    return route.abort();
  });
  return { context, external };
}

function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  return errors;
}

describe.runIf(HAVE_CHROMIUM || REQUIRED)('the HTML reference (npm run docs)', () => {
  let docsFile: string | undefined;

  /** The page built by `npm run docs`, opened offline at the send operation. */
  async function openSendMessage() {
    requireBrowser();
    docsFile ??= (await buildDocs(join(work, 'docs/index.html'))).file;
    const { context, external } = await offlineContext([]);
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(`${pathToFileURL(docsFile).href}#/messages/sendmessage`);
    await page.getByRole('heading', { name: 'Send a message' }).first().waitFor({ state: 'visible' });
    return { context, external, page, errors };
  }

  it('works offline and shows the send-message operation and the WhatsApp template schema', { timeout: 60_000 }, async () => {
    const { context, external, page, errors } = await openSendMessage();
    expect(await page.getByText('POST/v1/Account/{auth_id}/Message/').first().isVisible()).toBe(true);

    const template = page.locator('.schema-name', { hasText: /^template$/ }).first();
    await template.scrollIntoViewIfNeeded();
    expect(await page.getByText('WhatsAppTemplate (object) or null').first().isVisible()).toBe(true);
    await template.click();
    const description = page.getByText('A pre-approved WhatsApp message template').first();
    await description.waitFor({ state: 'visible' });
    await description.locator('xpath=following::button[1]').click();
    for (const field of ['name', 'language', 'components']) {
      expect(await page.locator('.schema-name', { hasText: new RegExp(`^${field}$`) }).first().isVisible(), field).toBe(true);
    }
    await template.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'docs-send-message.png') });

    expect(errors).toEqual([]);
    // Redoc's script and the badge's logos are inlined: the page asks the network for nothing.
    expect(external).toEqual([]);
    await context.close();
  });

  it('speaks to API users: field descriptions without schema reasoning or SDK names, and a badge with its logo', { timeout: 60_000 }, async () => {
    const { context, external, page, errors } = await openSendMessage();

    const field = async (name: string) => {
      const row = page.locator('.schema-property-item', { has: page.locator('.schema-name', { hasText: new RegExp(`^${name}$`) }) }).first();
      await row.scrollIntoViewIfNeeded();
      return row.innerText();
    };
    expect(await field('type')).toContain('Message channel. sms when absent.');
    expect(await field('powerpackUUID')).toContain('Ignored by Plivo. Use powerpack_uuid.');
    expect(await field('message_expiry')).toContain("Seconds the message may wait in Plivo's queue before it fails with error 420: 5 to 10,800, as an integer or a digit string. 10,800 seconds (3 hours) is the default.");
    expect(await field('log')).toContain('content_only logs the content and masks the number');
    expect(await field('url')).toContain('Fully qualified http(s) URL');
    expect(await page.getByText("Messages leave Plivo's queue at your account's rate").first().isVisible()).toBe(true);

    const text = await page.locator('body').innerText();
    expect(text).not.toMatch(/\bSDKs?\b/);
    expect(text).not.toContain('Deliberately');
    expect(text).not.toContain('Not a Plivo parameter');
    expect(text).not.toMatch(/\b(?:Ruby|Python|PHP|\.NET)\b/);

    const badge = page.locator('a[href="https://redocly.com/redoc/"]').first();
    await badge.scrollIntoViewIfNeeded();
    expect(await badge.innerText()).toContain('API docs by');
    const logo = badge.locator('img[alt="redocly logo"]');
    await logo.waitFor({ state: 'visible' });
    expect(await logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    await badge.screenshot({ path: join(SCREENSHOTS, 'docs-badge.png') });

    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    await context.close();
  });
});

describe.runIf(HAVE_CHROMIUM || REQUIRED)('the browser build of the client', () => {
  const prismUrl = inject('prismUrl');
  let site: Server;
  let siteUrl: string;

  beforeAll(async () => {
    if (!browser) return;
    const bundle = join(work, 'plivo.js');
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
    requireBrowser();
    expect(new URL(siteUrl).origin).not.toBe(new URL(prismUrl).origin);
    const { context, external } = await offlineContext([siteUrl, prismUrl]);
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
