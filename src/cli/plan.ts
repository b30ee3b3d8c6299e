import type { InvalidDestination } from '../phone/index.js';
import { parseDestinations } from '../phone/index.js';
import { countSegments, type SegmentCount } from '../messaging/segments.js';
import { adviceJson, adviceRows, gsm7Advice, type Gsm7Advice } from './gsm7-advice.js';
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
  /** For a UCS-2 SMS whose Unicode is only look-alikes: the GSM-7 rewrite and what it would count. */
  gsm7: Gsm7Advice | undefined;
}

/** The body fields the plan reads; every send body has them. */
export interface PlannedBody {
  type?: string | null;
  text?: string | null;
}

/**
 * Segments, destinations and cost units of a send, worked out without sending it.
 * @param destinations Every destination entry (`<`-joined or not); checked per country and de-duplicated as `send` does.
 */
export function planSend(body: PlannedBody, destinations: string | readonly string[]): SendPlan {
  const type = body.type === 'mms' || body.type === 'whatsapp' ? body.type : 'sms';
  const parsed = parseDestinations(destinations);
  const text = body.text ?? '';
  const segments = type === 'sms' ? countSegments(text) : undefined;
  // Plivo bills an empty SMS as one unit.
  const perDestination = segments ? Math.max(1, segments.segments) : 1;
  return {
    type,
    segments,
    destinations: parsed.valid,
    duplicates: parsed.duplicates,
    notSendable: parsed.invalid,
    costUnits: perDestination * parsed.valid.length,
    gsm7: segments ? gsm7Advice(text, segments) : undefined,
  };
}

/** How many problems of one kind a text report lists before summing up the rest. */
export const LISTED_PROBLEMS = 10;

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/**
 * The plan as aligned `label  value` lines.
 * @param setAside Entries set aside before planning (CSV rows without a number), listed with the numbers that cannot be sent.
 */
export function formatPlan(plan: SendPlan, colour: Palette, setAside: readonly InvalidDestination[] = []): string {
  const rows: string[][] = [['Type', plan.type]];
  const { segments } = plan;
  if (segments) {
    rows.push(['Encoding', segments.encoding + (segments.unicodeCharacters.length > 0 ? ` (forced by ${segments.unicodeCharacters.join(' ')})` : '')]);
    rows.push(['Length', `${plural(segments.characters, 'character')} of ${segments.maxCharacters}, ${segments.units} ${segments.encoding === 'GSM-7' ? 'septets' : 'UTF-16 code units'}`]);
    rows.push(['Segments', `${segments.segments} (${segments.perSegment} units per segment, ${segments.remainingInSegment} left in the last)`]);
    if (plan.gsm7) rows.push(...adviceRows(plan.gsm7, segments, colour));
  }
  const removed = plan.duplicates.length > 0 ? ` (${plural(plan.duplicates.length, 'duplicate')} removed)` : '';
  rows.push(['Destinations', `${plan.destinations.length} unique${removed}`]);
  const notSendable = [...setAside, ...plan.notSendable];
  for (const entry of notSendable.slice(0, LISTED_PROBLEMS)) rows.push(['Not sendable', colour.yellow(`${entry.input}: ${entry.reason}`)]);
  const unlisted = notSendable.length - LISTED_PROBLEMS;
  if (unlisted > 0) rows.push(['Not sendable', colour.yellow(`… and ${unlisted} more (--json lists every one)`)]);
  const each = segments ? plural(Math.max(1, segments.segments), 'segment') : `1 ${plan.type === 'mms' ? 'MMS' : 'message'}`;
  rows.push(['Cost units', colour.bold(`${plan.costUnits}`) + ` = ${each} × ${plural(plan.destinations.length, 'destination')}`]);
  return alignRows(rows);
}

/** What the plan costs, as plain data for `--json`. */
export function planCostJson(plan: SendPlan): Record<string, unknown> {
  return {
    type: plan.type,
    ...(plan.segments ? { encoding: plan.segments.encoding, segments: plan.segments, toGsm7: adviceJson(plan.gsm7) } : {}),
    costUnits: plan.costUnits,
  };
}

/** The whole plan as plain data for `--json`: the cost and every destination. */
export function planJson(plan: SendPlan): Record<string, unknown> {
  return { ...planCostJson(plan), destinations: plan.destinations, duplicates: plan.duplicates, notSendable: plan.notSendable };
}
