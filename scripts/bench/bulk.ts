// Child process: one sendBulk of many distinct recipients against the local 202 server, in a plain
// Node process so its peak RSS is the library's and the input's, nothing else's.
import { rootUrl } from './env.js';

type Root = typeof import('../../src/index.js');
type SendBulkModule = typeof import('../../src/bulk/send-bulk.js');

/** What the child prints. */
export interface BulkResult {
  recipients: number;
  concurrency: number;
  wallMs: number;
  requests: number;
  requestsPerSecond: number;
  recipientsPerSecond: number;
  acceptedRecipients: number;
  failedRequests: number;
  /** RSS before the input is built, MB. */
  startRssMb: number;
  /** process.resourceUsage().maxRSS at the end, MB. */
  peakRssMb: number;
}

const [serverUrl, recipientsArg, concurrencyArg] = process.argv.slice(2);
if (!serverUrl) throw new Error('usage: bulk <server url> [recipients] [concurrency]');
const recipients = Number(recipientsArg ?? 100_000);
const concurrency = Number(concurrencyArg ?? 4);

const startRssMb = process.memoryUsage().rss / 1024 ** 2;
const root = (await import(rootUrl('dist/src/index.js'))) as Root & SendBulkModule;
const { sendBulk } = root;

const plivo = root.createPlivoClient({ authId: 'MAXXXXXXXXXXXXXXXXXX', authToken: 'bench-token', baseUrl: serverUrl });
const dst = Array.from({ length: recipients }, (_, i) => `1415${String(i).padStart(7, '0')}`);

const started = performance.now();
const outcome = await sendBulk(plivo, { src: '14155550100', dst, text: 'Store closes at 6 today' }, { concurrency });
const wallMs = performance.now() - started;

const result: BulkResult = {
  recipients,
  concurrency,
  wallMs,
  requests: outcome.requests,
  requestsPerSecond: outcome.requests / (wallMs / 1000),
  recipientsPerSecond: recipients / (wallMs / 1000),
  acceptedRecipients: outcome.acceptedRecipients,
  failedRequests: outcome.failed.length,
  startRssMb,
  peakRssMb: process.resourceUsage().maxRSS / 1024,
};
console.log(JSON.stringify(result));
