import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCampaigns } from '../../src/campaigns/index.js';
import { startRedis, type TestRedis } from '../support/redis-server.js';
import { reportOf, waitForState } from './support/campaign-run.js';
import { startWorkerProcess, type WorkerProcess } from './support/processes.js';
import { busiestWindow, startSimulator, type Simulator } from './support/simulator.js';
import { numbers, waitFor } from './support/wait.js';

describe('a Redis restart mid-campaign', () => {
  let redis: TestRedis;
  let plivo: Simulator;
  let worker: WorkerProcess | undefined;
  beforeAll(async () => {
    redis = await startRedis();
    plivo = await startSimulator({ mps: 10_000 });
  });
  afterAll(async () => {
    await worker?.kill();
    await plivo.close();
    await redis.dispose();
  });

  it('pauses the workers while Redis is down and finishes from its append-only file, sending nothing twice', async () => {
    const campaigns = createCampaigns({ connection: redis.url, prefix: 'restart' });
    await campaigns.start({ id: 'restart', body: { src: '14155550100', text: 'Hello' }, recipients: numbers(8000), mps: Infinity, requestsPer5s: 4 });
    worker = await startWorkerProcess({ redisUrl: redis.url, plivoUrl: plivo.server.url, prefix: 'restart', concurrency: 2, authId: plivo.fake.authId, authToken: plivo.fake.authToken });
    await waitFor('three requests sent', () => (plivo.sends().length >= 3 ? true : undefined));
    const pidBefore = redis.pid();
    await redis.restart();
    expect(redis.pid()).not.toBe(pidBefore);
    const status = await waitForState(campaigns, 'restart');
    expect(status).toMatchObject({ total: 8000, accepted: 8000, maybeSent: 0, failed: 0, pending: 0 });
    expect(plivo.sends()).toHaveLength(8);
    expect([...plivo.received().values()].every((times) => times === 1)).toBe(true);
    expect(plivo.received().size).toBe(8000);
    // The window log lives in Redis too, so the restart did not reset the limit.
    expect(busiestWindow(plivo.sends().map((send) => send.time), 5000)).toBeLessThanOrEqual(4);
    const rows = await reportOf(campaigns, 'restart');
    expect(rows.filter((row) => row.outcome === 'accepted')).toHaveLength(8000);
    await campaigns.close();
  }, 90_000);
});
