import type { ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { sendBulk, type SendBulkResult } from '../../src/index.js';
import { accepted, cutBody, headThenStall, resetAfterRead, sendJson } from './support/answers.js';
import { checkedErrors, expectNoSecrets, faultClient } from './support/secrets.js';
import { startHttpServer, type FaultServer, type ReceivedRequest } from './support/servers.js';

const BODY = { src: '14155550100', text: 'Hello' };
const servers: FaultServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.stop()));
});
afterAll(() => {
  expect(checkedErrors()).toBeGreaterThan(0);
});

/**
 * Ends a stalled exchange from the server's side. The stall itself running into the client's own
 * timeout is tested phase by phase; in the mix, a short attempt timeout would also cut answers
 * that did come on a busy machine, and the counts could no longer be compared with the server's.
 */
const resetLater = (response: ServerResponse) => setTimeout(() => (response.socket as Socket | null)?.resetAndDestroy(), 300);

/** Every way a request can go, and where sendBulk must put its numbers. */
const BEHAVIOURS = {
  ok: { outcome: 'accepted', answer: accepted },
  rateLimited: { outcome: 'again', answer: (q: ReceivedRequest, r: ServerResponse) => sendJson(q, r, 429, { error: 'too many' }, { 'retry-after': '0' }) },
  serverError: { outcome: 'maybeSent', answer: (q: ReceivedRequest, r: ServerResponse) => sendJson(q, r, 500, { api_id: 'e', error: 'oops' }) },
  resetAfterRead: { outcome: 'maybeSent', answer: resetAfterRead },
  neverAnswered: { outcome: 'maybeSent', answer: (_: ReceivedRequest, r: ServerResponse) => resetLater(r) },
  stalled202: { outcome: 'unknownUuids', answer: (q: ReceivedRequest, r: ServerResponse) => (headThenStall(q, r, 202), resetLater(r)) },
  cut202: { outcome: 'unknownUuids', answer: (q: ReceivedRequest, r: ServerResponse) => cutBody(q, r, 202) },
  malformed202: { outcome: 'unknownUuids', answer: (q: ReceivedRequest, r: ServerResponse) => sendJson(q, r, 202, '{"api_id":"m","message_uuid":[') },
  empty200: { outcome: 'unknownUuids', answer: (q: ReceivedRequest, r: ServerResponse) => sendJson(q, r, 200, '') },
  html202: { outcome: 'unknownUuids', answer: (q: ReceivedRequest, r: ServerResponse) => sendJson(q, r, 202, '<html>queued</html>') },
} as const;
type Behaviour = keyof typeof BEHAVIOURS;

const numbers = (count: number, from = 0) => Array.from({ length: count }, (_, i) => `1415${String(from + i).padStart(7, '0')}`);

/** A server that answers each request as `choose` says, keyed by the request's first number and how often it came. */
async function scriptedServer(choose: (firstNumber: string, arrival: number) => Behaviour) {
  const arrivals = new Map<string, number>();
  const log: Array<{ dst: string[]; behaviour: Behaviour }> = [];
  const server = await startHttpServer((request, response) => {
    const first = request.dst[0] ?? '';
    const arrival = arrivals.get(first) ?? 0;
    arrivals.set(first, arrival + 1);
    const behaviour = choose(first, arrival);
    log.push({ dst: request.dst, behaviour });
    BEHAVIOURS[behaviour].answer(request, response);
  });
  servers.push(server);
  return { server, log };
}

