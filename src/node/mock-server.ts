import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { Agent, createServer as createHttpServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PlivoError } from '../errors.js';
import { parseViolations, violationsText, type RequestValues } from './prism-violations.js';

/** A running Prism mock of the spec. */
export interface MockServer {
  /** Origin to pass as `baseUrl`, e.g. `http://127.0.0.1:4010`. */
  url: string;
  /** Port the mock listens on. */
  port: number;
  /** Process ID of Prism (stopped by {@link MockServer.stop}). */
  pid: number;
  /** Stops the mock and Prism, and waits for Prism to exit. Safe to call twice. */
  stop(): Promise<void>;
}

/** Options of {@link startMockServer}. */
export interface MockServerOptions {
  /** Port to listen on; default (or 0): a free one. */
  port?: number | undefined;
  /** Host to bind; default 127.0.0.1. */
  host?: string | undefined;
  /** Spec to serve; default this package's generated/openapi.json. */
  specPath?: string | undefined;
  /** Milliseconds to wait for Prism to answer before failing. Default 30,000. */
  startTimeoutMs?: number | undefined;
  /** Answer with generated data instead of the spec's examples (`prism mock -d`). Default false. */
  dynamic?: boolean | undefined;
  /** Receives Prism's own log lines (default: dropped). */
  onLog?: ((line: string) => void) | undefined;
  /**
   * Let Prism execute the spec's `callbacks`: after each send with a `url`, Prism calls that URL with
   * made-up, unsigned callback fields. Default false, so that the mock makes no request to a host named
   * in a request body. For signed callbacks that follow a message's life, use the simulator
   * (`plivo-message-openapi/testing`).
   */
  callbacks?: boolean | undefined;
}

/** The spec the mock serves by default: generated/openapi.json of this package. */
export const DEFAULT_SPEC_PATH = join(dirname(fileURLToPath(import.meta.url)), '../../generated/openapi.json');

/**
 * Writes a copy of a JSON spec without the operations' `callbacks` into a new temporary folder and
 * returns its path; Prism has no switch to skip them. Specs in another format are served as they are.
 */
