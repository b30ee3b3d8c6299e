/** Send bodies shared by the validation and client benches: valid, realistic, one of each kind. */

/** A WhatsApp template with a media header, text, currency and date parameters, and a URL button. */
export const TEMPLATE = {
  name: 'order_update',
  language: 'en_US',
  components: [
    { type: 'header', parameters: [{ type: 'media', media: 'https://example.com/banner.png' }] },
    {
      type: 'body',
      parameters: [
        { type: 'text', text: 'Ana' },
        { type: 'currency', currency: { fallback_value: '$12.50', currency_code: 'USD', amount_1000: 12500 } },
        { type: 'date_time', date_time: { fallback_value: 'May 1, 2025' } },
      ],
    },
    { type: 'button', sub_type: 'url', index: '0', parameters: [{ type: 'text', text: 'ORDER-42' }] },
  ],
};

export const TEMPLATE_BODY = { src: '14155550100', dst: '14155550123', type: 'whatsapp', template: TEMPLATE } as const;

export const SMS_BODY = {
  src: '14155550100',
  dst: '14155550123',
  text: 'Your order #4521 has shipped and will arrive on Tuesday. Reply STOP to opt out.',
} as const;

export const MMS_BODY = {
  src: '14155550100',
  dst: '14155550123',
  type: 'mms',
  text: 'Your receipt',
  media_urls: ['https://example.com/receipt.png'],
} as const;

export const INTERACTIVE_BODY = {
  src: '14155550100',
  dst: '14155550123',
  type: 'whatsapp',
  interactive: {
    type: 'list',
    body: { text: 'Pick a delivery slot' },
    action: {
      buttons: [{ title: 'Slots' }],
      sections: [{ title: 'Tomorrow', rows: [{ id: 'am', title: 'Morning' }, { id: 'pm', title: 'Afternoon' }] }],
    },
  },
} as const;
