import { usageError } from './exit.js';

/** Plivo credentials as read from the environment. */
export interface Credentials {
  authId: string;
  authToken: string;
}

/**
 * Reads `PLIVO_AUTH_ID` and `PLIVO_AUTH_TOKEN`. Credentials come only from the environment, never
 * from flags, so the token stays out of shell history and process listings.
 * @param hint Appended to the error, e.g. how to proceed without credentials.
 * @throws CliError (exit 2) naming the missing variables, never their values.
 */
export function readCredentials(env: Readonly<Record<string, string | undefined>>, hint = ''): Credentials {
  const authId = env.PLIVO_AUTH_ID?.trim();
  const authToken = env.PLIVO_AUTH_TOKEN;
  const missing = [authId ? undefined : 'PLIVO_AUTH_ID', authToken ? undefined : 'PLIVO_AUTH_TOKEN'].filter((name) => name !== undefined);
  if (!authId || !authToken) {
    throw usageError(`${missing.join(' and ')} must be set (your Plivo auth ID and auth token, from the Plivo console)${hint ? `; ${hint}` : ''}`);
  }
  return { authId, authToken };
}
