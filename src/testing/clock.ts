import { PlivoArgumentError } from '../errors.js';

/** How the simulator's time passes: only through `advance()`, or with the wall clock. */
export type ClockMode = 'manual' | 'real';

interface Timed {
  at: number;
  order: number;
  run: () => Promise<void>;
}

/**
 * The simulator's time and its pending work (callback deliveries and their retries).
 *
 * Manual: time stands still until `advance(ms)`, which runs every task due up to the new time in time
 * order, waiting for the tasks of one instant before moving past it, so a test observes callbacks in
 * a fixed order and never waits for real seconds. Real: time follows `Date.now()` (so vitest's fake
 * timers drive it too) and a timer runs the tasks when due; `advance(ms)` still jumps ahead.
 */
export interface Scheduler {
  readonly mode: ClockMode;
  /** The simulated time in epoch milliseconds. */
  now(): number;
  /** Runs `run` once the simulated time reaches `at`. */
  at(at: number, run: () => Promise<void>): void;
  /** The time of the next pending task, if any. */
  nextAt(): number | undefined;
  /** Moves time forward by `ms` and runs what falls due, waiting for it to finish. */
  advance(ms: number): Promise<void>;
  /** Waits for tasks already started. */
  settle(): Promise<void>;
  /** Stops the real-clock timer; pending tasks are dropped. */
  close(): void;
}

/** A binary min-heap of tasks by (time, insertion order). */
class TaskHeap {
  private readonly items: Timed[] = [];
  get size(): number {
    return this.items.length;
  }
  peek(): Timed | undefined {
    return this.items[0];
  }
  push(item: Timed): void {
    const items = this.items;
    items.push(item);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(items[i] as Timed, items[parent] as Timed)) break;
      [items[i], items[parent]] = [items[parent] as Timed, items[i] as Timed];
      i = parent;
    }
  }
  pop(): Timed | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (top === undefined || last === undefined || items.length === 0) return top;
    items[0] = last;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let smallest = i;
      if (left < items.length && before(items[left] as Timed, items[smallest] as Timed)) smallest = left;
      if (right < items.length && before(items[right] as Timed, items[smallest] as Timed)) smallest = right;
      if (smallest === i) break;
      [items[i], items[smallest]] = [items[smallest] as Timed, items[i] as Timed];
      i = smallest;
    }
    return top;
  }
  clear(): void {
    this.items.length = 0;
  }
}

const before = (a: Timed, b: Timed) => a.at < b.at || (a.at === b.at && a.order < b.order);

/** A scheduler starting at `startTime` (epoch ms). */
export function createScheduler(mode: ClockMode, startTime: number): Scheduler {
  const heap = new TaskHeap();
  const running = new Set<Promise<void>>();
  let order = 0;
  let manualTime = startTime;
  // Real mode: simulated time = wall time + skew, where skew starts so that now() === startTime.
  let skew = startTime - Date.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let closed = false;
  let advancing: Promise<void> = Promise.resolve();

  const now = () => (mode === 'manual' ? manualTime : Date.now() + skew);

  const start = (task: Timed) => {
    const promise = task.run().catch(() => undefined);
    running.add(promise);
    void promise.finally(() => running.delete(promise));
  };

  const settle = async () => {
    while (running.size > 0) await Promise.all([...running]);
  };

  const arm = () => {
    if (mode !== 'real' || closed) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    const next = heap.peek();
    if (next === undefined) return;
    timer = setTimeout(runDue, Math.max(0, Math.min(next.at - now(), 2 ** 31 - 1)));
    // A forgotten simulator must not keep a test process alive.
    (timer as { unref?: () => void }).unref?.();
  };

  function runDue(): void {
    timer = undefined;
    const time = now();
    while ((heap.peek()?.at ?? Infinity) <= time) start(heap.pop() as Timed);
    arm();
  }

  const advanceManual = async (target: number) => {
    for (;;) {
      const next = heap.peek();
      if (next === undefined || next.at > target) break;
      if (next.at > manualTime) {
        // Everything of the earlier instant finishes (and schedules its retries) before time moves on.
        await settle();
        manualTime = next.at;
        continue;
      }
      start(heap.pop() as Timed);
    }
    await settle();
    if ((heap.peek()?.at ?? Infinity) <= target) return advanceManual(target);
    manualTime = Math.max(manualTime, target);
  };

  return {
    mode,
    now,
    at(at, run) {
      if (closed) return;
      heap.push({ at, order: order++, run });
      arm();
    },
    nextAt: () => heap.peek()?.at,
    advance(ms) {
      if (!(ms >= 0) || !Number.isFinite(ms)) return Promise.reject(new PlivoArgumentError('ms', `advance(ms) takes a finite number of milliseconds ≥ 0; got ${ms}`));
      const step = async () => {
        if (mode === 'manual') return advanceManual(manualTime + ms);
        skew += ms;
        runDue();
        await settle();
      };
      advancing = advancing.then(step, step);
      return advancing;
    },
    settle,
    close() {
      closed = true;
      if (timer !== undefined) clearTimeout(timer);
      heap.clear();
    },
  };
}
