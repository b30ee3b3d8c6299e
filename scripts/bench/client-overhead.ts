// Child process: times one send per variant per round against the local 202 server, rotating the
// order every round so that no variant always follows the same one (connection reuse, GC, JIT).
import createClient from 'openapi-fetch';
import type { paths } from '../../generated/schema.js';
import { SMS_BODY } from './bodies.js';
import { median, rootRequire, rootUrl } from './env.js';

type Root = typeof import('../../src/index.js');
interface SdkClient {
  messages: { create(params: Record<string, unknown>): Promise<{ messageUuid: string[] }> };
}

/** What the child prints. */
export interface ClientOverheadResult {
  rounds: number;
  /** Median µs per request, by variant. */
  medianUs: Record<'fetch' | 'fetchNoRedirects' | 'openapiFetch' | 'ours' | 'oursNoValidation' | 'sdk', number>;
  /** ours / fetch. */
  oursVsFetch: number;
  /** ours / fetch with `redirect: 'error'`, as the client sends (Node's fetch then skips copying the request). */
  oursVsFetchNoRedirects: number;
  /** ours with `validate: false` / fetch. */
  oursNoValidationVsFetch: number;
  /** openapi-fetch alone (what the client is built on, no validation, no transport) / fetch. */
  openapiFetchVsFetch: number;
  /** sdk / ours. */
  sdkVsOurs: number;
}

const [serverUrl, roundsArg] = process.argv.slice(2);
if (!serverUrl) throw new Error('usage: client-overhead <server url> [rounds]');
const rounds = Number(roundsArg ?? 2000);
const warmupRounds = 300;

const root = (await import(rootUrl('dist/src/index.js'))) as Root;
const { Client } = rootRequire('plivo') as { Client: new (authId: string, authToken: string, options: Record<string, unknown>) => SdkClient };

const authId = 'MAXXXXXXXXXXXXXXXXXX';
const authToken = 'bench-token';
const ours = root.createPlivoClient({ authId, authToken, baseUrl: serverUrl });
const oursNoValidation = root.createPlivoClient({ authId, authToken, baseUrl: serverUrl, validate: false });
// `url` replaces the SDK's https://api.plivo.com/v1/Account/<authId> prefix of every resource path.
const sdk = new Client(authId, authToken, { url: `${serverUrl}/v1/Account/${authId}` });

const sendUrl = `${serverUrl}/v1/Account/${authId}/Message/`;
const authorization = `Basic ${btoa(`${authId}:${authToken}`)}`;

// The floor: what any hand-written integration has to do for the same request and answer.
async function rawFetch(redirect: RequestRedirect = 'follow'): Promise<unknown> {
  const response = await fetch(sendUrl, {
    method: 'POST',
    headers: { authorization, 'content-type': 'application/json', accept: 'application/json', 'user-agent': 'bench' },
    body: JSON.stringify(SMS_BODY),
    redirect,
  });
  if (response.status !== 202) throw new Error(`fetch got ${response.status}`);
  return ((await response.json()) as { message_uuid: string[] }).message_uuid;
}

const bare = createClient<paths>({ baseUrl: serverUrl });
const headers = { authorization, accept: 'application/json', 'user-agent': 'bench' };

const variants = {
  fetch: () => rawFetch(),
  fetchNoRedirects: () => rawFetch('error'),
  openapiFetch: async () => {
    const { data, response } = await bare.POST('/v1/Account/{auth_id}/Message/', { params: { path: { auth_id: authId } }, body: SMS_BODY, headers });
    if (response.status !== 202) throw new Error(`openapi-fetch got ${response.status}`);
    return data;
  },
  ours: () => ours.messages.send(SMS_BODY),
  oursNoValidation: () => oursNoValidation.messages.send(SMS_BODY),
  sdk: () => sdk.messages.create({ ...SMS_BODY }),
} as const;
type Variant = keyof typeof variants;
const names = Object.keys(variants) as Variant[];
const samples: Record<Variant, number[]> = { fetch: [], fetchNoRedirects: [], openapiFetch: [], ours: [], oursNoValidation: [], sdk: [] };

for (let round = 0; round < warmupRounds + rounds; round += 1) {
  for (let i = 0; i < names.length; i += 1) {
    const name = names[(i + round) % names.length]!;
    const started = performance.now();
    await variants[name]();
    const elapsed = performance.now() - started;
    if (round >= warmupRounds) samples[name].push(elapsed * 1000);
  }
}

const medianUs = {
  fetch: median(samples.fetch),
  fetchNoRedirects: median(samples.fetchNoRedirects),
  openapiFetch: median(samples.openapiFetch),
  ours: median(samples.ours),
  oursNoValidation: median(samples.oursNoValidation),
  sdk: median(samples.sdk),
};
const result: ClientOverheadResult = {
  rounds,
  medianUs,
  oursVsFetch: medianUs.ours / medianUs.fetch,
  oursVsFetchNoRedirects: medianUs.ours / medianUs.fetchNoRedirects,
  oursNoValidationVsFetch: medianUs.oursNoValidation / medianUs.fetch,
  openapiFetchVsFetch: medianUs.openapiFetch / medianUs.fetch,
  sdkVsOurs: medianUs.sdk / medianUs.ours,
};
console.log(JSON.stringify(result));
// The SDK's keep-alive agent would hold the process open.
process.exit(0);
