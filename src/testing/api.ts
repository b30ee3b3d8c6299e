import type { PlivoOperation } from '../errors.js';
import { base64ToBytes, timingSafeEqual, utf8Bytes } from '../encoding.js';
import { validateListMessagesQuery } from '../validation/validate.js';
import type { AccountQueue } from './account-queue.js';
import type { Scheduler } from './clock.js';
import type { ChosenFault, FaultPlan } from './faults.js';
import type { Random } from './random.js';
import type { RateWindow } from './rate-window.js';
import { errorAnswer, json } from './responses.js';
import { checkSend } from './send.js';
import { matchesFilters, toApiMessage, type StoredMessage } from './store.js';
import type { FakeOutcome, FakeRequest, FakeStateChange } from './types.js';

/** The connection was dropped after the request was read: `fetch` rejects, a socket is reset. */
export const RESET = Symbol('reset');
/** What the simulator answers: a response, or a dropped connection. */
export type Answer = Response | typeof RESET;

/** Where the request came from, for `requester_ip`, and when its connection goes away. */
export interface RequestContext {
  remoteAddress: string;
  signal: AbortSignal;
}

/** The simulator's state that the API reads and changes. */
export interface ApiState {
  authId: string;
  authToken: string;
  scheduler: Scheduler;
  random: Random;
  rateWindow: RateWindow;
  queue: AccountQueue;
  faults: FaultPlan;
  outcomeOf: (to: string) => FakeOutcome;
  deliveryDelayMs: number;
  messages: Map<string, StoredMessage>;
  /** Messages in the order they were accepted (lists show them newest first). */
  order: StoredMessage[];
  requests: FakeRequest[];
  onAccepted: (message: StoredMessage) => void;
}

const ACCOUNT_PATH = /^\/v1\/Account\/([^/]+)\/Message\/(?:([^/]+)\/(?:(Media)\/)?)?$/;
const DEFAULT_LIMIT = 20;
const NUMERIC_QUERY = new Set(['limit', 'offset']);

interface Route {
  authId: string;
  operation: PlivoOperation;
  uuid: string | undefined;
}

function route(method: string, path: string): Route | 'unknown' | 'method' {
  const match = ACCOUNT_PATH.exec(path);
  if (!match) return 'unknown';
  const [, authId = '', uuid, media] = match;
  if (uuid === undefined) {
    if (method === 'POST') return { authId, operation: 'sendMessage', uuid };
    if (method === 'GET') return { authId, operation: 'listMessages', uuid };
    return 'method';
  }
  if (method !== 'GET') return 'method';
  return { authId, operation: media ? 'listMessageMedia' : 'getMessage', uuid: decodeURIComponent(uuid) };
}

function credentialsOf(header: string | null): { id: string; token: string } | undefined {
  const match = /^Basic\s+(\S+)\s*$/i.exec(header ?? '');
  const bytes = match ? base64ToBytes(match[1] as string) : null;
  if (bytes === null) return undefined;
  const text = new TextDecoder().decode(bytes);
  const colon = text.indexOf(':');
  return colon === -1 ? undefined : { id: text.slice(0, colon), token: text.slice(colon + 1) };
}

function sameText(a: string, b: string): boolean {
  return timingSafeEqual(utf8Bytes(a), utf8Bytes(b));
}

function corsHeaders(request: Request): Record<string, string> {
  const origin = request.headers.get('Origin');
  return origin === null ? {} : { 'Access-Control-Allow-Origin': origin, 'Access-Control-Expose-Headers': 'Retry-After', Vary: 'Origin' };
}

