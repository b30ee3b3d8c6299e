import { describe, expect, it } from 'vitest';
import { createPlivoClient, PlivoAbortError, PlivoConnectionError, PlivoRateLimitError, PlivoServerError, PlivoTimeoutError } from '../../../src/index.js';
import { AUTH_ID, AUTH_TOKEN, fakeFetch, hang, json, networkError, QUEUED } from '../../support/fake-fetch.js';

const sms = { src: '14155550100', dst: '14155550123', text: 'Hello' };
const message = { message_uuid: 'u', message_direction: 'outbound', message_state: 'sent', message_type: 'sms' };
const client = (fake: ReturnType<typeof fakeFetch>, extra: { timeoutMs?: number; maxRetries?: number } = {}) =>
  createPlivoClient({ authId: AUTH_ID, authToken: AUTH_TOKEN, fetch: fake.fetch, retryBaseDelayMs: 1, ...extra });

describe('send (POST) is never repeated blindly', () => {
  it('does not retry a timeout, and reports maybeSent', async () => {
    const fake = fakeFetch(hang, json(202, QUEUED));
    const error = await client(fake, { timeoutMs: 30 }).messages.send(sms).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlivoTimeoutError);
    expect((error as PlivoTimeoutError).maybeSent).toBe(true);
    expect(fake.requests).toHaveLength(1);
  });

  it('does not retry a 500, and reports maybeSent', async () => {
    const fake = fakeFetch(json(500, { error: 'oops' }), json(202, QUEUED));
    const error = await client(fake).messages.send(sms).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlivoServerError);
    expect((error as PlivoServerError).maybeSent).toBe(true);
    expect(fake.requests).toHaveLength(1);
  });

  it('does not retry a connection reset (the request may have been written)', async () => {
    const fake = fakeFetch(networkError('ECONNRESET'), json(202, QUEUED));
    const error = await client(fake).messages.send(sms).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlivoConnectionError);
    expect((error as PlivoConnectionError).maybeSent).toBe(true);
    expect(fake.requests).toHaveLength(1);
  });

  it('does not retry a browser-style "Failed to fetch" without detail', async () => {
    const fake = fakeFetch(new TypeError('Failed to fetch'), json(202, QUEUED));
    const error = (await client(fake).messages.send(sms).catch((e: unknown) => e)) as PlivoConnectionError;
    expect(error.maybeSent).toBe(true);
    expect(fake.requests).toHaveLength(1);
  });

  it('retries a refused connection and a DNS failure, which certainly sent nothing', async () => {
    const fake = fakeFetch(networkError('ECONNREFUSED'), networkError('ENOTFOUND'), json(202, QUEUED));
    expect((await client(fake).messages.send(sms)).message_uuid).toEqual(QUEUED.message_uuid);
    expect(fake.requests).toHaveLength(3);
    expect(fake.requests.every((r) => r.body === fake.requests[0]?.body)).toBe(true);
  });

  it('reports maybeSent false when refused connections exhaust the retries', async () => {
    const fake = fakeFetch(networkError('ECONNREFUSED'), networkError('ECONNREFUSED'), networkError('ECONNREFUSED'));
    const error = (await client(fake).messages.send(sms).catch((e: unknown) => e)) as PlivoConnectionError;
    expect(error).toBeInstanceOf(PlivoConnectionError);
    expect(error.maybeSent).toBe(false);
    expect(error.message).toMatch(/nothing was sent/);
  });

  it('retries a 429 after Retry-After, then succeeds', async () => {
    const fake = fakeFetch(json(429, { error: 'slow' }, { 'retry-after': '0' }), json(202, QUEUED));
    expect((await client(fake).messages.send(sms)).api_id).toBe('a1');
    expect(fake.requests).toHaveLength(2);
  });

  it('gives up after maxRetries 429s with a PlivoRateLimitError', async () => {
    const fake = fakeFetch(json(429, { error: 'slow' }), json(429, { error: 'slow' }), json(429, { error: 'slow' }));
    const error = await client(fake, { maxRetries: 2 }).messages.send(sms).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlivoRateLimitError);
    expect(fake.requests).toHaveLength(3);
  });

  it('does not wait for a Retry-After longer than a minute', async () => {
    const fake = fakeFetch(json(429, { error: 'slow' }, { 'retry-after': '3600' }));
    const error = (await client(fake).messages.send(sms).catch((e: unknown) => e)) as PlivoRateLimitError;
    expect(error.retryAfterMs).toBe(3_600_000);
    expect(fake.requests).toHaveLength(1);
  });
});

describe('GETs retry', () => {
  it('retries 500 and 503, then returns the message', async () => {
    const fake = fakeFetch(json(500, { error: 'x' }), json(503, { error: 'x' }), json(200, message));
    expect((await client(fake).messages.get('u')).message_uuid).toBe('u');
    expect(fake.requests).toHaveLength(3);
  });

  it('retries a timeout and a reset connection', async () => {
    const fake = fakeFetch(hang, networkError('ECONNRESET'), json(200, message));
    expect((await client(fake, { timeoutMs: 30 }).messages.get('u')).message_state).toBe('sent');
    expect(fake.requests).toHaveLength(3);
  });

  it('stops after maxRetries and surfaces the last failure', async () => {
    const fake = fakeFetch(json(500, { error: 'x' }), json(500, { error: 'x' }));
    await expect(client(fake, { maxRetries: 1 }).messages.get('u')).rejects.toBeInstanceOf(PlivoServerError);
    expect(fake.requests).toHaveLength(2);
  });

  it('does not retry a 404', async () => {
    const fake = fakeFetch(json(404, { error: 'not found' }));
    await expect(client(fake).messages.get('u')).rejects.toMatchObject({ status: 404 });
    expect(fake.requests).toHaveLength(1);
  });
});

describe('cancellation', () => {
  it("honours the caller's AbortSignal during a request", async () => {
    const fake = fakeFetch(hang);
    const controller = new AbortController();
    const pending = client(fake).messages.send(sms, { signal: controller.signal }).catch((e: unknown) => e);
    setTimeout(() => controller.abort(), 10);
    const error = await pending;
    expect(error).toBeInstanceOf(PlivoAbortError);
    expect((error as PlivoAbortError).maybeSent).toBe(true);
  });

  it('stops waiting before a retry when aborted, with maybeSent false after a 429', async () => {
    const fake = fakeFetch(json(429, { error: 'slow' }, { 'retry-after': '30' }));
    const controller = new AbortController();
    const pending = client(fake).messages.send(sms, { signal: controller.signal }).catch((e: unknown) => e);
    setTimeout(() => controller.abort(), 20);
    const error = (await pending) as PlivoAbortError;
    expect(error).toBeInstanceOf(PlivoAbortError);
    expect(error.maybeSent).toBe(false);
    expect(fake.requests).toHaveLength(1);
  });
});
