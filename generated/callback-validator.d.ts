// Generated from spec/ by `npm run generate`. Do not edit: change the spec and regenerate.
export type { SchemaError, SchemaValidator } from './validators.js';
export { isMessageStatusCallback } from './validators.js';
/** The names of the status callback's fields, sorted. */
export declare const MESSAGE_STATUS_CALLBACK_FIELDS: readonly string[];
