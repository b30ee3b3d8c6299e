import { describe, expect, it } from 'vitest';
import { isErrorBody, isSendMessageResponse } from '../../generated/validators.js';
import { createPlivoClient, PlivoApiError, PlivoAuthError, sendBulk, validateSendMessageRequest } from '../../src/index.js';
import { createFakePlivo } from '../../src/testing/index.js';

const SRC = '14155550100';

function setup(options: Parameters<typeof createFakePlivo>[0] = {}) {
  const fake = createFakePlivo({ seed: 7, ...options });
  // validate: false lets bodies the client would refuse reach the simulator, to see Plivo's own answer.
  const plivo = createPlivoClient({ authId: fake.authId, authToken: fake.authToken, fetch: fake.fetch, validate: false, maxRetries: 0 });
  return { fake, plivo };
}

async function rawSend(fake: ReturnType<typeof createFakePlivo>, body: unknown) {
  const response = await fake.fetch(`https://api.plivo.com/v1/Account/${fake.authId}/Message/`, {
    method: 'POST',
    headers: { Authorization: `Basic ${btoa(`${fake.authId}:${fake.authToken}`)}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('sending to the simulator', () => {
  it('answers a bulk send with one UUID per valid unique number, the malformed ones in invalid_number', async () => {
    const { fake, plivo } = setup();
    const dst = ['14155550123', '+1 (415) 555-0123', '14155550124', '0712345678', '1415abc', '14155550124', '447700900123'].join('<');
    const answer = await plivo.messages.send({ src: SRC, dst, text: 'Store closes at 6' });

    expect(isSendMessageResponse(answer)).toBe(true);
    expect(answer.message_uuid).toHaveLength(3);
    expect(new Set(answer.message_uuid).size).toBe(3);
    expect(answer.invalid_number).toEqual(['0712345678', '1415abc']);
    const messages = fake.messages();
    expect(messages.map((m) => m.to)).toEqual(['14155550123', '14155550124', '447700900123']);
    expect(messages.map((m) => m.messageUuid)).toEqual(answer.message_uuid);
    expect(messages.every((m) => m.from === SRC && m.apiId === answer.api_id)).toBe(true);
    // At 5 MPS the first leaves the queue at once, the others 200 ms apart.
    expect(messages.map((m) => m.state)).toEqual(['sent', 'queued', 'queued']);
  });

  it('leaves invalid_number out when every number is valid', async () => {
    const { plivo } = setup();
    const answer = await plivo.messages.send({ src: SRC, dst: '14155550123', text: 'Hi' });
    expect(answer).not.toHaveProperty('invalid_number');
    expect(answer.message).toBe('message(s) queued');
  });

  it('gives every recipient of a 2,500-number sendBulk exactly one message', async () => {
    const { fake, plivo } = setup();
    const numbers = Array.from({ length: 2500 }, (_, i) => `1415${String(5_000_000 + i)}`);
    const result = await sendBulk(plivo, { src: SRC, dst: [...numbers, numbers[0] as string, '0044', numbers[1] as string], text: 'Sale ends tonight' });

    expect(result.failed).toEqual([]);
    expect(result.acceptedRecipients).toBe(2500);
    expect(result.duplicates).toEqual([numbers[0], numbers[1]]);
    expect(result.requests).toBe(3);
    const recipients = fake.messages().map((m) => m.to);
    expect(recipients).toHaveLength(2500);
    expect(new Set(recipients)).toEqual(new Set(numbers));
    expect(result.accepted.flatMap((a) => a.messageUuids).sort()).toEqual(fake.messages().map((m) => m.messageUuid).sort());
  });

  it('refuses more than 1,000 unique numbers with the words of validateSendMessageRequest', async () => {
    const { fake } = setup();
    const body = { src: SRC, dst: Array.from({ length: 1001 }, (_, i) => `1415${String(5_000_000 + i)}`).join('<'), text: 'Hi' };
    const expected = validateSendMessageRequest(body);
    if (expected.ok) throw new Error('the body should be invalid');
    const { status, body: answer } = await rawSend(fake, body);
    expect(status).toBe(400);
    expect(isErrorBody(answer)).toBe(true);
    expect(answer.error).toBe(expected.issues.map((issue) => `${issue.path}: ${issue.message}`).join('; '));
    expect(answer.error).toContain('has 1001 unique numbers; one request takes at most 1000');
    expect(fake.messages()).toEqual([]);
  });

  it('refuses an invalid body naming each field as the validator does, and creates nothing', async () => {
    const { fake } = setup();
    const body = { src: SRC, dst: '14155550123', type: 'mms', text: 'Hi', media_url: 'https://example.com/a.png', log: 'yes' };
    const expected = validateSendMessageRequest(body);
    if (expected.ok) throw new Error('the body should be invalid');
    const { status, body: answer } = await rawSend(fake, body);
    expect(status).toBe(400);
    expect(typeof answer.api_id).toBe('string');
    expect(answer.error).toBe(expected.issues.map((issue) => `${issue.path}: ${issue.message}`).join('; '));
    expect(answer.error).toMatch(/\/media_url: is not a known field \(did you mean media_urls\?\)/);
    expect(fake.messages()).toEqual([]);
  });

  it('refuses a body whose every number is malformed, in the validator\'s words', async () => {
    const { fake, plivo } = setup();
    const error = await plivo.messages.send({ src: SRC, dst: '0712<abc', text: 'Hi' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlivoApiError);
    expect((error as PlivoApiError).status).toBe(400);
    expect((error as PlivoApiError).message).toContain('/dst: "0712" does not start with a country code');
    expect((error as PlivoApiError).maybeSent).toBe(false);
    expect(fake.messages()).toEqual([]);
  });

  it('counts SMS segments as units with countSegments', async () => {
    const { fake, plivo } = setup();
    await plivo.messages.send({ src: SRC, dst: '14155550123', text: 'x'.repeat(161) });
    await plivo.messages.send({ src: SRC, dst: '14155550124', text: '€'.repeat(81) }); // 162 GSM-7 septets
    await plivo.messages.send({ src: SRC, dst: '14155550125', type: 'mms', text: 'x'.repeat(300), media_urls: ['https://example.com/a.png'] });
    expect(fake.messages().map((m) => m.units)).toEqual([2, 2, 1]);
  });
});

describe('authentication', () => {
  it('answers 401 in Plivo\'s error shape to a wrong token, no credentials, or another account\'s path', async () => {
    const { fake } = setup();
    const wrong = createPlivoClient({ authId: fake.authId, authToken: 'not-the-token', fetch: fake.fetch, maxRetries: 0 });
    const error = await wrong.messages.send({ src: SRC, dst: '14155550123', text: 'Hi' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlivoAuthError);
    expect((error as PlivoAuthError).status).toBe(401);
    expect(isErrorBody((error as PlivoAuthError).body)).toBe(true);
    expect((error as PlivoAuthError).maybeSent).toBe(false);

    const other = createPlivoClient({ authId: 'MAOTHERACCOUNT000000', authToken: fake.authToken, fetch: fake.fetch, maxRetries: 0 });
    await expect(other.messages.get('x')).rejects.toBeInstanceOf(PlivoAuthError);

    const bare = await fake.fetch(`https://api.plivo.com/v1/Account/${fake.authId}/Message/`);
    expect(bare.status).toBe(401);
    expect(await bare.json()).toEqual({ error: 'authentication credentials were not provided' });

    const mismatch = await fake.fetch(`https://api.plivo.com/v1/Account/MAOTHERACCOUNT000000/Message/`, {
      headers: { Authorization: `Basic ${btoa(`${fake.authId}:${fake.authToken}`)}` },
    });
    expect(mismatch.status).toBe(401);
    expect(((await mismatch.json()) as { error: string }).error).toContain('auth_id in the path');
    expect(fake.messages()).toEqual([]);
  });

  it('keeps no Authorization header in fake.requests()', async () => {
    const { fake, plivo } = setup();
    await plivo.messages.send({ src: SRC, dst: '14155550123', text: 'Hi' });
    const recorded = JSON.stringify(fake.requests());
    expect(recorded).not.toContain(fake.authToken);
    expect(recorded).not.toContain(btoa(`${fake.authId}:${fake.authToken}`));
    expect(fake.requests()).toMatchObject([{ method: 'POST', path: `/v1/Account/${fake.authId}/Message/`, operation: 'sendMessage', status: 202 }]);
  });
});
