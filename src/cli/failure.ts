import { mayHaveBeenSent, PlivoApiError, PlivoError, PlivoValidationError } from '../errors.js';
import { EXIT_MAYBE_SENT, EXIT_NOT_SENT } from './exit.js';
import { formatIssues } from './issues.js';
import type { Palette } from './style.js';

/** The exit status for a failed exchange: 3 when a message may have been sent, else 1. */
export const exitCodeOf = (error: unknown): number => (mayHaveBeenSent(error) ? EXIT_MAYBE_SENT : EXIT_NOT_SENT);

/**
 * The messages of the `cause` chain that the error's own message does not already hold, such as
 * `connect ECONNREFUSED 127.0.0.1:4999` or `getaddrinfo ENOTFOUND api.plivo.com` under a bare
 * "fetch failed". The client's causes are sanitised copies, free of credentials.
 */
export function causesOf(error: unknown): string[] {
  const causes: string[] = [];
  let seen = error instanceof Error ? error.message : String(error);
  let current = error instanceof Error ? error.cause : undefined;
  for (let depth = 0; current !== undefined && current !== null && depth < 5; depth += 1) {
    const text = current instanceof Error ? current.message : String(current);
    const code = (current as { code?: unknown }).code;
    const line = typeof code === 'string' && !text.includes(code) ? `${text} (${code})` : text;
    if (text !== '' && !seen.includes(text)) causes.push(line);
    seen += `\n${text}`;
    current = current instanceof Error ? current.cause : undefined;
  }
  return causes;
}

/** The advice printed under an error that may have sent a message. */
export const MAYBE_SENT_ADVICE = 'The message may have been queued anyway: check the message list before sending it again.';

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
  for (const cause of causesOf(error)) lines.push(`  cause: ${cause}`);
  if (error instanceof PlivoApiError && error.apiId) lines.push(`  api_id: ${error.apiId}`);
  if (mayHaveBeenSent(error)) lines.push(colour.yellow(`  ${MAYBE_SENT_ADVICE}`));
  return lines.join('\n');
}

/** An error as data for `--json`: name, message, causes, `maybeSent`, and the HTTP details of an API error. */
export function errorJson(error: unknown): Record<string, unknown> {
  return {
    name: error instanceof Error ? error.name : 'Error',
    message: error instanceof Error ? error.message : String(error),
    causes: causesOf(error),
    maybeSent: mayHaveBeenSent(error),
    ...(error instanceof PlivoApiError ? { status: error.status, apiId: error.apiId ?? null, body: error.body } : {}),
  };
}

/** What went wrong, as the `--json` report of a command that failed. */
export function failureJson(error: unknown): Record<string, unknown> {
  if (error instanceof PlivoValidationError) return { ok: false, sent: false, exitCode: EXIT_NOT_SENT, issues: error.issues };
  return { ok: false, exitCode: exitCodeOf(error), error: errorJson(error) };
}

/** Whether `error` is one the CLI explains itself rather than as an unexpected crash. */
export const isPlivoError = (error: unknown): error is PlivoError => error instanceof PlivoError;
