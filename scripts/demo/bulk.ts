import type { PlivoClient } from '../../src/index.js';
import { sendBulk } from '../../src/bulk/send-bulk.js';
import { parseDestinations } from '../../src/phone/index.js';
import { padEnd } from '../../src/cli/style.js';
import { BULK_DESTINATIONS } from './bodies.js';
import type { Printer } from './printer.js';
import type { WireLog } from './wire.js';

/** Cleans a pasted destination list with parseDestinations, then sends to what is left with sendBulk. */
export async function showBulk(client: PlivoClient, wire: WireLog, print: Printer): Promise<void> {
  const { colour } = print;
  print.section(`Bulk send to ${BULK_DESTINATIONS.length} pasted entries: parseDestinations() + sendBulk()`);
  const parsed = parseDestinations(BULK_DESTINATIONS);
  const before = wire.entries.length;
  const result = await sendBulk(client, { src: '14155550100', dst: BULK_DESTINATIONS, text: 'Store closes at 6 pm today.' }, { parseDestinations });
  const requests = wire.entries.slice(before);

  const uuids = result.accepted.flatMap((request) => request.messageUuids);
  const inputWidth = Math.max(0, ...parsed.invalid.map((entry) => entry.input.length));
  print.rows([
    ['Input', BULK_DESTINATIONS.join(' | ')],
    ['Sending to', `${parsed.valid.length} unique numbers: ${parsed.valid.join(', ')}`],
    ['Duplicates', `${parsed.duplicates.length} removed: ${parsed.duplicates.join(', ')}`],
    ['Invalid', `${parsed.invalid.length} removed:`],
    ...parsed.invalid.map((entry) => ['', `  ${padEnd(entry.input, inputWidth)}  ${colour.yellow(entry.reason)}`]),
    [
      'Result',
      `${result.requests} request (HTTP ${requests.map((r) => colour.green(String(r.status))).join(', ')}), ` +
        `${result.acceptedRecipients} recipients accepted, ${result.failed.length} failed`,
    ],
    ['', colour.dim(`${uuids.length} message_uuid back: the mock answers every send with the spec's one example; Plivo returns one per number`)],
  ]);
}
