import { SEND_MESSAGE_REQUEST_FIELDS } from '../../generated/client-validators.js';
import type { IssueWording } from './schema-issues.js';

/**
 * How the send body's rules explain themselves, by the `allOf` branch of SendMessageRequest that
 * states each rule (spec/schemas/SendMessageRequest.yaml; the branch order is part of this table).
 */
export const SEND_BODY_WORDING: IssueWording = {
  knownFields: SEND_MESSAGE_REQUEST_FIELDS,
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
};
