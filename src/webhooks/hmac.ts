import { base64ToBytes, timingSafeEqual, utf8Bytes } from '../encoding.js';
import { PlivoArgumentError, PlivoError } from '../errors.js';

function assertAuthToken(authToken: unknown): asserts authToken is string {
  // Never echo the value: it is a secret, and even a wrong one is often a real token of another account.
  if (typeof authToken !== 'string' || authToken === '') {
    throw new PlivoArgumentError('authToken', 'authToken must be a non-empty string (your Plivo auth token).');
  }
}

/** HMAC-SHA256 of `message`, keyed with the auth token, through Web Crypto so it runs in any runtime. */
export async function hmacSha256(authToken: string, message: string): Promise<Uint8Array> {
  assertAuthToken(authToken);
  const subtle = globalThis.crypto?.subtle;
  if (subtle === undefined) {
    throw new PlivoError('Web Crypto (globalThis.crypto.subtle) is not available; it is needed to check Plivo signatures (browsers expose it only in secure contexts).');
  }
  const key = await subtle.importKey('raw', utf8Bytes(authToken), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return new Uint8Array(await subtle.sign('HMAC', key, utf8Bytes(message)));
}

/**
 * Whether any signature in a header value (one signature, or several joined by commas while Plivo has
 * more than one active token) equals `expected`.
 */
export function matchesAnySignature(expected: Uint8Array, headerValue: string): boolean {
  let matched = false;
  // No early exit: which entry matched is not secret, but a uniform loop keeps the timing boring.
  for (const candidate of headerValue.split(',')) {
    const bytes = base64ToBytes(candidate.trim());
    if (bytes !== null && timingSafeEqual(bytes, expected)) matched = true;
  }
  return matched;
}
