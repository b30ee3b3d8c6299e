import type { MessageStatusCallback } from './types.js';

type DocumentedField = keyof { [K in keyof MessageStatusCallback as string extends K ? never : K]: unknown };

/**
 * The field names the spec documents for a status callback. On a GET callback they tell Plivo's
 * fields apart from the callback URL's own query parameters when `publicUrl` does not say what that
 * query was. The `satisfies` clause and {@link MissingField} keep the list equal to the spec's schema.
 */
export const DOCUMENTED_CALLBACK_FIELDS = [
  'MessageUUID', 'Status', 'To', 'From', 'Type', 'Units', 'TotalRate', 'TotalAmount', 'MCC', 'MNC', 'ErrorCode',
  'ParentMessageUUID', 'PartInfo', 'Sequence', 'MessageTime', 'QueuedTime', 'SentTime', 'DeliveryReportTime',
  'requester_ip', 'PowerpackUUID', 'ConversationID', 'ConversationOrigin', 'ConversationExpirationTimestamp',
] as const satisfies readonly DocumentedField[];

/** A documented field missing from {@link DOCUMENTED_CALLBACK_FIELDS}; `never` while the list is complete. */
export type MissingField = Exclude<DocumentedField, (typeof DOCUMENTED_CALLBACK_FIELDS)[number]>;

const documented: ReadonlySet<string> = new Set(DOCUMENTED_CALLBACK_FIELDS);

/** Whether `name` is a field the spec documents for status callbacks. */
export function isDocumentedCallbackField(name: string): boolean {
  return documented.has(name);
}
