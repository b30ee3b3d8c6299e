// A campaign worker in its own process, as users run it: `node --import tsx worker-process.ts`.
// Settings come from the environment; it prints "ready" once started and closes on SIGTERM.
import { createCampaigns } from '../../../src/campaigns/index.js';
import { createPlivoClient } from '../../../src/index.js';

const campaigns = createCampaigns({ connection: process.env.REDIS_URL ?? '', prefix: process.env.CAMPAIGN_PREFIX ?? 'plivo' });
// Each request names its process, so a test can tell which requests a killed worker had in flight.
const fetchFromThisProcess = (request: Request) => {
  request.headers.set('x-worker-pid', String(process.pid));
  return fetch(request);
};
const client = createPlivoClient({ authId: 'MAXXXXXXXXXXXXXXXXXX', authToken: 'test-token', baseUrl: process.env.PLIVO_URL ?? '', maxRetries: 0, fetch: fetchFromThisProcess });
const worker = campaigns.worker({
  client,
  concurrency: Number(process.env.CONCURRENCY ?? 2),
  lockDurationMs: Number(process.env.LOCK_MS ?? 30_000),
});
process.on('SIGTERM', () => {
  void worker.close().then(() => campaigns.close()).then(() => process.exit(0));
});
process.stdout.write('ready\n');
