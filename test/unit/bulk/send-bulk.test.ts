import { describe, expect, it } from 'vitest';
import { createPlivoClient, PlivoAbortError, PlivoApiError, PlivoArgumentError, PlivoError, PlivoRateLimitError, PlivoServerError, PlivoTimeoutError, PlivoValidationError } from '../../../src/index.js';
import { sendBulk, type SendBulkProgress } from '../../../src/bulk/send-bulk.js';
import { AUTH_ID, AUTH_TOKEN, hang, json } from '../../support/fake-fetch.js';

const BODY = { src: '14155550100', text: 'Store closes at 6 today' };

/** `count` distinct, valid US numbers: 12025550000, 12025550001, … */
function numbers(count: number, from = 0): string[] {
  return Array.from({ length: count }, (_, i) => String(12025500000 + from + i));
}

/** `call` counts requests from 1, in the order they reached the fake. */
type Answer = (dst: string[], request: Request, call: number) => Response | Error | Promise<Response | Error>;

/**
 * A fake Plivo that reads each request's `dst`, tracks how many requests are in flight, and answers
 * 202 with one UUID per number unless `answer` says otherwise.
 */
function fakePlivo(answer?: Answer, delayMs = 1) {
  const calls: { dst: string[]; startedAt: number }[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const fetch = async (request: Request): Promise<Response> => {
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    try {
      const { dst } = JSON.parse(await request.clone().text()) as { dst: string };
      const numbersSent = dst.split('<');
      const call = calls.push({ dst: numbersSent, startedAt: Date.now() });
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      const answered = answer
        ? await answer(numbersSent, request, call)
        : json(202, { api_id: `api-${call}`, message: 'message(s) queued', message_uuid: numbersSent.map((n) => `uuid-${n}`) });
      if (answered instanceof Error) throw answered;
      return answered;
    } finally {
      inFlight -= 1;
    }
  };
  return {
    fetch,
    calls,
    get maxInFlight() {
      return maxInFlight;
    },
  };
}

const queued = (dst: string[], extra: Record<string, unknown> = {}) => json(202, { api_id: 'a', message: 'message(s) queued', message_uuid: dst.map(() => crypto.randomUUID()), ...extra });

function client(fetch: (request: Request) => Promise<Response>, extra: { timeoutMs?: number; maxRetries?: number } = {}) {
  return createPlivoClient({ authId: AUTH_ID, authToken: AUTH_TOKEN, fetch, retryBaseDelayMs: 1, timeoutMs: 5_000, ...extra });
}

describe('sendBulk', () => {
  it('splits 2,500 numbers into requests of 1,000, 1,000 and 500, in order', async () => {
    const plivo = fakePlivo();
    const list = numbers(2500);
    const result = await sendBulk(client(plivo.fetch), { ...BODY, dst: list });
    expect(plivo.calls.map((c) => c.dst.length).sort((a, b) => b - a)).toEqual([1000, 1000, 500]);
    expect(result.accepted.map((a) => a.dst.length)).toEqual([1000, 1000, 500]);
    expect(result.accepted.flatMap((a) => a.dst)).toEqual(list);
    expect(result.accepted[0]?.messageUuids).toHaveLength(1000);
    expect(result).toMatchObject({ acceptedRecipients: 2500, failed: [], invalid: [], duplicates: [], requests: 3 });
  });

  it('accepts a <-joined string and arrays whose entries are <-joined', async () => {
    const plivo = fakePlivo();
    const result = await sendBulk(client(plivo.fetch), { ...BODY, dst: ['+1 (202) 550-0000<12025500001', '12025500002'] });
    expect(plivo.calls[0]?.dst).toEqual(['12025500000', '12025500001', '12025500002']);
    expect(result.acceptedRecipients).toBe(3);
  });

  it('sends a number repeated across chunks once and reports the repeat', async () => {
    const plivo = fakePlivo();
    const list = numbers(2000);
    list.splice(1500, 0, '+1 202-550-0001'); // the number at position 1, in another form, lands in the second chunk
    const result = await sendBulk(client(plivo.fetch), { ...BODY, dst: list });
    const sent = plivo.calls.flatMap((c) => c.dst);
    expect(sent).toHaveLength(2000);
    expect(sent.filter((n) => n === '12025500001')).toHaveLength(1);
    expect(result.duplicates).toEqual(['12025500001']);
    expect(result.accepted.map((a) => a.dst.length)).toEqual([1000, 1000]);
    // First-seen order survives the de-duplication.
    expect(result.accepted.flatMap((a) => a.dst)).toEqual(numbers(2000));
  });

  it('reports invalid numbers with a reason and never sends them', async () => {
    const plivo = fakePlivo();
    const result = await sendBulk(client(plivo.fetch), { ...BODY, dst: '12025500000<abc1<02071234567<123456789012345<( )<12025500001' });
    expect(plivo.calls).toHaveLength(1);
    expect(plivo.calls[0]?.dst).toEqual(['12025500000', '12025500001']);
    expect(result.invalid).toEqual([
      { input: 'abc1', reason: 'contains letters, which a phone number cannot have' },
      { input: '02071234567', reason: 'does not start with a country code' },
      { input: '123456789012345', reason: 'longer than 14 digits' },
      { input: '( )', reason: 'empty' },
    ]);
    expect(result.acceptedRecipients).toBe(2);
  });

  it('sends nothing and does not throw when no number is valid', async () => {
    const plivo = fakePlivo();
    const result = await sendBulk(client(plivo.fetch), { ...BODY, dst: ['abc', '0'] });
    expect(plivo.calls).toHaveLength(0);
    expect(result).toMatchObject({ accepted: [], failed: [], requests: 0, acceptedRecipients: 0 });
    expect(result.invalid.map((i) => i.input)).toEqual(['abc', '0']);
  });

  it('moves the numbers Plivo lists in invalid_number to invalid and leaves them out of the accepted count', async () => {
    const plivo = fakePlivo((dst) => queued(dst.slice(1), { invalid_number: ['+1 202 550 0000'] }));
    const result = await sendBulk(client(plivo.fetch), { ...BODY, dst: numbers(3) });
    expect(result.accepted[0]).toMatchObject({ dst: numbers(3), invalidNumbers: ['+1 202 550 0000'], apiId: 'a' });
    expect(result.accepted[0]?.messageUuids).toHaveLength(2);
    expect(result.invalid).toEqual([{ input: '+1 202 550 0000', reason: 'rejected by Plivo' }]);
    expect(result.acceptedRecipients).toBe(2);
  });

  it('throws PlivoValidationError for a body without text, before any request', async () => {
    const plivo = fakePlivo();
    const error = await sendBulk(client(plivo.fetch), { src: '14155550100', dst: numbers(2500) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlivoValidationError);
    expect((error as PlivoValidationError).issues.map((i) => i.path)).toEqual(['/text']);
    expect(plivo.calls).toHaveLength(0);
  });

  it('throws the body error even when no destination is valid', async () => {
    const plivo = fakePlivo();
    await expect(sendBulk(client(plivo.fetch), { src: '14155550100', dst: 'abc' })).rejects.toThrow(PlivoValidationError);
  });

  it('reports an error from outside the package as maybe sent, on the entry and on its error alike', async () => {
    const foreign = new Error('the custom client lost the connection');
    const stub = { messages: { send: () => Promise.reject(foreign) } } as unknown as Parameters<typeof sendBulk>[0];
    const result = await sendBulk(stub, { ...BODY, dst: numbers(2) });
    expect(result.failed).toHaveLength(1);
    const [failed] = result.failed;
    expect(failed?.maybeSent).toBe(true);
    expect(failed?.error).toBeInstanceOf(PlivoError);
    expect(failed?.error).toMatchObject({ maybeSent: true, cause: foreign });
  });

  it('refuses out-of-range options before any request', async () => {
    const plivo = fakePlivo();
    const send = (options: Parameters<typeof sendBulk>[2]) => sendBulk(client(plivo.fetch), { ...BODY, dst: numbers(2) }, options);
    await expect(send({ chunkSize: 1001 })).rejects.toThrow(/chunkSize must be an integer from 1 to 1000/);
    await expect(send({ chunkSize: 0 })).rejects.toThrow(PlivoArgumentError);
    await expect(send({ concurrency: 0 })).rejects.toThrow(/concurrency/);
    await expect(send({ concurrency: 2.5 })).rejects.toThrow(/concurrency/);
    expect(plivo.calls).toHaveLength(0);
  });

  it('waits and sends a chunk again after a 429 the client gave up on, then accepts it', async () => {
    const plivo = fakePlivo((dst, _request, call) => (call === 1 ? json(429, { api_id: 'r', error: 'too many requests' }) : queued(dst)));
    const result = await sendBulk(client(plivo.fetch, { maxRetries: 0 }), { ...BODY, dst: numbers(1500) }, { concurrency: 1, rateLimitBackoffMs: 1 });
    expect(plivo.calls.map((c) => c.dst.length)).toEqual([1000, 1000, 500]);
    expect(result.accepted.map((a) => a.dst.length)).toEqual([1000, 500]);
    expect(result.failed).toEqual([]);
    expect(result.requests).toBe(3);
  });

  it('honours Retry-After and pauses every worker, not only the refused one', async () => {
    let refusedAt = 0;
    const plivo = fakePlivo((dst, _request, call) => {
      if (call !== 1) return queued(dst);
      refusedAt = Date.now();
      return json(429, { error: 'slow down' }, { 'retry-after': '0.2' });
    });
    const result = await sendBulk(client(plivo.fetch, { maxRetries: 0 }), { ...BODY, dst: numbers(40) }, { chunkSize: 10, concurrency: 2 });
    expect(result.accepted).toHaveLength(4);
    expect(result.requests).toBe(5);
    // Whatever started after the 429 waited out its Retry-After (timers may fire a millisecond early).
    const later = plivo.calls.filter((c) => c.startedAt > refusedAt);
    expect(later.length).toBeGreaterThanOrEqual(3);
    for (const call of later) expect(call.startedAt - refusedAt).toBeGreaterThanOrEqual(195);
  });

  it('gives up on a chunk after maxRateLimitRetries 429s, with maybeSent false', async () => {
    const plivo = fakePlivo(() => json(429, { error: 'too many requests' }));
    const result = await sendBulk(client(plivo.fetch, { maxRetries: 0 }), { ...BODY, dst: numbers(5) }, { maxRateLimitRetries: 2, rateLimitBackoffMs: 1 });
    expect(plivo.calls).toHaveLength(3);
    expect(result.requests).toBe(3);
    expect(result.failed).toHaveLength(1);
    expect(result.failed[0]?.error).toBeInstanceOf(PlivoRateLimitError);
    expect(result.failed[0]).toMatchObject({ dst: numbers(5), maybeSent: false });
  });

  it('does not resend a chunk that timed out: it lands in failed with maybeSent true', async () => {
    const plivo = fakePlivo((dst, request, call) => (call === 1 ? hang(request) : queued(dst)));
    const result = await sendBulk(client(plivo.fetch, { timeoutMs: 50 }), { ...BODY, dst: numbers(20) }, { chunkSize: 10, concurrency: 1 });
    expect(plivo.calls).toHaveLength(2);
    expect(result.failed).toHaveLength(1);
    expect(result.failed[0]?.error).toBeInstanceOf(PlivoTimeoutError);
    expect(result.failed[0]).toMatchObject({ dst: numbers(10), maybeSent: true });
    expect(result.accepted.map((a) => a.dst)).toEqual([numbers(10, 10)]);
    expect(result.acceptedRecipients).toBe(10);
  });

  it('does not resend a chunk answered with 500: it lands in failed with maybeSent true', async () => {
    const plivo = fakePlivo((dst, _request, call) => (call === 2 ? json(500, { api_id: 'x', error: 'internal error' }) : queued(dst)));
    const result = await sendBulk(client(plivo.fetch), { ...BODY, dst: numbers(30) }, { chunkSize: 10, concurrency: 1 });
    expect(plivo.calls).toHaveLength(3);
    expect(new Set(plivo.calls.flatMap((c) => c.dst)).size).toBe(30);
    expect(result.failed).toHaveLength(1);
    expect(result.failed[0]?.error).toBeInstanceOf(PlivoServerError);
    expect(result.failed[0]).toMatchObject({ dst: numbers(10, 10), maybeSent: true });
    expect(result.accepted).toHaveLength(2);
  });

  it('reports a 4xx refusal with maybeSent false and does not resend it', async () => {
    const plivo = fakePlivo(() => json(400, { api_id: 'x', error: 'invalid src' }));
    const result = await sendBulk(client(plivo.fetch), { ...BODY, dst: numbers(3) });
    expect(plivo.calls).toHaveLength(1);
    expect(result.failed[0]?.error).toBeInstanceOf(PlivoApiError);
    expect(result.failed[0]?.maybeSent).toBe(false);
  });

  it('counts a 202 whose answer cannot be read as accepted with unknown UUIDs, never sent again', async () => {
    // A 202 whose body is not JSON: the messages were queued, but the answer cannot be read.
    const plivo = fakePlivo(() => new Response('<html>', { status: 202, headers: { 'content-type': 'application/json' } }));
    const result = await sendBulk(client(plivo.fetch), { ...BODY, dst: numbers(3) });
    expect(plivo.calls).toHaveLength(1);
    expect(result.failed).toEqual([]);
    expect(result.acceptedRecipients).toBe(3);
    expect(result.acceptedWithUnknownUuids).toBe(3);
    expect(result.accepted[0]?.messageUuids).toEqual([]);
    expect(result.accepted[0]?.unreadableAnswer).toBeInstanceOf(PlivoError);
    expect(result.accepted[0]?.unreadableAnswer?.problem).toBe('invalid_json');
  });

  it('stops starting chunks once cancelled and reports those never started with maybeSent false', async () => {
    const controller = new AbortController();
    const plivo = fakePlivo();
    const result = await sendBulk(client(plivo.fetch), { ...BODY, dst: numbers(30) }, {
      chunkSize: 10,
      concurrency: 1,
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    expect(plivo.calls).toHaveLength(1);
    expect(result.accepted.map((a) => a.dst)).toEqual([numbers(10)]);
    expect(result.failed.map((f) => f.dst)).toEqual([numbers(10, 10), numbers(10, 20)]);
    for (const failure of result.failed) {
      expect(failure.error).toBeInstanceOf(PlivoAbortError);
      expect(failure.maybeSent).toBe(false);
    }
    expect(result.requests).toBe(1);
  });

  it('aborts requests in flight on cancel: those may have been sent, the rest were not', async () => {
    const controller = new AbortController();
    const plivo = fakePlivo((_dst, request, call) => {
      if (call === 2) setTimeout(() => controller.abort(), 5);
      return hang(request);
    });
    const result = await sendBulk(client(plivo.fetch), { ...BODY, dst: numbers(40) }, { chunkSize: 10, concurrency: 2, signal: controller.signal });
    expect(plivo.calls).toHaveLength(2);
    expect(result.failed.map((f) => [f.dst[0], f.maybeSent, f.error.name])).toEqual([
      ['12025500000', true, 'PlivoAbortError'],
      ['12025500010', true, 'PlivoAbortError'],
      ['12025500020', false, 'PlivoAbortError'],
      ['12025500030', false, 'PlivoAbortError'],
    ]);
  });

  it('sends nothing when the signal has already fired', async () => {
    const plivo = fakePlivo();
    const result = await sendBulk(client(plivo.fetch), { ...BODY, dst: numbers(5) }, { signal: AbortSignal.abort() });
    expect(plivo.calls).toHaveLength(0);
    expect(result.failed).toMatchObject([{ dst: numbers(5), maybeSent: false }]);
  });

  it('cancels a chunk waiting out a 429 without sending it again', async () => {
    const controller = new AbortController();
    const plivo = fakePlivo(() => {
      setTimeout(() => controller.abort(), 10);
      // Longer than the test's own timeout: only an interrupted wait lets the test finish.
      return json(429, { error: 'slow down' }, { 'retry-after': '60' });
    });
    const result = await sendBulk(client(plivo.fetch, { maxRetries: 0 }), { ...BODY, dst: numbers(5) }, { signal: controller.signal });
    expect(plivo.calls).toHaveLength(1);
    expect(result.failed[0]?.error).toBeInstanceOf(PlivoAbortError);
    expect(result.failed[0]?.maybeSent).toBe(false);
  });

  it('on stopSignal, gives up a 429 pause at once and starts nothing more, with maybeSent false', async () => {
    const stop = new AbortController();
    const plivo = fakePlivo(() => {
      setTimeout(() => stop.abort(), 10);
      // Longer than the test's own timeout: only an interrupted wait lets the test finish.
      return json(429, { error: 'slow down' }, { 'retry-after': '60' });
    });
    const result = await sendBulk(client(plivo.fetch, { maxRetries: 0 }), { ...BODY, dst: numbers(20) }, { chunkSize: 10, concurrency: 1, stopSignal: stop.signal });
    expect(plivo.calls).toHaveLength(1);
    expect(result.failed.map((f) => [f.dst[0], f.maybeSent, f.error.message])).toEqual([
      ['12025500000', false, expect.stringContaining('stopped before this request started')],
      ['12025500010', false, expect.stringContaining('stopped before this request started')],
    ]);
  });

  it('on stopSignal, lets the requests in flight finish and keeps their answers', async () => {
    const stop = new AbortController();
    const plivo = fakePlivo((dst, _request, call) => {
      if (call === 1) stop.abort();
      return queued(dst);
    }, 20);
    const result = await sendBulk(client(plivo.fetch), { ...BODY, dst: numbers(30) }, { chunkSize: 10, concurrency: 2, stopSignal: stop.signal });
    expect(plivo.calls).toHaveLength(2);
    expect(result.accepted.map((a) => a.dst[0])).toEqual(['12025500000', '12025500010']);
    expect(result.acceptedRecipients).toBe(20);
    expect(result.failed).toMatchObject([{ dst: numbers(10, 20), maybeSent: false }]);
  });

  it('reports progress after each chunk, monotonic and ending at the totals', async () => {
    const plivo = fakePlivo();
    const seen: SendBulkProgress[] = [];
    await sendBulk(client(plivo.fetch), { ...BODY, dst: numbers(2500) }, { onProgress: (p) => seen.push(p) });
    expect(seen).toHaveLength(3);
    for (let i = 1; i < seen.length; i += 1) {
      expect(seen[i]!.sent).toBeGreaterThan(seen[i - 1]!.sent);
      expect(seen[i]!.requests).toBe(seen[i - 1]!.requests + 1);
    }
    expect(seen.at(-1)).toEqual({ sent: 2500, total: 2500, requests: 3, totalRequests: 3 });
  });

  it('stops starting chunks when onProgress throws, and still resolves with what happened', async () => {
    const plivo = fakePlivo();
    const boom = new Error('boom');
    const result = await sendBulk(client(plivo.fetch), { ...BODY, dst: numbers(30) }, {
      chunkSize: 10,
      concurrency: 1,
      onProgress: () => {
        throw boom;
      },
    });
    expect(plivo.calls).toHaveLength(1);
    expect(result.accepted).toHaveLength(1);
    expect(result.failed).toHaveLength(2);
    expect(result.failed[0]?.error).toBeInstanceOf(PlivoAbortError);
    expect(result.failed[0]?.error.cause).toBe(boom);
  });

  it('never has more requests in flight than the concurrency', async () => {
    const plivo = fakePlivo(undefined, 3);
    const result = await sendBulk(client(plivo.fetch), { ...BODY, dst: numbers(1000) }, { chunkSize: 50, concurrency: 3 });
    expect(plivo.calls).toHaveLength(20);
    expect(plivo.maxInFlight).toBe(3);
    expect(result.accepted).toHaveLength(20);
  });

  it('sends 100,000 recipients as 100 requests, all accepted, at most 4 in flight', async () => {
    const plivo = fakePlivo((dst) => json(202, { api_id: 'a', message: 'message(s) queued', message_uuid: [`${dst[0]}`] }));
    const result = await sendBulk(client(plivo.fetch), { ...BODY, dst: numbers(100_000) });
    expect(plivo.calls).toHaveLength(100);
    expect(plivo.maxInFlight).toBeLessThanOrEqual(4);
    expect(result.accepted).toHaveLength(100);
    expect(result.acceptedRecipients).toBe(100_000);
    expect(result.failed).toEqual([]);
    expect(result.requests).toBe(100);
  });

  it('uses the parseDestinations it is given and still sends a number once', async () => {
    const plivo = fakePlivo();
    const parse = (input: string | readonly string[]) => ({
      valid: ['447700900123', '447700900124', '447700900123'],
      invalid: [{ input: String(input).slice(0, 3), reason: 'custom' }],
      duplicates: ['447700900124'],
    });
    const result = await sendBulk(client(plivo.fetch), { ...BODY, dst: '07700 900123' }, { parseDestinations: parse });
    expect(plivo.calls[0]?.dst).toEqual(['447700900123', '447700900124']);
    expect(result.duplicates).toEqual(['447700900124', '447700900123']);
    expect(result.invalid).toEqual([{ input: '077', reason: 'custom' }]);
  });
});
