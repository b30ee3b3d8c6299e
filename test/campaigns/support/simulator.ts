import { createPlivoClient, type PlivoClient } from '../../../src/index.js';
import { createFakePlivo, type FakePlivo, type FakePlivoOptions, type FakePlivoServer } from '../../../src/testing/index.node.js';

/** The project's Plivo simulator on a real clock, served over HTTP for worker processes, with what the campaign tests read from it. */
export interface Simulator {
  fake: FakePlivo;
  server: FakePlivoServer;
  /** A client for it without retries of its own, as campaign workers want. */
  client(): PlivoClient;
  /** Every send request as received, 429s included: its arrival time, status and numbers. */
  sends(): { time: number; status: number | 'reset' | undefined; dst: string[]; url: string | undefined }[];
  /** How many messages each number received. */
  received(): Map<string, number>;
  close(): Promise<void>;
}

/** Starts the simulator on 127.0.0.1 and a free port. */
export async function startSimulator(options: FakePlivoOptions = {}): Promise<Simulator> {
  const fake = createFakePlivo({ clock: 'real', ...options });
  const server = await fake.listen({ port: 0 });
  return {
    fake,
    server,
    client: () => createPlivoClient({ authId: fake.authId, authToken: fake.authToken, baseUrl: server.url, maxRetries: 0 }),
    sends: () =>
      fake
        .requests()
        .filter((request) => request.operation === 'sendMessage')
        .map((request) => {
          const body = JSON.parse(request.body) as { dst: string; url?: string };
          return { time: request.time, status: request.status, dst: body.dst.split('<'), url: body.url };
        }),
    received() {
      const counts = new Map<string, number>();
      for (const message of fake.messages()) counts.set(message.to, (counts.get(message.to) ?? 0) + 1);
      return counts;
    },
    async close() {
      await server.close();
      fake.close();
    },
  };
}

/** The largest number of times inside any window of `windowMs` (each window starting at one of them). */
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
