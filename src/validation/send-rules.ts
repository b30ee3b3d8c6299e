import type { ValidationIssue } from '../errors.js';
import { countSegments, SMS_MAX_UCS2_UNITS } from '../messaging/segments.js';
import { checkDestinations, isPlainDestination } from '../messaging/destinations.js';
import { isAsciiDigits, isPlainSender, MAX_ALPHANUMERIC_SENDER, MAX_DESTINATIONS_PER_REQUEST, MAX_NUMBER_DIGITS, sanitizeSender } from '../messaging/numbers.js';
import { givenValue } from './given-value.js';

/** WhatsApp's limit on a caption sent with media (its 4,096 for free-form text is in the schema). */
export const WHATSAPP_MAX_CAPTION = 1024;
/** WhatsApp's limit on the rows of a list message, across all sections. */
const WHATSAPP_MAX_LIST_ROWS = 10;
/** The most media files Plivo attaches to one MMS, `media_urls` and `media_ids` together. */
const MMS_MAX_MEDIA = 10;
/** WhatsApp's "single media URL per message", `media_urls` and `media_ids` together. */
const WHATSAPP_MAX_MEDIA = 1;
/** Invalid destinations reported one by one before the rest are summarised. */
const MAX_LISTED_BAD_NUMBERS = 5;

type Body = Record<string, unknown>;
const isObject = (value: unknown): value is Body => value !== null && typeof value === 'object' && !Array.isArray(value);
const codePoints = (text: string) => [...text].length;
/** The smallest content-dependent text limit below. */
const SHORTEST_TEXT_LIMIT = Math.min(SMS_MAX_UCS2_UNITS, WHATSAPP_MAX_CAPTION);

// Limits are judged in characters, as the API page states them (1,600 GSM-7, 737 otherwise); the
// schema holds the 1,600 and WhatsApp's 4,096, this the limits that depend on the content.
function checkText(body: Body, issues: ValidationIssue[]): void {
  const { text, type } = body;
  // A text has at most as many characters as UTF-16 units: one within the smallest limit needs no counting.
  if (typeof text !== 'string' || text.length <= SHORTEST_TEXT_LIMIT) return;
  if (type === 'whatsapp') {
    const hasMedia = body.media_urls != null || body.media_ids != null;
    if (!hasMedia || text.length <= WHATSAPP_MAX_CAPTION) return;
    const length = codePoints(text);
    if (length > WHATSAPP_MAX_CAPTION) issues.push({ path: '/text', message: `is ${length} characters; WhatsApp allows ${WHATSAPP_MAX_CAPTION} for a caption sent with media` });
    return;
  }
  if (type !== undefined && type !== null && type !== 'sms') return;
  const count = countSegments(text);
  if (count.encoding === 'UCS-2' && count.characters > count.maxCharacters) {
    const culprits = count.unicodeCharacters.slice(0, 5).map((c) => JSON.stringify(c)).join(' ');
    issues.push({
      path: '/text',
      message: `is ${count.characters} characters; an SMS with characters outside GSM-7 (here ${culprits}) allows ${count.maxCharacters}`,
    });
  }
}

function checkDestinationField(body: Body, issues: ValidationIssue[]): void {
  // One number in Plivo's form, the usual send, has nothing to report: not even the lists are built.
  if (typeof body.dst !== 'string' || isPlainDestination(body.dst)) return;
  const { valid, invalid: bad, duplicates } = checkDestinations(body.dst);
  if (valid.length + bad.length + duplicates.length === 0) {
    issues.push({ path: '/dst', message: `needs at least one phone number (got ${givenValue(body.dst, '/dst') ?? ''})` });
    return;
  }
  for (const { input, reason } of bad.slice(0, MAX_LISTED_BAD_NUMBERS)) {
    issues.push({ path: '/dst', message: `${givenValue(input, '/dst') ?? ''} ${reason}; a destination is digits starting with the country code, at most ${MAX_NUMBER_DIGITS} after removing / - . + ( ) and spaces` });
  }
  if (bad.length > MAX_LISTED_BAD_NUMBERS) issues.push({ path: '/dst', message: `and ${bad.length - MAX_LISTED_BAD_NUMBERS} more invalid numbers` });
  if (valid.length > MAX_DESTINATIONS_PER_REQUEST) {
    issues.push({ path: '/dst', message: `has ${valid.length} unique numbers; one request takes at most ${MAX_DESTINATIONS_PER_REQUEST} (sendBulk splits larger lists)` });
  }
}

