import { countSegments } from '../../src/index.js';
import type { SendMessageRequest } from '../../src/index.js';

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** Encoding, length and segments of an SMS text, e.g. `UCS-2 (📦 —), 34 chars, 1 segment`. */
export function smsSummary(text: string): string {
  const count = countSegments(text);
  const forcedBy = count.unicodeCharacters.length > 0 ? ` (${count.unicodeCharacters.join(' ')})` : '';
  return `${count.encoding}${forcedBy}, ${count.characters} chars, ${plural(count.segments, 'segment')}`;
}

/** What is notable about a body, in a few words for the demo's table. */
export function describeBody(body: SendMessageRequest): string {
  if (body.template) return `template ${body.template.name} (${body.template.language}), ${plural(body.template.components?.length ?? 0, 'component')}`;
  if (body.interactive) {
    const sections = body.interactive.action.sections ?? [];
    const rows = sections.reduce((total, section) => total + section.rows.length, 0);
    return `interactive ${body.interactive.type}: ${plural(sections.length, 'section')}, ${plural(rows, 'row')}`;
  }
  if (body.location) return `pin "${body.location.name ?? ''}" at ${body.location.latitude}, ${body.location.longitude}`;
  const media = Array.isArray(body.media_urls) ? body.media_urls.length : body.media_urls ? 1 : 0;
  if (body.type === 'mms') return `${plural(media, 'media file')}, caption "${body.text ?? ''}"`;
  const prefix = body.powerpack_uuid
    ? `sender picked by Powerpack ${body.powerpack_uuid.slice(0, 8)}…; `
    : body.dlt_template_id
      ? `DLT header ${body.src ?? ''}, template ${body.dlt_template_id} (${body.dlt_template_category ?? ''}); `
      : '';
  return prefix + smsSummary(body.text ?? '');
}
