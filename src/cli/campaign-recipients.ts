import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import { CSV_DELIMITERS, CSV_OPTIONS, hasCsvDelimiter, isNumberHeader, numberColumnIndex } from './destination-list.js';
import { usageError } from './exit.js';

const DELIMITER = new RegExp(`[${CSV_DELIMITERS.join('')}]`);
const QUOTES = /"/g;

// `send --dst-file` parses its (small) file whole; a campaign's file may hold millions of rows and is
// streamed, one record at a time, through the same csv-parse settings. A record without a quote splits
// on the delimiters exactly as csv-parse would, and is split here without it: most rows, at a fraction
// of the cost.
function cells(record: string, line: number, name: string): string[] {
  if (!record.includes('"')) return record.split(DELIMITER).map((cell) => cell.trim());
  try {
    return (parse(record, CSV_OPTIONS) as string[][])[0] ?? [];
  } catch (error) {
    throw usageError(`--dst-file ${name} is not a readable CSV at line ${line}: ${(error as Error).message}`);
  }
}

/**
 * Streams the numbers of a campaign's `--dst-file`: one per line (blank lines and `#` comments
 * skipped, a first line naming a number column skipped), or, when the first line holds a `,` `;`
 * or tab (or `column` is given), a CSV whose header names the number column (`column`, else the
 * first of {@link NUMBER_COLUMNS}), quoted cells included. An empty number cell is yielded as `''`,
 * so the row counts as invalid. The file is never held whole.
 * @throws CliError (exit 2) when a CSV has no such column or cannot be parsed.
 */
export async function* readRecipientLines(path: string, stdin: Readable, column?: string): AsyncGenerator<string> {
  const name = path === '-' ? 'standard input' : path;
  const input = path === '-' ? stdin : createReadStream(path, { encoding: 'utf8' });
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  // Decided by the first line that is not blank or a comment.
  let csv: boolean | undefined;
  let index: number | undefined;
  // A quoted cell may hold line breaks: lines gather until the record's quotes pair up.
  let record = '';
  let recordLine = 0;
  let lineNumber = 0;
  for await (const raw of lines) {
    lineNumber += 1;
    const line = lineNumber === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (record === '') {
      if (line.trim() === '' || (index === undefined && line.trim().startsWith('#'))) continue;
      recordLine = lineNumber;
    }
    const firstRecord = csv === undefined;
    csv ??= column !== undefined || hasCsvDelimiter(line);
    record = record === '' ? line : `${record}\n${line}`;
    if (csv && (record.match(QUOTES)?.length ?? 0) % 2 === 1) continue;
    const complete = record;
    record = '';
    if (!csv) {
      // A one-column file may start with a header such as "phone".
      if (!(firstRecord && isNumberHeader(complete.trim()))) yield complete.trim();
    } else if (index === undefined) {
      index = numberColumnIndex(cells(complete, recordLine, name), column, name);
    } else {
      yield cells(complete, recordLine, name)[index] ?? '';
    }
  }
  if (record !== '') throw usageError(`--dst-file ${name} is not a readable CSV: the quote opened at line ${recordLine} is never closed`);
}
