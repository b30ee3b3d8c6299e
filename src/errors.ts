import type { operations, paths } from '../generated/schema.js';
import { sanitizeCause } from './redact.js';

/**
 * One problem with a value checked against the spec: a request body or query before anything was
 * sent, or a status callback received.
 */
export interface ValidationIssue {
  /** JSON pointer to the offending value, e.g. `/template/components/0/parameters/1/currency/amount_1000`; `''` for the body itself. */
  path: string;
  /** What is allowed, in words, and the value given, shortened: `must be one of "GET", "POST" (got "PUT")`. */
  message: string;
}

type PathOperation = { [P in keyof paths]: { [M in keyof paths[P]]: paths[P][M] }[keyof paths[P]] }[keyof paths];

/**
 * The Plivo operations this client calls, named by their `operationId` in the spec: the operations
 * of the spec's paths (the status callback is a webhook Plivo calls, not one the client calls).
 */
export type PlivoOperation = { [K in keyof operations]: operations[K] extends PathOperation ? K : never }[keyof operations];

/** What every error of this package may be given besides its message. */
export interface PlivoErrorOptions {
  /** The underlying error, already stripped of secrets. */
  cause?: unknown;
  /** See {@link PlivoError.maybeSent}. Default false. */
  maybeSent?: boolean;
}

/**
 * Base class of every error this package throws. Errors never carry the auth token or the Basic
 * credentials, in their message, their fields, their headers or their `cause`.
 *
 * @example
 * try { await plivo.messages.send(body); } catch (error) {
 *   if (error instanceof PlivoError && !error.maybeSent) queueForRetry(body);
 * }
 */
export class PlivoError extends Error {
  override name = 'PlivoError';
  /**
   * True when Plivo may have acted on the request (a message may be queued): do not send it again
   * blindly. False only when the request certainly was not processed (invalid input, refused before
   * any byte was sent, a 4xx refusal, a 429).
   */
  readonly maybeSent: boolean;

  constructor(message: string, options: PlivoErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.maybeSent = options.maybeSent ?? false;
  }
}

/**
 * Whether `error` leaves a request possibly processed by Plivo. This package's errors say so in
 * `maybeSent`; any other error (from a custom `fetch`, a middleware, a bug) failed somewhere unknown,
 * and resending blindly is the costly mistake, so it counts as maybe sent.
 */
export const mayHaveBeenSent = (error: unknown): boolean => (error instanceof PlivoError ? error.maybeSent : true);

const keepText = (text: string) => text;

/**
 * `error` as this package's error: itself when it is one, otherwise a {@link PlivoError} naming
 * `what` failed, with `maybeSent` true (see {@link mayHaveBeenSent}). The foreign error (one thrown by
 * a middleware, say) may quote the credentials or hold the request, so the message is passed through
 * `redact` and the cause is a sanitised copy (see {@link sanitizeCause}), never the original.
 */
export function asPlivoError(error: unknown, what: string, redact: (text: string) => string = keepText): PlivoError {
  if (error instanceof PlivoError) return error;
  const cause = sanitizeCause(error, redact);
  return new PlivoError(`${what} failed unexpectedly: ${cause.message}`, { maybeSent: true, cause });
}

/**
 * The request was invalid and was not sent: `issues` lists every problem found, each with its JSON
 * pointer. Fix the body; retrying the same body cannot succeed. `maybeSent` is false.
 */
export class PlivoValidationError extends PlivoError {
  override name = 'PlivoValidationError';
  /** Every problem found, in body order. */
  readonly issues: readonly ValidationIssue[];

  constructor(issues: readonly ValidationIssue[], what = 'request body') {
    super(`Invalid ${what}, nothing was sent:\n${issues.map((i) => `  ${i.path || '(body)'}: ${i.message}`).join('\n')}`);
    this.issues = issues;
  }
}

/**
 * A call this package cannot use (an option out of range, an empty auth token, a method Plivo never
 * signs with, a body already read), found before anything was sent: fix the call. Was a `TypeError`
 * or `RangeError` before.
 * @example if (error instanceof PlivoArgumentError) console.error(`fix ${error.argument}: ${error.message}`);
 */
export class PlivoArgumentError extends PlivoError {
  override name = 'PlivoArgumentError';
  /** The argument or option at fault: `options.authToken`, `faults.rate`, `outcomes[2].prefix`. */
  readonly argument: string;

  constructor(argument: string, message: string) {
    super(message);
    this.argument = argument;
  }
}

/** What the constructor of an API error needs. */
export interface PlivoApiErrorInit {
  status: number;
  operation: PlivoOperation;
  /** The parsed JSON error body, or its text (at most 64 KB, with a cut mark) when it was not JSON. Secrets already removed. */
  body: unknown;
  /** Response headers, secrets already removed. */
  headers: Headers;
  /** Overrides the default of {@link maybeSentForStatus}. */
  maybeSent?: boolean;
  /** For a 429: the wait Plivo asked for, from `Retry-After`. */
  retryAfterMs?: number | undefined;
}

/**
 * Whether Plivo may have acted on a request it answered with `status`: a 2xx was processed, a 5xx
 * on a send may hide a queued message, and a 4xx (429 included) is a refusal.
 */
