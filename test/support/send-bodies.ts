import fc from 'fast-check';

/*
 * Send bodies built from the schema's own building blocks: for each field, values the spec accepts
 * and values it must reject (wrong type, out of range, bad enum, broken nested WhatsApp objects),
 * combined with random field subsets, plus unknown keys. Most bodies are near-valid mixes.
 */

const template = { name: 'order_update', language: 'en_US', components: [{ type: 'body', parameters: [{ type: 'text', text: 'Ana' }] }] };
const currencyParam = { type: 'currency', currency: { fallback_value: '$1.00', currency_code: 'USD', amount_1000: 1000 } };
const interactiveList = {
  type: 'list',
  body: { text: 'Pick one' },
  action: { buttons: [{ title: 'Menu' }], sections: [{ title: 'A', rows: [{ id: 'a', title: 'Row A' }] }] },
};
const interactiveButtons = { type: 'button', body: { text: 'Confirm?' }, action: { buttons: [{ id: 'y', title: 'Yes' }] } };
const location = { latitude: '37.483307', longitude: '122.148981', name: 'HQ', address: '1 Hacker Way' };

/** Candidate values per field; the first entries are valid, the rest are not (or only in some combinations). */
export const FIELD_POOLS: Record<string, unknown[]> = {
  src: ['14155550100', '+1 (415) 555-0100', 'ACMEOT', null, '', 14155550100],
  powerpack_uuid: ['d35f2e82-d387-427f-8594-6fa07613c43a', null, '', 42],
  dst: ['14155550123', '14155550123<14155550124', '+44 20 7946 0958', '', 14155550123, null],
  text: ['Hello', 'Olá 👋', null, '', 'x'.repeat(1601), 'x'.repeat(4097), 7],
  type: ['sms', 'mms', 'whatsapp', null, 'SMS', 'fax'],
  media_urls: [['https://example.com/a.png'], 'https://example.com/a.png', 'https://e.com/a.png,https://e.com/b.png', null, [], Array.from({ length: 11 }, (_, i) => `https://e.com/${i}.png`), ['not a url'], [3]],
  media_ids: [['m1'], null, [], ['m1', 'm2'], 'm1'],
  url: ['https://example.com/status', null, 'not a url', 5],
  method: ['GET', 'POST', null, 'get', 'PUT'],
  log: [true, false, 'true', 'false', 'content_only', 'number_only', '', null, 'yes', 1],
  trackable: [true, false, 'true', 'false', null, 'yes', 0],
  message_expiry: [5, 3600, 10799, 10800, '10800', '3600', null, 4, 10801, '10801', '0005', 3.5, '-1'],
  dlt_entity_id: ['1201159123456789012', null, ''],
  dlt_template_id: ['1207161234567890123', null, 7],
  dlt_template_category: ['transactional', 'promotional', 'service_implicit', 'service_explicit', null, 'otp'],
  template: [
    template,
    { name: 'hello', language: 'en_US' },
    { name: 'hello', language: 'en_US', components: null },
    null,
    { language: 'en_US' },
    { name: '', language: 'en_US' },
    { ...template, components: [{ type: 'button', sub_type: 'url', index: 0, parameters: [{ type: 'text', text: 'x' }] }] },
    { ...template, components: [{ type: 'body', parameters: [{ ...currencyParam, currency: { ...currencyParam.currency, amount_1000: '1000' } }] }] },
    { ...template, components: [{ type: 'body', parameters: [currencyParam] }] },
    { ...template, components: [{ type: 'body', parameters: [{ type: 'text' }] }] },
    { ...template, components: [{ type: 'footer' }] },
    { ...template, extra: 1 },
  ],
  interactive: [
    interactiveList,
    interactiveButtons,
    null,
    { ...interactiveList, type: 'reply' },
    { ...interactiveButtons, action: { buttons: [{ title: 'Yes' }] } },
    { type: 'list', body: { text: 'x' }, action: { buttons: [{ title: 'Menu' }] } },
    { ...interactiveButtons, body: { text: '' } },
    { ...interactiveButtons, header: { type: 'text' } },
  ],
  location: [location, { latitude: '-33.8', longitude: '151.2' }, null, { ...location, latitude: 37.48 }, { latitude: '1' }, { ...location, zoom: 3 }],
};

