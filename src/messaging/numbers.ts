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
const ASCII_ALPHANUMERIC = /^[A-Za-z0-9]+$/;

/**
 * Whether every character of `text` from `start` on is an ASCII digit (true for none).
 * @example isAsciiDigits('14155550100') // true
 */
export function isAsciiDigits(text: string, start = 0): boolean {
  for (let i = start; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x30 || code > 0x39) return false;
  }
  return true;
}

/**
 * Whether a sender ID needs no sanitising and is within its limit: 1 to 14 digits, or 1 to 11 ASCII
 * letters and digits. Most senders are; the rest go through {@link sanitizeSender}.
 * @example isPlainSender('14155550100') // true
 * @example isPlainSender('MyShop') // true
 * @example isPlainSender('+1 415-555-0100') // false
 */
export function isPlainSender(input: string): boolean {
  if (input.length === 0 || input.length > MAX_NUMBER_DIGITS) return false;
  if (isAsciiDigits(input)) return true;
  return input.length <= MAX_ALPHANUMERIC_SENDER && ASCII_ALPHANUMERIC.test(input);
}

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
