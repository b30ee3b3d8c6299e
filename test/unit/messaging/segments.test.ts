import { describe, expect, it } from 'vitest';
import {
  countSegments,
  GSM7_CONCATENATED_SEGMENT,
  GSM7_SINGLE_SEGMENT,
  isGsm7,
  SMS_MAX_GSM7_UNITS,
  SMS_MAX_UCS2_UNITS,
  UCS2_CONCATENATED_SEGMENT,
  UCS2_SINGLE_SEGMENT,
} from '../../../src/messaging/segments.js';

const a = (n: number) => 'a'.repeat(n);
// 'á' is not in GSM 03.38 (only à, ä, é, è, ... are), so one of it makes the message UCS-2 while costing 1 unit.
const ucs2 = (n: number) => 'á' + a(n - 1);
const EMOJI = '\u{1F600}'; // 😀, outside the BMP: one code point, two UTF-16 code units

type Case = {
  name: string;
  text: string;
  // How the expectation was checked by hand.
  why: string;
  encoding: 'GSM-7' | 'UCS-2';
  characters: number;
  units: number;
  segments: number;
  perSegment: number;
  remainingInSegment: number;
};

const cases: Case[] = [
  { name: 'empty', text: '', why: 'nothing to send: 0 segments, the whole first segment free', encoding: 'GSM-7', characters: 0, units: 0, segments: 0, perSegment: 160, remainingInSegment: 160 },
  { name: '1 char', text: 'a', why: '1 of 160', encoding: 'GSM-7', characters: 1, units: 1, segments: 1, perSegment: 160, remainingInSegment: 159 },
  { name: '160 GSM', text: a(160), why: "160 × 'a' = exactly one single segment", encoding: 'GSM-7', characters: 160, units: 160, segments: 1, perSegment: 160, remainingInSegment: 0 },
  { name: '161 GSM', text: a(161), why: '161 > 160 so concatenated: 153 + 8, 153 - 8 = 145 left', encoding: 'GSM-7', characters: 161, units: 161, segments: 2, perSegment: 153, remainingInSegment: 145 },
  { name: '306 GSM', text: a(306), why: '153 × 2 = 306 fills two segments exactly', encoding: 'GSM-7', characters: 306, units: 306, segments: 2, perSegment: 153, remainingInSegment: 0 },
  { name: '307 GSM', text: a(307), why: '306 + 1 spills into a third segment, 152 left', encoding: 'GSM-7', characters: 307, units: 307, segments: 3, perSegment: 153, remainingInSegment: 152 },
  { name: '459 GSM', text: a(459), why: '153 × 3 = 459', encoding: 'GSM-7', characters: 459, units: 459, segments: 3, perSegment: 153, remainingInSegment: 0 },
  { name: '460 GSM', text: a(460), why: '459 + 1 → 4 segments', encoding: 'GSM-7', characters: 460, units: 460, segments: 4, perSegment: 153, remainingInSegment: 152 },
  { name: '80 × €', text: '€'.repeat(80), why: 'each € is ESC + 0x65 = 2 septets: 80 × 2 = 160, one segment', encoding: 'GSM-7', characters: 80, units: 160, segments: 1, perSegment: 160, remainingInSegment: 0 },
  {
    name: '81 × €',
    text: '€'.repeat(81),
    why: '162 septets; a 153-septet segment holds 76 € (152) because the 77th would split, so 76 + 5 € = 10 septets in segment 2',
    encoding: 'GSM-7',
    characters: 81,
    units: 162,
    segments: 2,
    perSegment: 153,
    remainingInSegment: 143,
  },
  {
    name: 'extension char at a boundary',
    text: a(152) + '€' + a(7),
    why: '152 + 2 + 7 = 161 septets; the € would straddle septets 153/154, so segment 1 ends at 152 and segment 2 is € + 7 a = 9 (145 if it had split)',
    encoding: 'GSM-7',
    characters: 160,
    units: 161,
    segments: 2,
    perSegment: 153,
    remainingInSegment: 144,
  },
  {
    name: 'extension char at a boundary costs a segment',
    text: a(152) + '€' + a(152),
    why: '306 septets would divide into 2 × 153, but segment 1 stops at 152, segment 2 takes € + 151 a = 153, the last a needs segment 3',
    encoding: 'GSM-7',
    characters: 305,
    units: 306,
    segments: 3,
    perSegment: 153,
    remainingInSegment: 152,
  },
  { name: '1530 GSM', text: a(1530), why: '153 × 10', encoding: 'GSM-7', characters: 1530, units: 1530, segments: 10, perSegment: 153, remainingInSegment: 0 },
  {
    name: 'Plivo GSM-7 limit',
    text: a(SMS_MAX_GSM7_UNITS),
    why: 'seeds: 1600 GSM-7 chars; 1600 / 153 = 10.46 → 11 segments, 11 × 153 - 1600 = 83 left',
    encoding: 'GSM-7',
    characters: 1600,
    units: 1600,
    segments: 11,
    perSegment: 153,
    remainingInSegment: 83,
  },
  {
    name: 'Plivo GSM-7 limit in extension chars',
    text: '€'.repeat(800),
    why: 'seeds count extension chars twice: 800 € = 1600 septets; 76 € per segment → 10 full + 40 € (80 septets), 73 left',
    encoding: 'GSM-7',
    characters: 800,
    units: 1600,
    segments: 11,
    perSegment: 153,
    remainingInSegment: 73,
  },
  { name: '70 UCS-2', text: ucs2(70), why: '70 code units = one single UCS-2 segment', encoding: 'UCS-2', characters: 70, units: 70, segments: 1, perSegment: 70, remainingInSegment: 0 },
  { name: '71 UCS-2', text: ucs2(71), why: '71 > 70 → concatenated: 67 + 4, 63 left', encoding: 'UCS-2', characters: 71, units: 71, segments: 2, perSegment: 67, remainingInSegment: 63 },
  { name: '134 UCS-2', text: ucs2(134), why: '67 × 2 = 134', encoding: 'UCS-2', characters: 134, units: 134, segments: 2, perSegment: 67, remainingInSegment: 0 },
  { name: '135 UCS-2', text: ucs2(135), why: '134 + 1 → third segment, 66 left', encoding: 'UCS-2', characters: 135, units: 135, segments: 3, perSegment: 67, remainingInSegment: 66 },
  { name: 'Plivo UCS-2 limit', text: ucs2(SMS_MAX_UCS2_UNITS), why: 'seeds: 737 UCS-2 chars; 737 = 67 × 11 exactly', encoding: 'UCS-2', characters: 737, units: 737, segments: 11, perSegment: 67, remainingInSegment: 0 },
  { name: 'UCS-2 limit + 1', text: ucs2(738), why: '738 = 67 × 11 + 1 → 12 segments', encoding: 'UCS-2', characters: 738, units: 738, segments: 12, perSegment: 67, remainingInSegment: 66 },
  { name: 'one emoji', text: EMOJI, why: '1 code point, a surrogate pair = 2 code units of 70', encoding: 'UCS-2', characters: 1, units: 2, segments: 1, perSegment: 70, remainingInSegment: 68 },
  { name: '35 emoji', text: EMOJI.repeat(35), why: '35 × 2 = 70 code units, still one segment', encoding: 'UCS-2', characters: 35, units: 70, segments: 1, perSegment: 70, remainingInSegment: 0 },
  {
    name: 'emoji at a boundary',
    text: a(66) + EMOJI + a(3),
    why: '66 + 2 + 3 = 71 units; the pair would straddle units 67/68, so segment 1 ends at 66 and segment 2 is emoji + 3 a = 5 (63 left had it split)',
    encoding: 'UCS-2',
    characters: 70,
    units: 71,
    segments: 2,
    perSegment: 67,
    remainingInSegment: 62,
  },
  {
    name: 'emoji at a boundary costs a segment',
    text: a(66) + EMOJI + a(66),
    why: '134 units would divide into 2 × 67, but segment 1 stops at 66, segment 2 takes emoji + 65 a = 67, the last a needs segment 3',
    encoding: 'UCS-2',
    characters: 133,
    units: 134,
    segments: 3,
    perSegment: 67,
    remainingInSegment: 66,
  },
  {
    name: 'extension chars in UCS-2',
    text: '€[]' + 'á',
    why: 'in UCS-2 every BMP character is one code unit, escapes do not exist: 4 units',
    encoding: 'UCS-2',
    characters: 4,
    units: 4,
    segments: 1,
    perSegment: 70,
    remainingInSegment: 66,
  },
  {
    name: 'emoji with skin tone',
    text: '\u{1F44D}\u{1F3FD}',
    why: '👍🏽 is two code points (thumbs up + modifier), each a surrogate pair: 2 characters, 4 units',
    encoding: 'UCS-2',
    characters: 2,
    units: 4,
    segments: 1,
    perSegment: 70,
    remainingInSegment: 66,
  },
];

