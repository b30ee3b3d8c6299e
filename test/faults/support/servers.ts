// Real servers on 127.0.0.1 that misbehave in one phase of an exchange, each counting what it received.
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { connect, createServer as createNetServer, type Socket } from 'node:net';
import { Worker } from 'node:worker_threads';

/** A request as the server saw it, body read in full. */
export interface ReceivedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
  /** The `dst` numbers of a send body (`<`-joined), empty for other requests. */
  dst: string[];
}

/** A running server; `stop` closes it and every socket it holds. */
export interface FaultServer {
  url: string;
  port: number;
  /** Requests received in full (HTTP servers), in arrival order. */
  received: ReceivedRequest[];
  /** TCP connections accepted. */
  connections: () => number;
  stop(): Promise<void>;
}

function track(server: ReturnType<typeof createNetServer> | ReturnType<typeof createHttpServer>) {
  const sockets = new Set<Socket>();
  let connections = 0;
  server.on('connection', (socket: Socket) => {
    connections += 1;
    sockets.add(socket);
    socket.on('error', () => undefined);
    socket.once('close', () => sockets.delete(socket));
  });
  return {
    connections: () => connections,
    stop: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

function listen(server: ReturnType<typeof createNetServer> | ReturnType<typeof createHttpServer>): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      if (typeof address === 'object' && address !== null) resolve(address.port);
      else reject(new Error('no port'));
    });
  });
}

function dstOf(body: string): string[] {
  try {
    const dst = (JSON.parse(body) as { dst?: unknown }).dst;
    return typeof dst === 'string' ? dst.split('<') : [];
  } catch {
    return [];
  }
}

/** What an HTTP fault server does with a request it has read in full. */
export type Handler = (request: ReceivedRequest, response: ServerResponse, index: number) => void;

/** A node:http server that reads each request in full, records it, then lets `handler` answer (or not). */
export async function startHttpServer(handler: Handler): Promise<FaultServer> {
  const received: ReceivedRequest[] = [];
  const server = createHttpServer((incoming, response) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const request: ReceivedRequest = { method: incoming.method ?? '', path: incoming.url ?? '', headers: incoming.headers, body, dst: dstOf(body) };
      received.push(request);
      handler(request, response, received.length - 1);
    });
  });
  server.keepAliveTimeout = 60_000;
  const tracked = track(server);
  const port = await listen(server);
  return { url: `http://127.0.0.1:${port}`, port, received, ...tracked };
}

/** A node:net server that hands each accepted socket to `onSocket` (which may never read it). */
export async function startNetServer(onSocket: (socket: Socket) => void): Promise<FaultServer & { bytes: () => number }> {
  let bytes = 0;
  const server = createNetServer({ pauseOnConnect: true }, (socket) => {
    socket.on('data', (chunk: Buffer) => (bytes += chunk.length));
    onSocket(socket);
  });
  const tracked = track(server);
  const port = await listen(server);
  return { url: `http://127.0.0.1:${port}`, port, received: [], ...tracked, bytes: () => bytes };
}

/** A port on 127.0.0.1 where nothing listens: connections to it are refused. */
export async function refusedPort(): Promise<number> {
  const server = createNetServer();
  const port = await listen(server);
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * A port where connecting never completes: a listener in a worker thread whose event loop is held,
 * so it never accepts, with its accept queue filled until the kernel drops further handshakes.
 */
export async function unacceptingPort(): Promise<{ port: number; stop: () => Promise<void> }> {
  const hold = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(
    `const { workerData, parentPort } = require('node:worker_threads');
     const server = require('node:net').createServer();
     server.listen({ host: '127.0.0.1', port: 0, backlog: 1 }, () => {
       parentPort.postMessage(server.address().port);
       setTimeout(() => Atomics.wait(workerData, 0, 0), 20);
     });`,
    { eval: true, workerData: hold },
  );
  const port = await new Promise<number>((resolve) => worker.once('message', resolve));
  await new Promise((resolve) => setTimeout(resolve, 100));
  const fillers: Socket[] = [];
  for (let i = 0; i < 16; i += 1) {
    const socket = connect(port, '127.0.0.1');
    socket.on('error', () => undefined);
    fillers.push(socket);
    const connected = await new Promise<boolean>((resolve) => {
      socket.once('connect', () => resolve(true));
      setTimeout(() => resolve(false), 300);
    });
    if (!connected) break;
  }
  return {
    port,
    async stop() {
      for (const socket of fillers) socket.destroy();
      Atomics.store(hold, 0, 1);
      Atomics.notify(hold, 0);
      await worker.terminate();
    },
  };
}

/** Writes a raw HTTP/1.1 status line and headers on the response's socket, bypassing node:http's checks. */
export function rawHead(response: ServerResponse, status: number, headers: Record<string, string | number>): Socket {
  const socket = response.socket as Socket;
  const lines = [`HTTP/1.1 ${status} X`, ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`), '', ''];
  socket.write(lines.join('\r\n'));
  return socket;
}
