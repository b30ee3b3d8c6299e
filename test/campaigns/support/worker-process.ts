// A campaign worker in its own process, as users run it: `node --import tsx worker-process.ts`.
// Settings come from the environment; it prints "ready" once started and closes on SIGTERM.
import { createCampaigns } from '../../../src/campaigns/index.js';
import { createPlivoClient } from '../../../src/index.js';

const campaigns = createCampaigns({ connection: process.env.REDIS_URL ?? '', prefix: process.env.CAMPAIGN_PREFIX ?? 'plivo' });
const client = createPlivoClient({
  authId: process.env.AUTH_ID ?? 'MAXXXXXXXXXXXXXXXXXX',
  authToken: process.env.AUTH_TOKEN ?? 'test-token',
  baseUrl: process.env.PLIVO_URL ?? '',
  maxRetries: 0,
  timeoutMs: Number(process.env.TIMEOUT_MS ?? 30_000),
});
const worker = campaigns.worker({
  client,
  // Stored on each job it takes, so a test can tell which requests a killed worker had in flight.
  name: `pid-${process.pid}`,
  concurrency: Number(process.env.CONCURRENCY ?? 2),
  lockDurationMs: Number(process.env.LOCK_MS ?? 30_000),
});
process.on('SIGTERM', () => {
  void worker.close().then(() => campaigns.close()).then(() => process.exit(0));
});
process.stdout.write('ready\n');
