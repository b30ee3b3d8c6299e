// `npm run bench`: measures the published build (dist/) against its baselines and the official
// `plivo` SDK, prints a table and writes bench/results.json. Each ratio comes from one run in which
// both sides were measured; the network benches use a local 202 server in its own process.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BulkResult } from './bench/bulk.js';
import type { CampaignBenchResult } from './bench/campaigns.js';
import { benchBundleSize } from './bench/bundle-size.js';
import type { ClientOverheadResult } from './bench/client-overhead.js';
import { benchColdImport } from './bench/cold-import.js';
import { ensureDist, machineInfo, ROOT, runTs, spawnTs, times } from './bench/env.js';
import { benchValidation } from './bench/validation.js';

interface Row {
  measurement: string;
  ours: string;
  baseline: string;
  ratio: string;
  goal: string;
  met: boolean | null;
}

const GOALS = {
  validationSpeedup: 40,
  coldImportSpeedup: 15,
  clientOverheadMax: 1.15,
  bulkMaxMs: 3000,
  bulkMaxRssMb: 150,
  campaignStartMaxMs: 10_000,
  campaignMaxBytesPerRecipient: 200,
} as const;

const us = (value: number) => `${value.toFixed(0)} µs`;
const ns = (value: number) => (value >= 1000 ? `${(value / 1000).toFixed(2)} µs` : `${value.toFixed(0)} ns`);
const faster = (ratio: number) => (ratio >= 1 ? `${times(ratio)} faster` : `${times(1 / ratio)} slower`);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

ensureDist();
const machine = machineInfo();
console.log(`Bench on ${machine.cpu} (${machine.cores} cores, load ${machine.loadAverage1m}), Node ${machine.node}, ${machine.date}\n`);

console.log('1/5 validation (tinybench, ~10 s)');
const validation = await benchValidation();
console.log('2/5 cold import (fresh processes)');
const coldImport = benchColdImport(15);
console.log('3/5 bundle size (esbuild)');
const bundle = await benchBundleSize();

const server = await spawnTs('scripts/bench/server.ts', []);
let client: ClientOverheadResult;
let bulk: BulkResult;
let campaigns: CampaignBenchResult;
try {
  const { url } = (await server.firstJson) as { url: string };
  console.log('4/5 client overhead (2,000 rounds x 6 variants)');
  client = await runTs<ClientOverheadResult>('scripts/bench/client-overhead.ts', [url, '2000']);
  console.log('5/5 bulk send (100,000 recipients)');
  bulk = await runTs<BulkResult>('scripts/bench/bulk.ts', [url, '100000', '4']);
  console.log('+ campaigns (1,000,000 recipients, own redis-server)');
  campaigns = await runTs<CampaignBenchResult>('scripts/bench/campaigns.ts', [url, '1000000', '8']);
} finally {
  server.stop();
  await server.exited;
}

