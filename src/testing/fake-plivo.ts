import { PlivoArgumentError, PlivoError } from '../errors.js';
import { createAccountQueue } from './account-queue.js';
import { createApi, RESET, type RequestContext } from './api.js';
import { createCallbackSender, type SignatureVersion } from './callbacks.js';
import { createScheduler, type ClockMode } from './clock.js';
import { createFaultPlan, type FaultRate } from './faults.js';
import { createOutcomePicker } from './outcomes.js';
import { createRandom, randomSeed } from './random.js';
import { createRateWindow } from './rate-window.js';
import { toFakeMessage, type StoredMessage } from './store.js';
import type { FakeCallbackAttempt, FakeMessage, FakeOutcomeRule, FakeRequest, FaultKind, FaultOptions } from './types.js';

/** Options of {@link createFakePlivo}. Every one has a default. */
export interface FakePlivoOptions {
  /** The account's auth ID (`MA…` or `SA…`, 20 characters). Default `MASIMULATOR000000000`. */
  authId?: string | undefined;
  /** The account's auth token: requests must carry it, callbacks are signed with it. Default `simulator-auth-token`. */
  authToken?: string | undefined;
  /** Message units per second leaving the account's queue (each SMS segment is one unit). Default 5; `Infinity` for no wait. */
  mps?: number | undefined;
  /** Requests admitted in any rolling 5-second window; beyond it, 429 with `Retry-After`. Default 300; `Infinity` for no limit. */
  requestsPer5s?: number | undefined;
  /** `'manual'` (default): time moves only with `advance()` and `drain()`. `'real'`: it follows `Date.now()`. */
  clock?: ClockMode | undefined;
  /** The simulated time at creation, epoch milliseconds or a Date. Default: now. */
  startTime?: number | Date | undefined;
  /** Seed of the UUIDs, nonces, rate-chosen outcomes and faults. Default: random (read it back from `fake.seed`). */
  seed?: number | undefined;
  /** How status callbacks are sent. Default: the global `fetch`. Pass your handler to receive them in-process. */
  deliver?: ((request: Request) => Promise<Response>) | undefined;
  /** What becomes of the messages; the first matching rule wins, the rest are delivered. */
  outcomes?: readonly FakeOutcomeRule[] | undefined;
  /** Milliseconds from `sent` to the delivery receipt (`delivered` / `undelivered`). Default 2,000. */
  deliveryDelayMs?: number | undefined;
  /** Faults at a seeded rate, besides those asked for with `fake.fault()`. */
  faults?: FaultRate | undefined;
  /** Signatures on the callbacks. Default both, `['v3', 'v2']`, as Plivo sends them. */
  signatures?: readonly SignatureVersion[] | undefined;
  /** How long a callback receiver may take to answer before the attempt counts as failed. Default 10,000 ms (real time). */
  callbackTimeoutMs?: number | undefined;
  /** Callbacks of different messages in flight at once. Default 8. */
  callbackConcurrency?: number | undefined;
}

/** A running simulator server: its origin and how to stop it. */
export interface FakePlivoServer {
  /** `http://127.0.0.1:<port>`: use it as the client's `baseUrl`. */
  url: string;
  port: number;
  /** Stops listening and drops open connections (a stalled body included). */
  close(): Promise<void>;
}

/** Options of `fake.listen()`. */
export interface ListenOptions {
  /** Port to listen on; 0 (the default) picks a free one. */
  port?: number | undefined;
  /** Interface to listen on. Default `127.0.0.1`. */
  host?: string | undefined;
}

/** Serves a simulator's handler over HTTP; provided by the Node entry. */
export type Listener = (handle: (request: Request, context: RequestContext) => Promise<Response | typeof RESET>, options: ListenOptions) => Promise<FakePlivoServer>;

