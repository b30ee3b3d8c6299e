import { describe, expect, it } from 'vitest';
import { isSendMessageRequest, isListMessagesQuery, isMessageStatusCallback, type SchemaError } from '../../../generated/validators.js';
import { isSendMessageRequest as sendOnly } from '../../../generated/client-validators.js';

const sms = { src: '14155550100', dst: '14155550123', text: 'Hello' };
const wa = { src: '14155550100', dst: '14155550123', type: 'whatsapp' };
const template = { name: 'order_update', language: 'en_US' };
const currency = { fallback_value: '$1', currency_code: 'USD', amount_1000: 1000 };

/** Where an error points: its instancePath, extended by the missing or extra property it names. */
function pointers(errors: SchemaError[] | null | undefined): string[] {
  return (errors ?? []).map((e) => {
    const named = (e.params as { missingProperty?: string; additionalProperty?: string }).missingProperty ?? (e.params as { additionalProperty?: string }).additionalProperty;
    return named === undefined ? e.instancePath : `${e.instancePath}/${named}`;
  });
}

const invalid: Array<[rule: string, body: unknown, pointer: string]> = [
  ['dst is required', { src: '1', text: 'x' }, '/dst'],
  ['dst is a non-empty string', { ...sms, dst: '' }, '/dst'],
  ['src or powerpack_uuid is required', { dst: '1', text: 'x' }, '/powerpack_uuid'],
  ['src and powerpack_uuid are exclusive', { ...sms, powerpack_uuid: 'd35f2e82-d387-427f-8594-6fa07613c43a' }, '/powerpack_uuid'],
  ['a null src does not count as a sender', { src: null, dst: '1', text: 'x' }, '/powerpack_uuid'],
  ['sms needs text', { src: '1', dst: '2' }, '/text'],
  ['sms text is non-empty', { ...sms, text: '' }, '/text'],
  ['sms text is at most 1600 characters', { ...sms, text: 'x'.repeat(1601) }, '/text'],
  ['sms takes no media', { ...sms, media_urls: ['https://e.com/a.png'] }, '/media_urls'],
  ['template only with whatsapp', { ...sms, template }, '/template'],
  ['interactive only with whatsapp', { ...sms, type: 'mms', media_urls: ['https://e.com/a.png'], interactive: { type: 'list' } }, '/interactive'],
  ['location only with whatsapp', { ...sms, location: { latitude: '1', longitude: '2' } }, '/location'],
  ['mms needs media', { src: '1', dst: '2', type: 'mms', text: 'x' }, '/media_urls'],
  ['mms takes at most 10 media', { src: '1', dst: '2', type: 'mms', media_urls: Array.from({ length: 11 }, (_, i) => `https://e.com/${i}.png`) }, '/media_urls'],
  ['media_urls are URLs', { src: '1', dst: '2', type: 'mms', media_urls: ['not a url'] }, '/media_urls/0'],
  ['type is sms, mms or whatsapp', { ...sms, type: 'fax' }, '/type'],
  ['whatsapp needs src', { powerpack_uuid: 'p', dst: '2', type: 'whatsapp', text: 'x' }, '/src'],
  ['whatsapp takes one media URL', { ...wa, media_urls: ['https://e.com/a.png', 'https://e.com/b.png'] }, '/media_urls'],
  ['whatsapp needs something to send', { ...wa }, '/text'],
  ['method is GET or POST', { ...sms, method: 'PUT' }, '/method'],
  ['log takes its documented values', { ...sms, log: 'yes' }, '/log'],
  ['trackable is a boolean or its string', { ...sms, trackable: 'yes' }, '/trackable'],
  ['message_expiry is at least 5', { ...sms, message_expiry: 4 }, '/message_expiry'],
  ['message_expiry is at most 10800', { ...sms, message_expiry: 10801 }, '/message_expiry'],
  ['message_expiry as a string is in range too', { ...sms, message_expiry: '10801' }, '/message_expiry'],
  ['url is an http(s) URL', { ...sms, url: 'ftp://example.com/status' }, '/url'],
  ['media_urls as a string holds http(s) URLs', { src: '1', dst: '2', type: 'mms', media_urls: 'not a url' }, '/media_urls'],
  ['a src of the wrong type is reported on src alone', { ...sms, src: 14155550100 }, '/src'],
  ['dlt_template_category is closed', { ...sms, dlt_template_category: 'otp' }, '/dlt_template_category'],
  ['url is a URL', { ...sms, url: 'not a url' }, '/url'],
  ['a typo fails', { ...sms, media_url: 'https://e.com/a.png' }, '/media_url'],
  ['template needs a name', { ...wa, template: { language: 'en_US' } }, '/template/name'],
  ['template needs a language', { ...wa, template: { name: 'x' } }, '/template/language'],
  ['template is closed', { ...wa, template: { ...template, lang: 'en' } }, '/template/lang'],
  ['a component type is header, body, button or carousel', { ...wa, template: { ...template, components: [{ type: 'footer' }] } }, '/template/components/0/type'],
  ['a button index is a string', { ...wa, template: { ...template, components: [{ type: 'button', sub_type: 'url', index: 0 }] } }, '/template/components/0/index'],
  ['a text parameter needs text', { ...wa, template: { ...template, components: [{ type: 'body', parameters: [{ type: 'text' }] }] } }, '/template/components/0/parameters/0/text'],
  ['amount_1000 is an integer', { ...wa, template: { ...template, components: [{ type: 'body', parameters: [{ type: 'text', text: 'a' }, { type: 'currency', currency: { ...currency, amount_1000: '1000' } }] }] } }, '/template/components/0/parameters/1/currency/amount_1000'],
  ['a currency needs its code', { ...wa, template: { ...template, components: [{ type: 'body', parameters: [{ type: 'currency', currency: { fallback_value: '$1', amount_1000: 1 } }] }] } }, '/template/components/0/parameters/0/currency/currency_code'],
  ['interactive type is list, button or cta_url', { ...wa, interactive: { type: 'reply', body: { text: 'x' }, action: { buttons: [{ id: 'a', title: 'A' }] } } }, '/interactive/type'],
  ['interactive needs a body', { ...wa, interactive: { type: 'button', action: { buttons: [{ id: 'a', title: 'A' }] } } }, '/interactive/body'],
  ['reply buttons need an id', { ...wa, interactive: { type: 'button', body: { text: 'x' }, action: { buttons: [{ title: 'A' }] } } }, '/interactive/action/buttons/0/id'],
  ['at most three reply buttons', { ...wa, interactive: { type: 'button', body: { text: 'x' }, action: { buttons: [1, 2, 3, 4].map((i) => ({ id: `${i}`, title: `${i}` })) } } }, '/interactive/action/buttons'],
  ['a list needs sections', { ...wa, interactive: { type: 'list', body: { text: 'x' }, action: { buttons: [{ title: 'Menu' }] } } }, '/interactive/action/sections'],
  ['a list needs at least one section', { ...wa, interactive: { type: 'list', body: { text: 'x' }, action: { sections: [] } } }, '/interactive/action/sections'],
  ['reply buttons take no sections', { ...wa, interactive: { type: 'button', body: { text: 'x' }, action: { buttons: [{ id: 'a', title: 'A' }], sections: [{ rows: [{ id: 'r', title: 'R' }] }] } } }, '/interactive/action/sections'],
  ['reply buttons need at least one button', { ...wa, interactive: { type: 'button', body: { text: 'x' }, action: { buttons: [] } } }, '/interactive/action/buttons'],
  ['a carousel card index is at most 9', { ...wa, template: { ...template, components: [{ type: 'carousel', cards: [{ card_index: 10, components: [] }] }] } }, '/template/components/0/cards/0/card_index'],
  ['a cta_url button needs its URL', { ...wa, interactive: { type: 'cta_url', body: { text: 'x' }, action: { buttons: [{ title: 'Go' }] } } }, '/interactive/action/buttons/0/cta_url'],
  ['button titles are at most 20 characters', { ...wa, interactive: { type: 'button', body: { text: 'x' }, action: { buttons: [{ id: 'a', title: 'x'.repeat(21) }] } } }, '/interactive/action/buttons/0/title'],
  ['coordinates are strings', { ...wa, location: { latitude: 37.4, longitude: '122.1' } }, '/location/latitude'],
  ['a location needs a longitude', { ...wa, location: { latitude: '37.4' } }, '/location/longitude'],
];

