import { afterAll, beforeAll, expect, it } from 'vitest';
import { createCampaigns } from '../../src/campaigns/index.js';
import { createPlivoClient } from '../../src/index.js';
import { startRedis, type TestRedis } from '../support/redis-server.js';
import { startFakePlivo, type FakePlivo } from './support/fake-plivo.js';
import { numbers, waitFor } from './support/wait.js';

let redis: TestRedis;
let plivo: FakePlivo;
beforeAll(async () => {
  redis = await startRedis();
  plivo = await startFakePlivo();
});
afterAll(async () => {
  await plivo.close();
  await redis.dispose();
});

it('smoke', async () => {
  const campaigns = createCampaigns({ connection: redis.url, prefix: 'smoke' });
  const plan = await campaigns.start({ id: 's1', body: { src: '14155550100', text: 'hi', url: 'https://example.com/cb' }, recipients: [...numbers(2500), '0123', '14150000000'], mps: Infinity });
  expect(plan).toMatchObject({ unique: 2500, duplicates: 1, invalid: 1, requests: 3 });
  const worker = campaigns.worker({ client: createPlivoClient({ authId: 'MAXXXXXXXXXXXXXXXXXX', authToken: 't', baseUrl: plivo.url, maxRetries: 0 }), onError: (e) => console.error(e) });
  const status = await waitFor('done', async () => {
    const s = await campaigns.status('s1');
    return s.state === 'done' ? s : undefined;
  });
  expect(status.accepted).toBe(2500);
  expect([...plivo.received.values()].every((n) => n === 1)).toBe(true);
  await worker.close();
  await campaigns.close();
});
