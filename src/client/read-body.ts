/** The most the client reads of a 2xx answer; a larger one is reported as `too_large` (a page of 20 messages is a few KB). */
export const MAX_RESPONSE_BYTES = 1_048_576;

/** The most of an error answer's body the client reads and keeps on the error; the rest is cut off and marked. */
export const MAX_ERROR_BODY_BYTES = 65_536;

/** Appended to an error body that was cut at {@link MAX_ERROR_BODY_BYTES}. */
export const CUT_MARK = `…[cut: longer than ${MAX_ERROR_BODY_BYTES} bytes]`;

/** Appended to an error body whose reading failed part-way. */
export const UNREAD_MARK = '…[the rest could not be read]';

/** A body read up to a limit. */
export interface BoundedBody {
  bytes: Uint8Array<ArrayBuffer>;
  /** True when the body went on beyond the limit and was cut there. */
  cut: boolean;
}

/**
 * A body longer than the limit where cutting it is not an option. Internal signal, not a PlivoError on
 * purpose: the transport catches it and reports a `too_large` PlivoResponseError, so it never reaches a caller.
 */
export class BodyTooLarge extends Error {
  override name = 'BodyTooLarge';
}

function declaredLength(response: Response): number | undefined {
  const value = response.headers.get('content-length');
  if (value === null) return undefined;
  const length = Number(value);
  return Number.isSafeInteger(length) && length >= 0 ? length : undefined;
}

/**
 * Reads `response`'s body, stopping after `limit` bytes: with `overflow: 'cut'` the first `limit`
 * bytes are kept and `cut` is set, with `'fail'` it throws {@link BodyTooLarge}. Either way the rest
 * is not read. Rejects as the body stream does (abort, connection lost).
 */
export async function readBounded(response: Response, limit: number, overflow: 'cut' | 'fail'): Promise<BoundedBody> {
  if (response.body === null) return { bytes: new Uint8Array(0), cut: false };
  const declared = declaredLength(response);
  if (declared !== undefined && declared <= limit) {
    // The runtime enforces a declared length, so the one-call read cannot run past it.
    return { bytes: new Uint8Array(await response.arrayBuffer()), cut: false };
  }
  if (declared !== undefined && overflow === 'fail') {
    await response.body.cancel().catch(() => undefined);
    throw new BodyTooLarge(`The body declares ${declared} bytes, more than the ${limit} read`);
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (size + value.byteLength > limit) {
      await reader.cancel().catch(() => undefined);
      if (overflow === 'fail') throw new BodyTooLarge(`The body is longer than the ${limit} bytes read`);
      chunks.push(value.subarray(0, limit - size));
      return { bytes: concat(chunks, limit), cut: true };
    }
    chunks.push(value);
    size += value.byteLength;
  }
  return { bytes: concat(chunks, size), cut: false };
}

function concat(chunks: readonly Uint8Array<ArrayBuffer>[], size: number): Uint8Array<ArrayBuffer> {
  if (chunks.length === 1 && chunks[0]!.byteLength === size) return chunks[0]!;
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}
