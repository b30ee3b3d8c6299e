import { parse } from 'csv-parse/sync';
import { usageError } from './exit.js';

/** Destinations read from a `--dst-file`, and the rows that held none. */
export interface DestinationList {
  /** One entry per number, as written in the file (checked and de-duplicated later, with the rest). */
  entries: string[];
  /** CSV rows whose number column is empty, so that every row is accounted for. */
  empty: Array<{ line: number; reason: string }>;
}

/** Header names taken as the number column of a CSV when `--dst-column` is not given, compared case-insensitively. */
export const NUMBER_COLUMNS = ['dst', 'destination', 'phone', 'phone_number', 'number', 'mobile', 'msisdn', 'to'] as const;

/** What separates the cells of a destination CSV. */
export const CSV_DELIMITERS = [',', ';', '\t'];
/** Whether a line holds a cell separator, which makes a destination file a CSV. */
export const hasCsvDelimiter = (line: string): boolean => CSV_DELIMITERS.some((delimiter) => line.includes(delimiter));
/** csv-parse's settings for a destination CSV, whole or one record at a time. */
export const CSV_OPTIONS = { delimiter: CSV_DELIMITERS, bom: true, trim: true, skip_empty_lines: true, relax_column_count: true };
const normaliseHeader = (name: string) => name.trim().toLowerCase().replace(/[\s-]+/g, '_');

/** Whether a one-column file's first line is a header naming the number column ("phone"). */
export const isNumberHeader = (cell: string): boolean => (NUMBER_COLUMNS as readonly string[]).includes(normaliseHeader(cell));

/**
 * The index of the number column in a CSV's `header`: `column`, else the first of {@link NUMBER_COLUMNS}.
 * @throws CliError (exit 2) naming the columns there are, when there is no such column.
 */
export function numberColumnIndex(header: readonly string[], column: string | undefined, name: string): number {
  const names = header.map(normaliseHeader);
  const wanted = column === undefined ? undefined : normaliseHeader(column);
  const index = wanted === undefined ? names.findIndex((header) => (NUMBER_COLUMNS as readonly string[]).includes(header)) : names.indexOf(wanted);
  if (index >= 0) return index;
  const columns = header.map((cell) => JSON.stringify(cell)).join(', ');
  throw usageError(
    wanted === undefined
      ? `--dst-file ${name}: no number column among ${columns}; name it with --dst-column (looked for ${NUMBER_COLUMNS.join(', ')})`
      : `--dst-column ${JSON.stringify(column)} is not a column of ${name}; its columns are ${columns}`,
  );
}

function firstContentLine(lines: readonly string[]): string | undefined {
  return lines.find((line) => line.trim() !== '' && !line.trimStart().startsWith('#'));
}

function plainList(lines: readonly string[]): DestinationList {
  const content = lines.map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('#'));
  // A one-column file may still start with a header such as "phone".
  const first = content[0];
  const hasHeader = first !== undefined && isNumberHeader(first);
  return { entries: hasHeader ? content.slice(1) : content, empty: [] };
}

function csvList(text: string, column: string | undefined, name: string): DestinationList {
  let rows: string[][];
  try {
    rows = parse(text, CSV_OPTIONS) as string[][];
  } catch (error) {
    throw usageError(`--dst-file ${name} is not a readable CSV: ${(error as Error).message}`);
  }
  const [header = [], ...records] = rows;
  const index = numberColumnIndex(header, column, name);
  const entries: string[] = [];
  const empty: DestinationList['empty'] = [];
  records.forEach((record, row) => {
    const value = record[index] ?? '';
    // Row numbers count the header as row 1, as a spreadsheet shows them (blank lines skipped).
    if (value === '') empty.push({ line: row + 2, reason: `no number in column ${JSON.stringify(header[index])}` });
    else entries.push(value);
  });
  return { entries, empty };
}

/**
 * Reads the destinations of a `--dst-file`: one number per line (blank lines and `#` comments
 * skipped), or a CSV (comma, semicolon or tab) whose header names the number column, taken from
 * `column` or else the first header in {@link NUMBER_COLUMNS}.
 * @param name How the file is named in messages (its path, or "standard input").
 * @throws CliError (exit 2) when a CSV has no such column or cannot be parsed.
 * @example parseDestinationList('name,phone\nAna,14155550123\n', { name: 'list.csv' }) // { entries: ['14155550123'], empty: [] }
 */
export function parseDestinationList(text: string, options: { column?: string; name: string }): DestinationList {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const first = firstContentLine(lines);
  if (first === undefined) return { entries: [], empty: [] };
  const isCsv = options.column !== undefined || hasCsvDelimiter(first);
  return isCsv ? csvList(text, options.column, options.name) : plainList(lines);
}
