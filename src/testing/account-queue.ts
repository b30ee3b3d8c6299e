/** What happens to a message in the account's queue. */
export type QueueFate = { leavesAt: number } | { expiresAt: number };

/**
 * Plivo's outbound queue: messages leave in arrival order at `mps` message units per second (an SMS
 * costs one unit per segment), and one still waiting when its `message_expiry` runs out fails with
 * 420 without using any capacity. Because the queue is FIFO and nothing overtakes, each message's fate
 * is known when it arrives, which keeps a 100,000-message burst cheap: no timer per message.
 */
export interface AccountQueue {
  /** Queues a message of `units` units arriving at `now` that may wait at most `expiryMs`. */
  enqueue(now: number, units: number, expiryMs: number): QueueFate;
}

/** A queue draining at `mps` units per second (`Infinity`: no wait at all). */
export function createAccountQueue(mps: number): AccountQueue {
  let freeAt = -Infinity;
  return {
    enqueue(now, units, expiryMs) {
      const leavesAt = Math.max(now, freeAt);
      if (leavesAt - now >= expiryMs) return { expiresAt: now + expiryMs };
      freeAt = leavesAt + (units * 1000) / mps;
      return { leavesAt };
    },
  };
}
