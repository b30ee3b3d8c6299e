import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

/** Where the browser tests leave their screenshots. */
export const SCREENSHOTS = join(import.meta.dirname, '../../../test-output');

/** Debian's Chromium, or the one CHROMIUM_PATH names. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const HAVE_CHROMIUM = existsSync(CHROMIUM);
// In CI a missing browser is a broken setup, not a reason to skip.
const REQUIRED = process.env.CI === 'true';

/**
 * Whether a browser suite runs: where Chromium is installed, and always in CI, where its absence
 * fails the suite. Elsewhere the suite is skipped with a warning naming `suite`.
 */
export function browserSuiteRuns(suite: string): boolean {
  if (!HAVE_CHROMIUM && !REQUIRED) console.warn(`Chromium not found at ${CHROMIUM}; ${suite} skipped`);
  return HAVE_CHROMIUM || REQUIRED;
}

/** Starts headless Chromium, or resolves undefined where it is not installed (see {@link requireBrowser}). */
export async function launchChromium(): Promise<Browser | undefined> {
  if (!HAVE_CHROMIUM) return undefined;
  return chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
}

/** The launched browser; fails the test when Chromium is required but missing. */
export function requireBrowser(browser: Browser | undefined): Browser {
  if (!browser) throw new Error(`Chromium not found at ${CHROMIUM}: install it (apt-get install -y chromium) or set CHROMIUM_PATH. With CI=true browser tests are never skipped.`);
  return browser;
}

/** A context in which every request leaving the machine (not to `allowedOrigins`, nor file/data/blob) is recorded and refused: the tests run offline. */
export async function offlineContext(browser: Browser | undefined, allowedOrigins: string[]): Promise<{ context: BrowserContext; external: Array<{ url: string; type: string }> }> {
  const context = await requireBrowser(browser).newContext({ viewport: { width: 1280, height: 900 } });
  const external: Array<{ url: string; type: string }> = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (/^(file|data|blob):/.test(url) || allowedOrigins.some((origin) => url.startsWith(`${origin}/`))) return route.continue();
    external.push({ url, type: route.request().resourceType() });
    return route.abort();
  });
  return { context, external };
}

/** The uncaught errors of `page`, collected as they happen. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  return errors;
}

/** What {@link useChromium} gives the tests of a file, once its `beforeAll` has run. */
export interface ChromiumSuite {
  /** The browser, undefined where Chromium is not installed. */
  readonly browser: Browser | undefined;
  /** A temporary directory, removed after the file's tests. */
  readonly work: string;
}

/** Launches Chromium and makes a temporary directory before the file's tests, and closes and removes them after. */
export function useChromium(prefix: string): ChromiumSuite {
  const suite: { browser: Browser | undefined; work: string } = { browser: undefined, work: '' };
  beforeAll(async () => {
    suite.work = mkdtempSync(join(tmpdir(), prefix));
    mkdirSync(SCREENSHOTS, { recursive: true });
    suite.browser = await launchChromium();
  });
  afterAll(async () => {
    await suite.browser?.close();
    if (suite.work) rmSync(suite.work, { recursive: true, force: true });
  });
  return suite;
}
