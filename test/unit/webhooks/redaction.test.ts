import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { signCallbackV3, verifyRequest, verifySignatureV3 } from '../../../src/webhooks/index.js';
import { PlivoArgumentError } from '../../../src/index.js';

const authToken = 'SECRET-token-Zm9vYmFyYmF6';
const url = 'https://hooks.example.com/plivo/status';
const fields = { MessageUUID: 'db3ce55a-7f1d-11e1-8ea7-1231380bc196', Status: 'delivered' };

function leaks(value: unknown): string[] {
  const views = [JSON.stringify(value), String(value), inspect(value, { depth: 10, showHidden: true })];
  if (value instanceof Error) views.push(value.message, value.stack ?? '');
  return views.filter((view) => view.includes(authToken));
}

async function request(headers: Record<string, string>, body: Record<string, string> = fields, method = 'POST'): Promise<Request> {
  return new Request(url, { method, headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers }, ...(method === 'GET' ? {} : { body: new URLSearchParams(body) }) });
}

describe('the auth token never leaks', () => {
  it('is absent from every kind of error verifyRequest returns', async () => {
    const nonce = '1';
    const signature = await signCallbackV3({ url, method: 'POST', params: { ...fields, Status: 'bounced' }, nonce, authToken });
    const cases = [
      await request({}),
      await request({ 'X-Plivo-Signature-V3': 'AAAA', 'X-Plivo-Signature-V3-Nonce': nonce }),
      await request({ 'X-Plivo-Signature-V3': signature, 'X-Plivo-Signature-V3-Nonce': nonce }, { ...fields, Status: 'bounced' }),
      await request({ 'X-Plivo-Signature-V3': signature }),
      new Request(url, { method: 'DELETE' }),
    ];
    const codes: string[] = [];
    for (const item of cases) {
      const result = await verifyRequest(item, { authToken });
      if (result.ok) throw new Error('expected a rejection');
      codes.push(result.error.code);
      expect(leaks(result.error)).toEqual([]);
      expect(leaks(result)).toEqual([]);
    }
    expect(codes).toEqual(['missing_signature', 'invalid_signature', 'invalid_payload', 'missing_signature', 'unsupported_method']);
  });

  it('is absent from a successful result', async () => {
    const nonce = '2';
    const signature = await signCallbackV3({ url, method: 'POST', params: fields, nonce, authToken });
    const result = await verifyRequest(await request({ 'X-Plivo-Signature-V3': signature, 'X-Plivo-Signature-V3-Nonce': nonce }), { authToken });
    expect(result.ok).toBe(true);
    expect(leaks(result)).toEqual([]);
  });

  it('is absent from errors thrown for misuse', async () => {
    const thrown = await verifySignatureV3({ url, method: 'PATCH', nonce: '3', signature: 'x', authToken }).catch((error: unknown) => error);
    expect(thrown).toBeInstanceOf(PlivoArgumentError);
    expect(leaks(thrown)).toEqual([]);
    const used = await request({ 'X-Plivo-Signature-V3': 'x', 'X-Plivo-Signature-V3-Nonce': '3' });
    await used.text();
    const bodyError = await verifyRequest(used, { authToken }).catch((error: unknown) => error);
    expect(bodyError).toBeInstanceOf(PlivoArgumentError);
    expect(leaks(bodyError)).toEqual([]);
  });
});
