import { PlivoError } from '../errors.js';

/** A campaign operation that cannot go ahead: unknown id, bad option, or a start already under way. Nothing was sent (`maybeSent` false). */
export class CampaignError extends PlivoError {
  override name = 'CampaignError';
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
