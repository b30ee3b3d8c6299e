import type { components } from '../../generated/schema.js';
import { apiTime, apiTimeMicros, filterSpan } from './times.js';
import type { FakeMessage, FakeStateChange, MessageState } from './types.js';

type Message = components['schemas']['Message'];
type MediaItem = components['schemas']['MessageMediaList']['objects'][number];

/** A message as the simulator keeps it: the whole planned timeline, read up to the current time. */
export interface StoredMessage extends Pick<FakeMessage, 'to' | 'from' | 'powerpackUuid' | 'type' | 'text' | 'units' | 'url' | 'method' | 'apiId' | 'createdAt'> {
  uuid: string;
  ratePerUnit: number;
  log: string;
  /** Every change the message will go through, in time order (planned at send time). */
  timeline: FakeStateChange[];
  media: MediaItem[];
  dlt: { entity: string | null; template: string | null; category: string | null };
  requesterIp: string;
}

/** The changes reached by `now`. */
export function historyAt(message: StoredMessage, now: number): FakeStateChange[] {
  let end = 0;
  while (end < message.timeline.length && (message.timeline[end]?.at ?? Infinity) <= now) end += 1;
  return message.timeline.slice(0, Math.max(end, 1));
}

function currentChange(message: StoredMessage, now: number): FakeStateChange {
  const history = historyAt(message, now);
  return history[history.length - 1] as FakeStateChange;
}

const money = (value: number) => value.toFixed(5);
const CHARGED: ReadonlySet<MessageState> = new Set(['sent', 'delivered', 'undelivered', 'read']);

/** The message in the spec's `Message` shape, as `GET …/Message/{uuid}/` and list pages show it at `now`. */
export function toApiMessage(message: StoredMessage, authId: string, now: number): Message {
  const change = currentChange(message, now);
  const sent = message.timeline.find((step) => step.state === 'sent' && step.at <= now);
  const charged = message.timeline.some((step) => CHARGED.has(step.state) && step.at <= now);
  return {
    message_uuid: message.uuid,
    message_direction: 'outbound',
    message_state: change.state,
    message_type: message.type,
    message_time: apiTime(message.createdAt),
    message_sent_time: sent ? apiTimeMicros(sent.at) : null,
    message_updated_time: apiTimeMicros(change.at),
    from_number: message.from,
    to_number: message.to,
    units: message.units,
    total_rate: money(message.ratePerUnit),
    total_amount: money(charged ? message.ratePerUnit * message.units : 0),
    error_code: change.errorCode ?? null,
    error_message: '',
    resource_uri: `/v1/Account/${authId}/Message/${message.uuid}/`,
    powerpack_id: message.powerpackUuid ?? '',
    requester_ip: message.requesterIp,
    replaced_sender: '',
    is_domestic: null,
    destination_country_iso2: '',
    destination_network: '',
    carrier_fees: money(0),
    carrier_fees_rate: money(0),
    tendlc_campaign_id: '',
    tendlc_registration_status: '',
    dlt_entity_id: message.dlt.entity,
    dlt_template_id: message.dlt.template,
    dlt_template_category: message.dlt.category,
    conversation_id: null,
    conversation_origin: null,
    conversation_expiration_timestamp: null,
    log: message.log,
  };
}

/** The message as `fake.messages()` shows it at `now`. */
export function toFakeMessage(message: StoredMessage, now: number): FakeMessage {
  const history = historyAt(message, now);
  const change = history[history.length - 1] as FakeStateChange;
  return {
    messageUuid: message.uuid,
    to: message.to,
    from: message.from,
    powerpackUuid: message.powerpackUuid,
    type: message.type,
    text: message.text,
    units: message.units,
    url: message.url,
    method: message.method,
    state: change.state,
    errorCode: change.errorCode ?? null,
    history: history.map((step) => ({ ...step })),
    apiId: message.apiId,
    createdAt: message.createdAt,
  };
}

const TIME_FILTERS: Record<string, (span: { start: number; end: number }, time: number) => boolean> = {
  message_time: (span, time) => time >= span.start && time < span.end,
  message_time__gt: (span, time) => time >= span.end,
  message_time__gte: (span, time) => time >= span.start,
  message_time__lt: (span, time) => time < span.start,
  message_time__lte: (span, time) => time < span.end,
};
const PAGING = new Set(['limit', 'offset']);

/**
 * Whether a message matches every list filter: time filters by their span, `error_code` by number,
 * `subaccount` never (the simulator has no subaccounts), and the rest by equality with the
 * message field of the same name.
 */
export function matchesFilters(message: Message, createdAt: number, filters: ReadonlyMap<string, string>): boolean {
  for (const [key, value] of filters) {
    if (PAGING.has(key)) continue;
    const byTime = TIME_FILTERS[key];
    if (byTime) {
      const span = filterSpan(value);
      if (span === undefined || !byTime(span, createdAt)) return false;
    } else if (key === 'error_code') {
      if (message.error_code == null || Number(message.error_code) !== Number(value)) return false;
    } else if (key === 'subaccount') {
      return false;
    } else if (String((message as Record<string, unknown>)[key] ?? '') !== value) {
      return false;
    }
  }
  return true;
}
