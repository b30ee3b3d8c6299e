import { describe, expect, it } from 'vitest';
import { createPlivoClient, PlivoValidationError, validateListMessagesQuery, validateSendMessageRequest } from '../../../src/index.js';
import { AUTH_ID, AUTH_TOKEN, fakeFetch, json, QUEUED } from '../../support/fake-fetch.js';
import { sendExamples } from '../../support/spec-examples.js';

const sms = { src: '14155550100', dst: '14155550123', text: 'Hello' };
const issuesOf = (body: unknown) => {
  const result = validateSendMessageRequest(body);
  return result.ok ? [] : result.issues;
};

describe('validateSendMessageRequest', () => {
  it('accepts every example in spec/examples', () => {
    for (const example of sendExamples()) expect(validateSendMessageRequest(example.value), example.file).toEqual({ ok: true, value: example.value });
  });

  it('reports every issue with its JSON pointer, not only the first', () => {
    const issues = issuesOf({ src: '14155550100', dst: '14155550123', type: 'whatsapp', media_url: 'https://e.com/a.png', message_expiry: 4, template: { name: 'x', language: 'en', components: [{ type: 'body', parameters: [{ type: 'text', text: 'a' }, { type: 'currency', currency: { fallback_value: '$1', currency_code: 'USD', amount_1000: '1000' } }] }] } });
    expect(issues).toEqual(
      expect.arrayContaining([
        { path: '/media_url', message: 'is not a known field (did you mean media_urls?)' },
        { path: '/message_expiry', message: 'must be at least 5' },
        { path: '/template/components/0/parameters/1/currency/amount_1000', message: 'must be an integer: the amount times 1000 as an integer (100990 is 100.99)' },
      ]),
    );
    expect(issues).toHaveLength(3);
  });

  it.each([
    ['neither sender', { dst: '14155550123', text: 'x' }, '/powerpack_uuid', /either src or powerpack_uuid/],
    ['both senders', { ...sms, powerpack_uuid: 'p' }, '/powerpack_uuid', /not both/],
    ['an SMS without text', { src: '1', dst: '14155550123' }, '/text', /required for an SMS/],
    ['a template on an SMS', { ...sms, template: { name: 'a', language: 'b' } }, '/template', /need type whatsapp/],
    ['an MMS without media', { ...sms, type: 'mms' }, '/media_urls', /media_urls or media_ids/],
    ['WhatsApp through a Powerpack', { powerpack_uuid: 'p', dst: '14155550123', type: 'whatsapp', text: 'x' }, '/src', /Powerpack cannot send WhatsApp/],
    ['an empty WhatsApp message', { src: '1', dst: '14155550123', type: 'whatsapp' }, '', /needs something to send/],
    ['a bad category', { ...sms, dlt_template_category: 'otp' }, '/dlt_template_category', /^must be one of: "transactional", "promotional", "service_implicit", "service_explicit"$/],
    ['a numeric button index', { src: '1', dst: '14155550123', type: 'whatsapp', template: { name: 'a', language: 'b', components: [{ type: 'button', index: 0 }] } }, '/template/components/0/index', /digit string/],
    ['a bad expiry string', { ...sms, message_expiry: '10800' }, '/message_expiry', /5 to 10799/],
    ['a relative callback URL', { ...sms, url: '/status' }, '/url', /absolute URL/],
  ])('explains %s', (_name, body, path, message) => {
    const issue = issuesOf(body).find((i) => i.path === path);
    expect(issue?.message).toMatch(message);
  });

  it('counts GSM-7 extension characters twice against the 1600 limit', () => {
    expect(issuesOf({ ...sms, text: 'a'.repeat(1598) + '€' })).toEqual([]);
    expect(issuesOf({ ...sms, text: 'a'.repeat(1599) + '€' })).toEqual([{ path: '/text', message: expect.stringMatching(/1601 GSM-7 units/) }]);
  });

  it('limits UCS-2 SMS text to 737 code units, emoji counting two', () => {
    expect(issuesOf({ ...sms, text: 'é'.repeat(10) + 'ж'.repeat(727) })).toEqual([]);
    expect(issuesOf({ ...sms, text: 'ж'.repeat(736) + '😀' })[0]).toMatchObject({ path: '/text', message: expect.stringMatching(/738 UCS-2 units.*"ж"/) });
  });

  it('limits WhatsApp text to 4096, and a caption with media to 1024', () => {
    const wa = { src: '14155550100', dst: '14155550123', type: 'whatsapp' };
    expect(issuesOf({ ...wa, text: 'x'.repeat(4096) })).toEqual([]);
    expect(issuesOf({ ...wa, text: 'x'.repeat(4097) })[0]?.path).toBe('/text');
    expect(issuesOf({ ...wa, text: 'x'.repeat(1025), media_urls: ['https://e.com/a.png'] })[0]?.message).toMatch(/1024 for a caption/);
  });

  it('checks each destination and the 1000-number cap after sanitising', () => {
    expect(issuesOf({ ...sms, dst: '+1 (415) 555-0123<14155550124' })).toEqual([]);
    expect(issuesOf({ ...sms, dst: '14155550123<abc<0123' }).map((i) => i.message)).toEqual([expect.stringMatching(/^"abc"/), expect.stringMatching(/^"0123"/)]);
    const many = Array.from({ length: 1001 }, (_, i) => String(14155550000 + i)).join('<');
    expect(issuesOf({ ...sms, dst: many })).toEqual([{ path: '/dst', message: expect.stringMatching(/1001 unique numbers/) }]);
    const duplicates = Array.from({ length: 1500 }, (_, i) => String(14155550000 + (i % 1000))).join('<');
    expect(issuesOf({ ...sms, dst: duplicates })).toEqual([]);
  });

  it('limits sender IDs after sanitising: 14 digits or 11 alphanumerics', () => {
    expect(issuesOf({ ...sms, src: '+1 (415) 555-0100' })).toEqual([]);
    expect(issuesOf({ ...sms, src: '123456789012345' })[0]?.path).toBe('/src');
    expect(issuesOf({ ...sms, src: 'ACME-ALERTS' })).toEqual([]);
    expect(issuesOf({ ...sms, src: 'ACMEALERTS12' })[0]?.message).toMatch(/at most 11/);
  });

  it('checks coordinate ranges and the 10-row list limit', () => {
    const wa = { src: '1', dst: '14155550123', type: 'whatsapp' };
    expect(issuesOf({ ...wa, location: { latitude: '91', longitude: '0' } })).toEqual([{ path: '/location/latitude', message: 'must be between -90 and 90' }]);
    const rows = Array.from({ length: 6 }, (_, i) => ({ id: `r${i}`, title: `Row ${i}` }));
    expect(issuesOf({ ...wa, interactive: { type: 'list', body: { text: 'x' }, action: { sections: [{ title: 'A', rows }, { title: 'B', rows }] } } })[0]?.path).toBe('/interactive/action/sections');
  });
});

