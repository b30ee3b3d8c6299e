import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PlivoError } from '../errors.js';

/** A running Prism mock of the spec. */
export interface MockServer {
  /** Origin to pass as `baseUrl`, e.g. `http://127.0.0.1:4010`. */
  url: string;
  /** Port Prism listens on. */
  port: number;
  /** Process ID of Prism (stopped by {@link MockServer.stop}). */
  pid: number;
  /** Stops Prism and waits for it to exit. Safe to call twice. */
  stop(): Promise<void>;
}

/** Options of {@link startMockServer}. */
export interface MockServerOptions {
  /** Port to listen on; default (or 0): a free one. */
  port?: number;
  /** Host to bind; default 127.0.0.1. */
  host?: string;
  /** Spec to serve; default this package's generated/openapi.json. */
  specPath?: string;
  /** Milliseconds to wait for Prism to answer before failing. Default 30,000. */
  startTimeoutMs?: number;
  /** Answer with generated data instead of the spec's examples (`prism mock -d`). Default false. */
  dynamic?: boolean;
  /** Receives Prism's own log lines (default: dropped). */
  onLog?: (line: string) => void;
}

/** The spec the mock serves by default: generated/openapi.json of this package. */
export const DEFAULT_SPEC_PATH = join(dirname(fileURLToPath(import.meta.url)), '../../generated/openapi.json');

/** Asks the OS for a port nobody listens on. */
export function freePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, host, () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new PlivoError('no port'))));
    });
  });
}

function prismBinary(): string {
  const require = createRequire(import.meta.url);
  try {
    return require.resolve('@stoplight/prism-cli/dist/index.js');
  } catch {
    throw new PlivoError('The mock needs @stoplight/prism-cli 5.14.2: npm install --save-dev @stoplight/prism-cli@5.14.2');
  }
}

async function waitUntilAnswering(url: string, child: ChildProcess, timeoutMs: number, log: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new PlivoError(`Prism exited with code ${child.exitCode} before answering:\n${log()}`);
    try {
      // Any HTTP answer (401 without credentials) proves Prism is serving the spec.
      await fetch(`${url}/v1/Account/MAXXXXXXXXXXXXXXXXXX/Message/`, { signal: AbortSignal.timeout(1000) });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new PlivoError(`Prism did not answer on ${url} within ${timeoutMs} ms:\n${log()}`);
}

/**
 * Starts the Prism mock of the spec on 127.0.0.1 and resolves once it answers. Prism validates each
 * request against the spec: invalid ones get 400 with the violations in the `sl-violations` header.
 * @example
 * const mock = await startMockServer();
 * const plivo = createPlivoClient({ authId, authToken, baseUrl: mock.url });
 * await mock.stop();
 */
export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const host = options.host ?? '127.0.0.1';
  const port = options.port ? options.port : await freePort(host);
  const args = [prismBinary(), 'mock', '-h', host, '-p', String(port), ...(options.dynamic ? ['-d'] : []), options.specPath ?? DEFAULT_SPEC_PATH];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  const collect = (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) {
      if (line.trim() === '') continue;
      lines.push(line);
      if (lines.length > 50) lines.shift();
      options.onLog?.(line);
    }
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://${host}:${port}`;
  let stopped = false;
  const stop = async () => {
    if (stopped) return exited;
    stopped = true;
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
      await exited;
      clearTimeout(timer);
    }
  };
  try {
    await waitUntilAnswering(url, child, options.startTimeoutMs ?? 30_000, () => lines.join('\n'));
  } catch (error) {
    await stop();
    throw error;
  }
  if (child.pid === undefined) throw new PlivoError('Prism started without a PID');
  return { url, port, pid: child.pid, stop };
}
