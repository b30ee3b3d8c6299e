import { randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import { Redis, type RedisOptions } from 'ioredis';
import { PlivoValidationError } from '../errors.js';
import { validateSendMessageRequest } from '../validation/validate.js';
import type { MessageStatusCallback } from '../webhooks/types.js';
import { callbackTarget } from './callback-url.js';
import { deliveryStateOf, STATE_CODES } from './delivery-states.js';
import { asCampaignError, CampaignError } from './errors.js';
import { CAMPAIGN_ID, campaignKeys, QUEUE_NAME, type CampaignKeys } from './keys.js';
import { loadRecipients } from './load-recipients.js';
import { planRequests } from './plan.js';
import { assertDurableRedis } from './redis-settings.js';
import { campaignScripts, type CampaignScripts } from './scripts.js';
import { readReport } from './report.js';
import { readStatus } from './status.js';
import type { CampaignPlan, CampaignReportRow, CampaignsOptions, CampaignStatus, StartCampaignOptions } from './types.js';
import { expirySeconds, unitsPerRecipient } from './units.js';

/** Settings of a campaign as `start` stores them; workers read them once per campaign. */
export interface StoredCampaign {
  body: StartCampaignOptions['body'];
  /** Infinity when unpaced. */
  mps: number;
  requestsPer5s: number;
  requestSize: number;
  unitsPerRecipient: number;
}

/** The Redis side every campaign operation shares: one connection, the scripts and the queue. */
export interface CampaignStore {
  readonly redis: Redis;
  readonly prefix: string;
  readonly scripts: CampaignScripts;
  readonly queue: Queue;
  keys(id: string): CampaignKeys;
  /** Checks the Redis settings once per store (when asked to). */
  ensureDurable(): Promise<void>;
  /** The settings of campaign `id`; throws CampaignError for an unknown id. */
  campaign(id: string): Promise<StoredCampaign>;
  /** A second connection with the same settings (a worker's). */
  duplicate(): Redis;
}

const DEFAULT_MPS = 5;
const DEFAULT_REQUESTS_PER_5S = 300;
// A start that died leaves its lease to lapse; a live one renews it long before.
const LOADING_LEASE_MS = 30_000;
// Any placeholder number will do: only the body's own fields are checked here.
const PLACEHOLDER_DST = '14155550100';
const ADD_BULK_CHUNK = 500;

/** Every job's options: a request is taken over after a stall as often as it takes, and only our own claim decides whether it is sent. */
export const JOB_OPTIONS = {
  removeOnComplete: true,
  removeOnFail: false,
  attempts: 1_000_000,
  backoff: { type: 'fixed', delay: 1000 },
} as const;

/** A request's job: which campaign, which request, how many recipients. */
export interface RequestJob {
  campaign: string;
  index: number;
  size: number;
}

/** The BullMQ job id of a request: custom ids make adding it twice a no-op. */
export function requestJobId(campaign: string, index: number): string {
  return `${campaign}#${index}`;
}

/** ioredis' own back-off between reconnection attempts. */
const reconnectDelay = (attempt: number) => Math.min(attempt * 50, 2000);

function redisConnection(connection: CampaignsOptions['connection'], giveUpAfterMs: number | undefined): Redis {
  // BullMQ workers need commands that wait through a reconnect instead of failing after 20 tries.
  const options: RedisOptions = { maxRetriesPerRequest: null, enableReadyCheck: true };
  if (giveUpAfterMs !== undefined) {
    let downSince: number | undefined;
    // Giving up ends the connection, and ioredis then rejects every waiting and later command.
    options.retryStrategy = (attempt) => {
      if (attempt === 1) downSince = Date.now();
      return Date.now() - (downSince ?? Date.now()) >= giveUpAfterMs ? null : reconnectDelay(attempt);
    };
  }
  return typeof connection === 'string' ? new Redis(connection, options) : new Redis({ ...connection, ...options });
}

/** Opens the store. */
export function openStore(options: CampaignsOptions): CampaignStore {
  const prefix = options.prefix ?? 'plivo';
  if (!/^[A-Za-z0-9_.:-]{1,100}$/.test(prefix)) throw new CampaignError(`prefix must be 1 to 100 letters, digits or _ . : -; got ${JSON.stringify(prefix)}`);
  if (options.giveUpAfterMs !== undefined && !(options.giveUpAfterMs >= 0)) throw new CampaignError(`giveUpAfterMs must be a number of milliseconds, 0 or more; got ${String(options.giveUpAfterMs)}`);
  const redis = redisConnection(options.connection, options.giveUpAfterMs);
  redis.on('error', (error: Error) => options.onError?.(asCampaignError("the campaigns' Redis connection", error)));
  const scripts = campaignScripts(redis);
  const queue = new Queue<RequestJob>(QUEUE_NAME, { connection: redis, prefix });
  queue.on('error', (error: Error) => options.onError?.(asCampaignError('the campaign queue', error)));
  const cache = new Map<string, StoredCampaign>();
  let durable: Promise<void> | undefined;
  return {
    redis,
    prefix,
    scripts,
    queue,
    keys: (id) => campaignKeys(prefix, id),
    ensureDurable() {
      if (options.checkRedisSettings === false) return Promise.resolve();
      durable ??= assertDurableRedis(redis).catch((error: unknown) => {
        durable = undefined;
        throw error;
      });
      return durable;
    },
    async campaign(id) {
      const known = cache.get(id);
      if (known) return known;
      const fields = await redis.hmget(campaignKeys(prefix, id).meta, 'body', 'mps', 'requestsPer5s', 'requestSize', 'unitsPerRecipient');
      const [body, mps, requestsPer5s, requestSize, units] = fields;
      if (body == null || mps == null) throw new CampaignError(`No campaign ${JSON.stringify(id)} under prefix ${JSON.stringify(prefix)}`);
      const stored: StoredCampaign = {
        body: JSON.parse(body) as StoredCampaign['body'],
        mps: Number(mps),
        requestsPer5s: Number(requestsPer5s),
        requestSize: Number(requestSize),
        unitsPerRecipient: Number(units),
      };
      cache.set(id, stored);
      return stored;
    },
    duplicate: () => redis.duplicate(),
  };
}

function checkId(id: string): void {
  if (!CAMPAIGN_ID.test(id)) throw new CampaignError(`Campaign id must be 1 to 100 letters, digits or _ . - (starting with a letter or digit); got ${JSON.stringify(id)}`);
}

function positiveNumber(name: string, value: number, allowInfinity: boolean): number {
  if (Number.isNaN(value) || value <= 0 || (!allowInfinity && !Number.isFinite(value))) {
    throw new CampaignError(`${name} must be a positive number${allowInfinity ? ' (or Infinity)' : ''}; got ${value}`);
  }
  return value;
}

async function storedPlan(store: CampaignStore, keys: CampaignKeys): Promise<CampaignPlan | undefined> {
  const plan = await store.redis.hget(keys.meta, 'plan');
  return plan == null ? undefined : { ...(JSON.parse(plan) as CampaignPlan), created: false };
}

async function enqueue(store: CampaignStore, id: string, plan: CampaignPlan): Promise<void> {
  const keys = store.keys(id);
  for (let first = 0; first < plan.requests; first += ADD_BULK_CHUNK) {
    const jobs = [];
    for (let index = first; index < Math.min(plan.requests, first + ADD_BULK_CHUNK); index += 1) {
      const size = Math.min(plan.requestSize, plan.unique - index * plan.requestSize);
      jobs.push({ name: 'request', data: { campaign: id, index, size }, opts: { ...JOB_OPTIONS, jobId: requestJobId(id, index) } });
    }
    await store.queue.addBulk(jobs);
  }
  await store.redis.eval(`if redis.call('HGET', KEYS[1], 'state') == 'queued' then redis.call('HSET', KEYS[1], 'state', 'running') end`, 1, keys.meta);
}

/**
 * Starts campaign `options.id`, or returns its plan unchanged when it exists. Nothing is queued
 * until every recipient is stored, so a start that dies part-way sent nothing, and starting the
 * same id again loads the recipients afresh.
 */
export async function startCampaign(store: CampaignStore, options: StartCampaignOptions): Promise<CampaignPlan> {
  const { id, body } = options;
  checkId(id);
  const mps = positiveNumber('mps', options.mps ?? DEFAULT_MPS, true);
  const requestsPer5s = positiveNumber('requestsPer5s', options.requestsPer5s ?? DEFAULT_REQUESTS_PER_5S, false);
  if ('dst' in body) throw new CampaignError('The campaign body must not have dst: the recipients come from `recipients`');
  const check = validateSendMessageRequest({ ...body, dst: PLACEHOLDER_DST });
  if (!check.ok) throw new PlivoValidationError(check.issues, 'campaign body');
  await store.ensureDurable();

  const keys = store.keys(id);
  const state = await store.redis.hget(keys.meta, 'state');
  if (state !== null && state !== 'loading') {
    const plan = await storedPlan(store, keys);
    if (plan === undefined) throw new CampaignError(`Campaign ${JSON.stringify(id)} has no plan stored; its keys were changed outside this package`);
    // A start that died between storing the plan and queueing finishes here; adding a job twice is a no-op.
    if (state === 'queued') await enqueue(store, id, plan);
    return plan;
  }

  const lease = randomUUID();
  if ((await store.redis.set(keys.loading, lease, 'PX', LOADING_LEASE_MS, 'NX')) !== 'OK') {
    throw new CampaignError(`Campaign ${JSON.stringify(id)} is being started by another process; call start again once it has finished`);
  }
  const renew = setInterval(() => void store.redis.pexpire(keys.loading, LOADING_LEASE_MS).catch(() => undefined), LOADING_LEASE_MS / 3);
  try {
    const units = unitsPerRecipient(body);
    const expiry = expirySeconds(body);
    const requestSize = planRequests({ recipients: 0, unitsPerRecipient: units, mps, requestsPer5s, expirySeconds: expiry }).requestSize;
    await store.redis.hset(keys.meta, { state: 'loading', body: JSON.stringify(body), mps: String(mps), requestsPer5s, requestSize, unitsPerRecipient: units });
    const previous = Number((await store.redis.hget(keys.meta, 'loadedRequests')) ?? 0);
    const loaded = await loadRecipients(store.redis, keys, options.recipients, requestSize);
    // A previous start of this id that died may have stored more requests than this one.
    for (let index = loaded.requests; index < previous; index += 1) await store.redis.del(keys.numbers(index));
    const estimate = planRequests({ recipients: loaded.unique, unitsPerRecipient: units, mps, requestsPer5s, expirySeconds: expiry });
    const plan: CampaignPlan = {
      id,
      created: true,
      unique: loaded.unique,
      duplicates: loaded.duplicates,
      invalid: loaded.invalid,
      requests: estimate.requests,
      requestSize,
      units: estimate.units,
      estimatedSeconds: estimate.estimatedSeconds,
      expiryRisk: estimate.expiryRisk,
    };
    await store.redis
      .multi()
      .hset(keys.meta, {
        state: 'queued',
        plan: JSON.stringify(plan),
        loadedRequests: plan.requests,
        unique: plan.unique,
        duplicates: plan.duplicates,
        invalid: plan.invalid,
        requests: plan.requests,
        accepted: 0,
        rejected: 0,
        maybeSent: 0,
        failed: 0,
        cancelled: 0,
        settledRequests: 0,
        createdAt: new Date().toISOString(),
      })
      .del(keys.results, keys.inFlight, keys.delivery)
      .exec();
    await enqueue(store, id, plan);
    return plan;
  } finally {
    clearInterval(renew);
    await store.redis.eval(`if redis.call('GET', KEYS[1]) == ARGV[1] then redis.call('DEL', KEYS[1]) end`, 1, keys.loading, lease);
  }
}

const TRANSITIONS = {
  pause: { from: ['queued', 'running'], to: 'paused' },
  resume: { from: ['paused'], to: 'running' },
  cancel: { from: ['queued', 'running', 'paused'], to: 'cancelled' },
} as const;

/**
 * Pauses, resumes or cancels campaign `id`. Requests in flight finish and record their answers;
 * paused requests wait in BullMQ's delayed set and come back within about 2 s of a resume; after a
 * cancel every request not yet sent is recorded as cancelled. A campaign that is done stays done.
 */
export async function changeState(store: CampaignStore, id: string, change: keyof typeof TRANSITIONS): Promise<CampaignStatus> {
  checkId(id);
  const keys = store.keys(id);
  await store.campaign(id);
  const { from, to } = TRANSITIONS[change];
  await store.redis.eval(
    // Done is not stored: it is every request settled (see status.ts), and no change may undo it.
    `local state = redis.call('HGET', KEYS[1], 'state')
if state ~= 'queued' and tonumber(redis.call('HGET', KEYS[1], 'settledRequests') or '0') >= tonumber(redis.call('HGET', KEYS[1], 'requests') or '0') then return 0 end
for i = 2, #ARGV do if state == ARGV[i] then redis.call('HSET', KEYS[1], 'state', ARGV[1]) return 1 end end
return 0`,
    1,
    keys.meta,
    to,
    ...from,
  );
  return readStatus(store.redis, keys, id);
}

/** The status of campaign `id`. */
export async function campaignStatus(store: CampaignStore, id: string): Promise<CampaignStatus> {
  checkId(id);
  await store.campaign(id);
  return readStatus(store.redis, store.keys(id), id);
}

/** Every recipient of campaign `id`, request by request, then the invalid entries. */
export async function* campaignReport(store: CampaignStore, id: string): AsyncGenerator<CampaignReportRow> {
  checkId(id);
  await store.campaign(id);
  yield* readReport(store.redis, store.keys(id));
}

/** What `recordCallback` did with one callback. */
export type RecordCallbackResult =
  /** The recipient's state moved on. */
  | 'updated'
  /** A duplicate, or older than what is recorded: nothing changed. */
  | 'unchanged'
  /** The URL carries no campaign, or the number is not in that request: not a callback of this store. */
  | 'unknown';

/**
 * Applies a verified status callback to its recipient. `url` is the URL Plivo called (its query
 * names the campaign and request). Idempotent and order-tolerant: a state only moves forward
 * (queued → sent → delivered / undelivered / failed, then read), so duplicates and late arrivals
 * change nothing.
 */
export async function recordCallback(store: CampaignStore, callback: MessageStatusCallback, url: string | URL): Promise<RecordCallbackResult> {
  const target = callbackTarget(url);
  const state = deliveryStateOf(callback.Status);
  if (target === undefined || state === undefined || !CAMPAIGN_ID.test(target.campaign) || callback.To === undefined) return 'unknown';
  const keys = store.keys(target.campaign);
  const errorCode = callback.ErrorCode !== undefined && callback.ErrorCode !== '' && Number(callback.ErrorCode) !== 0 ? callback.ErrorCode : '';
  const changed = await store.scripts.campaignCallback(
    keys.numbers(target.request),
    keys.states(target.request),
    keys.uuids(target.request),
    keys.errors(target.request),
    keys.delivery,
    callback.To.replace(/\D/g, ''),
    STATE_CODES[state].code,
    callback.MessageUUID,
    errorCode,
  );
  return changed === 1 ? 'updated' : changed === 0 ? 'unchanged' : 'unknown';
}
