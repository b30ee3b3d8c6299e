import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  maybeSentForStatus,
  PlivoAbortError,
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
import { PlivoWebhookError } from '../../../src/webhooks/index.js';
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
});
