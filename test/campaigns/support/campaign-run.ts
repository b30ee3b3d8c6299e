import type { Campaigns, CampaignReportRow, CampaignStatus } from '../../../src/campaigns/index.js';
import { createPlivoClient, type PlivoClient } from '../../../src/index.js';
import { waitFor } from './wait.js';

/** A client for the Plivo stand-in at `url`, without retries of its own as campaign workers want. */
export function standInClient(url: string): PlivoClient {
  return createPlivoClient({ authId: 'MAXXXXXXXXXXXXXXXXXX', authToken: 'test-token', baseUrl: url, maxRetries: 0 });
}

/** Waits until campaign `id` is in `state` (default done) and returns its status. */
export function waitForState(campaigns: Campaigns, id: string, state: CampaignStatus['state'] = 'done', limitMs = 90_000): Promise<CampaignStatus> {
  return waitFor(`campaign ${id} to be ${state}`, async () => {
    const status = await campaigns.status(id);
    return status.state === state ? status : undefined;
  }, limitMs);
}

/** Every report row of campaign `id`. */
export async function reportOf(campaigns: Campaigns, id: string): Promise<CampaignReportRow[]> {
  const rows: CampaignReportRow[] = [];
  for await (const row of campaigns.report(id)) rows.push(row);
  return rows;
}
