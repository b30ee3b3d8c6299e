import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildDocs } from '../../scripts/docs.js';
import { browserSuiteRuns, collectPageErrors, offlineContext, requireBrowser, SCREENSHOTS, useChromium } from './support/chromium.js';

const chrome = useChromium('plivo-browser-');

describe.runIf(browserSuiteRuns('browser tests'))('the HTML reference (npm run docs)', () => {
  let docsFile: string | undefined;

  /** The page built by `npm run docs`, opened offline at the send operation. */
  async function openSendMessage() {
    requireBrowser(chrome.browser);
    docsFile ??= (await buildDocs(join(chrome.work, 'docs/index.html'))).file;
    const { context, external } = await offlineContext(chrome.browser, []);
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
