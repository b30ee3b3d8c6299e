import { describe, expect, it } from 'vitest';
import { signCallbackV3, verifySignatureV3 } from '../../../src/webhooks/index.js';
import { v3SigningString } from '../../../src/webhooks/signature-v3.js';
import { PlivoArgumentError } from '../../../src/index.js';

// plivo-go utils_test.go Pass1–4 and plivo-ruby spec/signature_spec.rb.
const authToken = 'Y2Q2ZDgxZmY5YWRiOTI5YmQ1Njg0MTAxZWIyOTc4';
const nonce = '31627761595286130198';
const params: Record<string, string> = {
  Direction: 'outbound',
  From: '19792014278',
  ALegUUID: '3e82ae9d-2c78-4d85-b1a4-6eae7dbafb36',
  CallStatus: 'in-progress',
  BillRate: '0.002',
  ParentAuthID: 'MANWVLYTK4ZWU1YTY4QA',
  To: 'sip:PlivoSignature382029104058171078704104@phone-qa.voice.plivodev.com',
  ALegRequestUUID: '3e82ae9d-2c78-4d85-b1a4-6eae7dbafb36',
  CallUUID: '3e82ae9d-2c78-4d85-b1a4-6eae7dbafb36',
  RequestUUID: '3e82ae9d-2c78-4d85-b1a4-6eae7dbafb36',
  'SIP-H-To': '<sip:PlivoSignature382029104058171078704104@52.9.11.55;transport=udp>;tag=1',
  SessionStart: '2020-04-08 11:34:33.238707',
  Event: 'StartApp',
};
const withQuery = 'https://plivobin.non-prod.plivops.com/api/v1/validate_signature03.xml/?a=b&c=d';
const withoutQuery = 'https://plivobin.non-prod.plivops.com/api/v1/validate_signature03.xml';

const vectors = [
  { name: '#1 POST with a query', method: 'POST', url: withQuery, expected: 'k7Pusd4OxCIjR5IfA9iedDNu/h/gbdYqdzG/MiYtd1c=' },
  { name: '#2 GET with a query', method: 'GET', url: withQuery, expected: 'UBq8jAtd32wR8EK9VgxbBn4n5rpI/l1H9iN4WfSEHFQ=' },
  { name: '#3 POST without a query', method: 'POST', url: withoutQuery, expected: 'iAjE5QqI37mbkYe4w3jTMudqEzbDufdqi7sYwTu64e0=' },
  { name: '#4 GET without a query', method: 'GET', url: withoutQuery, expected: 'i/MQsaQSAd6fiKhOh2qeeeLHZ9faldADSb3/7+Akfbc=' },
] as const;

function flipFirstByte(signature: string): string {
  const bytes = Uint8Array.from(atob(signature), (char) => char.charCodeAt(0));
  bytes[0] = (bytes[0] ?? 0) ^ 1;
  return btoa(String.fromCharCode(...bytes));
}

