/** Exit status: success. */
export const EXIT_OK = 0;
/** Exit status: the input was understood but is invalid, or Plivo (or the mock) refused or failed. */
export const EXIT_FAILURE = 1;
/** Exit status: the command line itself is wrong (unknown option, missing argument, unreadable file, no credentials). */
export const EXIT_USAGE = 2;

/** An error the CLI reports as one line on stderr, exiting with `exitCode`. */
export class CliError extends Error {
  override name = 'CliError';

  constructor(
    message: string,
    /** {@link EXIT_USAGE} or {@link EXIT_FAILURE}. */
    readonly exitCode: typeof EXIT_USAGE | typeof EXIT_FAILURE,
  ) {
    super(message);
  }
}

/** A mistake in how the command was called (exit 2). */
export const usageError = (message: string): CliError => new CliError(message, EXIT_USAGE);
