import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createPlivoClient, PlivoError } from '../../../src/index.js';
import { AUTH_ID, AUTH_TOKEN, fakeFetch, hang, json, networkError } from '../../support/fake-fetch.js';

const sms = { src: '14155550100', dst: '14155550123', text: 'Hello' };
const basic = btoa(`${AUTH_ID}:${AUTH_TOKEN}`);

/** Every way an error is commonly printed or serialised, its cause chain included. */
function renderings(error: unknown): string[] {
  const out = [String(error), JSON.stringify(error), inspect(error, { depth: 10, showHidden: true }), (error as Error).stack ?? ''];
  let cause = (error as { cause?: unknown }).cause;
  while (cause !== undefined) {
    out.push(String(cause), JSON.stringify(cause), inspect(cause, { depth: 10, showHidden: true }));
    cause = (cause as { cause?: unknown }).cause;
  }
  return out;
}

// A fetch implementation that puts the whole request, headers included, into its error: the worst case.
const leakyFailure = (request: Request) => {
  const error = Object.assign(new TypeError(`request to ${request.url} failed, headers: Authorization=${request.headers.get('authorization')}`), {
    code: 'ECONNRESET',
    request,
    headers: Object.fromEntries(request.headers),
    config: { auth: `${AUTH_ID}:${AUTH_TOKEN}` },
  });
  return new TypeError('fetch failed', { cause: error });
};

describe('secrets never leak into errors', () => {
  it.each([
    ['an API error', () => fakeFetch(json(401, { error: `bad token ${AUTH_TOKEN}` }))],
    ['a connection error from a leaky fetch', () => fakeFetch(leakyFailure)],
    ['a refused connection', () => fakeFetch(networkError('ECONNREFUSED'), networkError('ECONNREFUSED'), networkError('ECONNREFUSED'))],
    ['a timeout', () => fakeFetch(hang)],
  ])('%s', async (_name, make) => {
    const fake = make();
    const plivo = createPlivoClient({ authId: AUTH_ID, authToken: AUTH_TOKEN, fetch: fake.fetch, timeoutMs: 20, retryBaseDelayMs: 1 });
    const error = await plivo.messages.send(sms).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    for (const text of renderings(error)) {
      expect(text).not.toContain(basic);
      if (!text.includes('bad token [redacted]')) expect(text).not.toContain(AUTH_TOKEN);
    }
  });

  it.each([
    ['before the request', 'onRequest'],
    ['after the answer', 'onResponse'],
  ] as const)('a middleware that fails %s quoting the credentials gives a redacted PlivoError that may have sent', async (_when, hook) => {
    const fake = fakeFetch(json(202, { api_id: 'a', message: 'queued', message_uuid: ['u'] }));
    const plivo = createPlivoClient({ authId: AUTH_ID, authToken: AUTH_TOKEN, fetch: fake.fetch });
    const fail = ({ request }: { request: Request }): never => {
      throw Object.assign(new Error(`cannot log ${request.headers.get('authorization')} for ${AUTH_ID}:${AUTH_TOKEN}`), { request, token: AUTH_TOKEN });
    };
    plivo.api.use(hook === 'onRequest' ? { onRequest: fail } : { onResponse: fail });
    const error = await plivo.messages.send(sms).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlivoError);
    expect((error as PlivoError).maybeSent).toBe(true);
    expect((error as Error).message).toContain('cannot log Basic [redacted] for [redacted]');
    for (const text of renderings(error)) {
      expect(text).not.toContain(basic);
      expect(text).not.toContain(AUTH_TOKEN);
    }
  });

  it('redacts the token even when the server echoes it in the error body message', async () => {
    const fake = fakeFetch(json(400, { error: `token ${AUTH_TOKEN} rejected` }));
    const plivo = createPlivoClient({ authId: AUTH_ID, authToken: AUTH_TOKEN, fetch: fake.fetch });
    const error = (await plivo.messages.send(sms).catch((e: unknown) => e)) as Error;
    expect(error.message).not.toContain(AUTH_TOKEN);
  });

  it('a validation error carries no credentials', async () => {
    const plivo = createPlivoClient({ authId: AUTH_ID, authToken: AUTH_TOKEN, fetch: fakeFetch().fetch });
    const error = await plivo.messages.send({ dst: '' } as never).catch((e: unknown) => e);
    for (const text of renderings(error)) expect(text).not.toContain(AUTH_TOKEN);
  });

  it('inspecting the client shows no token', () => {
    const plivo = createPlivoClient({ authId: AUTH_ID, authToken: AUTH_TOKEN });
    expect(inspect(plivo, { depth: 10, showHidden: true })).not.toContain(AUTH_TOKEN);
    expect(JSON.stringify(plivo)).not.toContain(AUTH_TOKEN);
  });
});
