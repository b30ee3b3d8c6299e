/**
 * Removes secrets from text that may end up in an error: the auth token itself and the Basic
 * credentials in every form they could be printed (raw `id:token`, base64, `Basic …`).
 */
export function createRedactor(secrets: readonly string[]): (text: string) => string {
  const needles = secrets.filter((s) => s.length >= 4).sort((a, b) => b.length - a.length);
  return (text) => {
    let out = text;
    for (const needle of needles) out = out.split(needle).join('[redacted]');
    return out;
  };
}

/** Keys whose values are never copied out of an underlying error. */
const SECRET_KEYS = /authorization|token|password|secret|headers|request|config/i;

/**
 * A copy of an error that is safe to keep as `cause`: message and code only, with secrets removed,
 * recursively through its own `cause`. The original may hold a Request (and so the Authorization header).
 */
export function sanitizeCause(error: unknown, redact: (text: string) => string, depth = 0): Error {
  const source = error instanceof Error ? error : new Error(String(error));
  const nested = depth < 3 && source.cause !== undefined ? sanitizeCause(source.cause, redact, depth + 1) : undefined;
  const copy = new Error(redact(source.message), nested === undefined ? undefined : { cause: nested });
  copy.name = source.name;
  for (const [key, value] of Object.entries(source)) {
    if (!SECRET_KEYS.test(key) && (typeof value === 'string' || typeof value === 'number')) {
      (copy as unknown as Record<string, unknown>)[key] = typeof value === 'string' ? redact(value) : value;
    }
  }
  return copy;
}
