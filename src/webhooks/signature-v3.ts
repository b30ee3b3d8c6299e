import { bytesToBase64 } from '../encoding.js';
import { PlivoArgumentError } from '../errors.js';
import { hmacSha256, matchesAnySignature } from './hmac.js';
import { decodeQuery, splitSigningUrl } from './url.js';

/**
 * Request parameters as V3 signs them: the POST form fields, or for GET the query parameters beyond the
 * URL's own query. A key may carry several values.
 */
export type SignatureParams = Record<string, string | readonly string[]> | URLSearchParams | FormData;

/** What {@link signCallbackV3} needs. */
export interface SignCallbackV3Options {
  /** The URL Plivo called, exactly as configured, query included (a trailing slash changes the signature). */
  url: string | URL;
  /** `GET` or `POST` (any letter case), the method Plivo used for the callback. */
  method: string;
  /** The form fields (POST) or extra query parameters (GET); omit or pass `{}` when there are none. */
  params?: SignatureParams;
  /** The `X-Plivo-Signature-V3-Nonce` header value. */
  nonce: string;
  /** The auth token of the account (for `-V3`) or of the main account (for `-Ma-V3`). */
  authToken: string;
}

/** What {@link verifySignatureV3} needs: the signing inputs plus the header value to check. */
export interface VerifySignatureV3Options extends SignCallbackV3Options {
  /** The `X-Plivo-Signature-V3` (or `-Ma-V3`) header value: one signature or several separated by commas. */
  signature: string;
}

type Multimap = Map<string, string[]>;

function add(map: Multimap, key: string, value: string): void {
  const values = map.get(key);
  if (values === undefined) map.set(key, [value]);
  else values.push(value);
}

function toMultimap(params: SignatureParams | undefined): Multimap {
  const map: Multimap = new Map();
  if (params === undefined) return map;
  if (params instanceof URLSearchParams) {
    for (const [key, value] of params) add(map, key, value);
  } else if (typeof FormData !== 'undefined' && params instanceof FormData) {
    for (const [key, value] of params) {
      if (typeof value !== 'string') throw new PlivoArgumentError('params', `Signature parameter "${key}" is a file; Plivo callbacks carry text fields only.`);
      add(map, key, value);
    }
  } else {
    for (const [key, value] of Object.entries(params)) {
      for (const item of typeof value === 'string' ? [value] : value) add(map, key, item);
    }
  }
  return map;
}

// Plivo's Go, Python and Ruby SDKs sort bytewise (code point order); JavaScript's default sort compares
// UTF-16 code units, which differs once characters outside the BMP are involved.
function compareCodePoints(a: string, b: string): number {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const ca = a.codePointAt(i) ?? 0;
    const cb = b.codePointAt(j) ?? 0;
    if (ca !== cb) return ca - cb;
    i += ca > 0xffff ? 2 : 1;
    j += cb > 0xffff ? 2 : 1;
  }
  return a.length - i - (b.length - j);
}

// Repeated keys: every value is emitted, values sorted too, as plivo-node and plivo-python do.
function sortedPairs(map: Multimap): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  for (const key of [...map.keys()].sort(compareCodePoints)) {
    for (const value of [...(map.get(key) ?? [])].sort(compareCodePoints)) pairs.push([key, value]);
  }
  return pairs;
}

function normaliseMethod(method: string): 'GET' | 'POST' {
  const upper = method.toUpperCase();
  if (upper === 'GET' || upper === 'POST') return upper;
  throw new PlivoArgumentError('method', `Plivo signs callbacks made with GET or POST only, not "${method}".`);
}

/** The exact text V3 signs, nonce included. Not re-exported from the entry: exported so it can be checked against Plivo's published strings. */
export function v3SigningString(options: Omit<SignCallbackV3Options, 'authToken'>): string {
  const method = normaliseMethod(options.method);
  const { base, query } = splitSigningUrl(options.url);
  const fromUrl = toMultimap(decodeQuery(query));
  const fromRequest = toMultimap(options.params);
  let signed: string;
  if (method === 'GET') {
    const merged: Multimap = new Map([...fromUrl].map(([key, values]) => [key, [...values]]));
    for (const [key, values] of fromRequest) for (const value of values) add(merged, key, value);
    const joined = sortedPairs(merged).map(([key, value]) => `${key}=${value}`).join('&');
    signed = joined === '' ? base : `${base}?${joined}`;
  } else if (fromUrl.size === 0 && fromRequest.size === 0) {
    signed = base;
  } else {
    const queryPart = sortedPairs(fromUrl).map(([key, value]) => `${key}=${value}`).join('&');
    const separator = queryPart !== '' && fromRequest.size > 0 ? '.' : '';
    const paramsPart = sortedPairs(fromRequest).map(([key, value]) => key + value).join('');
    signed = `${base}?${queryPart}${separator}${paramsPart}`;
  }
  return `${signed}.${options.nonce}`;
}

/**
 * Signs the way Plivo does, for tests: the V3 signature over URL, method-specific parameters and
 * nonce, as the base64 text Plivo puts in `X-Plivo-Signature-V3`. Use it to send signed callbacks to
 * your own receiver in tests.
 *
 * @example
 * const signature = await signCallbackV3({
 *   url: 'https://example.com/plivo/status',
 *   method: 'POST',
 *   params: { MessageUUID: 'db3ce55a-7f1d-11e1-8ea7-1231380bc196', Status: 'delivered' },
 *   nonce: '31627761595286130198',
 *   authToken: 'test-token',
 * });
 * // headers: { 'X-Plivo-Signature-V3': signature, 'X-Plivo-Signature-V3-Nonce': '31627761595286130198' }
 */
export async function signCallbackV3(options: SignCallbackV3Options): Promise<string> {
  return bytesToBase64(await hmacSha256(options.authToken, v3SigningString(options)));
}

/**
 * Checks an `X-Plivo-Signature-V3` / `X-Plivo-Signature-Ma-V3` header: HMAC-SHA256 over the URL, the
 * parameters (GET: URL query and params merged and sorted as `k=v&…`; POST: URL query, then `.`, then the
 * sorted params as `kv` with no separators) and the nonce. Any of several comma-separated signatures may
 * match. Comparison is constant-time over the decoded bytes.
 *
 * Resolves to `false` for a wrong or malformed signature; rejects with a `PlivoArgumentError` for a
 * method other than GET/POST, a file among `params`, or an empty `authToken`, and with a `PlivoError`
 * in a runtime without Web Crypto.
 *
 * @example
 * const form = new URLSearchParams(await request.text());
 * const ok = await verifySignatureV3({
 *   url: 'https://example.com/plivo/status',
 *   method: 'POST',
 *   params: form,
 *   nonce: request.headers.get('X-Plivo-Signature-V3-Nonce') ?? '',
 *   signature: request.headers.get('X-Plivo-Signature-V3') ?? '',
 *   authToken: env.PLIVO_AUTH_TOKEN,
 * });
 */
export async function verifySignatureV3(options: VerifySignatureV3Options): Promise<boolean> {
  const expected = await hmacSha256(options.authToken, v3SigningString(options));
  return matchesAnySignature(expected, options.signature);
}
