import { mkdtempSync, rmSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../src/node/mock-server.js';
import { spawnProcess, type Spawned } from './spawn.js';

/** A redis-server this test run started, on 127.0.0.1, in its own temporary directory. */
export interface TestRedis {
  /** `redis://127.0.0.1:<port>` */
  url: string;
  port: number;
  /** PID of the current server process. */
  pid(): number;
  /** Stops it (SIGTERM: Redis writes its append-only file first) and waits for the process to exit. */
  stop(): Promise<void>;
  /** Stops it and starts it again on the same port and directory, so it reloads its append-only file. */
  restart(): Promise<void>;
  /** Stops it and removes its directory. */
  dispose(): Promise<void>;
}

/** Options of {@link startRedis}. */
export interface StartRedisOptions {
  /** Extra redis-server arguments, e.g. `['--maxmemory-policy', 'allkeys-lru']`. */
  args?: string[];
}

function ping(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    let answer = '';
    socket.once('error', () => resolve(false));
    socket.on('data', (chunk) => {
      answer += chunk.toString();
      if (answer.includes('\r\n')) {
        socket.destroy();
        resolve(answer.startsWith('+PONG'));
      }
    });
    socket.once('connect', () => socket.write('PING\r\n'));
  });
}

/**
 * Starts `redis-server` with the settings campaigns need (`--appendonly yes --maxmemory-policy
 * noeviction`, no RDB snapshots) on a free port, and waits until it answers PING. Fails with
 * redis-server's own output when it cannot start.
 */
export async function startRedis(options: StartRedisOptions = {}): Promise<TestRedis> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'campaign-redis-'));
  let server: Spawned;

  const launch = async () => {
    server = spawnProcess('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--appendonly', 'yes', '--maxmemory-policy', 'noeviction', '--save', '', ...(options.args ?? [])], { cwd: dir });
    const started = server;
    const output = () => (started.stdout() + started.stderr()).slice(-4000);
    for (let attempt = 0; attempt < 200; attempt += 1) {
      const ended = started.finished();
      if (ended) throw new Error(`redis-server exited with ${ended.code}:\n${output()}`);
      if (await ping(port)) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await started.stop('SIGKILL');
    throw new Error(`redis-server did not answer on port ${port}:\n${output()}`);
  };

  // SIGTERM: Redis writes its append-only file before it exits.
  const stop = () => server.stop('SIGTERM').then(() => undefined);

  await launch();
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    pid: () => server.child.pid ?? -1,
    stop,
    async restart() {
      await stop();
      await launch();
    },
    async dispose() {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
