import type { Command } from 'commander';
import { countSegments } from '../messaging/segments.js';
import { EXIT_OK } from './exit.js';
import type { CliIo } from './io.js';
import { toJsonLine, type Outcome } from './outcome.js';
import { adviceJson, adviceRows, gsm7Advice, visible } from './gsm7-advice.js';
import { alignRows } from './style.js';

/** Runs `segments`: how an SMS text is encoded and billed, and a GSM-7 alternative when look-alikes force UCS-2. */
export async function runSegments(textArgument: string, options: { json?: boolean }, io: CliIo): Promise<number> {
  // Shells and editors end piped text with a newline the user did not mean to send.
  const text = textArgument === '-' ? (await io.readStdin()).replace(/\r?\n$/, '') : textArgument;
  const count = countSegments(text);
  const found = gsm7Advice(text, count);
  if (options.json) {
    io.out(toJsonLine({ ...count, toGsm7: adviceJson(found) }));
    return EXIT_OK;
  }
  const { colour } = io;
  const forcedBy = count.unicodeCharacters.length > 0 ? ` (forced by ${count.unicodeCharacters.map(visible).join(', ')})` : '';
  const rows: string[][] = [
    ['Encoding', colour.bold(count.encoding) + forcedBy],
    ['Characters', `${count.characters} of ${count.maxCharacters}${count.characters > count.maxCharacters ? colour.red(' (too long for Plivo)') : ''}`],
    ['Units', `${count.units} ${count.encoding === 'GSM-7' ? 'septets' : 'UTF-16 code units'}`],
    ['Segments', `${colour.bold(String(count.segments))} (${count.perSegment} units per segment, ${count.remainingInSegment} left in the last)`],
    ...(found ? adviceRows(found, count, colour) : []),
  ];
  io.out(`${alignRows(rows)}\n`);
  return EXIT_OK;
}

/** Adds `segments` to the program. */
export function registerSegments(program: Command, io: CliIo, outcome: Outcome): Command {
  return program
    .command('segments')
    .summary('count the SMS segments of a text and what forces UCS-2')
    .description('Show how an SMS text is encoded (GSM-7 or UCS-2), its billable units and segments, the characters that force UCS-2, and a GSM-7 version when those are only look-alikes (curly quotes, dashes, ellipsis).')
    .argument('<text>', 'the message text, or - for standard input')
    .option('--json', 'print machine-readable JSON on stdout')
    .addHelpText('after', '\nExamples:\n  $ plivo-message segments "Order #4821 has shipped."\n  $ plivo-message segments "It’s “done” — thanks…"')
    .action(async (text: string, options: { json?: boolean }) => {
      outcome.exitCode = await runSegments(text, options, io);
    });
}
