import { countSegments } from '../messaging/segments.js';
import { checkDestinations } from '../messaging/destinations.js';
import { DESTINATION_DELIMITER, MAX_DESTINATIONS_PER_REQUEST, sanitizeDestination, sanitizeSender } from '../messaging/numbers.js';
import { validateSendMessageRequest } from '../validation/validate.js';
import type { ValidationIssue } from '../errors.js';
import type { MessageType } from './types.js';

/** Plivo's default `message_expiry`: 3 hours. */
export const DEFAULT_MESSAGE_EXPIRY_S = 10_800;

// Simulated prices per unit, so amounts are plausible (and zero when nothing was charged).
const RATE_PER_UNIT: Record<MessageType, number> = { sms: 0.005, mms: 0.02, whatsapp: 0.008 };

/** A send body the simulator accepted, reduced to what it needs to create the messages. */
export interface AcceptedSend {
  numbers: string[];
  invalid: string[];
  type: MessageType;
  text: string | null;
  from: string | null;
  powerpackUuid: string | null;
  units: number;
  ratePerUnit: number;
  url: string | null;
  method: 'GET' | 'POST';
  expiryMs: number;
  log: string;
  mediaUrls: string[];
  dlt: { entity: string | null; template: string | null; category: string | null };
}

const describe = (issues: readonly ValidationIssue[]) => issues.map((issue) => `${issue.path || '(body)'}: ${issue.message}`).join('; ');
const stringOrNull = (value: unknown) => (typeof value === 'string' ? value : null);

/**
 * Checks a send body as Plivo does and as this package's validator words it. Each destination is
 * sanitised; malformed numbers are not an error but come back in `invalid_number`, and repeats are
 * dropped, as Plivo does with bulk sends. A body whose every number is malformed, more than 1,000
 * unique numbers, or any other rule broken is refused with the validator's own words.
 */
export function checkSend(body: unknown): { ok: true; send: AcceptedSend } | { ok: false; error: string } {
  let numbers: string[] = [];
  const invalid: string[] = [];
  let validated = body;
  if (body !== null && typeof body === 'object' && typeof (body as { dst?: unknown }).dst === 'string') {
    const sorted = checkDestinations((body as { dst: string }).dst);
    const badNumbers = new Set<string>();
    for (const entry of sorted.invalid) {
      const number = sanitizeDestination(entry.input);
      if (!badNumbers.has(number)) invalid.push(entry.input.trim());
      badNumbers.add(number);
    }
    numbers = sorted.valid;
    // Only an over-long list or a list without one good number is the body's fault; Plivo reports
    // the rest of the bad numbers in invalid_number.
    if (numbers.length > 0 && numbers.length + badNumbers.size <= MAX_DESTINATIONS_PER_REQUEST) {
      validated = { ...(body as object), dst: numbers.join(DESTINATION_DELIMITER) };
    }
  }
  const result = validateSendMessageRequest(validated);
  if (!result.ok) return { ok: false, error: describe(result.issues) };
  const accepted = result.value;
  const type: MessageType = accepted.type ?? 'sms';
  const text = stringOrNull(accepted.text);
  const expiry = accepted.message_expiry;
  const mediaUrls = Array.isArray(accepted.media_urls) ? [...accepted.media_urls] : typeof accepted.media_urls === 'string' ? accepted.media_urls.split(',').map((u) => u.trim()).filter(Boolean) : [];
  return {
    ok: true,
    send: {
      numbers,
      invalid,
      type,
      text,
      from: typeof accepted.src === 'string' ? sanitizeSender(accepted.src) : null,
      powerpackUuid: stringOrNull(accepted.powerpack_uuid),
      units: type === 'sms' ? Math.max(1, countSegments(text ?? '').segments) : 1,
      ratePerUnit: RATE_PER_UNIT[type],
      url: stringOrNull(accepted.url),
      method: accepted.method === 'GET' ? 'GET' : 'POST',
      expiryMs: (expiry === undefined || expiry === null ? DEFAULT_MESSAGE_EXPIRY_S : Number(expiry)) * 1000,
      log: accepted.log === undefined || accepted.log === null || accepted.log === '' ? 'true' : String(accepted.log),
      mediaUrls,
      dlt: { entity: stringOrNull(accepted.dlt_entity_id), template: stringOrNull(accepted.dlt_template_id), category: stringOrNull(accepted.dlt_template_category) },
    },
  };
}
