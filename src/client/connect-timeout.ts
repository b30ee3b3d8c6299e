/**
 * Bounds the connect phase of Node's built-in fetch below the attempt timeout, so that a connect
 * that never completes ends as undici's `UND_ERR_CONNECT_TIMEOUT` (nothing was sent: a POST may be
 * retried) instead of as the attempt's timeout (which must count as "may have been sent").
 *
 * It uses Node's own undici, found through the global dispatcher Node registers under a well-known
 * symbol, and passes an Agent of that same class with `connect.timeout` as fetch's `dispatcher`
 * option. That adds no HTTP-client dependency (the browser entries stay free of one) and imports
 * nothing from `node:`, so this file is inert elsewhere: browsers, Deno and workerd have no such
 * symbol and fetch ignores the extra option. A global dispatcher other than a plain Agent (a proxy
 * agent set with setGlobalDispatcher) is left alone, as is a caller's own `fetch`.
 */

const GLOBAL_DISPATCHER = Symbol.for('undici.globalDispatcher.1');

type AgentClass = new (options: { connect: { timeout: number } }) => object;

function nodeAgentClass(): AgentClass | undefined {
  const versions = (globalThis as { process?: { versions?: { undici?: string } } }).process?.versions;
  if (versions?.undici === undefined) return undefined;
  // Node creates its global dispatcher when its fetch module loads; building a Headers loads it.
  if ((globalThis as Record<symbol, unknown>)[GLOBAL_DISPATCHER] === undefined) new Headers();
  const dispatcher = (globalThis as Record<symbol, unknown>)[GLOBAL_DISPATCHER];
  const constructor = (dispatcher as { constructor?: unknown } | undefined)?.constructor;
  return typeof constructor === 'function' && constructor.name === 'Agent' ? (constructor as AgentClass) : undefined;
}

/**
 * The `dispatcher` to pass to Node's fetch so that connecting takes at most `timeoutMs`, or
 * undefined where the runtime offers no such means.
 */
export function connectBoundDispatcher(timeoutMs: number): object | undefined {
  const Agent = nodeAgentClass();
  return Agent === undefined ? undefined : new Agent({ connect: { timeout: timeoutMs } });
}

/**
 * The connect bound for an attempt timeout: 1.5 s less than it, at most Node's own 10 s. undici
 * checks its connect timers on a coarse clock (measured on Node 20: a bound fires up to about a
 * second late, and never before one second), so the bound must leave that much room to fire before
 * the attempt's own timeout. Under about 2 s of `timeoutMs` it cannot, and a connect that never
 * completes ends as the attempt's timeout, on the safe side.
 */
export function defaultConnectTimeoutMs(attemptTimeoutMs: number): number {
  return Math.min(10_000, Math.max(100, attemptTimeoutMs - 1_500));
}
