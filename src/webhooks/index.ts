/**
 * Plivo message status callbacks: typed parsing, V3/V2 signature checks and a one-call verifier for
 * Web Fetch API requests. Uses only web-platform APIs (Web Crypto, TextEncoder, URL), so it runs in
 * Node 20+, Deno, Bun, browsers' service workers and edge runtimes.
 *
 * @example
 * import { verifyRequest } from 'plivo-message-openapi/webhooks';
 * const result = await verifyRequest(request, { authToken: env.PLIVO_AUTH_TOKEN });
 * if (result.ok) console.log(result.callback.MessageUUID, result.callback.Status);
 *
 * @module
 */
export { PlivoWebhookError } from './errors.js';
export type { PlivoWebhookErrorCode } from './errors.js';
export { PLIVO_SIGNATURE_HEADERS } from './headers.js';
export { parseMessageStatusCallback } from './parse.js';
export type { CallbackInput, ParseCallbackResult } from './parse.js';
export { signCallbackV2, verifySignatureV2 } from './signature-v2.js';
export type { SignCallbackV2Options, VerifySignatureV2Options } from './signature-v2.js';
export { signCallbackV3, verifySignatureV3 } from './signature-v3.js';
export type { SignatureParams, SignCallbackV3Options, VerifySignatureV3Options } from './signature-v3.js';
export type { CallbackIssue, MessageStatus, MessageStatusCallback } from './types.js';
export { verifyRequest } from './verify-request.js';
export type { VerifyRequestOptions, VerifyRequestResult } from './verify-request.js';
