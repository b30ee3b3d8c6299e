/** One problem with a request body, found before anything was sent. */
export interface ValidationIssue {
  /** JSON pointer to the offending value, e.g. `/template/components/0/parameters/1/currency/amount_1000`; `''` for the body itself. */
  path: string;
  /** What is wrong and what is allowed. */
  message: string;
}

/** The Plivo operations this client calls, named as in the spec. */
export type PlivoOperation = 'sendMessage' | 'getMessage' | 'listMessages' | 'listMessageMedia';

/**
 * Base class of every error this package throws. Errors never carry the auth token or the
 * Authorization header, in their message, their fields or their `cause`.
 */
export class PlivoError extends Error {
  override name = 'PlivoError';
}

/**
 * The request was invalid and was not sent: `issues` lists every problem found, each with its JSON
 * pointer. Fix the body; retrying the same body cannot succeed.
 */
export class PlivoValidationError extends PlivoError {
  override name = 'PlivoValidationError';
  /** Every problem found, in body order. */
  readonly issues: readonly ValidationIssue[];
  /** Always false: nothing reached the network. */
  readonly maybeSent = false;

  constructor(issues: readonly ValidationIssue[], what = 'request body') {
    super(`Invalid ${what}, nothing was sent:\n${issues.map((i) => `  ${i.path || '(body)'}: ${i.message}`).join('\n')}`);
    this.issues = issues;
  }
}

/** What the constructor of an API error needs. */
export interface PlivoApiErrorInit {
  status: number;
  operation: PlivoOperation;
  /** The parsed JSON error body, or its raw text when it was not JSON. */
  body: unknown;
  headers: Headers;
  /** Whether Plivo may have acted on the request despite the error (only 5xx on a send). */
  maybeSent: boolean;
}

function errorText(body: unknown): string | undefined {
  if (typeof body === 'string') return body.trim() === '' ? undefined : body.slice(0, 500);
  if (body && typeof body === 'object' && 'error' in body) {
    const inner = (body as { error: unknown }).error;
    if (typeof inner === 'string') return inner;
    if (inner && typeof inner === 'object' && typeof (inner as { error?: unknown }).error === 'string') return (inner as { error: string }).error;
    return JSON.stringify(inner);
  }
  return undefined;
}

/** Plivo answered with an error status. Subclasses narrow it down by status. */
export class PlivoApiError extends PlivoError {
  override name = 'PlivoApiError';
  /** HTTP status. */
  readonly status: number;
  /** Plivo's request identifier (`api_id`), for support; undefined when the body had none. */
  readonly apiId: string | undefined;
  /** The error body: `{ api_id?, error }` as documented, or whatever text came back. */
  readonly body: unknown;
  /** Response headers. */
  readonly headers: Headers;
  /** Which operation failed. */
  readonly operation: PlivoOperation;
  /** True when the message may have been queued anyway (a 5xx on a send): do not resend blindly. */
  readonly maybeSent: boolean;

  constructor(init: PlivoApiErrorInit, hint?: string) {
    const text = errorText(init.body);
    super(`${init.operation} failed with HTTP ${init.status}${text ? `: ${text}` : ''}${hint ? `. ${hint}` : ''}`);
    this.status = init.status;
    this.body = init.body;
    this.headers = init.headers;
    this.operation = init.operation;
    this.maybeSent = init.maybeSent;
    const apiId = init.body && typeof init.body === 'object' ? (init.body as { api_id?: unknown }).api_id : undefined;
    this.apiId = typeof apiId === 'string' ? apiId : undefined;
  }
}

/**
 * 401: the auth ID or token is wrong. 403: on a send, the destination country is not enabled in the
 * account's Geo Permissions (`geoPermission` is true); elsewhere, the credentials may not access the resource.
 */
export class PlivoAuthError extends PlivoApiError {
  override name = 'PlivoAuthError';
  /** True for a 403 on a send: enable the destination country under Geo Permissions in the Plivo console. */
  readonly geoPermission: boolean;

  constructor(init: PlivoApiErrorInit) {
    const geoPermission = init.status === 403 && init.operation === 'sendMessage';
    super(
      init,
      geoPermission
        ? 'Plivo refused the destination: its country is not enabled in your Geo Permissions (Plivo console > Messaging > Geo Permissions)'
        : init.status === 401
          ? 'Check the auth ID and auth token'
          : 'These credentials may not access this resource',
    );
    this.geoPermission = geoPermission;
  }
}

/** 404: no such message (or account). */
export class PlivoNotFoundError extends PlivoApiError {
  override name = 'PlivoNotFoundError';
}

/** 429: rate limited. The request was rejected, so sending it again later is safe. */
export class PlivoRateLimitError extends PlivoApiError {
  override name = 'PlivoRateLimitError';
  /** How long Plivo asked to wait, from a `Retry-After` header; undefined when there was none (Plivo documents none). */
  readonly retryAfterMs: number | undefined;

  constructor(init: PlivoApiErrorInit, retryAfterMs: number | undefined) {
    super(init, 'Rate limited; the request was not processed');
    this.retryAfterMs = retryAfterMs;
  }
}

/** 5xx: Plivo failed. For a send, `maybeSent` is true: the message may have been queued. */
export class PlivoServerError extends PlivoApiError {
  override name = 'PlivoServerError';
}

/** The request never got an HTTP answer. `maybeSent` says whether it may have reached Plivo. */
export class PlivoConnectionError extends PlivoError {
  override name = 'PlivoConnectionError';
  /**
   * False only when the request certainly never reached the server (DNS failure, connection refused,
   * TLS or connect failure before any byte of the request was written); true otherwise.
   */
  readonly maybeSent: boolean;

  constructor(message: string, maybeSent: boolean, cause?: Error) {
    super(message, cause === undefined ? undefined : { cause });
    this.maybeSent = maybeSent;
  }
}

/** No answer within `timeoutMs`. The request may have reached Plivo (`maybeSent` is true). */
export class PlivoTimeoutError extends PlivoConnectionError {
  override name = 'PlivoTimeoutError';
}

/** The caller's `AbortSignal` fired. `maybeSent` is true unless the request was never started. */
export class PlivoAbortError extends PlivoConnectionError {
  override name = 'PlivoAbortError';
}
