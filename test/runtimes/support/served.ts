import { spawnProcess } from '../../support/spawn.js';

/** A long-running process the suite started (workerd), stopped by its PID. */
export interface Served {
  pid: number;
  /** Everything it printed so far, for failure messages. */
  output(): string;
  stop(): Promise<void>;
}

/**
 * Starts a server process and waits until `url` answers (any HTTP status). Fails with the process's
 * output if it exits first or is not answering after `readyTimeoutMs`.
 */
export async function serve(file: string, args: readonly string[], options: { cwd: string; env: NodeJS.ProcessEnv; url: string; readyTimeoutMs?: number }): Promise<Served> {
  const server = spawnProcess(file, args, { cwd: options.cwd, baseEnv: options.env });
  const output = () => server.stdout() + server.stderr();
  const pid = server.child.pid;
  if (pid === undefined) throw new Error(`${file} did not start`);
  const stop = () => server.stop('SIGTERM').then(() => undefined);

  const deadline = Date.now() + (options.readyTimeoutMs ?? 30_000);
  for (;;) {
    if (server.finished()) throw new Error(`${file} exited before answering:\n${output()}`);
    try {
      await fetch(options.url, { signal: AbortSignal.timeout(2_000) });
      break;
    } catch {
      if (Date.now() > deadline) {
        await stop();
        throw new Error(`${file} did not answer on ${options.url}:\n${output()}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return { pid, output, stop };
}
