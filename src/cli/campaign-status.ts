import { Bar, Presets } from 'cli-progress';
import type { CampaignStatus, Campaigns } from '../campaigns/index.js';
import { barStream } from './bulk-progress.js';
import type { CliIo } from './io.js';
import { onStopSignal } from './lifecycle.js';
import { toJsonLine } from './outcome.js';
import { alignRows } from './style.js';

const WATCH_INTERVAL_MS = 1000;

/** Recipients with an outcome: everything but `pending`. */
const settled = (status: CampaignStatus) => status.total - status.pending;

/** The status as aligned lines for a terminal. */
export function formatStatus(status: CampaignStatus): string {
  const d = status.delivery;
  return `${alignRows([
    ['campaign', status.id],
    ['state', status.state],
    ['recipients', `${status.total} (${status.pending} pending)`],
    ['accepted', String(status.accepted)],
    ['maybe sent', String(status.maybeSent)],
    ['failed', String(status.failed)],
    ['rejected', String(status.rejected)],
    ['cancelled', String(status.cancelled)],
    ['invalid / duplicates', `${status.invalid} / ${status.duplicates}`],
    ['requests', `${status.settledRequests} of ${status.requests}`],
    ['delivery', `queued ${d.queued}, sent ${d.sent}, delivered ${d.delivered}, read ${d.read}, undelivered ${d.undelivered}, failed ${d.failed}`],
  ])}\n`;
}

const finished = (status: CampaignStatus) => status.state === 'done' || status.state === 'cancelled';

/**
 * Prints the status once, or with `watch` until the campaign is done, cancelled or Ctrl-C: a
 * progress bar on a terminal, otherwise a line whenever the counts change.
 */
export async function showStatus(campaigns: Campaigns, id: string, options: { watch?: boolean; json?: boolean }, io: CliIo): Promise<CampaignStatus> {
  let status = await campaigns.status(id);
  if (!options.watch) {
    io.out(options.json ? toJsonLine(status) : formatStatus(status));
    return status;
  }
  let stopped = false;
  const offSignal = onStopSignal(() => {
    stopped = true;
  });
  // The bar is drawn on standard error, like send's; standard output keeps the final status.
  const tty = io.stderrIsTTY === true && !options.json;
  const bar = tty ? new Bar({ stream: barStream(io), format: '{bar} {percentage}% | {value}/{total} recipients | {state} | maybe sent {maybeSent}, failed {failed}', hideCursor: true }, Presets.shades_classic) : undefined;
  try {
    bar?.start(status.total, settled(status), { state: status.state, maybeSent: status.maybeSent, failed: status.failed });
    let last = '';
    for (;;) {
      if (bar) bar.update(settled(status), { state: status.state, maybeSent: status.maybeSent, failed: status.failed });
      else {
        const line = options.json ? JSON.stringify(status) : `${status.state} ${settled(status)}/${status.total} accepted ${status.accepted} maybe-sent ${status.maybeSent} failed ${status.failed} cancelled ${status.cancelled}`;
        if (line !== last) io.out(`${line}\n`);
        last = line;
      }
      if (finished(status) || stopped) break;
      await new Promise((resolve) => setTimeout(resolve, WATCH_INTERVAL_MS));
      status = await campaigns.status(id);
    }
  } finally {
    bar?.stop();
    offSignal();
  }
  if (tty) io.out(formatStatus(status));
  return status;
}
