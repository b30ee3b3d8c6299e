import { describe, expect, it } from 'vitest';
import {
  createPlivoClient,
  PlivoApiError,
  PlivoAuthError,
  PlivoError,
  PlivoNotFoundError,
  PlivoRateLimitError,
  PlivoServerError,
} from '../../../src/index.js';
import { AUTH_ID, AUTH_TOKEN, fakeFetch, json } from '../../support/fake-fetch.js';

const sms = { src: '14155550100', dst: '14155550123', text: 'Hello' };
const client = (...answers: Parameters<typeof fakeFetch>) => {
  const fake = fakeFetch(...answers);
  return { fake, plivo: createPlivoClient({ authId: AUTH_ID, authToken: AUTH_TOKEN, fetch: fake.fetch, maxRetries: 0 }) };
};

describe('API errors', () => {
  it.each([
    [400, PlivoApiError, false],
    [401, PlivoAuthError, false],
    [403, PlivoAuthError, false],
    [404, PlivoNotFoundError, false],
    [405, PlivoApiError, false],
    [429, PlivoRateLimitError, false],
    [500, PlivoServerError, true],
    [503, PlivoServerError, true],
  ] as const)('maps %i on a send to %s with maybeSent %s', async (status, type, maybeSent) => {
    const { plivo } = client(json(status, { api_id: 'req-1', error: 'boom' }, { 'x-trace': 't1' }));
    const error = await plivo.messages.send(sms).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(type);
    expect(error).toBeInstanceOf(PlivoError);
    const apiError = error as PlivoApiError;
    expect(apiError.status).toBe(status);
    expect(apiError.apiId).toBe('req-1');
    expect(apiError.body).toEqual({ api_id: 'req-1', error: 'boom' });
    expect(apiError.headers.get('x-trace')).toBe('t1');
    expect(apiError.operation).toBe('sendMessage');
    expect(apiError.maybeSent).toBe(maybeSent);
    expect(apiError.message).toContain('boom');
  });

  it('spells out Geo Permissions for a 403 on a send, and not for a 403 elsewhere', async () => {
    const { plivo } = client(json(403, { error: 'forbidden' }), json(403, { error: 'forbidden' }));
    const onSend = (await plivo.messages.send(sms).catch((e: unknown) => e)) as PlivoAuthError;
    expect(onSend.geoPermission).toBe(true);
    expect(onSend.message).toMatch(/Geo Permissions/);
    const onGet = (await plivo.messages.get('u').catch((e: unknown) => e)) as PlivoAuthError;
    expect(onGet.geoPermission).toBe(false);
    expect(onGet.operation).toBe('getMessage');
  });

  it('reads Retry-After into retryAfterMs, and leaves it undefined without the header', async () => {
    const { plivo } = client(json(429, { error: 'slow down' }, { 'retry-after': '7' }), json(429, { error: 'slow down' }));
    expect(((await plivo.messages.send(sms).catch((e: unknown) => e)) as PlivoRateLimitError).retryAfterMs).toBe(7000);
    expect(((await plivo.messages.send(sms).catch((e: unknown) => e)) as PlivoRateLimitError).retryAfterMs).toBeUndefined();
  });

  it('keeps a non-JSON error body as text and an api_id-less body', async () => {
    const { plivo } = client(new Response('<html>bad gateway</html>', { status: 502 }), json(401, { error: 'authentication credentials were not provided' }));
    const gateway = (await plivo.messages.get('u').catch((e: unknown) => e)) as PlivoServerError;
    expect(gateway.body).toBe('<html>bad gateway</html>');
    expect(gateway.apiId).toBeUndefined();
    const auth = (await plivo.messages.list().catch((e: unknown) => e)) as PlivoAuthError;
    expect(auth.apiId).toBeUndefined();
    expect(auth.message).toContain('authentication credentials were not provided');
  });

  it('reads an error nested as { error: { error } }', async () => {
    const { plivo } = client(json(400, { api_id: 'x', error: { error: 'invalid dst' } }));
    expect(((await plivo.messages.send(sms).catch((e: unknown) => e)) as Error).message).toContain('invalid dst');
  });
});
