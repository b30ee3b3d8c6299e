import { afterEach, describe, expect, it, vi } from 'vitest';
import { isMessageList } from '../../generated/validators.js';
import { createPlivoClient, PlivoRateLimitError, sendBulk } from '../../src/index.js';
import { createFakePlivo, RATE_WINDOW_MS } from '../../src/testing/index.js';

const SRC = '14155550100';
const body = (i: number) => ({ src: SRC, dst: `1415${String(5_000_000 + i)}`, text: 'Hi' });

afterEach(() => {
  vi.useRealTimers();
});

describe('the account request limit', () => {
  it('admits requestsPer5s requests in a rolling 5-second window and answers the next with 429 and Retry-After', async () => {
    const fake = createFakePlivo({ seed: 1, requestsPer5s: 10 });
    const plivo = createPlivoClient({ authId: fake.authId, authToken: fake.authToken, fetch: fake.fetch, maxRetries: 0 });
    for (let i = 0; i < 6; i += 1) await plivo.messages.send(body(i));
    await fake.advance(3000);
    for (let i = 6; i < 10; i += 1) await plivo.messages.send(body(i));

    const refused = await plivo.messages.send(body(10)).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(PlivoRateLimitError);
    // The oldest six leave the window 2 s from now.
    expect((refused as PlivoRateLimitError).retryAfterMs).toBe(2000);
    expect((refused as PlivoRateLimitError).maybeSent).toBe(false);

    await fake.advance(1999);
    await expect(plivo.messages.list()).rejects.toBeInstanceOf(PlivoRateLimitError);
    await fake.advance(1);
    // Six slots free at once (a rolling window, not a fixed one): six more pass, the seventh does not.
    for (let i = 11; i < 17; i += 1) await plivo.messages.send(body(i));
    await expect(plivo.messages.send(body(17))).rejects.toBeInstanceOf(PlivoRateLimitError);

    const admitted = fake.requests().filter((r) => r.status !== 429).map((r) => r.time);
    for (const time of admitted) expect(admitted.filter((t) => t > time - RATE_WINDOW_MS && t <= time).length).toBeLessThanOrEqual(10);
    expect(fake.messages()).toHaveLength(16);
  });

  it('makes the client wait for Retry-After and then succeed (the simulator on the real clock, driven by fake timers)', async () => {
    vi.useFakeTimers({ now: Date.UTC(2026, 0, 5, 9) });
    const fake = createFakePlivo({ seed: 2, clock: 'real', requestsPer5s: 3 });
    const plivo = createPlivoClient({ authId: fake.authId, authToken: fake.authToken, fetch: fake.fetch });
    for (let i = 0; i < 3; i += 1) await plivo.messages.send(body(i));

    const late = plivo.messages.send(body(3));
    await vi.advanceTimersByTimeAsync(RATE_WINDOW_MS);
    const answer = await late;

    expect(answer.message_uuid).toHaveLength(1);
    const log = fake.requests().map((r) => ({ status: r.status, after: r.time - Date.UTC(2026, 0, 5, 9) }));
    expect(log).toEqual([
      { status: 202, after: 0 },
      { status: 202, after: 0 },
      { status: 202, after: 0 },
      { status: 429, after: 0 },
      { status: 202, after: RATE_WINDOW_MS },
    ]);
    fake.close();
  });

  it('lets a burst of 1,000 requests through sendBulk with no number sent twice', async () => {
    const fake = createFakePlivo({ seed: 3, requestsPer5s: 300, clock: 'real' });
    vi.useFakeTimers();
    const plivo = createPlivoClient({ authId: fake.authId, authToken: fake.authToken, fetch: fake.fetch });
    const numbers = Array.from({ length: 1000 }, (_, i) => `1415${String(5_000_000 + i)}`);
    const running = sendBulk(plivo, { src: SRC, dst: numbers, text: 'Hi' }, { chunkSize: 1, concurrency: 20 });
    await vi.runAllTimersAsync();
    const result = await running;
    expect(result.failed).toEqual([]);
    expect(result.acceptedRecipients).toBe(1000);
    const statuses = fake.requests().map((r) => r.status);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0);
    expect(fake.messages().map((m) => m.to).sort()).toEqual(numbers);
    fake.close();
  });
});

describe('the account queue', () => {
  it('lets message units out at mps (each SMS segment a unit)', async () => {
    const fake = createFakePlivo({ seed: 4, mps: 2, deliveryDelayMs: 0 });
    const plivo = createPlivoClient({ authId: fake.authId, authToken: fake.authToken, fetch: fake.fetch });
    const start = fake.now();
    await plivo.messages.send({ src: SRC, dst: '14155550123<14155550124', text: 'x'.repeat(200) }); // 2 segments each
    await plivo.messages.send({ src: SRC, dst: '14155550125', text: 'short' });
    await fake.drain();
    const sentAfter = fake.messages().map((m) => (m.history.find((h) => h.state === 'sent')?.at ?? NaN) - start);
    expect(sentAfter).toEqual([0, 1000, 2000]);
    expect(fake.messages().map((m) => m.state)).toEqual(['delivered', 'delivered', 'delivered']);
  });

  it('fails with 420 what is still queued at message_expiry: 100,000 recipients at 5 MPS without pacing', { timeout: 120_000 }, async () => {
    const fake = createFakePlivo({ seed: 5, mps: 5 });
    const plivo = createPlivoClient({ authId: fake.authId, authToken: fake.authToken, fetch: fake.fetch });
    const numbers = Array.from({ length: 100_000 }, (_, i) => `1415${String(5_000_000 + i)}`);
    const result = await sendBulk(plivo, { src: SRC, dst: numbers, text: 'Flash sale' });
    expect(result.acceptedRecipients).toBe(100_000);
    await fake.drain();

    const messages = fake.messages();
    const expired = messages.filter((m) => m.state === 'failed' && m.errorCode === '420');
    const delivered = messages.filter((m) => m.state === 'delivered');
    // 10,800 s at 5 units/s: 54,000 leave the queue in time; the rest expire after exactly 10,800 s.
    expect(delivered).toHaveLength(54_000);
    expect(expired).toHaveLength(46_000);
    for (const m of expired.slice(0, 100)) expect(m.history.map((h) => h.state)).toEqual(['queued', 'failed']);
    expect(expired.every((m) => (m.history[1]?.at ?? 0) - m.createdAt === 10_800_000)).toBe(true);

    const page = await plivo.messages.list({ error_code: 420, limit: 5 });
    expect(isMessageList(page)).toBe(true);
    expect(page.meta.total_count).toBe(46_000);
    expect(page.objects.every((m) => m.message_state === 'failed' && m.error_code === '420')).toBe(true);
  });

  it('uses the message_expiry of the send', async () => {
    const fake = createFakePlivo({ seed: 6, mps: 1 });
    const plivo = createPlivoClient({ authId: fake.authId, authToken: fake.authToken, fetch: fake.fetch });
    const dst = Array.from({ length: 20 }, (_, i) => `1415${String(5_000_000 + i)}`).join('<');
    await plivo.messages.send({ src: SRC, dst, text: 'Hi', message_expiry: 10 });
    await fake.drain();
    expect(fake.messages().map((m) => m.errorCode)).toEqual([...Array(10).fill('000'), ...Array(10).fill('420')]);
  });
});