describe('send body rules', () => {
  for (const [rule, body, pointer] of invalid) {
    it(`rejects a body that breaks "${rule}" and points at ${pointer}`, () => {
      expect(isSendMessageRequest(body)).toBe(false);
      expect(pointers(isSendMessageRequest.errors)).toContain(pointer);
      expect(sendOnly(body)).toBe(false);
      expect(pointers(sendOnly.errors)).toContain(pointer);
    });
  }

  it.each([
    ['Ruby-style nulls for the unused sender and text', { src: null, powerpack_uuid: 'p', text: 'x', dst: '1' }],
    ['log as a boolean', { ...sms, log: false }],
    ['the .NET SDK empty log', { ...sms, log: '' }],
    ['trackable as a string', { ...sms, trackable: 'false' }],
    ['message_expiry as a digit string', { ...sms, message_expiry: '600' }],
    ['message_expiry at the documented default', { ...sms, message_expiry: 10800 }],
    ['message_expiry at the default as a digit string', { ...sms, message_expiry: '10800' }],
    ['media_urls as comma-separated URLs', { src: '1', dst: '2', type: 'mms', media_urls: 'https://e.com/a.png, https://e.com/b.png' }],
    ['MMS text longer than any SMS or WhatsApp limit', { src: '1', dst: '2', type: 'mms', media_urls: ['https://e.com/a.png'], text: 'x'.repeat(5000) }],
    ['media_urls as a comma-separated string', { src: '1', dst: '2', type: 'mms', media_urls: 'https://e.com/a.png,https://e.com/b.png' }],
    ['Go-style null components', { ...wa, template: { ...template, components: null } }],
    ['Python-style null interactive parts', { ...wa, interactive: { type: 'button', header: null, footer: null, body: { text: 'x' }, action: { buttons: [{ id: 'a', title: 'A', cta_url: null }], sections: null } } }],
    ['.NET-style nested nulls', { ...wa, template: { ...template, components: [{ type: 'body', sub_type: null, index: null, parameters: [{ type: 'text', text: 'x', media: null }] }] } }],
    ['a Go carousel', { ...wa, template: { ...template, components: [{ type: 'carousel', cards: [{ card_index: 0, components: [{ type: 'body', parameters: [{ type: 'text', text: 'x' }] }] }] }] } }],
  ])('accepts %s', (_name, body) => {
    expect(isSendMessageRequest(body), JSON.stringify(isSendMessageRequest.errors)).toBe(true);
  });
});

describe('list query and callback schemas', () => {
  it('accepts documented filters and rejects unknown ones or a limit above 20', () => {
    expect(isListMessagesQuery({ limit: 20, offset: 0, message_state: 'delivered', message_time__gte: '2024-08-21 00:00' })).toBe(true);
    expect(isListMessagesQuery({ limit: 21 })).toBe(false);
    expect(pointers(isListMessagesQuery.errors)).toContain('/limit');
    expect(isListMessagesQuery({ message_stat: 'sent' })).toBe(false);
    expect(pointers(isListMessagesQuery.errors)).toContain('/message_stat');
  });

  it('requires MessageUUID and a known Status in a callback, and keeps extra fields', () => {
    expect(isMessageStatusCallback({ MessageUUID: 'u', Status: 'delivered', NewField: 'x' })).toBe(true);
    expect(isMessageStatusCallback({ MessageUUID: 'u', Status: 'exploded' })).toBe(false);
    expect(pointers(isMessageStatusCallback.errors)).toContain('/Status');
  });
});
