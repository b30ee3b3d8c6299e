import type { InvalidDestination } from '../phone/index.js';
import { parseDestinations } from '../phone/index.js';
import { countSegments, type SegmentCount } from '../messaging/segments.js';
import type { SendMessageRequest } from '../validation/validate.js';
import { alignRows, type Palette } from './style.js';

/** What a valid send body will cost and reach, worked out without sending it. */
export interface SendPlan {
  type: 'sms' | 'mms' | 'whatsapp';
  /** Segment count of the text; only for SMS, the one channel billed per segment. */
  segments: SegmentCount | undefined;
  /** Unique numbers that pass the per-country check, as E.164 digits. */
  destinations: string[];
  /** Extra occurrences of a number (Plivo removes them too). */
  duplicates: string[];
  /** Numbers that are not possible phone numbers; Plivo would list them in `invalid_number`. */
  notSendable: InvalidDestination[];
  /** Message units billed: segments × destinations for SMS, one per destination otherwise. */
  costUnits: number;
}

/** Segments, destinations and cost units of a body that already passed validation. */
export function planSend(body: SendMessageRequest): SendPlan {
  const type = body.type ?? 'sms';
  const parsed = parseDestinations(body.dst);
  const segments = type === 'sms' ? countSegments(body.text ?? '') : undefined;
  // Plivo bills an empty SMS as one unit.
  const perDestination = segments ? Math.max(1, segments.segments) : 1;
  return {
    type,
    segments,
    destinations: parsed.valid,
    duplicates: parsed.duplicates,
    notSendable: parsed.invalid,
    costUnits: perDestination * parsed.valid.length,
  };
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** The plan as aligned `label  value` lines. */
export function formatPlan(plan: SendPlan, colour: Palette): string {
  const rows: string[][] = [['Type', plan.type]];
  const { segments } = plan;
  if (segments) {
    rows.push(['Encoding', segments.encoding + (segments.unicodeCharacters.length > 0 ? ` (forced by ${segments.unicodeCharacters.join(' ')})` : '')]);
    rows.push(['Length', `${plural(segments.characters, 'character')}, ${segments.units} of ${segments.maxCharacters} units`]);
    rows.push(['Segments', `${segments.segments} (${segments.perSegment} units per segment, ${segments.remainingInSegment} left in the last)`]);
  }
  const removed = plan.duplicates.length > 0 ? ` (${plural(plan.duplicates.length, 'duplicate')} removed)` : '';
  rows.push(['Destinations', `${plan.destinations.length} unique${removed}`]);
  for (const entry of plan.notSendable) rows.push(['Not sendable', colour.yellow(`${entry.input}: ${entry.reason}`)]);
  const each = segments ? plural(Math.max(1, segments.segments), 'segment') : `1 ${plan.type === 'mms' ? 'MMS' : 'message'}`;
  rows.push(['Cost units', colour.bold(`${plan.costUnits}`) + ` = ${each} × ${plural(plan.destinations.length, 'destination')}`]);
  return alignRows(rows);
}

/** The plan as plain data for `--json`. */
export function planJson(plan: SendPlan): Record<string, unknown> {
  return {
    type: plan.type,
    ...(plan.segments ? { encoding: plan.segments.encoding, segments: plan.segments } : {}),
    destinations: plan.destinations,
    duplicates: plan.duplicates,
    notSendable: plan.notSendable,
    costUnits: plan.costUnits,
  };
}
