/** The longest `Retry-After` the client waits for before giving up and reporting the 429. */
export const MAX_RETRY_AFTER_MS = 60_000;
const MAX_BACKOFF_MS = 8_000;

/** `Retry-After` in milliseconds (delta-seconds or an HTTP date), or undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Exponential backoff with jitter: base × 2^attempt, capped, then scaled by a random 50–100 %. */
export function backoffDelay(attempt: number, baseMs: number, random: () => number = Math.random): number {
  const ceiling = Math.min(MAX_BACKOFF_MS, baseMs * 2 ** attempt);
  return Math.round(ceiling * (0.5 + random() / 2));
}

/**
 * Statuses worth another attempt. A POST is repeated only on 429, which Plivo answers without
 * processing the request; a 5xx on a send may hide a queued message and Plivo has no idempotency key.
 */
export function isRetryableStatus(status: number, method: string): boolean {
  if (status === 429) return true;
  return method === 'GET' && (status === 500 || status === 502 || status === 503 || status === 504);
}
