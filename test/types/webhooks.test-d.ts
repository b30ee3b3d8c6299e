import { describe, expectTypeOf, it } from 'vitest';
import type { VerifyRequestResult } from '../../src/webhooks/index.js';

describe('webhook types', () => {
  it('gives the callback URL its own parameters beside the typed fields', () => {
    expectTypeOf<Extract<VerifyRequestResult, { ok: true }>['urlParams']>().toEqualTypeOf<Record<string, string>>();
  });
});