describe('countSegments', () => {
  it.each(cases)('$name', ({ text, encoding, characters, units, segments, perSegment, remainingInSegment }) => {
    expect(countSegments(text)).toMatchObject({ encoding, characters, units, segments, perSegment, remainingInSegment });
  });

  it('reports Plivo’s limit for the encoding so callers can compare units with it', () => {
    expect(countSegments(a(1601))).toMatchObject({ maxCharacters: 1600, units: 1601 });
    expect(countSegments(ucs2(738))).toMatchObject({ maxCharacters: 737, units: 738 });
    expect(countSegments('')).toMatchObject({ maxCharacters: 1600 });
  });

  it('lists the distinct characters that forced UCS-2, in first-seen order', () => {
    // Ç, è and € are GSM-7 (basic, basic, extension); û, the em dash and ☕ are not.
    const result = countSegments('Ça coûte 5€ — très bien ☕ — ok ☕ û');
    expect(result.encoding).toBe('UCS-2');
    expect(result.unicodeCharacters).toEqual(['û', '—', '☕']);
    expect(countSegments(`Hi ${EMOJI}${EMOJI}`).unicodeCharacters).toEqual([EMOJI]);
    expect(countSegments('Plain [GSM] text with € and {braces}').unicodeCharacters).toEqual([]);
  });

  it('counts an extension character as two septets of the single segment', () => {
    // GSM-7 single segment: 'Hello' = 5 septets + '^' = 2 → 7 of 160.
    expect(countSegments('Hello^')).toMatchObject({ units: 7, remainingInSegment: 153 });
  });

  it('exports the segment sizes Plivo documents', () => {
    expect([GSM7_SINGLE_SEGMENT, GSM7_CONCATENATED_SEGMENT, UCS2_SINGLE_SEGMENT, UCS2_CONCATENATED_SEGMENT]).toEqual([160, 153, 70, 67]);
    expect([SMS_MAX_GSM7_UNITS, SMS_MAX_UCS2_UNITS]).toEqual([1600, 737]);
  });
});

describe('isGsm7', () => {
  it.each([
    ['', true],
    ['Hello, world! 100% @home', true],
    ['Price: 5€ [net] {x} ~y | z \\ ^', true],
    ['Øre, Ñoño, Straße, ¿Qué?, ¡Ja!, §3, ¤, Ü', true],
    ['Ñandú (ú is not in GSM 03.38, ù is)', false],
    ['line\nbreak\r\n', true],
    ['form\ffeed', true],
    ['tab\there', false],
    ['`backtick`', false],
    ['ç lower-case c cedilla', false],
    ['It’s', false],
    [EMOJI, false],
    ['\u001B', false],
  ])('%j → %s', (text, expected) => {
    expect(isGsm7(text)).toBe(expected);
  });
});
