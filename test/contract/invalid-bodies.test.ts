import { describe, expect, inject, it } from 'vitest';
import { validateSendMessageRequest } from '../../src/index.js';
import { postToPrism, violationPointer } from '../support/prism-request.js';

const sms = { src: '14155550100', dst: '14155550123', text: 'Hello' };
const wa = { src: '14155550100', dst: '14155550123', type: 'whatsapp' };
const template = { name: 'order_update', language: 'en_US' };
const currency = { fallback_value: '$1', currency_code: 'USD', amount_1000: 1000 };
const button = { type: 'button', body: { text: 'x' }, action: { buttons: [{ id: 'a', title: 'A' }] } };
const list = { type: 'list', body: { text: 'x' }, action: { buttons: [{ title: 'Menu' }], sections: [{ title: 'S', rows: [{ id: 'r', title: 'Row' }] }] } };
const location = { latitude: '37.483307', longitude: '122.148981' };

interface InvalidCase {
  rule: string;
  body: unknown;
  /** The field both Prism and the client must name. */
  pointer: string;
  /**
   * Where the client reports a rule about a set of alternatives: at the object that lacks all of
   * them, naming each alternative in the message, rather than at one arbitrary member.
   */
  client?: { path: string; mentions: string };
}

/* One body per rule of the spec; the first block mirrors the unit rules, the rest covers formats and nested objects. */
const cases: InvalidCase[] = [
  { rule: 'dst is required', body: { src: '1', text: 'x' }, pointer: '/dst' },
  { rule: 'dst is a non-empty string', body: { ...sms, dst: '' }, pointer: '/dst' },
  { rule: 'src or powerpack_uuid is required', body: { dst: '1', text: 'x' }, pointer: '/powerpack_uuid' },
  { rule: 'src and powerpack_uuid are exclusive', body: { ...sms, powerpack_uuid: 'd35f2e82-d387-427f-8594-6fa07613c43a' }, pointer: '/powerpack_uuid' },
  { rule: 'a null src does not count as a sender', body: { src: null, dst: '1', text: 'x' }, pointer: '/powerpack_uuid' },
  { rule: 'sms needs text', body: { src: '1', dst: '2' }, pointer: '/text' },
  { rule: 'sms text is non-empty', body: { ...sms, text: '' }, pointer: '/text' },
  { rule: 'sms text is at most 1600 characters', body: { ...sms, text: 'x'.repeat(1601) }, pointer: '/text' },
  { rule: 'sms takes no media', body: { ...sms, media_urls: ['https://e.com/a.png'] }, pointer: '/media_urls' },
  { rule: 'template only with whatsapp', body: { ...sms, template }, pointer: '/template' },
  { rule: 'interactive only with whatsapp', body: { ...sms, type: 'mms', media_urls: ['https://e.com/a.png'], interactive: { type: 'list' } }, pointer: '/interactive' },
  { rule: 'location only with whatsapp', body: { ...sms, location: { latitude: '1', longitude: '2' } }, pointer: '/location' },
  { rule: 'mms needs media', body: { src: '1', dst: '2', type: 'mms', text: 'x' }, pointer: '/media_urls' },
  { rule: 'mms takes at most 10 media', body: { src: '1', dst: '2', type: 'mms', media_urls: Array.from({ length: 11 }, (_, i) => `https://e.com/${i}.png`) }, pointer: '/media_urls' },
  { rule: 'media_urls are URLs', body: { src: '1', dst: '2', type: 'mms', media_urls: ['not a url'] }, pointer: '/media_urls/0' },
  { rule: 'type is sms, mms or whatsapp', body: { ...sms, type: 'fax' }, pointer: '/type' },
  { rule: 'whatsapp needs src', body: { powerpack_uuid: 'p', dst: '2', type: 'whatsapp', text: 'x' }, pointer: '/src' },
  { rule: 'whatsapp takes one media URL', body: { ...wa, media_urls: ['https://e.com/a.png', 'https://e.com/b.png'] }, pointer: '/media_urls' },
  { rule: 'whatsapp needs something to send', body: { ...wa }, pointer: '/text', client: { path: '', mentions: 'text' } },
  { rule: 'method is GET or POST', body: { ...sms, method: 'PUT' }, pointer: '/method' },
  { rule: 'log takes its documented values', body: { ...sms, log: 'yes' }, pointer: '/log' },
  { rule: 'trackable is a boolean or its string', body: { ...sms, trackable: 'yes' }, pointer: '/trackable' },
  { rule: 'message_expiry is at least 5', body: { ...sms, message_expiry: 4 }, pointer: '/message_expiry' },
  { rule: 'message_expiry is at most 10800', body: { ...sms, message_expiry: 10801 }, pointer: '/message_expiry' },
  { rule: 'message_expiry as a string is in range too', body: { ...sms, message_expiry: '10801' }, pointer: '/message_expiry' },
  { rule: 'url is an http(s) URL', body: { ...sms, url: 'ftp://example.com/status' }, pointer: '/url' },
  { rule: 'media_urls as a string holds http(s) URLs', body: { src: '14155550100', dst: '14155550123', type: 'mms', media_urls: 'not a url' }, pointer: '/media_urls' },
  { rule: 'dlt_template_category is closed', body: { ...sms, dlt_template_category: 'otp' }, pointer: '/dlt_template_category' },
  { rule: 'url is a URL', body: { ...sms, url: 'not a url' }, pointer: '/url' },
  { rule: 'a typo fails', body: { ...sms, media_url: 'https://e.com/a.png' }, pointer: '/media_url' },
  { rule: 'template needs a name', body: { ...wa, template: { language: 'en_US' } }, pointer: '/template/name' },
  { rule: 'template needs a language', body: { ...wa, template: { name: 'x' } }, pointer: '/template/language' },
  { rule: 'template is closed', body: { ...wa, template: { ...template, lang: 'en' } }, pointer: '/template/lang' },
  { rule: 'a component type is header, body, button or carousel', body: { ...wa, template: { ...template, components: [{ type: 'footer' }] } }, pointer: '/template/components/0/type' },
  { rule: 'a button index is a string', body: { ...wa, template: { ...template, components: [{ type: 'button', sub_type: 'url', index: 0 }] } }, pointer: '/template/components/0/index' },
  { rule: 'a text parameter needs text', body: { ...wa, template: { ...template, components: [{ type: 'body', parameters: [{ type: 'text' }] }] } }, pointer: '/template/components/0/parameters/0/text' },
  {
    rule: 'amount_1000 is an integer',
    body: { ...wa, template: { ...template, components: [{ type: 'body', parameters: [{ type: 'text', text: 'a' }, { type: 'currency', currency: { ...currency, amount_1000: '1000' } }] }] } },
    pointer: '/template/components/0/parameters/1/currency/amount_1000',
  },
  {
    rule: 'a currency needs its code',
    body: { ...wa, template: { ...template, components: [{ type: 'body', parameters: [{ type: 'currency', currency: { fallback_value: '$1', amount_1000: 1 } }] }] } },
    pointer: '/template/components/0/parameters/0/currency/currency_code',
  },
  { rule: 'interactive type is list, button or cta_url', body: { ...wa, interactive: { ...button, type: 'reply' } }, pointer: '/interactive/type' },
  { rule: 'interactive needs a body', body: { ...wa, interactive: { type: 'button', action: button.action } }, pointer: '/interactive/body' },
  { rule: 'reply buttons need an id', body: { ...wa, interactive: { ...button, action: { buttons: [{ title: 'A' }] } } }, pointer: '/interactive/action/buttons/0/id' },
  { rule: 'at most three reply buttons', body: { ...wa, interactive: { ...button, action: { buttons: [1, 2, 3, 4].map((i) => ({ id: `${i}`, title: `${i}` })) } } }, pointer: '/interactive/action/buttons' },
  { rule: 'a list needs sections', body: { ...wa, interactive: { type: 'list', body: { text: 'x' }, action: { buttons: [{ title: 'Menu' }] } } }, pointer: '/interactive/action/sections' },
  { rule: 'a cta_url button needs its URL', body: { ...wa, interactive: { type: 'cta_url', body: { text: 'x' }, action: { buttons: [{ title: 'Go' }] } } }, pointer: '/interactive/action/buttons/0/cta_url' },
  { rule: 'button titles are at most 20 characters', body: { ...wa, interactive: { ...button, action: { buttons: [{ id: 'a', title: 'x'.repeat(21) }] } } }, pointer: '/interactive/action/buttons/0/title' },
  { rule: 'coordinates are strings', body: { ...wa, location: { latitude: 37.4, longitude: '122.1' } }, pointer: '/location/latitude' },
  { rule: 'a location needs a longitude', body: { ...wa, location: { latitude: '37.4' } }, pointer: '/location/longitude' },
  { rule: 'dst is a string', body: { ...sms, dst: 14155550123 }, pointer: '/dst' },
  { rule: 'sms takes no media_ids', body: { ...sms, media_ids: ['m1'] }, pointer: '/media_ids' },
  { rule: 'sms text is not null', body: { ...sms, text: null }, pointer: '/text' },
  { rule: 'whatsapp media_urls as a string holds one URL', body: { ...wa, media_urls: 'https://e.com/a.png,https://e.com/b.png' }, pointer: '/media_urls' },
  { rule: 'message_expiry digit string has no leading zeros', body: { ...sms, message_expiry: '0005' }, pointer: '/message_expiry' },
  { rule: 'message_expiry is whole', body: { ...sms, message_expiry: 3.5 }, pointer: '/message_expiry' },
  { rule: 'a button index is one digit', body: { ...wa, template: { ...template, components: [{ type: 'button', sub_type: 'url', index: '10' }] } }, pointer: '/template/components/0/index' },
  { rule: 'sub_type is url or quick_reply', body: { ...wa, template: { ...template, components: [{ type: 'button', sub_type: 'call', index: '0' }] } }, pointer: '/template/components/0/sub_type' },
  {
    rule: 'currency_code is three capitals',
    body: { ...wa, template: { ...template, components: [{ type: 'body', parameters: [{ type: 'currency', currency: { ...currency, currency_code: 'usd' } }] }] } },
    pointer: '/template/components/0/parameters/0/currency/currency_code',
  },
  { rule: 'a media parameter is a URL', body: { ...wa, template: { ...template, components: [{ type: 'header', parameters: [{ type: 'media', media: 'not a url' }] }] } }, pointer: '/template/components/0/parameters/0/media' },
  { rule: 'a carousel card index is at most 9', body: { ...wa, template: { ...template, components: [{ type: 'carousel', cards: [{ card_index: 10, components: [] }] }] } }, pointer: '/template/components/0/cards/0/card_index' },
  { rule: 'a text header needs text', body: { ...wa, interactive: { ...button, header: { type: 'text' } } }, pointer: '/interactive/header/text' },
  { rule: 'interactive body text is non-empty', body: { ...wa, interactive: { ...button, body: { text: '' } } }, pointer: '/interactive/body/text' },
  { rule: 'a list row needs an id', body: { ...wa, interactive: { ...list, action: { ...list.action, sections: [{ title: 'S', rows: [{ title: 'Row' }] }] } } }, pointer: '/interactive/action/sections/0/rows/0/id' },
  { rule: 'reply buttons take no sections', body: { ...wa, interactive: { ...button, action: { ...button.action, sections: list.action.sections } } }, pointer: '/interactive/action/sections' },
  { rule: 'a cta_url is a URL', body: { ...wa, interactive: { type: 'cta_url', body: { text: 'x' }, action: { buttons: [{ title: 'Go', cta_url: 'nope' }] } } }, pointer: '/interactive/action/buttons/0/cta_url' },
  { rule: 'latitude is decimal degrees', body: { ...wa, location: { ...location, latitude: 'north' } }, pointer: '/location/latitude' },
  { rule: 'location is closed', body: { ...wa, location: { ...location, zoom: 3 } }, pointer: '/location/zoom' },
];

describe('invalid send bodies: Prism and the client refuse them and name the same field', () => {
  for (const { rule, body, pointer, client } of cases) {
    it(`"${rule}" (${pointer})`, async () => {
      const prism = await postToPrism(inject('prismUrl'), body);
      expect(prism.rejected, `Prism accepted it with ${prism.status}`).toBe(true);
      // A 5xx would be Prism failing, not Prism refusing the body.
      expect(prism.status).toBeLessThan(500);
      const prismPointers = prism.violations.map(violationPointer);
      expect(prismPointers, JSON.stringify(prism.violations)).toContain(pointer);

      const result = validateSendMessageRequest(body);
      expect(result.ok).toBe(false);
      const issues = result.ok ? [] : result.issues;
      const named = client
        ? issues.filter((issue) => issue.path === client.path && issue.message.includes(client.mentions))
        : issues.filter((issue) => issue.path === pointer || issue.path.startsWith(`${pointer}/`));
      expect(named, JSON.stringify(issues)).not.toEqual([]);
    });
  }
});
