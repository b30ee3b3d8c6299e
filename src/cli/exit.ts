import { PlivoError } from '../errors.js';

/** Exit status: success; every recipient was accepted (invalid and repeated numbers are reported, not sent). */
export const EXIT_OK = 0;
/**
 * Exit status: nothing was sent, or every recipient not accepted certainly was not sent: an invalid
 * message, a refusal by Plivo (4xx), a connection that never opened. Running the command again for
 * the recipients listed as not sent cannot send anything twice.
 */
export const EXIT_NOT_SENT = 1;
/** {@link EXIT_NOT_SENT} under its older name. */
export const EXIT_FAILURE = EXIT_NOT_SENT;
/** Exit status: the command line itself is wrong (unknown or conflicting flags, missing argument, unreadable file, no credentials). */
export const EXIT_USAGE = 2;
/**
 * Exit status: a message may have been sent although no acceptance came back (a 5xx, a timeout, a
 * connection lost after the request was written, a send aborted in flight). Do not repeat blindly:
 * check the message list first.
 */
export const EXIT_MAYBE_SENT = 3;

/** The statuses a CLI error can end with. */
export type CliErrorExit = typeof EXIT_USAGE | typeof EXIT_NOT_SENT;

/**
 * An error the CLI reports as one line on stderr, exiting with `exitCode`. It is raised before
 * anything is sent, so its `maybeSent` is false, the root's default.
 */
export class CliError extends PlivoError {
  override name = 'CliError';

  constructor(
    message: string,
    /** {@link EXIT_USAGE} or {@link EXIT_NOT_SENT}. */
    readonly exitCode: CliErrorExit,
  ) {
    super(message);
  }
}

/** A mistake in how the command was called (exit 2). */
export const usageError = (message: string): CliError => new CliError(message, EXIT_USAGE);

/** The lines of `--help` that explain the exit statuses; scripts decide from them whether a retry is safe. */
export const EXIT_CODES_HELP = [
  'Exit codes:',
  '  0  sent: every recipient accepted (invalid and repeated numbers are listed)',
  '  1  not sent: invalid message, refused by Plivo, connection refused',
  '  2  usage error: unknown or conflicting flags, missing argument or file',
  '  3  may have been sent (5xx, timeout, lost connection): do not repeat blindly',
].join('\n');
