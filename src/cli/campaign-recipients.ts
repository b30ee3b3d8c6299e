import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';

// Header names taken as the numbers column of a CSV file, compared in lower case.
const NUMBER_COLUMNS = ['number', 'phone', 'phone_number', 'mobile', 'dst', 'to', 'msisdn'];

function csvCells(line: string): string[] {
  // Numbers never contain commas or quotes, so a plain split with quotes trimmed is enough for the
  // numbers column; other columns are ignored.
  return line.split(',').map((cell) => cell.trim().replace(/^"(.*)"$/, '$1'));
}

/**
 * Streams the numbers of a `--dst-file`: one per line for a text file; for a `.csv` file (or a
 * first line with commas) the column named number/phone/dst/to/msisdn/…, else the first column.
 * Lines are read one at a time, so a file of 1,000,000 numbers is never held whole.
 */
export async function* readRecipientLines(path: string, stdin: Readable): AsyncGenerator<string> {
  const input = path === '-' ? stdin : createReadStream(path, { encoding: 'utf8' });
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let column: number | undefined;
  let first = true;
  for await (const raw of lines) {
    const line = raw.replace(/^\uFEFF/, '').trim();
    if (line === '' || line.startsWith('#')) continue;
    if (first) {
      first = false;
      if (path.toLowerCase().endsWith('.csv') || line.includes(',')) {
        const cells = csvCells(line).map((cell) => cell.toLowerCase());
        const named = cells.findIndex((cell) => NUMBER_COLUMNS.includes(cell));
        column = named >= 0 ? named : 0;
        // A header row holds no digits; a first row of data is a number like the rest.
        if (named >= 0 || !/\d/.test(line)) continue;
      }
    }
    yield column === undefined ? line : (csvCells(line)[column] ?? '');
  }
}
