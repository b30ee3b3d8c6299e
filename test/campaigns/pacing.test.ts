import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCampaigns } from '../../src/campaigns/index.js';
import { createPlivoClient } from '../../src/index.js';
import { createFakePlivo } from '../../src/testing/index.node.js';
import { startRedis, type TestRedis } from '../support/redis-server.js';
import { waitForState } from './support/campaign-run.js';
import { numbers, waitFor } from './support/wait.js';

// Small numbers keep the run short: an account sending 200 units a second and messages that expire
// after 5 s (Plivo's minimum), so 2,000 recipients submitted at once would wait up to 10 s.
const MPS = 200;
const RECIPIENTS = 2000;
const body = { src: '14155550100', text: 'Flash sale', message_expiry: 5 };

describe('pacing to the account MPS, against the simulator', () => {
  let redis: TestRedis;
  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => {
    await redis.dispose();
  });

  const run = async (prefix: string, mps: number) => {
    const fake = createFakePlivo({ clock: 'real', mps: MPS });
    const server = await fake.listen({ port: 0 });
    const campaigns = createCampaigns({ connection: redis.url, prefix });
    try {
      const plan = await campaigns.start({ id: prefix, body, recipients: numbers(RECIPIENTS), mps });
      const client = createPlivoClient({ authId: fake.authId, authToken: fake.authToken, baseUrl: server.url, maxRetries: 0 });
      const worker = campaigns.worker({ client, concurrency: 4 });
      const status = await waitForState(campaigns, prefix);
      await worker.close();
      // Every message leaves the simulator's queue or expires in it.
      const messages = await waitFor('the account queue to empty', () => {
        const all = fake.messages();
        return all.every((message) => message.state !== 'queued') ? all : undefined;
      });
      const requests = fake.requests().filter((request) => request.operation === 'sendMessage').length;
      return { plan, status, expired: messages.filter((message) => message.errorCode === '420').length, requests };
    } finally {
      await campaigns.close();
      await server.close();
      fake.close();
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
    console.info(`pacing: unpaced ${unpaced.expired} of ${RECIPIENTS} expired (plan said ${paced.plan.expiryRisk}); paced ${paced.expired}`);
  }, 90_000);
});
