import type { ValidationIssue } from '../errors.js';
import { countSegments, SMS_MAX_GSM7_UNITS, SMS_MAX_UCS2_UNITS } from '../messaging/segments.js';
import { checkDestinations } from '../messaging/destinations.js';
import { MAX_ALPHANUMERIC_SENDER, MAX_DESTINATIONS_PER_REQUEST, MAX_NUMBER_DIGITS, sanitizeSender } from '../messaging/numbers.js';

/** WhatsApp's limits on free-form text: 4,096 characters, 1,024 as a media caption. */
export const WHATSAPP_MAX_TEXT = 4096;
/** WhatsApp's limit on a caption sent with media. */
export const WHATSAPP_MAX_CAPTION = 1024;
/** WhatsApp's limit on the rows of a list message, across all sections. */
const WHATSAPP_MAX_LIST_ROWS = 10;
/** The most media files Plivo attaches to one MMS. */
const MMS_MAX_MEDIA = 10;
/** Invalid destinations reported one by one before the rest are summarised. */
const MAX_LISTED_BAD_NUMBERS = 5;

type Body = Record<string, unknown>;
const isObject = (value: unknown): value is Body => value !== null && typeof value === 'object' && !Array.isArray(value);
const codePoints = (text: string) => [...text].length;

function checkText(body: Body, issues: ValidationIssue[]): void {
  const { text, type } = body;
  if (typeof text !== 'string' || text === '') return;
  if (type === 'whatsapp') {
    const hasMedia = body.media_urls != null || body.media_ids != null;
    const limit = hasMedia ? WHATSAPP_MAX_CAPTION : WHATSAPP_MAX_TEXT;
    const length = codePoints(text);
    if (length > limit) issues.push({ path: '/text', message: `is ${length} characters; WhatsApp allows ${limit}${hasMedia ? ' for a caption sent with media' : ''}` });
    return;
  }
  if (type !== undefined && type !== null && type !== 'sms') return;
  const count = countSegments(text);
  if (count.encoding === 'GSM-7' && count.units > SMS_MAX_GSM7_UNITS) {
    issues.push({ path: '/text', message: `is ${count.units} GSM-7 units long (extension characters such as € [ ] { } count twice); an SMS allows ${SMS_MAX_GSM7_UNITS}` });
  }
  if (count.encoding === 'UCS-2' && count.units > SMS_MAX_UCS2_UNITS) {
    const culprits = count.unicodeCharacters.slice(0, 5).map((c) => JSON.stringify(c)).join(' ');
    issues.push({
      path: '/text',
      message: `is ${count.units} UCS-2 units long; an SMS with characters outside GSM-7 (here ${culprits}) allows ${SMS_MAX_UCS2_UNITS}`,
    });
  }
}

function checkDestinationField(body: Body, issues: ValidationIssue[]): void {
  if (typeof body.dst !== 'string') return;
  const { valid, invalid: bad, duplicates } = checkDestinations(body.dst);
  if (valid.length + bad.length + duplicates.length === 0) {
    issues.push({ path: '/dst', message: 'needs at least one phone number' });
    return;
  }
  for (const { input, reason } of bad.slice(0, MAX_LISTED_BAD_NUMBERS)) {
    issues.push({ path: '/dst', message: `${JSON.stringify(input)} ${reason}: a destination is digits starting with the country code, at most ${MAX_NUMBER_DIGITS} after removing / - . + ( ) and spaces` });
  }
  if (bad.length > MAX_LISTED_BAD_NUMBERS) issues.push({ path: '/dst', message: `and ${bad.length - MAX_LISTED_BAD_NUMBERS} more invalid numbers` });
  if (valid.length > MAX_DESTINATIONS_PER_REQUEST) {
    issues.push({ path: '/dst', message: `has ${valid.length} unique numbers; one request takes at most ${MAX_DESTINATIONS_PER_REQUEST} (sendBulk splits larger lists)` });
  }
}

function checkSender(body: Body, issues: ValidationIssue[]): void {
  if (typeof body.src !== 'string' || body.src === '') return;
  const sender = sanitizeSender(body.src);
  if (sender === '') {
    issues.push({ path: '/src', message: 'has no letters or digits; it must be a phone number, a short code or an alphanumeric sender ID' });
  } else if (/^[0-9]+$/.test(sender)) {
    if (sender.length > MAX_NUMBER_DIGITS) issues.push({ path: '/src', message: `has ${sender.length} digits; a sender number has at most ${MAX_NUMBER_DIGITS}, country code included` });
  } else if (sender.length > MAX_ALPHANUMERIC_SENDER) {
    issues.push({ path: '/src', message: `is ${sender.length} characters after removing everything but A-Z, a-z and 0-9; an alphanumeric sender ID has at most ${MAX_ALPHANUMERIC_SENDER}` });
  }
}

function checkCoordinates(location: unknown, path: string, issues: ValidationIssue[]): void {
  if (!isObject(location)) return;
  for (const [key, limit] of [['latitude', 90], ['longitude', 180]] as const) {
    const value = Number(location[key]);
    if (typeof location[key] === 'string' && Number.isFinite(value) && Math.abs(value) > limit) {
      issues.push({ path: `${path}/${key}`, message: `must be between -${limit} and ${limit}` });
    }
  }
}

function checkWhatsAppObjects(body: Body, issues: ValidationIssue[]): void {
  checkCoordinates(body.location, '/location', issues);
  if (isObject(body.template) && Array.isArray(body.template.components)) {
    body.template.components.forEach((component: unknown, c) => {
      if (!isObject(component) || !Array.isArray(component.parameters)) return;
      component.parameters.forEach((parameter: unknown, p) => {
        if (isObject(parameter)) checkCoordinates(parameter.location, `/template/components/${c}/parameters/${p}/location`, issues);
      });
    });
  }
  if (isObject(body.interactive) && isObject(body.interactive.action) && Array.isArray(body.interactive.action.sections)) {
    const rows = body.interactive.action.sections.reduce((sum: number, section: unknown) => sum + (isObject(section) && Array.isArray(section.rows) ? section.rows.length : 0), 0);
    if (rows > WHATSAPP_MAX_LIST_ROWS) issues.push({ path: '/interactive/action/sections', message: `have ${rows} rows in all; a WhatsApp list allows ${WHATSAPP_MAX_LIST_ROWS}` });
  }
}

function checkMediaList(body: Body, issues: ValidationIssue[]): void {
  // The comma-separated string form escapes the schema's maxItems.
  if (typeof body.media_urls !== 'string') return;
  const count = body.media_urls.split(',').filter((url) => url.trim() !== '').length;
  if (body.type === 'mms' && count > MMS_MAX_MEDIA) issues.push({ path: '/media_urls', message: `lists ${count} URLs; an MMS takes at most ${MMS_MAX_MEDIA}` });
}

/**
 * The send-body rules JSON Schema cannot state: text length by encoding, each destination's shape
 * and the 1,000-number cap, sender ID length after sanitising, coordinate ranges, list row totals.
 * Runs on bodies of any shape; checks only fields of the right type (the schema reports the rest).
 */
export function sendBodyRuleIssues(body: unknown): ValidationIssue[] {
  if (!isObject(body)) return [];
  const issues: ValidationIssue[] = [];
  checkSender(body, issues);
  checkDestinationField(body, issues);
  checkText(body, issues);
  checkMediaList(body, issues);
  checkWhatsAppObjects(body, issues);
  return issues;
}
