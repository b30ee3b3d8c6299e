import { performance } from 'node:perf_hooks';
import { createPlivoClient, VERSION } from '../../src/index.js';
import { exitCodeFor, isRunning, killOnExit, onStopSignal } from '../../src/cli/lifecycle.js';
import { startMockServer, type MockServer } from '../../src/node/mock-server.js';
import { showBulk } from './bulk.js';
import { DEMO_AUTH_ID, DEMO_AUTH_TOKEN } from './credentials.js';
import type { Printer } from './printer.js';
import { showSends } from './sends.js';
import { showCaughtBeforeNetwork, showRejectedByMock } from './validation.js';
import { createWireLog } from './wire.js';

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/**
 * The offline demo: starts Prism on a free port, runs every section against it and stops Prism by
 * PID on every way out (end, error, Ctrl-C, SIGTERM). Resolves with the exit status.
 */
export async function runMockDemo(print: Printer): Promise<number> {
  const started = performance.now();
  const { colour } = print;
  let starting: Promise<MockServer> | undefined;
  let interrupted = false;
  // Installed before Prism starts, so an interrupt during its start-up still stops it.
  const offSignal = onStopSignal((signal) => {
    interrupted = true;
    void (async () => {
      const mock = await starting?.catch(() => undefined);
      await mock?.stop();
      process.stderr.write(`\nInterrupted (${signal})${mock ? `; Prism (pid ${mock.pid}) stopped` : ''}.\n`);
      process.exit(exitCodeFor(signal));
    })();
  });

  print.line(colour.bold(`plivo-message-openapi ${VERSION} demo`));
  print.line(colour.dim('Everything below runs against a local Prism mock of the spec: no Plivo account needed, nothing leaves this machine.'));
  print.line(colour.dim('   Starting Prism…'));
  let mock: MockServer;
  try {
    starting = startMockServer();
    mock = await starting;
  } catch (error) {
    offSignal();
    throw error;
  }
  const release = killOnExit(mock);
  try {
    print.rows([
      ['Mock', `Prism on ${mock.url} (pid ${mock.pid}), ready after ${seconds(performance.now() - started)}`],
      ['Client', `createPlivoClient({ baseUrl: '${mock.url}', authId: '${DEMO_AUTH_ID}', authToken: <hidden> })`],
    ]);
    const wire = createWireLog();
    const client = createPlivoClient({ baseUrl: mock.url, authId: DEMO_AUTH_ID, authToken: DEMO_AUTH_TOKEN, fetch: wire.fetch });
    await showSends(client, wire, print);
    await showBulk(client, wire, print);
    await showCaughtBeforeNetwork(mock.url, print);
    await showRejectedByMock(mock.url, print);
  } catch (error) {
    // A send cut off by the interrupt is expected; the signal handler reports and exits instead.
    if (interrupted) await new Promise<never>(() => undefined);
    throw error;
  } finally {
    await mock.stop();
    release();
    offSignal();
  }
  const gone = !isRunning(mock.pid);
  print.line();
  print.line(`Mock part done in ${seconds(performance.now() - started)}. Prism (pid ${mock.pid}) ${gone ? 'stopped' : colour.red('is still running')}.`);
  return gone ? 0 : 1;
}
