/**
 * Which failed fetches certainly never delivered a byte of the request, read from the error codes
 * the runtime attaches. Node (undici) and Bun attach a `code` to the error or its `cause`; Deno
 * attaches none but names the connect phase in its message; Cloudflare workerd and browsers report
 * a bare message, so a failure there counts as "may have been sent" and a POST is not repeated.
 */

/**
 * Deno's fetch (hyper) fails with "error sending request for url (…): client error (Connect): tcp
 * connect error: Connection refused (os error 111)" and no code. Hyper's Connect phase covers name
 * resolution, the TCP connect and the TLS handshake, all before a byte of the request is written. The
 * URL quoted before it cannot contain this text: its spaces would be percent-encoded.
 */
const DENO_CONNECT_PHASE = /\): client error \(Connect\)/;
/** The code recorded for such a message. */
const DENO_CONNECT = 'DenoConnectPhase';

/** Error codes that prove the request never left this machine: name resolution, connect or TLS failed. */
const NOT_SENT_CODES = new Set([
  DENO_CONNECT,
  'ENOTFOUND',
  'EAI_AGAIN',
  'EAI_NONAME',
  'EAI_FAIL',
  'ECONNREFUSED',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EADDRNOTAVAIL',
  // undici's connect phase (TCP and TLS handshake) did not finish within its connect timeout.
  'UND_ERR_CONNECT_TIMEOUT',
  // What Bun's fetch attached, measured for a refused connection: 1.1.45 up to 1.4.2 say `ConnectionRefused`
  // (1.1.45 for a failed name lookup too); 1.4.3 and later (CI runs 1.4.5) say `ECONNREFUSED` and
  // `ENOTFOUND`, as Node does. Kept for the older releases.
  'ConnectionRefused',
  'CERT_HAS_EXPIRED',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

function collectCodes(error: unknown, codes: string[], depth: number): void {
  if (depth > 4 || error === null || typeof error !== 'object') return;
  const { code, cause, errors, message } = error as { code?: unknown; cause?: unknown; errors?: unknown; message?: unknown };
  if (typeof code === 'string') codes.push(code);
  else if (typeof message === 'string' && DENO_CONNECT_PHASE.test(message)) codes.push(DENO_CONNECT);
  if (Array.isArray(errors)) for (const inner of errors) collectCodes(inner, codes, depth + 1);
  collectCodes(cause, codes, depth + 1);
}

/**
 * Whether a failed fetch certainly never delivered a byte of the request. Only a recognised
 * resolution/connect/TLS code proves that; an error without one counts as "may have been sent".
 */
export function certainlyNotSent(error: unknown): boolean {
  const codes: string[] = [];
  collectCodes(error, codes, 0);
  return codes.length > 0 && codes.every((code) => NOT_SENT_CODES.has(code));
}
