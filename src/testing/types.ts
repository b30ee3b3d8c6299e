import type { components } from '../../generated/schema.js';
import type { PlivoOperation } from '../errors.js';

/** A message state, as the spec names them. */
export type MessageState = components['schemas']['MessageState'];
/** `sms`, `mms` or `whatsapp`. */
export type MessageType = components['schemas']['MessageType'];

/** One step of a message's life in the simulator. */
export interface FakeStateChange {
  state: MessageState;
  /** Simulated time of the change, epoch milliseconds. */
  at: number;
  /** Plivo's error code for `failed` and `undelivered` (`'420'` after `message_expiry`), `'000'` for `delivered`. */
  errorCode?: string;
}

/** A message the simulator accepted, as `fake.messages()` shows it. */
export interface FakeMessage {
  messageUuid: string;
  /** The destination, sanitised (digits only). */
  to: string;
  /** The sender after sanitising, or null for a Powerpack send. */
  from: string | null;
  powerpackUuid: string | null;
  type: MessageType;
  text: string | null;
  /** Message units: SMS segments (counted with `countSegments`), 1 for MMS and WhatsApp. */
  units: number;
  /** The status callback URL and method of the send, if any. */
  url: string | null;
  method: 'GET' | 'POST';
  /** The current state (at the simulator's current time). */
  state: MessageState;
  errorCode: string | null;
  /** Every state reached so far, oldest first. */
  history: FakeStateChange[];
  /** The `api_id` of the send request that created it. */
  apiId: string;
  /** Simulated time the send was accepted. */
  createdAt: number;
}

/** A request as the simulator received it. The Authorization header is never kept. */
export interface FakeRequest {
  method: string;
  /** The path, without origin or query: `/v1/Account/MA…/Message/`. */
  path: string;
  /** The raw query string without `?`, `''` when none. */
  query: string;
  /** The raw body text, `''` when none. */
  body: string;
  /** Simulated time of arrival, epoch milliseconds. */
  time: number;
  /** The operation it addressed, when the path matched one. */
  operation: PlivoOperation | undefined;
  /** The HTTP status answered, or `'reset'` when the connection was dropped; undefined while in progress. */
  status: number | 'reset' | undefined;
  /** The fault applied to this request, if any. */
  fault: FaultKind | undefined;
}

/** One delivery attempt of a status callback. */
export interface FakeCallbackAttempt {
  messageUuid: string;
  status: MessageState;
  /** `Sequence` of the callback: 1 for the first state of the message, then 2, 3, … */
  sequence: number;
  /** 0 for the first try, then 1, 2, 3 for Plivo's retries after 60, 120 and 240 s. */
  attempt: number;
  /** The URL requested (for GET with the fields in its query). */
  url: string;
  method: 'GET' | 'POST';
  /** Simulated time of the attempt. */
  at: number;
  /** The receiver's HTTP status, or undefined when it did not answer. */
  responseStatus: number | undefined;
  /** Why no answer arrived (connection refused, timeout), when none did. */
  error: string | undefined;
}

/**
 * What becomes of a message after it leaves the queue: `delivered` (the default), `sent` (no
 * delivery receipt ever comes), `undelivered` (the carrier's receipt says so) or `failed` (inside
 * Plivo, before any carrier; not charged), the last two with Plivo's `errorCode`.
 */
export type FakeOutcome = { status: 'delivered' } | { status: 'sent' } | { status: 'undelivered' | 'failed'; errorCode: string };

/**
 * A rule choosing outcomes: for destinations starting with `prefix` (digits, country code first),
 * or for a seeded share `rate` (0 to 1) of the messages it sees, or both. The first matching rule wins.
 * @example [{ prefix: '4477009', status: 'undelivered', errorCode: '30' }, { rate: 0.05, status: 'failed', errorCode: '900' }]
 */
export type FakeOutcomeRule = FakeOutcome & { prefix?: string; rate?: number };

/**
 * The faults the simulator can inject, in the phases a client meets them: `server-error` (a 5xx),
 * `rate-limit` (429 with Retry-After, the request not processed), `reset` (connection dropped after the
 * request was read), `stalled-body` (status and headers, then a body that never ends),
 * `malformed-body` (the answer cut in half) and `empty-body` (the status with no body).
 */
export type FaultKind = 'server-error' | 'rate-limit' | 'reset' | 'stalled-body' | 'malformed-body' | 'empty-body';

/** Options of one injected fault. */
export interface FaultOptions {
  /** How many upcoming matching requests get it. Default 1. */
  times?: number | undefined;
  /** Only requests to these operations. Default: any operation. */
  operations?: readonly PlivoOperation[] | undefined;
  /**
   * Whether the request is processed before the fault (a send queues its messages, then the answer
   * is lost). Default true, the case that makes resending dangerous; `rate-limit` is never processed.
   * Only `server-error` and `reset` can be unprocessed.
   */
  processed?: boolean | undefined;
  /** Status of a `server-error` (default 500). */
  status?: number | undefined;
  /** `Retry-After` seconds of a `rate-limit` (default 1). */
  retryAfterSeconds?: number | undefined;
}
