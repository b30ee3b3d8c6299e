import { fileURLToPath } from 'node:url';
import { spawnTypeScript } from '../../support/spawn.js';

const WORKER = fileURLToPath(new URL('./worker-process.ts', import.meta.url));

/** A campaign worker running in its own Node process. */
export interface WorkerProcess {
  /** Also the worker's name on the jobs it takes (`pid-<pid>`). */
  pid: number;
  /** SIGKILL, resolving once the process has gone: it stops at once, mid-request or not. */
  kill(): Promise<void>;
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
  const worker = spawnTypeScript(WORKER, [], {
    env: {
      REDIS_URL: env.redisUrl,
      PLIVO_URL: env.plivoUrl,
      CAMPAIGN_PREFIX: env.prefix,
      CONCURRENCY: String(env.concurrency ?? 2),
      LOCK_MS: String(env.lockMs ?? 3000),
      ...(env.authId === undefined ? {} : { AUTH_ID: env.authId }),
      ...(env.authToken === undefined ? {} : { AUTH_TOKEN: env.authToken }),
      ...(env.timeoutMs === undefined ? {} : { TIMEOUT_MS: String(env.timeoutMs) }),
    },
  });
  await worker.waitFor(/ready/, { timeoutMs: 30_000 });
  return {
    pid: worker.child.pid ?? -1,
    kill: () => worker.stop('SIGKILL').then(() => undefined),
  };
}
