import type { Readable } from 'node:stream';
import { createRedactor, credentialSecrets } from '../redact.js';
import { colourEnabled, createPalette, type ColourMode, type Palette } from './style.js';

/** What the CLI reads and writes; injectable so every command runs in-process in tests. */
export interface CliStreams {
  /** Writes raw text to standard output. */
  out(text: string): void;
  /** Writes raw text to standard error. */
  err(text: string): void;
  /** Environment variables (credentials, `PLIVO_BASE_URL`, `NO_COLOR`, `FORCE_COLOR`). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Whether standard output is a terminal. */
  readonly stdoutIsTTY?: boolean;
  /** Whether standard error is a terminal (a progress bar is drawn only there). */
  readonly stderrIsTTY?: boolean;
  /** Width of the terminal in columns, when known; help text wraps to it. */
  readonly columns?: number;
  /** Reads standard input to its end (for `-` arguments). */
  readStdin(): Promise<string>;
  /**
   * Standard input as a stream, read as it arrives, for input too large to hold whole (`campaign
   * start --dst-file -`). Without it such a command reads {@link readStdin}'s text.
   */
  stdinStream?(): Readable;
  /**
   * Calls `handler` on each Ctrl-C (SIGINT) until the returned function is called; while a handler
   * is registered Ctrl-C does not end the process. Absent where there is no terminal to interrupt.
   */
  onInterrupt?(handler: () => void): () => void;
}

/** The streams as commands use them: with a colour palette for each output, decided once per run. */
export interface CliIo extends CliStreams {
  /** Decorations for standard output. */
  readonly colour: Palette;
  /** Decorations for standard error. */
  readonly errColour: Palette;
}

/** Adds the palettes `mode` (`--color`) and the environment call for to `streams`. */
export function withColour(streams: CliStreams, mode: ColourMode = 'auto'): CliIo {
  const tty = (isTTY: boolean | undefined) => (isTTY === undefined ? {} : { isTTY });
  return {
    ...streams,
    out: (text) => streams.out(text),
    err: (text) => streams.err(text),
    readStdin: () => streams.readStdin(),
    colour: createPalette(colourEnabled(tty(streams.stdoutIsTTY), streams.env, mode)),
    errColour: createPalette(colourEnabled(tty(streams.stderrIsTTY), streams.env, mode)),
  };
}

/**
 * The real process: stdout and stderr with the auth token scrubbed from everything written (the
 * client already keeps it out of its errors; this is the last line of defence for the rest).
 */
export function processIo(): CliStreams {
  const env = process.env;
  const scrub = createRedactor(credentialSecrets(env.PLIVO_AUTH_ID, env.PLIVO_AUTH_TOKEN));
  return {
    out: (text) => void process.stdout.write(scrub(text)),
    err: (text) => void process.stderr.write(scrub(text)),
    env,
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    ...(process.stdout.columns ? { columns: process.stdout.columns } : {}),
    async readStdin() {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
      return Buffer.concat(chunks).toString('utf8');
    },
    stdinStream: () => process.stdin,
    onInterrupt(handler) {
      process.on('SIGINT', handler);
      return () => void process.off('SIGINT', handler);
    },
  };
}
