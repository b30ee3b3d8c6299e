import { PlivoAbortError, PlivoConnectionError, PlivoTimeoutError } from '../errors.js';
import { delay } from './delay.js';
import { sanitizeCause } from './redact.js';
import { certainlyNotSent } from './connect-errors.js';
import { backoffDelay, isRetryableStatus, MAX_RETRY_AFTER_MS, parseRetryAfter } from './retry-policy.js';

/** How the transport behaves; every field is resolved by createPlivoClient. */
export interface TransportOptions {
  /** A caller's fetch, given a Request; when absent the global fetch is called with (url, init). */
  fetch: ((request: Request) => Promise<Response>) | undefined;
  timeoutMs: number;
  maxRetries: number;
  retryBaseDelayMs: number;
  redact: (text: string) => string;
}

/**
 * One controller per attempt that aborts on the attempt's timeout or on the caller's signal, whichever
 * comes first; `timedOut` tells the two apart. Cheaper than AbortSignal.any plus AbortSignal.timeout.
 */
function attemptSignal(caller: AbortSignal, timeoutMs: number) {
  const controller = new AbortController();
  let timedOut = false;
  const onCallerAbort = () => controller.abort(caller.reason);
  if (caller.aborted) onCallerAbort();
  else caller.addEventListener('abort', onCallerAbort, { once: true });
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new DOMException('The attempt timed out', 'TimeoutError'));
  }, timeoutMs);
  return {
    signal: controller.signal,
    timedOut: () => timedOut,
    done() {
      clearTimeout(timer);
      caller.removeEventListener('abort', onCallerAbort);
    },
  };
}

/**
 * A `fetch` with per-attempt timeouts and the retry rules of this client: GETs retry 429, 5xx,
 * timeouts and connection errors; POSTs retry only 429 and connection errors that certainly
 * happened before anything was sent. Failures without an HTTP answer become PlivoConnectionError,
 * PlivoTimeoutError or PlivoAbortError, with the Authorization header kept out of them.
 */
export function createTransport(options: TransportOptions): (request: Request) => Promise<Response> {
  return async function transport(request: Request): Promise<Response> {
    const callerSignal = request.signal;
    const method = request.method.toUpperCase();
    // Read the body once: rebuilding each attempt from bytes is cheaper than cloning a stream.
    const body = request.body === null ? null : await request.arrayBuffer();
    // Whether an earlier attempt may have been processed by Plivo (for the error of a later abort).
    let earlierMaybeSent = false;
    for (let attempt = 0; ; attempt += 1) {
      const attemptAbort = attemptSignal(callerSignal, options.timeoutMs);
      const init: RequestInit = { method: request.method, headers: request.headers, body, signal: attemptAbort.signal };
      let response: Response;
      try {
        // The default path hands fetch a URL and init: one Request fewer to build per attempt.
        response = await (options.fetch ? options.fetch(new Request(request.url, init)) : globalThis.fetch(request.url, init));
      } catch (error) {
        attemptAbort.done();
        const retriesLeft = attempt < options.maxRetries;
        if (callerSignal.aborted) {
          throw new PlivoAbortError(`${method} ${request.url.split('?')[0]} was aborted by the caller`, true);
        }
        if (attemptAbort.timedOut()) {
          if (retriesLeft && method === 'GET') {
            earlierMaybeSent = true;
            await waitOrAbort(backoffDelay(attempt, options.retryBaseDelayMs), callerSignal, earlierMaybeSent, method, request.url);
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
          await waitOrAbort(backoffDelay(attempt, options.retryBaseDelayMs), callerSignal, earlierMaybeSent, method, request.url);
          continue;
        }
        const cause = sanitizeCause(error, options.redact);
        throw new PlivoConnectionError(
          `${method} to ${new URL(request.url).host} failed before an answer: ${cause.message}${notSent ? ' (nothing was sent)' : method === 'POST' ? ' (the message may have been queued, so it was not sent again)' : ''}`,
          !notSent || earlierMaybeSent,
          cause,
        );
      }
      attemptAbort.done();
      if (attempt < options.maxRetries && isRetryableStatus(response.status, method)) {
        const retryAfter = parseRetryAfter(response.headers.get('retry-after'));
        if (retryAfter === undefined || retryAfter <= MAX_RETRY_AFTER_MS) {
          earlierMaybeSent ||= response.status !== 429;
          await response.body?.cancel();
          await waitOrAbort(retryAfter ?? backoffDelay(attempt, options.retryBaseDelayMs), callerSignal, earlierMaybeSent, method, request.url);
          continue;
        }
      }
      return response;
    }
  };
}

async function waitOrAbort(ms: number, signal: AbortSignal, maybeSent: boolean, method: string, url: string): Promise<void> {
  if (!(await delay(ms, signal))) {
    throw new PlivoAbortError(`${method} ${url.split('?')[0]} was aborted by the caller while waiting to retry`, maybeSent);
  }
}
