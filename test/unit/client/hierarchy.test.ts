import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  createPlivoClient,
  maybeSentForStatus,
  PlivoAbortError,
  PlivoArgumentError,
  PlivoApiError,
  PlivoAuthError,
  PlivoConnectionError,
  PlivoError,
  PlivoNotFoundError,
  PlivoRateLimitError,
  PlivoResponseError,
  PlivoServerError,
  PlivoTimeoutError,
  PlivoValidationError,
  type PlivoOperation,
} from '../../../src/index.js';
import { sendBulk } from '../../../src/bulk/send-bulk.js';
import { asPlivoError, mayHaveBeenSent } from '../../../src/errors.js';
import { createFakePlivo } from '../../../src/testing/index.js';
import { PlivoWebhookError, signCallbackV2, signCallbackV3, verifyRequest, verifySignatureV3 } from '../../../src/webhooks/index.js';
import { hmacSha256 } from '../../../src/webhooks/hmac.js';

const init = (status: number, operation: PlivoOperation = 'sendMessage') => ({ status, operation, body: { api_id: 'a-1', error: 'x' }, headers: new Headers() });

describe('one error hierarchy', () => {
  it('names the operations of the spec paths, not the status callback', () => {
    expectTypeOf<PlivoOperation>().toEqualTypeOf<'sendMessage' | 'getMessage' | 'listMessages' | 'listMessageMedia'>();
  });

  it.each([
    [400, PlivoApiError],
    [401, PlivoAuthError],
    [403, PlivoAuthError],
    [404, PlivoNotFoundError],
    [429, PlivoRateLimitError],
    [500, PlivoServerError],
    [599, PlivoServerError],
  ] as const)('PlivoApiError.generate maps %i to %s', (status, type) => {
    const error = PlivoApiError.generate(init(status));
    expect(error.constructor).toBe(type);
    expect(error).toBeInstanceOf(PlivoError);
    expect(error.apiId).toBe('a-1');
  });

  it('derives maybeSent from the status and the operation unless told otherwise', () => {
    expect(PlivoApiError.generate(init(500)).maybeSent).toBe(true);
    expect(PlivoApiError.generate(init(500, 'getMessage')).maybeSent).toBe(false);
    expect(PlivoApiError.generate(init(429)).maybeSent).toBe(false);
    expect(PlivoApiError.generate(init(400)).maybeSent).toBe(false);
    expect(PlivoApiError.generate({ ...init(400), maybeSent: true }).maybeSent).toBe(true);
    expect(maybeSentForStatus('sendMessage', 202)).toBe(true);
    expect(maybeSentForStatus(undefined, 503)).toBe(false);
  });

  it('carries Retry-After on a 429', () => {
    const error = PlivoApiError.generate({ ...init(429), retryAfterMs: 1500 }) as PlivoRateLimitError;
    expect(error.retryAfterMs).toBe(1500);
  });

  it('defines maybeSent once, on the root, with a default per class', () => {
    expect(new PlivoError('x').maybeSent).toBe(false);
    expect(new PlivoValidationError([]).maybeSent).toBe(false);
    expect(new PlivoConnectionError('x', true).maybeSent).toBe(true);
    expect(new PlivoTimeoutError('x', true)).toBeInstanceOf(PlivoConnectionError);
    expect(new PlivoAbortError('x', false).maybeSent).toBe(false);
    const response = new PlivoResponseError({ status: 202, operation: 'sendMessage', problem: 'empty', headers: new Headers(), apiId: 'a-2' });
    expect(response.maybeSent).toBe(true);
    expect(response.message).toContain('a-2');
    expect(new PlivoWebhookError('invalid_signature', 'no').maybeSent).toBe(false);
    for (const error of [response, new PlivoWebhookError('invalid_signature', 'no')]) {
      expect(Object.getOwnPropertyDescriptor(Object.getPrototypeOf(error), 'maybeSent')).toBeUndefined();
    }
  });

  it('roots the webhook errors in PlivoError', async () => {
    expect(new PlivoWebhookError('missing_signature', 'none')).toBeInstanceOf(PlivoError);
    await expect(hmacSha256('', 'message')).rejects.toBeInstanceOf(PlivoError);
  });

  // Every call that throws for misuse, with the argument it names: none of them is a TypeError or RangeError any more.
  const misuse: Array<[string, () => unknown]> = [
    ['options.authToken', () => verifyRequest(new Request('https://example.com/cb', { method: 'POST' }), { authToken: '' })],
    ['request', async () => {
      const request = new Request('https://example.com/cb', { method: 'POST', headers: { 'X-Plivo-Signature-V3': 'x', 'X-Plivo-Signature-V3-Nonce': '1' }, body: new URLSearchParams({ a: 'b' }) });
      await request.text();
      return verifyRequest(request, { authToken: 'token' });
    }],
    ['method', () => verifySignatureV3({ url: 'https://example.com/cb', method: 'PUT', nonce: '1', signature: 'x', authToken: 'token' })],
    ['params', () => {
      const params = new FormData();
      params.append('MessageUUID', new Blob(['x']), 'file.txt');
      return signCallbackV3({ url: 'https://example.com/cb', method: 'POST', params, nonce: '1', authToken: 'token' });
    }],
    ['authToken', () => signCallbackV2({ url: 'https://example.com/cb', nonce: '1', authToken: '' })],
    ['authId', () => createPlivoClient({ authId: 'MA123', authToken: 'token' })],
    ['authToken', () => createPlivoClient({ authId: 'MAXXXXXXXXXXXXXXXXXX', authToken: '' })],
    ['chunkSize', () => sendBulk(createPlivoClient({ authId: 'MAXXXXXXXXXXXXXXXXXX', authToken: 'token' }), { src: '14155550100', dst: '14155550123', text: 'x' }, { chunkSize: 0 })],
    ['mps', () => createFakePlivo({ mps: 0 })],
    ['outcomes[1].rate', () => createFakePlivo({ outcomes: [{ status: 'delivered' }, { rate: 2, status: 'delivered' }] })],
    ['faults.rate', () => createFakePlivo({ faults: { rate: 2 } })],
    ['options.times', () => createFakePlivo().fault('reset', { times: 0 })],
    ['ms', () => createFakePlivo().advance(-1)],
  ];

  it.each(misuse)('throws PlivoArgumentError naming %s for misuse, with maybeSent false', async (argument, call) => {
    const thrown = await Promise.resolve()
      .then(call)
      .then(
        () => undefined,
        (error: unknown) => error,
      );
    expect(thrown).toBeInstanceOf(PlivoArgumentError);
    expect(thrown).toBeInstanceOf(PlivoError);
    expect(thrown).not.toBeInstanceOf(TypeError);
    expect(thrown).not.toBeInstanceOf(RangeError);
    expect(thrown).toMatchObject({ name: 'PlivoArgumentError', argument, maybeSent: false });
  });

  it('reads maybeSent the same way everywhere: from the error when it is ours, true when it is foreign', () => {
    expect(mayHaveBeenSent(new PlivoConnectionError('refused', false))).toBe(false);
    expect(mayHaveBeenSent(new PlivoTimeoutError('slow', true))).toBe(true);
    expect(mayHaveBeenSent(new Error('from a custom fetch'))).toBe(true);
    expect(mayHaveBeenSent('a string')).toBe(true);
    const own = new PlivoServerError(init(503));
    expect(asPlivoError(own, 'messages.send')).toBe(own);
    const foreign = new Error('socket hang up');
    const wrapped = asPlivoError(foreign, 'messages.send');
    expect(wrapped).toBeInstanceOf(PlivoError);
    expect(wrapped).toMatchObject({ maybeSent: true, cause: foreign, message: 'messages.send failed unexpectedly: socket hang up' });
  });
});
