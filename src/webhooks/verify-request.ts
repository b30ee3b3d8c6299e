import { PlivoArgumentError } from '../errors.js';
import { PlivoWebhookError } from './errors.js';
import { isDocumentedCallbackField } from './callback-fields.js';
import { PLIVO_SIGNATURE_HEADERS as H } from './headers.js';
import { parseMessageStatusCallback } from './parse.js';
import { verifySignatureV2 } from './signature-v2.js';
import { verifySignatureV3 } from './signature-v3.js';
import type { MessageStatusCallback } from './types.js';
import { decodeQuery, splitSigningUrl } from './url.js';

/** Options of {@link verifyRequest}. */
export interface VerifyRequestOptions {
  /**
   * Your Plivo auth token, or several: the main account's and a subaccount's (`-V3` headers are signed
   * with the token of the account that sent the message, `-Ma-V3` with the main account's), or the
   * old and the new token while you rotate it. A signature matching any of them is accepted. Never
   * included in errors.
   */
  authToken: string | readonly string[];
  /**
   * The callback URL exactly as you gave it in the send's `url`, when the request reaches you at
   * another URL (behind a proxy, a tunnel or a load balancer that terminates TLS). Give it as written,
   * query included: a trailing slash and an explicit port change the signature, and a string is used
   * as written while a `URL` object is normalised. On a GET, Plivo's fields are read from the request's
   * query and told apart from the URL's own parameters by this query. Without a query here, the
   * request's own query is used, so `'https://example.com/plivo/status'` works for GET callbacks too.
   * Takes precedence over `trustForwardedHeaders`.
   */
  publicUrl?: string | URL | undefined;
  /**
   * Derive the scheme and host of the signed URL from the first `X-Forwarded-Proto` and
   * `X-Forwarded-Host` entries (path and query still come from `request.url`). Default `false`.
   *
   * Security: any client can send these headers. Enable this only when every request passes through
   * a proxy that overwrites them; otherwise a callback signed for one of your hosts can be replayed
   * against another host that shares the auth token. A fixed `publicUrl` is the safer choice.
   */
  trustForwardedHeaders?: boolean | undefined;
  /**
   * Accept requests that carry only V2 signatures, which cover the URL and nonce but not the fields.
   * Default `true`, since Plivo's messaging docs still describe V2. Set `false` to require V3.
   */
  allowV2?: boolean | undefined;
}

/**
 * The outcome of {@link verifyRequest}: the verified, typed callback, or a {@link PlivoWebhookError}.
 * `signatureVersion: 'v2'` means only the URL was signed, not the fields.
 */
export type VerifyRequestResult =
  | {
      ok: true;
      /** Plivo's fields, typed: the form of a POST, or the query of a GET less the callback URL's own parameters. */
      callback: MessageStatusCallback;
      signatureVersion: 'v3' | 'v2';
      /**
       * The query parameters of the callback URL itself (`tenant` in `https://a.example/cb?tenant=1`),
       * first value per name. Signed like the fields. On a GET they are told apart exactly when
       * `publicUrl` carries the query as configured; otherwise every parameter whose name the spec does
       * not document for callbacks counts as the URL's own.
       */
      urlParams: Record<string, string>;
    }
  | { ok: false; error: PlivoWebhookError };

const EXPECTED_HEADERS = `${H.v3} or ${H.mainAccountV3} with ${H.v3Nonce}`;
const EXPECTED_V2_HEADERS = `${H.v2} or ${H.mainAccountV2} with ${H.v2Nonce}`;
const FORM = 'application/x-www-form-urlencoded';
const HOST = /^[A-Za-z0-9.\-:[\]]+$/;

function fail(code: PlivoWebhookError['code'], message: string, issues: PlivoWebhookError['issues'] = [], fields?: PlivoWebhookError['fields']): VerifyRequestResult {
  return { ok: false, error: new PlivoWebhookError(code, message, issues, fields) };
}

function firstListEntry(value: string | null): string | undefined {
  const first = value?.split(',')[0]?.trim();
  return first === '' ? undefined : first;
}

/**
 * The URL Plivo called, as configured at send time, and which of its query parameters are that URL's
 * own. A GET callback appends Plivo's fields to the configured query, so the query the receiver sees
 * holds both; only a `publicUrl` with a query says exactly which pairs were configured.
 */
interface CallbackTarget {
  /** The configured URL: with its own query where that is known, without any query otherwise. */
  url: string;
  /** Whether `url`'s query is exactly the configured URL's own query. */
  ownQueryKnown: boolean;
}

