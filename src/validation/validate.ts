import { isListMessagesQuery, isSendMessageRequest } from '../../generated/client-validators.js';
import type { components, operations } from '../../generated/schema.js';
import type { ValidationIssue } from '../errors.js';
import { LIST_QUERY_WORDING } from './list-query-wording.js';
import { schemaIssues } from './schema-issues.js';
import { SEND_BODY_WORDING } from './send-body-wording.js';
import { mergeRuleIssues, sendBodyRuleIssues } from './send-rules.js';

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
 * against the rules the schema cannot state: SMS text length by encoding (1,600 characters of GSM-7,
 * else 737), WhatsApp text 4,096 (1,024 with media), media counted across both media fields, each
 * destination in international format with at most 1,000 unique numbers, sender IDs of at most 14
 * digits or 11 alphanumerics after sanitising. Reports every issue found, not only the first,
 * each with the value given and what is allowed.
 *
 * @example
 * const result = validateSendMessageRequest({ src: '14155550100', dst: '14155550123', text: 'Hi', media_url: 'x' });
 * // { ok: false, issues: [{ path: '/media_url', message: 'is not a known field (did you mean media_urls?)' }] }
 * validateSendMessageRequest({ src: '14155550100', dst: '14155550123', text: 'Hi', method: 'PUT' });
 * // { ok: false, issues: [{ path: '/method', message: 'must be one of "GET", "POST" (got "PUT")' }] }
 */
export function validateSendMessageRequest(body: unknown): ValidationResult<SendMessageRequest> {
  const fitsSchema = isSendMessageRequest(body);
  const ruleIssues = sendBodyRuleIssues(body);
  if (fitsSchema && ruleIssues.length === 0) return { ok: true, value: body as SendMessageRequest };
  const fromSchema = fitsSchema ? [] : schemaIssues(isSendMessageRequest.errors ?? [], body, SEND_BODY_WORDING);
  const issues = mergeRuleIssues(fromSchema, ruleIssues);
  return issues.length === 0 ? { ok: true, value: body as SendMessageRequest } : { ok: false, issues: issues.sort(byPath) };
}

/** Checks the filters of a message list against the spec: known filters only, `limit` 1 to 20, enums, time formats. */
export function validateListMessagesQuery(query: unknown): ValidationResult<ListMessagesQuery> {
  return isListMessagesQuery(query) ? { ok: true, value: query } : { ok: false, issues: schemaIssues(isListMessagesQuery.errors ?? [], query, LIST_QUERY_WORDING).sort(byPath) };
}
