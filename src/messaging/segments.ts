import { gsm7Septets } from './gsm7.js';

/** Septets in a GSM-7 message that fits one segment. */
export const GSM7_SINGLE_SEGMENT = 160;
/** Septets per segment once a GSM-7 message is concatenated (7 septets go to the UDH). */
export const GSM7_CONCATENATED_SEGMENT = 153;
/** UTF-16 code units in a UCS-2 message that fits one segment. */
export const UCS2_SINGLE_SEGMENT = 70;
/** UTF-16 code units per segment once a UCS-2 message is concatenated (3 go to the UDH). */
export const UCS2_CONCATENATED_SEGMENT = 67;
/** Plivo's limit for a GSM-7 SMS: 1,600 characters, as the API page states it (the segments still count septets). */
export const SMS_MAX_GSM7_UNITS = 1600;
/** Plivo's limit for an SMS containing any character outside GSM-7: 737 characters. */
export const SMS_MAX_UCS2_UNITS = 737;

/** How an SMS body is encoded on the wire. */
export type SmsEncoding = 'GSM-7' | 'UCS-2';

/** The result of {@link countSegments}. */
export interface SegmentCount {
  /** `GSM-7` when every character is in GSM 03.38 (basic or extension), else `UCS-2`. */
  encoding: SmsEncoding;
  /** User-perceived length in code points: an emoji outside the BMP counts 1 (a ZWJ sequence counts each part). */
  characters: number;
  /** Billable length: septets for GSM-7 (extension characters count 2), UTF-16 code units for UCS-2 (astral characters count 2). */
  units: number;
  /** Message units Plivo sends and bills; 0 for the empty string (Plivo itself bills 1 for an empty message). */
  segments: number;
  /** Capacity of each segment: 160/70 when the message fits one, 153/67 when it is concatenated. */
  perSegment: number;
  /** Units still free in the last segment; an extension character or an astral character needs 2 of them. */
  remainingInSegment: number;
  /** Plivo's limit in characters for this encoding: {@link SMS_MAX_GSM7_UNITS} or {@link SMS_MAX_UCS2_UNITS}. */
  maxCharacters: number;
  /** Distinct characters that forced UCS-2, in first-seen order; empty for GSM-7. */
  unicodeCharacters: string[];
}

/**
 * Whether the whole text can be sent as GSM-7 (basic alphabet or extension table).
 * @example isGsm7('Price: 5€ [net]') // true
 * @example isGsm7('Café ☕') // false
 */
export function isGsm7(text: string): boolean {
  for (const character of text) if (gsm7Septets(character) === undefined) return false;
  return true;
}

const ucs2Units = (character: string): number => character.length;
// Only used once every character is known to be GSM-7; the fallback exists for the type checker.
const gsm7Units = (character: string): number => gsm7Septets(character) ?? 2;

/**
 * Counts the SMS segments (message units) Plivo bills for `text`, and what forced the encoding.
 *
 * GSM-7: 160 septets fit one segment, otherwise 153 per segment; `^ { } \ [ ~ ] | €` and form
 * feed cost 2 septets. Any other character switches the whole message to UCS-2: 70 UTF-16 code
 * units in one segment, otherwise 67, with characters outside the BMP costing 2.
 * Segments are filled character by character because handsets cannot reassemble an escape
 * sequence or a surrogate pair split across two segments: when one would not fit, the segment
 * ends early, which can cost one more segment than `ceil(units / perSegment)`.
 *
 * Compare `characters` with `maxCharacters` to enforce Plivo's documented limits (1,600 / 737 characters);
 * `units` decide the segments.
 *
 * @example countSegments('a'.repeat(161)) // { encoding: 'GSM-7', units: 161, segments: 2, perSegment: 153, remainingInSegment: 145, … }
 * @example countSegments('Hi 👋') // { encoding: 'UCS-2', characters: 4, units: 5, segments: 1, unicodeCharacters: ['👋'], … }
 */
export function countSegments(text: string): SegmentCount {
  let characters = 0;
  const unicode = new Set<string>();
  for (const character of text) {
    characters += 1;
    if (gsm7Septets(character) === undefined) unicode.add(character);
  }
  const gsm = unicode.size === 0;
  const unitsOf = gsm ? gsm7Units : ucs2Units;
  const single = gsm ? GSM7_SINGLE_SEGMENT : UCS2_SINGLE_SEGMENT;
  const concatenated = gsm ? GSM7_CONCATENATED_SEGMENT : UCS2_CONCATENATED_SEGMENT;

  let units = 0;
  for (const character of text) units += unitsOf(character);

  let segments: number;
  let perSegment: number;
  let remainingInSegment: number;
  if (units <= single) {
    segments = units === 0 ? 0 : 1;
    perSegment = single;
    remainingInSegment = single - units;
  } else {
    segments = 1;
    let used = 0;
    for (const character of text) {
      const cost = unitsOf(character);
      if (used + cost > concatenated) {
        segments += 1;
        used = 0;
      }
      used += cost;
    }
    perSegment = concatenated;
    remainingInSegment = concatenated - used;
  }

  return {
    encoding: gsm ? 'GSM-7' : 'UCS-2',
    characters,
    units,
    segments,
    perSegment,
    remainingInSegment,
    maxCharacters: gsm ? SMS_MAX_GSM7_UNITS : SMS_MAX_UCS2_UNITS,
    unicodeCharacters: [...unicode],
  };
}
