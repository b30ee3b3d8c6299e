// Child process: a 1,000,000-recipient campaign on its own redis-server, sent by one worker in this
// process to the local 202 server (a Plivo without limits), beside sendBulk of the same numbers.
import { Redis } from 'ioredis';
import { startRedis } from '../../test/support/redis-server.js';
import { rootUrl } from './env.js';

type Root = typeof import('../../src/index.js');
type CampaignsEntry = typeof import('../../src/campaigns/index.js');

/** What the child prints. */
export interface CampaignBenchResult {
  recipients: number;
  /** Wall time of `start` (stream, check, de-duplicate, store, queue), ms. */
  startMs: number;
  /** Redis used_memory added by the started campaign, per recipient. */
  bytesPerRecipient: number;
  /** Worker CPU time (user + system) per request of 1,000 numbers, ms. */
  cpuMsPerRequest: number;
  concurrency: number;
  /** Recipients per second through the worker, start excluded. */
  recipientsPerSecond: number;
  /** sendBulk of the same numbers in one process, for comparison. */
  sendBulkRecipientsPerSecond: number;
  accepted: number;
}

const [serverUrl, recipientsArg, concurrencyArg] = process.argv.slice(2);
if (!serverUrl) throw new Error('usage: campaigns <server url> [recipients] [concurrency]');
const recipients = Number(recipientsArg ?? 1_000_000);
const concurrency = Number(concurrencyArg ?? 8);

const root = (await import(rootUrl('dist/src/index.js'))) as Root;
const { createCampaigns } = (await import(rootUrl('dist/src/campaigns/index.js'))) as CampaignsEntry;
const client = root.createPlivoClient({ authId: 'MAXXXXXXXXXXXXXXXXXX', authToken: 'bench-token', baseUrl: serverUrl, maxRetries: 0 });
const numberOf = (i: number) => `1415${String(i).padStart(7, '0')}`;
function* numbers(): Generator<string> {
  for (let i = 0; i < recipients; i += 1) yield numberOf(i);
}

const redis = await startRedis();
const probe = new Redis(redis.url);
try {
  const usedMemory = async () => Number(/used_memory:(\d+)/.exec(await probe.info('memory'))?.[1]);
  const campaigns = createCampaigns({ connection: redis.url, prefix: 'bench' });
  const before = await usedMemory();
  let started = performance.now();
  await campaigns.start({ id: 'bench', body: { src: '14155550100', text: 'Store closes at 6 today' }, recipients: numbers(), mps: Number.POSITIVE_INFINITY, requestsPer5s: 1_000_000 });
  const startMs = performance.now() - started;
  const bytesPerRecipient = ((await usedMemory()) - before) / recipients;

  const cpuBefore = process.cpuUsage();
  started = performance.now();
  const worker = campaigns.worker({ client, concurrency });
  let status = await campaigns.status('bench');
  while (status.state !== 'done') {
    await new Promise((resolve) => setTimeout(resolve, 100));
    status = await campaigns.status('bench');
  }
  const workerMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  await worker.close();
  await campaigns.close();

  const dst = Array.from({ length: recipients }, (_, i) => numberOf(i));
  started = performance.now();
  await root.sendBulk(client, { src: '14155550100', dst, text: 'Store closes at 6 today' }, { concurrency });
  const bulkMs = performance.now() - started;

  const result: CampaignBenchResult = {
    recipients,
    startMs,
    bytesPerRecipient,
    cpuMsPerRequest: (cpu.user + cpu.system) / 1000 / status.requests,
    concurrency,
    recipientsPerSecond: recipients / (workerMs / 1000),
    sendBulkRecipientsPerSecond: recipients / (bulkMs / 1000),
    accepted: status.accepted,
  };
  console.log(JSON.stringify(result));
} finally {
  probe.disconnect();
  await redis.dispose();
}
