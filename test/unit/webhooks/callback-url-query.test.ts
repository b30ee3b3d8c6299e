import { createHmac } from 'node:crypto';
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchRequestFrom } from '../../../src/testing/listen.node.js';
import { signCallbackV3, verifyRequest } from '../../../src/webhooks/index.js';
import type { MessageStatusCallback, VerifyRequestOptions, VerifyRequestResult } from '../../../src/webhooks/index.js';
import { v3SigningString } from '../../../src/webhooks/signature-v3.js';
import { loadExamples } from '../../support/spec-examples.js';

const authToken = 'url-query-token-5c4b3a';
const callback = loadExamples('callback-delivered')[0]!.value as MessageStatusCallback & Record<string, string>;
const ownQuery = { tenant: 'acme', region: 'eu-west' };
const nonce = '40718293561';

/**
 * Builds the request Plivo makes to a callback URL given at send time: GET appends the fields to the
 * URL's own query with `&`, POST sends them as a form; either way V3 signs the URL as configured.
 */
async function plivoCallback(configuredUrl: string, method: 'GET' | 'POST', deliverTo: string, fields: Record<string, string> = callback): Promise<Request> {
  const signature = await signCallbackV3({ url: configuredUrl, method, params: fields, nonce, authToken });
  const headers = { 'X-Plivo-Signature-V3': signature, 'X-Plivo-Signature-V3-Nonce': nonce };
  const encoded = new URLSearchParams(fields).toString();
  if (method === 'GET') return new Request(`${deliverTo}${deliverTo.includes('?') ? '&' : '?'}${encoded}`, { headers });
  return new Request(deliverTo, { method, headers: { ...headers, 'Content-Type': 'application/x-www-form-urlencoded' }, body: encoded });
}

function withQuery(base: string): string {
  return `${base}?${new URLSearchParams(ownQuery)}`;
}

// Changes `from` to `to` wherever it appears: in the URL and, for a POST, in the form body.
async function tampered(request: Request, from: string, to: string): Promise<Request> {
  const url = request.url.replace(from, to);
  if (request.method === 'GET') return new Request(url, { headers: request.headers });
  return new Request(url, { method: 'POST', headers: request.headers, body: (await request.text()).replace(from, to) });
}

const expected = { ok: true, callback, signatureVersion: 'v3', urlParams: ownQuery };

describe('callback URLs with a query of their own, through a Fetch Request', () => {
  const publicBase = 'https://hooks.example.com/plivo/status';
  const localBase = 'http://10.0.0.7:8080/internal/status';

  for (const method of ['GET', 'POST'] as const) {
    it(`verifies a ${method} sent straight to the configured URL, without publicUrl`, async () => {
      const request = await plivoCallback(withQuery(publicBase), method, withQuery(publicBase));
      await expect(verifyRequest(request, { authToken })).resolves.toEqual(expected);
    });

    it(`verifies a ${method} behind a proxy, with publicUrl given as configured, query included`, async () => {
      const request = await plivoCallback(withQuery(publicBase), method, withQuery(localBase));
      await expect(verifyRequest(request, { authToken, publicUrl: withQuery(publicBase) })).resolves.toEqual(expected);
    });

    it(`verifies a ${method} behind a proxy that drops the URL's own query, when publicUrl has it`, async () => {
      const request = await plivoCallback(withQuery(publicBase), method, localBase);
      await expect(verifyRequest(request, { authToken, publicUrl: withQuery(publicBase) })).resolves.toEqual(expected);
    });

    it(`verifies a ${method} with publicUrl given without its query`, async () => {
      const request = await plivoCallback(withQuery(publicBase), method, withQuery(localBase));
      await expect(verifyRequest(request, { authToken, publicUrl: publicBase })).resolves.toEqual(expected);
    });

    it(`refuses a ${method} whose fields, or the URL's own parameters, were changed`, async () => {
      for (const [from, to] of [['delivered', 'undelivered'], ['tenant=acme', 'tenant=evil']] as const) {
        const request = await tampered(await plivoCallback(withQuery(publicBase), method, withQuery(publicBase)), from, to);
        const result = await verifyRequest(request, { authToken });
        expect(result.ok ? 'accepted' : result.error.code).toBe('invalid_signature');
      }
    });
  }

  it('tells the parameters apart exactly when publicUrl says what the configured query was', async () => {
    // `Channel` is not a documented callback field, but publicUrl does not list it: it must be Plivo's.
    const fields = { ...callback, Channel: 'sms-gw-2' };
    const request = await plivoCallback(withQuery(publicBase), 'GET', withQuery(localBase), fields);
    await expect(verifyRequest(request, { authToken, publicUrl: withQuery(publicBase) })).resolves.toEqual({ ...expected, callback: fields });
    // Without it, an undocumented name can only be the URL's own.
    const direct = await plivoCallback(withQuery(publicBase), 'GET', withQuery(publicBase), fields);
    await expect(verifyRequest(direct, { authToken })).resolves.toEqual({ ...expected, urlParams: { ...ownQuery, Channel: 'sms-gw-2' } });
  });
});

