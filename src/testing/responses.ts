/** Answers the simulator gives, in Plivo's shapes. */

const JSON_HEADERS = { 'Content-Type': 'application/json' };

/** A JSON answer. */
export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { ...JSON_HEADERS, ...headers } });
}

/** Plivo's error shape, `{ api_id, error }`. */
export function errorAnswer(status: number, apiId: string, error: string, headers: Record<string, string> = {}): Response {
  return json(status, { api_id: apiId, error }, headers);
}
