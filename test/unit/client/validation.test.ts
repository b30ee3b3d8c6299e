import { describe, expect, it } from 'vitest';
import { createPlivoClient, PlivoValidationError, validateListMessagesQuery, validateSendMessageRequest } from '../../../src/index.js';
import openapi from '../../../generated/openapi.json' with { type: 'json' };
import { givenValue, valueAt } from '../../../src/validation/given-value.js';
import { keysOf, pointerOf } from '../../../src/validation/json-pointer.js';
import { LIST_QUERY_WORDING } from '../../../src/validation/list-query-wording.js';
import type { IssueWording } from '../../../src/validation/schema-issues.js';
import { SEND_BODY_WORDING } from '../../../src/validation/send-body-wording.js';
import { CALLBACK_WORDING } from '../../../src/webhooks/callback-wording.js';
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
        { path: '/message_expiry', message: 'must be a whole number of seconds from 5 to 10800, as an integer or a digit string (got 4)' },
        { path: '/template/components/0/parameters/1/currency/amount_1000', message: 'must be the amount times 1000 as an integer (100990 is 100.99) (got "1000")' },
      ]),
    );
    expect(issues).toHaveLength(3);
  });

  it('writes a field name holding / or ~ as one JSON pointer segment, and reads such a pointer back', () => {
    expect(issuesOf({ ...sms, 'a/b': 1, 'c~d': 2 })).toEqual([
      { path: '/a~1b', message: 'is not a known field' },
      { path: '/c~0d', message: 'is not a known field' },
    ]);
    expect(valueAt({ 'a/b': { 'c~d': 'found', '~1': 'not this' } }, '/a~1b/c~0d')).toBe('found');
    expect(valueAt({ '~1': 'literal' }, '/~01')).toBe('literal');
    expect(pointerOf(['a/b', 0, '~1'])).toBe('/a~1b/0/~01');
    expect(keysOf('/a~1b/0/~01')).toEqual(['a/b', '0', '~1']);
    expect([pointerOf([]), keysOf('')]).toEqual(['', []]);
  });

  it.each([
    ['neither sender', { dst: '14155550123', text: 'x' }, '/powerpack_uuid', /either src or powerpack_uuid/],
    ['both senders', { ...sms, powerpack_uuid: 'p' }, '/powerpack_uuid', /not both/],
    ['an SMS without text', { src: '1', dst: '14155550123' }, '/text', /required for an SMS/],
    ['a template on an SMS', { ...sms, template: { name: 'a', language: 'b' } }, '/template', /need type whatsapp/],
    ['an MMS without media', { ...sms, type: 'mms' }, '/media_urls', /media_urls or media_ids/],
    ['WhatsApp through a Powerpack', { powerpack_uuid: 'p', dst: '14155550123', type: 'whatsapp', text: 'x' }, '/src', /Powerpack cannot send WhatsApp/],
    ['an empty WhatsApp message', { src: '1', dst: '14155550123', type: 'whatsapp' }, '', /needs something to send/],
    ['a bad category', { ...sms, dlt_template_category: 'otp' }, '/dlt_template_category', /^must be one of "transactional", "promotional", "service_implicit", "service_explicit" \(got "otp"\)$/],
    ['a numeric button index', { src: '1', dst: '14155550123', type: 'whatsapp', template: { name: 'a', language: 'b', components: [{ type: 'button', index: 0 }] } }, '/template/components/0/index', /digit string/],
    ['a bad expiry string', { ...sms, message_expiry: '10801' }, '/message_expiry', /5 to 10800.*\(got "10801"\)/],
    ['a relative callback URL', { ...sms, url: '/status' }, '/url', /absolute http\(s\) URL/],
    ['an FTP callback URL', { ...sms, url: 'ftp://example.com/status' }, '/url', /absolute http\(s\) URL.*\(got "ftp:\/\/example.com\/status"\)/],
  ])('explains %s', (_name, body, path, message) => {
    const issue = issuesOf(body).find((i) => i.path === path);
    expect(issue?.message).toMatch(message);
  });

  it('judges the SMS limits in characters, as documented: 1,600 GSM-7 characters even with an extension character', () => {
    expect(issuesOf({ ...sms, text: 'a'.repeat(1599) + '€' })).toEqual([]);
    expect(issuesOf({ ...sms, text: 'a'.repeat(1600) + '€' })).toEqual([
      { path: '/text', message: 'must be at most 1600 characters for this message type (got "aaaaaaaaaaaaaaaaaaaaaaaa…" (1601 characters))' },
    ]);
  });

  it('limits SMS text with a character outside GSM-7 to 737 characters, an emoji counting one', () => {
    expect(issuesOf({ ...sms, text: 'ж'.repeat(736) + '😀' })).toEqual([]);
    expect(issuesOf({ ...sms, text: 'ж'.repeat(737) + '😀' })).toEqual([{ path: '/text', message: 'is 738 characters; an SMS with characters outside GSM-7 (here "ж" "😀") allows 737' }]);
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
    expect(issuesOf({ ...wa, location: { latitude: '91', longitude: '0' } })).toEqual([{ path: '/location/latitude', message: 'must be between -90 and 90 (got "91")' }]);
    const rows = Array.from({ length: 6 }, (_, i) => ({ id: `r${i}`, title: `Row ${i}` }));
    expect(issuesOf({ ...wa, interactive: { type: 'list', body: { text: 'x' }, action: { sections: [{ title: 'A', rows }, { title: 'B', rows }] } } })[0]?.path).toBe('/interactive/action/sections');
  });
});

