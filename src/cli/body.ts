import { usageError } from './exit.js';

/** Message channels the `send` command accepts. */
export const MESSAGE_TYPES = ['sms', 'mms', 'whatsapp'] as const;
/** One of {@link MESSAGE_TYPES}. */
export type MessageType = (typeof MESSAGE_TYPES)[number];
/** Values of `--log`: what Plivo may log. */
export const LOG_CHOICES = ['true', 'false', 'content_only', 'number_only'] as const;
/** Values of `--method`: how the status callback is made. */
export const METHOD_CHOICES = ['GET', 'POST'] as const;
/** Values of `--dlt-template-category`. */
export const DLT_CATEGORIES = ['transactional', 'promotional', 'service_implicit', 'service_explicit'] as const;

/** The `send` flags that set a body field directly, each with the field it sets. */
export const FIELD_FLAGS = {
  src: { field: 'src', flag: '--src' },
  powerpackUuid: { field: 'powerpack_uuid', flag: '--powerpack-uuid' },
  text: { field: 'text', flag: '--text' },
  type: { field: 'type', flag: '--type' },
  mediaUrl: { field: 'media_urls', flag: '--media-url' },
  mediaId: { field: 'media_ids', flag: '--media-id' },
  url: { field: 'url', flag: '--url' },
  method: { field: 'method', flag: '--method' },
  log: { field: 'log', flag: '--log' },
  trackable: { field: 'trackable', flag: '--trackable' },
  messageExpiry: { field: 'message_expiry', flag: '--message-expiry' },
  dltEntityId: { field: 'dlt_entity_id', flag: '--dlt-entity-id' },
  dltTemplateId: { field: 'dlt_template_id', flag: '--dlt-template-id' },
  dltTemplateCategory: { field: 'dlt_template_category', flag: '--dlt-template-category' },
  template: { field: 'template', flag: '--template-file' },
  interactive: { field: 'interactive', flag: '--interactive-file' },
  location: { field: 'location', flag: '--location-file' },
} as const;

/** The body fields `send` can set from flags, as commander names them, plus the objects read from files. */
export type FieldValues = { -readonly [K in keyof typeof FIELD_FLAGS]?: unknown };

/** The flag that sets a body field, for naming it next to a validation issue. */
export function flagOfField(field: string): string | undefined {
  return Object.values(FIELD_FLAGS).find((entry) => entry.field === field)?.flag;
}

/**
 * The channel to use: the given type, else WhatsApp for a template, interactive message or
 * location, MMS for media, else none (Plivo defaults to SMS). Inferring saves typing `--type`.
 */
export function inferType(body: Readonly<Record<string, unknown>>): unknown {
  if (body.type !== undefined && body.type !== null) return body.type;
  if ([body.template, body.interactive, body.location].some((value) => value !== undefined && value !== null)) return 'whatsapp';
  const media = [body.media_urls, body.media_ids].some((value) => Array.isArray(value) && value.length > 0);
  return media ? 'mms' : undefined;
}

/**
 * Merges the flags over a `--body-file` object (flags win; a sender flag replaces both sender
 * fields of the file) and infers the type. `dst` is left out: destinations are handled apart.
 * @throws CliError (exit 2) for `--src` with `--powerpack-uuid`, or when no sender is given at all.
 * @example buildSendBody({ src: '14155550100', text: 'Hi' }) // { src: '14155550100', text: 'Hi' }
 */
export function buildSendBody(flags: FieldValues, fromFile: Readonly<Record<string, unknown>> = {}): Record<string, unknown> {
  if (flags.src !== undefined && flags.powerpackUuid !== undefined) {
    throw usageError('--src and --powerpack-uuid cannot be used together: send from one sender (--src) or through a Powerpack number pool (--powerpack-uuid)');
  }
  const body: Record<string, unknown> = { ...fromFile };
  delete body.dst;
  if (flags.src !== undefined || flags.powerpackUuid !== undefined) {
    delete body.src;
    delete body.powerpack_uuid;
  }
  for (const [key, { field }] of Object.entries(FIELD_FLAGS)) {
    const value = flags[key as keyof FieldValues];
    if (value !== undefined) body[field] = value;
  }
  const noSender = (body.src === undefined || body.src === null) && (body.powerpack_uuid === undefined || body.powerpack_uuid === null);
  if (noSender) throw usageError('no sender: give --src (a Plivo number, short code or sender ID) or --powerpack-uuid (a Powerpack number pool)');
  const type = inferType(body);
  if (type !== undefined) body.type = type;
  return body;
}
