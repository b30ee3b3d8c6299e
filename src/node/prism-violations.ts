import { givenValue, valueAt } from '../validation/given-value.js';
import { pointerOf } from '../validation/json-pointer.js';

/** One finding of Prism's request validation, as it lists them in the `sl-violations` header. */
export interface PrismViolation {
  location?: string[];
  code?: string;
  message?: string;
}

/** The violations in an `sl-violations` header; empty when the header is absent or unreadable. */
export function parseViolations(header: string | null): PrismViolation[] {
  if (header === null) return [];
  try {
    const parsed: unknown = JSON.parse(header);
    return Array.isArray(parsed) ? parsed.filter((v): v is PrismViolation => typeof v === 'object' && v !== null) : [];
  } catch {
    return [];
  }
}

/** Where a violation is: `/message_expiry` in the body, `query limit`, `header authorization`. */
function where(location: readonly string[], field: string | undefined): string {
  const [, part = 'request', ...rest] = location;
  const path = [...rest, ...(field === undefined ? [] : [field])];
  if (part === 'body') return `/${path.join('/')}`;
  return [part === 'query' ? 'query' : part, ...path].join(' ');
}

/**
 * One violation in a few words: `/message_expiry must be >= 5`, `/text is required`,
 * `/media_url is not a known field`, `query limit must be <= 20`. Prism's own prefixes ("Request body
 * property …") and the empty entry its enum lists show for a `null` alternative are dropped.
 */
export function describeViolation(violation: PrismViolation, request: RequestValues = {}): string {
  const location = violation.location ?? [];
  let message = (violation.message ?? '').replace(/^Request (?:body|query parameter|header|path parameter)(?: property)? ?/, '');
  const required = /^must have required property '(.+)'$/.exec(message);
  const extra = /^must NOT have additional properties; found '(.+)'$/.exec(message);
  if (required) return `${where(location, required[1])} is required`;
  if (extra) return `${where(location, extra[1])} is not a known field`;
  // A property's own message starts with its name, which the location already holds.
  const name = location.at(-1);
  if (location.length > 2 && name !== undefined && message.startsWith(`${name} `)) message = message.slice(name.length + 1);
  message = message.replace(/allowed values: (.*)$/, (_all, list: string) => `allowed values: ${[...new Set(list.split(', ').filter((v) => v.trim() !== ''))].join(', ')}`);
  const given = givenOf(location, request);
  return `${where(location, undefined)} ${message}${given === undefined ? '' : ` (got ${given})`}`.trim();
}

/** What the refused request held, to quote the value given next to each violation. */
export interface RequestValues {
  /** The parsed JSON body. */
  body?: unknown;
  /** The query string's parameters. */
  query?: URLSearchParams;
}

function givenOf(location: readonly string[], request: RequestValues): string | undefined {
  const [, part, ...rest] = location;
  if (rest.length === 0) return undefined;
  const pointer = pointerOf(rest);
  if (part === 'body') return givenValue(valueAt(request.body, pointer), pointer);
  if (part === 'query' && rest.length === 1) return givenValue(request.query?.get(rest[0]!) ?? undefined, pointer);
  return undefined;
}

/**
 * The violations that say what is wrong: without the "must match the then/else schema" lines, which
 * only say that a rule failed whose own findings are listed beside them.
 */
export function findings(violations: readonly PrismViolation[]): PrismViolation[] {
  return violations.filter((violation) => violation.code !== 'if');
}

/**
 * The `error` text of the mock's 400: every one of Prism's {@link findings}, with the value given.
 * @example violationsText([{ location: ['request', 'body', 'message_expiry'], code: 'minimum', message: 'Request body property message_expiry must be >= 5' }])
 * // "invalid request: /message_expiry must be >= 5"
 */
export function violationsText(violations: readonly PrismViolation[], request: RequestValues = {}): string {
  const said = findings(violations).map((v) => describeViolation(v, request));
  return `invalid request: ${[...new Set(said)].join('; ') || 'it does not match the spec'}`;
}
