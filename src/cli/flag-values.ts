import { InvalidArgumentError } from 'commander';
import { usageError } from './exit.js';

// The option parsers of every command throw commander's InvalidArgumentError, not a PlivoError, because that is
// what commander expects of them: it turns one into a usage error naming the flag, which runCli reports with exit
// status 2, so it never leaves runCli.

const UNITS_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000 };
/** The longest `--timeout` accepted: a send that takes longer is better reported than waited for. */
export const MAX_TIMEOUT_MS = 600_000;

/**
 * Parses `--timeout`: milliseconds (`1500`), or a duration with a unit (`500ms`, `30s`, `1.5s`, `2m`).
 * @example parseDuration('30s') // 30000
 */
export function parseDuration(value: string): number {
  const match = /^(\d+(?:\.\d+)?)(ms|s|m)?$/.exec(value.trim());
  const ms = match ? Math.round(Number(match[1]) * (UNITS_MS[match[2] ?? 'ms'] ?? 1)) : Number.NaN;
  if (!Number.isFinite(ms) || ms < 1 || ms > MAX_TIMEOUT_MS) {
    throw new InvalidArgumentError(`must be milliseconds (e.g. 1500) or a duration such as 500ms, 30s or 2m, from 1 ms to ${MAX_TIMEOUT_MS / 60_000} minutes`);
  }
  return ms;
}

/** A commander parser for a whole number from `min` to `max`. */
export function integerIn(min: number, max: number): (value: string) => number {
  return (value) => {
    const number = Number(value);
    if (!/^\d+$/.test(value.trim()) || number < min || number > max) throw new InvalidArgumentError(`must be a whole number from ${min} to ${max}`);
    return number;
  };
}

/** Collects a repeatable flag; no default value, so commander never counts an absent flag as given. */
export const collect = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value];

/** Checks an API origin flag or variable: an http(s) URL, or undefined when not given. */
export function checkOrigin(value: string | undefined, name: string): string | undefined {
  if (value === undefined || value === '') return undefined;
  let protocol: string | undefined;
  try {
    protocol = new URL(value).protocol;
  } catch {
    protocol = undefined;
  }
  if (protocol !== 'http:' && protocol !== 'https:') throw usageError(`${name} must be an http(s) URL such as http://127.0.0.1:4010; got ${JSON.stringify(value)}`);
  return value;
}
