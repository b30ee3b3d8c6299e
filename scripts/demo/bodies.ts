import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateSendMessageRequest, type SendMessageRequest } from '../../src/index.js';

/** One message the demo sends, with a short label for the output table. */
export interface DemoMessage {
  label: string;
  body: SendMessageRequest;
}

const EXAMPLES = join(import.meta.dirname, '../../spec/examples');
const src = '14155550100';
const dst = '14155550123';

/** The spec's example files the demo sends, one per kind of message, in the order shown. */
const DEMO_EXAMPLE_FILES = [
  'send-sms.json',
  'send-sms-unicode.json',
  'send-mms.json',
  'send-whatsapp-template.json',
  'send-whatsapp-interactive-list.json',
  'send-whatsapp-location.json',
  'send-powerpack.json',
  'send-dlt-india.json',
] as const;

/** An example file of the spec: its summary labels the row, its value is the body sent. */
function loadExample(file: string): DemoMessage {
  const example = JSON.parse(readFileSync(join(EXAMPLES, file), 'utf8')) as { summary: string; value: unknown };
  const checked = validateSendMessageRequest(example.value);
  if (!checked.ok) throw new Error(`spec/examples/${file} is not a valid send body: ${checked.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
  return { label: example.summary, body: checked.value };
}

/** One body per kind of message the API takes, read from spec/examples: the demo sends what the docs show. */
export const DEMO_MESSAGES: readonly DemoMessage[] = DEMO_EXAMPLE_FILES.map(loadExample);

/** A bulk list as people paste it: formatted numbers, repeats, a short number, a wrong length, a word. */
export const BULK_DESTINATIONS: readonly string[] = [
  '14155550123',
  '+1 (415) 555-0124',
  '14155550123',
  '1415555012',
  '4477009001',
  'call-me',
  '+1 415 555 0125',
  '1-415-555-0124',
];

/**
 * Three mistakes the client catches before any request: a currency amount sent as a string deep in
 * a template, an HTTP method Plivo does not support, and an expiry below the minimum.
 */
export const BODY_WITH_THREE_MISTAKES: unknown = {
  src,
  dst,
  type: 'whatsapp',
  method: 'PUT',
  message_expiry: 3,
  template: {
    name: 'order_update',
    language: 'en_US',
    components: [{ type: 'body', parameters: [{ type: 'currency', currency: { fallback_value: '$100.99', currency_code: 'USD', amount_1000: '100990' } }] }],
  },
};

/** A body Prism must refuse: no sender at all (neither src nor powerpack_uuid) and an unknown channel. */
export const RAW_INVALID_BODY = { dst, text: 'Hello', type: 'fax' };
