import { countSegments } from '../messaging/segments.js';
import { DEFAULT_MESSAGE_EXPIRY_SECONDS } from './plan.js';
import type { CampaignBody } from './types.js';

/** Message units one recipient costs: the SMS's segments; one for MMS and WhatsApp. */
export function unitsPerRecipient(body: CampaignBody): number {
  const isSms = body.type === undefined || body.type === null || body.type === 'sms';
  if (!isSms || typeof body.text !== 'string') return 1;
  return Math.max(1, countSegments(body.text).segments);
}

/** The body's `message_expiry` in seconds (an integer or a digit string), or Plivo's default. */
export function expirySeconds(body: CampaignBody): number {
  const given = Number(body.message_expiry ?? Number.NaN);
  return Number.isFinite(given) && given > 0 ? given : DEFAULT_MESSAGE_EXPIRY_SECONDS;
}
