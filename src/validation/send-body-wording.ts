import { SEND_MESSAGE_REQUEST_FIELDS } from '../../generated/client-validators.js';
import { closestName } from './closest-name.js';
import type { IssueWording } from './schema-issues.js';

const AN_HTTP_URL = 'an absolute http(s) URL, e.g. "https://example.com/status"';

/**
 * How issues with a send body are worded. The rules are keyed by the `allOf` branch of
 * SendMessageRequest that states each one (spec/schemas/SendMessageRequest.yaml; the branch order is
 * part of this table).
 */
export const SEND_BODY_WORDING: IssueWording = {
  suggestField: (name) => closestName(SEND_MESSAGE_REQUEST_FIELDS, name),
  rules: {
    '#/allOf/0': {
      required: 'either src or powerpack_uuid is required',
      forbidden: 'give either src or powerpack_uuid, not both',
    },
    '#/allOf/1': {
      required: 'is required for an SMS (type sms, or no type)',
      forbidden: 'is not allowed in an SMS: media needs type mms or whatsapp, and template, interactive and location need type whatsapp',
    },
    '#/allOf/2': {
      forbidden: 'is not allowed in an MMS: template, interactive and location need type whatsapp',
      anyOf: 'an MMS needs media_urls or media_ids',
      anyOfPath: '/media_urls',
    },
    '#/allOf/3': {
      required: 'is required for WhatsApp (a Powerpack cannot send WhatsApp messages)',
      anyOf: 'a WhatsApp message needs something to send: text, media_urls, media_ids, template, interactive or location',
      anyOfPath: '',
      pattern: 'WhatsApp takes a single media file (one URL, not a comma-separated list)',
    },
  },
  fields: {
    message_expiry: 'a whole number of seconds from 5 to 10800, as an integer or a digit string',
    index: 'the button position as a digit string, "0" to "9"',
    latitude: 'decimal degrees from -90 to 90 as a string, e.g. "37.483307"',
    longitude: 'decimal degrees from -180 to 180 as a string, e.g. "-122.148981"',
    currency_code: 'a three-letter ISO 4217 code in capitals, such as "USD"',
    amount_1000: 'the amount times 1000 as an integer (100990 is 100.99)',
    url: AN_HTTP_URL,
  },
  patterns: {
    '^(?:https?|HTTPS?)://': AN_HTTP_URL,
    '^\\s*(?:https?|HTTPS?)://[^\\s,]+(?:\\s*,\\s*(?:https?|HTTPS?)://[^\\s,]+)*\\s*$':
      'http(s) URLs separated by commas, e.g. "https://example.com/a.png,https://example.com/b.png"',
  },
  formats: { uri: AN_HTTP_URL },
};
