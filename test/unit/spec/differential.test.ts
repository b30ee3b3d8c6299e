import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSendMessageRequest } from '../../../generated/validators.js';
import { isSendMessageRequest as sendOnly } from '../../../generated/client-validators.js';
import { freshValidator } from '../../support/fresh-ajv.js';
import { sendBodyArbitrary } from '../../support/send-bodies.js';

const errorKeys = (errors: Array<{ instancePath: string; keyword: string; schemaPath: string }> | null | undefined) =>
  (errors ?? []).map((e) => `${e.instancePath} ${e.keyword} ${e.schemaPath}`).sort();

describe('standalone validators vs a freshly compiled Ajv', () => {
  it('agree exactly on 600 generated send bodies', () => {
    const fresh = freshValidator('SendMessageRequest');
    const verdicts = { valid: 0, invalid: 0 };
    fc.assert(
      fc.property(sendBodyArbitrary, (body) => {
        const expected = fresh(body);
        verdicts[expected ? 'valid' : 'invalid'] += 1;
        expect(isSendMessageRequest(body)).toBe(expected);
        expect(sendOnly(body)).toBe(expected);
        expect(errorKeys(isSendMessageRequest.errors)).toEqual(errorKeys(fresh.errors));
        expect(errorKeys(sendOnly.errors)).toEqual(errorKeys(fresh.errors));
      }),
      { numRuns: 600, seed: 20261123 },
    );
    // Both verdicts must be well represented, or the comparison proves little.
    expect(verdicts.valid).toBeGreaterThan(100);
    expect(verdicts.invalid).toBeGreaterThan(100);
  });
});
