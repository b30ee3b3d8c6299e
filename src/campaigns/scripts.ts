import type { Redis } from 'ioredis';
import { DELIVERY_STATES, STATE_CODES } from './delivery-states.js';
import { NUMBER_WIDTH, UUID_WIDTH } from './fixed-width.js';

// Every script reads the clock with TIME, so all workers share Redis's clock, not their own.
const NOW = `local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)`;

/**
 * Lets one request through, or says how many milliseconds to wait. Three limits, checked and taken
 * together so that workers in any number of processes cannot race past them:
 * a 429's pause; a rolling window (a sorted-set log of the requests let through: at most ARGV[1]
 * within any ARGV[2] ms, where BullMQ's own limiter is a fixed window that allows bursts twice as
 * large at its edges); and pacing, where KEYS[2] holds the time Plivo's queue should be empty at the
 * account's MPS, and a request may go only when the queue ahead of it drains within ARGV[4] ms.
 */
const ACQUIRE = `${NOW}
local pause = tonumber(redis.call('GET', KEYS[3]) or '0')
if pause > now then return pause - now end
local windowMs = tonumber(ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - windowMs)
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[1]) then
  local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
  return math.max(1, tonumber(oldest[2]) + windowMs - now)
end
local unitMs = tonumber(ARGV[3])
if unitMs > 0 then
  local free = tonumber(redis.call('GET', KEYS[2]) or '0')
  if free < now then free = now end
  local ahead = free - now - tonumber(ARGV[4])
  if ahead > 0 then return math.ceil(ahead) end
  redis.call('SET', KEYS[2], tostring(free + unitMs), 'PX', math.ceil(free + unitMs - now) + 60000)
end
redis.call('ZADD', KEYS[1], now, ARGV[5])
redis.call('PEXPIRE', KEYS[1], windowMs * 2)
return 0`;

/**
 * Moves request ARGV[3]'s entry in the window log to now, just before its POST: the time between
 * taking a slot and sending (a claim, a busy event loop) then no longer counts against the limit.
 * An entry that has already left the window is taken afresh if there is room; otherwise returns
 * the milliseconds to wait.
 */
const CONFIRM = `${NOW}
local windowMs = tonumber(ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - windowMs)
if not redis.call('ZSCORE', KEYS[1], ARGV[3]) and redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[1]) then
  local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
  return math.max(1, tonumber(oldest[2]) + windowMs - now)
end
redis.call('ZADD', KEYS[1], now, ARGV[3])
return 0`;

/** Holds every request back for ARGV[1] ms (a 429's Retry-After); a longer pause already set stays. */
const PAUSE = `${NOW}
local untilMs = now + tonumber(ARGV[1])
if untilMs > tonumber(redis.call('GET', KEYS[1]) or '0') then
  redis.call('SET', KEYS[1], tostring(untilMs), 'PX', tonumber(ARGV[1]))
end
return untilMs`;

/**
 * Marks request ARGV[1] in flight for token ARGV[2], just before its POST. If it is marked already
 * and has no answer, the worker that marked it stopped mid-request: its recipients (ARGV[3]) become
 * "maybe sent" and the request is never sent again. The mark stays, so that worker, if it was only
 * slow, can still record the real answer over the "maybe sent".
 */
const CLAIM = `if redis.call('HEXISTS', KEYS[2], ARGV[1]) == 1 then return 'done' end
if redis.call('HEXISTS', KEYS[3], ARGV[1]) == 1 then
  redis.call('HSET', KEYS[2], ARGV[1], 'maybe-sent')
  redis.call('HINCRBY', KEYS[1], 'maybeSent', ARGV[3])
  redis.call('HINCRBY', KEYS[1], 'settledRequests', 1)
  return 'maybe-sent'
end
local state = redis.call('HGET', KEYS[1], 'state')
if state == 'cancelled' then
  redis.call('HSET', KEYS[2], ARGV[1], 'cancelled')
  redis.call('HINCRBY', KEYS[1], 'cancelled', ARGV[3])
  redis.call('HINCRBY', KEYS[1], 'settledRequests', 1)
  return 'cancelled'
end
if state == 'paused' then return 'paused' end
redis.call('HSET', KEYS[3], ARGV[1], ARGV[2])
return 'go'`;

/**
 * Records the answer ARGV[3] of request ARGV[1] and adds ARGV[5] recipients to counter ARGV[4] and
 * ARGV[6] to `rejected`. Over a "maybe sent" only the worker that marked the request may write.
 */
