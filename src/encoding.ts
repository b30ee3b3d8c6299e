// Byte and base64 helpers on web-platform APIs only, shared by the client (Basic credentials) and the webhook signatures.
const utf8 = new TextEncoder();

/** UTF-8 bytes of a string; Plivo's SDKs sign and key with UTF-8. */
export function utf8Bytes(text: string): Uint8Array<ArrayBuffer> {
  return utf8.encode(text);
}

/** Standard padded base64, the form Plivo puts in its signature headers. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/**
 * The Basic credentials of an account, as they follow `Basic ` in the Authorization header.
 * btoa alone takes only Latin-1; going through UTF-8 bytes means an unusual token cannot make it
 * throw an error that quotes the token.
 */
export function basicCredentials(authId: string, authToken: string): string {
  return bytesToBase64(utf8Bytes(`${authId}:${authToken}`));
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Decodes standard base64, or returns `null` when the text is not base64 at all. */
export function base64ToBytes(text: string): Uint8Array | null {
  if (!BASE64.test(text) || text.length % 4 !== 0) return null;
  let binary: string;
  try {
    binary = atob(text);
  } catch {
    return null;
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * Compares two byte arrays in time that depends only on their length.
 *
 * Web Crypto offers no `timingSafeEqual` (that is Node-only), and `subtle.verify` does not promise a
 * constant-time compare in its spec. The other common trick, HMAC-ing both sides with a random key and
 * comparing the digests, costs a key import and two more HMACs per candidate for the same guarantee.
 * An XOR-accumulating loop with no early exit is enough here: the only thing it leaks is the length,
 * and an HMAC-SHA256 digest is always 32 bytes, which is public.
 */
export function timingSafeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i += 1) difference |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return difference === 0;
}
