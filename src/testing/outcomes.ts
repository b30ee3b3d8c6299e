import { PlivoArgumentError } from '../errors.js';
import type { Random } from './random.js';
import type { FakeOutcome, FakeOutcomeRule } from './types.js';

const DELIVERED: FakeOutcome = { status: 'delivered' };

function checkRule(rule: FakeOutcomeRule, index: number): void {
  const wrong = (field: string, allowed: string) => new PlivoArgumentError(`outcomes[${index}].${field}`, `outcomes[${index}].${field} ${allowed}`);
  if (rule.prefix !== undefined && !/^\d+$/.test(rule.prefix)) {
    throw wrong('prefix', `must be digits (a destination starts with its country code); got ${JSON.stringify(rule.prefix)}`);
  }
  if (rule.rate !== undefined && !(rule.rate >= 0 && rule.rate <= 1)) {
    throw wrong('rate', `must be between 0 and 1; got ${rule.rate}`);
  }
  if ((rule.status === 'failed' || rule.status === 'undelivered') && !/^\d+$/.test(rule.errorCode)) {
    throw wrong('errorCode', `must be Plivo's numeric code as a string, such as '30'; got ${JSON.stringify(rule.errorCode)}`);
  }
}

/**
 * Chooses each message's outcome by the first rule that matches its destination: a prefix rule
 * matches by the number's start, a rate rule draws from the seeded generator (one draw per message
 * that reaches it, so the same seed and sends give the same outcomes).
 */
export function createOutcomePicker(rules: readonly FakeOutcomeRule[], random: Random): (to: string) => FakeOutcome {
  rules.forEach(checkRule);
  return (to) => {
    for (const rule of rules) {
      if (rule.prefix !== undefined && !to.startsWith(rule.prefix)) continue;
      if (rule.rate !== undefined && random.next() >= rule.rate) continue;
      return rule.status === 'failed' || rule.status === 'undelivered' ? { status: rule.status, errorCode: rule.errorCode } : { status: rule.status };
    }
    return DELIVERED;
  };
}