describe('what a user reads for each mistake', () => {
  const wa = { src: '14155550100', dst: '14155550123', type: 'whatsapp' };
  const mms = { src: '14155550100', dst: '14155550123', type: 'mms' };
  const url = (n: number) => `https://example.com/m/${n}.png`;

  it.each<[string, unknown, Array<{ path: string; message: string }>]>([
    ['an unsupported method', { ...sms, method: 'PUT' }, [{ path: '/method', message: 'must be one of "GET", "POST" (got "PUT")' }]],
    ['an expiry below the range', { ...sms, message_expiry: 3 }, [{ path: '/message_expiry', message: 'must be a whole number of seconds from 5 to 10800, as an integer or a digit string (got 3)' }]],
    ['an expiry that is not a number', { ...sms, message_expiry: 'abc' }, [{ path: '/message_expiry', message: 'must be a whole number of seconds from 5 to 10800, as an integer or a digit string (got "abc")' }]],
    ['1,700 characters of GSM-7 text', { ...sms, text: 'a'.repeat(1700) }, [{ path: '/text', message: 'must be at most 1600 characters for this message type (got "aaaaaaaaaaaaaaaaaaaaaaaa…" (1700 characters))' }]],
    ['1,700 characters of Cyrillic text', { ...sms, text: 'ж'.repeat(1700) }, [{ path: '/text', message: 'is 1700 characters; an SMS with characters outside GSM-7 (here "ж") allows 737' }]],
    ['an empty dst', { ...sms, dst: '' }, [{ path: '/dst', message: 'needs at least one phone number (got "")' }]],
    ['a numeric src', { ...sms, src: 14155550100 }, [{ path: '/src', message: 'must be a string (got 14155550100)' }]],
    ['a word as destination', { ...sms, dst: 'call-me' }, [{ path: '/dst', message: '"call-me" contains letters, which a phone number cannot have; a destination is digits starting with the country code, at most 14 after removing / - . + ( ) and spaces' }]],
    ['no sender at all', { dst: '14155550123', text: 'Hi' }, [{ path: '/powerpack_uuid', message: 'either src or powerpack_uuid is required' }]],
    ['an image and a media ID on WhatsApp', { ...wa, media_urls: [url(1)], media_ids: ['801c2056'] }, [{ path: '/media_urls', message: 'has 2 media files (1 in media_urls, 1 in media_ids); WhatsApp takes at most 1' }]],
    ['10 URLs and 10 media IDs on an MMS', { ...mms, media_urls: Array.from({ length: 10 }, (_, i) => url(i)), media_ids: Array.from({ length: 10 }, (_, i) => `id${i}`) }, [{ path: '/media_urls', message: 'has 20 media files (10 in media_urls, 10 in media_ids); an MMS takes at most 10' }]],
    ['11 comma-separated URLs on an MMS', { ...mms, media_urls: Array.from({ length: 11 }, (_, i) => url(i)).join(',') }, [{ path: '/media_urls', message: 'has 11 media files; an MMS takes at most 10' }]],
    ['a comma-separated string that is not URLs', { ...mms, media_urls: 'not a url' }, [{ path: '/media_urls', message: 'must be http(s) URLs separated by commas, e.g. "https://example.com/a.png,https://example.com/b.png" (got "not a url")' }]],
    ['an FTP media URL', { ...mms, media_urls: ['ftp://example.com/a.png'] }, [{ path: '/media_urls/0', message: 'must be an absolute http(s) URL, e.g. "https://example.com/status" (got "ftp://example.com/a.png")' }]],
    ['media on an SMS', { ...sms, media_urls: [url(1)] }, [{ path: '/media_urls', message: 'is not allowed in an SMS: media needs type mms or whatsapp, and template, interactive and location need type whatsapp (got an array of 1 item)' }]],
    ['a longitude of 200', { ...wa, location: { latitude: '37.483307', longitude: '200' } }, [{ path: '/location/longitude', message: 'must be between -180 and 180 (got "200")' }]],
  ])('%s', (_name, body, expected) => {
    expect(issuesOf(body)).toEqual(expected);
  });

  it('accepts what the documented limits allow', () => {
    expect(issuesOf({ ...sms, message_expiry: 10800 })).toEqual([]);
    expect(issuesOf({ ...sms, message_expiry: '10800' })).toEqual([]);
    expect(issuesOf({ ...mms, text: 'x'.repeat(5000), media_urls: `${url(1)}, ${url(2)}` })).toEqual([]);
    expect(issuesOf({ ...mms, media_urls: Array.from({ length: 5 }, (_, i) => url(i)), media_ids: Array.from({ length: 5 }, (_, i) => `id${i}`) })).toEqual([]);
  });

  it('describes a time filter in words, never as a regular expression', () => {
    expect(validateListMessagesQuery({ message_time__gte: 'yesterday' })).toEqual({
      ok: false,
      issues: [{ path: '/message_time__gte', message: 'must be a UTC time like "2024-05-01 10:00:00", with seconds and up to 6 decimals optional (got "yesterday")' }],
    });
  });

  it('has words for every pattern and format of each validated schema, in that schema\'s wording', () => {
    type Constraint = { field: string; pattern?: string; format?: string };
    const schemas = openapi.components.schemas as Record<string, unknown>;
    // Follows references, so a schema's wording covers the nested schemas it validates too.
    const constraintsOf = (root: unknown, rootField = ''): Constraint[] => {
      const found: Constraint[] = [];
      const seen = new Set<unknown>();
      const walk = (node: unknown, field: string): void => {
        if (Array.isArray(node)) return node.forEach((child) => walk(child, field));
        if (node === null || typeof node !== 'object' || seen.has(node)) return;
        seen.add(node);
        for (const [key, value] of Object.entries(node)) {
          if (key === 'pattern' && typeof value === 'string') found.push({ field, pattern: value });
          else if (key === 'format' && typeof value === 'string') found.push({ field, format: value });
          else if (key === '$ref' && typeof value === 'string') walk(schemas[value.split('/').pop()!], field);
          else if (key === 'properties' && value !== null && typeof value === 'object') for (const [name, child] of Object.entries(value)) walk(child, name);
          else walk(value, field);
        }
      };
      walk(root, rootField);
      return found;
    };
    const listParameters = openapi.paths['/v1/Account/{auth_id}/Message/'].get.parameters.map((p) =>
      '$ref' in p ? (openapi.components.parameters as Record<string, { in: string; name: string; schema: unknown }>)[p.$ref.split('/').pop()!]! : p,
    );
    const validated: Array<[string, Constraint[], IssueWording]> = [
      ['SendMessageRequest', constraintsOf(schemas.SendMessageRequest), SEND_BODY_WORDING],
      ['listMessages query', listParameters.filter((p) => p.in === 'query').flatMap((p) => constraintsOf(p.schema, p.name)), LIST_QUERY_WORDING],
      ['MessageStatusCallback', constraintsOf(schemas.MessageStatusCallback), CALLBACK_WORDING],
    ];
    const ruled = new Set(Object.values(SEND_BODY_WORDING.rules ?? {}).flatMap((rule) => (rule.pattern ? ['media_urls'] : [])));
    for (const [name, constraints, wording] of validated) {
      const unworded = constraints.filter(
        ({ field, pattern, format }) =>
          wording.fields?.[field] === undefined &&
          (pattern === undefined || wording.patterns?.[pattern] === undefined) &&
          (format === undefined || wording.formats?.[format] === undefined) &&
          !(wording === SEND_BODY_WORDING && ruled.has(field) && pattern === '^[^,]+$'),
      );
      expect(constraints.length, name).toBeGreaterThan(0);
      expect(unworded, name).toEqual([]);
    }
  });

  it('shortens long values and never echoes a secret-looking field', () => {
    const [issue] = issuesOf({ ...sms, type: 'x'.repeat(500) });
    expect(issue?.message).toBe('must be one of "sms", "mms", "whatsapp" (got "xxxxxxxxxxxxxxxxxxxxxxxx…" (500 characters))');
    expect(givenValue('S3CR3T-TOKEN', '/template/auth_token')).toBe('(hidden)');
    expect(givenValue({ a: 1 }, '/location')).toBe('an object');
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
    await expect(plivo.messages.list({ limit: 50 })).rejects.toMatchObject({ issues: [{ path: '/limit', message: 'must be at most 20 (got 50)' }] });
    expect(validateListMessagesQuery({ message_time__gt: 'yesterday' })).toMatchObject({ ok: false, issues: [{ path: '/message_time__gt' }] });
    expect(fake.requests).toHaveLength(0);
  });
});
