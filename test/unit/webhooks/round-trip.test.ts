import { once } from 'node:events';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchRequestFrom } from '../../../src/testing/listen.node.js';
import { signCallbackV3, verifyRequest } from '../../../src/webhooks/index.js';
import type { MessageStatusCallback, VerifyRequestResult } from '../../../src/webhooks/index.js';
import { loadExamples } from '../../support/spec-examples.js';

const authToken = 'round-trip-token-9f8e7d';
const publicUrl = 'https://hooks.example.com/plivo/status';
const callback = loadExamples('callback-delivered')[0]!.value as MessageStatusCallback & Record<string, string>;

describe('round trip through a real node:http server', () => {
  let server: Server;
  let origin: string;
  const received: VerifyRequestResult[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      void (async () => {
        const result = await verifyRequest(await fetchRequestFrom(req, `http://${req.headers.host ?? 'localhost'}`), { authToken, publicUrl });
        received.push(result);
        res.writeHead(result.ok ? 200 : result.error.code === 'invalid_payload' ? 400 : 403, { 'Content-Type': 'text/plain' });
        res.end(result.ok ? 'OK' : result.error.code);
      })().catch(() => {
        res.writeHead(500);
        res.end();
      });
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    server.close();
    await once(server, 'close');
  });

  it('verifies a POST signed for the public URL while the server sees a local one', async () => {
    const nonce = '81472036951753';
    const signature = await signCallbackV3({ url: publicUrl, method: 'POST', params: callback, nonce, authToken });
    const response = await fetch(`${origin}/plivo/status`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Plivo-Signature-V3': signature, 'X-Plivo-Signature-V3-Nonce': nonce },
      body: new URLSearchParams(callback).toString(),
    });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('OK');
    expect(received.at(-1)).toEqual({ ok: true, callback, signatureVersion: 'v3', urlParams: {} });
  });

  it('answers 403 when the signature was made for the local URL instead', async () => {
    const nonce = '81472036951754';
    const signature = await signCallbackV3({ url: `${origin}/plivo/status`, method: 'POST', params: callback, nonce, authToken });
    const response = await fetch(`${origin}/plivo/status`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Plivo-Signature-V3': signature, 'X-Plivo-Signature-V3-Nonce': nonce },
      body: new URLSearchParams(callback).toString(),
    });
    expect(response.status).toBe(403);
    expect(await response.text()).toBe('invalid_signature');
  });
});

describe('Fetch API handler', () => {
  const handler = {
    async fetch(request: Request): Promise<Response> {
      const result = await verifyRequest(request, { authToken });
      if (!result.ok) return new Response(result.error.message, { status: result.error.code === 'invalid_payload' ? 400 : 403 });
      return Response.json({ uuid: result.callback.MessageUUID, status: result.callback.Status });
    },
  };

  it('handles a signed POST built with new Request()', async () => {
    const nonce = '555';
    const signature = await signCallbackV3({ url: publicUrl, method: 'POST', params: callback, nonce, authToken });
    const response = await handler.fetch(
      new Request(publicUrl, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Plivo-Signature-V3': signature, 'X-Plivo-Signature-V3-Nonce': nonce },
        body: new URLSearchParams(callback),
      }),
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ uuid: callback.MessageUUID, status: 'delivered' });
  });

  it('answers 403 to an unsigned request', async () => {
    const response = await handler.fetch(new Request(publicUrl, { method: 'POST', body: new URLSearchParams(callback) }));
    expect(response.status).toBe(403);
    expect(await response.text()).toMatch(/^No Plivo signature headers/);
  });
});
