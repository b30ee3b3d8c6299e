import { afterAll, describe, expect, it } from 'vitest';
import {
  PlivoAbortError,
  PlivoApiError,
  PlivoConnectionError,
  PlivoRateLimitError,
  PlivoResponseError,
  PlivoServerError,
  PlivoTimeoutError,
} from '../../src/index.js';
import { CUT_MARK, MAX_ERROR_BODY_BYTES, MAX_RESPONSE_BYTES, UNREAD_MARK } from '../../src/client/read-body.js';
import { accepted, cutBody, headThenStall, resetAfterRead, sendJson } from './support/answers.js';
import { AUTH_TOKEN, BASIC, checkedErrors, faultClient, rejection } from './support/secrets.js';
import { refusedPort, startNetServer, unacceptingPort } from './support/servers.js';
import { useFaultServers } from './support/harness.js';

const sms = { src: '14155550100', dst: '14155550123', text: 'Hello' };
const { keep, http } = useFaultServers();
afterAll(() => {
  // Every test below checks the errors it gets; this proves the checks ran.
  expect(checkedErrors()).toBeGreaterThanOrEqual(20);
});


describe('send, phase by phase, on real sockets', () => {
  it('refused connection: not sent, so it is retried, and reports maybeSent false', async () => {
    const port = await refusedPort();
    const error = await rejection(faultClient(`http://127.0.0.1:${port}`).messages.send(sms));
    expect(error).toBeInstanceOf(PlivoConnectionError);
    expect((error as PlivoConnectionError).maybeSent).toBe(false);
    expect((error as Error).message).toContain('nothing was sent');
  });

  it('connect that never completes: bounded below the attempt timeout, counted as not sent', async () => {
    const target = await unacceptingPort();
    keep(target);
    const plivo = faultClient(`http://127.0.0.1:${target.port}`, { timeoutMs: 5000, connectTimeoutMs: 1000, maxRetries: 0 });
    const error = await rejection(plivo.messages.send(sms));
    expect(error).toBeInstanceOf(PlivoConnectionError);
    expect(error).not.toBeInstanceOf(PlivoTimeoutError);
    expect((error as PlivoConnectionError).maybeSent).toBe(false);
  });

  it('accepted and never read: times out with maybeSent true and is not sent again', async () => {
    const server = await startNetServer(() => undefined);
    keep(server);
    const error = await rejection(faultClient(server.url, { timeoutMs: 300 }).messages.send(sms));
    expect(error).toBeInstanceOf(PlivoTimeoutError);
    expect((error as PlivoTimeoutError).maybeSent).toBe(true);
    expect(server.connections()).toBe(1);
  });

  it('read then reset: may have been processed, so maybeSent true and no second request', async () => {
    const server = await http(resetAfterRead, accepted);
    const error = await rejection(faultClient(server.url).messages.send(sms));
    expect(error).toBeInstanceOf(PlivoConnectionError);
    expect((error as PlivoConnectionError).maybeSent).toBe(true);
    expect(server.received).toHaveLength(1);
  });

  it('202 headers then a stalled body: the attempt timeout still ends it, as an accepted answer that could not be read', async () => {
    const server = await http((request, response) => headThenStall(request, response, 202));
    const error = await rejection(faultClient(server.url, { timeoutMs: 300 }).messages.send(sms));
    expect(error).toBeInstanceOf(PlivoResponseError);
    expect(error).toMatchObject({ status: 202, problem: 'timeout', maybeSent: true, operation: 'sendMessage' });
    expect(server.received).toHaveLength(1);
  });

  it("202 headers then a stalled body: the caller's signal still ends it", async () => {
    const controller = new AbortController();
    const server = await http((request, response) => {
      headThenStall(request, response, 202);
      setTimeout(() => controller.abort(), 100);
    });
    const error = await rejection(faultClient(server.url, { timeoutMs: 10_000 }).messages.send(sms, { signal: controller.signal }));
    // Aborted once the headers are in, it is an accepted answer left unread; on a machine too busy to
    // have read the headers by then, it is an abort in flight. Either way the signal ended it, maybe sent.
    expect((error as PlivoAbortError).maybeSent).toBe(true);
    if (error instanceof PlivoResponseError) expect(error.problem).toBe('aborted');
    else expect(error).toBeInstanceOf(PlivoAbortError);
    expect(server.received).toHaveLength(1);
  });

  it.each([false, true])('202 whose body is cut off (chunked %s): unreadable, maybeSent true, not sent again', async (chunked) => {
    const server = await http((request, response) => cutBody(request, response, 202, chunked), accepted);
    const error = await rejection(faultClient(server.url).messages.send(sms));
    expect(error).toMatchObject({ name: 'PlivoResponseError', status: 202, problem: 'unreadable', maybeSent: true });
    expect(server.received).toHaveLength(1);
  });

  it.each([
    ['invalid JSON holding the token', `{"api_id":"bad-1","message_uuid":[${AUTH_TOKEN}`, 'invalid_json', 'bad-1'],
    ['an HTML page', '<html><body>Bad gateway</body></html>', 'invalid_json', undefined],
    ['an empty body', '', 'empty', undefined],
    ['JSON of another shape', '{"api_id":"odd-1","message":"queued"}', 'unexpected_shape', 'odd-1'],
    ['JSON null', 'null', 'unexpected_shape', undefined],
  ] as const)('202 with %s: PlivoResponseError, apiId when readable, no raw body in the message', async (_, body, problem, apiId) => {
    const server = await http((request, response) => sendJson(request, response, 202, body), accepted);
    const error = await rejection(faultClient(server.url).messages.send(sms));
    expect(error).toBeInstanceOf(PlivoResponseError);
    expect(error).toMatchObject({ status: 202, problem, maybeSent: true, apiId });
    if (body.length > 0) expect((error as Error).message).not.toContain(body.slice(0, 12));
    expect(server.received).toHaveLength(1);
  });

  it('an empty chunked 200 is reported as empty too', async () => {
    const server = await http((request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end();
    });
    expect(await rejection(faultClient(server.url).messages.send(sms))).toMatchObject({ name: 'PlivoResponseError', problem: 'empty' });
  });

  it('a 2xx larger than the read limit stops being read and is reported as too large', async () => {
    const huge = `{"api_id":"big-1","message_uuid":["${'x'.repeat(MAX_RESPONSE_BYTES)}"]}`;
    const server = await http((request, response) => sendJson(request, response, 202, huge));
    const error = await rejection(faultClient(server.url).messages.send(sms));
    expect(error).toMatchObject({ name: 'PlivoResponseError', problem: 'too_large', maybeSent: true });
    expect(server.received).toHaveLength(1);
  });

  it('a 20 MB error page is kept cut at 64 KB with a mark', async () => {
    const page = `<html>${AUTH_TOKEN}${'x'.repeat(20 * 1024 * 1024)}</html>`;
    const server = await http((request, response) => sendJson(request, response, 400, page, { 'content-type': 'text/html' }));
    const error = (await rejection(faultClient(server.url).messages.send(sms))) as PlivoApiError;
    expect(error).toBeInstanceOf(PlivoApiError);
    expect(error.maybeSent).toBe(false);
    expect(typeof error.body).toBe('string');
    expect((error.body as string).endsWith(CUT_MARK)).toBe(true);
    expect((error.body as string).length).toBeLessThanOrEqual(MAX_ERROR_BODY_BYTES + CUT_MARK.length);
  });

  it('an error status whose body stalls still gives the status error, refused, within the timeout', async () => {
    const server = await http((request, response) => headThenStall(request, response, 400));
    const error = (await rejection(faultClient(server.url, { timeoutMs: 300 }).messages.send(sms))) as PlivoApiError;
    expect(error).toBeInstanceOf(PlivoApiError);
    expect(error).toMatchObject({ status: 400, maybeSent: false, body: UNREAD_MARK });
  });

  it('429 with Retry-After in seconds, then 202: sent again after the wait, once', async () => {
    const server = await http((request, response) => sendJson(request, response, 429, { error: 'slow down' }, { 'retry-after': '0' }), accepted);
    const result = await faultClient(server.url).messages.send(sms);
    expect(result.api_id).toBe('accepted-1');
    expect(server.received).toHaveLength(2);
  });

  it('429 with Retry-After as an HTTP date, then 202', async () => {
    const server = await http(
      (request, response) => sendJson(request, response, 429, { error: 'slow down' }, { 'retry-after': new Date(Date.now() + 1000).toUTCString() }),
      accepted,
    );
    expect((await faultClient(server.url).messages.send(sms)).message_uuid).toHaveLength(1);
    expect(server.received).toHaveLength(2);
  });

  it('429 asking for longer than the client waits: PlivoRateLimitError, maybeSent false, no second request', async () => {
    const server = await http((request, response) => sendJson(request, response, 429, { error: 'later' }, { 'retry-after': '3600' }));
    const error = await rejection(faultClient(server.url).messages.send(sms));
    expect(error).toBeInstanceOf(PlivoRateLimitError);
    expect(error).toMatchObject({ retryAfterMs: 3_600_000, maybeSent: false });
    expect(server.received).toHaveLength(1);
  });

  it.each([500, 502, 503])('%i on a send: maybeSent true and never repeated', async (status) => {
    const server = await http((request, response) => sendJson(request, response, status, { api_id: 'srv-1', error: 'oops' }), accepted);
    const error = await rejection(faultClient(server.url).messages.send(sms));
    expect(error).toBeInstanceOf(PlivoServerError);
    expect(error).toMatchObject({ maybeSent: true, apiId: 'srv-1' });
    expect(server.received).toHaveLength(1);
  });

  it('an already-aborted signal: no connection at all, maybeSent false', async () => {
    const server = await http(accepted);
    const controller = new AbortController();
    controller.abort();
    const error = await rejection(faultClient(server.url).messages.send(sms, { signal: controller.signal }));
    expect(error).toBeInstanceOf(PlivoAbortError);
    expect((error as PlivoAbortError).maybeSent).toBe(false);
    expect(server.connections()).toBe(0);
  });

  it.each([301, 302, 307, 308])('a %i is never followed: the other server gets nothing and the send is not repeated', async (status) => {
    const elsewhere = await http(accepted);
    const server = await http((request, response) => {
      response.writeHead(status, { location: `${elsewhere.url}/v1/Account/elsewhere/Message/` });
      response.end();
    });
    const error = await rejection(faultClient(server.url).messages.send(sms));
    // Node refuses the redirect inside fetch, so the status is not seen and the send counts as maybe sent.
    expect(error).toBeInstanceOf(PlivoConnectionError);
    expect((error as PlivoConnectionError).maybeSent).toBe(true);
    expect(server.received).toHaveLength(1);
    expect(elsewhere.connections()).toBe(0);
  });

  it('the answer handed on is the whole body, readable again through plivo.api', async () => {
    const server = await http(accepted, accepted);
    const plivo = faultClient(server.url);
    const { data, response } = await plivo.api.POST('/v1/Account/{auth_id}/Message/', { params: { path: { auth_id: plivo.authId } }, body: sms });
    expect(data?.message_uuid).toHaveLength(1);
    expect(response.status).toBe(202);
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(response.url).toBe(`${server.url}/v1/Account/${plivo.authId}/Message/`);
    expect(await response.clone().json()).toEqual(data);
    expect(JSON.parse(new TextDecoder().decode(await response.arrayBuffer()))).toEqual(data);
    expect(JSON.parse(await new Response(response.body).text())).toEqual(data);
    expect(server.received).toHaveLength(1);
  });

  it('a 400 that echoes the credentials in its headers and body keeps none of them', async () => {
    const server = await http((request, response) =>
      sendJson(request, response, 400, { api_id: 'echo-1', error: `bad auth ${String(request.headers.authorization)} ${AUTH_TOKEN}` }),
    );
    const error = (await rejection(faultClient(server.url).messages.send(sms))) as PlivoApiError;
    expect(error.headers.get('x-echo-authorization')).toBe('Basic [redacted]');
    expect(error.headers.get('set-cookie')).toBe('[redacted]');
    expect(JSON.stringify(error.body)).not.toContain(BASIC);
    expect(error.apiId).toBe('echo-1');
  });
});
