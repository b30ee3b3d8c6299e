import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCampaigns } from '../../src/campaigns/index.js';
import { startRedis, type TestRedis } from '../support/redis-server.js';
import { standInClient, waitForState } from './support/campaign-run.js';
import { startFakePlivo } from './support/fake-plivo.js';
import { numbers } from './support/wait.js';

// Small numbers keep the run short: an account sending 200 units a second and messages that expire
// after 5 s (Plivo's minimum), so 2,000 recipients submitted at once would wait up to 10 s.
const MPS = 200;
const RECIPIENTS = 2000;
const body = { src: '14155550100', text: 'Flash sale', message_expiry: 5 };

describe('pacing to the account MPS', () => {
  let redis: TestRedis;
  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => {
    await redis.dispose();
  });

  const run = async (prefix: string, mps: number) => {
    const plivo = await startFakePlivo({ mps: MPS });
    const campaigns = createCampaigns({ connection: redis.url, prefix });
    try {
      const plan = await campaigns.start({ id: prefix, body, recipients: numbers(RECIPIENTS), mps });
      const worker = campaigns.worker({ client: standInClient(plivo.url), concurrency: 4 });
      const status = await waitForState(campaigns, prefix);
      await worker.close();
      return { plan, status, expired: plivo.messages.filter((message) => message.expired).length, requests: plivo.sends.length };
    } finally {
      await campaigns.close();
      await plivo.close();
    }
  };

  it('has no 420 expiries where the same campaign unpaced has them, as the plan predicts', async () => {
    const unpaced = await run('unpaced', Number.POSITIVE_INFINITY);
    const paced = await run('paced', MPS);
    expect(unpaced.status.accepted).toBe(RECIPIENTS);
    expect(paced.status.accepted).toBe(RECIPIENTS);
    expect(unpaced.expired).toBeGreaterThan(RECIPIENTS / 4);
    expect(paced.expired).toBe(0);
    // Paced requests are small enough that one drains well within the expiry.
    expect(paced.plan.requestSize).toBe(Math.floor((0.8 * MPS * 5) / 2));
    expect(paced.requests).toBe(paced.plan.requests);
    // The plan's risk (for the same campaign unpaced) is within 10 % of what the account queue did.
    expect(Math.abs(paced.plan.expiryRisk - unpaced.expired)).toBeLessThan(RECIPIENTS / 10);
  }, 90_000);
});
