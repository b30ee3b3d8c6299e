import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { CliStreams } from '../../../src/cli/io.js';
import { runCli } from '../../../src/cli/run.js';

/** An auth ID of the right shape and a token that must never be printed. */
export const AUTH_ID = 'MAXXXXXXXXXXXXXXXXXX';
export const TOKEN = 'cli-test-token-9f8e7d6c5b4a';
export const credentials = { PLIVO_AUTH_ID: AUTH_ID, PLIVO_AUTH_TOKEN: TOKEN };

/** What one in-process run printed and how it ended. */
export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Options of {@link cli}: the environment (nothing inherited), standard input and terminal traits. */
export interface RunOptions {
  env?: Record<string, string>;
  stdin?: string;
  stdoutIsTTY?: boolean;
  stderrIsTTY?: boolean;
  columns?: number;
  /** Called with a function that delivers a Ctrl-C to the run, once it listens for one. */
  onInterruptReady?: (interrupt: () => void) => void;
}

/** Streams that record what the CLI writes, for in-process runs. */
export function fakeStreams(options: RunOptions = {}): { streams: CliStreams; stdout: () => string; stderr: () => string } {
  let stdout = '';
  let stderr = '';
  const streams: CliStreams = {
    out: (text) => void (stdout += text),
    err: (text) => void (stderr += text),
    env: options.env ?? {},
    ...(options.stdoutIsTTY === undefined ? {} : { stdoutIsTTY: options.stdoutIsTTY }),
    ...(options.stderrIsTTY === undefined ? {} : { stderrIsTTY: options.stderrIsTTY }),
    ...(options.columns === undefined ? {} : { columns: options.columns }),
    readStdin: async () => options.stdin ?? '',
    onInterrupt(handler) {
      options.onInterruptReady?.(handler);
      return () => undefined;
    },
  };
  return { streams, stdout: () => stdout, stderr: () => stderr };
}

/** Runs the CLI in this process on `args`. */
export async function cli(args: string[], options: RunOptions = {}): Promise<Run> {
  const { streams, stdout, stderr } = fakeStreams(options);
  const code = await runCli(args, streams);
  return { code, stdout: stdout(), stderr: stderr() };
}

/** One request a {@link FakePlivo} received. */
export interface ReceivedSend {
  authorization: string | undefined;
  body: Record<string, unknown>;
}

/** A local HTTP server standing in for Plivo's send endpoint, counting what it receives. */
export interface FakePlivo {
  url: string;
  received: ReceivedSend[];
  close(): Promise<void>;
}

/** How the fake answers one send; the default accepts every number with one UUID each. */
export type FakeAnswer = (send: ReceivedSend, index: number, response: ServerResponse) => void;

/** Accepts the send: 202 with one message UUID per destination, as Plivo does. */
export const accept: FakeAnswer = (send, _index, response) => {
  const numbers = String(send.body.dst).split('<');
  response.writeHead(202, { 'content-type': 'application/json' });
  response.end(JSON.stringify({ message: 'message(s) queued', message_uuid: numbers.map(() => randomUUID()), api_id: randomUUID() }));
};

/** Answers with `status` and a Plivo-style error body. */
export const answerWith =
  (status: number, error = 'failed'): FakeAnswer =>
  (_send, _index, response) => {
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ api_id: `api-${status}`, error }));
  };

/** Starts a fake Plivo on 127.0.0.1 and a free port. */
export async function startFakePlivo(answer: FakeAnswer = accept): Promise<FakePlivo> {
  const received: ReceivedSend[] = [];
  const sockets = new Set<import('node:net').Socket>();
  const server: Server = createServer((request: IncomingMessage, response) => {
    let text = '';
    request.on('data', (chunk: Buffer) => (text += chunk.toString()));
    request.on('end', () => {
      const send: ReceivedSend = { authorization: request.headers.authorization, body: text === '' ? {} : (JSON.parse(text) as Record<string, unknown>) };
      received.push(send);
      answer(send, received.length - 1, response);
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        // A server holding requests open (to test timeouts) would keep close() waiting for ever.
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** `count` distinct valid US numbers. */
export const usNumbers = (count: number, from = 0): string[] => Array.from({ length: count }, (_, i) => `1415${String(5_550_000 + from + i).padStart(7, '0')}`);

/**
 * A temporary directory for the calling test file, removed after it, and a function writing a file
 * there (JSON unless given a string) that returns the file's path.
 */
export function useTempDir(prefix: string): (name: string, value: unknown) => string {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), prefix));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return (name, value) => {
    const path = join(dir, name);
    writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
    return path;
  };
}
