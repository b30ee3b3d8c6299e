import type { Redis } from 'ioredis';
import { DELIVERY_STATES } from './delivery-states.js';
import type { CampaignKeys } from './keys.js';
import type { CampaignState, CampaignStatus, DeliveryCounts } from './types.js';

function stateOf(stored: string | undefined, requests: number, settled: number): CampaignState {
  if (stored === undefined || stored === 'loading' || stored === 'queued') return 'starting';
  if (stored === 'cancelled') return 'cancelled';
  if (settled >= requests) return 'done';
  return stored === 'paused' ? 'paused' : 'running';
}

/** Reads a campaign's counters; every unique recipient is in one outcome or in `pending`. */
export async function readStatus(redis: Redis, keys: CampaignKeys, id: string): Promise<CampaignStatus> {
  const [meta, delivery] = await Promise.all([redis.hgetall(keys.meta), redis.hgetall(keys.delivery)]);
  const count = (name: string) => Number(meta[name] ?? 0);
  const total = count('unique');
  const accepted = count('accepted');
  const rejected = count('rejected');
  const maybeSent = count('maybeSent');
  const failed = count('failed');
  const cancelled = count('cancelled');
  const requests = count('requests');
  const settledRequests = count('settledRequests');
  const counts = Object.fromEntries(DELIVERY_STATES.map((state) => [state, Number(delivery[state] ?? 0)])) as DeliveryCounts;
  return {
    id,
    state: stateOf(meta.state, requests, settledRequests),
    total,
    pending: total - accepted - rejected - maybeSent - failed - cancelled,
    accepted,
    rejected,
    maybeSent,
    failed,
    cancelled,
    invalid: count('invalid'),
    duplicates: count('duplicates'),
    requests,
    settledRequests,
    delivery: counts,
  };
}
