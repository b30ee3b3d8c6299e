/** Plivo's API limit counts requests over any 5-second span. */
export const RATE_WINDOW_MS = 5000;

/**
 * The account's request limit as a rolling window: a request is admitted only when fewer than `limit`
 * requests were admitted in the 5 seconds before it, so no 5-second span ever holds more than
 * `limit`. (A fixed window would allow twice the limit across a boundary.)
 */
export interface RateWindow {
  /** Admits a request at `now` and returns 0, or refuses it and returns the milliseconds until one would be admitted. */
  admit(now: number): number;
}

/** A rolling window admitting at most `limit` requests per 5 s; `Infinity` admits everything. */
export function createRateWindow(limit: number): RateWindow {
  const admitted: number[] = [];
  let head = 0;
  return {
    admit(now) {
      if (limit === Infinity) return 0;
      while (head < admitted.length && (admitted[head] ?? 0) <= now - RATE_WINDOW_MS) head += 1;
      if (head > 1024 && head * 2 > admitted.length) {
        admitted.splice(0, head);
        head = 0;
      }
      if (admitted.length - head < limit) {
        admitted.push(now);
        return 0;
      }
      return (admitted[head] ?? now) + RATE_WINDOW_MS - now;
    },
  };
}
