/**
 * The headers Plivo signs status callbacks with. `-V3` and `-V2` are signed with the token of the
 * account (or subaccount) that owns the message, `-Ma-` variants with the main account's token.
 *
 * @example
 * const nonce = request.headers.get(PLIVO_SIGNATURE_HEADERS.v3Nonce);
 */
export const PLIVO_SIGNATURE_HEADERS = {
  v3: 'X-Plivo-Signature-V3',
  mainAccountV3: 'X-Plivo-Signature-Ma-V3',
  v3Nonce: 'X-Plivo-Signature-V3-Nonce',
  v2: 'X-Plivo-Signature-V2',
  mainAccountV2: 'X-Plivo-Signature-Ma-V2',
  v2Nonce: 'X-Plivo-Signature-V2-Nonce',
} as const;
