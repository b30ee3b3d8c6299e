import { describe, expectTypeOf, it } from 'vitest';
import type { MissingField } from '../../src/webhooks/callback-fields.js';
import type { VerifyRequestResult } from '../../src/webhooks/index.js';

describe('webhook types', () => {
  it('lists every field the spec documents for a status callback', () => {
    expectTypeOf<MissingField>().toEqualTypeOf<never>();
  });

  it('gives the callback URL its own parameters beside the typed fields', () => {
    expectTypeOf<Extract<VerifyRequestResult, { ok: true }>['urlParams']>().toEqualTypeOf<Record<string, string>>();
  });
});
