import type { ChainableCommander, Redis } from 'ioredis';
import { destinationProblem } from '../messaging/destinations.js';
import { sanitizeDestination } from '../messaging/numbers.js';
import { encodeNumbers } from './fixed-width.js';
import type { CampaignKeys } from './keys.js';
import { NumberSet } from './number-set.js';

/** What loading the recipients found. */
export interface LoadedRecipients {
  unique: number;
  duplicates: number;
  invalid: number;
  requests: number;
}

// Requests written per round trip: large enough that 1,000,000 numbers take about 16 round trips,
// small enough that a pipeline holds a few MB at most.
const REQUESTS_PER_FLUSH = 64;
const INVALID_PER_PUSH = 1000;

/**
 * Streams the recipients into Redis as fixed-width strings of `requestSize` numbers, one key per
 * request. Only the current request's numbers and a compact set of the numbers seen (8 bytes
 * each, for de-duplication) stay in memory; the input is read exactly once.
 */
export async function loadRecipients(
  redis: Redis,
  keys: CampaignKeys,
  recipients: Iterable<string> | AsyncIterable<string>,
  requestSize: number,
): Promise<LoadedRecipients> {
  const seen = new NumberSet();
  let duplicates = 0;
  let invalid = 0;
  let requests = 0;
  let current: string[] = [];
  let invalidEntries: string[] = [];
  let pipeline: ChainableCommander = redis.pipeline().del(keys.invalid);
  let queued = 0;
  let inFlight: Promise<unknown> = Promise.resolve();

  const flush = async () => {
    // One round trip may be in flight while the next pipeline fills, never more.
    await inFlight;
    const sending = pipeline;
    inFlight = sending.exec().then(throwFirstError);
    // Awaited at the next flush; until then a failure must not count as unhandled.
    inFlight.catch(() => undefined);
    pipeline = redis.pipeline();
    queued = 0;
  };

  for await (const entry of recipients) {
    if (entry.trim() === '') continue;
    const number = sanitizeDestination(entry);
    const problem = destinationProblem(number);
    if (problem !== undefined) {
      invalid += 1;
      invalidEntries.push(`${entry}\t${problem}`);
      if (invalidEntries.length >= INVALID_PER_PUSH) {
        pipeline.rpush(keys.invalid, ...invalidEntries);
        invalidEntries = [];
      }
      continue;
    }
    if (!seen.add(number)) {
      duplicates += 1;
      continue;
    }
    current.push(number);
    if (current.length === requestSize) {
      pipeline.set(keys.numbers(requests), encodeNumbers(current));
      requests += 1;
      current = [];
      queued += 1;
      if (queued >= REQUESTS_PER_FLUSH) await flush();
    }
  }
  if (current.length > 0) {
    pipeline.set(keys.numbers(requests), encodeNumbers(current));
    requests += 1;
  }
  if (invalidEntries.length > 0) pipeline.rpush(keys.invalid, ...invalidEntries);
  await flush();
  await inFlight;
  return { unique: seen.size, duplicates, invalid, requests };
}

function throwFirstError(results: [Error | null, unknown][] | null): void {
  for (const [error] of results ?? []) if (error) throw error;
}
