import type { RedisOptions } from 'ioredis';
import type { PlivoClient } from '../client/create-client.js';
import type { PlivoError } from '../errors.js';
import type { SendMessageRequest } from '../validation/validate.js';
import type { DeliveryState } from './delivery-states.js';

/** Options of {@link createCampaigns}. */
export interface CampaignsOptions {
  /** Redis: a `redis://` URL or ioredis options. Every process of one campaign store must use the same server and prefix. */
  connection: string | RedisOptions;
  /**
   * Prefix of every key, BullMQ's included. One prefix stands for one Plivo account: the request
   * window and the pacing are shared by every campaign under it. Default `plivo`.
   */
  prefix?: string | undefined;
  /**
   * Check that Redis keeps every key and survives restarts (`maxmemory-policy noeviction`,
   * `appendonly yes`) before the first start or worker. Default true; turn it off only for a
   * throwaway Redis.
   */
  checkRedisSettings?: boolean | undefined;
  /**
   * Called with connection errors of this store's Redis connection (it reconnects on its own and
   * commands wait meanwhile), each as a `CampaignError` with the original as `cause`. Default:
   * ignored, rather than ioredis printing them.
   */
  onError?: ((error: PlivoError) => void) | undefined;
  /**
   * How long, in ms, this store's commands wait for a Redis that cannot be reached before they fail
   * with a `CampaignError`. Counted from the first failed attempt after the connection was last up.
   * Default: no limit, which a worker needs to ride out a Redis restart; a one-shot caller (a status
   * page, a script reading a report) can give up instead. Workers started from this store inherit it.
   */
  giveUpAfterMs?: number | undefined;
}

/**
 * The message every recipient gets: a send body without `dst`. Its `url`, when given, receives the
 * status callbacks; each request adds `campaign` and `request` to its query so that
 * `recordCallback` knows where a callback belongs.
 */
export type CampaignBody = Omit<SendMessageRequest, 'dst'>;

/** Options of `start`. */
export interface StartCampaignOptions {
  /** The campaign's id: letters, digits, `_ . -`, at most 100 characters. Starting an id that exists changes nothing. */
  id: string;
  /** The message. Checked once, before anything is stored. */
  body: CampaignBody;
  /**
   * The numbers, one per entry, read once and streamed: sanitised as Plivo does, checked (digits,
   * a country code, at most 14 digits) and de-duplicated without keeping the list in memory.
   */
  recipients: Iterable<string> | AsyncIterable<string>;
  /**
   * Message units per second the account sends (5 by default at Plivo; 1 for a US long code).
   * Requests are paced so no message waits in Plivo's queue past its `message_expiry`.
   * `Infinity` submits as fast as `requestsPer5s` allows. Default 5.
   */
  mps?: number | undefined;
  /** Requests allowed in any 5-second window, across every worker. Default 300 (Plivo's limit). */
  requestsPer5s?: number | undefined;
}

/** What `start` returns: how the campaign was split and what to expect. */
export interface CampaignPlan {
  /** The campaign's id. */
  id: string;
  /** False when the id existed and this call changed nothing. */
  created: boolean;
  /** Unique valid recipients. */
  unique: number;
  /** Extra occurrences of a number, dropped. */
  duplicates: number;
  /** Entries that are not sendable numbers (see `report`). */
  invalid: number;
  /** Requests the campaign is split into. */
  requests: number;
  /** Recipients per request: 1,000, or fewer when pacing needs smaller requests to beat the expiry. */
  requestSize: number;
  /** Message units: recipients × SMS segments. */
  units: number;
  /** Seconds until the last message leaves Plivo's queue at the account's limits. */
  estimatedSeconds: number;
  /** Messages that would expire in Plivo's queue (error 420) were the campaign sent unpaced; this campaign is paced, so none should. */
  expiryRisk: number;
}

/** Where a campaign stands. `done` once every request has an outcome. */
export type CampaignState = 'starting' | 'running' | 'paused' | 'cancelled' | 'done';

/** Recipients by delivery state, from the status callbacks recorded. */
export type DeliveryCounts = Record<DeliveryState, number>;

/** What `status` returns. Every unique recipient is in exactly one of the outcome counters or in `pending`. */
export interface CampaignStatus {
  /** The campaign's id. */
  id: string;
  /** Where it stands: `starting` while `start` stores recipients, `done` once every request has an outcome. */
  state: CampaignState;
  /** Unique valid recipients. */
  total: number;
  /** Recipients of requests not yet answered. */
  pending: number;
  /** Recipients Plivo accepted (202). */
  accepted: number;
  /** Recipients Plivo listed in `invalid_number` of a 202. */
  rejected: number;
  /** Recipients whose request may have reached Plivo without a recorded answer (a stopped worker, a timeout, a 5xx). Never sent again. */
  maybeSent: number;
  /** Recipients of requests Plivo refused (4xx other than 429), or that could not be sent. Nothing was sent to them. */
  failed: number;
  /** Recipients left out when the campaign was cancelled. */
  cancelled: number;
  /** Entries that were not sendable numbers. */
  invalid: number;
  /** Extra occurrences dropped. */
  duplicates: number;
  /** Requests in all. */
  requests: number;
  /** Requests with an outcome (answered, maybe sent, failed or cancelled). */
  settledRequests: number;
  /** Recipients by their latest status callback. */
  delivery: DeliveryCounts;
}

/** A recipient's outcome in `report`. */
export type RecipientOutcome = 'accepted' | 'rejected' | 'maybeSent' | 'failed' | 'cancelled' | 'pending' | 'invalid';

/** One recipient in `report`. */
export interface CampaignReportRow {
  /** The number as sent (sanitised), or the entry as given when it was invalid. */
  number: string;
  /** What became of the request that carried it (see {@link RecipientOutcome}). */
  outcome: RecipientOutcome;
  /** The message UUID, once a status callback named it. */
  messageUuid?: string;
  /** The latest delivery state from the callbacks. */
  delivery?: DeliveryState;
  /** Plivo's error code of a failed or undelivered message. */
  errorCode?: string;
  /** Why it was not sent (invalid entries, failed requests). */
  reason?: string;
}

/** Options of `worker`. */
export interface CampaignWorkerOptions {
  /**
   * The client that sends. Create it with `maxRetries: 0`: the worker retries what may be retried
   * (429, refused connections) itself, through the shared limits, which the client's own retries
   * would bypass.
   */
  client: PlivoClient;
  /** Requests this worker has in flight at once. Default 4. */
  concurrency?: number | undefined;
  /**
   * How long a request's lock lasts without renewal (BullMQ `lockDuration`); a stopped worker's
   * requests are taken over, and reported `maybeSent`, within about twice this. Default 30,000.
   */
  lockDurationMs?: number | undefined;
  /** A name stored on every request job this worker takes (BullMQ's `processedBy`), to tell workers apart when monitoring. */
  name?: string | undefined;
  /**
   * Called with errors that do not stop the worker (a lost Redis connection, a job that failed): this
   * package's own as they are, anything else as a `CampaignError` with the original as `cause`; and
   * with the one that does ({@link CampaignWorker.stopped}). Default: ignored.
   */
  onError?: ((error: PlivoError) => void) | undefined;
}

/** A running worker. */
export interface CampaignWorker {
  /** Stops taking requests, lets those in flight finish and record their answers, and disconnects. */
  close(): Promise<void>;
  /**
   * Settles when the worker stops: `undefined` after {@link close}, else what stopped it (also given to
   * `onError`): unsafe Redis settings, or Plivo refusing the credentials (401; the refused requests go back unsent).
   */
  readonly stopped: Promise<PlivoError | undefined>;
}
