import { createPlivoClient } from '../../src/index.js';
import { pointerOf } from '../../src/validation/json-pointer.js';
import { AUTH_ID } from './fake-fetch.js';

/** One entry of Prism's `sl-violations` header. */
export interface PrismViolation {
  location: string[];
  severity: string;
  code: string | number;
  message: string;
}

/** Prism's verdict on one raw request. */
export interface PrismAnswer {
  status: number;
  /** Parsed `sl-violations`; empty when the header is absent. */
  violations: PrismViolation[];
  /** Whether Prism refused the request: a 4xx/5xx status or any violation reported. */
  rejected: boolean;
  body: unknown;
}

/** The send path Prism serves (the trailing slash is part of the path). */
export const sendPath = (authId = AUTH_ID) => `/v1/Account/${authId}/Message/`;

/** Basic credentials for `authId`; Prism accepts any token. */
export const basicAuth = (authId = AUTH_ID, token = 'x') => `Basic ${Buffer.from(`${authId}:${token}`).toString('base64')}`;

/** What Prism puts before an `sl-violations` header it cut at 8 KB. */
const TRUNCATED = 'Too many violations! ';

/** Parses Prism's `sl-violations` header (a JSON array), failing loudly if its shape ever changes. */
export function parseViolations(header: string | null): PrismViolation[] {
  if (header === null) return [];
  // Prism knows no discriminator, so a bad template parameter gets every branch's violations, which
  // may not fit in a header: the cut list is kept as one violation, enough to count a refusal.
  if (header.startsWith(TRUNCATED)) return [{ location: [], severity: 'Error', code: 'truncated', message: header.slice(TRUNCATED.length) }];
  const parsed = JSON.parse(header) as unknown;
  if (!Array.isArray(parsed)) throw new Error(`sl-violations is not an array: ${header}`);
  return parsed as PrismViolation[];
}

/**
 * Sends a raw send-message body to Prism, with no client in between, so bodies the client would
 * refuse still reach the mock. `auth: false` leaves the Authorization header out.
 */
export async function postToPrism(prismUrl: string, body: unknown, options: { auth?: boolean } = {}): Promise<PrismAnswer> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (options.auth ?? true) headers.authorization = basicAuth();
  const response = await fetch(`${prismUrl}${sendPath()}`, { method: 'POST', headers, body: JSON.stringify(body) });
  const text = await response.text();
  const violations = parseViolations(response.headers.get('sl-violations'));
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text) as unknown;
  } catch {
    // Keep the raw text: an unparsable answer is itself worth seeing in a failure message.
  }
  return { status: response.status, violations, rejected: response.status >= 400 || violations.length > 0, body: parsed };
}

/**
 * The JSON pointer of the field a body violation names. Prism reports `required` and
 * `additionalProperties` at the parent object and names the property only in the message, so the
 * name is taken from there to point at the field itself, as ajv's params do.
 */
export function violationPointer(violation: PrismViolation): string | undefined {
  const [scope, part, ...rest] = violation.location;
  if (scope !== 'request' || part !== 'body') return undefined;
  const base = pointerOf(rest);
  const named =
    violation.code === 'required'
      ? /required property '([^']+)'/.exec(violation.message)
      : violation.code === 'additionalProperties'
        ? /found '([^']+)'/.exec(violation.message)
        : null;
  return named?.[1] === undefined ? base : pointerOf([...rest, named[1]]);
}

/** Runs `task` over `items` with at most `limit` in flight, keeping the results in input order. */
export async function mapConcurrent<T, R>(items: readonly T[], limit: number, task: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next;
      next += 1;
      results[index] = await task(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** One exchange a {@link recordingClient} saw. */
export interface RecordedExchange {
  url: string;
  status: number;
  /** Prism's `sl-violations`, parsed; empty when the request matched the spec. */
  violations: unknown[];
  response: Response;
}

/**
 * A client against the run's Prism mock whose fetch records every raw exchange, so what the client
 * hides (status line, `sl-violations`) stays visible. No retries: a retry would hide a wrong first answer.
 */
export function recordingClient(prismUrl: string) {
  const seen: RecordedExchange[] = [];
  const plivo = createPlivoClient({
    authId: AUTH_ID,
    authToken: 'x',
    baseUrl: prismUrl,
    maxRetries: 0,
    fetch: async (request) => {
      const response = await fetch(request);
      seen.push({ url: request.url, status: response.status, violations: parseViolations(response.headers.get('sl-violations')), response });
      return response;
    },
  });
  return { plivo, seen };
}
