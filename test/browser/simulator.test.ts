import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFakePlivo } from '../../src/testing/index.node.js';
import { startCallbackReceiver } from '../testing/http-receiver.js';
import { browserSuiteRuns, collectPageErrors, launchChromium, offlineContext } from './support/chromium.js';

const ROOT = join(import.meta.dirname, '../..');

const PAGE = `<!doctype html><meta charset="utf-8"><title>simulator</title>
<script type="module">
  import * as plivo from '/plivo.js';
  import * as testing from '/testing.js';
  window.plivo = plivo;
  window.testing = testing;
  document.title = 'ready';
</script>`;

const listen = (server: Server) => new Promise<string>((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)));
const close = (server: Server) => new Promise<void>((resolve) => server.close(() => resolve()));

let browser: Browser | undefined;
let work: string;
let site: Server;
let siteUrl: string;

beforeAll(async () => {
  browser = await launchChromium();
  if (!browser) return;
  work = mkdtempSync(join(tmpdir(), 'plivo-simulator-browser-'));
  const bundles: Record<string, string> = { '/plivo.js': join(work, 'plivo.js'), '/testing.js': join(work, 'testing.js') };
  await build({
    entryPoints: { plivo: join(ROOT, 'src/index.ts'), testing: join(ROOT, 'src/testing/index.ts') },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    outdir: work,
    logLevel: 'silent',
  });
  site = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path === '/') return void response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
    const file = bundles[path];
    if (!file) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' }).end(readFileSync(file));
  });
  siteUrl = await listen(site);
});

afterAll(async () => {
  await browser?.close();
  if (site) await close(site);
  if (work) rmSync(work, { recursive: true, force: true });
});

/** A page of the test site in a context that refuses (and records) every request to other origins. */
async function openPage(allowedOrigins: string[]) {
  const { context, external } = await offlineContext(browser, [siteUrl, ...allowedOrigins]);
  const page = await context.newPage();
  const errors = collectPageErrors(page);
  await page.goto(`${siteUrl}/`);
  await page.waitForFunction(() => document.title === 'ready');
  return { context, page, external, errors };
}

describe.runIf(browserSuiteRuns('simulator browser tests'))('the simulator with a real browser', () => {
  it('a page sends through fake.listen, the signed callbacks reach a receiver, and the page reads the message back', { timeout: 60_000 }, async () => {
    const fake = createFakePlivo({ seed: 51 });
    const receiver = await startCallbackReceiver(fake.authToken);
    const server = await fake.listen();
    const { context, page, external, errors } = await openPage([server.url]);
    try {
      const credentials = { authId: fake.authId, authToken: fake.authToken, api: server.url, url: receiver.url };
      const uuid = await page.evaluate(async ({ authId, authToken, api, url }) => {
        const { createPlivoClient } = (window as unknown as { plivo: typeof import('../../src/index.js') }).plivo;
        const client = createPlivoClient({ baseUrl: api, authId, authToken });
        const sent = await client.messages.send({ src: '14155550100', dst: '14155550123', text: 'From a browser', url });
        return sent.message_uuid[0] as string;
      }, credentials);
      // The page read the 202 across origins, so the simulator's CORS headers held (a preflight, if any, is not a send).
      expect(fake.requests().filter((r) => r.method !== 'OPTIONS').map((r) => [r.method, r.status])).toEqual([['POST', 202]]);

      await fake.drain();
      expect(receiver.verified.map((v) => v.status)).toEqual(['queued', 'sent', 'delivered']);
      expect(receiver.refused).toEqual([]);

      const state = await page.evaluate(async ({ authId, authToken, api, uuid: id }) => {
        const { createPlivoClient } = (window as unknown as { plivo: typeof import('../../src/index.js') }).plivo;
        return (await createPlivoClient({ baseUrl: api, authId, authToken }).messages.get(id)).message_state;
      }, { ...credentials, uuid });
      expect(state).toBe('delivered');
      expect(errors).toEqual([]);
      expect(external).toEqual([]);
    } finally {
      await context.close();
      await server.close();
      fake.close();
      await receiver.close();
    }
  });

  it('runs the runtime-neutral simulator inside the page: send, callbacks verified in the page, read back', { timeout: 60_000 }, async () => {
    const { context, page, external, errors } = await openPage([]);
    try {
      const result = await page.evaluate(async () => {
        const { createPlivoClient, verifyRequest } = (window as unknown as { plivo: typeof import('../../src/index.js') }).plivo;
        const { createFakePlivo } = (window as unknown as { testing: typeof import('../../src/testing/index.js') }).testing;
        const statuses: string[] = [];
        const fake = createFakePlivo({
          seed: 52,
          deliver: async (request) => {
            const verified = await verifyRequest(request, { authToken: fake.authToken });
            statuses.push(verified.ok ? `${verified.callback.Status}/${verified.signatureVersion}` : 'refused');
            return new Response(verified.ok ? 'OK' : null, { status: verified.ok ? 200 : 403 });
          },
        });
        const client = createPlivoClient({ authId: fake.authId, authToken: fake.authToken, fetch: fake.fetch });
        const sent = await client.messages.send({ src: '14155550100', dst: '14155550123<14155550124', text: 'Hi', url: 'https://shop.example/status', method: 'GET' });
        await fake.drain();
        const states = await Promise.all(sent.message_uuid.map(async (id) => (await client.messages.get(id)).message_state));
        const listen = await fake.listen().then(() => 'listened', (error: Error) => error.message);
        return { statuses, states, listen };
      });
      expect(result.statuses.sort()).toEqual(['delivered/v3', 'delivered/v3', 'queued/v3', 'queued/v3', 'sent/v3', 'sent/v3']);
      expect(result.states).toEqual(['delivered', 'delivered']);
      expect(result.listen).toContain('fake.listen() needs Node');
      expect(errors).toEqual([]);
      expect(external).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
