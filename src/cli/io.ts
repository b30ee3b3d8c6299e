import { colourEnabled, createPalette, type Palette } from './style.js';

/** Where the CLI writes and what it reads from its environment; injectable so commands can run in-process. */
export interface CliIo {
  /** Writes raw text to standard output. */
  out(text: string): void;
  /** Writes raw text to standard error. */
  err(text: string): void;
  /** Environment variables (credentials, `NO_COLOR`). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Decorations for standard output. */
  readonly colour: Palette;
  /** Decorations for standard error. */
  readonly errColour: Palette;
  /** Reads standard input to its end (for `-` arguments). */
  readStdin(): Promise<string>;
}

const REDACTED = '[redacted]';

/**
 * Replaces every occurrence of each secret (and its Basic-auth form) with `[redacted]`. The client
 * already redacts its errors; this is a last line of defence for anything else the CLI prints.
 */
export function createScrubber(secrets: ReadonlyArray<string | undefined>): (text: string) => string {
  const values = secrets.filter((secret): secret is string => typeof secret === 'string' && secret.length >= 4);
  if (values.length === 0) return (text) => text;
  return (text) => values.reduce((clean, secret) => clean.split(secret).join(REDACTED), text);
}

function basicAuthForms(authId: string | undefined, authToken: string | undefined): string[] {
  if (!authToken) return [];
  const pair = `${authId ?? ''}:${authToken}`;
  return [pair, Buffer.from(pair, 'utf8').toString('base64')];
}

/** The real process: stdout/stderr with colour only on terminals, and the auth token scrubbed from all output. */
export function processIo(): CliIo {
  const env = process.env;
  const scrub = createScrubber([env.PLIVO_AUTH_TOKEN, ...basicAuthForms(env.PLIVO_AUTH_ID, env.PLIVO_AUTH_TOKEN)]);
  return {
    out: (text) => void process.stdout.write(scrub(text)),
    err: (text) => void process.stderr.write(scrub(text)),
    env,
    colour: createPalette(colourEnabled(process.stdout, env)),
    errColour: createPalette(colourEnabled(process.stderr, env)),
    async readStdin() {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
      return Buffer.concat(chunks).toString('utf8');
    },
  };
}
