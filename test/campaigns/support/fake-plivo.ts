import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A small Plivo stand-in over real HTTP for the campaign tests, seen from Plivo's side: it logs
 * every send as it arrives, refuses more than `requestsPer5s` in any rolling 5 s with 429, and
 * models the account queue (messages leave at `mps` units per second; one still waiting after its
 * `message_expiry` fails with 420).
 */
export interface FakePlivo {
  url: string;
  /** Every send accepted, in arrival order. */
  sends: { at: number; dst: string[]; url: string | undefined; workerPid: number | undefined; answered: boolean; lost: boolean }[];
  /** Arrival times of every send, 429s included (what a limit is measured against). */
  arrivals: number[];
  /** Sends refused with 429. */
  refused: number;
  /** Each accepted message: its UUID, number, status URL and whether it expired in the queue (420). */
  messages: { uuid: string; to: string; url: string | undefined; expired: boolean }[];
  /** How many times each number was received. */
  received: Map<string, number>;
  /** Holds answers back until released; sends keep arriving and are logged. */
  hold(): void;
  release(): void;
  close(): Promise<void>;
}

/** Options of {@link startFakePlivo}. */
export interface FakePlivoOptions {
  requestsPer5s?: number;
  /** Message units per second leaving the queue; Infinity for none queued. */
  mps?: number;
  /** Milliseconds before each answer. */
  latencyMs?: number;
  /** Hold the answers of every send after this many, until `release()`. */
  holdAfter?: number;
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** The largest number of arrivals inside any window of `windowMs` (each window starting at an arrival). */
export function busiestWindow(times: readonly number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let most = 0;
  let first = 0;
  for (let last = 0; last < sorted.length; last += 1) {
    while ((sorted[last] ?? 0) - (sorted[first] ?? 0) >= windowMs) first += 1;
    most = Math.max(most, last - first + 1);
  }
  return most;
}

/** Starts the stand-in on 127.0.0.1 and a free port. */
export async function startFakePlivo(options: FakePlivoOptions = {}): Promise<FakePlivo> {
  const requestsPer5s = options.requestsPer5s ?? 300;
  const mps = options.mps ?? Number.POSITIVE_INFINITY;
  const latencyMs = options.latencyMs ?? 0;
  const fake: Omit<FakePlivo, 'url' | 'close' | 'hold' | 'release'> = { sends: [], arrivals: [], refused: 0, messages: [], received: new Map() };
  let queueFreeAt = 0;
  let held: (() => void)[] | undefined;

  const server = createServer((request, response) => {
    // A killed sender resets its connections; that is part of the test, not a failure of the stand-in.
    request.on('error', () => undefined);
    response.on('error', () => undefined);
    void (async () => {
      const at = Date.now();
      const text = await readBody(request);
      if (request.method !== 'POST' || !/\/Message\/?$/.test(request.url ?? '')) {
        response.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not found"}');
        return;
      }
      // Only the sends let through count against the window, so waiting out a 429 always helps.
      const recent = fake.sends.filter((send) => send.at > at - 5000).length;
      fake.arrivals.push(at);
      if (recent >= requestsPer5s) {
        fake.refused += 1;
        response.writeHead(429, { 'content-type': 'application/json', 'retry-after': '1' }).end('{"api_id":"x","error":"too many requests"}');
        return;
      }
      const body = JSON.parse(text) as { dst: string; url?: string; message_expiry?: number | string };
      const dst = body.dst.split('<');
      const pid = request.headers['x-worker-pid'];
      const send = { at, dst, url: body.url, workerPid: typeof pid === 'string' ? Number(pid) : undefined, answered: false, lost: false };
      fake.sends.push(send);
      // The sender went away before its answer: Plivo has the messages, the sender does not know.
      response.once('close', () => {
        if (!response.writableFinished) send.lost = true;
      });
      const expiryMs = Number(body.message_expiry ?? 10_800) * 1000;
      const uuids: string[] = [];
      for (const to of dst) {
        fake.received.set(to, (fake.received.get(to) ?? 0) + 1);
        let expired = false;
        if (Number.isFinite(mps)) {
          const leaves = Math.max(at, queueFreeAt) + 1000 / mps;
          expired = leaves - at > expiryMs;
          // An expired message leaves the queue without using the account's rate.
          if (!expired) queueFreeAt = leaves;
        }
        const uuid = randomUUID();
        uuids.push(uuid);
        fake.messages.push({ uuid, to, url: body.url, expired });
      }
      const answer = () => {
        if (send.lost) return;
        send.answered = true;
        response
          .writeHead(202, { 'content-type': 'application/json' })
          .end(JSON.stringify({ api_id: randomUUID(), message: 'message(s) queued', message_uuid: uuids, invalid_number: [] }));
      };
      const respond = () => (latencyMs > 0 ? setTimeout(answer, latencyMs) : answer());
      if (options.holdAfter !== undefined && fake.sends.length === options.holdAfter + 1) held ??= [];
      if (held) held.push(respond);
      else respond();
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  // The same object, so counters such as `refused` stay live.
  return Object.assign(fake, {
    url: `http://127.0.0.1:${port}`,
    hold: () => {
      held ??= [];
    },
    release: () => {
      const waiting = held ?? [];
      held = undefined;
      for (const respond of waiting) respond();
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}
