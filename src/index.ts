/**
 * plivo-message-openapi: a typed client for Plivo's Message API, generated from one OpenAPI 3.1 spec.
 * @packageDocumentation
 */
export { createPlivoClient, type PlivoClient, type PlivoClientOptions } from './client/create-client.js';
export type { MessagesApi, RequestOptions, SendMessageResponse, Message, MessageList, MessageMediaList } from './client/messages.js';
export {
  validateSendMessageRequest,
  validateListMessagesQuery,
  type SendMessageRequest,
  type ListMessagesQuery,
  type ValidationResult,
} from './validation/validate.js';
export {
  PlivoError,
  PlivoValidationError,
  PlivoApiError,
  PlivoAuthError,
  PlivoNotFoundError,
  PlivoRateLimitError,
  PlivoServerError,
  PlivoConnectionError,
  PlivoTimeoutError,
  PlivoAbortError,
  PlivoResponseError,
  PlivoArgumentError,
  maybeSentForStatus,
  type ValidationIssue,
  type PlivoOperation,
  type PlivoErrorOptions,
  type PlivoApiErrorInit,
  type PlivoResponseErrorInit,
  type PlivoResponseProblem,
} from './errors.js';
export { createRedactor, credentialSecrets } from './redact.js';
export { sanitizeDestination, sanitizeSender, splitDestinations, MAX_DESTINATIONS_PER_REQUEST } from './messaging/numbers.js';
export { checkDestinations, type DestinationVerdict } from './messaging/destinations.js';
export {
  countSegments,
  isGsm7,
  GSM7_SINGLE_SEGMENT,
  GSM7_CONCATENATED_SEGMENT,
  UCS2_SINGLE_SEGMENT,
  UCS2_CONCATENATED_SEGMENT,
  SMS_MAX_GSM7_UNITS,
  SMS_MAX_UCS2_UNITS,
  type SegmentCount,
  type SmsEncoding,
} from './messaging/segments.js';
export { toGsm7, type Gsm7Conversion } from './messaging/gsm7.js';
export {
  sendBulk,
  REJECTED_BY_PLIVO,
  type SendBulkBody,
  type SendBulkOptions,
  type SendBulkProgress,
  type SendBulkResult,
  type BulkAcceptedRequest,
  type BulkFailedRequest,
  type BulkInvalidDestination,
  type BulkDestinations,
} from './bulk/send-bulk.js';
export * from './webhooks/index.js';
export type { paths, components, operations, webhooks } from '../generated/schema.js';
export { VERSION } from './version.js';
