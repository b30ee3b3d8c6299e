import { toGsm7, type Gsm7Conversion } from '../messaging/gsm7.js';
import { countSegments, type SegmentCount } from '../messaging/segments.js';
import type { Palette } from './style.js';

const codePoint = (character: string) => `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/** A character as shown to people: itself and its code point, or the code point alone when it prints as nothing. */
export const visible = (character: string): string =>
  // Invisible characters (no-break space, zero-width joiners) would print as nothing.
  /^[\p{L}\p{N}\p{P}\p{S}]$/u.test(character) ? `${character} ${codePoint(character)}` : codePoint(character);

/** A GSM-7 rewrite of a UCS-2 text and what it would count. */
export interface Gsm7Advice {
  conversion: Gsm7Conversion;
  count: SegmentCount;
}

/** The look-alike replacement of a UCS-2 text, or undefined when it is GSM-7 already or nothing can be replaced. */
export function gsm7Advice(text: string, count: SegmentCount): Gsm7Advice | undefined {
  if (count.encoding === 'GSM-7') return undefined;
  const conversion = toGsm7(text);
  if (conversion.replaced.length === 0) return undefined;
  return { conversion, count: countSegments(conversion.text) };
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** The advice as `label  value` rows: the swaps, their effect, and the text to send instead when it becomes GSM-7. */
export function adviceRows(advice: Gsm7Advice, before: SegmentCount, colour: Palette): string[][] {
  const { conversion, count } = advice;
  const swaps = conversion.replaced.map((r) => `${visible(r.from)} → ${JSON.stringify(r.to)}${r.count > 1 ? ` (×${r.count})` : ''}`).join(', ');
  const effect =
    conversion.remainingUnicode.length > 0
      ? `still UCS-2 because of ${conversion.remainingUnicode.map(visible).join(', ')}`
      : colour.green(
          count.segments < before.segments
            ? `GSM-7: ${plural(count.segments, 'segment')} instead of ${before.segments}`
            : `GSM-7: still ${plural(count.segments, 'segment')}, with ${count.remainingInSegment} units left instead of ${before.remainingInSegment}`,
        );
  return [
    ['Look-alikes', swaps],
    ['After toGsm7', effect],
    ...(conversion.remainingUnicode.length > 0 ? [] : [['Suggested text', JSON.stringify(conversion.text)]]),
  ];
}

/** The advice as data for `--json`: the conversion and what it would count. */
export const adviceJson = (advice: Gsm7Advice | undefined): Record<string, unknown> | null =>
  advice ? { ...advice.conversion, segments: advice.count.segments, encoding: advice.count.encoding } : null;
