import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The account the checks act for; the local server accepts these credentials only. */
export const ACCOUNT = { authId: 'MAXXXXXXXXXXXXXXXXXX', authToken: 'runtime-suite-token-4821' } as const;

/** A local stand-in for api.plivo.com on 127.0.0.1 that answers sends as Plivo does. */
export interface ApiServer {
  url: string;
  /** Sends answered 202 (credentials right) and the recipients they carried. */
  accepted: { requests: number; recipients: number };
  /** Requests answered 401 (credentials missing or wrong). */
  refused: number;
  close(): Promise<void>;
}

/** Files served beside the API (the Chromium page), by path. */
export type StaticFiles = Record<string, { type: string; body: string }>;

const SEND_PATH = `/v1/Account/${ACCOUNT.authId}/Message/`;
const EXPECTED_AUTHORIZATION = `Basic ${Buffer.from(`${ACCOUNT.authId}:${ACCOUNT.authToken}`).toString('base64')}`;

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Starts the server on a free port of 127.0.0.1. A send with the right Basic credentials gets 202 and
 * one UUID per recipient; anything else on the send path gets 401, as Plivo answers. The send path
 * under `/redirect` answers 307 to the real one, which the client must not follow.
 */
export async function startApiServer(files: StaticFiles = {}): Promise<ApiServer> {
  const accepted = { requests: 0, recipients: 0 };
  let refused = 0;
  const server = createServer((req, res) => {
    void (async () => {
      const body = await readBody(req);
      const file = files[req.url ?? ''];
      if (req.method === 'GET' && file) {
        res.writeHead(200, { 'Content-Type': file.type }).end(file.body);
        return;
      }
      if (req.url === `/redirect${SEND_PATH}`) {
        res.writeHead(307, { Location: SEND_PATH }).end();
        return;
      }
      if (req.method !== 'POST' || req.url !== SEND_PATH) return json(res, 404, { api_id: 'local', error: 'not found' });
      if (req.headers.authorization !== EXPECTED_AUTHORIZATION) {
        refused += 1;
        return json(res, 401, { api_id: 'local', error: 'Authentication failed' });
      }
      const dst = String((JSON.parse(body) as { dst?: unknown }).dst ?? '').split('<');
      accepted.requests += 1;
      accepted.recipients += dst.length;
      json(res, 202, {
        api_id: 'local',
        message: 'message(s) queued',
        message_uuid: dst.map((_, i) => `0936b5ba-2dd4-11f0-9f5b-${String(accepted.recipients + i).padStart(12, '0')}`),
        invalid_number: [],
      });
    })().catch((error: unknown) => json(res, 500, { api_id: 'local', error: String(error) }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    accepted,
    get refused() {
      return refused;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A free port of 127.0.0.1, no longer listened on: a connection to it is refused. */
export async function refusedUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

/** Another free port of 127.0.0.1, for a server the suite starts (workerd). */
export const freePort = async (): Promise<number> => Number(new URL(await refusedUrl()).port);
