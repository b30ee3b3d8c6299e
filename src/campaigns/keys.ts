/**
 * Redis key names of one campaign store. Every key of a campaign shares the `{prefix}:campaign:{id}`
 * stem; the limits are per prefix, because Plivo counts them per account, across campaigns.
 */
export interface CampaignKeys {
  /** Hash: settings, plan, state and outcome counters. */
  meta: string;
  /** String key held while a `start` loads recipients, so two starts of one id do not interleave. */
  loading: string;
  /** Hash: request index → recorded answer. */
  results: string;
  /** Hash: request index → token of the worker that marked it in flight. */
  inFlight: string;
  /** Hash: delivery state → recipients in it. */
  delivery: string;
  /** List: `input\treason` of every invalid entry. */
  invalid: string;
  /** String: the numbers of request `index`, fixed width. */
  numbers(index: number): string;
  /** String: one delivery-state byte per recipient of request `index`. */
  states(index: number): string;
  /** String: the 36-character message UUID of each recipient of request `index`, once a callback named it. */
  uuids(index: number): string;
  /** Hash: position → error code, for recipients of request `index` that failed or were undelivered. */
  errors(index: number): string;
}

/** Keys shared by every campaign under one prefix (one Plivo account). */
export interface LimitKeys {
  /** Sorted set: one member per request sent, scored by the Redis time it was let through. */
  window: string;
  /** String: the Redis time (ms) at which Plivo's queue is expected to be empty. */
  pace: string;
  /** String: the Redis time (ms) until which no request may start, after a 429. */
  pause: string;
}

/** Campaign ids appear in keys and URLs, so they are kept to characters safe in both. */
export const CAMPAIGN_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/;

/** The keys of campaign `id` under `prefix`. */
export function campaignKeys(prefix: string, id: string): CampaignKeys {
  const stem = `${prefix}:campaign:${id}`;
  return {
    meta: stem,
    loading: `${stem}:loading`,
    results: `${stem}:results`,
    inFlight: `${stem}:in-flight`,
    delivery: `${stem}:delivery`,
    invalid: `${stem}:invalid`,
    numbers: (index) => `${stem}:numbers:${index}`,
    states: (index) => `${stem}:states:${index}`,
    uuids: (index) => `${stem}:uuids:${index}`,
    errors: (index) => `${stem}:errors:${index}`,
  };
}

/** The account-wide limit keys under `prefix`. */
export function limitKeys(prefix: string): LimitKeys {
  return { window: `${prefix}:limits:window`, pace: `${prefix}:limits:pace`, pause: `${prefix}:limits:pause` };
}

/** Name of the BullMQ queue every campaign of a prefix shares. */
export const QUEUE_NAME = 'campaigns';
