import { processIo } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/run.js';
import type { Printer } from './printer.js';

/** What `--live` needs from the command line. */
export interface LiveOptions {
  src: string;
  dst: string;
  text: string;
}

/**
 * Sends ONE real SMS through api.plivo.com with `plivo-message send` and the credentials from
 * PLIVO_AUTH_ID and PLIVO_AUTH_TOKEN; resolves with the command's exit status (2 without credentials).
 */
export async function runLiveDemo(options: LiveOptions, print: Printer): Promise<number> {
  // The origin is explicit so that a PLIVO_BASE_URL left pointing at a mock cannot turn the live demo into a fake one.
  const args = ['send', '--base-url', 'https://api.plivo.com', '--src', options.src, '--dst', options.dst, '--text', options.text];
  return runCli([...args, '--color', print.colour.enabled ? 'always' : 'never'], processIo());
}
