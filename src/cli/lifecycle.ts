/** A child process this program started and must not leave behind. */
export interface OwnedProcess {
  readonly pid: number;
  stop(): Promise<void>;
}

const SIGNAL_EXIT_CODES = { SIGINT: 130, SIGTERM: 143 } as const;
/** The signals that end a run early: Ctrl-C and a polite kill. */
export type StopSignal = keyof typeof SIGNAL_EXIT_CODES;

/** The conventional exit status after `signal` (128 + its number). */
export const exitCodeFor = (signal: StopSignal): number => SIGNAL_EXIT_CODES[signal];

/** Whether a process with this PID still exists. */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM means it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Makes sure `child` dies with this process, whatever the exit path: its own `stop()` on the normal
 * path is the caller's job; this adds a synchronous SIGTERM by PID from the `exit` event, which
 * still runs after an uncaught error or `process.exit()`. Returns a function that removes the guard.
 */
export function killOnExit(child: OwnedProcess): () => void {
  const onExit = () => {
    if (isRunning(child.pid)) {
      try {
        process.kill(child.pid, 'SIGTERM');
      } catch {
        // Already gone between the check and the kill.
      }
    }
  };
  process.once('exit', onExit);
  return () => process.off('exit', onExit);
}

/**
 * Calls `handler` on the first SIGINT or SIGTERM instead of Node's default of dying on the spot, so
 * children can be stopped first. Returns a function that restores the defaults.
 */
export function onStopSignal(handler: (signal: StopSignal) => void): () => void {
  const listeners = (Object.keys(SIGNAL_EXIT_CODES) as StopSignal[]).map((signal) => {
    const listener = () => handler(signal);
    process.once(signal, listener);
    return [signal, listener] as const;
  });
  return () => {
    for (const [signal, listener] of listeners) process.off(signal, listener);
  };
}

/** Resolves with the first SIGINT or SIGTERM received. */
export function waitForStopSignal(): Promise<StopSignal> {
  return new Promise((resolve) => {
    const off = onStopSignal((signal) => {
      off();
      resolve(signal);
    });
  });
}
