import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDestinations } from '../../../src/phone/index.js';

describe('parseDestinations', () => {
  it('accepts a <-joined string', () => {
    expect(parseDestinations('14155550123<14155550124')).toEqual({
      dst: '14155550123<14155550124',
      valid: ['14155550123', '14155550124'],
      invalid: [],
      duplicates: [],
    });
  });

  it('accepts an array, whose entries may themselves be <-joined', () => {
    const result = parseDestinations(['+1 (415) 555-0123', '14155550124<+44 7700 900123']);
    expect(result.valid).toEqual(['14155550123', '14155550124', '447700900123']);
    expect(result.dst).toBe('14155550123<14155550124<447700900123');
  });

  it('keeps first-seen order', () => {
    const input = ['447700900123', '14155550123', '33612345678', '4915123456789', '919812345678'];
    expect(parseDestinations(input).valid).toEqual(input);
  });

  it('removes duplicates after sanitising, once per extra occurrence', () => {
    const result = parseDestinations(['+1 (415) 555-0123', '14155550124', '14155550123', '1.415.555.0123']);
    expect(result.valid).toEqual(['14155550123', '14155550124']);
    expect(result.duplicates).toEqual(['14155550123', '14155550123']);
    expect(result.dst).toBe('14155550123<14155550124');
  });

  it('normalises a national prefix written after the country code, then de-duplicates on it', () => {
    const result = parseDestinations('+44 (0)7700 900123<447700900123');
    expect(result.valid).toEqual(['447700900123']);
    expect(result.duplicates).toEqual(['447700900123']);
  });

  it('rejects invalid numbers with a reason', () => {
    const result = parseDestinations([
      '+1 415 555 012', // NANP numbers have 10 national digits: 9 is too short
      '141555501234', // 11 national digits
      '4477009001', // UK has 9- and 10-digit national numbers, but not starting 7 with 8 digits
      '07700 900123', // a UK national number, no country code
      '999123456', // +999 is unassigned
      'jsgf3dsjh28372', // from Plivo's bulk messaging example
      '1-800-FLOWERS',
      '+1 415 555 0123 4567', // 15 digits
      '( )',
    ]);
    expect(result.valid).toEqual([]);
    expect(result.dst).toBe('');
    expect(result.invalid).toEqual([
      { input: '+1 415 555 012', reason: 'not a possible phone number for +1: too short' },
      { input: '141555501234', reason: 'not a possible phone number for +1: too long' },
      { input: '4477009001', reason: 'not a possible phone number for +44: wrong length' },
      { input: '07700 900123', reason: 'does not start with a country code' },
      { input: '999123456', reason: 'does not start with a country code' },
      { input: 'jsgf3dsjh28372', reason: 'contains letters, which a phone number cannot have' },
      { input: '1-800-FLOWERS', reason: 'contains letters, which a phone number cannot have' },
      { input: '+1 415 555 0123 4567', reason: 'longer than 14 digits' },
      { input: '( )', reason: 'empty' },
    ]);
  });

  it('skips blank entries but reports entries that sanitise to nothing', () => {
    const result = parseDestinations('<14155550123<<  <+<14155550124<');
    expect(result.valid).toEqual(['14155550123', '14155550124']);
    expect(result.invalid).toEqual([{ input: '+', reason: 'empty' }]);
    expect(parseDestinations(['', ' ', '\t'])).toEqual({ dst: '', valid: [], invalid: [], duplicates: [] });
    expect(parseDestinations('')).toEqual({ dst: '', valid: [], invalid: [], duplicates: [] });
  });

  it('reports a repeated invalid entry each time, as given', () => {
    const result = parseDestinations(['abc', '14155550123', 'abc']);
    expect(result.invalid).toEqual([
      { input: 'abc', reason: 'contains letters, which a phone number cannot have' },
      { input: 'abc', reason: 'contains letters, which a phone number cannot have' },
    ]);
    expect(result.duplicates).toEqual([]);
  });

  describe('with defaultCountry', () => {
    it('reads numbers without a country code as national numbers', () => {
      expect(parseDestinations(['07700 900123'], { defaultCountry: 'GB' }).valid).toEqual(['447700900123']);
      // +41 55 550 123 is too short for Switzerland, so the US reading is used.
      expect(parseDestinations('(415) 555-0123', { defaultCountry: 'US' }).valid).toEqual(['14155550123']);
    });

    it('prefers the international reading whenever it is possible', () => {
      expect(parseDestinations('447700900123', { defaultCountry: 'US' }).valid).toEqual(['447700900123']);
      expect(parseDestinations('14155550123', { defaultCountry: 'GB' }).valid).toEqual(['14155550123']);
    });

    it('de-duplicates national and international forms of the same number', () => {
      const result = parseDestinations(['+44 7700 900123', '07700 900123'], { defaultCountry: 'GB' });
      expect(result.valid).toEqual(['447700900123']);
      expect(result.duplicates).toEqual(['447700900123']);
    });

    it('explains why neither reading works', () => {
      expect(parseDestinations('07700', { defaultCountry: 'GB' }).invalid).toEqual([
        { input: '07700', reason: 'does not start with a country code, and is not a possible GB number: too short' },
      ]);
      // The international reason is kept when the number does start with a country code.
      expect(parseDestinations('141555', { defaultCountry: 'GB' }).invalid).toEqual([
        { input: '141555', reason: 'not a possible phone number for +1: too short' },
      ]);
      // A short international number may still be a possible national one: 1415555012 is 10 digits, a UK length.
      expect(parseDestinations('1415555012', { defaultCountry: 'GB' }).valid).toEqual(['441415555012']);
    });
  });

  it('returns correct counts for 100,000 entries', () => {
    // 90,000 distinct valid numbers, 5,000 of them repeated in another format, and 5,000 invalid.
    const entries: string[] = [];
    for (let i = 0; i < 90_000; i += 1) entries.push(`1415${String(2_000_000 + i)}`);
    for (let i = 0; i < 5_000; i += 1) entries.push(`+1 (415) ${String(2_000_000 + i * 7).replace(/^(\d{3})/, '$1-')}`);
    for (let i = 0; i < 5_000; i += 1) entries.push(`1415${String(100_000 + i)}`); // 10 digits: too short for +1
    expect(entries).toHaveLength(100_000);

    const result = parseDestinations(entries.join('<'));
    expect(result.valid).toHaveLength(90_000);
    expect(result.duplicates).toHaveLength(5_000);
    expect(result.invalid).toHaveLength(5_000);
    expect(new Set(result.valid).size).toBe(90_000);
    expect(result.valid[0]).toBe('14152000000');
    expect(result.valid.at(-1)).toBe('14152089999');
    expect(result.duplicates[1]).toBe('14152000007');
    expect(result.invalid[0]).toEqual({ input: '1415100000', reason: 'not a possible phone number for +1: too short' });
    expect(result.dst.split('<')).toEqual(result.valid);
  });
});

describe('bundle boundary', () => {
  it('imports libphonenumber-js only from src/phone/index.ts', () => {
    const root = join(import.meta.dirname, '../../../src');
    const importing: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (/\.[cm]?[jt]s$/.test(entry.name) && /(?:from|import\()\s*['"]libphonenumber-js/.test(readFileSync(path, 'utf8'))) {
          importing.push(relative(root, path));
        }
      }
    };
    walk(root);
    expect(importing).toEqual([join('phone', 'index.ts')]);
  });
});
