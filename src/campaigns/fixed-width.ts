import { MAX_NUMBER_DIGITS } from '../messaging/numbers.js';

/**
 * Each number of a request is stored padded to one width, so the recipient at position `p` starts
 * at byte `p × NUMBER_WIDTH`: a status callback finds its recipient's position with one search in
 * Redis, and per-recipient state lives in strings indexed by that position (one byte, or 36 for a
 * UUID) instead of a hash entry of some 60 bytes each.
 */
export const NUMBER_WIDTH = MAX_NUMBER_DIGITS + 1;

/** Length of a message UUID as Plivo writes it. */
export const UUID_WIDTH = 36;

/** The numbers of one request as one fixed-width string. */
export function encodeNumbers(numbers: readonly string[]): string {
  let text = '';
  for (const number of numbers) text += number.padEnd(NUMBER_WIDTH, ' ');
  return text;
}

/** The numbers of one request back from {@link encodeNumbers}. */
export function decodeNumbers(text: string): string[] {
  const numbers: string[] = [];
  for (let at = 0; at < text.length; at += NUMBER_WIDTH) numbers.push(text.slice(at, at + NUMBER_WIDTH).trimEnd());
  return numbers;
}