function withHeaders(response: Response, headers: Record<string, string>): Response {
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

/** The timeline a message will follow, planned when it is accepted. */
function plan(state: ApiState, createdAt: number, units: number, expiryMs: number, to: string): FakeStateChange[] {
  const timeline: FakeStateChange[] = [{ state: 'queued', at: createdAt }];
  const fate = state.queue.enqueue(createdAt, units, expiryMs);
  if ('expiresAt' in fate) {
    timeline.push({ state: 'failed', at: fate.expiresAt, errorCode: '420' });
    return timeline;
  }
  const outcome = state.outcomeOf(to);
  if (outcome.status === 'failed') {
    timeline.push({ state: 'failed', at: fate.leavesAt, errorCode: outcome.errorCode });
    return timeline;
  }
  timeline.push({ state: 'sent', at: fate.leavesAt });
  const receiptAt = fate.leavesAt + state.deliveryDelayMs;
  if (outcome.status === 'delivered') timeline.push({ state: 'delivered', at: receiptAt, errorCode: '000' });
  if (outcome.status === 'undelivered') timeline.push({ state: 'undelivered', at: receiptAt, errorCode: outcome.errorCode });
  return timeline;
}

const CONTENT_TYPES: Record<string, string> = { png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', gif: 'image/gif', mp4: 'video/mp4', pdf: 'application/pdf', mp3: 'audio/mpeg' };

function handleSend(state: ApiState, apiId: string, bodyText: string, contentType: string | null, remoteAddress: string): Response {
  if (!/^application\/json\b/i.test(contentType ?? '')) return errorAnswer(400, apiId, '(body): must be JSON, sent with Content-Type: application/json');
  let body: unknown;
  try {
    body = JSON.parse(bodyText);
  } catch {
    return errorAnswer(400, apiId, '(body): is not valid JSON');
  }
  const checked = checkSend(body);
  if (!checked.ok) return errorAnswer(400, apiId, checked.error);
  const send = checked.send;
  const now = state.scheduler.now();
  const uuids: string[] = [];
  for (const to of send.numbers) {
    let uuid = state.random.uuid();
    while (state.messages.has(uuid)) uuid = state.random.uuid();
    const keepMedia = send.log !== 'false' && send.type !== 'sms';
    const message: StoredMessage = {
      uuid,
      to,
      from: send.from,
      powerpackUuid: send.powerpackUuid,
      type: send.type,
      text: send.text,
      units: send.units,
      ratePerUnit: send.ratePerUnit,
      url: send.url,
      method: send.method,
      log: send.log,
      apiId,
      createdAt: now,
      timeline: plan(state, now, send.units, send.expiryMs, to),
      media: keepMedia
        ? send.mediaUrls.map((mediaUrl, index) => {
            const mediaId = state.random.uuid();
            const fileName = mediaUrl.split(/[?#]/)[0]?.split('/').pop() ?? '';
            return {
              media_id: mediaId,
              media_url: `https://media.plivo.com/Account/${state.authId}/Message/${uuid}/Media/${mediaId}`,
              content_type: CONTENT_TYPES[fileName.split('.').pop()?.toLowerCase() ?? ''] ?? 'application/octet-stream',
              message_uuid: uuid,
              size: 1024 * (index + 1),
              file_name: fileName,
              upload_time: null,
            };
          })
        : [],
      dlt: send.dlt,
      requesterIp: remoteAddress,
    };
    state.messages.set(uuid, message);
    state.order.push(message);
    uuids.push(uuid);
    state.onAccepted(message);
  }
  return json(202, { api_id: apiId, message: 'message(s) queued', message_uuid: uuids, ...(send.invalid.length > 0 ? { invalid_number: send.invalid } : {}) });
}

function handleList(state: ApiState, apiId: string, search: URLSearchParams): Response {
  const query: Record<string, unknown> = {};
  for (const [key, value] of search) query[key] = NUMERIC_QUERY.has(key) && /^\d+$/.test(value) ? Number(value) : key === 'error_code' && /^\d+$/.test(value) ? Number(value) : value;
  const checked = validateListMessagesQuery(query);
  if (!checked.ok) return errorAnswer(400, apiId, checked.issues.map((issue) => `${issue.path || '(query)'}: ${issue.message}`).join('; '));
  const limit = Number(query.limit ?? DEFAULT_LIMIT);
  const offset = Number(query.offset ?? 0);
  const now = state.scheduler.now();
  const filters = new Map([...search].filter(([key]) => !NUMERIC_QUERY.has(key)));
  const matching = [];
  for (let i = state.order.length - 1; i >= 0; i -= 1) {
    const stored = state.order[i] as StoredMessage;
    const message = toApiMessage(stored, state.authId, now);
    if (matchesFilters(message, stored.createdAt, filters)) matching.push(message);
  }
  const page = (at: number) => {
    const params = new URLSearchParams([['limit', String(limit)], ['offset', String(at)], ...filters]);
    return `/v1/Account/${state.authId}/Message/?${params.toString()}`;
  };
  return json(200, {
    api_id: apiId,
    meta: {
      limit,
      offset,
      next: offset + limit < matching.length ? page(offset + limit) : null,
      previous: offset > 0 ? page(Math.max(0, offset - limit)) : null,
      total_count: matching.length,
    },
    objects: matching.slice(offset, offset + limit),
  });
}

/** Whether the answer to a request is still to be worked out, or was decided by the request's fault. */
function faultAnswer(fault: ChosenFault, apiId: string): Answer | undefined {
  if (fault.kind === 'rate-limit') return errorAnswer(429, apiId, 'too many requests', { 'Retry-After': String(fault.retryAfterSeconds) });
  if (fault.processed) return undefined;
  return fault.kind === 'reset' ? RESET : errorAnswer(fault.status, apiId, 'internal server error');
}

/** The answer a processed request gets instead of its real one. */
async function spoil(fault: ChosenFault, answer: Response, apiId: string, signal: AbortSignal): Promise<Answer> {
  switch (fault.kind) {
    case 'server-error':
      return errorAnswer(fault.status, apiId, 'internal server error');
    case 'reset':
      return RESET;
    case 'empty-body':
      return new Response(null, { status: answer.status, headers: answer.headers });
    case 'malformed-body': {
      const text = await answer.text();
      return new Response(text.slice(0, Math.floor(text.length / 2)), { status: answer.status, headers: answer.headers });
    }
    case 'stalled-body': {
      await answer.body?.cancel();
      // The status line and headers go out; the body never comes until the caller gives up.
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          // The body fails as a network read would; the client under test turns that into its own error.
          const fail = () => controller.error(signal.reason ?? new Error('the request was aborted'));
          if (signal.aborted) fail();
          else signal.addEventListener('abort', fail, { once: true });
        },
      });
      return new Response(body, { status: answer.status, headers: answer.headers });
    }
    default:
      return answer;
  }
}

/** The simulator's HTTP behaviour: one function from a request to Plivo's answer. */
export function createApi(state: ApiState): (request: Request, context: RequestContext) => Promise<Answer> {
  const answer = async (request: Request, context: RequestContext, entry: FakeRequest, bodyText: string): Promise<Answer> => {
    const apiId = state.random.uuid();
    const method = request.method.toUpperCase();
    if (method === 'OPTIONS') {
      return new Response(null, {
        status: 204,
        headers: {
          'Access-Control-Allow-Methods': 'GET, POST',
          'Access-Control-Allow-Headers': request.headers.get('Access-Control-Request-Headers') ?? 'Authorization, Content-Type',
          'Access-Control-Max-Age': '600',
        },
      });
    }
    const url = new URL(request.url);
    const target = route(method, url.pathname);
    if (target === 'unknown') return errorAnswer(404, apiId, 'not found');
    if (target === 'method') return errorAnswer(405, apiId, `method ${method} not allowed`);
    entry.operation = target.operation;

    const fault = state.faults.pick(target.operation);
    entry.fault = fault?.kind;
    const early = fault && faultAnswer(fault, apiId);
    if (early !== undefined) return early;

    const credentials = credentialsOf(request.headers.get('Authorization'));
    if (credentials === undefined) return json(401, { error: 'authentication credentials were not provided' });
    if (!sameText(credentials.id, state.authId) || !sameText(credentials.token, state.authToken)) return errorAnswer(401, apiId, 'authentication failed');
    if (target.authId !== state.authId) return errorAnswer(401, apiId, 'the auth_id in the path does not match the credentials');

    const waitMs = state.rateWindow.admit(state.scheduler.now());
    if (waitMs > 0) return errorAnswer(429, apiId, 'too many requests', { 'Retry-After': String(Math.max(1, Math.ceil(waitMs / 1000))) });

    let real: Response;
    if (target.operation === 'sendMessage') {
      real = handleSend(state, apiId, bodyText, request.headers.get('Content-Type'), context.remoteAddress);
    } else if (target.operation === 'listMessages') {
      real = handleList(state, apiId, url.searchParams);
    } else {
      const stored = state.messages.get(target.uuid as string);
      if (stored === undefined) real = errorAnswer(404, apiId, 'not found');
      else if (target.operation === 'getMessage') real = json(200, { api_id: apiId, ...toApiMessage(stored, state.authId, state.scheduler.now()) });
      else real = json(200, { api_id: apiId, message_uuid: stored.uuid, objects: stored.media });
    }
    return fault ? spoil(fault, real, apiId, context.signal) : real;
  };

  return async (request, context) => {
    const url = new URL(request.url);
    const bodyText = request.body === null ? '' : await request.text();
    const entry: FakeRequest = {
      method: request.method.toUpperCase(),
      path: url.pathname,
      query: url.search.slice(1),
      body: bodyText,
      time: state.scheduler.now(),
      operation: undefined,
      status: undefined,
      fault: undefined,
    };
    state.requests.push(entry);
    const result = await answer(request, context, entry, bodyText);
    if (result === RESET) {
      entry.status = 'reset';
      return RESET;
    }
    entry.status = result.status;
    return withHeaders(result, corsHeaders(request));
  };
}
