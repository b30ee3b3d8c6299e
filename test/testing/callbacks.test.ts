import { describe, expect, it } from 'vitest';
import { createPlivoClient, verifyRequest, type MessageStatusCallback } from '../../src/index.js';
import { CALLBACK_RETRY_DELAYS_MS, createFakePlivo } from '../../src/testing/index.js';

const SRC = '14155550100';

/** A receiver that verifies each callback as an application would, and answers with `status`. */
function receiver(authToken: () => string, status = 200, publicUrl?: string) {
  const received: Array<{ method: string; url: string; callback: MessageStatusCallback; version: string; urlParams: Record<string, string> }> = [];
  const refused: string[] = [];
  const handle = async (request: Request): Promise<Response> => {
    const method = request.method;
    const url = request.url;
    const result = await verifyRequest(request, { authToken: authToken(), ...(publicUrl === undefined ? {} : { publicUrl }) });
    if (!result.ok) {
      refused.push(result.error.message);
      return new Response(null, { status: 403 });
    }
    received.push({ method, url, callback: result.callback, version: result.signatureVersion, urlParams: result.urlParams });
    return new Response('OK', { status });
  };
  return { handle, received, refused };
}

describe('status callbacks', () => {
  it('POSTs queued → sent → delivered, signed with V3, verified by verifyRequest', async () => {
    let token = '';
    const inbox = receiver(() => token);
    const fake = createFakePlivo({ seed: 11, authToken: 'callback-test-token', deliver: inbox.handle });
    token = fake.authToken;
    const plivo = createPlivoClient({ authId: fake.authId, authToken: fake.authToken, fetch: fake.fetch });
    const { message_uuid } = await plivo.messages.send({ src: SRC, dst: '14155550123', text: 'Your order shipped', url: 'https://shop.example/plivo/status' });
    await fake.drain();

    expect(inbox.refused).toEqual([]);
    expect(inbox.received.map((r) => [r.method, r.callback.Status, r.callback.Sequence, r.version])).toEqual([
      ['POST', 'queued', '1', 'v3'],
      ['POST', 'sent', '2', 'v3'],
      ['POST', 'delivered', '3', 'v3'],
    ]);
    const delivered = inbox.received[2]?.callback;
    expect(delivered).toMatchObject({ MessageUUID: message_uuid[0], To: '14155550123', From: SRC, Type: 'sms', Units: '1', ErrorCode: '000', TotalAmount: '0.00500' });
    expect(delivered?.DeliveryReportTime).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{6}$/);
    expect(inbox.received.every((r) => r.url === 'https://shop.example/plivo/status')).toBe(true);
    expect(fake.callbacks().map((c) => c.responseStatus)).toEqual([200, 200, 200]);
  });

  it.each([
    ['without publicUrl', undefined],
    ['with publicUrl as configured', 'https://shop.example/cb?tenant=7'],
  ])('GETs with the fields after the callback URL\'s own query, and verifies %s', async (_, publicUrl) => {
    let token = '';
    const inbox = receiver(() => token, 200, publicUrl);
    const fake = createFakePlivo({ seed: 12, deliver: inbox.handle });
    token = fake.authToken;
    const plivo = createPlivoClient({ authId: fake.authId, authToken: fake.authToken, fetch: fake.fetch });
    await plivo.messages.send({ src: SRC, dst: '14155550123', text: 'Hi', url: 'https://shop.example/cb?tenant=7', method: 'GET' });
    await fake.drain();

    expect(inbox.refused).toEqual([]);
    expect(inbox.received.map((r) => [r.method, r.callback.Status])).toEqual([['GET', 'queued'], ['GET', 'sent'], ['GET', 'delivered']]);
    const url = new URL(inbox.received[0]?.url ?? '');
    expect(url.search.startsWith('?tenant=7&')).toBe(true);
    expect(url.searchParams.get('Status')).toBe('queued');
    expect(inbox.received.map((r) => r.urlParams)).toEqual([{ tenant: '7' }, { tenant: '7' }, { tenant: '7' }]);
    expect(inbox.received[0]?.callback).not.toHaveProperty('tenant');
  });

  it('is refused by verifyRequest under another token (the signature is real)', async () => {
    const inbox = receiver(() => 'some-other-token');
    const fake = createFakePlivo({ seed: 13, deliver: inbox.handle });
    const plivo = createPlivoClient({ authId: fake.authId, authToken: fake.authToken, fetch: fake.fetch });
    await plivo.messages.send({ src: SRC, dst: '14155550123', text: 'Hi', url: 'https://shop.example/cb' });
    await fake.drain();
    expect(inbox.received).toEqual([]);
    expect(inbox.refused).toHaveLength(3 * 4); // three callbacks, each tried four times
  });

  it('signs with V2 alone when asked, which verifyRequest accepts as v2', async () => {
    let token = '';
    const inbox = receiver(() => token);
    const fake = createFakePlivo({ seed: 14, deliver: inbox.handle, signatures: ['v2'] });
    token = fake.authToken;
    const plivo = createPlivoClient({ authId: fake.authId, authToken: fake.authToken, fetch: fake.fetch });
    await plivo.messages.send({ src: SRC, dst: '14155550123', text: 'Hi', url: 'https://shop.example/cb' });
    await fake.drain();
    expect(inbox.received.map((r) => r.version)).toEqual(['v2', 'v2', 'v2']);
  });

  it('retries a callback answered with 500 after 60, 120 and 240 s of simulated time', async () => {
    let token = '';
    const inbox = receiver(() => token, 500);
    const fake = createFakePlivo({ seed: 15, deliver: inbox.handle, deliveryDelayMs: 1000 });
    token = fake.authToken;
    const plivo = createPlivoClient({ authId: fake.authId, authToken: fake.authToken, fetch: fake.fetch });
    const start = fake.now();
    await plivo.messages.send({ src: SRC, dst: '14155550123', text: 'Hi', url: 'https://shop.example/cb' });

    await fake.advance(59_999);
    expect(fake.callbacks().filter((c) => c.status === 'queued').map((c) => c.attempt)).toEqual([0]);
    await fake.drain();

    const queued = fake.callbacks().filter((c) => c.status === 'queued');
    expect(queued.map((c) => [c.attempt, c.at - start, c.responseStatus])).toEqual([
      [0, 0, 500],
      [1, 60_000, 500],
      [2, 180_000, 500],
      [3, 420_000, 500],
    ]);
    const delivered = fake.callbacks().filter((c) => c.status === 'delivered');
    expect(delivered.map((c) => c.at - start)).toEqual([1000, 61_000, 181_000, 421_000]);
    expect(inbox.received).toHaveLength(12);
    expect(CALLBACK_RETRY_DELAYS_MS).toEqual([60_000, 120_000, 240_000]);
  });

  it('stops retrying once the receiver answers 200', async () => {
    let token = '';
    let calls = 0;
    const inbox = receiver(() => token);
    const fake = createFakePlivo({
      seed: 16,
      deliver: async (request) => {
        calls += 1;
        return calls === 1 ? new Response(null, { status: 503 }) : inbox.handle(request);
      },
    });
    token = fake.authToken;
    const plivo = createPlivoClient({ authId: fake.authId, authToken: fake.authToken, fetch: fake.fetch });
    await plivo.messages.send({ src: SRC, dst: '14155550123', text: 'Hi', url: 'https://shop.example/cb' });
    await fake.drain();
    expect(fake.callbacks().map((c) => [c.status, c.attempt, c.responseStatus])).toEqual([
      ['queued', 0, 503],
      ['sent', 0, 200],
      ['delivered', 0, 200],
      ['queued', 1, 200],
    ]);
  });

  it('retries when the receiver cannot be reached, recording why', async () => {
    const fake = createFakePlivo({ seed: 17, deliver: () => Promise.reject(new TypeError('fetch failed', { cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }) })) });
    const plivo = createPlivoClient({ authId: fake.authId, authToken: fake.authToken, fetch: fake.fetch });
    await plivo.messages.send({ src: SRC, dst: '14155550123', text: 'Hi', url: 'https://shop.example/cb' });
    await fake.drain();
    expect(fake.callbacks()).toHaveLength(12);
    expect(fake.callbacks()[0]?.error).toBe('fetch failed (ECONNREFUSED)');
  });

  it('chooses outcomes by number prefix and by a seeded rate', async () => {
    let token = '';
    const inbox = receiver(() => token);
    const options = {
      deliver: inbox.handle,
      outcomes: [
        { prefix: '4477', status: 'undelivered', errorCode: '30' },
        { prefix: '4478', status: 'failed', errorCode: '450' },
        { prefix: '4479', status: 'sent' },
        { rate: 0.25, status: 'undelivered', errorCode: '80' },
      ] as const,
    };
    const fake = createFakePlivo({ seed: 18, ...options });
    token = fake.authToken;
    const plivo = createPlivoClient({ authId: fake.authId, authToken: fake.authToken, fetch: fake.fetch });
    const numbers = ['447700900001', '447800900002', '447900900003', ...Array.from({ length: 200 }, (_, i) => `1415${String(5_000_000 + i)}`)];
    await plivo.messages.send({ src: SRC, dst: numbers.join('<'), text: 'Hi', url: 'https://shop.example/cb' });
    await fake.drain();

    const byNumber = new Map(fake.messages().map((m) => [m.to, m]));
    expect(byNumber.get('447700900001')?.history.map((h) => [h.state, h.errorCode])).toEqual([['queued', undefined], ['sent', undefined], ['undelivered', '30']]);
    expect(byNumber.get('447800900002')?.history.map((h) => [h.state, h.errorCode])).toEqual([['queued', undefined], ['failed', '450']]);
    expect(byNumber.get('447900900003')?.state).toBe('sent');
    const undeliveredShare = fake.messages().filter((m) => m.errorCode === '80').length / 200;
    expect(undeliveredShare).toBeGreaterThan(0.15);
    expect(undeliveredShare).toBeLessThan(0.35);
    const failedCallback = inbox.received.find((r) => r.callback.To === '447800900002' && r.callback.Status === 'failed')?.callback;
    expect(failedCallback).toMatchObject({ ErrorCode: '450', TotalAmount: '0.00000' });

    // The same seed gives the same outcomes.
    const again = createFakePlivo({ seed: 18, ...options, deliver: async () => new Response('OK') });
    const plivoAgain = createPlivoClient({ authId: again.authId, authToken: again.authToken, fetch: again.fetch });
    await plivoAgain.messages.send({ src: SRC, dst: numbers.join('<'), text: 'Hi', url: 'https://shop.example/cb' });
    await again.drain();
    expect(again.messages().map((m) => m.errorCode)).toEqual(fake.messages().map((m) => m.errorCode));
  });
});
