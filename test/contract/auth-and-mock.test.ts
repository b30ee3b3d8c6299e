import { describe, expect, inject, it } from 'vitest';
import { createPlivoClient, PlivoAuthError } from '../../src/index.js';
import { AUTH_ID } from '../support/fake-fetch.js';
import { postToPrism } from '../support/prism-request.js';

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
