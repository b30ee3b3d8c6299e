import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createPlivoClient, verifyRequest } from '../../src/index.js';
import { createFakePlivo } from '../../src/testing/index.node.js';
import { fetchRequestFrom } from '../../src/testing/listen.node.js';
import type { Printer } from './printer.js';

/**
 * The simulator section: `plivo-message-openapi/testing` served on a local port, an SMS sent to it
 * with a callback URL, and a local receiver that checks each signed status callback with
 * verifyRequest as it arrives; then the message read back. Resolves with the exit status (1 if a
 * callback failed verification or did not come).
 */
export async function showSimulator(print: Printer): Promise<number> {
  const { colour } = print;
  print.section('The behavioural simulator (plivo-message-openapi/testing): a send, its signed callbacks, the message read back');
  const fake = createFakePlivo({ seed: 2026 });
  const arrived: Array<readonly string[]> = [];
  let refused = 0;
  const receiver = createServer((req, res) => {
    void (async () => {
      const result = await verifyRequest(await fetchRequestFrom(req, `http://${req.headers.host}`), { authToken: fake.authToken });
      if (result.ok) {
        const { Status, Sequence, ErrorCode } = result.callback;
        arrived.push(['Callback', `${req.method} ${req.url}  Status=${colour.green(Status)} Sequence=${Sequence}${ErrorCode ? ` ErrorCode=${ErrorCode}` : ''}  ${colour.green(`${result.signatureVersion.toUpperCase()} signature verified`)}`]);
      } else {
        refused += 1;
        arrived.push(['Callback', colour.red(`refused: ${result.error.message}`)]);
      }
      res.writeHead(result.ok ? 200 : 403).end();
    })();
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const server = await fake.listen();
  try {
    const statusUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/plivo/status`;
    const plivo = createPlivoClient({ authId: fake.authId, authToken: fake.authToken, baseUrl: server.url });
    const sent = await plivo.messages.send({ src: '14155550100', dst: '14155550123', text: 'Your order shipped.', url: statusUrl });
    // The manual clock: drain() moves simulated time on until every callback has been delivered.
    await fake.drain();
    const uuid = sent.message_uuid[0] as string;
    const message = await plivo.messages.get(uuid);
    print.rows([
      ['Simulator', `${server.url} (in this process), callbacks to a receiver on ${statusUrl}`],
      ['Send', `HTTP 202, message_uuid ${sent.message_uuid.join(', ')}`],
      ...arrived,
      ['Read back', `messages.get: message_state ${colour.green(message.message_state)}, units ${message.units}, total_amount ${message.total_amount}`],
    ]);
    print.line(colour.dim('   No Prism and no network: README, "Testing your integration with the simulator".'));
    const ok = refused === 0 && arrived.length === 3 && message.message_state === 'delivered';
    if (!ok) print.line(colour.red(`   expected three verified callbacks and a delivered message; got ${arrived.length} (${refused} refused), ${message.message_state}`));
    return ok ? 0 : 1;
  } finally {
    await server.close();
    fake.close();
    await new Promise<void>((resolve) => receiver.close(() => resolve()));
  }
}