const RECORD = `local previous = redis.call('HGET', KEYS[2], ARGV[1])
if previous then
  if previous ~= 'maybe-sent' or redis.call('HGET', KEYS[3], ARGV[1]) ~= ARGV[2] then return 0 end
  redis.call('HINCRBY', KEYS[1], 'maybeSent', -(tonumber(ARGV[5]) + tonumber(ARGV[6])))
else
  redis.call('HINCRBY', KEYS[1], 'settledRequests', 1)
end
redis.call('HSET', KEYS[2], ARGV[1], ARGV[3])
redis.call('HDEL', KEYS[3], ARGV[1])
redis.call('HINCRBY', KEYS[1], ARGV[4], ARGV[5])
redis.call('HINCRBY', KEYS[1], 'rejected', ARGV[6])
return 1`;

/** Drops request ARGV[1]'s in-flight mark after a refusal that proves nothing was sent (429). */
const RELEASE = `if redis.call('HGET', KEYS[1], ARGV[1]) == ARGV[2] then redis.call('HDEL', KEYS[1], ARGV[1]) end
return 1`;

const RANKS = Object.values(STATE_CODES)
  .map(({ code, rank }) => `${code} = ${rank}`)
  .join(', ');
const NAMES = DELIVERY_STATES.map((state) => `${STATE_CODES[state].code} = '${state}'`).join(', ');

/**
 * Applies one status callback to its recipient: finds the number ARGV[1] in request KEYS[1] (a
 * fixed-width string), moves its state byte to ARGV[2] only if that ranks higher, so duplicates and
 * late callbacks change nothing, and keeps the delivery counters (KEYS[5]) in step. Returns 1 when
 * the state changed, 0 when not, -1 when the number is not in that request.
 */
const CALLBACK = `local list = redis.call('GET', KEYS[1])
if not list then return -1 end
local needle = ARGV[1] .. ' '
local from, position = 1, -1
while true do
  local at = string.find(list, needle, from, true)
  if not at then break end
  if (at - 1) % ${NUMBER_WIDTH} == 0 then position = (at - 1) / ${NUMBER_WIDTH} break end
  from = at + 1
end
if position < 0 then return -1 end
local ranks = { ${RANKS} }
local names = { ${NAMES} }
local old = redis.call('GETRANGE', KEYS[2], position, position)
if (ranks[ARGV[2]] or 0) <= (ranks[old] or 0) then return 0 end
redis.call('SETRANGE', KEYS[2], position, ARGV[2])
if names[old] then redis.call('HINCRBY', KEYS[5], names[old], -1) end
redis.call('HINCRBY', KEYS[5], names[ARGV[2]], 1)
if string.len(ARGV[3]) == ${UUID_WIDTH} then redis.call('SETRANGE', KEYS[3], position * ${UUID_WIDTH}, ARGV[3]) end
if ARGV[4] ~= '' then redis.call('HSET', KEYS[4], position, ARGV[4]) end
return 1`;

const SCRIPTS = {
  campaignAcquire: { numberOfKeys: 3, lua: ACQUIRE },
  campaignConfirm: { numberOfKeys: 1, lua: CONFIRM },
  campaignPause: { numberOfKeys: 1, lua: PAUSE },
  campaignClaim: { numberOfKeys: 3, lua: CLAIM },
  campaignRecord: { numberOfKeys: 3, lua: RECORD },
  campaignRelease: { numberOfKeys: 1, lua: RELEASE },
  campaignCallback: { numberOfKeys: 5, lua: CALLBACK },
} as const;

type ScriptName = keyof typeof SCRIPTS;
type ScriptCall = (...keysAndArgs: (string | number)[]) => Promise<unknown>;

/** The campaign scripts on one connection, loaded once and called by SHA (ioredis falls back to EVAL). */
export type CampaignScripts = Record<ScriptName, ScriptCall>;

/** Defines the scripts on `redis` and returns them as functions taking keys, then arguments. */
export function campaignScripts(redis: Redis): CampaignScripts {
  const calls = {} as CampaignScripts;
  for (const [name, definition] of Object.entries(SCRIPTS) as [ScriptName, (typeof SCRIPTS)[ScriptName]][]) {
    redis.defineCommand(name, definition);
    const command = (redis as unknown as Record<ScriptName, ScriptCall>)[name];
    calls[name] = (...keysAndArgs) => command.apply(redis, keysAndArgs);
  }
  return calls;
}