export function maybeSentForStatus(operation: PlivoOperation | undefined, status: number): boolean {
  if (status >= 200 && status < 300) return true;
  return operation === 'sendMessage' && status >= 500;
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

function apiIdOf(body: unknown): string | undefined {
  const apiId = body && typeof body === 'object' ? (body as { api_id?: unknown }).api_id : undefined;
  return typeof apiId === 'string' ? apiId : undefined;
}

/** Plivo answered with an error status. Subclasses narrow it down by status; {@link PlivoApiError.generate} picks one. */
export class PlivoApiError extends PlivoError {
  override name = 'PlivoApiError';
  /** HTTP status. */
  readonly status: number;
  /** Plivo's request identifier (`api_id`), for support; undefined when the body had none. */
  readonly apiId: string | undefined;
  /** The error body: `{ api_id?, error }` as documented, or whatever text came back (at most 64 KB, with a cut mark). */
  readonly body: unknown;
  /** Response headers, with Authorization, Cookie, Set-Cookie and any value holding a secret replaced by `[redacted]`. */
  readonly headers: Headers;
  /** Which operation failed. */
  readonly operation: PlivoOperation;

  constructor(init: PlivoApiErrorInit, hint?: string) {
    const text = errorText(init.body);
    super(`${init.operation} failed with HTTP ${init.status}${text ? `: ${text}` : ''}${hint ? `. ${hint}` : ''}`, {
      maybeSent: init.maybeSent ?? maybeSentForStatus(init.operation, init.status),
    });
    this.status = init.status;
    this.body = init.body;
    this.headers = init.headers;
    this.operation = init.operation;
    this.apiId = apiIdOf(init.body);
  }

  /**
   * The error class for a status: 401/403 {@link PlivoAuthError}, 404 {@link PlivoNotFoundError},
   * 429 {@link PlivoRateLimitError}, 5xx {@link PlivoServerError}, any other {@link PlivoApiError}.
   */
  static generate(init: PlivoApiErrorInit): PlivoApiError {
    const { status } = init;
    if (status === 401 || status === 403) return new PlivoAuthError(init);
    if (status === 404) return new PlivoNotFoundError(init);
    if (status === 429) return new PlivoRateLimitError(init);
    if (status >= 500) return new PlivoServerError(init);
    return new PlivoApiError(init);
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

/** 429: rate limited. The request was rejected, so sending it again later is safe (`maybeSent` false). */
export class PlivoRateLimitError extends PlivoApiError {
  override name = 'PlivoRateLimitError';
  /** How long Plivo asked to wait, from a `Retry-After` header; undefined when there was none (Plivo documents none). */
  readonly retryAfterMs: number | undefined;

  constructor(init: PlivoApiErrorInit) {
    super(init, 'Rate limited; the request was not processed');
    this.retryAfterMs = init.retryAfterMs;
  }
}

/** 5xx: Plivo failed. For a send, `maybeSent` is true: the message may have been queued. */
export class PlivoServerError extends PlivoApiError {
  override name = 'PlivoServerError';
}

/**
 * Why a 2xx answer could not be used: `empty` body, `invalid_json`, `unexpected_shape` (JSON, but
 * not the documented answer), `too_large` (beyond the read limit), `unreadable` (the connection
 * failed mid-body), `timeout` or `aborted` while the body was being read.
 */
export type PlivoResponseProblem = 'empty' | 'invalid_json' | 'unexpected_shape' | 'too_large' | 'unreadable' | 'timeout' | 'aborted';

/** What the constructor of a {@link PlivoResponseError} needs. */
export interface PlivoResponseErrorInit {
  status: number;
  /** Undefined for calls made through `plivo.api` directly. */
  operation: PlivoOperation | undefined;
  problem: PlivoResponseProblem;
  /** Response headers, secrets already removed. */
  headers: Headers;
  /** Plivo's `api_id`, when the part of the body that arrived held one. */
  apiId?: string | undefined;
  /** The underlying error, already stripped of secrets. */
  cause?: unknown;
}

/**
 * Plivo answered 2xx, so it processed the request (`maybeSent` is true: a send was accepted), but the
 * answer could not be read as documented (see `problem`): the message UUIDs are unknown. Never send
 * it again; look the messages up with `messages.list` or the status callbacks. The message never
 * quotes the body.
 */
export class PlivoResponseError extends PlivoError {
  override name = 'PlivoResponseError';
  /** HTTP status (2xx). */
  readonly status: number;
  /** Plivo's request identifier, when it could be read; undefined otherwise. */
  readonly apiId: string | undefined;
  /** What was wrong with the answer. */
  readonly problem: PlivoResponseProblem;
  /** Response headers, secrets removed. */
  readonly headers: Headers;
  /** Which operation it answered; undefined for calls made through `plivo.api` directly. */
  readonly operation: PlivoOperation | undefined;

  constructor(init: PlivoResponseErrorInit) {
    const what = init.operation ?? 'The request';
    super(
      `${what} got HTTP ${init.status} but its answer is unusable (${init.problem.replace('_', ' ')})${init.apiId ? `, api_id ${init.apiId}` : ''}; Plivo processed the request, so it was not sent again`,
      { maybeSent: true, cause: init.cause },
    );
    this.status = init.status;
    this.apiId = init.apiId;
    this.problem = init.problem;
    this.headers = init.headers;
    this.operation = init.operation;
  }
}

/** The request never got an HTTP answer. `maybeSent` says whether it may have reached Plivo. */
export class PlivoConnectionError extends PlivoError {
  override name = 'PlivoConnectionError';

  /**
   * @param maybeSent False only when the request certainly never reached the server (DNS failure,
   *   connection refused, TLS or connect failure before any byte of the request was written).
   */
  constructor(message: string, maybeSent: boolean, cause?: Error) {
    super(message, { maybeSent, cause });
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
