import createClient, { type Client } from 'openapi-fetch';
import type { paths } from '../../generated/schema.js';
import { basicCredentials } from '../encoding.js';
import { PlivoArgumentError } from '../errors.js';
import { VERSION } from '../version.js';
import { createMessagesApi, type MessagesApi } from './messages.js';
import { createRedactor, credentialSecrets } from '../redact.js';
import { connectBoundDispatcher, defaultConnectTimeoutMs } from './connect-timeout.js';
import { LightRequest } from './light-request.js';
import { createTransport, refusedRedirects } from './transport.js';

/** Options of {@link createPlivoClient}. */
export interface PlivoClientOptions {
  /** Your auth ID (`MA…` or `SA…`, 20 characters). Falls back to the `PLIVO_AUTH_ID` environment variable where there is one. */
  authId?: string | undefined;
  /** Your auth token. Falls back to `PLIVO_AUTH_TOKEN`. Never appears in errors or logs. */
  authToken?: string | undefined;
  /** API origin. Default `https://api.plivo.com`; point it at the Prism mock (`npm run mock`) to test. */
  baseUrl?: string | undefined;
  /** The `fetch` to use. Default: the global one. Inject one for tests or to add a proxy agent. */
  fetch?: ((request: Request) => Promise<Response>) | undefined;
  /**
   * Milliseconds per attempt before it is abandoned, from the start of the request until its answer
   * has been read in full. Default 30,000.
   */
  timeoutMs?: number | undefined;
  /**
   * Milliseconds the connect phase (TCP and TLS) may take, in Node's built-in fetch: a connect that
   * does not finish in time certainly sent nothing, so even a send is tried again. Default:
   * `timeoutMs` less 1,500 (Node checks this bound about once a second), at most 10,000. Other
   * runtimes offer no such bound; there a connect that never finishes ends as the attempt's
   * timeout, with `maybeSent` true.
   */
  connectTimeoutMs?: number | undefined;
  /** Extra attempts after a retryable failure (see the README's retry rules). Default 2. */
  maxRetries?: number | undefined;
  /** First backoff step in milliseconds; doubles each retry, with jitter, capped at 8 s. Default 500. */
  retryBaseDelayMs?: number | undefined;
  /** Validate send bodies and list queries before sending. Default true. */
  validate?: boolean | undefined;
  /** User-Agent sent with each request. Default `plivo-message-openapi/<version>`. */
  userAgent?: string | undefined;
}

/** A Plivo Message API client. */
export interface PlivoClient {
  /** Send messages and read them back. */
  readonly messages: MessagesApi;
  /**
   * The underlying openapi-fetch client, typed by the spec's paths, with authentication, timeouts
   * and retries applied but no validation or error mapping: it returns `{ data, error, response }`.
   */
  readonly api: Client<paths>;
  /** The auth ID the client acts for (used in every path). */
  readonly authId: string;
}

const AUTH_ID = /^(?:MA|SA)[A-Z0-9]{18}$/;

/**
 * An environment variable where the runtime has them; undefined where it has none or where reading is
 * not permitted (then `name` is added to `refused`, for the error message).
 */
function fromEnvironment(name: string, refused: string[]): string | undefined {
  // Read through globalThis so the same code runs where `process` does not exist.
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  try {
    return env?.[name];
  } catch (error) {
    // Deno without --allow-env throws NotCapable (PermissionDenied before Deno 2); anything else is a real fault.
    if (!(error instanceof Error) || (error.name !== 'NotCapable' && error.name !== 'PermissionDenied')) throw error;
    refused.push(name);
    return undefined;
  }
}

/**
 * Creates a client for Plivo's Message API. Runs unchanged in browsers, Node 20+, Deno, Bun and edge
 * runtimes (global `fetch`, `AbortSignal`, `btoa`).
 *
 * @example
 * const plivo = createPlivoClient({ authId: 'MAXXXXXXXXXXXXXXXXXX', authToken: process.env.PLIVO_AUTH_TOKEN });
 * const { message_uuid } = await plivo.messages.send({ src: '14155550100', dst: '14155550123', text: 'Hello' });
 */
export function createPlivoClient(options: PlivoClientOptions = {}): PlivoClient {
  const refused: string[] = [];
  const authId = options.authId ?? fromEnvironment('PLIVO_AUTH_ID', refused);
  const authToken = options.authToken ?? fromEnvironment('PLIVO_AUTH_TOKEN', refused);
  if (!authId || !authToken) {
    const denied = refused.length > 0 ? `; reading ${refused.join(' and ')} was not permitted (Deno: --allow-env=PLIVO_AUTH_ID,PLIVO_AUTH_TOKEN)` : '';
    throw new PlivoArgumentError(authId ? 'authToken' : 'authId', `authId and authToken are required (or set PLIVO_AUTH_ID and PLIVO_AUTH_TOKEN)${denied}`);
  }
  if (!AUTH_ID.test(authId)) {
    throw new PlivoArgumentError('authId', `authId must be 20 characters starting with MA (account) or SA (subaccount); got ${authId.length} characters`);
  }
  const credentials = basicCredentials(authId, authToken);
  const redact = createRedactor(credentialSecrets(authId, authToken));
  const userAgent = options.userAgent ?? `plivo-message-openapi/${VERSION}`;

  const timeoutMs = options.timeoutMs ?? 30_000;

  const transport = createTransport({
    fetch: options.fetch,
    timeoutMs,
    maxRetries: options.maxRetries ?? 2,
    retryBaseDelayMs: options.retryBaseDelayMs ?? 500,
    redact,
    dispatcher: options.fetch ? undefined : connectBoundDispatcher(options.connectTimeoutMs ?? defaultConnectTimeoutMs(timeoutMs)),
    redirect: refusedRedirects(),
  });
  const api = createClient<paths>({
    baseUrl: options.baseUrl ?? 'https://api.plivo.com',
    // openapi-fetch builds one request object per call with this class and hands it to `fetch`.
    Request: LightRequest as unknown as typeof Request,
    fetch: transport as unknown as (request: Request) => Promise<Response>,
    headers: { Authorization: `Basic ${credentials}`, 'User-Agent': userAgent, Accept: 'application/json' },
  });

  return {
    authId,
    api,
    messages: createMessagesApi(api, authId, options.validate ?? true, redact),
  };
}
