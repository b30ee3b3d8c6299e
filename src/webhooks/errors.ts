import { PlivoError } from '../errors.js';
import type { CallbackIssue } from './types.js';

/**
 * Why {@link verifyRequest} turned a request down:
 * - `unsupported_method`: not GET or POST, so Plivo did not send it.
 * - `missing_signature`: no Plivo signature headers (or a signature without its nonce).
 * - `invalid_signature`: the signature does not match this URL, body and auth token.
 * - `invalid_payload`: the body is not a urlencoded form, or the fields do not fit the callback schema
 *   (see `issues`). For a signed request this means Plivo sent something the schema does not know.
 *
 * @example
 * const status: Record<PlivoWebhookErrorCode, number> = { unsupported_method: 405, missing_signature: 401, invalid_signature: 403, invalid_payload: 400 };
 */
export type PlivoWebhookErrorCode = 'missing_signature' | 'invalid_signature' | 'invalid_payload' | 'unsupported_method';

/**
 * A status callback that {@link verifyRequest} rejected. It carries a `code` to branch on and, for
 * `invalid_payload`, the `issues`; never the auth token or any other secret. `maybeSent` is false:
 * it concerns a request Plivo made, not a message.
 *
 * @example
 * const result = await verifyRequest(request, { authToken });
 * if (!result.ok) {
 *   console.warn(result.error.code, result.error.message, result.error.issues);
 *   return new Response(null, { status: result.error.code === 'invalid_payload' ? 400 : 403 });
 * }
 */
export class PlivoWebhookError extends PlivoError {
  override readonly name = 'PlivoWebhookError';
  /** What went wrong; see {@link PlivoWebhookErrorCode}. */
  readonly code: PlivoWebhookErrorCode;
  /** Every schema issue for `invalid_payload`; empty for the other codes. */
  readonly issues: readonly CallbackIssue[];
  /**
   * The raw fields of a correctly signed callback whose fields did not fit the schema (for example a
   * status value newer than this package): Plivo did send it, so you may log it and still answer 200.
   * Undefined in every other case.
   */
  readonly fields: Readonly<Record<string, string>> | undefined;

  constructor(code: PlivoWebhookErrorCode, message: string, issues: readonly CallbackIssue[] = [], fields?: Readonly<Record<string, string>>) {
    super(message);
    this.code = code;
    this.issues = issues;
    this.fields = fields;
  }
}