function checkSender(body: Body, issues: ValidationIssue[]): void {
  if (typeof body.src !== 'string' || body.src === '' || isPlainSender(body.src)) return;
  const sender = sanitizeSender(body.src);
  const given = ` (got ${givenValue(body.src, '/src') ?? ''})`;
  if (sender === '') {
    issues.push({ path: '/src', message: `has no letters or digits; it must be a phone number, a short code or an alphanumeric sender ID${given}` });
  } else if (isAsciiDigits(sender)) {
    if (sender.length > MAX_NUMBER_DIGITS) issues.push({ path: '/src', message: `has ${sender.length} digits; a sender number has at most ${MAX_NUMBER_DIGITS}, country code included${given}` });
  } else if (sender.length > MAX_ALPHANUMERIC_SENDER) {
    issues.push({ path: '/src', message: `is ${sender.length} characters after removing everything but A-Z, a-z and 0-9; an alphanumeric sender ID has at most ${MAX_ALPHANUMERIC_SENDER}${given}` });
  }
}

function checkCoordinates(location: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isObject(location)) return;
  for (const [key, limit] of [['latitude', 90], ['longitude', 180]] as const) {
    const value = Number(location[key]);
    if (typeof location[key] === 'string' && Number.isFinite(value) && Math.abs(value) > limit) {
      issues.push({ path: `${path}/${key}`, message: `must be between -${limit} and ${limit} (got ${givenValue(location[key], key) ?? ''})` });
    }
  }
}

function checkWhatsAppObjects(body: Body, issues: ValidationIssue[]): void {
  checkCoordinates(body.location, '/location', issues);
  const components: unknown = isObject(body.template) ? body.template.components : undefined;
  if (Array.isArray(components)) {
    // Loops rather than forEach: this runs on every template send, and the callbacks were its main cost.
    for (let c = 0; c < components.length; c += 1) {
      const component: unknown = components[c];
      const parameters: unknown = isObject(component) ? component.parameters : undefined;
      if (!Array.isArray(parameters)) continue;
      for (let p = 0; p < parameters.length; p += 1) {
        const parameter: unknown = parameters[p];
        // The path is built only for a location: most parameters are text.
        if (isObject(parameter) && isObject(parameter.location)) checkCoordinates(parameter.location, `/template/components/${c}/parameters/${p}/location`, issues);
      }
    }
  }
  if (isObject(body.interactive) && isObject(body.interactive.action) && Array.isArray(body.interactive.action.sections)) {
    const rows = body.interactive.action.sections.reduce((sum: number, section: unknown) => sum + (isObject(section) && Array.isArray(section.rows) ? section.rows.length : 0), 0);
    if (rows > WHATSAPP_MAX_LIST_ROWS) issues.push({ path: '/interactive/action/sections', message: `have ${rows} rows in all; a WhatsApp list allows ${WHATSAPP_MAX_LIST_ROWS}` });
  }
}

const mediaCount = (media: unknown): number =>
  Array.isArray(media) ? media.length : typeof media === 'string' ? media.split(',').filter((url) => url.trim() !== '').length : 0;

// The schema caps media_urls and media_ids one by one; the documented caps count them together.
function checkMediaCount(body: Body, issues: ValidationIssue[]): void {
  const cap = body.type === 'mms' ? MMS_MAX_MEDIA : body.type === 'whatsapp' ? WHATSAPP_MAX_MEDIA : undefined;
  if (cap === undefined) return;
  const urls = mediaCount(body.media_urls);
  const ids = mediaCount(body.media_ids);
  // An array over the cap on its own is already the schema's issue; a comma-separated string is not.
  if (Array.isArray(body.media_urls) && urls > cap) return;
  if (ids > cap || urls + ids <= cap) return;
  const channel = body.type === 'mms' ? 'an MMS' : 'WhatsApp';
  const parts = ids > 0 ? ` (${urls} in media_urls, ${ids} in media_ids)` : '';
  issues.push({ path: urls > 0 ? '/media_urls' : '/media_ids', message: `has ${urls + ids} media files${parts}; ${channel} takes at most ${cap}` });
}

/**
 * Adds the rule issues to the schema's. Where a rule and the schema flag the same field, the rule's
 * issue replaces the schema's: both have the same cause, and the rule knows more (`dst: ""` is one
 * issue, not "must not be empty" and "needs at least one phone number").
 */
export function mergeRuleIssues(schemaIssues: readonly ValidationIssue[], ruleIssues: readonly ValidationIssue[]): ValidationIssue[] {
  const ruled = new Set(ruleIssues.map((issue) => issue.path));
  return [...schemaIssues.filter((issue) => !ruled.has(issue.path)), ...ruleIssues];
}

/**
 * The send-body rules JSON Schema cannot state: SMS text length by encoding, a WhatsApp caption's
 * length, media counted across media_urls and media_ids, each destination's shape and the
 * 1,000-number cap, sender ID length after sanitising, coordinate ranges, list row totals.
 * Runs on bodies of any shape; checks only fields of the right type (the schema reports the rest).
 */
export function sendBodyRuleIssues(body: unknown): ValidationIssue[] {
  if (!isObject(body)) return [];
  const issues: ValidationIssue[] = [];
  checkSender(body, issues);
  checkDestinationField(body, issues);
  checkText(body, issues);
  checkMediaCount(body, issues);
  checkWhatsAppObjects(body, issues);
  return issues;
}