function callbackTarget(request: Request, method: 'GET' | 'POST', options: VerifyRequestOptions): CallbackTarget {
  const received = splitSigningUrl(request.url);
  const receivedQuery = received.query === '' ? '' : `?${received.query}`;
  // On POST the fields travel in the body, so the query the receiver sees is the configured URL's own.
  const ownQueryIfPost = method === 'POST' ? receivedQuery : '';
  if (options.publicUrl !== undefined) {
    const text = typeof options.publicUrl === 'string' ? options.publicUrl : options.publicUrl.href;
    const configured = splitSigningUrl(text);
    if (configured.query !== '') return { url: text, ownQueryKnown: true };
    return { url: configured.base + ownQueryIfPost, ownQueryKnown: method === 'POST' };
  }
  if (options.trustForwardedHeaders === true) {
    const requestUrl = new URL(request.url);
    const proto = firstListEntry(request.headers.get('X-Forwarded-Proto'))?.toLowerCase();
    const host = firstListEntry(request.headers.get('X-Forwarded-Host'));
    const scheme = proto === 'http' || proto === 'https' ? proto : requestUrl.protocol.slice(0, -1);
    const authority = host !== undefined && HOST.test(host) ? host : requestUrl.host;
    return { url: `${scheme}://${authority}${requestUrl.pathname}${ownQueryIfPost}`, ownQueryKnown: method === 'POST' };
  }
  return { url: received.base + ownQueryIfPost, ownQueryKnown: method === 'POST' };
}

// Removes one occurrence of each pair of `remove` from `all`, keeping the order of what is left.
function withoutPairs(all: URLSearchParams, remove: URLSearchParams): URLSearchParams {
  const pending = [...remove];
  const kept = new URLSearchParams();
  for (const [key, value] of all) {
    const index = pending.findIndex(([k, v]) => k === key && v === value);
    if (index === -1) kept.append(key, value);
    else pending.splice(index, 1);
  }
  return kept;
}

function partition(all: URLSearchParams, belongsToCallback: (key: string) => boolean): [URLSearchParams, URLSearchParams] {
  const callback = new URLSearchParams();
  const own = new URLSearchParams();
  for (const [key, value] of all) (belongsToCallback(key) ? callback : own).append(key, value);
  return [callback, own];
}

// The first value of a repeated key wins, as URLSearchParams.get and the callback parser decide.
function firstValues(params: URLSearchParams): Record<string, string> {
  const record = new Map<string, string>();
  for (const [key, value] of params) if (!record.has(key)) record.set(key, value);
  return Object.fromEntries(record);
}

type Signatures = { version: 'v3' | 'v2'; signature: string; nonce: string };

// If any V3 header is there, V3 decides. Falling back to V2 would let an attacker garble V3 and ride
// on a V2 signature, which does not cover the fields.
function pickSignatures(headers: Headers, allowV2: boolean): Signatures | PlivoWebhookError {
  const v3 = [headers.get(H.v3), headers.get(H.mainAccountV3)].filter((value) => value !== null);
  const v3Nonce = headers.get(H.v3Nonce);
  if (v3.length > 0 || v3Nonce !== null) {
    if (v3.length === 0) return new PlivoWebhookError('missing_signature', `${H.v3Nonce} was sent without ${H.v3} or ${H.mainAccountV3}.`);
    if (v3Nonce === null) return new PlivoWebhookError('missing_signature', `A V3 signature was sent without ${H.v3Nonce}.`);
    return { version: 'v3', signature: v3.join(','), nonce: v3Nonce };
  }
  const v2 = [headers.get(H.v2), headers.get(H.mainAccountV2)].filter((value) => value !== null);
  const v2Nonce = headers.get(H.v2Nonce);
  if (v2.length > 0 || v2Nonce !== null) {
    if (!allowV2) return new PlivoWebhookError('missing_signature', `Only V2 signature headers were sent, and V2 is turned off (allowV2: false); expected ${EXPECTED_HEADERS}.`);
    if (v2.length === 0) return new PlivoWebhookError('missing_signature', `${H.v2Nonce} was sent without ${H.v2} or ${H.mainAccountV2}.`);
    if (v2Nonce === null) return new PlivoWebhookError('missing_signature', `A V2 signature was sent without ${H.v2Nonce}.`);
    return { version: 'v2', signature: v2.join(','), nonce: v2Nonce };
  }
  const expected = allowV2 ? `${EXPECTED_HEADERS} (or the older ${EXPECTED_V2_HEADERS})` : EXPECTED_HEADERS;
  return new PlivoWebhookError('missing_signature', `No Plivo signature headers: expected ${expected}.`);
}