/** Checks the promise: every number in one outcome, none received twice where it was processed, counts as the server recorded them. */
function checkAgainstServer(result: SendBulkResult, log: ReadonlyArray<{ dst: string[]; behaviour: Behaviour }>, valid: readonly string[]) {
  const processed = new Map<string, Behaviour>();
  const lastSeen = new Map<string, Behaviour>();
  for (const { dst, behaviour } of log) {
    for (const number of dst) {
      lastSeen.set(number, behaviour);
      if (behaviour === 'rateLimited') continue;
      expect(processed.has(number), `${number} was received twice in requests that were processed`).toBe(false);
      processed.set(number, behaviour);
    }
  }
  const where = new Map<string, string>();
  const place = (number: string, outcome: string) => {
    expect(where.has(number), `${number} is in two outcomes`).toBe(false);
    where.set(number, outcome);
  };
  for (const request of result.accepted) for (const number of request.dst) place(number, request.unreadableAnswer ? 'unknownUuids' : 'accepted');
  for (const request of result.failed) {
    expectNoSecrets(request.error);
    for (const number of request.dst) place(number, request.maybeSent ? 'maybeSent' : 'notSent');
  }
  for (const request of result.accepted) if (request.unreadableAnswer) expectNoSecrets(request.unreadableAnswer);
  expect([...where.keys()].sort()).toEqual([...valid].sort());
  for (const number of valid) {
    const behaviour = processed.get(number);
    const expected = behaviour === undefined ? (lastSeen.get(number) === 'rateLimited' ? 'notSent' : 'never') : BEHAVIOURS[behaviour].outcome;
    const failure = result.failed.find((f) => f.dst.includes(number))?.error;
    expect(where.get(number), `${number} answered ${behaviour ?? lastSeen.get(number)}; ${String(failure)}`).toBe(expected);
  }
  const count = (outcome: string) => [...where.values()].filter((o) => o === outcome).length;
  expect(result.acceptedRecipients).toBe(count('accepted') + count('unknownUuids'));
  expect(result.acceptedWithUnknownUuids).toBe(count('unknownUuids'));
  expect(result.requests).toBe(log.length);
  for (const request of result.accepted) if (!request.unreadableAnswer) expect(request.messageUuids).toHaveLength(request.dst.length);
}

describe('sendBulk on real sockets', () => {
  it('puts each chunk where its answer says: accepted, accepted with unknown UUIDs, maybe sent, sent again after a 429', async () => {
    const script: Behaviour[] = ['ok', 'stalled202', 'resetAfterRead', 'rateLimited', 'serverError', 'malformed202'];
    const dst = numbers(30);
    const { server, log } = await scriptedServer((first, arrival) => {
      const chunk = dst.indexOf(first) / 5;
      return arrival > 0 ? 'ok' : script[chunk]!;
    });
    const result = await sendBulk(faultClient(server.url, { timeoutMs: 3000, maxRetries: 0 }), { ...BODY, dst }, { chunkSize: 5, rateLimitBackoffMs: 1 });
    checkAgainstServer(result, log, dst);
    expect(result.acceptedRecipients).toBe(20);
    expect(result.acceptedWithUnknownUuids).toBe(10);
    expect(result.failed.map((f) => f.maybeSent)).toEqual([true, true]);
    expect(result.requests).toBe(7);
  });

  const seed = Number(process.env.FAULT_SEED ?? 20261201);
  it(`a seeded random mix of every fault over 10,000 recipients keeps the promise (seed ${seed})`, async () => {
    const weights: Array<[Behaviour, number]> = [
      ['ok', 60],
      ['rateLimited', 12],
      ['serverError', 6],
      ['resetAfterRead', 5],
      ['neverAnswered', 3],
      ['stalled202', 3],
      ['cut202', 3],
      ['malformed202', 3],
      ['empty200', 2],
      ['html202', 3],
    ];
    const pick = (first: string, arrival: number): Behaviour => {
      let roll = random(`${seed}:${first}:${arrival}`) * 100;
      for (const [behaviour, weight] of weights) if ((roll -= weight) < 0) return behaviour;
      return 'ok';
    };
    const valid = numbers(10_000);
    const given = [...valid, ...valid.slice(0, 40), 'not-a-number', '0044123'];
    const { server, log } = await scriptedServer(pick);
    // No timeout can cut an answer that did come, however busy the machine.
    const result = await sendBulk(faultClient(server.url, { timeoutMs: 120_000, maxRetries: 0 }), { ...BODY, dst: given }, {
      chunkSize: 10,
      concurrency: 16,
      maxRateLimitRetries: 2,
      rateLimitBackoffMs: 1,
    });
    checkAgainstServer(result, log, valid);
    expect(result.duplicates).toHaveLength(40);
    expect(result.invalid.map((entry) => entry.input)).toEqual(['not-a-number', '0044123']);
    // The mix really held every kind of answer.
    const kinds = new Set(log.map((entry) => entry.behaviour));
    expect([...kinds].sort()).toEqual(weights.map(([behaviour]) => behaviour).sort());
  }, 180_000);
});

/** A uniform number in [0, 1) from a string: FNV-1a, then one round of mulberry32. */
function random(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i += 1) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  let t = (hash + 0x6d2b79f5) | 0;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
