import type { MessageStatus } from '../webhooks/types.js';

/** Where a recipient's message stands by its status callbacks. */
export type DeliveryState = 'queued' | 'sent' | 'delivered' | 'read' | 'undelivered' | 'failed';

/** The delivery states in the order `status().delivery` lists them. */
export const DELIVERY_STATES: readonly DeliveryState[] = ['queued', 'sent', 'delivered', 'read', 'undelivered', 'failed'];

/**
 * One byte per state in Redis. The rank orders them so a late `sent` never overwrites `delivered`:
 * a callback only moves a recipient to a higher rank, and the first final state (rank 3) stays,
 * except that `read` follows `delivered`.
 */
export const STATE_CODES: Readonly<Record<DeliveryState, { code: string; rank: number }>> = {
  queued: { code: 'q', rank: 1 },
  sent: { code: 's', rank: 2 },
  delivered: { code: 'd', rank: 3 },
  undelivered: { code: 'u', rank: 3 },
  failed: { code: 'f', rank: 3 },
  read: { code: 'r', rank: 4 },
};

/** The delivery state a callback's `Status` stands for; undefined for states of inbound messages. */
export function deliveryStateOf(status: MessageStatus): DeliveryState | undefined {
  switch (status) {
    case 'queued':
    case 'sent':
    case 'delivered':
    case 'read':
    case 'undelivered':
    case 'failed':
      return status;
    case 'rejected':
      return 'failed';
    default:
      return undefined;
  }
}

/** The state a stored byte stands for; undefined for none yet. */
export function deliveryStateOfCode(code: string): DeliveryState | undefined {
  for (const state of DELIVERY_STATES) if (STATE_CODES[state].code === code) return state;
  return undefined;
}
