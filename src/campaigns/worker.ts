import { DelayedError, Worker, type Job } from 'bullmq';
import { delay } from '../client/delay.js';
import { backoffDelay, MAX_RETRY_AFTER_MS } from '../client/retry-policy.js';
import { asPlivoError, PlivoAuthError, PlivoConnectionError, PlivoError, PlivoRateLimitError } from '../errors.js';
import { asCampaignError, CampaignError } from './errors.js';
import { DESTINATION_DELIMITER, sanitizeDestination } from '../messaging/numbers.js';
import { encodeAnswer, type RequestAnswer } from './answer.js';
import { requestCallbackUrl } from './callback-url.js';
import { decodeNumbers } from './fixed-width.js';
import { limitKeys, QUEUE_NAME } from './keys.js';
import type { CampaignStore, RequestJob } from './store.js';
import type { CampaignWorker, CampaignWorkerOptions } from './types.js';

const DEFAULT_CONCURRENCY = 4;
const DEFAULT_LOCK_MS = 30_000;
// A paused campaign's requests come back this often to see whether it was resumed.
const PAUSED_RECHECK_MS = 2000;
// Limit waits are slept in slices so a pause, cancel or close is seen promptly.
const MAX_SLEEP_MS = 1000;
const ROLLING_WINDOW_MS = 5000;
/**
 * The window is kept this much longer than Plivo's 5 s: requests are let through on Redis's clock
 * but counted by Plivo at arrival, and a busy machine can delay one request's way from the limiter
 * to Plivo by hundreds of milliseconds (measured on a loaded 2-core host: a 250 ms margin still let
 * two requests arrive 5 s apart). Campaigns are usually bound by MPS, not by this limit, so the
 * margin rarely costs time.
 */
const WINDOW_MARGIN_MS = 1000;
const SAFE_RETRY_BASE_MS = 1000;
const REASON_LENGTH = 300;

type Outcome = 'accepted' | 'failed' | 'maybeSent' | 'done' | 'maybe-sent' | 'cancelled';

function reasonOf(error: PlivoError): string {
  return error.message.replace(/\s+/g, ' ').slice(0, REASON_LENGTH);
}

/**
 * Starts a worker on every campaign of the store. For each request: wait for the shared limits,
 * mark it in flight (Lua, atomically; a request already marked belongs to a stopped worker and is
 * recorded maybe-sent instead), POST it, and record the answer before the job completes.
 */
