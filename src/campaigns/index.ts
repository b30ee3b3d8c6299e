/**
 * Campaigns on BullMQ and Redis: one message to any number of recipients, sent by workers in any
 * number of processes, paced to the account's limits, at most once per recipient. Node only; needs
 * `bullmq` and `ioredis`.
 * @packageDocumentation
 */
import type { MessageStatusCallback } from '../webhooks/types.js';
import { campaignReport, campaignStatus, changeState, openStore, recordCallback, startCampaign, type RecordCallbackResult } from './store.js';
import type { CampaignPlan, CampaignReportRow, CampaignsOptions, CampaignStatus, CampaignWorker, CampaignWorkerOptions, StartCampaignOptions } from './types.js';
import { asCampaignCall } from './errors.js';
import { startWorker } from './worker.js';

export type {
  CampaignBody,
  CampaignPlan,
  CampaignReportRow,
  CampaignsOptions,
  CampaignState,
  CampaignStatus,
  CampaignWorker,
  CampaignWorkerOptions,
  DeliveryCounts,
  RecipientOutcome,
  StartCampaignOptions,
} from './types.js';
export type { DeliveryState } from './delivery-states.js';
export type { RecordCallbackResult } from './store.js';
export { CampaignError, CampaignRedisSettingsError } from './errors.js';
export { planRequests, pacedRequestSize, type PacingInput, type RequestPlan } from './plan.js';

/** A campaign store: start campaigns, run workers, follow and steer them. */
export interface Campaigns {
  /**
   * Stores the recipients and queues the campaign's requests; resolves with the plan once every
   * request is queued. Starting an id that exists changes nothing and returns its plan
   * (`created: false`). Throws PlivoValidationError for a bad body and CampaignError for bad
   * options or Redis settings; nothing is sent by `start` itself.
   */
  start(options: StartCampaignOptions): Promise<CampaignPlan>;
  /** Starts a worker in this process; run as many as you like, in as many processes. */
  worker(options: CampaignWorkerOptions): CampaignWorker;
  /** Counters of campaign `id`: outcomes per recipient and delivery states from the callbacks. */
  status(id: string): Promise<CampaignStatus>;
  /**
   * Records a verified status callback; `url` is the URL Plivo called (`request.url`), whose query
   * names the campaign and request. Idempotent and order-tolerant.
   */
  recordCallback(callback: MessageStatusCallback, url: string | URL): Promise<RecordCallbackResult>;
  /** One row per recipient (then one per invalid entry), read from Redis a request at a time. */
  report(id: string): AsyncIterable<CampaignReportRow>;
  /** Holds the campaign's requests back; those in flight finish. */
  pause(id: string): Promise<CampaignStatus>;
  /** Lets a paused campaign go on. */
  resume(id: string): Promise<CampaignStatus>;
  /** Stops the campaign: every request not yet sent is recorded as cancelled. */
  cancel(id: string): Promise<CampaignStatus>;
  /** Closes this store's Redis connections (workers have their own: close them first). */
  close(): Promise<void>;
}

/**
 * Opens a campaign store on Redis. Redis must keep every key and survive restarts
 * (`maxmemory-policy noeviction`, `appendonly yes`); `start` and `worker` check it first.
 * @example
 * const campaigns = createCampaigns({ connection: 'redis://127.0.0.1:6379', prefix: 'plivo' });
 * const plan = await campaigns.start({ id: 'spring-sale', body: { src: '14155550100', text: 'Sale today', url: 'https://example.com/plivo/status' }, recipients, mps: 5 });
 * const worker = campaigns.worker({ client: createPlivoClient({ maxRetries: 0 }) });
 */
export function createCampaigns(options: CampaignsOptions): Campaigns {
  const store = openStore(options);
  return {
    start: (start) => asCampaignCall('campaign start', () => startCampaign(store, start)),
    worker(workerOptions) {
      return startWorker(store, workerOptions, store.ensureDurable());
    },
    status: (id) => asCampaignCall('campaign status', () => campaignStatus(store, id)),
    recordCallback: (callback, url) => asCampaignCall('recordCallback', () => recordCallback(store, callback, url)),
    async *report(id) {
      const rows = campaignReport(store, id)[Symbol.asyncIterator]();
      try {
        for (;;) {
          const next = await asCampaignCall('campaign report', () => rows.next());
          if (next.done) return;
          yield next.value;
        }
      } finally {
        await rows.return?.(undefined);
      }
    },
    pause: (id) => asCampaignCall('campaign pause', () => changeState(store, id, 'pause')),
    resume: (id) => asCampaignCall('campaign resume', () => changeState(store, id, 'resume')),
    cancel: (id) => asCampaignCall('campaign cancel', () => changeState(store, id, 'cancel')),
    async close() {
      await store.queue.close();
      store.redis.disconnect();
    },
  };
}
