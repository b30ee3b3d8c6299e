import { PlivoArgumentError, type PlivoOperation } from '../errors.js';
import type { Random } from './random.js';
import type { FaultKind, FaultOptions } from './types.js';

/** Every fault kind, in the order a seeded rate picks from. */
export const FAULT_KINDS: readonly FaultKind[] = ['server-error', 'rate-limit', 'reset', 'stalled-body', 'malformed-body', 'empty-body'];

/** Faults drawn at random for a share of the requests. */
export interface FaultRate {
  /** Share of requests (0 to 1) that get a fault. */
  rate: number;
  /** The kinds to choose from, uniformly. Default: all of them. */
  kinds?: readonly FaultKind[];
  /** Only requests to these operations. Default: any. */
  operations?: readonly PlivoOperation[];
}

/** A fault chosen for one request, with its options resolved. */
export interface ChosenFault {
  kind: FaultKind;
  processed: boolean;
  status: number;
  retryAfterSeconds: number;
}

interface Pending {
  kind: FaultKind;
  left: number;
  options: FaultOptions;
}

function resolve(kind: FaultKind, options: FaultOptions): ChosenFault {
  const status = options.status ?? 500;
  if (kind === 'server-error' && !(status >= 500 && status <= 599)) throw new PlivoArgumentError('options.status', `a server-error fault needs a 5xx status; got ${status}`);
  return {
    kind,
    processed: kind === 'rate-limit' ? false : kind === 'server-error' || kind === 'reset' ? (options.processed ?? true) : true,
    status,
    retryAfterSeconds: options.retryAfterSeconds ?? 1,
  };
}

/** The faults waiting for requests: those asked for one by one first, then the seeded rate. */
export interface FaultPlan {
  add(kind: FaultKind, options: FaultOptions): void;
  pick(operation: PlivoOperation | undefined): ChosenFault | undefined;
}

/** A plan with an optional seeded rate. */
export function createFaultPlan(rate: FaultRate | undefined, random: Random): FaultPlan {
  if (rate !== undefined && !(rate.rate >= 0 && rate.rate <= 1)) throw new PlivoArgumentError('faults.rate', `faults.rate must be between 0 and 1; got ${rate.rate}`);
  const kinds = rate?.kinds ?? FAULT_KINDS;
  for (const kind of kinds) if (!FAULT_KINDS.includes(kind)) throw new PlivoArgumentError('faults.kinds', `unknown fault kind ${JSON.stringify(kind)}; known: ${FAULT_KINDS.join(', ')}`);
  const pending: Pending[] = [];
  const applies = (operations: readonly PlivoOperation[] | undefined, operation: PlivoOperation | undefined) =>
    operations === undefined || (operation !== undefined && operations.includes(operation));
  return {
    add(kind, options) {
      if (!FAULT_KINDS.includes(kind)) throw new PlivoArgumentError('kind', `unknown fault kind ${JSON.stringify(kind)}; known: ${FAULT_KINDS.join(', ')}`);
      const times = options.times ?? 1;
      if (!Number.isInteger(times) || times < 1) throw new PlivoArgumentError('options.times', `times must be a positive integer; got ${times}`);
      resolve(kind, options);
      pending.push({ kind, left: times, options });
    },
    pick(operation) {
      const index = pending.findIndex((fault) => applies(fault.options.operations, operation));
      const planned = pending[index];
      if (planned !== undefined) {
        planned.left -= 1;
        if (planned.left === 0) pending.splice(index, 1);
        return resolve(planned.kind, planned.options);
      }
      if (rate === undefined || rate.rate === 0 || !applies(rate.operations, operation)) return undefined;
      if (random.next() >= rate.rate) return undefined;
      return resolve(kinds[Math.floor(random.next() * kinds.length)] as FaultKind, {});
    },
  };
}
