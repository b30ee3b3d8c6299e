import type { Client } from 'openapi-fetch';
import type { components, paths } from '../../generated/schema.js';
import { asPlivoError, PlivoApiError, PlivoValidationError, type PlivoOperation } from '../errors.js';
import { validateListMessagesQuery, validateSendMessageRequest, type ListMessagesQuery, type SendMessageRequest } from '../validation/validate.js';
import { parseAnswer } from './answers.js';
import { redactHeaders } from '../redact.js';
import { parseRetryAfter } from './retry-policy.js';

/** The 202 answer to a send: one message UUID per valid destination, and the rejected numbers. */
export type SendMessageResponse = components['schemas']['SendMessageResponse'];
/** A message as Plivo stores it. */
export type Message = components['schemas']['Message'];
/** One page of messages. */
export type MessageList = components['schemas']['MessageList'];
/** The media of a message. */
export type MessageMediaList = components['schemas']['MessageMediaList'];

/** Per-call options. */
export interface RequestOptions {
  /** Cancels the call (and any wait before a retry). */
  signal?: AbortSignal | undefined;
}

/** The message operations of a {@link PlivoClient}. */
export interface MessagesApi {
  /**
   * Sends a message (SMS, MMS or WhatsApp; one destination or up to 1,000 `<`-joined). Validates
   * first unless the client was created with `validate: false`: an invalid body throws
   * PlivoValidationError and nothing is sent. Resolves to the 202 body. Never repeated after a
   * timeout or a 5xx, which throw with `maybeSent: true`.
   * @example await plivo.messages.send({ src: '14155550100', dst: '14155550123', text: 'Hello' })
   */
  send(body: SendMessageRequest, options?: RequestOptions): Promise<SendMessageResponse>;
  /** Reads one message by UUID. Throws PlivoNotFoundError when there is none. */
  get(messageUuid: string, options?: RequestOptions): Promise<Message>;
  /** One page of messages (at most 20), newest first, filtered by `query`. */
  list(query?: ListMessagesQuery, options?: RequestOptions): Promise<MessageList>;
  /**
   * Every message matching `query`, page after page (following `meta.next`), fetched lazily.
   * @example for await (const message of plivo.messages.iterate({ message_state: 'failed' })) console.log(message.message_uuid)
   */
  iterate(query?: ListMessagesQuery, options?: RequestOptions): AsyncIterableIterator<Message>;
  /** The media attached to an MMS or WhatsApp message (empty when it was sent with `log` false). */
  listMedia(messageUuid: string, options?: RequestOptions): Promise<MessageMediaList>;
}

/** A body with every secret removed, whatever its shape (a server may echo credentials back). */
function redactBody(body: unknown, redact: (text: string) => string): unknown {
  if (typeof body === 'string') return redact(body);
  if (body === null || typeof body !== 'object') return body;
  const text = JSON.stringify(body);
  const clean = redact(text);
  return clean === text ? body : (JSON.parse(clean) as unknown);
}

function apiError(operation: PlivoOperation, response: Response, body: unknown, redact: (text: string) => string): PlivoApiError {
  return PlivoApiError.generate({
    status: response.status,
    operation,
    body: redactBody(body, redact),
    headers: redactHeaders(response.headers, redact),
    retryAfterMs: parseRetryAfter(response.headers.get('retry-after')),
  });
}


/** `meta.next` is a relative URI such as `/v1/Account/MA…/Message/?limit=20&offset=20`; keep its query. */
function nextQuery(next: string | null | undefined, current: ListMessagesQuery): ListMessagesQuery | undefined {
  if (!next) return undefined;
  const params = new URL(next, 'https://api.plivo.com').searchParams;
  const offset = Number(params.get('offset'));
  if (!Number.isInteger(offset) || offset <= (current.offset ?? 0)) return undefined;
  const query: Record<string, unknown> = { ...current, offset };
  const limit = Number(params.get('limit'));
  if (Number.isInteger(limit) && limit > 0) query.limit = limit;
  return query as ListMessagesQuery;
}

/** Builds the messages API over an authenticated openapi-fetch client. */
export function createMessagesApi(api: Client<paths>, authId: string, validate: boolean, redact: (text: string) => string): MessagesApi {
  const path = { auth_id: authId };
  /**
   * Unwraps an openapi-fetch result: the checked answer on success, the mapped error otherwise. The
   * transport throws only this package's errors; anything else (a middleware's, openapi-fetch's own)
   * becomes one too, redacted, with `maybeSent` true since it may come after the request went out.
   */
  const unwrap = async <T>(operation: PlivoOperation, call: Promise<{ data?: string; error?: unknown; response: Response }>): Promise<T> => {
    const { data, error, response } = await call.catch((thrown: unknown) => {
      throw asPlivoError(thrown, operation, redact);
    });
    if (!response.ok) throw apiError(operation, response, error, redact);
    return parseAnswer<T>(operation, response, data, redact);
  };
  /** Per-call init: the caller's signal, the operation (named in errors) and text out, parsed by unwrap. */
  const init = (operation: PlivoOperation, options: RequestOptions) => ({ signal: options.signal ?? null, operation, parseAs: 'text' as const });
  const checkQuery = (query: ListMessagesQuery) => {
    if (!validate) return;
    const result = validateListMessagesQuery(query);
    if (!result.ok) throw new PlivoValidationError(result.issues, 'list query');
  };

  const messages: MessagesApi = {
    async send(body, options = {}) {
      if (validate) {
        const result = validateSendMessageRequest(body);
        if (!result.ok) throw new PlivoValidationError(result.issues);
      }
      return unwrap('sendMessage', api.POST('/v1/Account/{auth_id}/Message/', { params: { path }, body, ...init('sendMessage', options) }));
    },
    async get(messageUuid, options = {}) {
      return unwrap('getMessage', api.GET('/v1/Account/{auth_id}/Message/{message_uuid}/', { params: { path: { ...path, message_uuid: messageUuid } }, ...init('getMessage', options) }));
    },
    async list(query = {}, options = {}) {
      checkQuery(query);
      return unwrap('listMessages', api.GET('/v1/Account/{auth_id}/Message/', { params: { path, query }, ...init('listMessages', options) }));
    },
    async *iterate(query = {}, options = {}) {
      checkQuery(query);
      let page: ListMessagesQuery | undefined = query;
      while (page) {
        const result: MessageList = await messages.list(page, options);
        yield* result.objects;
        page = result.objects.length === 0 ? undefined : nextQuery(result.meta.next, page);
      }
    },
    async listMedia(messageUuid, options = {}) {
      return unwrap('listMessageMedia', api.GET('/v1/Account/{auth_id}/Message/{message_uuid}/Media/', { params: { path: { ...path, message_uuid: messageUuid } }, ...init('listMessageMedia', options) }));
    },
  };
  return messages;
}
