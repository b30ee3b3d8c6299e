/** Where a command action leaves its exit status; commander ignores what actions return. */
export interface Outcome {
  exitCode: number;
}

/** Prints a value as indented JSON followed by a newline (the `--json` format of every command). */
export const toJsonLine = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
