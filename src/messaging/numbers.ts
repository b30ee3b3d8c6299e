/** Plivo's bulk delimiter: `14155550123<14155550124`. */
export const DESTINATION_DELIMITER = '<';

/** The most unique destinations Plivo accepts in one send. */
export const MAX_DESTINATIONS_PER_REQUEST = 1000;

/** The most digits a number may have after sanitising (country code included). */
export const MAX_NUMBER_DIGITS = 14;

/** The most characters an alphanumeric sender ID may have after sanitising. */
export const MAX_ALPHANUMERIC_SENDER = 11;

// Plivo documents exactly these as stripped from `dst`: / - . + ( ) and white space.
const STRIPPED_FROM_DESTINATION = /[/\-.+()\s]/g;
// For `src` it strips everything but ASCII letters and digits.
const STRIPPED_FROM_SENDER = /[^A-Za-z0-9]/g;

/**
 * A destination number as Plivo sees it after sanitising: `/ - . + ( )` and white space removed.
 * @example sanitizeDestination('+1 (415) 555-0123') // '14155550123'
 */
export function sanitizeDestination(input: string): string {
  return input.replace(STRIPPED_FROM_DESTINATION, '');
}

/**
 * A sender ID as Plivo sees it after sanitising: everything but A-Z, a-z and 0-9 removed.
 * @example sanitizeSender('+1 415-555-0100') // '14155550100'
 */
export function sanitizeSender(input: string): string {
  return input.replace(STRIPPED_FROM_SENDER, '');
}

/**
 * The raw entries of a destination list: a `<`-joined string or an array of numbers (whose entries
 * may themselves be `<`-joined). Entries are returned as given, in order, without the empty ones.
 * @example splitDestinations('14155550123<14155550124') // ['14155550123', '14155550124']
 */
export function splitDestinations(input: string | readonly string[]): string[] {
  const parts = typeof input === 'string' ? input.split(DESTINATION_DELIMITER) : input.flatMap((entry) => entry.split(DESTINATION_DELIMITER));
  return parts.filter((part) => part.trim() !== '');
}
