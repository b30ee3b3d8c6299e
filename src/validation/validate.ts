import { isListMessagesQuery, isSendMessageRequest, SEND_MESSAGE_REQUEST_FIELDS } from '../../generated/client-validators.js';
import type { components, operations } from '../../generated/schema.js';
import type { ValidationIssue } from '../errors.js';
import { schemaIssues } from './schema-issues.js';
import { sendBodyRuleIssues } from './send-rules.js';

/** The body of a send, as the spec defines it. */
export type SendMessageRequest = components['schemas']['SendMessageRequest'];
/** The filters of a message list. */
export type ListMessagesQuery = NonNullable<operations['listMessages']['parameters']['query']>;

/** The outcome of a validation: the value, typed, or every issue found. */
export type ValidationResult<T> = { ok: true; value: T } | { ok: false; issues: ValidationIssue[] };

/** Groups issues by field (JSON pointer order); issues of one field keep the order they were found in. */
function byPath(a: ValidationIssue, b: ValidationIssue): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/**
 * Checks a send body against the spec (shape, types, enums, the rules between fields) and then
 * against the rules the schema cannot state: SMS text length by encoding (GSM-7 1,600 units with
 * extension characters counted twice, UCS-2 737), WhatsApp text 4,096 (1,024 with media), each
 * destination in international format with at most 1,000 unique numbers, sender IDs of at most 14
 * digits or 11 alphanumerics after sanitising. Reports every issue found, not only the first.
 *
 * @example
 * const result = validateSendMessageRequest({ src: '14155550100', dst: '14155550123', text: 'Hi', media_url: 'x' });
 * // { ok: false, issues: [{ path: '/media_url', message: 'is not a known field (did you mean media_urls?)' }] }
 */
export function validateSendMessageRequest(body: unknown): ValidationResult<SendMessageRequest> {
  const issues = isSendMessageRequest(body) ? [] : schemaIssues(isSendMessageRequest.errors ?? [], SEND_MESSAGE_REQUEST_FIELDS);
  for (const issue of sendBodyRuleIssues(body)) {
    if (!issues.some((i) => i.path === issue.path && i.message === issue.message)) issues.push(issue);
  }
  return issues.length === 0 ? { ok: true, value: body as SendMessageRequest } : { ok: false, issues: issues.sort(byPath) };
}

/** Checks the filters of a message list against the spec: known filters only, `limit` 1 to 20, enums, time formats. */
export function validateListMessagesQuery(query: unknown): ValidationResult<ListMessagesQuery> {
  return isListMessagesQuery(query) ? { ok: true, value: query } : { ok: false, issues: schemaIssues(isListMessagesQuery.errors ?? []).sort(byPath) };
}
