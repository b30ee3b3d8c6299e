import { afterAll, describe, expect, it } from 'vitest';
import { PlivoAbortError, PlivoConnectionError, PlivoResponseError, PlivoServerError, PlivoTimeoutError } from '../../src/index.js';
import { MAX_RESPONSE_BYTES } from '../../src/client/read-body.js';
import { cutBody, headThenStall, MESSAGE_UUID, resetAfterRead, sendJson } from './support/answers.js';
import { checkedErrors, faultClient, rejection } from './support/secrets.js';
import { refusedPort, startNetServer } from './support/servers.js';
import { useFaultServers } from './support/harness.js';
import type { ReceivedRequest } from './support/servers.js';
import type { ServerResponse } from 'node:http';

const message = { api_id: 'get-1', message_uuid: MESSAGE_UUID, message_direction: 'outbound', message_state: 'sent', message_type: 'sms' };
const page = (offset: number, total: number) => ({
  api_id: 'list-1',
  meta: { limit: 2, offset, next: offset + 2 < total ? `/v1/Account/X/Message/?limit=2&offset=${offset + 2}` : null, previous: null },
  objects: Array.from({ length: Math.min(2, total - offset) }, (_, i) => ({ ...message, message_uuid: `m-${offset + i}` })),
});
const media = { api_id: 'media-1', objects: [] };

const { keep, http } = useFaultServers();
afterAll(() => {
  expect(checkedErrors()).toBeGreaterThanOrEqual(10);
});

const ok = (body: unknown) => (request: ReceivedRequest, response: ServerResponse) => sendJson(request, response, 200, body);

describe('the GETs, phase by phase, on real sockets', () => {
  it('refused connection on get: retried, then maybeSent false', async () => {
    const port = await refusedPort();
    const error = await rejection(faultClient(`http://127.0.0.1:${port}`).messages.get('u'));
    expect(error).toBeInstanceOf(PlivoConnectionError);
    expect((error as PlivoConnectionError).maybeSent).toBe(false);
  });

  it('accepted and never read: a GET times out with PlivoTimeoutError after trying again', async () => {
    const server = await startNetServer(() => undefined);
    keep(server);
    const error = await rejection(faultClient(server.url, { timeoutMs: 200, maxRetries: 2 }).messages.get('u'));
    expect(error).toBeInstanceOf(PlivoTimeoutError);
    // Each attempt needs a connection of its own (the last one is still busy); undici may open a spare.
    expect(server.connections()).toBeGreaterThanOrEqual(3);
  });

  it('read and never answered: a GET is asked exactly maxRetries + 1 times, then PlivoTimeoutError', async () => {
    const server = await http(() => undefined);
    const error = await rejection(faultClient(server.url, { timeoutMs: 200, maxRetries: 2 }).messages.get('u'));
    expect(error).toBeInstanceOf(PlivoTimeoutError);
    expect((error as PlivoTimeoutError).maybeSent).toBe(true);
    expect(server.received).toHaveLength(3);
  });

  it('read then reset, then an answer: a GET is asked again and succeeds', async () => {
    const server = await http(resetAfterRead, ok(message));
    expect((await faultClient(server.url).messages.get(MESSAGE_UUID)).message_uuid).toBe(MESSAGE_UUID);
    expect(server.received).toHaveLength(2);
  });

  it('headers then a stalled body on every attempt: PlivoResponseError timeout after maxRetries + 1 requests', async () => {
    const server = await http((request, response) => headThenStall(request, response, 200));
    const error = await rejection(faultClient(server.url, { timeoutMs: 200, maxRetries: 2 }).messages.list());
    expect(error).toMatchObject({ name: 'PlivoResponseError', problem: 'timeout', operation: 'listMessages' });
    expect(server.received).toHaveLength(3);
  });

  it('a body cut off, then a whole one: listMedia reads the second', async () => {
    const server = await http((request, response) => cutBody(request, response, 200), ok(media));
    expect((await faultClient(server.url).messages.listMedia(MESSAGE_UUID)).objects).toEqual([]);
    expect(server.received).toHaveLength(2);
  });

  it.each([
    ['invalid JSON', '{"api_id":"bad-2",', 'invalid_json'],
    ['an empty body', '', 'empty'],
    ['a message without its UUID', '{"api_id":"odd-2"}', 'unexpected_shape'],
  ] as const)('get answered 200 with %s: PlivoResponseError %s', async (_, body, problem) => {
    const server = await http((request, response) => sendJson(request, response, 200, body));
    const error = await rejection(faultClient(server.url).messages.get('u'));
    expect(error).toBeInstanceOf(PlivoResponseError);
    expect(error).toMatchObject({ status: 200, problem, operation: 'getMessage' });
  });

  it('iterate stops with PlivoResponseError when a later page is not a page', async () => {
    const server = await http(ok(page(0, 4)), ok({ api_id: 'x', objects: 'none' }));
    const seen: string[] = [];
    const error = await rejection(
      (async () => {
        for await (const item of faultClient(server.url).messages.iterate({ limit: 2 })) seen.push(item.message_uuid);
      })(),
    );
    expect(seen).toEqual(['m-0', 'm-1']);
    expect(error).toMatchObject({ name: 'PlivoResponseError', problem: 'unexpected_shape', operation: 'listMessages' });
    expect(server.received).toHaveLength(2);
  });

  it('iterate reads every page across a 429 with Retry-After and a 503', async () => {
    const server = await http(
      ok(page(0, 5)),
      (request, response) => sendJson(request, response, 429, { error: 'slow' }, { 'retry-after': '0' }),
      (request, response) => sendJson(request, response, 503, { error: 'busy' }),
      ok(page(2, 5)),
      ok(page(4, 5)),
    );
    const seen: string[] = [];
    for await (const item of faultClient(server.url).messages.iterate({ limit: 2 })) seen.push(item.message_uuid);
    expect(seen).toEqual(['m-0', 'm-1', 'm-2', 'm-3', 'm-4']);
    expect(server.received).toHaveLength(5);
  });

  it('listMedia answered 503 every time: tried maxRetries + 1 times, maybeSent false', async () => {
    const server = await http((request, response) => sendJson(request, response, 503, { error: 'busy' }));
    const error = await rejection(faultClient(server.url, { maxRetries: 2 }).messages.listMedia('u'));
    expect(error).toBeInstanceOf(PlivoServerError);
    expect((error as PlivoServerError).maybeSent).toBe(false);
    expect(server.received).toHaveLength(3);
  });

  it('a page larger than the read limit is not read twice', async () => {
    const huge = { ...page(0, 2), padding: 'x'.repeat(MAX_RESPONSE_BYTES) };
    const server = await http(ok(huge));
    expect(await rejection(faultClient(server.url).messages.list())).toMatchObject({ problem: 'too_large' });
    expect(server.received).toHaveLength(1);
  });

  it('an already-aborted signal on iterate: no connection, maybeSent false', async () => {
    const server = await http(ok(page(0, 2)));
    const controller = new AbortController();
    controller.abort();
    const iterator = faultClient(server.url).messages.iterate({}, { signal: controller.signal });
    const error = await rejection(iterator.next());
    expect(error).toBeInstanceOf(PlivoAbortError);
    expect((error as PlivoAbortError).maybeSent).toBe(false);
    expect(server.connections()).toBe(0);
  });
});
