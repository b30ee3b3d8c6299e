// libphonenumber-js is imported here and nowhere else, so only code that opts into this subpath
// pays for it. `core` + the `min` metadata was measured against the alternatives (esbuild, minified,
// gzipped, with the two functions used here): min ≈ 29 KB, mobile ≈ 35 KB, max ≈ 51 KB. `min`
// keeps the possible-length data that `isPossible()` needs and drops only the per-type patterns
// used by `isValid()`/`getType()`, which this module does not call: Plivo checks the shape of a
// number, not whether a carrier has assigned it. Importing `core` with the metadata made explicit
// (rather than `libphonenumber-js/min`) also gives direct access to the calling-code table.
import { parsePhoneNumberFromString, validatePhoneNumberLength, type CountryCode, type ValidatePhoneNumberLengthResult } from 'libphonenumber-js/core';
import metadata from 'libphonenumber-js/min/metadata';
import { checkDestinations, digitsProblem, NO_COUNTRY_CODE, type ClassifiedDestinations, type DestinationVerdict, type InvalidDestination } from '../messaging/destinations.js';
import { DESTINATION_DELIMITER, MAX_NUMBER_DIGITS } from '../messaging/numbers.js';

export type { CountryCode, InvalidDestination };

/** Options for {@link parseDestinations}. */
export interface ParseDestinationsOptions {
  /**
   * Country (ISO 3166-1 alpha-2) used for numbers that are not possible as international numbers,
   * e.g. `'GB'` turns `07700 900123` into `447700900123`. Without it every number must start with
   * its country code, as Plivo requires.
   */
  defaultCountry?: CountryCode | undefined;
}

/** The result of {@link parseDestinations}: valid numbers as E.164 digits without `+`, so `valid + invalid + duplicates` accounts for every non-blank entry. */
export interface ParsedDestinations extends ClassifiedDestinations {
  /** The valid numbers joined with `<`, ready for the `dst` parameter. May hold more than 1000 numbers; Plivo accepts at most 1000 per request. */
  dst: string;
}

// E.164 calling codes form a prefix-free set, so the first 1-3 digit prefix found is the code.
const CALLING_CODES = new Set(Object.keys(metadata.country_calling_codes));

function callingCodeOf(digits: string): string | undefined {
  for (let length = 1; length <= 3 && length <= digits.length; length += 1) {
    const prefix = digits.slice(0, length);
    if (CALLING_CODES.has(prefix)) return prefix;
  }
  return undefined;
}

function lengthProblem(code: ValidatePhoneNumberLengthResult | undefined): string {
  switch (code) {
    case 'TOO_SHORT':
      return 'too short';
    case 'TOO_LONG':
      return 'too long';
    case 'INVALID_LENGTH':
      return 'wrong length';
    default:
      return 'not a possible number there';
  }
}

// Returns the E.164 digits, or undefined; the reason is worked out separately because
// `validatePhoneNumberLength` costs about as much as the parse and only failures need it.
function asInternational(digits: string): string | undefined {
  const parsed = parsePhoneNumberFromString(`+${digits}`, metadata);
  return parsed?.isPossible() ? parsed.number.slice(1) : undefined;
}

function asNational(digits: string, country: CountryCode): string | undefined {
  const parsed = parsePhoneNumberFromString(digits, { defaultCountry: country }, metadata);
  return parsed?.isPossible() ? parsed.number.slice(1) : undefined;
}

function internationalReason(digits: string): string | undefined {
  const callingCode = callingCodeOf(digits);
  if (callingCode === undefined) return undefined;
  return `not a possible phone number for +${callingCode}: ${lengthProblem(validatePhoneNumberLength(`+${digits}`, metadata))}`;
}

function classify(sanitized: string, defaultCountry: CountryCode | undefined): DestinationVerdict {
  const problem = digitsProblem(sanitized);
  if (problem !== undefined) return { ok: false, reason: problem };

  // The international reading wins whenever it is possible: that is how Plivo reads the number.
  const international = asInternational(sanitized);
  if (international !== undefined) return { ok: true, number: international };
  if (defaultCountry !== undefined) {
    const national = asNational(sanitized, defaultCountry);
    if (national !== undefined) {
      return national.length > MAX_NUMBER_DIGITS
        ? { ok: false, reason: `longer than ${MAX_NUMBER_DIGITS} digits with the country code added` }
        : { ok: true, number: national };
    }
  }
  const reason = internationalReason(sanitized);
  if (reason !== undefined) return { ok: false, reason };
  if (defaultCountry === undefined) return { ok: false, reason: NO_COUNTRY_CODE };
  const nationalProblem = lengthProblem(validatePhoneNumberLength(sanitized, defaultCountry, metadata));
  return { ok: false, reason: `${NO_COUNTRY_CODE}, and is not a possible ${defaultCountry} number: ${nationalProblem}` };
}

/**
 * Parses a destination list the way Plivo's `dst` does, but reports problems before sending.
 *
 * Accepts a `<`-joined string or an array (whose entries may themselves be `<`-joined). Each entry
 * is sanitised as Plivo does (`sanitizeDestination`: `/ - . + ( )` and white space removed),
 * then must be a possible phone number with its country code, at most 14 digits. Blank entries
 * (`a<<b`, a trailing `<`) are skipped, as `splitDestinations` does; an entry that sanitises
 * to nothing (`"( )"`) is reported as `empty`. Numbers are normalised to E.164 digits (a national
 * prefix after the country code is dropped) and de-duplicated on that form, first occurrence kept.
 *
 * Reasons: `empty`, `contains letters, which a phone number cannot have`, `longer than 14 digits`,
 * `does not start with a country code`, `not a possible phone number for +44: too short`
 * (or `too long`, `wrong length`).
 *
 * Cost: one libphonenumber parse per distinct entry, roughly 10 µs each (about 1 s for 100,000
 * distinct numbers; repeated entries are parsed once). Plivo takes at most 1000 numbers per request.
 *
 * @example
 * parseDestinations('+1 (415) 555-0123<14155550123<4477009001<abc')
 * // {
 * //   dst: '14155550123',
 * //   valid: ['14155550123'],
 * //   invalid: [{ input: '4477009001', reason: 'not a possible phone number for +44: wrong length' },
 * //             { input: 'abc', reason: 'contains letters, which a phone number cannot have' }],
 * //   duplicates: ['14155550123'],
 * // }
 * @example parseDestinations(['07700 900123'], { defaultCountry: 'GB' }).dst // '447700900123'
 */
export function parseDestinations(input: string | readonly string[], options: ParseDestinationsOptions = {}): ParsedDestinations {
  const { defaultCountry } = options;
  // Lists pasted from spreadsheets repeat numbers often; parse each distinct form once.
  const verdicts = new Map<string, DestinationVerdict>();
  const judge = (sanitized: string): DestinationVerdict => {
    let verdict = verdicts.get(sanitized);
    if (verdict === undefined) {
      verdict = classify(sanitized, defaultCountry);
      verdicts.set(sanitized, verdict);
    }
    return verdict;
  };
  const sorted = checkDestinations(input, judge);
  return { dst: sorted.valid.join(DESTINATION_DELIMITER), ...sorted };
}
