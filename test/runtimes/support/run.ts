import { spawnProcess } from '../../support/spawn.js';

/** What a finished command printed. */
export interface CommandOutput {
  stdout: string;
  stderr: string;
}

/** Options of {@link run}. */
export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** The command is killed (by its PID) after this long. Default 120 s. */
  timeoutMs?: number;
}

/**
 * Runs a command to its end and returns its output; rejects with the command line, exit status and
 * everything it printed when it fails or runs out of time, so a broken runtime explains itself in CI.
 */
export async function run(command: string, args: readonly string[], options: RunOptions): Promise<CommandOutput> {
  const timeoutMs = options.timeoutMs ?? 120_000;
  const running = spawnProcess(command, args, { cwd: options.cwd, baseEnv: options.env ?? process.env });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    void running.stop('SIGTERM');
  }, timeoutMs);
  const end = await running.done.finally(() => clearTimeout(timer));
  if (timedOut || end.code !== 0) {
    const status = timedOut ? `was killed after ${timeoutMs} ms` : `exited with ${end.code ?? end.signal}`;
    throw new Error(`${[command, ...args].join(' ')} ${status}\n${end.stdout}${end.stderr}`.trim());
  }
  return { stdout: end.stdout, stderr: end.stderr };
}

/** The environment for a runtime under test: this process's, without Plivo credentials, with caches under `cacheDir`. */
export function runtimeEnv(cacheDir: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) if (!name.startsWith('PLIVO_')) env[name] = value;
  return {
    ...env,
    // Runtimes that cache compiled code or downloads keep it inside the consumer folder.
    XDG_CACHE_HOME: cacheDir,
    XDG_CONFIG_HOME: `${cacheDir}/config`,
    DENO_DIR: `${cacheDir}/deno`,
    BUN_INSTALL_CACHE_DIR: `${cacheDir}/bun-install`,
    BUN_RUNTIME_TRANSPILER_CACHE_PATH: '0',
    NO_COLOR: '1',
    ...extra,
  };
}
