import { MAX_DESTINATIONS_PER_REQUEST } from '../messaging/numbers.js';

/** Plivo's default `message_expiry` in seconds: a message still queued after it fails with error 420. */
export const DEFAULT_MESSAGE_EXPIRY_SECONDS = 10_800;

// A paced request's last message may wait for the request before it and for its own units; keeping
// both under this share of the expiry leaves room for clock drift between Plivo and Redis.
const EXPIRY_SHARE = 0.8;

/** What {@link planRequests} needs to know about a campaign. */
export interface PacingInput {
  /** Unique valid recipients. */
  recipients: number;
  /** Message units per recipient (SMS segments; 1 otherwise). */
  unitsPerRecipient: number;
  /** Message units per second the account sends; `Infinity` for an unpaced campaign. */
  mps: number;
  /** Requests allowed in any 5-second window. */
  requestsPer5s: number;
  /** The message's expiry in seconds. */
  expirySeconds: number;
}

/** How a campaign is split and how long it takes. */
export interface RequestPlan {
  /** Recipients per request (1 to 1,000). */
  requestSize: number;
  /** Requests the campaign is split into. */
  requests: number;
  /** Message units in all: recipients × units per recipient. */
  units: number;
  /** Seconds until the last message leaves Plivo's queue, at the account's limits. */
  estimatedSeconds: number;
  /** Messages that would expire in Plivo's queue (error 420) if the same campaign were submitted unpaced. */
  expiryRisk: number;
}

/**
 * The request size keeps one paced request from outliving the expiry: a request of n recipients
 * takes n × units / mps seconds to leave Plivo's queue, and it may wait behind the one before it.
 */
export function pacedRequestSize(mps: number, unitsPerRecipient: number, expirySeconds: number): number {
  if (!Number.isFinite(mps)) return MAX_DESTINATIONS_PER_REQUEST;
  const fits = Math.floor((EXPIRY_SHARE * mps * expirySeconds) / (2 * unitsPerRecipient));
  return Math.max(1, Math.min(MAX_DESTINATIONS_PER_REQUEST, fits));
}

/**
 * Splits a campaign into requests and estimates it. The expiry risk models an unpaced submission at
 * the request limit: Plivo's queue drains at `mps`, and a message expires once it has waited
 * `expirySeconds`, so roughly everything beyond `mps × (submitSeconds + expirySeconds)` units expires.
 * With `mps` Infinity (the account's rate unknown) there is no risk to report.
 */
export function planRequests(input: PacingInput): RequestPlan {
  const { recipients, unitsPerRecipient, mps, requestsPer5s, expirySeconds } = input;
  const requestSize = pacedRequestSize(mps, unitsPerRecipient, expirySeconds);
  const requests = Math.ceil(recipients / requestSize);
  const units = recipients * unitsPerRecipient;
  const requestSeconds = (requests * 5) / requestsPer5s;
  const drainSeconds = Number.isFinite(mps) ? units / mps : 0;
  const estimatedSeconds = Math.ceil(Math.max(requestSeconds, drainSeconds));
  let expiryRisk = 0;
  if (Number.isFinite(mps) && recipients > 0) {
    // Unpaced, requests would carry 1,000 recipients each and go out as fast as the limit allows.
    const unpacedSubmitSeconds = (Math.ceil(recipients / MAX_DESTINATIONS_PER_REQUEST) * 5) / requestsPer5s;
    const expiredUnits = Math.max(0, units - mps * (unpacedSubmitSeconds + expirySeconds));
    expiryRisk = Math.min(recipients, Math.ceil(expiredUnits / unitsPerRecipient));
  }
  return { requestSize, requests, units, estimatedSeconds, expiryRisk };
}
