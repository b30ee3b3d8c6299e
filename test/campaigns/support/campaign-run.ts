import type { Campaigns, CampaignReportRow, CampaignStatus } from '../../../src/campaigns/index.js';
import { waitFor } from './wait.js';

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
