/** Error codes that prove the request never left this machine: name resolution, connect or TLS failed. */
const NOT_SENT_CODES = new Set([
  'ENOTFOUND',
  'EAI_AGAIN',
  'EAI_NONAME',
  'EAI_FAIL',
  'ECONNREFUSED',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EADDRNOTAVAIL',
  'UND_ERR_CONNECT_TIMEOUT',
  'CERT_HAS_EXPIRED',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

function collectCodes(error: unknown, codes: string[], depth: number): void {
  if (depth > 4 || error === null || typeof error !== 'object') return;
  const { code, cause, errors } = error as { code?: unknown; cause?: unknown; errors?: unknown };
  if (typeof code === 'string') codes.push(code);
  if (Array.isArray(errors)) for (const inner of errors) collectCodes(inner, codes, depth + 1);
  collectCodes(cause, codes, depth + 1);
}

/**
 * Whether a failed fetch certainly never delivered a byte of the request. Only a recognised
 * resolution/connect/TLS code proves that; browsers report a bare "Failed to fetch" with no detail,
 * which counts as "may have been sent".
 */
export function certainlyNotSent(error: unknown): boolean {
  const codes: string[] = [];
  collectCodes(error, codes, 0);
  return codes.length > 0 && codes.every((code) => NOT_SENT_CODES.has(code));
}

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
