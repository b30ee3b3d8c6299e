import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPlainDestination } from '../../../src/messaging/destinations.js';
import { isAsciiDigits, isPlainSender, sanitizeSender } from '../../../src/messaging/numbers.js';

// Strings near the edges: digits, letters, separators, control characters whose code differs from a digit's by one bit, non-ASCII.
const characters = fc.constantFrom(...'0189aZz+- /.\u0011\u0019\u0130٣A@[`{', '');
const candidate = fc.array(characters, { maxLength: 16 }).map((parts) => parts.join(''));

describe('the plain forms that let a usual send skip sanitising', () => {
  it('isPlainDestination is exactly /^[1-9][0-9]{0,13}$/', () => {
    fc.assert(
      fc.property(candidate, (value) => {
        expect(isPlainDestination(value)).toBe(/^[1-9][0-9]{0,13}$/.test(value));
      }),
      { numRuns: 5000, seed: 7 },
    );
    expect(isPlainDestination('14155550123')).toBe(true);
    expect(isPlainDestination('0712')).toBe(false);
    expect(isPlainDestination('1'.repeat(15))).toBe(false);
  });

  it('isPlainSender is exactly 1 to 14 digits or 1 to 11 ASCII letters and digits, which sanitising leaves as they are', () => {
    fc.assert(
      fc.property(candidate, (value) => {
        const plain = isPlainSender(value);
        expect(plain).toBe(/^(?:[0-9]{1,14}|[A-Za-z0-9]{1,11})$/.test(value));
        if (plain) expect(sanitizeSender(value)).toBe(value);
      }),
      { numRuns: 5000, seed: 7 },
    );
    expect(isPlainSender('MyShop')).toBe(true);
    expect(isPlainSender('\u0011')).toBe(false);
  });

  it('isAsciiDigits counts only 0-9', () => {
    expect(isAsciiDigits('0123456789')).toBe(true);
    expect(isAsciiDigits('12٣')).toBe(false);
    expect(isAsciiDigits('x12', 1)).toBe(true);
  });
});
