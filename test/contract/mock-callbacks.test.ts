import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer, type MockServer } from '../../src/node/mock-server.js';
import { postToPrism } from '../support/prism-request.js';

describe("the spec's callbacks and the mock", () => {
  let receiver: Server;
  let origin: string;
  const received: string[] = [];
  let quiet: MockServer;
  let calling: MockServer;

  beforeAll(async () => {
    receiver = createServer((req, res) => {
      received.push(`${req.method} ${req.url}`);
      res.writeHead(200).end('OK');
    });
    receiver.listen(0, '127.0.0.1');
    await once(receiver, 'listening');
    origin = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
    [quiet, calling] = await Promise.all([startMockServer({ startTimeoutMs: 60_000 }), startMockServer({ startTimeoutMs: 60_000, callbacks: true })]);
  }, 120_000);

  afterAll(async () => {
    await Promise.all([quiet?.stop(), calling?.stop()]);
    receiver.close();
  });

  it('makes no request to the url of a send by default, while Prism calls it when asked to', async () => {
    const body = (path: string) => ({ src: '14155550100', dst: '14155550123', text: 'Hello', url: `${origin}${path}` });
    expect((await postToPrism(quiet.url, body('/quiet'))).status).toBe(202);
    expect((await postToPrism(calling.url, body('/calling'))).status).toBe(202);
    // Prism calls back right after answering: once the enabled mock's call is in, the default one would be too.
    for (let waited = 0; !received.some((line) => line.includes('/calling')) && waited < 20_000; waited += 50) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(received.filter((line) => line.includes('/calling')).length).toBeGreaterThan(0);
    expect(received.filter((line) => line.includes('/quiet'))).toEqual([]);
  }, 60_000);
});
