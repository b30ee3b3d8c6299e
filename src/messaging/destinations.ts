import { isAsciiDigits, MAX_NUMBER_DIGITS, sanitizeDestination, splitDestinations } from './numbers.js';

/** A destination that is not sent to, with the entry as given and why. */
export interface InvalidDestination {
  /** The entry exactly as it appeared in the input (or as Plivo listed it in `invalid_number`). */
  input: string;
  /** Human-readable reason, e.g. `longer than 14 digits` or `not a possible phone number for +44: too short`. */
  reason: string;
}

/** A destination list sorted out: every non-blank entry is in exactly one of the three lists. */
export interface ClassifiedDestinations {
  /** Numbers to send to, as digits with the country code, unique, in first-seen order. */
  valid: string[];
  /** Entries that cannot be sent to, in input order; an invalid entry repeated is reported each time. */
  invalid: InvalidDestination[];
  /** One entry per extra occurrence of a valid number. */
  duplicates: string[];
}

/** The verdict on one sanitised entry: the number to send to (possibly normalised), or why not. */
export type DestinationVerdict = { ok: true; number: string } | { ok: false; reason: string };

/** The reason given for a number that begins with a trunk prefix or has no country code. */
export const NO_COUNTRY_CODE = 'does not start with a country code';

const NON_DIGIT = /\D/g;

/** "contains letters" or "contains "#", "*"": the set of letters of a word reads like a typo ("calme" for call-me). */
function nonDigitsNamed(others: readonly string[]): string {
  const symbols = [...new Set(others.filter((c) => !/\p{L}/u.test(c)))];
  const letters = others.length > symbols.length ? ['letters'] : [];
  return `contains ${[...letters, ...symbols.map((c) => JSON.stringify(c))].join(' and ')}`;
}

/**
 * What is wrong with a sanitised destination's characters and length (empty, anything but digits,
 * more than 14 digits), or undefined. The country-code rule is left to the caller: {@link destinationProblem}
 * applies Plivo's, the `/phone` entry point reads the number per country.
 */
export function digitsProblem(number: string): string | undefined {
  if (number === '') return 'empty';
  const others = number.match(NON_DIGIT);
  // Plivo strips only separators, so a letter (vanity numbers included) makes the whole number invalid.
  if (others) return `${nonDigitsNamed(others)}, which a phone number cannot have`;
  if (number.length > MAX_NUMBER_DIGITS) return `longer than ${MAX_NUMBER_DIGITS} digits`;
  return undefined;
}

/**
 * What is wrong with a sanitised destination by Plivo's shape rule (digits only, starting with the
 * country code, at most 14 digits), or undefined when nothing is. Needs no country metadata; the
 * `/phone` entry point checks per country.
 * @example destinationProblem('0712') // 'does not start with a country code'
 */
export function destinationProblem(number: string): string | undefined {
  return digitsProblem(number) ?? (number.startsWith('0') ? NO_COUNTRY_CODE : undefined);
}

/**
 * Whether a destination list is one number already in Plivo's form (digits only, not starting with 0,
 * at most 14): valid by the shape rule with nothing to sanitise, the case of most single sends.
 * @example isPlainDestination('14155550123') // true
 * @example isPlainDestination('+1 415 555 0123') // false: valid, but only once sanitised
 */
export function isPlainDestination(input: string): boolean {
  // Character codes rather than /^[1-9][0-9]{0,13}$/: this runs on every send, and calling a regular
  // expression costs more than the check itself.
  const first = input.charCodeAt(0);
  return input.length <= MAX_NUMBER_DIGITS && first >= 0x31 && first <= 0x39 && isAsciiDigits(input, 1);
}

const byShape = (number: string): DestinationVerdict => {
  const reason = destinationProblem(number);
  return reason === undefined ? { ok: true, number } : { ok: false, reason };
};

/**
 * Splits numbers into first occurrences and repeats, keeping first-seen order: the one place a
 * number is prevented from getting two messages.
 */
export function firstOccurrences(numbers: Iterable<string>): { unique: string[]; repeats: string[] } {
  const seen = new Set<string>();
  const unique: string[] = [];
  const repeats: string[] = [];
  for (const number of numbers) {
    if (seen.has(number)) repeats.push(number);
    else {
      seen.add(number);
      unique.push(number);
    }
  }
  return { unique, repeats };
}

/**
 * Sorts a destination list (a `<`-joined string or an array whose entries may be `<`-joined): each
 * entry is sanitised as Plivo does, judged, and the accepted numbers are de-duplicated on the form
 * the judge returns, first occurrence kept; blank entries are skipped. The default judge is Plivo's
 * shape rule ({@link destinationProblem}: digits only, not starting with 0, at most 14 digits), which
 * is `sendBulk`'s default check; validation and `parseDestinations` sort their lists here too.
 * @example
 * checkDestinations('+1 415 555 0123<14155550123<0712')
 * // { valid: ['14155550123'], invalid: [{ input: '0712', reason: 'does not start with a country code' }], duplicates: ['14155550123'] }
 */
export function checkDestinations(input: string | readonly string[], judge: (sanitized: string) => DestinationVerdict = byShape): ClassifiedDestinations {
  if (judge === byShape && typeof input === 'string' && isPlainDestination(input)) return { valid: [input], invalid: [], duplicates: [] };
  const accepted: string[] = [];
  const invalid: InvalidDestination[] = [];
  for (const entry of splitDestinations(input)) {
    const verdict = judge(sanitizeDestination(entry));
    if (verdict.ok) accepted.push(verdict.number);
    else invalid.push({ input: entry, reason: verdict.reason });
  }
  const { unique, repeats } = firstOccurrences(accepted);
  return { valid: unique, invalid, duplicates: repeats };
}
