import { afterEach, describe, expect, it } from 'vitest';
import { createPlivoClient, PlivoResponseError, sendBulk } from '../../src/index.js';
import { createFakePlivo } from '../../src/testing/index.node.js';
import { simulatorTransports } from './transports.js';

const SRC = '14155550100';
const body = { src: SRC, dst: '14155550123', text: 'Hi' };
const cleanup: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  while (cleanup.length > 0) await cleanup.pop()?.();
});

const transports = simulatorTransports((close) => cleanup.push(close));

describe.each(transports)('the client meeting body-phase faults %s', (_, connect) => {
  async function setup(seed: number) {
    const fake = createFakePlivo({ seed });
    cleanup.push(() => fake.close());
    const { fetch, origin: baseUrl } = await connect(fake);
    // timeoutMs bounds the stalled body; retries allowed, to show nothing is sent twice.
    const plivo = createPlivoClient({ authId: fake.authId, authToken: fake.authToken, baseUrl, fetch: (request) => fetch(request), timeoutMs: 300 });
    return { fake, plivo };
  }

  it.each([
    ['stalled-body', 'timeout'],
    ['malformed-body', 'invalid_json'],
    ['empty-body', 'empty'],
  ] as const)('%s on a send: PlivoResponseError (%s) with maybeSent, the message queued once, not sent again', async (kind, problem) => {
    const { fake, plivo } = await setup(61);
    fake.fault(kind, { operations: ['sendMessage'] });
    const error = await plivo.messages.send(body).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlivoResponseError);
    expect((error as PlivoResponseError).problem).toBe(problem);
    expect((error as PlivoResponseError).status).toBe(202);
    expect((error as PlivoResponseError).maybeSent).toBe(true);
    expect(fake.messages()).toHaveLength(1);
    expect(fake.requests().filter((r) => r.operation === 'sendMessage')).toHaveLength(1);
  });

  it('sendBulk counts a request whose 2xx answer was unreadable as accepted, with unknown UUIDs, and sends it once', async () => {
    const { fake, plivo } = await setup(62);
    fake.fault('malformed-body', { operations: ['sendMessage'] });
    const numbers = Array.from({ length: 30 }, (_, i) => `1415${String(5_000_000 + i)}`);
    const result = await sendBulk(plivo, { src: SRC, dst: numbers, text: 'Hi' }, { chunkSize: 10, concurrency: 1 });
    expect(result.failed).toEqual([]);
    expect(result.acceptedRecipients).toBe(30);
    expect(result.accepted.filter((a) => a.unreadableAnswer !== undefined).map((a) => a.messageUuids)).toEqual([[]]);
    expect(fake.messages().map((m) => m.to).sort()).toEqual(numbers);
  });
});
