/** Where a command action leaves its exit status; commander ignores what actions return. */
export interface Outcome {
  exitCode: number;
  /** Set once a command has started sending: an unexpected failure after that may have sent a message. */
  sending?: boolean;
}

/** Prints a value as indented JSON followed by a newline (the `--json` format of every command). */
export const toJsonLine = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
