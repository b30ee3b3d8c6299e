import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, inject } from 'vitest';
import type { CheckTarget } from './checks.js';
import { ACCOUNT, refusedUrl, startApiServer, type ApiServer } from './support/api-server.js';
import { bundleMain, prepareConsumer } from './support/consumer.js';
import { expectChecks, runRecord, type RuntimeRun } from './support/report.js';
import { run } from './support/run.js';
import { RUNTIMES } from './support/runtimes.js';

const runtime = RUNTIMES.chromium;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Debian's Chromium, driven by playwright-core (Playwright's own browser download is not used). Only
// a local run may lack it; under CI=true a missing browser fails the suite.
const REQUIRED = process.env.CI === 'true';
const HAVE_CHROMIUM = existsSync(CHROMIUM);
if (!HAVE_CHROMIUM && !REQUIRED) console.warn(`Chromium not found at ${CHROMIUM}; the Chromium row of the runtime suite is skipped`);

const PAGE_MAIN = `import { entries } from './imports.mjs';
import { runChecks } from './checks.mjs';

globalThis.runPackageChecks = (target) => runChecks(entries, target);
`;

describe.runIf(HAVE_CHROMIUM || REQUIRED)('Chromium (a page bundled with esbuild, served from 127.0.0.1)', () => {
  let result: RuntimeRun;
  let context: BrowserContext | undefined;
  let server: ApiServer | undefined;
  let installed: string | undefined;

  beforeAll(async () => {
    if (!HAVE_CHROMIUM) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium, or set CHROMIUM_PATH`);
    const consumer = await prepareConsumer(runtime.id, inject('tarball'), []);
    const bundle = await bundleMain(consumer, 'page', PAGE_MAIN, { platform: 'browser' });
    // The page and the API share an origin, as an app calling its own backend would.
    server = await startApiServer({
      '/': { type: 'text/html', body: '<!doctype html><meta charset="utf-8"><title>runtime checks</title><script type="module" src="/page.js"></script>' },
      '/page.js': { type: 'text/javascript', body: readFileSync(bundle, 'utf8') },
    });
    const { stdout } = await run(CHROMIUM, ['--version'], { cwd: consumer.dir, env: consumer.env });
    installed = /Chromium ([\d.]+)/.exec(stdout)?.[1];
    // A profile inside the consumer folder: nothing of the browser's is kept outside the repository.
    context = await chromium.launchPersistentContext(join(consumer.cacheDir, 'chromium-profile'), {
      executablePath: CHROMIUM,
      env: consumer.env,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    const page = context.pages()[0] ?? (await context.newPage());
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    await page.goto(`${server.url}/`);
    await page.waitForFunction(() => 'runPackageChecks' in globalThis).catch(() => {
      throw new Error(`the page did not load its checks: ${pageErrors.join('; ')}`);
    });
    const target: CheckTarget = { apiUrl: server.url, refusedUrl: await refusedUrl(), ...ACCOUNT };
    const report = await page.evaluate(
      (t) => (globalThis as unknown as { runPackageChecks: (t: CheckTarget) => Promise<RuntimeRun['report']> }).runPackageChecks(t),
      target,
    );
    // The user agent string is reduced to 156.0.0.0; the high-entropy brand list has the full version.
    const version = await page.evaluate(async () => {
      const data = (navigator as unknown as { userAgentData: { getHighEntropyValues(h: string[]): Promise<{ fullVersionList: Array<{ brand: string; version: string }> }> } }).userAgentData;
      const { fullVersionList } = await data.getHighEntropyValues(['fullVersionList']);
      return fullVersionList.find((b) => b.brand === 'Chromium')?.version ?? JSON.stringify(fullVersionList);
    });
    result = runRecord(version, report, consumer, server);
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
  });

  // Debian's package, not pinned: the page's user agent must name the version the binary reports.
  expectChecks(runtime, () => result, () => installed);
});