export function startWorker(store: CampaignStore, options: CampaignWorkerOptions, ready: Promise<void>): CampaignWorker {
  const { client, onError } = options;
  const concurrency = options.concurrency ?? DEFAULT_CONCURRENCY;
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 100) throw new CampaignError(`concurrency must be an integer from 1 to 100; got ${concurrency}`);
  const lockDuration = options.lockDurationMs ?? DEFAULT_LOCK_MS;
  const limits = limitKeys(store.prefix);
  const closing = new AbortController();
  const connection = store.duplicate();
  connection.on('error', (error: Error) => onError?.(asCampaignError("the worker's Redis connection", error)));
  let resolveStopped: (reason: PlivoError | undefined) => void = () => undefined;
  const stopped = new Promise<PlivoError | undefined>((resolve) => (resolveStopped = resolve));
  let stopReason: PlivoError | undefined;
  const stopFor = (reason: PlivoError) => {
    if (stopReason !== undefined) return;
    stopReason = reason;
    onError?.(reason);
    void close();
  };
  // A 401 is about this worker's credentials, not about the recipients: failing every request with it
  // would use up a campaign on a typo. The worker stops instead, and what it was refused goes back unsent.
  const stopForCredentials = (error: PlivoAuthError) =>
    stopFor(
      new CampaignError(
        `Plivo refused this worker's credentials (HTTP ${error.status}: check the auth ID and auth token); the worker stopped, the refused requests went back unsent`,
        { cause: error },
      ),
    );

  const record = async (keys: ReturnType<CampaignStore['keys']>, job: RequestJob, token: string, answer: RequestAnswer, counter: string, amount: number, rejected: number) => {
    // The answer must be written even through a Redis restart: ioredis waits for the reconnect,
    // and anything else that fails is tried again, since losing it would make the request "maybe sent".
    for (let attempt = 0; ; attempt += 1) {
      try {
        await store.scripts.campaignRecord(keys.meta, keys.results, keys.inFlight, job.index, token, encodeAnswer(answer), counter, amount, rejected);
        return;
      } catch (error) {
        onError?.(asCampaignError("recording a request's answer (tried again)", error));
        await delay(backoffDelay(attempt, 200), new AbortController().signal);
      }
    }
  };

  const processRequest = async (job: Job<RequestJob>, token: string | undefined): Promise<Outcome> => {
    const claimToken = token ?? `${job.id}:${Date.now()}`;
    const { campaign: id, index, size } = job.data;
    const keys = store.keys(id);
    const settings = await store.campaign(id);
    const backToQueue = async (delayMs: number): Promise<never> => {
      await job.moveToDelayed(Date.now() + delayMs, token);
      throw new DelayedError();
    };
    const unitMs = Number.isFinite(settings.mps) ? Math.ceil((size * settings.unitsPerRecipient * 1000) / settings.mps) : 0;
    // Everything the POST needs is ready before a slot is taken, so little happens between the two.
    const numbers = decodeNumbers((await store.redis.get(keys.numbers(index))) ?? '');
    const body = { ...settings.body, dst: numbers.join(DESTINATION_DELIMITER) };
    if (typeof settings.body.url === 'string') body.url = requestCallbackUrl(settings.body.url, id, index);
    const windowMs = ROLLING_WINDOW_MS + WINDOW_MARGIN_MS;
    for (let attempt = 0; ; attempt += 1) {
      if (closing.signal.aborted) return backToQueue(0);
      const state = await store.redis.hget(keys.meta, 'state');
      if (state === 'paused') return backToQueue(PAUSED_RECHECK_MS);
      const member = `${job.id}:${attempt}:${claimToken}`;
      if (state !== 'cancelled') {
        const wait = Number(await store.scripts.campaignAcquire(limits.window, limits.pace, limits.pause, settings.requestsPer5s, windowMs, unitMs, unitMs, member));
        if (wait > 0) {
          await delay(Math.min(wait, MAX_SLEEP_MS), closing.signal);
          continue;
        }
      }
      const claim = String(await store.scripts.campaignClaim(keys.meta, keys.results, keys.inFlight, index, claimToken, size));
      if (claim === 'paused') return backToQueue(PAUSED_RECHECK_MS);
      if (claim !== 'go') return claim as Outcome;
      const late = Number(await store.scripts.campaignConfirm(limits.window, settings.requestsPer5s, windowMs, member));
      if (late > 0) {
        await store.scripts.campaignRelease(keys.inFlight, index, claimToken);
        await delay(Math.min(late, MAX_SLEEP_MS), closing.signal);
        continue;
      }

      try {
        const response = await client.messages.send(body);
        const sent = new Set(numbers);
        const rejected = (Array.isArray(response.invalid_number) ? response.invalid_number : []).map(sanitizeDestination).filter((n) => sent.has(n));
        await record(keys, job.data, claimToken, { outcome: 'accepted', apiId: response.api_id, rejected }, 'accepted', numbers.length - rejected.length, rejected.length);
        return 'accepted';
      } catch (caught) {
        const error = asPlivoError(caught, 'messages.send');
        // Refusals that prove nothing was sent go back through the shared limits; a 429 holds every worker back.
        if (error instanceof PlivoRateLimitError) {
          const wait = Math.min(error.retryAfterMs ?? backoffDelay(attempt, SAFE_RETRY_BASE_MS), MAX_RETRY_AFTER_MS);
          await store.scripts.campaignPause(limits.pause, wait);
          await store.scripts.campaignRelease(keys.inFlight, index, claimToken);
          continue;
        }
        if (error instanceof PlivoAuthError && error.status === 401) {
          await store.scripts.campaignRelease(keys.inFlight, index, claimToken);
          stopForCredentials(error);
          return backToQueue(0);
        }
        const { maybeSent } = error;
        if (error instanceof PlivoConnectionError && !maybeSent) {
          await store.scripts.campaignRelease(keys.inFlight, index, claimToken);
          await delay(backoffDelay(attempt, SAFE_RETRY_BASE_MS), closing.signal);
          continue;
        }
        if (maybeSent) await record(keys, job.data, claimToken, { outcome: 'maybeSent', reason: reasonOf(error) }, 'maybeSent', numbers.length, 0);
        else await record(keys, job.data, claimToken, { outcome: 'failed', reason: reasonOf(error) }, 'failed', numbers.length, 0);
        return maybeSent ? 'maybeSent' : 'failed';
      }
    }
  };

  const worker = new Worker<RequestJob, Outcome>(QUEUE_NAME, processRequest, {
    connection,
    prefix: store.prefix,
    concurrency,
    lockDuration,
    stalledInterval: Math.max(1000, Math.floor(lockDuration / 2)),
    // A stalled request is always taken over: the claim, not BullMQ's count, keeps it from going twice.
    maxStalledCount: Number.MAX_SAFE_INTEGER,
    autorun: false,
    ...(options.name === undefined ? {} : { name: options.name }),
  });
  worker.on('error', (error) => onError?.(asCampaignError('the campaign worker', error)));
  worker.on('failed', (_job, error) => onError?.(asCampaignError('a campaign job', error, true)));

  let closed: Promise<void> | undefined;
  // No request is taken before the Redis settings are known to be safe; if they are not, the worker stops.
  ready.then(
    () => {
      if (!closing.signal.aborted) worker.run().catch((error: unknown) => onError?.(asCampaignError('the campaign worker', error)));
    },
    (error: unknown) => stopFor(asCampaignError('checking the Redis settings', error)),
  );
  function close(): Promise<void> {
    closed ??= (async () => {
      closing.abort();
      await worker.close();
      connection.disconnect();
      resolveStopped(stopReason);
    })();
    return closed;
  }
  return { close, stopped };
}
