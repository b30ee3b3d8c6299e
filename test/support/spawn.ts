import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

/** The repository root, where scripts run from. */
export const ROOT = join(import.meta.dirname, '../..');

/** How a child process ended and what it printed. */
export interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Options of {@link Spawned.waitFor}. */
export interface WaitForOptions {
  /** Which output to search. Default `stdout`. */
  stream?: 'stdout' | 'stderr';
  /** Default 20 s. */
  timeoutMs?: number;
}

/** A running child process with its output so far. */
export interface Spawned {
  child: ChildProcess;
  /** Resolves once the process has exited and its output is closed. */
  done: Promise<Finished>;
  stdout(): string;
  stderr(): string;
  /** How it ended, once it has (exited and its output closed); undefined while it runs. */
  finished(): Finished | undefined;
  /**
   * Resolves with the first match of `pattern` in the output; rejects, quoting the output, when the
   * process ends first or nothing matched within the timeout.
   */
  waitFor(pattern: RegExp, options?: WaitForOptions): Promise<RegExpExecArray>;
  /**
   * Sends `signal` (default SIGTERM) to the process by its PID unless it has already ended, and
   * resolves once it has. SIGKILL stops it at once, mid-request or not.
   */
  stop(signal?: NodeJS.Signals): Promise<Finished>;
}

/** Options of {@link spawnProcess} and {@link spawnTypeScript}. */
export interface SpawnOptions {
  /** Default: the repository root. */
  cwd?: string;
  /** The environment to start from. Default: this process's. */
  baseEnv?: NodeJS.ProcessEnv;
  /** Variables over `baseEnv`; `undefined` removes one. */
  env?: Record<string, string | undefined>;
  /** Written to standard input, which is then closed; without it standard input is closed at once. */
  stdin?: string;
}

function describeEnd(end: Finished): string {
  return end.signal === null ? `exited with ${end.code}` : `was stopped by ${end.signal}`;
}

/** Starts `command` with `args`, recording its output; the one way the suites start a child process they wait on or stop. */
export function spawnProcess(command: string, args: readonly string[], options: SpawnOptions = {}): Spawned {
  const env: Record<string, string | undefined> = { ...(options.baseEnv ?? process.env) };
  for (const [name, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  const child = spawn(command, [...args], { cwd: options.cwd ?? ROOT, env, stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  let end: Finished | undefined;
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  // A process that exits before reading its input closes the pipe: that is not the test's failure.
  child.stdin?.on('error', () => undefined);
  child.stdin?.end(options.stdin ?? '');
  const done = new Promise<Finished>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      end = { code, signal, stdout, stderr };
      resolve(end);
    });
  });
  // Callers that never wait on `done` (a server stopped by PID) must not see a failed start as an unhandled rejection.
  done.catch(() => undefined);
  const finished = () => end;
  const name = [command, ...args].join(' ');

  return {
    child,
    done,
    stdout: () => stdout,
    stderr: () => stderr,
    finished,
    waitFor(pattern, { stream = 'stdout', timeoutMs = 20_000 } = {}) {
      const read = stream === 'stdout' ? () => stdout : () => stderr;
      return waitForOutput(read, pattern, timeoutMs, () => {
        const ended = finished();
        return ended && `${name} ${describeEnd(ended)} before printing ${pattern}:\n${ended.stdout}${ended.stderr}`;
      });
    },
    async stop(signal = 'SIGTERM') {
      if (child.pid !== undefined && child.exitCode === null && child.signalCode === null) process.kill(child.pid, signal);
      return done;
    },
  };
}

/**
 * Runs a TypeScript file of this repository (`src/cli/main.ts`, `scripts/mock.ts`…) as its own
 * Node process through tsx, with no npm in between so signals reach it directly, and its PID is the
 * process that runs the file.
 */
export function spawnTypeScript(file: string, args: readonly string[] = [], options: SpawnOptions = {}): Spawned {
  return spawnProcess(process.execPath, ['--import', 'tsx', file, ...args], options);
}

/**
 * Resolves with the first match of `pattern` in what `read` returns, polling until `timeoutMs`.
 * `gaveUp`, when given, returns why waiting longer is pointless (the process ended), or undefined.
 */
function waitForOutput(read: () => string, pattern: RegExp, timeoutMs = 20_000, gaveUp: () => string | undefined = () => undefined): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const check = () => {
      const match = pattern.exec(read());
      const reason = match ? undefined : (gaveUp() ?? (Date.now() - started > timeoutMs ? `no ${pattern} in the output within ${timeoutMs} ms:\n${read()}` : undefined));
      if (match === null && reason === undefined) return;
      clearInterval(timer);
      if (match) resolve(match);
      else reject(new Error(reason));
    };
    const timer = setInterval(check, 50);
    check();
  });
}