function specWithoutCallbacks(specPath: string): { path: string; remove(): void } {
  if (!specPath.endsWith('.json')) return { path: specPath, remove() {} };
  const spec = JSON.parse(readFileSync(specPath, 'utf8')) as { paths?: Record<string, Record<string, unknown>> };
  for (const pathItem of Object.values(spec.paths ?? {})) {
    for (const operation of Object.values(pathItem)) {
      if (typeof operation === 'object' && operation !== null) delete (operation as { callbacks?: unknown }).callbacks;
    }
  }
  const dir = mkdtempSync(join(tmpdir(), 'plivo-mock-'));
  const path = join(dir, 'openapi.json');
  writeFileSync(path, JSON.stringify(spec));
  return { path, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Asks the OS for a port nobody listens on. */
export function freePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', (error) => reject(new PlivoError(`No free port on ${host}: ${error.message}`, { cause: error })));
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

/** Plivo's error body for a request Prism refused: the violations in words, or Prism's own reason. */
function plivoErrorBody(prismBody: Buffer, violationsHeader: string | null, request: RequestValues): string {
  let answer: { api_id?: unknown; error?: unknown } = {};
  try {
    answer = JSON.parse(prismBody.toString('utf8')) as typeof answer;
  } catch {
    // Not JSON: keep only the violations.
  }
  const violations = parseViolations(violationsHeader);
  const nested = typeof answer.error === 'object' && answer.error !== null ? (answer.error as { message?: unknown }).message : undefined;
  const error =
    violations.length > 0 ? violationsText(violations, request) : typeof nested === 'string' ? `invalid request: ${nested.toLowerCase()}` : String(answer.error ?? 'invalid request');
  return JSON.stringify({ api_id: typeof answer.api_id === 'string' ? answer.api_id : randomUUID(), error });
}

function requestValues(incoming: IncomingMessage, sent: Buffer): RequestValues {
  const query = new URL(incoming.url ?? '/', 'http://mock').searchParams;
  try {
    return { query, body: sent.length > 0 ? (JSON.parse(sent.toString('utf8')) as unknown) : undefined };
  } catch {
    return { query };
  }
}

/** Whether Prism's answer is a 400 whose body is the spec's one example rather than the reason. */
const isRefusal = (response: IncomingMessage) => response.statusCode === 400;

/**
 * The mock's own listener in front of Prism. Prism answers every invalid request with the spec's
 * single 400 example ("invalid 'type' parameter") and puts the real reasons in `sl-violations`
 * only; this rewrites such a 400 to Plivo's error shape naming those reasons, and passes everything
 * else through untouched. Written on node:http rather than a proxy library: the one maintained
 * choice would be a dependency for about thirty lines, and none rewrites a body by status alone.
 */
function serveInFront(prismPort: number, host: string, port: number): Promise<Server> {
  const agent = new Agent({ keepAlive: true });
  const forward = (incoming: IncomingMessage, outgoing: ServerResponse, sent: Buffer) => {
    const upstream = httpRequest({ host, port: prismPort, method: incoming.method, path: incoming.url, headers: incoming.headers, agent }, (answer) => {
      if (!isRefusal(answer)) {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
        return;
      }
      const chunks: Buffer[] = [];
      answer.on('data', (chunk: Buffer) => chunks.push(chunk));
      answer.on('end', () => {
        const body = plivoErrorBody(Buffer.concat(chunks), answer.headers['sl-violations']?.toString() ?? null, requestValues(incoming, sent));
        const { 'content-length': _length, 'transfer-encoding': _encoding, ...headers } = answer.headers;
        outgoing.writeHead(400, { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
        outgoing.end(body);
      });
    });
    upstream.on('error', (error) => {
      if (!outgoing.headersSent) outgoing.writeHead(502, { 'content-type': 'application/json' });
      outgoing.end(JSON.stringify({ error: `mock: Prism did not answer (${error.message})` }));
    });
    upstream.end(sent);
  };
  // Requests to a mock are small: each is read whole, so a refusal can quote the values it held.
  const server = createHttpServer((incoming, outgoing) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => forward(incoming, outgoing, Buffer.concat(chunks)));
  });
  server.on('close', () => agent.destroy());
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}

/**
 * Starts the Prism mock of the spec on 127.0.0.1 and resolves once it answers. Prism validates each
 * request against the spec: an invalid one gets 400 in Plivo's error shape, `{ api_id, error }`, with
 * `error` naming each violation (`invalid request: /message_expiry must be >= 5`), and Prism's
 * findings in the `sl-violations` header.
 * @example
 * const mock = await startMockServer();
 * const plivo = createPlivoClient({ authId, authToken, baseUrl: mock.url });
 * await mock.stop();
 */
export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const host = options.host ?? '127.0.0.1';
  const port = options.port ? options.port : await freePort(host);
  const prismPort = await freePort(host);
  const binary = prismBinary();
  const specPath = options.specPath ?? DEFAULT_SPEC_PATH;
  const served = options.callbacks === true ? { path: specPath, remove() {} } : specWithoutCallbacks(specPath);
  const args = [binary, 'mock', '-h', host, '-p', String(prismPort), ...(options.dynamic ? ['-d'] : []), served.path];
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
  void exited.then(() => served.remove());
  const url = `http://${host}:${port}`;
  let front: Server | undefined;
  let stopped = false;
  const stop = async () => {
    if (stopped) return exited;
    stopped = true;
    if (front) {
      const closed = new Promise((resolve) => front?.close(resolve));
      front.closeAllConnections();
      await closed;
    }
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
      await exited;
      clearTimeout(timer);
    }
  };
  try {
    await waitUntilAnswering(`http://${host}:${prismPort}`, child, options.startTimeoutMs ?? 30_000, () => lines.join('\n'));
    front = await serveInFront(prismPort, host, port);
  } catch (error) {
    await stop();
    throw error;
  }
  if (child.pid === undefined) throw new PlivoError('Prism started without a PID');
  return { url, port, pid: child.pid, stop };
}
