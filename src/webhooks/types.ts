import type { components } from '../../generated/schema.js';
import type { ValidationIssue } from '../errors.js';

/**
 * One status callback as Plivo sends it (form fields on POST, query parameters on GET). Every value
 * is a string, numbers included: `Units`, `TotalRate`, `TotalAmount`, `ErrorCode`, `Sequence`, `MCC`,
 * `MNC`. Unknown fields Plivo may add later are kept as extra string properties.
 *
 * @example
 * const callback: MessageStatusCallback = { MessageUUID: 'db3ce55a-7f1d-11e1-8ea7-1231380bc196', Status: 'delivered', Units: '1' };
 */
export type MessageStatusCallback = components['schemas']['MessageStatusCallback'];

/**
 * The `Status` of a callback: `queued`, `sent`, `failed`, `delivered`, `undelivered`, `read` (WhatsApp),
 * plus `rejected`, `received` and `deleted`, which older docs and some SDKs list.
 *
 * @example
 * const done: MessageStatus[] = ['delivered', 'undelivered', 'failed', 'read'];
 */
export type MessageStatus = MessageStatusCallback['Status'];

/**
 * One reason a callback was rejected: the same type as a request's {@link ValidationIssue}, worded by
 * the same translator. `path` is a JSON pointer to the field (`/Status`, `/MessageUUID`; empty for
 * the payload as a whole); `message` says what is allowed and what was given.
 *
 * @example
 * const issue: CallbackIssue = { path: '/Units', message: 'must be a string of digits (got "one")' };
 */
export type CallbackIssue = ValidationIssue;