describe('send with validation', () => {
  it('throws PlivoValidationError listing every issue and never calls fetch', async () => {
    const fake = fakeFetch(json(202, QUEUED));
    const plivo = createPlivoClient({ authId: AUTH_ID, authToken: AUTH_TOKEN, fetch: fake.fetch });
    const error = (await plivo.messages.send({ src: '1', dst: 'abc', text: '', type: 'fax' } as never).catch((e: unknown) => e)) as PlivoValidationError;
    expect(error).toBeInstanceOf(PlivoValidationError);
    expect(error.issues.map((i) => i.path)).toEqual(['/dst', '/text', '/type']);
    expect(error.message).toContain('/type: must be one of');
    expect(error.maybeSent).toBe(false);
    expect(fake.requests).toHaveLength(0);
  });

  it('sends the body untouched with validate: false', async () => {
    const fake = fakeFetch(json(202, QUEUED));
    const plivo = createPlivoClient({ authId: AUTH_ID, authToken: AUTH_TOKEN, fetch: fake.fetch, validate: false });
    await plivo.messages.send({ src: '1', dst: 'abc', text: '' });
    expect(JSON.parse(fake.requests[0]!.body)).toEqual({ src: '1', dst: 'abc', text: '' });
  });

  it('validates list queries before sending', async () => {
    const fake = fakeFetch();
    const plivo = createPlivoClient({ authId: AUTH_ID, authToken: AUTH_TOKEN, fetch: fake.fetch });
    await expect(plivo.messages.list({ limit: 50 })).rejects.toMatchObject({ issues: [{ path: '/limit', message: 'must be at most 20' }] });
    expect(validateListMessagesQuery({ message_time__gt: 'yesterday' })).toMatchObject({ ok: false, issues: [{ path: '/message_time__gt' }] });
    expect(fake.requests).toHaveLength(0);
  });
});
