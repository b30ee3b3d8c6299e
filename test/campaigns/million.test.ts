import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import { createCampaigns } from '../../src/campaigns/index.js';
import { startRedis, type TestRedis } from '../support/redis-server.js';
import { reportOf } from './support/campaign-run.js';

const UNIQUE = 1_000_000;

/** 1,000,000 distinct numbers, every thousandth repeated and every ten-thousandth preceded by an invalid entry, produced lazily. */
async function* recipients(): AsyncGenerator<string> {
  for (let i = 0; i < UNIQUE; i += 1) {
    const number = String(14_150_000_000 + i * 7);
    if (i % 10_000 === 0) yield `0${i}`;
    yield number;
    if (i % 1000 === 999) yield `+${number.slice(0, 1)} ${number.slice(1)}`;
  }
}

describe('a 1,000,000-recipient start', () => {
  let redis: TestRedis;
  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => {
    await redis.dispose();
  });

  it('streams, de-duplicates and checks every entry, and stores under 200 bytes a recipient', async () => {
    const probe = new Redis(redis.url);
    const usedMemory = async () => Number(/used_memory:(\d+)/.exec(await probe.info('memory'))?.[1]);
    const before = await usedMemory();
    const campaigns = createCampaigns({ connection: redis.url, prefix: 'million' });
    const plan = await campaigns.start({ id: 'million', body: { src: '14155550100', text: 'Hello' }, recipients: recipients(), mps: 100 });
    const perRecipient = ((await usedMemory()) - before) / UNIQUE;
    expect(plan).toMatchObject({ unique: UNIQUE, duplicates: UNIQUE / 1000, invalid: UNIQUE / 10_000, requests: 1000, requestSize: 1000, units: UNIQUE });
    expect(plan.estimatedSeconds).toBe(UNIQUE / 100);
    expect(perRecipient).toBeLessThan(200);
    const status = await campaigns.status('million');
    expect(status).toMatchObject({ state: 'running', total: UNIQUE, pending: UNIQUE });
    const rows = await reportOf(campaigns, 'million');
    expect(rows).toHaveLength(UNIQUE + UNIQUE / 10_000);
    expect(rows[0]).toEqual({ number: '14150000000', outcome: 'pending' });
    expect(rows.at(-1)).toEqual({ number: '0990000', outcome: 'invalid', reason: 'does not start with a country code' });
    console.info(`1,000,000-recipient start: ${perRecipient.toFixed(1)} bytes of Redis memory a recipient`);
    probe.disconnect();
    await campaigns.close();
  }, 120_000);
});
