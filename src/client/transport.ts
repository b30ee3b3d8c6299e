import { maybeSentForStatus, PlivoAbortError, PlivoConnectionError, PlivoResponseError, PlivoTimeoutError, type PlivoOperation, type PlivoResponseProblem } from '../errors.js';
import { bufferedResponse } from './buffered-response.js';
import { certainlyNotSent } from './connect-errors.js';
import { delay } from './delay.js';
import { LightRequest } from './light-request.js';
import { BodyTooLarge, CUT_MARK, MAX_ERROR_BODY_BYTES, MAX_RESPONSE_BYTES, readBounded, UNREAD_MARK } from './read-body.js';
import { redactHeaders, sanitizeCause } from '../redact.js';
import { backoffDelay, isRetryableStatus, MAX_RETRY_AFTER_MS, parseRetryAfter } from './retry-policy.js';

/** How the transport behaves; every field is resolved by createPlivoClient. */
export interface TransportOptions {
  /** A caller's fetch, given a Request; when absent the global fetch is called with (url, init). */
  fetch: ((request: Request) => Promise<Response>) | undefined;
  timeoutMs: number;
  maxRetries: number;
  retryBaseDelayMs: number;
  redact: (text: string) => string;
  /** Passed as the global fetch's `dispatcher` (Node): bounds the connect phase. */
  dispatcher: object | undefined;
  /** What fetch does with a 3xx: never follow it (see {@link refusedRedirects}). */
  redirect: RequestRedirect;
}

/**
 * How this client's requests treat redirects: never followed. Plivo's API does not redirect; a
 * followed 301/302 would turn a send into a GET and a followed 307 would send it somewhere else.
 * `error` where the runtime has it (it also spares Node's fetch a copy of every request); Cloudflare
 * workerd refuses that value, so there the 3xx comes back as an answer and becomes an API error.
 */
export function refusedRedirects(): RequestRedirect {
  try {
    new Request('http://localhost/', { redirect: 'error' });
    return 'error';
  } catch {
    return 'manual';
  }
}

/**
 * One controller per attempt that aborts on the attempt's timeout or on the caller's signal, whichever
 * comes first; `timedOut` tells the two apart. Cheaper than AbortSignal.any plus AbortSignal.timeout.
 */
function attemptSignal(caller: AbortSignal | undefined, timeoutMs: number) {
  const controller = new AbortController();
  let timedOut = false;
  const onCallerAbort = () => controller.abort(caller?.reason);
  caller?.addEventListener('abort', onCallerAbort, { once: true });
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new DOMException('The attempt timed out', 'TimeoutError'));
  }, timeoutMs);
  return {
    signal: controller.signal,
    timedOut: () => timedOut,
    done() {
      clearTimeout(timer);
      caller?.removeEventListener('abort', onCallerAbort);
    },
  };
}

type Attempt = ReturnType<typeof attemptSignal>;

/** What the transport needs of a request: the light one openapi-fetch builds, or a platform Request a middleware returned. */
type AnyRequest = LightRequest | Request;

/** A request's target without its query, for messages. */
const where = (request: AnyRequest) => `${request.method} ${request.url.split('?')[0]}`;

/**
 * A `fetch` with per-attempt timeouts and the retry rules of this client: GETs retry 429, 5xx,
 * timeouts and connection errors; POSTs retry only 429 and connection errors that certainly
 * happened before anything was sent. The attempt's timeout and the caller's signal cover the whole
 * exchange, body included: the body is read here, within bounds, and handed on as a buffered
 * Response. Every failure becomes one of this package's errors, secrets kept out of it.
 */
