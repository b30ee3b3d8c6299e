import { describe, expect, it } from 'vitest';
import { checkDestinations, destinationProblem, firstOccurrences, type DestinationVerdict } from '../../../src/messaging/destinations.js';

describe('checkDestinations', () => {
  it('sanitises, checks the shape and removes duplicates in first-seen order', () => {
    expect(checkDestinations('+1 415 555 0123<14155550123<0712<<44 20 7946 0000')).toEqual({
      valid: ['14155550123', '442079460000'],
      invalid: [{ input: '0712', reason: 'does not start with a country code' }],
      duplicates: ['14155550123'],
    });
  });

  it('accounts for every non-blank entry exactly once', () => {
    const entries = ['14155550123', 'abc', '14155550123', '', '0712', '442079460000', '14155550123'];
    const { valid, invalid, duplicates } = checkDestinations(entries);
    expect(valid.length + invalid.length + duplicates.length).toBe(entries.filter((e) => e !== '').length);
    expect(duplicates).toEqual(['14155550123', '14155550123']);
  });

  it('de-duplicates on the number the judge returns, not on the entry', () => {
    const national = (sanitized: string): DestinationVerdict => ({ ok: true, number: sanitized.startsWith('0') ? `44${sanitized.slice(1)}` : sanitized });
    expect(checkDestinations(['07700900123', '447700900123'], national)).toEqual({ valid: ['447700900123'], invalid: [], duplicates: ['447700900123'] });
  });

  it('reports an invalid entry each time it appears, as given', () => {
    expect(checkDestinations('0712<+0712').invalid).toEqual([
      { input: '0712', reason: 'does not start with a country code' },
      { input: '+0712', reason: 'does not start with a country code' },
    ]);
  });
});

describe('destinationProblem', () => {
  it.each([
    ['', 'empty'],
    ['1800FLOWERS', 'contains letters, which a phone number cannot have'],
    ['#123*', 'contains "#" and "*", which a phone number cannot have'],
    ['0712', 'does not start with a country code'],
    ['123456789012345', 'longer than 14 digits'],
  ])('%j is %s', (number, problem) => {
    expect(destinationProblem(number)).toBe(problem);
  });

  it('accepts digits with a country code', () => {
    expect(destinationProblem('14155550123')).toBeUndefined();
  });
});

describe('firstOccurrences', () => {
  it('keeps the first of each number in order and lists every repeat', () => {
    expect(firstOccurrences(['b', 'a', 'b', 'c', 'a', 'b'])).toEqual({ unique: ['b', 'a', 'c'], repeats: ['b', 'a', 'b'] });
  });
});