describe('callback URLs with a query of their own, through a real node:http server', () => {
  let server: Server;
  let origin: string;
  let options: VerifyRequestOptions = { authToken };
  const received: VerifyRequestResult[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      void fetchRequestFrom(req, `http://${req.headers.host}`)
        .then((request) => verifyRequest(request, options))
        .then((result) => {
          received.push(result);
          res.writeHead(result.ok ? 200 : 403).end(result.ok ? 'OK' : result.error.code);
        })
        .catch(() => res.writeHead(500).end());
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    server.close();
    await once(server, 'close');
  });

  async function deliver(request: Request): Promise<Response> {
    const init: RequestInit = { method: request.method, headers: request.headers };
    if (request.method === 'POST') init.body = await request.text();
    return fetch(request.url, init);
  }

  for (const method of ['GET', 'POST'] as const) {
    it(`verifies a ${method} to the server's own URL with its query, without publicUrl`, async () => {
      options = { authToken };
      const configured = withQuery(`${origin}/plivo/status`);
      const response = await deliver(await plivoCallback(configured, method, configured));
      expect(await response.text()).toBe('OK');
      expect(received.at(-1)).toEqual(expected);
    });

    it(`verifies a ${method} signed for a public URL with its query, with publicUrl`, async () => {
      const configured = withQuery('https://hooks.example.com/plivo/status');
      options = { authToken, publicUrl: configured };
      const response = await deliver(await plivoCallback(configured, method, withQuery(`${origin}/plivo/status`)));
      expect(await response.text()).toBe('OK');
      expect(received.at(-1)).toEqual(expected);
    });

    it(`answers 403 to a tampered ${method}`, async () => {
      const configured = withQuery(`${origin}/plivo/status`);
      options = { authToken };
      const response = await deliver(await tampered(await plivoCallback(configured, method, configured), 'region=eu-west', 'region=us-east'));
      expect(response.status).toBe(403);
      expect(await response.text()).toBe('invalid_signature');
    });
  }
});

describe('a query or form body that starts with "?"', () => {
  const hmac = (text: string) => createHmac('sha256', authToken).update(text).digest('base64');

  it('keeps the "?" in the first key, as Plivo signs it', () => {
    expect(v3SigningString({ url: 'https://h.example/cb??a=1', method: 'GET', nonce: 'n' })).toBe('https://h.example/cb??a=1.n');
    expect(v3SigningString({ url: 'https://h.example/cb??a=1', method: 'POST', nonce: 'n' })).toBe('https://h.example/cb??a=1.n');
    expect(v3SigningString({ url: 'https://h.example/cb', method: 'POST', params: new URLSearchParams('&?a=b'), nonce: 'n' })).toBe('https://h.example/cb??ab.n');
  });

  it('verifies a GET to a URL ending in "??a=1" signed the way Plivo signs it', async () => {
    const configured = 'https://h.example/cb??a=1';
    const query = new URLSearchParams(callback).toString();
    // Plivo's string: the base, "?", then every pair sorted and joined, the "?a" key first; then the nonce.
    const pairs = [['?a', '1'], ...Object.entries(callback)].sort(([x], [y]) => (x! < y! ? -1 : 1)).map(([k, v]) => `${k}=${v}`);
    const signature = hmac(`https://h.example/cb?${pairs.join('&')}.${nonce}`);
    const request = new Request(`${configured}&${query}`, { headers: { 'X-Plivo-Signature-V3': signature, 'X-Plivo-Signature-V3-Nonce': nonce } });
    await expect(verifyRequest(request, { authToken, publicUrl: configured })).resolves.toEqual({ ok: true, callback, signatureVersion: 'v3', urlParams: { '?a': '1' } });
  });

  it('verifies a POST whose form body starts with "?"', async () => {
    const body = `?Note=x&${new URLSearchParams(callback)}`;
    const params = Object.entries({ ...callback, '?Note': 'x' }).sort(([x], [y]) => (x < y ? -1 : 1)).map(([k, v]) => k + v);
    const signature = hmac(`https://h.example/cb?${params.join('')}.${nonce}`);
    const request = new Request('https://h.example/cb', { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Plivo-Signature-V3': signature, 'X-Plivo-Signature-V3-Nonce': nonce }, body });
    await expect(verifyRequest(request, { authToken })).resolves.toEqual({ ok: true, callback: { ...callback, '?Note': 'x' }, signatureVersion: 'v3', urlParams: {} });
  });
});
