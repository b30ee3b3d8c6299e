import { PlivoAbortError, PlivoConnectionError, PlivoTimeoutError } from '../errors.js';
import { sanitizeCause } from './redact.js';
import { backoffDelay, certainlyNotSent, isRetryableStatus, MAX_RETRY_AFTER_MS, parseRetryAfter } from './retry-policy.js';

/** How the transport behaves; every field is resolved by createPlivoClient. */
export interface TransportOptions {
  fetch: (request: Request) => Promise<Response>;
  timeoutMs: number;
  maxRetries: number;
  retryBaseDelayMs: number;
  redact: (text: string) => string;
}

/** Signals that fire when any input fires (AbortSignal.any is missing from some runtimes still in use). */
function anySignal(signals: AbortSignal[]): AbortSignal {
  if (typeof AbortSignal.any === 'function') return AbortSignal.any(signals);
  const controller = new AbortController();
  for (const signal of signals) {
    if (signal.aborted) {
      controller.abort(signal.reason);
      break;
    }
    signal.addEventListener('abort', () => controller.abort(signal.reason), { once: true });
  }
  return controller.signal;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
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
      const timeout = new AbortController();
      const timer = setTimeout(() => timeout.abort(), options.timeoutMs);
      const attemptRequest = new Request(request.url, {
        method: request.method,
        headers: request.headers,
        body,
        signal: anySignal([callerSignal, timeout.signal]),
      });
      let response: Response;
      try {
        response = await options.fetch(attemptRequest);
      } catch (error) {
        clearTimeout(timer);
        const retriesLeft = attempt < options.maxRetries;
        if (callerSignal.aborted) {
          throw new PlivoAbortError(`${method} ${request.url.split('?')[0]} was aborted by the caller`, true);
        }
        if (timeout.signal.aborted) {
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
      clearTimeout(timer);
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
  try {
    await sleep(ms, signal);
  } catch {
    throw new PlivoAbortError(`${method} ${url.split('?')[0]} was aborted by the caller while waiting to retry`, maybeSent);
  }
}
