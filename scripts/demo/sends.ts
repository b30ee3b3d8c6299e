import type { PlivoClient } from '../../src/index.js';
import { DEMO_MESSAGES } from './bodies.js';
import { describeBody } from './describe.js';
import type { Printer } from './printer.js';
import type { WireLog } from './wire.js';

/** Sends one message of each kind through the client and prints a row per answer. */
export async function showSends(client: PlivoClient, wire: WireLog, print: Printer): Promise<void> {
  print.section(`${DEMO_MESSAGES.length} messages through messages.send(): validated, then POSTed to the mock`);
  const { colour } = print;
  const rows: string[][] = [[colour.dim('Kind'), colour.dim('HTTP'), colour.dim('message_uuid'), colour.dim('Details')]];
  for (const { label, body } of DEMO_MESSAGES) {
    const response = await client.messages.send(body);
    const status = wire.entries.at(-1)?.status;
    const uuid = response.message_uuid[0] ?? '';
    rows.push([label, colour.green(String(status)), `${uuid.slice(0, 8)}…`, describeBody(body)]);
  }
  print.rows(rows);
  const uuids = new Set(rows.slice(1).map((row) => row[2]));
  if (uuids.size === 1) {
    print.line(colour.dim(`   Every message_uuid is the same because the mock answers each send with the spec's example response; Plivo returns a new one per message and number.`));
  }
}
