import { describe, expect, it } from 'vitest';
import { PlivoWebhookError, signCallbackV2, signCallbackV3, verifyRequest } from '../../../src/webhooks/index.js';
import type { VerifyRequestResult } from '../../../src/webhooks/index.js';
import { PlivoArgumentError } from '../../../src/index.js';

const authToken = 'test-auth-token-0123456789';
const nonce = '31627761595286130198';
const url = 'https://hooks.example.com/plivo/status';
const fields = { MessageUUID: 'db3ce55a-7f1d-11e1-8ea7-1231380bc196', Status: 'delivered', Units: '1', ErrorCode: '000' };
const FORM = { 'Content-Type': 'application/x-www-form-urlencoded' };

async function signedPost(options: { target?: string; signedUrl?: string; body?: Record<string, string>; headers?: Record<string, string> } = {}): Promise<Request> {
  const body = options.body ?? fields;
  const signature = await signCallbackV3({ url: options.signedUrl ?? options.target ?? url, method: 'POST', params: body, nonce, authToken });
  return new Request(options.target ?? url, {
    method: 'POST',
    headers: { ...FORM, 'X-Plivo-Signature-V3': signature, 'X-Plivo-Signature-V3-Nonce': nonce, ...options.headers },
    body: new URLSearchParams(body).toString(),
  });
}

function errorOf(result: VerifyRequestResult): PlivoWebhookError {
  if (result.ok) throw new Error('expected a rejection');
  return result.error;
}

