import type { Redis } from 'ioredis';
import { CampaignRedisSettingsError } from './errors.js';

function infoField(info: string, name: string): string {
  const line = info.split(/\r?\n/).find((entry) => entry.startsWith(`${name}:`));
  return line === undefined ? '' : line.slice(name.length + 1).trim();
}

/**
 * Throws CampaignRedisSettingsError unless Redis keeps every key (`maxmemory-policy noeviction`)
 * and survives a restart (`appendonly yes`): an evicted in-flight mark could let a request go twice.
 * Reads INFO rather than CONFIG GET, which managed Redis services often disable.
 */
export async function assertDurableRedis(redis: Redis): Promise<void> {
  const [persistence, memory] = await Promise.all([redis.info('persistence'), redis.info('memory')]);
  const wrong: { name: string; found: string; required: string }[] = [];
  const policy = infoField(memory, 'maxmemory_policy');
  if (policy !== 'noeviction') wrong.push({ name: 'maxmemory-policy', found: policy, required: 'noeviction' });
  const aof = infoField(persistence, 'aof_enabled');
  if (aof !== '1') wrong.push({ name: 'appendonly', found: aof === '0' ? 'no' : aof, required: 'yes' });
  if (wrong.length > 0) throw new CampaignRedisSettingsError(wrong);
}
