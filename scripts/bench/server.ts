// A stand-in for api.plivo.com: answers every send with 202 and one message UUID per destination,
// the way Plivo does. Runs in its own process so its work is not charged to the clients measured.
import { createServer } from 'node:http';

const UUID = '0936b5ba-2dd4-11f0-9f5b-0242ac110002';

const server = createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    let recipients = 1;
    try {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { dst?: unknown };
      if (typeof body.dst === 'string') recipients = body.dst.split('<').length;
    } catch {
      // the answer does not depend on the body being JSON
    }
    const answer = JSON.stringify({
      api_id: 'db342550-7f1d-11e1-8ea7-1231380bc196',
      message: 'message(s) queued',
      message_uuid: new Array<string>(recipients).fill(UUID),
      invalid_number: [],
    });
    response.writeHead(request.method === 'POST' ? 202 : 200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(answer) });
    response.end(answer);
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  if (typeof address !== 'object' || address === null) throw new Error('no address');
  console.log(JSON.stringify({ url: `http://127.0.0.1:${address.port}` }));
});
process.on('SIGTERM', () => process.exit(0));
