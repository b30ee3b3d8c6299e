/** Query parameters each request adds to the campaign's status URL. */
const CAMPAIGN_PARAM = 'campaign';
const REQUEST_PARAM = 'request';

/**
 * The status URL of one request: the campaign's `url` with the campaign id and request index in
 * its query. Plivo calls it as given and signs it as given, so signature checks keep working.
 */
export function requestCallbackUrl(base: string, campaign: string, request: number): string {
  const url = new URL(base);
  url.searchParams.set(CAMPAIGN_PARAM, campaign);
  url.searchParams.set(REQUEST_PARAM, String(request));
  return url.toString();
}

/** The campaign and request a status callback belongs to, read from the URL Plivo called; undefined when it carries none. */
export function callbackTarget(url: string | URL): { campaign: string; request: number } | undefined {
  const parsed = typeof url === 'string' ? new URL(url, 'http://localhost') : url;
  const campaign = parsed.searchParams.get(CAMPAIGN_PARAM);
  const request = Number(parsed.searchParams.get(REQUEST_PARAM) ?? '');
  if (campaign === null || campaign === '' || !Number.isInteger(request) || request < 0) return undefined;
  return { campaign, request };
}
