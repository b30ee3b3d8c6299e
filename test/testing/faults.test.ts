import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPlivoClient, PlivoConnectionError, PlivoRateLimitError, PlivoServerError, sendBulk } from '../../src/index.js';
import { createFakePlivo } from '../../src/testing/index.node.js';
import type { FakePlivo } from '../../src/testing/index.js';
import { simulatorTransports } from './transports.js';

const SRC = '14155550100';
const body = { src: SRC, dst: '14155550123', text: 'Hi' };
const cleanup: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  vi.useRealTimers();
  while (cleanup.length > 0) await cleanup.pop()?.();
});

const basic = (fake: FakePlivo) => `Basic ${btoa(`${fake.authId}:${fake.authToken}`)}`;

const transports = simulatorTransports((close) => cleanup.push(close));

describe.each(transports)('faults %s', (_, connect) => {
  async function setup(seed: number, maxRetries = 0) {
    const fake = createFakePlivo({ seed });
    cleanup.push(() => fake.close());
    const { fetch, origin } = await connect(fake);
    const plivo = createPlivoClient({ authId: fake.authId, authToken: fake.authToken, baseUrl: origin, fetch: (request) => fetch(request), maxRetries });
    const send = (init: RequestInit = {}) =>
      fetch(`${origin}/v1/Account/${fake.authId}/Message/`, { method: 'POST', headers: { Authorization: basic(fake), 'Content-Type': 'application/json' }, body: JSON.stringify(body), ...init });
    return { fake, plivo, send };
  }

  it('server-error after processing: 500, the message queued anyway, the client says maybeSent', async () => {
    const { fake, plivo } = await setup(41);
    fake.fault('server-error', { operations: ['sendMessage'] });
    const error = await plivo.messages.send(body).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlivoServerError);
    expect((error as PlivoServerError).status).toBe(500);
    expect((error as PlivoServerError).maybeSent).toBe(true);
    expect(fake.messages()).toHaveLength(1);
    expect(fake.requests().map((r) => [r.status, r.fault])).toEqual([[500, 'server-error']]);
  });

  it('server-error before processing (503): nothing queued', async () => {
    const { fake, plivo } = await setup(42);
    fake.fault('server-error', { status: 503, processed: false });
    await expect(plivo.messages.send(body)).rejects.toMatchObject({ status: 503, maybeSent: true });
    expect(fake.messages()).toEqual([]);
    // The next request is served normally.
    expect((await plivo.messages.send(body)).message_uuid).toHaveLength(1);
  });

  it('rate-limit: 429 with Retry-After, never processed', async () => {
    const { fake, plivo } = await setup(43);
    fake.fault('rate-limit', { retryAfterSeconds: 7 });
    const error = await plivo.messages.send(body).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlivoRateLimitError);
    expect((error as PlivoRateLimitError).retryAfterMs).toBe(7000);
    expect(fake.messages()).toEqual([]);
  });

  it('reset after reading the request: a connection error with maybeSent, the message queued, not sent again', async () => {
    // With retries allowed, to show that a send which may have been processed is not repeated.
    const { fake, plivo } = await setup(44, 2);
    fake.fault('reset', { operations: ['sendMessage'] });
    const error = await plivo.messages.send(body).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlivoConnectionError);
    expect((error as PlivoConnectionError).maybeSent).toBe(true);
    expect(fake.messages()).toHaveLength(1);
    expect(fake.requests().filter((r) => r.operation === 'sendMessage')).toHaveLength(1);
    expect(fake.requests()[0]?.status).toBe('reset');
  });

  it('reset before processing: nothing queued', async () => {
    const { fake, send } = await setup(45);
    fake.fault('reset', { processed: false });
    await expect(send()).rejects.toThrow();
    expect(fake.messages()).toEqual([]);
  });

  it('stalled-body: the status and headers arrive, the body never does until the caller gives up', async () => {
    const { fake, send } = await setup(46);
    fake.fault('stalled-body');
    const controller = new AbortController();
    const response = await send({ signal: controller.signal });
    expect(response.status).toBe(202);
    expect(response.headers.get('content-type')).toBe('application/json');
    const reading = response.text();
    controller.abort();
    await expect(reading).rejects.toThrow();
    expect(fake.messages()).toHaveLength(1);
  });

  it('malformed-body: the real status with half the JSON', async () => {
    const { fake, send } = await setup(47);
    fake.fault('malformed-body');
    const response = await send();
    expect(response.status).toBe(202);
    const text = await response.text();
    expect(text.startsWith('{"api_id":')).toBe(true);
    expect(() => JSON.parse(text)).toThrow(SyntaxError);
    expect(fake.messages()).toHaveLength(1);
  });

  it('empty-body: the real status and no body', async () => {
    const { fake, send } = await setup(48);
    fake.fault('empty-body', { times: 2 });
    for (let i = 0; i < 2; i += 1) {
      const response = await send();
      expect(response.status).toBe(202);
      expect(await response.text()).toBe('');
    }
    expect(fake.messages()).toHaveLength(2);
    const third = await send();
    expect(((await third.json()) as { message_uuid: string[] }).message_uuid).toHaveLength(1);
  });
});

describe('faults at a seeded rate', () => {
  it('leave sendBulk with every recipient accounted for and none sent twice', { timeout: 60_000 }, async () => {
    vi.useFakeTimers();
    const fake = createFakePlivo({ seed: 49, clock: 'real', faults: { rate: 0.3, kinds: ['server-error', 'rate-limit', 'reset'] } });
    const plivo = createPlivoClient({ authId: fake.authId, authToken: fake.authToken, fetch: fake.fetch });
    const numbers = Array.from({ length: 10_000 }, (_, i) => `1415${String(5_000_000 + i)}`);
    const running = sendBulk(plivo, { src: SRC, dst: numbers, text: 'Hi' }, { chunkSize: 50, concurrency: 8 });
    await vi.runAllTimersAsync();
    const result = await running;
    fake.close();

    const faults = fake.requests().map((r) => r.fault);
    expect(faults.filter((f) => f === 'server-error').length).toBeGreaterThan(10);
    expect(faults.filter((f) => f === 'rate-limit').length).toBeGreaterThan(10);
    expect(faults.filter((f) => f === 'reset').length).toBeGreaterThan(10);

    const messagesPerNumber = new Map<string, number>();
    for (const m of fake.messages()) messagesPerNumber.set(m.to, (messagesPerNumber.get(m.to) ?? 0) + 1);
    expect([...messagesPerNumber.values()].every((count) => count === 1)).toBe(true);

    const accepted = result.accepted.flatMap((a) => a.dst);
    const failed = result.failed.flatMap((f) => f.dst);
    expect(new Set([...accepted, ...failed])).toEqual(new Set(numbers));
    expect(accepted.length + failed.length).toBe(numbers.length);
    // Accepted numbers have exactly their message; a failure said not sent really sent nothing.
    expect(accepted.every((n) => messagesPerNumber.get(n) === 1)).toBe(true);
    for (const f of result.failed) if (!f.maybeSent) expect(f.dst.every((n) => !messagesPerNumber.has(n))).toBe(true);
    expect(result.failed.every((f) => f.maybeSent)).toBe(true);
  });
});