describe('V3 signatures', () => {
  it('uses the 13 parameters of the published vectors', () => {
    expect(Object.keys(params)).toHaveLength(13);
  });

  for (const vector of vectors) {
    it(`reproduces vector ${vector.name}`, async () => {
      await expect(signCallbackV3({ url: vector.url, method: vector.method, params, nonce, authToken })).resolves.toBe(vector.expected);
      await expect(verifySignatureV3({ url: vector.url, method: vector.method, params, nonce, authToken, signature: vector.expected })).resolves.toBe(true);
    });

    it(`rejects vector ${vector.name} with another token`, async () => {
      await expect(verifySignatureV3({ url: vector.url, method: vector.method, params, nonce, authToken: `${authToken}x`, signature: vector.expected })).resolves.toBe(false);
    });
  }

  it('builds the exact string signed for vector #3', () => {
    expect(v3SigningString({ url: withoutQuery, method: 'POST', params, nonce })).toBe(
      'https://plivobin.non-prod.plivops.com/api/v1/validate_signature03.xml?ALegRequestUUID3e82ae9d-2c78-4d85-b1a4-6eae7dbafb36ALegUUID3e82ae9d-2c78-4d85-b1a4-6eae7dbafb36BillRate0.002CallStatusin-progressCallUUID3e82ae9d-2c78-4d85-b1a4-6eae7dbafb36DirectionoutboundEventStartAppFrom19792014278ParentAuthIDMANWVLYTK4ZWU1YTY4QARequestUUID3e82ae9d-2c78-4d85-b1a4-6eae7dbafb36SIP-H-To<sip:PlivoSignature382029104058171078704104@52.9.11.55;transport=udp>;tag=1SessionStart2020-04-08 11:34:33.238707Tosip:PlivoSignature382029104058171078704104@phone-qa.voice.plivodev.com.31627761595286130198',
    );
  });

  it('puts the query, a dot, then the concatenated fields after the path for a POST with a query (#1)', () => {
    expect(v3SigningString({ url: withQuery, method: 'POST', params, nonce })).toMatch(/validate_signature03\.xml\/\?a=b&c=d\.ALegRequestUUID3e82/);
  });

  it('joins merged query and fields as sorted k=v pairs for GET (#4)', () => {
    const signed = v3SigningString({ url: withoutQuery, method: 'GET', params, nonce });
    expect(signed).toMatch(/validate_signature03\.xml\?ALegRequestUUID=3e82ae9d-2c78-4d85-b1a4-6eae7dbafb36&ALegUUID=/);
    expect(signed.endsWith('&To=sip:PlivoSignature382029104058171078704104@phone-qa.voice.plivodev.com.31627761595286130198')).toBe(true);
  });

  it('signs the bare URL when there are no parameters at all', () => {
    expect(v3SigningString({ url: withoutQuery, method: 'POST', params: {}, nonce: 'n' })).toBe(`${withoutQuery}.n`);
    expect(v3SigningString({ url: withoutQuery, method: 'GET', nonce: 'n' })).toBe(`${withoutQuery}.n`);
  });

  it('signs a POST with only a query as the query without a trailing dot', () => {
    expect(v3SigningString({ url: `${withoutQuery}?b=2&a=1`, method: 'POST', params: {}, nonce: 'n' })).toBe(`${withoutQuery}?a=1&b=2.n`);
  });

  it('gives the same signature for a record, URLSearchParams and FormData', async () => {
    const fromRecord = await signCallbackV3({ url: withQuery, method: 'POST', params, nonce, authToken });
    const form = new FormData();
    for (const [key, value] of Object.entries(params)) form.append(key, value);
    await expect(signCallbackV3({ url: withQuery, method: 'POST', params: new URLSearchParams(params), nonce, authToken })).resolves.toBe(fromRecord);
    await expect(signCallbackV3({ url: withQuery, method: 'POST', params: form, nonce, authToken })).resolves.toBe(fromRecord);
  });

  it('sorts and emits every value of a repeated key', () => {
    const repeated = new URLSearchParams([['b', '2'], ['a', 'z'], ['a', 'y']]);
    expect(v3SigningString({ url: 'https://x.example/cb', method: 'POST', params: repeated, nonce: 'n' })).toBe('https://x.example/cb?ayazb2.n');
    expect(v3SigningString({ url: 'https://x.example/cb?a=x', method: 'GET', params: { a: ['z', 'w'] }, nonce: 'n' })).toBe('https://x.example/cb?a=w&a=x&a=z.n');
  });

  it('signs values decoded, not URL-encoded', () => {
    expect(v3SigningString({ url: 'https://x.example/cb?q=a%20b+c', method: 'GET', nonce: 'n' })).toBe('https://x.example/cb?q=a b c.n');
  });

  it('drops the fragment', () => {
    expect(v3SigningString({ url: 'https://x.example/cb?a=1#frag', method: 'GET', nonce: 'n' })).toBe('https://x.example/cb?a=1.n');
  });

  it('treats the method case-insensitively and refuses other methods', async () => {
    await expect(signCallbackV3({ url: withoutQuery, method: 'get', params, nonce, authToken })).resolves.toBe(vectors[3].expected);
    await expect(signCallbackV3({ url: withoutQuery, method: 'PUT', params, nonce, authToken })).rejects.toMatchObject({ name: 'PlivoArgumentError', argument: 'method' });
    await expect(signCallbackV3({ url: withoutQuery, method: 'PUT', params, nonce, authToken })).rejects.toThrow(PlivoArgumentError);
  });

  describe('tampering', () => {
    const good = { url: withQuery, method: 'POST', params, nonce, authToken, signature: vectors[0].expected } as const;

    it('fails when one byte of any parameter value changes', async () => {
      for (const key of Object.keys(params)) {
        const value = params[key] ?? '';
        const tampered = { ...params, [key]: `${value.slice(0, -1)}${value.endsWith('0') ? '1' : '0'}` };
        await expect(verifySignatureV3({ ...good, params: tampered }), key).resolves.toBe(false);
      }
    });

    it('fails when a parameter is added or removed', async () => {
      const { Event: _dropped, ...fewer } = params;
      await expect(verifySignatureV3({ ...good, params: fewer })).resolves.toBe(false);
      await expect(verifySignatureV3({ ...good, params: { ...params, Extra: '' } })).resolves.toBe(false);
    });

    it('fails when the URL, its query or its trailing slash changes', async () => {
      await expect(verifySignatureV3({ ...good, url: withQuery.replace('plivobin', 'plivobim') })).resolves.toBe(false);
      await expect(verifySignatureV3({ ...good, url: withQuery.replace('c=d', 'c=e') })).resolves.toBe(false);
      await expect(verifySignatureV3({ ...good, url: withQuery.replace('xml/?', 'xml?') })).resolves.toBe(false);
      await expect(verifySignatureV3({ ...good, url: withQuery.replace('https:', 'http:') })).resolves.toBe(false);
    });

    it('fails when the nonce changes', async () => {
      await expect(verifySignatureV3({ ...good, nonce: '31627761595286130199' })).resolves.toBe(false);
    });

    it('fails when one byte of the signature changes, or the method does', async () => {
      await expect(verifySignatureV3({ ...good, signature: flipFirstByte(good.signature) })).resolves.toBe(false);
      await expect(verifySignatureV3({ ...good, method: 'GET' })).resolves.toBe(false);
    });

    it('fails for a truncated, empty or non-base64 signature', async () => {
      await expect(verifySignatureV3({ ...good, signature: good.signature.slice(0, -4) })).resolves.toBe(false);
      await expect(verifySignatureV3({ ...good, signature: '' })).resolves.toBe(false);
      await expect(verifySignatureV3({ ...good, signature: '%%%%' })).resolves.toBe(false);
    });
  });

  describe('signature lists', () => {
    const good = { url: withQuery, method: 'POST', params, nonce, authToken } as const;

    it('passes when the second of two comma-separated signatures is right', async () => {
      const wrong = flipFirstByte(vectors[0].expected);
      await expect(verifySignatureV3({ ...good, signature: `${wrong},${vectors[0].expected}` })).resolves.toBe(true);
      await expect(verifySignatureV3({ ...good, signature: `${wrong}, ${vectors[0].expected}` })).resolves.toBe(true);
    });

    it('fails when no signature in the list is right', async () => {
      await expect(verifySignatureV3({ ...good, signature: `${flipFirstByte(vectors[0].expected)},${vectors[2].expected}` })).resolves.toBe(false);
    });
  });
});
