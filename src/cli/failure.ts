import { PlivoApiError, PlivoConnectionError, PlivoError, PlivoValidationError } from '../errors.js';
import { formatIssues } from './issues.js';
import type { Palette } from './style.js';

/**
 * What went wrong, for people. Only the error's own fields are used: the client's errors never hold
 * the token, and printing whole option or request objects could.
 */
export function failureText(error: unknown, colour: Palette): string {
  if (error instanceof PlivoValidationError) {
    return `${colour.red('Invalid request body, nothing was sent:')}\n${formatIssues(error.issues, colour)}`;
  }
  const message = error instanceof Error ? error.message : String(error);
  const lines = [`${colour.red('error:')} ${message}`];
  if (error instanceof PlivoApiError && error.apiId) lines.push(`  api_id: ${error.apiId}`);
  if ((error instanceof PlivoApiError || error instanceof PlivoConnectionError) && error.maybeSent) {
    lines.push(colour.yellow('  The message may have been queued anyway: check the message list before sending it again.'));
  }
  return lines.join('\n');
}

/** What went wrong, as data for `--json`. */
export function failureJson(error: unknown): Record<string, unknown> {
  if (error instanceof PlivoValidationError) return { ok: false, sent: false, issues: error.issues };
  const base: Record<string, unknown> = {
    ok: false,
    error: {
      name: error instanceof Error ? error.name : 'Error',
      message: error instanceof Error ? error.message : String(error),
      ...(error instanceof PlivoApiError ? { status: error.status, apiId: error.apiId ?? null, body: error.body } : {}),
      ...(error instanceof PlivoApiError || error instanceof PlivoConnectionError ? { maybeSent: error.maybeSent } : {}),
    },
  };
  return base;
}

/** Whether `error` is one the CLI explains itself rather than as an unexpected crash. */
export const isPlivoError = (error: unknown): error is PlivoError => error instanceof PlivoError;
