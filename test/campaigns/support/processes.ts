import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const WORKER = fileURLToPath(new URL('./worker-process.ts', import.meta.url));

/** A campaign worker running in its own Node process. */
export interface WorkerProcess {
  pid: number;
  /** Resolves once the process has exited. */
  exited: Promise<void>;
  /** SIGKILL: the process stops at once, mid-request or not. */
  kill(): Promise<void>;
  /** SIGTERM: the worker closes gracefully. */
  stop(): Promise<void>;
}

/** Starts a worker process against `redisUrl` and `plivoUrl`, resolving once it has started. */
export async function startWorkerProcess(env: {
  redisUrl: string;
  plivoUrl: string;
  prefix: string;
  concurrency?: number;
  lockMs?: number;
  authId?: string;
  authToken?: string;
  timeoutMs?: number;
}): Promise<WorkerProcess> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', WORKER], {
    env: {
      ...process.env,
      REDIS_URL: env.redisUrl,
      PLIVO_URL: env.plivoUrl,
      CAMPAIGN_PREFIX: env.prefix,
      CONCURRENCY: String(env.concurrency ?? 2),
      LOCK_MS: String(env.lockMs ?? 3000),
      ...(env.authId === undefined ? {} : { AUTH_ID: env.authId }),
      ...(env.authToken === undefined ? {} : { AUTH_TOKEN: env.authToken }),
      ...(env.timeoutMs === undefined ? {} : { TIMEOUT_MS: String(env.timeoutMs) }),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`worker process exited with ${code} before it was ready`)));
  });
  const pid = child.pid ?? -1;
  const signal = async (name: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) process.kill(pid, name);
    await exited;
  };
  return { pid, exited, kill: () => signal('SIGKILL'), stop: () => signal('SIGTERM') };
}
