/**
 * A behavioural simulator of Plivo's Message API for tests, without an account or the network:
 * realistic answers, account limits, faults and signed status callbacks. The core is
 * runtime-neutral (`fake.fetch`); in Node, `fake.listen()` also serves it over HTTP.
 *
 * @example
 * import { createFakePlivo } from 'plivo-message-openapi/testing';
 * const fake = createFakePlivo({ mps: 5, requestsPer5s: 300, clock: 'manual' });
 * const plivo = createPlivoClient({ authId: fake.authId, authToken: fake.authToken, fetch: fake.fetch });
 *
 * @module
 */
export { createFakePlivo } from './fake-plivo.js';
export type { FakePlivo, FakePlivoOptions, FakePlivoServer, ListenOptions } from './fake-plivo.js';
export type { ClockMode } from './clock.js';
export type { FaultRate } from './faults.js';
export { CALLBACK_RETRY_DELAYS_MS } from './callbacks.js';
export type { SignatureVersion } from './callbacks.js';
export { RATE_WINDOW_MS } from './rate-window.js';
export { DEFAULT_MESSAGE_EXPIRY_S } from './send.js';
export type {
  FakeCallbackAttempt,
  FakeMessage,
  FakeOutcome,
  FakeOutcomeRule,
  FakeRequest,
  FakeStateChange,
  FaultKind,
  FaultOptions,
  MessageState,
  MessageType,
} from './types.js';