describe('verifyRequest', () => {
  it('hands over the raw fields of a signed callback with a status the schema does not know', async () => {
    const body = { ...fields, Status: 'archived' };
    const error = errorOf(await verifyRequest(await signedPost({ body }), { authToken }));
    expect(error.code).toBe('invalid_payload');
    expect(error.issues.map((i) => i.path)).toContain('/Status');
    expect(error.fields).toEqual(body);
    const unsigned = errorOf(await verifyRequest(await signedPost({ body, headers: { 'X-Plivo-Signature-V3': 'AAAA' } }), { authToken }));
    expect(unsigned.code).toBe('invalid_signature');
    expect(unsigned.fields).toBeUndefined();
  });

  it('accepts a signature made with any of several tokens (main and subaccount, or during rotation)', async () => {
    await expect(verifyRequest(await signedPost(), { authToken: ['old-token-for-rotation', authToken] })).resolves.toMatchObject({ ok: true, signatureVersion: 'v3' });
    const rejected = await verifyRequest(await signedPost(), { authToken: ['old-token-for-rotation', 'another-token'] });
    expect(errorOf(rejected).code).toBe('invalid_signature');
    await expect(verifyRequest(await signedPost(), { authToken: [] })).rejects.toMatchObject({ name: 'PlivoArgumentError', argument: 'options.authToken' });
    await expect(verifyRequest(await signedPost(), { authToken: [authToken, ''] })).rejects.toThrow(PlivoArgumentError);
  });

  it('accepts a V3-signed POST form and returns the typed callback', async () => {
    const request = await signedPost();
    await expect(verifyRequest(request, { authToken })).resolves.toEqual({ ok: true, callback: fields, signatureVersion: 'v3', urlParams: {} });
    expect(request.bodyUsed).toBe(true);
  });

  it('accepts a POST whose URL has its own query', async () => {
    await expect(verifyRequest(await signedPost({ target: `${url}?tenant=acme` }), { authToken })).resolves.toMatchObject({ ok: true });
  });

  it('accepts the main-account header X-Plivo-Signature-Ma-V3', async () => {
    const signature = await signCallbackV3({ url, method: 'POST', params: fields, nonce, authToken });
    const request = new Request(url, { method: 'POST', headers: { ...FORM, 'X-Plivo-Signature-Ma-V3': signature, 'X-Plivo-Signature-V3-Nonce': nonce }, body: new URLSearchParams(fields) });
    await expect(verifyRequest(request, { authToken })).resolves.toMatchObject({ ok: true, signatureVersion: 'v3' });
  });

  it('accepts a match in either V3 header when both are sent', async () => {
    const request = await signedPost({ headers: { 'X-Plivo-Signature-V3': 'AAAA', 'X-Plivo-Signature-Ma-V3': await signCallbackV3({ url, method: 'POST', params: fields, nonce, authToken }) } });
    await expect(verifyRequest(request, { authToken })).resolves.toMatchObject({ ok: true });
  });

  it('accepts a header with two signatures where the second is right', async () => {
    const right = await signCallbackV3({ url, method: 'POST', params: fields, nonce, authToken });
    const wrong = await signCallbackV3({ url, method: 'POST', params: fields, nonce, authToken: 'old-token' });
    const request = await signedPost({ headers: { 'X-Plivo-Signature-V3': `${wrong},${right}` } });
    await expect(verifyRequest(request, { authToken })).resolves.toMatchObject({ ok: true });
  });

  it('accepts a V3-signed GET, reading the fields from the query', async () => {
    const target = `${url}?${new URLSearchParams(fields)}`;
    const signature = await signCallbackV3({ url: target, method: 'GET', nonce, authToken });
    const request = new Request(target, { headers: { 'X-Plivo-Signature-V3': signature, 'X-Plivo-Signature-V3-Nonce': nonce } });
    await expect(verifyRequest(request, { authToken })).resolves.toEqual({ ok: true, callback: fields, signatureVersion: 'v3', urlParams: {} });
  });

  it('accepts a V2-only request and says so', async () => {
    const signature = await signCallbackV2({ url, nonce, authToken });
    const request = new Request(url, { method: 'POST', headers: { ...FORM, 'X-Plivo-Signature-V2': signature, 'X-Plivo-Signature-V2-Nonce': nonce }, body: new URLSearchParams(fields) });
    await expect(verifyRequest(request, { authToken })).resolves.toEqual({ ok: true, callback: fields, signatureVersion: 'v2', urlParams: {} });
  });

  it('turns a V2-only request down when allowV2 is false', async () => {
    const signature = await signCallbackV2({ url, nonce, authToken });
    const request = new Request(url, { method: 'POST', headers: { ...FORM, 'X-Plivo-Signature-V2': signature, 'X-Plivo-Signature-V2-Nonce': nonce }, body: new URLSearchParams(fields) });
    const error = errorOf(await verifyRequest(request, { authToken, allowV2: false }));
    expect(error.code).toBe('missing_signature');
    expect(error.message).toContain('X-Plivo-Signature-V3');
  });

  describe('no fallback from V3 to V2', () => {
    it('fails on a wrong V3 signature even when a valid V2 signature is present', async () => {
      const v2 = await signCallbackV2({ url, nonce, authToken });
      const request = await signedPost({ headers: { 'X-Plivo-Signature-V3': 'ehV3IKhLysWBxC1sy8INm0qGoQYdYsHwuoKjsX7FsXc=', 'X-Plivo-Signature-V2': v2, 'X-Plivo-Signature-V2-Nonce': nonce } });
      expect(errorOf(await verifyRequest(request, { authToken })).code).toBe('invalid_signature');
    });

    it('fails on an empty V3 header even when a valid V2 signature is present', async () => {
      const v2 = await signCallbackV2({ url, nonce, authToken });
      const request = await signedPost({ headers: { 'X-Plivo-Signature-V3': '', 'X-Plivo-Signature-V2': v2, 'X-Plivo-Signature-V2-Nonce': nonce } });
      expect(errorOf(await verifyRequest(request, { authToken })).code).toBe('invalid_signature');
    });

    it('fails on a lone V3 nonce even when a valid V2 signature is present', async () => {
      const v2 = await signCallbackV2({ url, nonce, authToken });
      const request = new Request(url, { method: 'POST', headers: { ...FORM, 'X-Plivo-Signature-V3-Nonce': nonce, 'X-Plivo-Signature-V2': v2, 'X-Plivo-Signature-V2-Nonce': nonce }, body: new URLSearchParams(fields) });
      const error = errorOf(await verifyRequest(request, { authToken }));
      expect(error.code).toBe('missing_signature');
      expect(error.message).toBe('X-Plivo-Signature-V3-Nonce was sent without X-Plivo-Signature-V3 or X-Plivo-Signature-Ma-V3.');
    });
  });

  describe('missing headers', () => {
    it('names every header it expected when none was sent', async () => {
      const request = new Request(url, { method: 'POST', headers: FORM, body: new URLSearchParams(fields) });
      const error = errorOf(await verifyRequest(request, { authToken }));
      expect(error).toBeInstanceOf(PlivoWebhookError);
      expect(error.code).toBe('missing_signature');
      for (const header of ['X-Plivo-Signature-V3', 'X-Plivo-Signature-Ma-V3', 'X-Plivo-Signature-V3-Nonce', 'X-Plivo-Signature-V2', 'X-Plivo-Signature-Ma-V2', 'X-Plivo-Signature-V2-Nonce']) {
        expect(error.message).toContain(header);
      }
      expect(request.bodyUsed).toBe(false);
    });

    it('names the nonce header when only the V3 signature was sent', async () => {
      const request = new Request(url, { method: 'POST', headers: { ...FORM, 'X-Plivo-Signature-V3': 'AAAA' }, body: 'a=b' });
      const error = errorOf(await verifyRequest(request, { authToken }));
      expect(error.code).toBe('missing_signature');
      expect(error.message).toContain('X-Plivo-Signature-V3-Nonce');
    });

    it('names the V2 nonce header when only the V2 signature was sent', async () => {
      const request = new Request(url, { method: 'POST', headers: { ...FORM, 'X-Plivo-Signature-V2': 'AAAA' }, body: 'a=b' });
      expect(errorOf(await verifyRequest(request, { authToken })).message).toContain('X-Plivo-Signature-V2-Nonce');
    });
  });

  describe('tampering', () => {
    it('fails when one byte of the body changes', async () => {
      const signature = await signCallbackV3({ url, method: 'POST', params: fields, nonce, authToken });
      const tampered = new URLSearchParams(fields).toString().replace('delivered', 'delivereD');
      const request = new Request(url, { method: 'POST', headers: { ...FORM, 'X-Plivo-Signature-V3': signature, 'X-Plivo-Signature-V3-Nonce': nonce }, body: tampered });
      const error = errorOf(await verifyRequest(request, { authToken }));
      expect(error.code).toBe('invalid_signature');
      expect(error.message).toContain('publicUrl');
    });

    it('fails when the URL differs from the one signed', async () => {
      expect(errorOf(await verifyRequest(await signedPost({ target: `${url}x`, signedUrl: url }), { authToken })).code).toBe('invalid_signature');
    });

    it('fails when the nonce changes', async () => {
      const request = await signedPost({ headers: { 'X-Plivo-Signature-V3-Nonce': `${nonce}0` } });
      expect(errorOf(await verifyRequest(request, { authToken })).code).toBe('invalid_signature');
    });

    it('fails with another auth token', async () => {
      expect(errorOf(await verifyRequest(await signedPost(), { authToken: `${authToken}!` })).code).toBe('invalid_signature');
    });
  });

  describe('signing URL', () => {
    const publicUrl = 'https://public.example.com/plivo/status';

    it('uses publicUrl instead of request.url', async () => {
      const request = await signedPost({ target: 'http://10.0.0.5:8080/plivo/status', signedUrl: publicUrl });
      await expect(verifyRequest(request, { authToken, publicUrl })).resolves.toMatchObject({ ok: true });
    });

    it('fails behind a proxy without publicUrl', async () => {
      const request = await signedPost({ target: 'http://10.0.0.5:8080/plivo/status', signedUrl: publicUrl });
      expect(errorOf(await verifyRequest(request, { authToken })).code).toBe('invalid_signature');
    });

    it('keeps the request query when publicUrl has none', async () => {
      const request = await signedPost({ target: 'http://10.0.0.5:8080/plivo/status?tenant=acme', signedUrl: `${publicUrl}?tenant=acme` });
      await expect(verifyRequest(request, { authToken, publicUrl: new URL(publicUrl) })).resolves.toMatchObject({ ok: true });
    });

    it('uses the query of publicUrl when it has one', async () => {
      const request = await signedPost({ target: 'http://10.0.0.5:8080/plivo/status?internal=1', signedUrl: `${publicUrl}?tenant=acme` });
      await expect(verifyRequest(request, { authToken, publicUrl: `${publicUrl}?tenant=acme` })).resolves.toMatchObject({ ok: true });
    });

    it('keeps a publicUrl string exactly as written, without a trailing slash', async () => {
      const request = await signedPost({ target: 'http://10.0.0.5:8080/', signedUrl: 'https://public.example.com' });
      await expect(verifyRequest(request, { authToken, publicUrl: 'https://public.example.com' })).resolves.toMatchObject({ ok: true });
    });

    it('works for a GET behind a proxy with a fixed publicUrl', async () => {
      const query = `?${new URLSearchParams(fields)}`;
      const signature = await signCallbackV3({ url: publicUrl + query, method: 'GET', nonce, authToken });
      const request = new Request(`http://10.0.0.5:8080/plivo/status${query}`, { headers: { 'X-Plivo-Signature-V3': signature, 'X-Plivo-Signature-V3-Nonce': nonce } });
      await expect(verifyRequest(request, { authToken, publicUrl })).resolves.toEqual({ ok: true, callback: fields, signatureVersion: 'v3', urlParams: {} });
    });

    it('derives the URL from X-Forwarded-Proto and X-Forwarded-Host only when trusted', async () => {
      const forwarded = { 'X-Forwarded-Proto': 'https, http', 'X-Forwarded-Host': 'public.example.com, 10.0.0.5' };
      const request = () => signedPost({ target: 'http://10.0.0.5:8080/plivo/status', signedUrl: publicUrl, headers: forwarded });
      await expect(verifyRequest(await request(), { authToken, trustForwardedHeaders: true })).resolves.toMatchObject({ ok: true });
      expect(errorOf(await verifyRequest(await request(), { authToken })).code).toBe('invalid_signature');
    });

    it('ignores a forwarded host that is not a host', async () => {
      const request = await signedPost({ target: 'http://10.0.0.5:8080/plivo/status', headers: { 'X-Forwarded-Host': 'evil.example/x?' } });
      await expect(verifyRequest(request, { authToken, trustForwardedHeaders: true })).resolves.toMatchObject({ ok: true });
    });
  });

  describe('payload', () => {
    it('reports schema issues of a correctly signed callback', async () => {
      const error = errorOf(await verifyRequest(await signedPost({ body: { ...fields, Status: 'bounced' } }), { authToken }));
      expect(error.code).toBe('invalid_payload');
      expect(error.issues).toHaveLength(1);
      expect(error.issues[0]?.path).toBe('/Status');
      expect(error.message).toContain('/Status must be one of "queued"');
    });

    it('refuses a body that is not a urlencoded form', async () => {
      const request = await signedPost({ headers: { 'Content-Type': 'application/json' } });
      const error = errorOf(await verifyRequest(request, { authToken }));
      expect(error.code).toBe('invalid_payload');
      expect(error.message).toContain('application/x-www-form-urlencoded');
    });

    it('accepts a charset parameter on the content type', async () => {
      const request = await signedPost({ headers: { 'Content-Type': 'application/x-www-form-urlencoded; charset=utf-8' } });
      await expect(verifyRequest(request, { authToken })).resolves.toMatchObject({ ok: true });
    });
  });

  it('refuses methods other than GET and POST', async () => {
    const request = new Request(url, { method: 'PUT', headers: { 'X-Plivo-Signature-V3': 'AAAA', 'X-Plivo-Signature-V3-Nonce': nonce }, body: 'a=b' });
    expect(errorOf(await verifyRequest(request, { authToken })).code).toBe('unsupported_method');
  });

  it('throws on misuse: an empty auth token or a body already read', async () => {
    await expect(verifyRequest(await signedPost(), { authToken: '' })).rejects.toThrow(PlivoArgumentError);
    const request = await signedPost();
    await request.text();
    await expect(verifyRequest(request, { authToken })).rejects.toThrow(/request\.clone\(\)/);
    await expect(verifyRequest(request, { authToken })).rejects.toMatchObject({ name: 'PlivoArgumentError', argument: 'request', maybeSent: false });
  });
});
