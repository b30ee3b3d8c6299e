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

/** A running child process with its output so far. */
export interface Spawned {
  child: ChildProcess;
  /** Resolves once the process has exited and its output is closed. */
  done: Promise<Finished>;
  stdout(): string;
  stderr(): string;
}

/** Options of {@link spawnTypeScript}. */
export interface SpawnOptions {
  /** Variables over this process's environment; `undefined` removes one. */
  env?: Record<string, string | undefined>;
  /** Written to standard input, which is then closed; without it standard input is closed at once. */
  stdin?: string;
}

/**
 * Runs a TypeScript file of this repository (`src/cli/main.ts`, `scripts/mock.ts`…) as its own
 * Node process through tsx, with no npm in between so signals reach it directly.
 */
export function spawnTypeScript(file: string, args: readonly string[] = [], options: SpawnOptions = {}): Spawned {
  const env: Record<string, string | undefined> = { ...process.env };
  for (const [name, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  const child = spawn(process.execPath, ['--import', 'tsx', file, ...args], { cwd: ROOT, env, stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdin?.end(options.stdin ?? '');
  const done = new Promise<Finished>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return { child, done, stdout: () => stdout, stderr: () => stderr };
}

/** Resolves with the first match of `pattern` in what `read` returns, polling until `timeoutMs`. */
export function waitForOutput(read: () => string, pattern: RegExp, timeoutMs = 20_000): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const timer = setInterval(() => {
      const match = pattern.exec(read());
      if (match) {
        clearInterval(timer);
        resolve(match);
      } else if (Date.now() - started > timeoutMs) {
        clearInterval(timer);
        reject(new Error(`no ${pattern} in the output within ${timeoutMs} ms:\n${read()}`));
      }
    }, 50);
  });
}
