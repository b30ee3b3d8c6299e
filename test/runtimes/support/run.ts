import { execFile } from 'node:child_process';

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
export function run(command: string, args: readonly string[], options: RunOptions): Promise<CommandOutput> {
  return new Promise((resolve, reject) => {
    execFile(
      command,
      args,
      { cwd: options.cwd, env: options.env ?? process.env, timeout: options.timeoutMs ?? 120_000, maxBuffer: 32 * 1024 * 1024, encoding: 'utf8' },
      (error, stdout, stderr) => {
        if (error) {
          const status = error.killed ? `was killed after ${options.timeoutMs ?? 120_000} ms` : `exited with ${error.code ?? error.signal}`;
          reject(new Error(`${[command, ...args].join(' ')} ${status}\n${stdout}${stderr}`.trim()));
        } else resolve({ stdout, stderr });
      },
    );
  });
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
