// The credentials of the fault suite, and the check that no thrown error carries them in any form.
import { inspect } from 'node:util';
import { expect } from 'vitest';
import { createPlivoClient, type PlivoClientOptions } from '../../../src/index.js';

export const AUTH_ID = 'MAFAULTSUITE00000042';
/** Long and distinctive, so that a leak cannot hide as a coincidence. */
export const AUTH_TOKEN = 'fault-suite-token-Zq8vX2mK9pL4wR7t';
export const PAIR = `${AUTH_ID}:${AUTH_TOKEN}`;
export const BASIC = Buffer.from(PAIR).toString('base64');
const SECRETS = [AUTH_TOKEN, PAIR, BASIC];

/**
 * A client of the fault servers with fast retries. The default timeout is generous because the
 * machine may be busy: tests that want a timeout set a short one where every answer stalls.
 */
export function faultClient(baseUrl: string, options: Partial<PlivoClientOptions> = {}) {
  return createPlivoClient({ authId: AUTH_ID, authToken: AUTH_TOKEN, baseUrl, timeoutMs: 5000, retryBaseDelayMs: 1, ...options });
}

let checked = 0;
/** How many errors {@link expectNoSecrets} has checked in this file. */
export const checkedErrors = () => checked;

function representations(error: unknown): string[] {
  const out: string[] = [String(error), inspect(error, { showHidden: true, depth: Infinity, getters: true })];
  try {
    out.push(JSON.stringify(error) ?? '');
  } catch {
    // a cycle is not a leak
  }
  if (error instanceof Error) out.push(error.stack ?? '', error.message);
  if (error !== null && typeof error === 'object') {
    for (const key of Reflect.ownKeys(error)) {
      const value = (error as Record<PropertyKey, unknown>)[key];
      if (value instanceof Headers) value.forEach((v, k) => out.push(`${k}: ${v}`));
      else if (typeof value === 'string') out.push(value);
      else if (value !== null && typeof value === 'object' && !(value instanceof Error)) out.push(JSON.stringify(value) ?? '');
    }
  }
  return out;
}

/** Fails when the token or the Basic credentials appear in any representation of `error` or of its cause chain. */
export function expectNoSecrets(error: unknown): void {
  checked += 1;
  let current: unknown = error;
  for (let depth = 0; current !== undefined && current !== null && depth < 10; depth += 1) {
    for (const text of representations(current)) {
      for (const secret of SECRETS) expect(text.includes(secret), `a secret in ${String(current)}`).toBe(false);
    }
    current = (current as { cause?: unknown }).cause;
  }
}

/** The error `promise` rejects with, checked for secrets; fails when it resolves. */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  const outcome = await promise.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  if (!('error' in outcome)) throw new Error(`expected a rejection, got ${JSON.stringify(outcome.value)}`);
  expectNoSecrets(outcome.error);
  return outcome.error;
}