/** A behavioural Plivo Message API simulator. */
export interface FakePlivo {
  /** The auth ID requests must use. */
  readonly authId: string;
  /** The auth token requests must carry and callbacks are signed with. */
  readonly authToken: string;
  /** The seed in use; pass it as `seed` to reproduce a run. */
  readonly seed: number;
  /**
   * A `fetch` answered in-process by the simulator, for `createPlivoClient({ fetch: fake.fetch })`;
   * any origin works. A `reset` fault rejects it like a dropped connection.
   */
  // `Request | string` spelled out: the DOM's RequestInfo is missing from Node projects without the DOM lib.
  fetch(input: Request | string | URL, init?: RequestInit): Promise<Response>;
  /** Serves the simulator on 127.0.0.1 over HTTP (Node only), for other processes and browsers. */
  listen(options?: ListenOptions): Promise<FakePlivoServer>;
  /** Every accepted message with its state history up to now, in the order accepted. */
  messages(): FakeMessage[];
  /** Every request as received, in arrival order (the Authorization header is never kept). */
  requests(): FakeRequest[];
  /** Every status callback attempt, in the order made. */
  callbacks(): FakeCallbackAttempt[];
  /** Gives the next matching request(s) a fault. */
  fault(kind: FaultKind, options?: FaultOptions): void;
  /** The simulated time, epoch milliseconds. */
  now(): number;
  /** Moves simulated time forward: messages leave the queue, expire, and their callbacks are delivered (and retried). */
  advance(ms: number): Promise<void>;
  /** Moves simulated time forward until no message will change again and no callback is pending. */
  drain(): Promise<void>;
  /** Stops the real clock's timer and drops pending callbacks. Servers from `listen` are closed separately. */
  close(): void;
}

const DEFAULT_AUTH_ID = 'MASIMULATOR000000000';
const DEFAULT_AUTH_TOKEN = 'simulator-auth-token';

function positive(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!(value > 0)) throw new PlivoArgumentError(name, `${name} must be a number above 0 (Infinity for no limit); got ${value}`);
  return value;
}

function nonNegativeInteger(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 0) throw new PlivoArgumentError(name, `${name} must be a whole number ≥ 0; got ${value}`);
  return value;
}

