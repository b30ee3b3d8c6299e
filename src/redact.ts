import { basicCredentials } from './encoding.js';

/** What replaces a secret wherever it would otherwise be printed. */
export const REDACTED = '[redacted]';

/**
 * Every form in which the credentials of `authId` could be printed: the token itself, the raw
 * `id:token` pair and its base64 (the Authorization header's value).
 */
export function credentialSecrets(authId: string | undefined, authToken: string | undefined): string[] {
  if (!authToken) return [];
  const pair = `${authId ?? ''}:${authToken}`;
  return [authToken, pair, basicCredentials(authId ?? '', authToken)];
}

/**
 * Removes secrets from text that may end up in an error or on a terminal: every occurrence of each
 * secret (shorter than 4 characters are ignored: they would match ordinary text) becomes `[redacted]`.
 *
 * @example
 * const redact = createRedactor(credentialSecrets(process.env.PLIVO_AUTH_ID, process.env.PLIVO_AUTH_TOKEN));
 * console.error(redact(String(error)));
 */
export function createRedactor(secrets: ReadonlyArray<string | undefined>): (text: string) => string {
  const needles = secrets.filter((s): s is string => typeof s === 'string' && s.length >= 4).sort((a, b) => b.length - a.length);
  if (needles.length === 0) return (text) => text;
  return (text) => {
    let out = text;
    for (const needle of needles) if (out.includes(needle)) out = out.split(needle).join(REDACTED);
    return out;
  };
}

/** Headers whose values are credentials by nature, whatever they hold. */
const SECRET_HEADERS = new Set(['authorization', 'proxy-authorization', 'cookie', 'set-cookie']);

/**
 * A copy of response headers safe to keep on an error: the credential headers replaced by
 * `[redacted]` and every other value passed through `redact` (a server may echo the token back).
 */
export function redactHeaders(headers: Headers, redact: (text: string) => string): Headers {
  const safe = new Headers();
  headers.forEach((value, name) => {
    safe.append(name, SECRET_HEADERS.has(name) ? REDACTED : redact(value));
  });
  return safe;
}

/** Keys whose values are never copied out of an underlying error. */
const SECRET_KEYS = /authorization|token|password|secret|headers|request|config/i;

/**
 * A copy of an error that is safe to keep as `cause`: message and code only, with secrets removed,
 * recursively through its own `cause`. The original may hold a Request (and so the Authorization header).
 */
export function sanitizeCause(error: unknown, redact: (text: string) => string, depth = 0): Error {
  const source = error instanceof Error ? error : new Error(redact(String(error)));
  const nested = depth < 3 && source.cause !== undefined ? sanitizeCause(source.cause, redact, depth + 1) : undefined;
  const copy = new Error(redact(source.message), nested === undefined ? undefined : { cause: nested });
  copy.name = redact(source.name);
  for (const [key, value] of Object.entries(source)) {
    if (!SECRET_KEYS.test(key) && (typeof value === 'string' || typeof value === 'number')) {
      (copy as unknown as Record<string, unknown>)[key] = typeof value === 'string' ? redact(value) : value;
    }
  }
  return copy;
}
