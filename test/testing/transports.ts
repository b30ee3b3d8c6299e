import type { FakePlivo } from '../../src/testing/index.js';

/** How a test reaches the simulator: a fetch to send with, and the origin to send to. */
export interface SimulatorTransport {
  fetch: FakePlivo['fetch'];
  origin: string;
}

/**
 * The two ways to reach the simulator, for `describe.each`: in-process through `fake.fetch`, or over
 * HTTP through `fake.listen()` and the global fetch. `onClose` is handed what stops the HTTP server,
 * for the test's cleanup.
 */
export function simulatorTransports(onClose: (close: () => Promise<void>) => void) {
  return [
    ['in-process (fake.fetch)', async (fake: FakePlivo): Promise<SimulatorTransport> => ({ fetch: fake.fetch, origin: 'https://api.plivo.com' })],
    [
      'over HTTP (fake.listen)',
      async (fake: FakePlivo): Promise<SimulatorTransport> => {
        const server = await fake.listen();
        onClose(() => server.close());
        return { fetch: (input, init) => globalThis.fetch(input, init), origin: server.url };
      },
    ],
  ] as const;
}
