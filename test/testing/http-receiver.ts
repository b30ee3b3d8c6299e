import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifyRequest } from '../../src/index.js';
import { fetchRequestFrom } from '../../src/testing/listen.node.js';

/** One callback that passed verifyRequest. */
export interface VerifiedCallback {
  method: string;
  status: string;
}

/**
 * A status-callback receiver on 127.0.0.1 that checks each request with verifyRequest, as an
 * application would: 200 for a verified callback, 403 otherwise. Stop it with `close()`.
 */
export async function startCallbackReceiver(authToken: string) {
  const verified: VerifiedCallback[] = [];
  const refused: string[] = [];
  const server = createServer((req, res) => {
    void (async () => {
      const result = await verifyRequest(await fetchRequestFrom(req, `http://${req.headers.host}`), { authToken });
      if (result.ok) verified.push({ status: result.callback.Status, method: req.method ?? '' });
      else refused.push(result.error.message);
      res.writeHead(result.ok ? 200 : 403).end();
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/plivo/status`,
    verified,
    refused,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
