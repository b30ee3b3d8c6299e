/**
 * A request's recorded answer, stored as one short string in the campaign's results hash:
 * `accepted|<api id>|<numbers Plivo rejected, <-joined>`, `failed|<reason>`, `maybe-sent` (a
 * stopped worker's request) or `maybe-sent|<reason>`, `cancelled`.
 */
export type RequestAnswer =
  | { outcome: 'accepted'; apiId: string; rejected: string[] }
  | { outcome: 'failed'; reason: string }
  | { outcome: 'maybeSent'; reason: string }
  | { outcome: 'cancelled' };

const SEPARATOR = '|';

/** The stored form of an answer. */
export function encodeAnswer(answer: RequestAnswer): string {
  switch (answer.outcome) {
    case 'accepted':
      return ['accepted', answer.apiId.replaceAll(SEPARATOR, ''), answer.rejected.join('<')].join(SEPARATOR);
    case 'failed':
      return `failed${SEPARATOR}${answer.reason}`;
    case 'maybeSent':
      return `maybe-sent${SEPARATOR}${answer.reason}`;
    case 'cancelled':
      return 'cancelled';
  }
}

/** An answer back from its stored form. */
export function decodeAnswer(text: string): RequestAnswer {
  const [kind = '', ...rest] = text.split(SEPARATOR);
  switch (kind) {
    case 'accepted':
      return { outcome: 'accepted', apiId: rest[0] ?? '', rejected: (rest[1] ?? '').split('<').filter((n) => n !== '') };
    case 'failed':
      return { outcome: 'failed', reason: rest.join(SEPARATOR) };
    case 'maybe-sent':
      return { outcome: 'maybeSent', reason: rest.join(SEPARATOR) || 'a worker stopped while this request was in flight; it was not sent again' };
    default:
      return { outcome: 'cancelled' };
  }
}
