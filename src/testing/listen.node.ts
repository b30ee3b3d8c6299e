import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { PlivoError } from '../errors.js';
import { RESET } from './api.js';
import type { Listener } from './fake-plivo.js';

/**
 * A Fetch `Request` from a `node:http` request, its body read in full (kept only when the method can
 * carry one). `origin` is the scheme and authority the request was addressed to.
 */
export async function fetchRequestFrom(request: IncomingMessage, origin: string, signal?: AbortSignal): Promise<Request> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const body = Buffer.concat(chunks);
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (typeof value === 'string') headers.set(name, value);
    else if (Array.isArray(value)) for (const item of value) headers.append(name, item);
  }
  const method = request.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD' && body.length > 0;
  return new Request(`${origin}${request.url ?? '/'}`, { method, headers, ...(signal ? { signal } : {}), ...(hasBody ? { body: new Uint8Array(body) } : {}) });
}

function drop(socket: Socket): void {
  // An RST rather than a FIN, so the client sees ECONNRESET as with a real dropped connection.
  if (typeof socket.resetAndDestroy === 'function') socket.resetAndDestroy();
  else socket.destroy();
}

async function writeAnswer(answer: Response, response: ServerResponse, signal: AbortSignal): Promise<void> {
  const headers: Record<string, string> = {};
  answer.headers.forEach((value, name) => (headers[name] = value));
  response.writeHead(answer.status, headers);
  response.flushHeaders();
  if (answer.body === null) {
    response.end();
    return;
  }
  const reader = answer.body.getReader();
  signal.addEventListener('abort', () => void reader.cancel().catch(() => undefined), { once: true });
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      response.write(value);
    }
    response.end();
  } catch {
    response.destroy();
  }
}

/**
 * Serves a simulator over `node:http` on 127.0.0.1: each request is turned into a Fetch `Request`,
 * answered by the simulator, and written back as it comes (so a stalled body stays stalled); a
 * `reset` fault resets the socket after the request was read.
 */
export const listenFakePlivo: Listener = async (handle, options) => {
  const host = options.host ?? '127.0.0.1';
  const sockets = new Set<Socket>();
  let origin = '';
  const server = createServer((request, response) => {
    const closed = new AbortController();
    response.on('close', () => closed.abort(new Error('the client closed the connection')));
    void (async () => {
      try {
        const answer = await handle(await fetchRequestFrom(request, origin, closed.signal), {
          remoteAddress: request.socket.remoteAddress?.replace(/^::ffff:/, '') ?? '127.0.0.1',
          signal: closed.signal,
        });
        if (answer === RESET) drop(request.socket);
        else await writeAnswer(answer, response, closed.signal);
      } catch {
        if (!response.headersSent) response.writeHead(500, { 'Content-Type': 'application/json' }).end('{"error":"simulator failure"}');
        else response.destroy();
      }
    })();
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => reject(new PlivoError(`The simulator cannot listen on ${host}:${options.port ?? 0}: ${error.code ?? error.message}`, { cause: error })));
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  return {
    url: origin,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      }),
  };
};
