import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { NUMBER_COLUMNS } from './destination-list.js';
import { usageError } from './exit.js';

const DELIMITER = /[,;\t]/;
const normaliseHeader = (name: string) => name.trim().toLowerCase().replace(/[\s-]+/g, '_');

// `send --dst-file` parses its (small) file whole with csv-parse; a campaign's file may hold
// millions of rows and is streamed line by line instead, so rows are split here: a number column
// never holds quotes or delimiters of its own, and quotes around a cell are dropped.
function cells(line: string): string[] {
  return line.split(DELIMITER).map((cell) => cell.trim().replace(/^"(.*)"$/, '$1').trim());
}

/**
 * Streams the numbers of a campaign's `--dst-file`: one per line (blank lines and `#` comments
 * skipped, a first line naming a number column skipped), or, when the first line holds a `,` `;`
 * or tab, a CSV whose header names the number column (`column`, else the first of
 * {@link NUMBER_COLUMNS}). The file is never held whole.
 * @throws CliError (exit 2) when a CSV has no such column.
 */
export async function* readRecipientLines(path: string, stdin: Readable, column?: string): AsyncGenerator<string> {
  const input = path === '-' ? stdin : createReadStream(path, { encoding: 'utf8' });
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let index: number | undefined;
  let first = true;
  for await (const raw of lines) {
    const line = raw.replace(/^\uFEFF/, '').trim();
    if (line === '' || line.startsWith('#')) continue;
    if (first) {
      first = false;
      const header = cells(line).map(normaliseHeader);
      if (column !== undefined || DELIMITER.test(line)) {
        const wanted = column === undefined ? undefined : normaliseHeader(column);
        index = wanted === undefined ? header.findIndex((name) => (NUMBER_COLUMNS as readonly string[]).includes(name)) : header.indexOf(wanted);
        if (index < 0) {
          throw usageError(`--dst-file ${path === '-' ? 'standard input' : path}: no number column among ${header.join(', ')}; name it with --dst-column (looked for ${NUMBER_COLUMNS.join(', ')})`);
        }
        continue;
      }
      if ((NUMBER_COLUMNS as readonly string[]).includes(header[0] ?? '')) continue;
    }
    yield index === undefined ? line : (cells(line)[index] ?? '');
  }
}
