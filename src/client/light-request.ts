import type { PlivoOperation } from '../errors.js';

/** What openapi-fetch hands the `Request` class it is given, plus the operation this client names. */
export interface LightRequestInit {
  method?: string;
  headers?: HeadersInit;
  body?: BodyInit | null;
  signal?: AbortSignal | null;
  /** Set by `plivo.messages`, so that errors name the operation. */
  operation?: PlivoOperation;
}

/**
 * The request openapi-fetch builds for each call (its `Request` option), holding what was given
 * and nothing more. A platform `Request` copies the headers again, parses the URL and wraps the
 * body in a stream, only for the transport to take them apart again; building one per call made
 * a send a third slower than a bare `fetch(url, init)`. The transport reads this object's fields
 * directly; a middleware that needs a real `Request` can return `new Request(request.url, ...)`.
 */
export class LightRequest {
  /** Absolute URL, query included. */
  readonly url: string;
  /** Upper-case HTTP method. */
  readonly method: string;
  /** Request headers; middlewares may change them in place. */
  readonly headers: Headers;
  /** The caller's signal, if any. */
  readonly signal: AbortSignal | undefined;
  /** The body as serialised by openapi-fetch (a JSON string for this API), or null. */
  readonly bodyInit: BodyInit | null;
  /** The operation of `plivo.messages` that made the request; undefined for calls through `plivo.api`. */
  readonly operation: PlivoOperation | undefined;

  constructor(url: string | URL, init: LightRequestInit = {}) {
    this.url = String(url);
    this.method = (init.method ?? 'GET').toUpperCase();
    this.headers = init.headers instanceof Headers ? init.headers : new Headers(init.headers);
    this.signal = init.signal ?? undefined;
    this.bodyInit = init.body ?? null;
    this.operation = init.operation;
  }

  /** The body as text, for a middleware that inspects it. */
  text(): Promise<string> {
    return new Response(this.bodyInit).text();
  }
}
