import { keysOf } from './json-pointer.js';

/** Strings longer than this are cut in an issue: a 1,700-character text is named by its length. */
const MAX_SHOWN_CHARACTERS = 40;
/** How much of a cut string is kept, in characters. */
const KEPT_CHARACTERS = 24;

// Names under which a value would be a credential. No spec field has such a name; one added by
// mistake (a token pasted into the wrong field) must still not be echoed into an error or a log.
const SECRET_NAME = /token|secret|password|passwd|authorization|signature|credential|api[_-]?key/i;

/** The value a JSON pointer points at inside `data`, or `undefined` when nothing is there. */
export function valueAt(data: unknown, pointer: string): unknown {
  let current = data;
  for (const segment of keysOf(pointer)) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, segment)) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

/**
 * The value given, as an issue quotes it: JSON for short scalars (`"PUT"`, `3`, `null`), the start
 * and the length of long strings, the kind and size of objects and arrays, and `(hidden)` under a
 * secret-looking name. `undefined` for an absent value.
 * @example givenValue('a'.repeat(1700), '/text') // '"aaaaaaaaaaaaaaaaaaaaaaaa…" (1700 characters)'
 */
export function givenValue(value: unknown, pointer: string): string | undefined {
  if (value === undefined) return undefined;
  if (pointer.split('/').some((segment) => SECRET_NAME.test(segment))) return '(hidden)';
  if (typeof value === 'string') {
    const characters = [...value];
    if (characters.length <= MAX_SHOWN_CHARACTERS) return JSON.stringify(value);
    return `${JSON.stringify(characters.slice(0, KEPT_CHARACTERS).join('')).slice(0, -1)}…" (${characters.length} characters)`;
  }
  if (Array.isArray(value)) return value.length === 0 ? 'an empty array' : `an array of ${value.length} item${value.length === 1 ? '' : 's'}`;
  if (typeof value === 'object' && value !== null) return 'an object';
  return String(value);
}