/** Keys that are not in the spec: each must make a body invalid. */
export const UNKNOWN_KEYS = ['media_url', 'Text', 'callback_url', 'powerpack'];

const fieldArbitraries = Object.fromEntries(Object.entries(FIELD_POOLS).map(([key, pool]) => [key, fc.constantFrom(...pool)]));

/** Bodies mixing valid and invalid values over random subsets of the known fields. */
export const mixedBodyArbitrary: fc.Arbitrary<Record<string, unknown>> = fc
  .tuple(
    fc.record(fieldArbitraries, { requiredKeys: [] }),
    fc.option(fc.constantFrom(...UNKNOWN_KEYS), { freq: 8 }),
  )
  .map(([body, unknownKey]) => (unknownKey === null ? body : { ...body, [unknownKey]: 'x' }));

/** Valid bodies (by construction) of each kind, with optional fields drawn from their valid values. */
export const validBodyArbitrary: fc.Arbitrary<Record<string, unknown>> = fc
  .record({
    sender: fc.constantFrom<Record<string, unknown>>({ src: '14155550100' }, { powerpack_uuid: 'd35f2e82-d387-427f-8594-6fa07613c43a' }, { src: 'ACMEOT', powerpack_uuid: null }),
    kind: fc.constantFrom<Record<string, unknown>>(
      { text: 'Hello' },
      { type: 'sms', text: 'Olá 👋' },
      { type: 'mms', media_urls: ['https://example.com/a.png'] },
      { type: 'mms', media_urls: 'https://example.com/a.png', text: 'caption' },
      { type: 'mms', media_ids: ['m1'] },
    ),
    extras: fc.record(
      {
        url: fc.constant('https://example.com/status'),
        method: fc.constantFrom('GET', 'POST', null),
        log: fc.constantFrom(true, false, 'true', 'content_only', 'number_only', ''),
        trackable: fc.constantFrom(true, 'false', null),
        message_expiry: fc.oneof(fc.integer({ min: 5, max: 10800 }), fc.integer({ min: 5, max: 10800 }).map(String)),
        dlt_template_category: fc.constantFrom('transactional', 'promotional', 'service_implicit', 'service_explicit'),
      },
      { requiredKeys: [] },
    ),
    dst: fc.constantFrom('14155550123', '14155550123<14155550124'),
  })
  .map(({ sender, kind, extras, dst }) => ({ ...sender, ...kind, ...extras, dst }));

/** WhatsApp bodies, valid or with one nested field broken. */
export const whatsappBodyArbitrary: fc.Arbitrary<Record<string, unknown>> = fc
  .record({
    payload: fc.oneof(
      fc.constantFrom(...FIELD_POOLS.template!).map((t) => ({ template: t })),
      fc.constantFrom(...FIELD_POOLS.interactive!).map((i) => ({ interactive: i })),
      fc.constantFrom(...FIELD_POOLS.location!).map((l) => ({ location: l })),
      fc.constantFrom({ text: 'Hi there' }, { media_urls: ['https://e.com/a.png'], text: 'caption' }, { media_urls: ['https://e.com/a.png', 'https://e.com/b.png'] }),
    ),
    sender: fc.constantFrom<Record<string, unknown>>({ src: '14155550100' }, { powerpack_uuid: 'd35f2e82-d387-427f-8594-6fa07613c43a' }),
  })
  .map(({ payload, sender }) => ({ ...sender, dst: '14155550123', type: 'whatsapp', ...payload }));

/** The mix used by the differential tests. */
export const sendBodyArbitrary: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
  { arbitrary: mixedBodyArbitrary, weight: 3 },
  { arbitrary: validBodyArbitrary, weight: 2 },
  { arbitrary: whatsappBodyArbitrary, weight: 2 },
);
