// Generated from spec/ by `npm run generate`. Do not edit: change the spec and regenerate.
export type { SchemaError, SchemaValidator } from './validators.js';
export { isSendMessageRequest, isListMessagesQuery } from './validators.js';
/** The names of the send body's fields, sorted. */
export declare const SEND_MESSAGE_REQUEST_FIELDS: readonly string[];
