import { afterEach, describe, expect, it } from 'vitest';
import { isSendMessageResponse } from '../../generated/validators.js';
import { createPlivoClient, PlivoConnectionError } from '../../src/index.js';
import { createFakePlivo } from '../../src/testing/index.node.js';
import type { FakePlivoServer } from '../../src/testing/index.js';
import { startCallbackReceiver } from './http-receiver.js';

const SRC = '14155550100';
const cleanup: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  while (cleanup.length > 0) await cleanup.pop()?.();
});

async function startReceiver(authToken: string) {
  const receiver = await startCallbackReceiver(authToken);
  cleanup.push(receiver.close);
  return receiver;
}

async function listen(fake: ReturnType<typeof createFakePlivo>): Promise<FakePlivoServer> {
  const server = await fake.listen({ port: 0 });
  cleanup.push(() => server.close(), () => fake.close());
  return server;
}

describe('fake.listen()', () => {
  it('serves the simulator on 127.0.0.1 to the real client, with callbacks reaching a real receiver', async () => {
    const fake = createFakePlivo({ seed: 31 });
    const receiver = await startReceiver(fake.authToken);
    const server = await listen(fake);
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const plivo = createPlivoClient({ authId: fake.authId, authToken: fake.authToken, baseUrl: server.url });

    const answer = await plivo.messages.send({ src: SRC, dst: '14155550123<14155550124', text: 'Hi', url: receiver.url });
    expect(isSendMessageResponse(answer)).toBe(true);
    expect(answer.message_uuid).toHaveLength(2);
    await fake.drain();
    expect(receiver.refused).toEqual([]);
    expect(receiver.verified.map((v) => v.status).sort()).toEqual(['delivered', 'delivered', 'queued', 'queued', 'sent', 'sent']);
    expect((await plivo.messages.get(answer.message_uuid[0] as string)).message_state).toBe('delivered');
    expect(fake.messages()[0]?.history.map((h) => h.state)).toEqual(['queued', 'sent', 'delivered']);
  });

  it('runs on the real clock: callbacks arrive by themselves', async () => {
    const fake = createFakePlivo({ seed: 32, clock: 'real', mps: 1000, deliveryDelayMs: 0 });
    const receiver = await startReceiver(fake.authToken);
    const server = await listen(fake);
    const plivo = createPlivoClient({ authId: fake.authId, authToken: fake.authToken, baseUrl: server.url });
    await plivo.messages.send({ src: SRC, dst: '14155550123', text: 'Hi', url: receiver.url, method: 'GET' });
    await expect.poll(() => receiver.verified.length, { timeout: 10_000 }).toBe(3);
    expect(receiver.verified).toEqual([
      { status: 'queued', method: 'GET' },
      { status: 'sent', method: 'GET' },
      { status: 'delivered', method: 'GET' },
    ]);
    expect(receiver.refused).toEqual([]);
  });

  it('records requests from another client with their arrival time', async () => {
    const fake = createFakePlivo({ seed: 33 });
    const server = await listen(fake);
    const response = await fetch(`${server.url}/v1/Account/${fake.authId}/Message/?limit=2`, {
      headers: { Authorization: `Basic ${Buffer.from(`${fake.authId}:${fake.authToken}`).toString('base64')}` },
    });
    expect(response.status).toBe(200);
    expect(fake.requests()).toMatchObject([{ method: 'GET', path: `/v1/Account/${fake.authId}/Message/`, query: 'limit=2', operation: 'listMessages', status: 200, time: fake.now() }]);
  });

  it('answers a CORS preflight and marks answers readable by the calling origin, for pages on another origin', async () => {
    const fake = createFakePlivo({ seed: 35 });
    const server = await listen(fake);
    const preflight = await fetch(`${server.url}/v1/Account/${fake.authId}/Message/`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://127.0.0.1:9', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization,content-type' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:9');
    expect(preflight.headers.get('access-control-allow-methods')).toBe('GET, POST');
    expect(preflight.headers.get('access-control-allow-headers')).toBe('authorization,content-type');
    const refused = await fetch(`${server.url}/v1/Account/${fake.authId}/Message/`, { headers: { Origin: 'http://127.0.0.1:9' } });
    expect(refused.status).toBe(401);
    expect(refused.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:9');
    expect(refused.headers.get('access-control-expose-headers')).toBe('Retry-After');
  });

  it('stops listening on close(): a new connection is refused', async () => {
    const fake = createFakePlivo({ seed: 34 });
    const server = await fake.listen();
    await server.close();
    fake.close();
    const plivo = createPlivoClient({ authId: fake.authId, authToken: fake.authToken, baseUrl: server.url, maxRetries: 0 });
    const error = await plivo.messages.send({ src: SRC, dst: '14155550123', text: 'Hi' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlivoConnectionError);
    expect((error as PlivoConnectionError).maybeSent).toBe(false);
  });
});
