import { bytesToBase64 } from '../encoding.js';
import { hmacSha256, matchesAnySignature } from './hmac.js';
import { splitSigningUrl } from './url.js';

/** What {@link signCallbackV2} needs. */
export interface SignCallbackV2Options {
  /**
   * The URL Plivo called, exactly as configured: only `scheme://host[:port]/path` is signed (query and
   * fragment are dropped), and `https://a.example` differs from `https://a.example/`.
   */
  url: string | URL;
  /** The `X-Plivo-Signature-V2-Nonce` header value. */
  nonce: string;
  /** The auth token of the account (for `-V2`) or of the main account (for `-Ma-V2`). */
  authToken: string;
}

/** What {@link verifySignatureV2} needs: the signing inputs plus the header value to check. */
export interface VerifySignatureV2Options extends SignCallbackV2Options {
  /** The `X-Plivo-Signature-V2` (or `-Ma-V2`) header value; several comma-separated signatures are accepted. */
  signature: string;
}

function v2Message(url: string | URL, nonce: string): string {
  return splitSigningUrl(url).base + nonce;
}

/**
 * Signs the way Plivo does, for tests: the V2 signature (HMAC-SHA256 of the URL without its query,
 * followed by the nonce), as the base64 text Plivo puts in `X-Plivo-Signature-V2`.
 *
 * @example
 * const signature = await signCallbackV2({ url: 'https://answer.url', nonce: '12345', authToken: 'my_auth_token' });
 * // 'ehV3IKhLysWBxC1sy8INm0qGoQYdYsHwuoKjsX7FsXc='
 */
export async function signCallbackV2(options: SignCallbackV2Options): Promise<string> {
  return bytesToBase64(await hmacSha256(options.authToken, v2Message(options.url, options.nonce)));
}

/**
 * Checks an `X-Plivo-Signature-V2` / `X-Plivo-Signature-Ma-V2` header. V2 covers only the URL and the
 * nonce, not the parameters: a valid V2 signature does not prove the body is Plivo's. Prefer V3 where
 * Plivo sends it ({@link verifyRequest} does). Comparison is constant-time over the decoded bytes.
 *
 * Resolves to `false` for a wrong or malformed signature; rejects only for an empty `authToken`
 * (`PlivoArgumentError`) or a runtime without Web Crypto (`PlivoError`).
 *
 * @example
 * const ok = await verifySignatureV2({
 *   url: 'https://answer.url',
 *   nonce: request.headers.get('X-Plivo-Signature-V2-Nonce') ?? '',
 *   signature: request.headers.get('X-Plivo-Signature-V2') ?? '',
 *   authToken: process.env.PLIVO_AUTH_TOKEN!,
 * });
 */
export async function verifySignatureV2(options: VerifySignatureV2Options): Promise<boolean> {
  const expected = await hmacSha256(options.authToken, v2Message(options.url, options.nonce));
  return matchesAnySignature(expected, options.signature);
}
