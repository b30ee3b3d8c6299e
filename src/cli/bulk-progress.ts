import { Presets, SingleBar } from 'cli-progress';
import type { SendBulkProgress } from '../bulk/send-bulk.js';
import type { CliIo } from './io.js';

/** Shows how far a bulk send has got; `finish` leaves the last state on screen. */
export interface ProgressDisplay {
  update(progress: SendBulkProgress): void;
  /** Writes a line above the progress (a retry wait, a stop request) without breaking the bar. */
  note(line: string): void;
  finish(): void;
}

/**
 * The stream a cli-progress bar draws on: it draws with cursor escapes on the stream it is given, and
 * this one writes through the CLI's own stderr, so the output stays injectable and scrubbed.
 */
export const barStream = (io: CliIo): NodeJS.WritableStream =>
  ({ isTTY: true, columns: io.columns ?? 80, write: (text: string) => (io.err(text), true) }) as unknown as NodeJS.WritableStream;

/** Seconds between plain progress lines when standard error is not a terminal. */
export const PLAIN_PROGRESS_INTERVAL_MS = 1000;

const describe = (p: SendBulkProgress) => `${p.sent} of ${p.total} recipients (${p.requests} of ${p.totalRequests} requests)`;

/**
 * A progress bar (cli-progress) on a terminal; elsewhere a plain line at most once a second and
 * one at the end, so logs stay readable. Everything goes to standard error: standard output holds
 * the result. `quiet` drops the plain lines but not the bar nor the notes (for `--json`).
 */
export function createProgressDisplay(io: CliIo, start: SendBulkProgress, options: { quiet?: boolean; now?: () => number } = {}): ProgressDisplay {
  const now = options.now ?? Date.now;
  // On a terminal the bar shows even with --json: `send --json > report.json` is watched by a person.
  if (io.stderrIsTTY) {
    const bar = new SingleBar(
      { stream: barStream(io), format: 'Sending {bar} {value}/{total} recipients | {requests}/{totalRequests} requests | {eta_formatted} left', hideCursor: true, clearOnComplete: false, etaBuffer: 20 },
      Presets.shades_classic,
    );
    bar.start(start.total, start.sent, { requests: start.requests, totalRequests: start.totalRequests });
    return {
      update: (p) => bar.update(p.sent, { requests: p.requests, totalRequests: p.totalRequests }),
      note(line) {
        // Clear the bar's line, print the note, and let the next redraw put the bar back underneath.
        io.err(`\r\u001B[2K${line}\n`);
        bar.render();
      },
      finish: () => bar.stop(),
    };
  }
  let last = now();
  return {
    update(p) {
      const done = p.requests === p.totalRequests;
      if (options.quiet || (!done && now() - last < PLAIN_PROGRESS_INTERVAL_MS)) return;
      last = now();
      io.err(`${done ? 'Sent' : 'Sending'}: ${describe(p)}\n`);
    },
    note: (line) => io.err(`${line}\n`),
    finish: () => undefined,
  };
}
