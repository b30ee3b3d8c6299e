import { describe, expect, inject, it } from 'vitest';
import { createPlivoClient, PlivoApiError, PlivoAuthError } from '../../src/index.js';
import { AUTH_ID } from '../support/fake-fetch.js';
import { basicAuth, postToPrism, sendPath } from '../support/prism-request.js';

const sms = { src: '14155550100', dst: '14155550123', text: 'Hello' };

describe('authentication against the Prism mock', () => {
  it('a request without Authorization gets 401', async () => {
    const answer = await postToPrism(inject('prismUrl'), sms, { auth: false });
    expect(answer.status).toBe(401);
  });

  it('the client maps that 401 to PlivoAuthError', async () => {
    const plivo = createPlivoClient({
      authId: AUTH_ID,
      authToken: 'x',
      baseUrl: inject('prismUrl'),
      maxRetries: 0,
      fetch: (request) => {
        const headers = new Headers(request.headers);
        headers.delete('authorization');
        return fetch(new Request(request, { headers }));
      },
    });
    const error = await plivo.messages.send(sms).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(PlivoAuthError);
    expect((error as PlivoAuthError).status).toBe(401);
    expect((error as PlivoAuthError).maybeSent).toBe(false);
  });
});

describe('the mock of this run', () => {
  it('is a live process while the tests run', async () => {
    const pid = inject('prismPid');
    expect(Number.isInteger(pid)).toBe(true);
    expect(() => process.kill(pid, 0)).not.toThrow();
    const response = await fetch(`${inject('prismUrl')}/v1/Account/${AUTH_ID}/Message/`);
    await response.body?.cancel();
    expect(response.status).toBe(401);
  });
});

describe("the mock's 400 answers", () => {
  it.each<[string, unknown, string]>([
    ['an expiry below the range', { ...sms, message_expiry: 3 }, 'invalid request: /message_expiry must be >= 5 (got 3)'],
    ['a missing text', { src: sms.src, dst: sms.dst }, 'invalid request: /text is required'],
    ['the media_url typo', { ...sms, media_url: 'https://example.com/a.png' }, 'invalid request: /media_url is not a known field'],
    ['an unknown channel and no sender', { dst: sms.dst, text: 'Hello', type: 'fax' }, 'invalid request: /powerpack_uuid is required; /type must be equal to one of the allowed values: sms, mms, whatsapp (got "fax")'],
    ['a method and a log value Plivo does not take', { ...sms, method: 'PUT', log: 'yes' }, 'invalid request: /method must be equal to one of the allowed values: GET, POST (got "PUT"); /log must be equal to one of the allowed values: true, false, content_only, number_only (got "yes")'],
  ])('name the violations of %s in Plivo\'s error shape, keeping sl-violations', async (_name, body, error) => {
    const answer = await postToPrism(inject('prismUrl'), body);
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({ api_id: expect.any(String), error });
    expect(answer.violations.length).toBeGreaterThan(0);
  });

  it('name a query parameter out of range', async () => {
    const response = await fetch(`${inject('prismUrl')}${sendPath()}?limit=5000`, { headers: { authorization: basicAuth() } });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ api_id: expect.any(String), error: 'invalid request: query limit must be <= 20 (got "5000")' });
    expect(response.headers.get('sl-violations')).toContain('limit');
  });

  it('reach a client with validate: false as a PlivoApiError that says why', async () => {
    const plivo = createPlivoClient({ authId: AUTH_ID, authToken: 'x', baseUrl: inject('prismUrl'), validate: false, maxRetries: 0 });
    const error = await plivo.messages.send({ ...sms, message_expiry: 3 }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(PlivoApiError);
    expect((error as PlivoApiError).message).toContain('invalid request: /message_expiry must be >= 5 (got 3)');
    expect((error as PlivoApiError).maybeSent).toBe(false);
  });

  it('pass valid requests through untouched', async () => {
    const answer = await postToPrism(inject('prismUrl'), sms);
    expect(answer.status).toBe(202);
    expect(answer.violations).toEqual([]);
    expect(answer.body).toMatchObject({ message: expect.any(String), message_uuid: expect.any(Array) });
  });
});
