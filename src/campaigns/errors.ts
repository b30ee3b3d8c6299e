import { PlivoError } from '../errors.js';

/**
 * A campaign operation that cannot go ahead: unknown id, bad option, a start already under way, or
 * an error from Redis (its `cause`, such as a `WRONGTYPE` reply for a key changed outside this
 * package). The call itself sends nothing (`maybeSent` false).
 */
export class CampaignError extends PlivoError {
  override name = 'CampaignError';
}

/**
 * `error` as this package's: its own errors as they are; anything else (from Redis, BullMQ or a job)
 * as a {@link CampaignError} naming `where`, the original as `cause`. `onError` hears only such errors.
 * A failed job may have sent its request, so pass `maybeSent` true for those.
 */
export function asCampaignError(where: string, error: unknown, maybeSent = false): PlivoError {
  if (error instanceof PlivoError) return error;
  return new CampaignError(`${where}: ${error instanceof Error ? error.message : String(error)}`, { cause: error, maybeSent });
}

/** `run`'s result; an error from Redis or BullMQ becomes a {@link CampaignError} saying `what` failed, the original as `cause`. */
export async function asCampaignCall<T>(what: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw asCampaignError(`${what} failed`, error);
  }
}

/**
 * The Redis server would lose campaign state: it may evict keys (`maxmemory-policy` other than
 * `noeviction`) or forget everything on restart (`appendonly no`). Fix the server's settings; the
 * message names each one and its current value.
 */
export class CampaignRedisSettingsError extends CampaignError {
  override name = 'CampaignRedisSettingsError';
  /** Each setting that is wrong, with the value found and the one required. */
  readonly settings: readonly { name: string; found: string; required: string }[];

  constructor(settings: readonly { name: string; found: string; required: string }[]) {
    super(
      `Redis is not safe for campaigns, nothing was started: ${settings.map((s) => `${s.name} is ${s.found || '(unset)'}, needs ${s.required}`).join('; ')}. ` +
        'Start redis-server with --appendonly yes --maxmemory-policy noeviction (or CONFIG SET both and CONFIG REWRITE).',
    );
    this.settings = settings;
  }
}
