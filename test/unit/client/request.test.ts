import { describe, expect, it } from 'vitest';
import { createPlivoClient, PlivoError, VERSION } from '../../../src/index.js';
import { AUTH_ID, AUTH_TOKEN, fakeFetch, json, QUEUED } from '../../support/fake-fetch.js';
import pkg from '../../../package.json' with { type: 'json' };

const body = { src: '14155550100', dst: '14155550123<14155550124', text: 'Hello €uro', url: 'https://example.com/s', log: false, trackable: 'true' as const };

describe('requests', () => {
  it('POSTs the body unchanged to the send path with Basic auth, JSON and a User-Agent', async () => {
    const fake = fakeFetch(json(202, QUEUED));
    const plivo = createPlivoClient({ authId: AUTH_ID, authToken: AUTH_TOKEN, fetch: fake.fetch });
    const result = await plivo.messages.send(body);
    expect(result.message_uuid).toEqual(QUEUED.message_uuid);
    const [request] = fake.requests;
    expect(request?.method).toBe('POST');
    expect(request?.url).toBe(`https://api.plivo.com/v1/Account/${AUTH_ID}/Message/`);
    expect(request?.headers.get('authorization')).toBe(`Basic ${btoa(`${AUTH_ID}:${AUTH_TOKEN}`)}`);
    expect(request?.headers.get('content-type')).toBe('application/json');
    expect(request?.headers.get('user-agent')).toBe(`plivo-message-openapi/${VERSION}`);
    expect(JSON.parse(request!.body)).toEqual(body);
  });

  it('uses baseUrl and a custom User-Agent', async () => {
    const fake = fakeFetch(json(202, QUEUED));
    const plivo = createPlivoClient({ authId: AUTH_ID, authToken: AUTH_TOKEN, fetch: fake.fetch, baseUrl: 'http://127.0.0.1:4010/', userAgent: 'acme/1' });
    await plivo.messages.send({ src: '1', dst: '14155550123', text: 'x' });
    expect(fake.requests[0]?.url).toBe(`http://127.0.0.1:4010/v1/Account/${AUTH_ID}/Message/`);
    expect(fake.requests[0]?.headers.get('user-agent')).toBe('acme/1');
  });

  it('GETs a message, a filtered list and the media with the exact paths', async () => {
    const fake = fakeFetch(json(200, { message_uuid: 'u1', message_direction: 'outbound', message_state: 'sent', message_type: 'sms' }), json(200, { meta: { limit: 5, offset: 0, next: null }, objects: [] }), json(200, { objects: [] }));
    const plivo = createPlivoClient({ authId: AUTH_ID, authToken: AUTH_TOKEN, fetch: fake.fetch });
    expect((await plivo.messages.get('u1')).message_state).toBe('sent');
    await plivo.messages.list({ limit: 5, message_state: 'failed', message_time__gte: '2024-08-21 00:00' });
    await plivo.messages.listMedia('u1');
    expect(fake.requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      `GET https://api.plivo.com/v1/Account/${AUTH_ID}/Message/u1/`,
      `GET https://api.plivo.com/v1/Account/${AUTH_ID}/Message/?limit=5&message_state=failed&message_time__gte=2024-08-21%2000%3A00`,
      `GET https://api.plivo.com/v1/Account/${AUTH_ID}/Message/u1/Media/`,
    ]);
    expect(fake.requests[0]?.headers.get('content-type')).toBeNull();
  });

  it('refuses a malformed auth ID and missing credentials before any request', () => {
    expect(() => createPlivoClient({ authId: 'nope', authToken: AUTH_TOKEN })).toThrow(PlivoError);
    expect(() => createPlivoClient({ authId: AUTH_ID })).toThrow(/authToken/);
  });

  it('reads credentials from PLIVO_AUTH_ID and PLIVO_AUTH_TOKEN', async () => {
    process.env.PLIVO_AUTH_ID = AUTH_ID;
    process.env.PLIVO_AUTH_TOKEN = AUTH_TOKEN;
    try {
      const fake = fakeFetch(json(202, QUEUED));
      await createPlivoClient({ fetch: fake.fetch }).messages.send({ src: '1', dst: '14155550123', text: 'x' });
      expect(fake.requests[0]?.headers.get('authorization')).toBe(`Basic ${btoa(`${AUTH_ID}:${AUTH_TOKEN}`)}`);
    } finally {
      delete process.env.PLIVO_AUTH_ID;
      delete process.env.PLIVO_AUTH_TOKEN;
    }
  });

  it('keeps VERSION equal to package.json', () => {
    expect(VERSION).toBe(pkg.version);
  });
});

describe('the default transport (global fetch)', () => {
  it('calls the global fetch with the URL and an init carrying auth, body and a signal', async () => {
    const calls: Array<{ input: unknown; init: RequestInit | undefined }> = [];
    const original = globalThis.fetch;
    globalThis.fetch = (async (input: unknown, init?: RequestInit) => {
      calls.push({ input, init });
      return json(202, QUEUED);
    }) as typeof fetch;
    try {
      const plivo = createPlivoClient({ authId: AUTH_ID, authToken: AUTH_TOKEN });
      await plivo.messages.send({ src: '14155550100', dst: '14155550123', text: 'Hi' });
    } finally {
      globalThis.fetch = original;
    }
    expect(calls).toHaveLength(1);
    expect(calls[0]?.input).toBe(`https://api.plivo.com/v1/Account/${AUTH_ID}/Message/`);
    const init = calls[0]!.init!;
    expect(init.method).toBe('POST');
    expect(new Headers(init.headers).get('authorization')).toBe(`Basic ${btoa(`${AUTH_ID}:${AUTH_TOKEN}`)}`);
    expect(JSON.parse(await new Response(init.body).text())).toEqual({ src: '14155550100', dst: '14155550123', text: 'Hi' });
    expect(init.signal).toBeInstanceOf(AbortSignal);
    // Node's fetch gets a dispatcher whose connect phase is bounded below the attempt timeout.
    expect((init as { dispatcher?: { constructor: { name: string } } }).dispatcher?.constructor.name).toBe('Agent');
  });
});
