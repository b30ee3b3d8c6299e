import type { Redis } from 'ioredis';
import { decodeAnswer } from './answer.js';
import { deliveryStateOfCode } from './delivery-states.js';
import { decodeNumbers, UUID_WIDTH } from './fixed-width.js';
import type { CampaignKeys } from './keys.js';
import type { CampaignReportRow } from './types.js';

const INVALID_PAGE = 1000;

/** Yields one row per recipient, reading one request at a time so memory stays flat. */
export async function* readReport(redis: Redis, keys: CampaignKeys): AsyncGenerator<CampaignReportRow> {
  const requests = Number((await redis.hget(keys.meta, 'requests')) ?? 0);
  for (let index = 0; index < requests; index += 1) {
    const [numbers, answer, states, uuids, errors] = await Promise.all([
      redis.get(keys.numbers(index)),
      redis.hget(keys.results, String(index)),
      redis.get(keys.states(index)),
      redis.get(keys.uuids(index)),
      redis.hgetall(keys.errors(index)),
    ]);
    const decoded = answer === null ? undefined : decodeAnswer(answer);
    const rejected = new Set(decoded?.outcome === 'accepted' ? decoded.rejected.map((n) => n.replace(/\D/g, '')) : []);
    const list = decodeNumbers(numbers ?? '');
    for (let position = 0; position < list.length; position += 1) {
      const number = list[position] ?? '';
      const row: CampaignReportRow = { number, outcome: decoded === undefined ? 'pending' : decoded.outcome === 'accepted' ? (rejected.has(number) ? 'rejected' : 'accepted') : decoded.outcome };
      if (decoded !== undefined && (decoded.outcome === 'failed' || decoded.outcome === 'maybeSent')) row.reason = decoded.reason;
      const delivery = deliveryStateOfCode(states?.charAt(position) ?? '');
      if (delivery !== undefined) row.delivery = delivery;
      const uuid = uuids?.slice(position * UUID_WIDTH, (position + 1) * UUID_WIDTH) ?? '';
      if (uuid.length === UUID_WIDTH && !uuid.startsWith('\0')) row.messageUuid = uuid;
      const errorCode = errors[String(position)];
      if (errorCode !== undefined) row.errorCode = errorCode;
      yield row;
    }
  }
  for (let start = 0; ; start += INVALID_PAGE) {
    const page = await redis.lrange(keys.invalid, start, start + INVALID_PAGE - 1);
    for (const entry of page) {
      const tab = entry.lastIndexOf('\t');
      yield { number: entry.slice(0, tab), outcome: 'invalid', reason: entry.slice(tab + 1) };
    }
    if (page.length < INVALID_PAGE) return;
  }
}
