import type { SendMessageRequest } from '../../src/index.js';

/** One message the demo sends, with a short label for the output table. */
export interface DemoMessage {
  label: string;
  body: SendMessageRequest;
}

const src = '14155550100';
const dst = '14155550123';

/**
 * One body per kind of message the API takes, the same as the spec's examples. Typed as
 * SendMessageRequest, so a change in the spec that breaks one of them fails type-checking.
 */
export const DEMO_MESSAGES: readonly DemoMessage[] = [
  { label: 'SMS', body: { src, dst, text: 'Order #4821 has shipped.', url: 'https://example.com/plivo/status', method: 'POST' } },
  { label: 'Unicode SMS', body: { src, dst, text: 'Votre colis est arrivé 📦 — merci !' } },
  {
    label: 'MMS',
    body: { src, dst, type: 'mms', text: 'Your boarding pass', media_urls: ['https://example.com/m/pass.png', 'https://example.com/m/gate.gif'] },
  },
  {
    label: 'WhatsApp template',
    body: {
      src,
      dst,
      type: 'whatsapp',
      template: {
        name: 'order_update',
        language: 'en_US',
        components: [
          { type: 'header', parameters: [{ type: 'media', media: 'https://example.com/m/receipt.jpg' }] },
          {
            type: 'body',
            parameters: [
              { type: 'text', text: 'Ana' },
              { type: 'currency', currency: { fallback_value: '$100.99', currency_code: 'USD', amount_1000: 100990 } },
              { type: 'date_time', date_time: { fallback_value: 'June 21, 2024' } },
            ],
          },
          { type: 'button', sub_type: 'url', index: '0', parameters: [{ type: 'text', text: 'orders/4821' }] },
          { type: 'button', sub_type: 'quick_reply', index: '1', parameters: [{ type: 'payload', payload: 'STOP_UPDATES' }] },
        ],
      },
    },
  },
  {
    label: 'WhatsApp list',
    body: {
      src,
      dst,
      type: 'whatsapp',
      interactive: {
        type: 'list',
        header: { type: 'text', text: 'Rewards' },
        body: { text: 'Pick a reward to learn more' },
        footer: { text: 'Acme' },
        action: {
          buttons: [{ title: 'See rewards' }],
          sections: [
            {
              title: 'Travel',
              rows: [
                { id: 'r_flight', title: 'Flight credit', description: '$50 off' },
                { id: 'r_hotel', title: 'Hotel night', description: '1 free night' },
              ],
            },
            { title: 'Shopping', rows: [{ id: 'r_gift', title: 'Gift card', description: '$25' }] },
          ],
        },
      },
    },
  },
  {
    label: 'WhatsApp location',
    body: {
      src,
      dst,
      type: 'whatsapp',
      location: { latitude: '37.483307', longitude: '122.148981', name: 'Pablo Morales', address: '1 Hacker Way, Menlo Park, CA 94025' },
    },
  },
  { label: 'Powerpack', body: { powerpack_uuid: 'd35f2e82-d387-427f-8594-6fa07613c43a', dst, text: 'Your code is 482913' } },
  {
    label: 'India DLT SMS',
    body: {
      src: 'ACMEOT',
      dst: '919812345678',
      text: '482913 is your Acme login OTP. Do not share it.',
      dlt_entity_id: '1201159123456789012',
      dlt_template_id: '1207161234567890123',
      dlt_template_category: 'service_implicit',
    },
  },
];

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

/** A body Prism must refuse: no sender at all and an unknown channel. */
export const RAW_INVALID_BODY = { dst, text: 'Hello', type: 'fax' };
