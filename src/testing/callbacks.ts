import { PLIVO_SIGNATURE_HEADERS as H } from '../webhooks/headers.js';
import { signCallbackV2 } from '../webhooks/signature-v2.js';
import { signCallbackV3 } from '../webhooks/signature-v3.js';
import type { Random } from './random.js';
import type { Scheduler } from './clock.js';
import type { StoredMessage } from './store.js';
import { callbackTime } from './times.js';
import type { FakeCallbackAttempt, FakeStateChange } from './types.js';

/** Plivo retries a callback that did not get a 200 three times: 60 s after the first try, then 120 s, then 240 s. */
export const CALLBACK_RETRY_DELAYS_MS: readonly number[] = [60_000, 120_000, 240_000];

/** The signature versions the simulator puts on its callbacks. */
export type SignatureVersion = 'v3' | 'v2';

/** What the callback sender needs from the simulator. */
export interface CallbackSenderOptions {
  authToken: string;
  deliver: (request: Request) => Promise<Response>;
  scheduler: Scheduler;
  random: Random;
  signatures: readonly SignatureVersion[];
  timeoutMs: number;
  concurrency: number;
  record: (attempt: FakeCallbackAttempt) => void;
}

/** The form fields of one status callback, every value a string as Plivo sends them. */
export function callbackFields(message: StoredMessage, change: FakeStateChange, sequence: number): Record<string, string> {
  const at = (state: string) => message.timeline.find((step) => step.state === state);
  const charged = change.state !== 'queued' && change.state !== 'failed';
  const fields: Record<string, string> = {
    MessageUUID: message.uuid,
    ParentMessageUUID: message.uuid,
    PartInfo: '1 of 1',
    To: message.to,
    From: message.from ?? '',
    Type: message.type,
    Status: change.state,
    Sequence: String(sequence),
    Units: String(message.units),
    TotalRate: message.ratePerUnit.toFixed(5),
    TotalAmount: (charged ? message.ratePerUnit * message.units : 0).toFixed(5),
    ErrorCode: change.errorCode ?? '',
    MessageTime: callbackTime(message.createdAt),
    QueuedTime: callbackTime(message.createdAt),
    requester_ip: message.requesterIp,
    PowerpackUUID: message.powerpackUuid ?? '',
  };
  const sent = at('sent');
  if (sent !== undefined && change.state !== 'queued' && sent.at <= change.at) fields.SentTime = callbackTime(sent.at);
  if (change.state === 'delivered' || change.state === 'undelivered') fields.DeliveryReportTime = callbackTime(change.at);
  return fields;
}

/** A URL with fields added to its query, after its own parameters (`?` or `&` as needed). */
function withQuery(url: string, fields: Record<string, string>): string {
  const hash = url.indexOf('#');
  const base = hash === -1 ? url : url.slice(0, hash);
  const query = new URLSearchParams(fields).toString();
  const separator = !base.includes('?') ? '?' : base.endsWith('?') || base.endsWith('&') ? '' : '&';
  return `${base}${separator}${query}`;
}

/** Builds the signed request Plivo would send for these fields. */
export async function buildCallbackRequest(
  url: string,
  method: 'GET' | 'POST',
  fields: Record<string, string>,
  authToken: string,
  random: Random,
  signatures: readonly SignatureVersion[],
): Promise<Request> {
  const headers = new Headers({ 'User-Agent': 'PlivoHTTPCallback' });
  if (signatures.includes('v3')) {
    const nonce = random.digits(20);
    headers.set(H.v3, await signCallbackV3({ url, method, params: fields, nonce, authToken }));
    headers.set(H.v3Nonce, nonce);
  }
  if (signatures.includes('v2')) {
    const nonce = random.digits(20);
    headers.set(H.v2, await signCallbackV2({ url, nonce, authToken }));
    headers.set(H.v2Nonce, nonce);
  }
  if (method === 'GET') return new Request(withQuery(url, fields), { method, headers });
  headers.set('Content-Type', 'application/x-www-form-urlencoded');
  return new Request(url, { method, headers, body: new URLSearchParams(fields).toString() });
}

function describeFailure(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = (error as { cause?: unknown }).cause;
  const code = cause && typeof cause === 'object' ? (cause as { code?: unknown }).code : undefined;
  return typeof code === 'string' ? `${error.message} (${code})` : error.message;
}

/**
 * Sends each status change of a message with a `url` to that URL, signed, at the simulated time of
 * the change; retries a non-200 answer (or no answer) after 60, 120 and 240 s of simulated time. The
 * callbacks of one message go out one after the other, in `Sequence` order; different messages'
 * callbacks overlap up to `concurrency`.
 */
export function createCallbackSender(options: CallbackSenderOptions): (message: StoredMessage) => void {
  let active = 0;
  const waiting: Array<() => void> = [];
  const acquire = async () => {
    if (active < options.concurrency) {
      active += 1;
      return;
    }
    await new Promise<void>((resolve) => waiting.push(resolve));
  };
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else active -= 1;
  };

  const attempt = async (message: StoredMessage, change: FakeStateChange, sequence: number, attemptNumber: number): Promise<void> => {
    const url = message.url as string;
    const fields = callbackFields(message, change, sequence);
    const request = await buildCallbackRequest(url, message.method, fields, options.authToken, options.random, options.signatures);
    const at = options.scheduler.now();
    let responseStatus: number | undefined;
    let error: string | undefined;
    await acquire();
    try {
      const signal = AbortSignal.timeout(options.timeoutMs);
      const response = await Promise.race([
        options.deliver(request),
        new Promise<never>((_, reject) => signal.addEventListener('abort', () => reject(new Error(`no answer within ${options.timeoutMs} ms`)), { once: true })),
      ]);
      responseStatus = response.status;
      await response.body?.cancel().catch(() => undefined);
    } catch (failure) {
      error = describeFailure(failure);
    } finally {
      release();
    }
    options.record({ messageUuid: message.uuid, status: change.state, sequence, attempt: attemptNumber, url: request.url, method: message.method, at, responseStatus, error });
    const delay = CALLBACK_RETRY_DELAYS_MS[attemptNumber];
    if (responseStatus !== 200 && delay !== undefined) {
      options.scheduler.at(at + delay, () => attempt(message, change, sequence, attemptNumber + 1));
    }
  };

  return (message) => {
    if (message.url === null) return;
    // One chain per message keeps its callbacks in order even when they fall on the same instant.
    let chain: Promise<void> = Promise.resolve();
    message.timeline.forEach((change, index) => {
      options.scheduler.at(change.at, () => {
        chain = chain.then(() => attempt(message, change, index + 1, 0));
        return chain;
      });
    });
  };
}
