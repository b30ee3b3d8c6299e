import { describe, expect, it } from 'vitest';
import { GSM7_BASIC_CHARSET, GSM7_ESCAPE, GSM7_EXTENSION_CHARSET, GSM7_LOOKALIKES, gsm7Septets, toGsm7 } from '../../../src/messaging/gsm7.js';
import { countSegments, isGsm7 } from '../../../src/messaging/segments.js';

const codePoint = (character: string | undefined) => character?.codePointAt(0);

describe('GSM 03.38 tables', () => {
  it('has 128 basic positions, all distinct, indexed by septet value', () => {
    expect(GSM7_BASIC_CHARSET).toHaveLength(128);
    expect(new Set(GSM7_BASIC_CHARSET).size).toBe(128);
    // Spot checks against the 3GPP TS 23.038 table.
    const expected: Array<[number, number]> = [
      [0x00, 0x40], // @
      [0x01, 0xa3], // £
      [0x09, 0xc7], // Ç
      [0x0a, 0x0a], // LF
      [0x0d, 0x0d], // CR
      [0x10, 0x394], // Δ
      [0x11, 0x5f], // _
      [0x15, 0x3a9], // Ω (Greek, not the Ohm sign U+2126)
      [0x1a, 0x39e], // Ξ
      [GSM7_ESCAPE, 0x1b],
      [0x1e, 0xdf], // ß
      [0x24, 0xa4], // ¤ (not $)
      [0x40, 0xa1], // ¡
      [0x5b, 0xc4], // Ä
      [0x5f, 0xa7], // §
      [0x60, 0xbf], // ¿
      [0x7f, 0xe0], // à
    ];
    for (const [septet, unicode] of expected) expect([septet, codePoint(GSM7_BASIC_CHARSET[septet])]).toEqual([septet, unicode]);
    expect(GSM7_BASIC_CHARSET.slice(0x41, 0x5b)).toBe('ABCDEFGHIJKLMNOPQRSTUVWXYZ');
    expect(GSM7_BASIC_CHARSET.slice(0x61, 0x7b)).toBe('abcdefghijklmnopqrstuvwxyz');
    expect(GSM7_BASIC_CHARSET.slice(0x30, 0x3a)).toBe('0123456789');
  });

  it('has the ten extension characters with their septet codes', () => {
    expect(GSM7_EXTENSION_CHARSET).toEqual({ '\f': 0x0a, '^': 0x14, '{': 0x28, '}': 0x29, '\\': 0x2f, '[': 0x3c, '~': 0x3d, ']': 0x3e, '|': 0x40, '€': 0x65 });
  });

  it('prices characters in septets', () => {
    for (const character of GSM7_BASIC_CHARSET) if (character !== '\u001B') expect(gsm7Septets(character)).toBe(1);
    for (const character of Object.keys(GSM7_EXTENSION_CHARSET)) expect(gsm7Septets(character)).toBe(2);
    for (const character of ['\u001B', '`', 'á', 'ç', '\t', '\u2126', '\u{1F600}', 'Ж', '\u00A0']) expect(gsm7Septets(character)).toBeUndefined();
  });
});

describe('GSM7_LOOKALIKES', () => {
  it('only replaces characters that are not GSM-7, with text that is', () => {
    const froms = GSM7_LOOKALIKES.flatMap((entry) => entry.from);
    expect(new Set(froms).size).toBe(froms.length);
    for (const from of froms) expect([from, isGsm7(from)]).toEqual([from, false]);
    for (const { to } of GSM7_LOOKALIKES) expect([to, isGsm7(to)]).toEqual([to, true]);
  });
});

describe('toGsm7', () => {
  it('replaces smart quotes, dashes and the ellipsis, and reports each replacement with its count', () => {
    const result = toGsm7('\u201CIt\u2019s done\u201D \u2013 she said\u2026 it\u2019s \u2014 final');
    expect(result.text).toBe('"It\'s done" - she said... it\'s - final');
    expect(result.replaced).toEqual([
      { from: '\u201C', to: '"', count: 1 },
      { from: '\u2019', to: "'", count: 2 },
      { from: '\u201D', to: '"', count: 1 },
      { from: '\u2013', to: '-', count: 1 },
      { from: '\u2026', to: '...', count: 1 },
      { from: '\u2014', to: '-', count: 1 },
    ]);
    expect(result.remainingUnicode).toEqual([]);
    expect(isGsm7(result.text)).toBe(true);
  });

  it('turns Unicode spaces and tabs into spaces and removes invisible characters', () => {
    const result = toGsm7('10\u00A0000\u202Fkm\tleft\u200B!\uFEFF co\u00ADop');
    expect(result.text).toBe('10 000 km left! coop');
    expect(result.replaced.map((entry) => [entry.from, entry.to])).toEqual([
      ['\u00A0', ' '],
      ['\u202F', ' '],
      ['\t', ' '],
      ['\u200B', ''],
      ['\uFEFF', ''],
      ['\u00AD', ''],
    ]);
  });

  it('leaves GSM-7 text and characters without a look-alike alone, listing what still needs UCS-2', () => {
    expect(toGsm7('Plain [text] 5€ Øre')).toEqual({ text: 'Plain [text] 5€ Øre', replaced: [], remainingUnicode: [] });
    const result = toGsm7('Caf\u00E1 \u2019 \u{1F600} \u2615 \u{1F600}');
    expect(result.text).toBe("Caf\u00E1 ' \u{1F600} \u2615 \u{1F600}");
    expect(result.remainingUnicode).toEqual(['\u00E1', '\u{1F600}', '\u2615']);
  });

  it('keeps a ZWJ emoji sequence intact', () => {
    const family = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}';
    expect(toGsm7(family).text).toBe(family);
  });

  it('is idempotent', () => {
    const once = toGsm7('\u2018a\u2019 \u2026 \u00A0').text;
    expect(toGsm7(once)).toEqual({ text: once, replaced: [], remainingUnicode: [] });
  });

  it('can bring a message back to GSM-7 and fewer segments', () => {
    // 100 × 'a' + one curly apostrophe: 101 UCS-2 units = 2 segments; after replacement 101 septets = 1 segment.
    const text = 'a'.repeat(50) + '\u2019' + 'a'.repeat(50);
    expect(countSegments(text)).toMatchObject({ encoding: 'UCS-2', segments: 2 });
    expect(countSegments(toGsm7(text).text)).toMatchObject({ encoding: 'GSM-7', segments: 1 });
  });
});