/**
 * Verifies and parses a Plivo message status callback given as a Web Fetch API `Request` (Deno, Bun,
 * Cloudflare Workers, service workers, Node 18+ frameworks such as Hono).
 *
 * Steps: only GET and POST are accepted; the signature headers are chosen (V3 whenever any V3 header
 * is present, never falling back to V2; V2 only without any V3 header); the body is read once with
 * `request.text()` for POST (an `application/x-www-form-urlencoded` form) while GET fields come from the
 * query; the signature is checked against `publicUrl`, the forwarded headers (if trusted) or
 * `request.url`; finally the fields are validated against the `MessageStatusCallback` schema.
 *
 * Expected failures resolve to `{ ok: false, error }` with a {@link PlivoWebhookError} `code`. It
 * rejects only on misuse, with a `PlivoArgumentError`: an empty `authToken`, a body that was already
 * read (pass `request.clone()` if you need the body elsewhere); and with a `PlivoError` in a runtime
 * without Web Crypto. Signatures carry no timestamp, so
 * keep a short-lived record of nonces if you need replay protection beyond idempotent handling.
 *
 * @example
 * export default {
 *   async fetch(request: Request, env: { PLIVO_AUTH_TOKEN: string }) {
 *     const result = await verifyRequest(request, { authToken: env.PLIVO_AUTH_TOKEN, publicUrl: 'https://example.com/plivo/status' });
 *     if (!result.ok) return new Response(result.error.message, { status: result.error.code === 'invalid_payload' ? 400 : 403 });
 *     await recordStatus(result.callback.MessageUUID, result.callback.Status);
 *     return new Response('OK');
 *   },
 * };
 */
export async function verifyRequest(request: Request, options: VerifyRequestOptions): Promise<VerifyRequestResult> {
  const tokens: readonly unknown[] = typeof options.authToken === 'string' ? [options.authToken] : (options.authToken ?? []);
  if (tokens.length === 0 || tokens.some((token) => typeof token !== 'string' || token === '')) {
    throw new PlivoArgumentError('options.authToken', 'verifyRequest needs options.authToken: your Plivo auth token, or a list of them, each a non-empty string.');
  }
  const method = request.method.toUpperCase();
  if (method !== 'GET' && method !== 'POST') {
    return fail('unsupported_method', `Plivo sends status callbacks with GET or POST, not ${method}.`);
  }
  const picked = pickSignatures(request.headers, options.allowV2 ?? true);
  if (picked instanceof PlivoWebhookError) return { ok: false, error: picked };

  const target = callbackTarget(request, method, options);
  const { url } = target;
  let fields: URLSearchParams;
  let urlParams: URLSearchParams;
  // What V3 signs beside the URL: the form on POST; on GET the query pairs that `url` does not hold.
  let signedParams: URLSearchParams;
  if (method === 'POST') {
    const mediaType = request.headers.get('Content-Type')?.split(';')[0]?.trim().toLowerCase();
    if (mediaType !== undefined && mediaType !== '' && mediaType !== FORM) {
      return fail('invalid_payload', `A POST callback must be an ${FORM} form, not ${mediaType}.`, [{ path: '', message: `must be an ${FORM} body` }]);
    }
    if (request.bodyUsed) throw new PlivoArgumentError('request', 'The request body was already read; pass request.clone() to verifyRequest.');
    fields = decodeQuery(await request.text());
    urlParams = decodeQuery(splitSigningUrl(url).query);
    signedParams = fields;
  } else {
    const received = decodeQuery(splitSigningUrl(request.url).query);
    if (target.ownQueryKnown) {
      urlParams = decodeQuery(splitSigningUrl(url).query);
      fields = withoutPairs(received, urlParams);
      signedParams = fields;
    } else {
      // Without the configured query, the pairs the spec documents are Plivo's and the rest the URL's.
      // Both are signed, so the split changes what is parsed, not what is verified.
      [fields, urlParams] = partition(received, isDocumentedCallbackField);
      signedParams = received;
    }
  }

  let valid = false;
  for (const authToken of tokens as readonly string[]) {
    const common = { url, nonce: picked.nonce, signature: picked.signature, authToken };
    if (picked.version === 'v3' ? await verifySignatureV3({ ...common, method, params: signedParams }) : await verifySignatureV2(common)) valid = true;
  }
  if (!valid) {
    const headerNames = picked.version === 'v3' ? `${H.v3}/${H.mainAccountV3}` : `${H.v2}/${H.mainAccountV2}`;
    return fail('invalid_signature', `The ${headerNames} signature does not match the URL ${splitSigningUrl(url).base}, the ${picked.version === 'v3' ? 'fields, ' : ''}nonce and auth token. Behind a proxy, pass the URL Plivo called as publicUrl.`);
  }

  const parsed = parseMessageStatusCallback(fields);
  if (!parsed.ok) {
    const summary = parsed.issues.map((issue) => `${issue.path || '(body)'} ${issue.message}`).join('; ');
    // The signature held, so these fields really came from Plivo: hand them over for logging.
    return fail('invalid_payload', `The callback fields do not fit the MessageStatusCallback schema: ${summary}.`, parsed.issues, Object.fromEntries(fields));
  }
  return { ok: true, callback: parsed.value, signatureVersion: picked.version, urlParams: firstValues(urlParams) };
}
