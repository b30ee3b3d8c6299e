/** What a fake answer can be: a response, an error to throw, or a function of the request. */
export type FakeAnswer = Response | Error | ((request: Request) => Response | Promise<Response> | Error);

/** A recorded request, with its body read out. */
export interface RecordedRequest {
  method: string;
  url: string;
  headers: Headers;
  body: string;
}

/**
 * A `fetch` that answers from a queue and records every request it gets. An empty queue is a test
 * bug and throws. Errors are thrown as fetch would throw them.
 */
export function fakeFetch(...answers: FakeAnswer[]) {
  const requests: RecordedRequest[] = [];
  const queue = [...answers];
  const fetch = async (request: Request): Promise<Response> => {
    requests.push({ method: request.method, url: request.url, headers: request.headers, body: await request.clone().text() });
    const answer = queue.shift();
    if (answer === undefined) throw new Error(`fakeFetch: no answer left for ${request.method} ${request.url}`);
    const resolved = typeof answer === 'function' ? await answer(request) : answer;
    if (resolved instanceof Error) throw resolved;
    return resolved;
  };
  return { fetch, requests };
}

/** A JSON response. */
export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
}

/** A fetch failure as Node's undici reports it: TypeError('fetch failed') with a coded cause. */
export function networkError(code: string): Error {
  const cause = Object.assign(new Error(`connect ${code} 203.0.113.1:443`), { code });
  return new TypeError('fetch failed', { cause });
}

/** An answer that never comes, until the request's signal aborts (as fetch does). */
export function hang(request: Request): Promise<Response> {
  return new Promise((_, reject) => {
    request.signal.addEventListener('abort', () => reject(request.signal.reason ?? new DOMException('aborted', 'AbortError')), { once: true });
  });
}

export const AUTH_ID = 'MAXXXXXXXXXXXXXXXXXX';
export const AUTH_TOKEN = 'tok_9f8e7d6c5b4a39281706';
export const QUEUED = { api_id: 'a1', message: 'message(s) queued', message_uuid: ['db3ce55a-7f1d-11e1-8ea7-1231380bc196'] };