/** Builds a simulator; `listen` is what serves it over HTTP where the runtime can. */
export function buildFakePlivo(options: FakePlivoOptions, listener: Listener | undefined): FakePlivo {
  const authId = options.authId ?? DEFAULT_AUTH_ID;
  if (!/^(?:MA|SA)[A-Z0-9]{18}$/.test(authId)) throw new PlivoArgumentError('authId', 'authId must be 20 characters: MA or SA, then 18 capital letters or digits');
  const authToken = options.authToken ?? DEFAULT_AUTH_TOKEN;
  if (authToken === '') throw new PlivoArgumentError('authToken', 'authToken must not be empty');
  const seed = options.seed ?? randomSeed();
  const startTime = options.startTime instanceof Date ? options.startTime.getTime() : (options.startTime ?? Date.now());
  const clock = options.clock ?? 'manual';
  if (clock !== 'manual' && clock !== 'real') throw new PlivoArgumentError('clock', `clock must be 'manual' or 'real'; got ${JSON.stringify(clock)}`);
  const signatures = options.signatures ?? ['v3', 'v2'];

  const scheduler = createScheduler(clock, startTime);
  // Separate streams, so injecting a fault does not change which UUIDs or outcomes a run gets.
  const random = createRandom(seed);
  const outcomeRandom = createRandom(seed ^ 0x5bd1e995);
  const faultRandom = createRandom(seed ^ 0x27d4eb2f);
  const callbackRandom = createRandom(seed ^ 0x165667b1);
  const deliver = options.deliver ?? ((request: Request) => globalThis.fetch(request));
  const messages = new Map<string, StoredMessage>();
  const order: StoredMessage[] = [];
  const requests: FakeRequest[] = [];
  const attempts: FakeCallbackAttempt[] = [];
  let lastChange = startTime;
  const faults = createFaultPlan(options.faults, faultRandom);

  const sendCallbacks = createCallbackSender({
    authToken,
    deliver,
    scheduler,
    random: callbackRandom,
    signatures,
    timeoutMs: positive('callbackTimeoutMs', options.callbackTimeoutMs, 10_000),
    concurrency: positive('callbackConcurrency', options.callbackConcurrency, 8),
    record: (attempt) => attempts.push(attempt),
  });

  const handle = createApi({
    authId,
    authToken,
    scheduler,
    random,
    rateWindow: createRateWindow(positive('requestsPer5s', options.requestsPer5s, 300)),
    queue: createAccountQueue(positive('mps', options.mps, 5)),
    faults,
    outcomeOf: createOutcomePicker(options.outcomes ?? [], outcomeRandom),
    deliveryDelayMs: nonNegativeInteger('deliveryDelayMs', options.deliveryDelayMs, 2000),
    messages,
    order,
    requests,
    onAccepted(message) {
      lastChange = Math.max(lastChange, message.timeline[message.timeline.length - 1]?.at ?? 0);
      sendCallbacks(message);
    },
  });

  const fake: FakePlivo = {
    authId,
    authToken,
    seed,
    async fetch(input, init) {
      const request = new Request(input, init);
      if (request.signal.aborted) throw request.signal.reason;
      const answer = await handle(request, { remoteAddress: '127.0.0.1', signal: request.signal });
      if (answer === RESET) {
        // What undici reports for a connection reset after the request was written. Not a PlivoError on
        // purpose: it stands in for the runtime's fetch, and the client under test is what must turn it into one.
        throw new TypeError('fetch failed', { cause: Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }) });
      }
      return answer;
    },
    listen(listenOptions = {}) {
      if (listener === undefined) {
        return Promise.reject(new PlivoError('fake.listen() needs Node: import createFakePlivo from plivo-message-openapi/testing in Node, or use fake.fetch in this runtime'));
      }
      return listener(handle, listenOptions);
    },
    messages: () => order.map((message) => toFakeMessage(message, scheduler.now())),
    requests: () => requests.map((entry) => ({ ...entry })),
    callbacks: () => attempts.map((attempt) => ({ ...attempt })),
    fault: (kind, faultOptions = {}) => faults.add(kind, faultOptions),
    now: () => scheduler.now(),
    advance: (ms) => scheduler.advance(ms),
    async drain() {
      for (;;) {
        const now = scheduler.now();
        const target = Math.max(lastChange, scheduler.nextAt() ?? -Infinity);
        if (target <= now && scheduler.nextAt() === undefined) break;
        await scheduler.advance(Math.max(0, target - now));
      }
      await scheduler.settle();
    },
    close: () => scheduler.close(),
  };
  return fake;
}

/**
 * Creates a behavioural simulator of Plivo's Message API for tests: Basic auth, the package's own
 * validation, per-number UUIDs with `invalid_number`, a rolling 5-second request limit (429 with
 * `Retry-After`), a queue draining at `mps` units per second with `message_expiry` failures (420),
 * get/list/listMedia over what was sent, signed status callbacks with Plivo's retries, and faults
 * on demand. Runs in any runtime through `fake.fetch`; `fake.listen()` serves it over HTTP in Node.
 *
 * @example
 * const fake = createFakePlivo({ deliver: (request) => myWebhook(request) });
 * const plivo = createPlivoClient({ authId: fake.authId, authToken: fake.authToken, fetch: fake.fetch });
 * const { message_uuid } = await plivo.messages.send({ src: '14155550100', dst: '14155550123', text: 'Hi', url: 'https://example.com/status' });
 * await fake.drain(); // queued → sent → delivered callbacks reach myWebhook, signed
 * (await plivo.messages.get(message_uuid[0]!)).message_state; // 'delivered'
 */
export function createFakePlivo(options: FakePlivoOptions = {}): FakePlivo {
  return buildFakePlivo(options, undefined);
}