export function createTransport(options: TransportOptions): (request: AnyRequest) => Promise<Response> {
  return async function transport(request: AnyRequest): Promise<Response> {
    const callerSignal = request.signal ?? undefined;
    const method = request.method;
    if (callerSignal?.aborted) throw new PlivoAbortError(`${where(request)} was not started: the signal had already fired`, false);
    const operation = request instanceof LightRequest ? request.operation : undefined;
    // Read the body once: rebuilding each attempt from bytes is cheaper than cloning a stream.
    const body = request instanceof LightRequest ? request.bodyInit : request.body === null ? null : await request.arrayBuffer();
    // Whether an earlier attempt may have been processed by Plivo (for the error of a later abort).
    let earlierMaybeSent = false;
    const retryAfterWait = async (attempt: number, ms?: number) => {
      if (!(await delay(ms ?? backoffDelay(attempt, options.retryBaseDelayMs), callerSignal ?? NEVER))) {
        throw new PlivoAbortError(`${where(request)} was aborted by the caller while waiting to retry`, earlierMaybeSent);
      }
    };
    for (let attempt = 0; ; attempt += 1) {
      const retriesLeft = attempt < options.maxRetries;
      const exchange = attemptSignal(callerSignal, options.timeoutMs);
      let response: Response;
      try {
        response = await send(request, body, exchange.signal, options);
      } catch (error) {
        exchange.done();
        if (callerSignal?.aborted) throw new PlivoAbortError(`${where(request)} was aborted by the caller`, true);
        if (exchange.timedOut()) {
          if (retriesLeft && method === 'GET') {
            earlierMaybeSent = true;
            await retryAfterWait(attempt);
            continue;
          }
          throw new PlivoTimeoutError(
            `No answer to ${method} within ${options.timeoutMs} ms${method === 'POST' ? '; the message may have been queued, so it was not sent again' : ''}`,
            true,
          );
        }
        const notSent = certainlyNotSent(error);
        if (retriesLeft && (notSent || method === 'GET')) {
          earlierMaybeSent ||= !notSent;
          await retryAfterWait(attempt);
          continue;
        }
        const cause = sanitizeCause(error, options.redact);
        throw new PlivoConnectionError(
          `${method} to ${new URL(request.url).host} failed before an answer: ${cause.message}${notSent ? ' (nothing was sent)' : method === 'POST' ? ' (the message may have been queued, so it was not sent again)' : ''}`,
          !notSent || earlierMaybeSent,
          cause,
        );
      }
      if (retriesLeft && isRetryableStatus(response.status, method)) {
        const retryAfter = parseRetryAfter(response.headers.get('retry-after'));
        if (retryAfter === undefined || retryAfter <= MAX_RETRY_AFTER_MS) {
          exchange.done();
          earlierMaybeSent ||= response.status !== 429;
          await response.body?.cancel().catch(() => undefined);
          await retryAfterWait(attempt, retryAfter);
          continue;
        }
      }
      try {
        return response.ok ? await buffered(response, exchange) : await bufferedError(response, callerSignal, operation, request);
      } catch (error) {
        if (!(error instanceof UnusableAnswer)) throw error;
        // A GET changes nothing: asking again is safe. A POST that got a 2xx was accepted.
        if (retriesLeft && method === 'GET' && error.problem !== 'aborted' && error.problem !== 'too_large') {
          earlierMaybeSent = true;
          await retryAfterWait(attempt);
          continue;
        }
        throw new PlivoResponseError({
          status: response.status,
          operation,
          problem: error.problem,
          headers: redactHeaders(response.headers, options.redact),
          cause: error.cause === undefined ? undefined : sanitizeCause(error.cause, options.redact),
        });
      } finally {
        exchange.done();
      }
    }
  };
}

const NEVER = new AbortController().signal;

/** One attempt up to the status line, on the caller's fetch or the global one. */
function send(request: AnyRequest, body: BodyInit | null, signal: AbortSignal, options: TransportOptions): Promise<Response> {
  const init: RequestInit & { dispatcher?: object } = { method: request.method, headers: request.headers, body, signal, redirect: options.redirect };
  if (options.fetch) return options.fetch(new Request(request.url, init));
  if (options.dispatcher !== undefined) init.dispatcher = options.dispatcher;
  // The default path hands fetch a URL and init: one Request fewer to build per attempt.
  return globalThis.fetch(request.url, init);
}

const encoder = new TextEncoder();

/** A 2xx body that could not be read; the transport turns it into a PlivoResponseError. */
class UnusableAnswer extends Error {
  constructor(
    readonly problem: PlivoResponseProblem,
    override readonly cause?: unknown,
  ) {
    super(problem);
  }
}

/** The whole of a 2xx body, read within the attempt, as a Response that needs no more network. */
async function buffered(response: Response, exchange: Attempt): Promise<Response> {
  try {
    const { bytes } = await readBounded(response, MAX_RESPONSE_BYTES, 'fail');
    return bufferedResponse(response, bytes);
  } catch (error) {
    if (error instanceof BodyTooLarge) throw new UnusableAnswer('too_large');
    if (exchange.signal.aborted) throw new UnusableAnswer(exchange.timedOut() ? 'timeout' : 'aborted');
    throw new UnusableAnswer('unreadable', error);
  }
}

/**
 * An error answer with its body cut at {@link MAX_ERROR_BODY_BYTES}: the status is what matters,
 * so a body that stalls or breaks off still gives the status's error, with what could be read.
 */
async function bufferedError(response: Response, callerSignal: AbortSignal | undefined, operation: PlivoOperation | undefined, request: AnyRequest): Promise<Response> {
  let text: string;
  try {
    const { bytes, cut } = await readBounded(response, MAX_ERROR_BODY_BYTES, 'cut');
    if (!cut) return bufferedResponse(response, bytes);
    text = new TextDecoder().decode(bytes) + CUT_MARK;
  } catch {
    if (callerSignal?.aborted) {
      const sendLike = operation ?? (request.method === 'POST' ? 'sendMessage' : undefined);
      throw new PlivoAbortError(`${where(request)} was aborted by the caller while reading its HTTP ${response.status} answer`, maybeSentForStatus(sendLike, response.status));
    }
    text = UNREAD_MARK;
  }
  return bufferedResponse(response, encoder.encode(text));
}
