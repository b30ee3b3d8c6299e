import type { Command } from 'commander';
import { toGsm7, type Gsm7Conversion } from '../messaging/gsm7.js';
import { countSegments, type SegmentCount } from '../messaging/segments.js';
import { EXIT_OK } from './exit.js';
import type { CliIo } from './io.js';
import { toJsonLine, type Outcome } from './outcome.js';
import { alignRows, type Palette } from './style.js';

const codePoint = (character: string) => `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
// Invisible characters (no-break space, zero-width joiners) would print as nothing; show them by code point.
const visible = (character: string) => (/^[\p{L}\p{N}\p{P}\p{S}]$/u.test(character) ? `${character} ${codePoint(character)}` : codePoint(character));

/** A look-alike replacement that changes the count, or undefined when there is none worth showing. */
function suggestion(text: string, count: SegmentCount): { conversion: Gsm7Conversion; count: SegmentCount } | undefined {
  if (count.encoding === 'GSM-7') return undefined;
  const conversion = toGsm7(text);
  if (conversion.replaced.length === 0) return undefined;
  return { conversion, count: countSegments(conversion.text) };
}

function describeSuggestion(found: NonNullable<ReturnType<typeof suggestion>>, before: SegmentCount, colour: Palette): string[][] {
  const { conversion, count } = found;
  const swaps = conversion.replaced.map((r) => `${visible(r.from)} → ${JSON.stringify(r.to)}${r.count > 1 ? ` (×${r.count})` : ''}`).join(', ');
  const effect =
    conversion.remainingUnicode.length > 0
      ? `still UCS-2 because of ${conversion.remainingUnicode.map(visible).join(', ')}`
      : colour.green(
          count.segments < before.segments
            ? `GSM-7: ${count.segments} segment${count.segments === 1 ? '' : 's'} instead of ${before.segments}`
            : `GSM-7: still ${count.segments} segment${count.segments === 1 ? '' : 's'}, with ${count.remainingInSegment} units left instead of ${before.remainingInSegment}`,
        );
  return [
    ['Look-alikes', swaps],
    ['After toGsm7', effect],
    ...(conversion.remainingUnicode.length > 0 ? [] : [['Suggested text', JSON.stringify(conversion.text)]]),
  ];
}

/** Runs `segments`: how an SMS text is encoded and billed, and a GSM-7 alternative when look-alikes force UCS-2. */
export async function runSegments(textArgument: string, options: { json?: boolean }, io: CliIo): Promise<number> {
  // Shells and editors end piped text with a newline the user did not mean to send.
  const text = textArgument === '-' ? (await io.readStdin()).replace(/\r?\n$/, '') : textArgument;
  const count = countSegments(text);
  const found = suggestion(text, count);
  if (options.json) {
    io.out(toJsonLine({ ...count, toGsm7: found ? { ...found.conversion, segments: found.count.segments, encoding: found.count.encoding } : null }));
    return EXIT_OK;
  }
  const { colour } = io;
  const forcedBy = count.unicodeCharacters.length > 0 ? ` (forced by ${count.unicodeCharacters.map(visible).join(', ')})` : '';
  const rows: string[][] = [
    ['Encoding', colour.bold(count.encoding) + forcedBy],
    ['Characters', String(count.characters)],
    ['Units', `${count.units} of ${count.maxCharacters} ${count.encoding === 'GSM-7' ? 'septets' : 'UTF-16 code units'}${count.units > count.maxCharacters ? colour.red(' (too long for Plivo)') : ''}`],
    ['Segments', `${colour.bold(String(count.segments))} (${count.perSegment} units per segment, ${count.remainingInSegment} left in the last)`],
    ...(found ? describeSuggestion(found, count, colour) : []),
  ];
  io.out(`${alignRows(rows)}\n`);
  return EXIT_OK;
}

/** Adds `segments` to the program. */
export function registerSegments(program: Command, io: CliIo, outcome: Outcome): Command {
  return program
    .command('segments')
    .summary('count the SMS segments of a text and what forces UCS-2')
    .description('Show how an SMS text is encoded (GSM-7 or UCS-2), its billable units and segments, the characters that force\nUCS-2, and a GSM-7 version when those are only look-alikes (curly quotes, dashes, ellipsis).')
    .argument('<text>', 'the message text, or - for standard input')
    .option('--json', 'print machine-readable JSON on stdout')
    .addHelpText('after', '\nExamples:\n  $ plivo-message segments "Order #4821 has shipped."\n  $ plivo-message segments "It’s “done” — thanks…"')
    .action(async (text: string, options: { json?: boolean }) => {
      outcome.exitCode = await runSegments(text, options, io);
    });
}
