// Generated from spec/ by `npm run generate`. Do not edit: change the spec and regenerate.
/** ajv-formats' `uri` format: whether `value` is an absolute URI (RFC 3986). */
export declare function uri(value: string): boolean;
/** ajv's `ucs2length`: the length of `value` in code points, as JSON Schema's minLength and maxLength count it. */
export declare function ucs2length(value: string): number;