const v = validation.nsPerOp;
const n = (name: string) => v[name] ?? Number.NaN;
const rows: Row[] = [
  {
    measurement: '1. Validate WhatsApp template body',
    ours: ns(n('ours: template body')),
    baseline: `${ns(n('sdk: validate isTemplate'))} (SDK validate isTemplate)`,
    ratio: faster(validation.templateRatio),
    goal: `≥ ${GOALS.validationSpeedup}×`,
    met: validation.templateRatio >= GOALS.validationSpeedup,
  },
  {
    measurement: '   of which: generated schema check / extra rules',
    ours: `${ns(n('ours: template body, schema only'))} / ${ns(n('ours: template body, rules only'))}`,
    baseline: '-',
    ratio: '-',
    goal: '-',
    met: null,
  },
  {
    measurement: '   same body, vs the SDK Joi template schema alone',
    ours: ns(n('ours: template body')),
    baseline: `${ns(n('sdk: Joi template schema alone'))} (Joi schema.validate)`,
    ratio: faster(validation.joiOnlyRatio),
    goal: '-',
    met: null,
  },
  {
    measurement: '   Validate SMS body (schema / rules)',
    ours: `${ns(n('ours: sms body'))} (${ns(n('ours: sms body, schema only'))} / ${ns(n('ours: sms body, rules only'))})`,
    baseline: '-',
    ratio: '-',
    goal: '-',
    met: null,
  },
  { measurement: '   Validate MMS body', ours: ns(n('ours: mms body')), baseline: '-', ratio: '-', goal: '-', met: null },
  { measurement: '   Validate WhatsApp interactive body', ours: ns(n('ours: interactive body')), baseline: '-', ratio: '-', goal: '-', met: null },
  {
    measurement: `2. Cold import (median of ${coldImport.processes} processes)`,
    ours: `${coldImport.medianMs.ours.toFixed(1)} ms`,
    baseline: `${coldImport.medianMs.sdk.toFixed(1)} ms (import('plivo'))`,
    ratio: faster(coldImport.ratio),
    goal: `≥ ${GOALS.coldImportSpeedup}×`,
    met: coldImport.ratio >= GOALS.coldImportSpeedup,
  },
  {
    measurement: `   same, less an empty module's ${coldImport.medianMs.emptyModule.toFixed(1)} ms`,
    ours: `${(coldImport.medianMs.ours - coldImport.medianMs.emptyModule).toFixed(1)} ms`,
    baseline: `${(coldImport.medianMs.sdk - coldImport.medianMs.emptyModule).toFixed(1)} ms`,
    ratio: faster(coldImport.ratioNetOfLoader),
    goal: '-',
    met: null,
  },
  {
    measurement: '3. Bundle, minified + gzip',
    ours: `${kb(bundle.ours.gzip)} (browser; ${kb(bundle.ours.minified)} min)`,
    baseline: `${kb(bundle.sdk.gzip)} (SDK for Node; ${kb(bundle.sdk.minified)} min)`,
    ratio: `${times(bundle.ratio)} smaller`,
    goal: '-',
    met: null,
  },
  {
    measurement: `4. messages.send vs raw fetch (median of ${client.rounds})`,
    ours: us(client.medianUs.ours),
    baseline: `${us(client.medianUs.fetch)} (fetch)`,
    ratio: times(client.oursVsFetch),
    goal: `≤ ${GOALS.clientOverheadMax}×`,
    met: client.oursVsFetch <= GOALS.clientOverheadMax,
  },
  {
    measurement: "   vs fetch with redirect: 'error', as the client sends",
    ours: us(client.medianUs.ours),
    baseline: `${us(client.medianUs.fetchNoRedirects)} (fetch)`,
    ratio: times(client.oursVsFetchNoRedirects),
    goal: '-',
    met: null,
  },
  {
    measurement: '   same with validate: false',
    ours: us(client.medianUs.oursNoValidation),
    baseline: `${us(client.medianUs.fetch)} (fetch)`,
    ratio: times(client.oursNoValidationVsFetch),
    goal: '-',
    met: null,
  },
  {
    measurement: '   bare openapi-fetch POST (what the client wraps)',
    ours: us(client.medianUs.openapiFetch),
    baseline: `${us(client.medianUs.fetch)} (fetch)`,
    ratio: times(client.openapiFetchVsFetch),
    goal: '-',
    met: null,
  },
  {
    measurement: '   messages.send vs SDK messages.create',
    ours: us(client.medianUs.ours),
    baseline: `${us(client.medianUs.sdk)} (SDK)`,
    ratio: faster(client.sdkVsOurs),
    goal: '-',
    met: null,
  },
  {
    measurement: `5. sendBulk ${bulk.recipients.toLocaleString('en-US')} recipients, concurrency ${bulk.concurrency}`,
    ours: `${(bulk.wallMs / 1000).toFixed(2)} s, ${bulk.requests} requests, ${bulk.requestsPerSecond.toFixed(0)} req/s`,
    baseline: '-',
    ratio: '-',
    goal: `< ${GOALS.bulkMaxMs / 1000} s`,
    met: bulk.wallMs < GOALS.bulkMaxMs && bulk.failedRequests === 0 && bulk.acceptedRecipients === bulk.recipients,
  },
  {
    measurement: '   peak RSS of that process',
    ours: `${bulk.peakRssMb.toFixed(0)} MB (${bulk.startRssMb.toFixed(0)} MB at start)`,
    baseline: '-',
    ratio: '-',
    goal: `< ${GOALS.bulkMaxRssMb} MB`,
    met: bulk.peakRssMb < GOALS.bulkMaxRssMb,
  },
  {
    measurement: `6. Campaign start, ${campaigns.recipients.toLocaleString('en-US')} recipients`,
    ours: `${(campaigns.startMs / 1000).toFixed(2)} s`,
    baseline: '-',
    ratio: '-',
    goal: `< ${GOALS.campaignStartMaxMs / 1000} s`,
    met: campaigns.startMs < GOALS.campaignStartMaxMs,
  },
  {
    measurement: '   Redis memory per recipient after start',
    ours: `${campaigns.bytesPerRecipient.toFixed(1)} B`,
    baseline: '-',
    ratio: '-',
    goal: `< ${GOALS.campaignMaxBytesPerRecipient} B`,
    met: campaigns.bytesPerRecipient < GOALS.campaignMaxBytesPerRecipient,
  },
  {
    measurement: '   worker CPU per request of 1,000 numbers',
    ours: `${campaigns.cpuMsPerRequest.toFixed(2)} ms`,
    baseline: '-',
    ratio: '-',
    goal: '-',
    met: null,
  },
  {
    measurement: `   throughput, 1 worker, concurrency ${campaigns.concurrency}, no limits`,
    ours: `${campaigns.recipientsPerSecond.toFixed(0)} recipients/s`,
    baseline: `${campaigns.sendBulkRecipientsPerSecond.toFixed(0)} recipients/s (sendBulk)`,
    ratio: times(campaigns.recipientsPerSecond / campaigns.sendBulkRecipientsPerSecond),
    goal: '-',
    met: campaigns.accepted === campaigns.recipients ? null : false,
  },
];

const header = ['measurement', 'ours', 'baseline', 'ratio', 'goal', 'met'];
const cells = rows.map((r) => [r.measurement, r.ours, r.baseline, r.ratio, r.goal, r.met === null ? '' : r.met ? 'yes' : 'NO']);
// Unpadded, as the README holds it: the README ships in the package, whose size is budgeted, and
// Markdown renders the table the same without the alignment.
const line = (c: string[]) => `| ${c.join(' | ')} |`;
console.log(`\n${line(header)}\n|${header.map(() => '---').join('|')}|\n${cells.map(line).join('\n')}`);

mkdirSync(join(ROOT, 'bench'), { recursive: true });
const file = join(ROOT, 'bench/results.json');
writeFileSync(file, `${JSON.stringify({ machine, goals: GOALS, rows, validation, coldImport, bundle, client, bulk, campaigns }, null, 2)}\n`);
console.log(`\nWrote ${file}`);
