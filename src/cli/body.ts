import { DESTINATION_DELIMITER } from '../messaging/numbers.js';

/** Message channels the `send` command accepts. */
export const MESSAGE_TYPES = ['sms', 'mms', 'whatsapp'] as const;
/** One of {@link MESSAGE_TYPES}. */
export type MessageType = (typeof MESSAGE_TYPES)[number];

/** The `send` options that shape the request body. */
export interface BodyOptions {
  src?: string;
  /** Each `--dst`; an entry may itself hold several numbers joined with `<`. */
  dst: readonly string[];
  text?: string;
  type?: MessageType;
  /** Each `--media-url`, in order. */
  mediaUrl?: readonly string[];
  powerpackUuid?: string;
  url?: string;
}

/**
 * The channel to use: `--type` when given, else WhatsApp for a template and MMS for media, else SMS
 * (left out of the body, as Plivo defaults to it). Inferring saves typing `--type` for the obvious cases.
 */
export function inferType(options: Pick<BodyOptions, 'type' | 'mediaUrl'>, hasTemplate: boolean): MessageType | undefined {
  if (options.type !== undefined) return options.type;
  if (hasTemplate) return 'whatsapp';
  if ((options.mediaUrl ?? []).length > 0) return 'mms';
  return undefined;
}

/**
 * Builds the send body from the command line, leaving out what was not given so the validator
 * reports missing fields by name instead of `null` values.
 * @example buildSendBody({ src: '14155550100', dst: ['14155550123'], text: 'Hi' }) // { src: '14155550100', dst: '14155550123', text: 'Hi' }
 */
export function buildSendBody(options: BodyOptions, template?: unknown): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (options.src !== undefined) body.src = options.src;
  if (options.powerpackUuid !== undefined) body.powerpack_uuid = options.powerpackUuid;
  body.dst = options.dst.join(DESTINATION_DELIMITER);
  const type = inferType(options, template !== undefined);
  if (type !== undefined) body.type = type;
  if (options.text !== undefined) body.text = options.text;
  if (options.mediaUrl !== undefined && options.mediaUrl.length > 0) body.media_urls = [...options.mediaUrl];
  if (template !== undefined) body.template = template;
  if (options.url !== undefined) body.url = options.url;
  return body;
}
