import { MESSAGE_STATUS_CALLBACK_FIELDS } from '../../generated/callback-validator.js';

const documented: ReadonlySet<string> = new Set(MESSAGE_STATUS_CALLBACK_FIELDS);

/**
 * Whether `name` is a field the spec documents for status callbacks. On a GET callback this tells
 * Plivo's fields apart from the callback URL's own query parameters when `publicUrl` does not say
 * what that query was.
 */
export function isDocumentedCallbackField(name: string): boolean {
  return documented.has(name);
}
