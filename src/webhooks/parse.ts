import { isMessageStatusCallback } from '../../generated/callback-validator.js';
import { pointerOf } from '../validation/json-pointer.js';
import { schemaIssues } from '../validation/schema-issues.js';
import { CALLBACK_WORDING } from './callback-wording.js';
import type { ValidationResult } from '../validation/validate.js';
import type { CallbackIssue, MessageStatusCallback } from './types.js';

/** What {@link parseMessageStatusCallback} accepts. */
export type CallbackInput = URLSearchParams | FormData | Record<string, string> | string;

/** The outcome of {@link parseMessageStatusCallback}: the typed callback, or every issue found (the same shape as a request's {@link ValidationResult}). */
export type ParseCallbackResult = ValidationResult<MessageStatusCallback>;

// Object.fromEntries defines own properties, so a field named `__proto__` stays a plain field.
function fromPairs(pairs: Iterable<[string, FormDataEntryValue]>, issues: CallbackIssue[]): Record<string, string> {
  const seen = new Map<string, string>();
  for (const [key, value] of pairs) {
    if (typeof value !== 'string') {
      issues.push({ path: pointerOf([key]), message: 'must be a text field, not a file' });
      continue;
    }
    // Plivo never repeats a field; if one is repeated anyway, the first value wins, as URLSearchParams.get does.
    if (!seen.has(key)) seen.set(key, value);
  }
  return Object.fromEntries(seen);
}

function toRecord(input: CallbackInput, issues: CallbackIssue[]): Record<string, unknown> {
  if (typeof input === 'string') {
    return fromPairs(new URLSearchParams(input.startsWith('?') ? input.slice(1) : input), issues);
  }
  if (input instanceof URLSearchParams) return fromPairs(input, issues);
  if (typeof FormData !== 'undefined' && input instanceof FormData) return fromPairs(input, issues);
  // Untyped callers (a body parser's output, say) may hand over non-strings; the schema reports them.
  return Object.fromEntries(Object.entries(input as Record<string, unknown>));
}

/**
 * Parses and validates a message status callback against the spec's `MessageStatusCallback` schema.
 *
 * Accepts a `URLSearchParams`, a `FormData`, a plain record, or a string holding the urlencoded form
 * body or the query string (with or without the leading `?`; not a whole URL). Returns every issue,
 * each with a JSON pointer `path` (`/Status`) and a message naming what is allowed.
 *
 * Numbers stay strings, as Plivo sends them: `Units`, `TotalRate`, `TotalAmount`, `ErrorCode`,
 * `Sequence`, `MCC`, `MNC`. Convert where you need arithmetic: `Number(cb.Units)`,
 * `Number.parseInt(cb.Sequence ?? '0', 10)`. Keep `TotalRate`/`TotalAmount` as strings (or use a decimal
 * library) for money, and keep `ErrorCode`, `MCC` and `MNC` as strings: leading zeros matter (`'000'`, `'004'`).
 *
 * This does not check the signature; use {@link verifyRequest} for requests that reach your server.
 *
 * @example
 * const result = parseMessageStatusCallback('MessageUUID=db3ce55a-7f1d-11e1-8ea7-1231380bc196&Status=delivered&Units=1');
 * if (result.ok) console.log(result.value.Status, Number(result.value.Units));
 * else console.error(result.issues); // [{ path: '/Status', message: 'must be one of "queued", "sent", … (got "done")' }]
 */
export function parseMessageStatusCallback(input: CallbackInput): ParseCallbackResult {
  const issues: CallbackIssue[] = [];
  const record = toRecord(input, issues);
  if (isMessageStatusCallback(record) && issues.length === 0) return { ok: true, value: record };
  return { ok: false, issues: [...issues, ...schemaIssues(isMessageStatusCallback.errors ?? [], record, CALLBACK_WORDING)] };
}
