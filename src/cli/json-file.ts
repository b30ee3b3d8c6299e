import { readFile } from 'node:fs/promises';
import { parse as parseTolerant, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { usageError } from './exit.js';

/** The outcome of reading a JSON document: the value, or where and why it is not JSON. */
export type JsonRead = { ok: true; value: unknown } | { ok: false; reason: string; line: number; column: number };

/** How a file argument is named in messages: its path, or "standard input" for `-`. */
export const sourceName = (path: string): string => (path === '-' ? 'standard input' : path);

const READ_ERRORS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory, not a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
};

/**
 * Reads a file (`-` for standard input) as UTF-8. A missing or unreadable file is a usage error
 * (exit 2): the command line named something that is not there.
 * @param what The flag or argument, for the message (`--body-file`, `body file`).
 */
export async function readTextArgument(path: string, what: string, readStdin: () => Promise<string>): Promise<string> {
  if (path === '-') return readStdin();
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = (code && READ_ERRORS[code]) ?? code ?? (error as Error).message;
    throw usageError(`cannot read ${what} ${JSON.stringify(path)}: ${reason}`);
  }
}

const PARSE_PROBLEMS: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'malformed number',
  PropertyNameExpected: 'expected a property name in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: 'expected a colon',
  CommaExpected: 'expected a comma',
  CloseBraceExpected: 'expected a closing }',
  CloseBracketExpected: 'expected a closing ]',
  EndOfFileExpected: 'expected the end of the document',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'unterminated comment',
  UnexpectedEndOfString: 'unterminated string',
  UnexpectedEndOfNumber: 'malformed number',
  InvalidUnicode: 'malformed \\u escape',
  InvalidEscapeCharacter: 'invalid escape in a string',
  InvalidCharacter: 'control character in a string',
};

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lastBreak = before.lastIndexOf('\n');
  return { line: before.split('\n').length, column: offset - lastBreak };
}

/**
 * Parses JSON without throwing. When it is not JSON, says where (1-based line and column) and what
 * was expected, never quoting the text itself: it may be long, hold newlines, or be a secret.
 */
export function parseJson(text: string): JsonRead {
  // A UTF-8 byte order mark is common in files saved by Windows editors and is not JSON.
  const clean = text.replace(/^\uFEFF/, '');
  try {
    return { ok: true, value: JSON.parse(clean) as unknown };
  } catch (error) {
    // JSON.parse says where only for some mistakes; this strict pass of a tolerant parser always does.
    const errors: ParseError[] = [];
    parseTolerant(clean, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const first = errors[0];
    if (first === undefined) return { ok: false, reason: 'unexpected content', line: 1, column: 1 };
    const where = lineAndColumn(clean, first.offset);
    const code = printParseErrorCode(first.error);
    return { ok: false, reason: PARSE_PROBLEMS[code] ?? code, ...where };
  }
}

/** `name:line:column: reason`, the form editors and terminals turn into a link. */
export const describeJsonError = (name: string, read: Extract<JsonRead, { ok: false }>): string => `${name}:${read.line}:${read.column}: not valid JSON: ${read.reason}`;

/**
 * Reads a JSON argument file (`-` for standard input) for a flag such as `--template-file`. Not
 * JSON is a usage error naming the flag and the place.
 */
export async function readJsonArgument(path: string, flag: string, readStdin: () => Promise<string>): Promise<unknown> {
  const parsed = parseJson(await readTextArgument(path, flag, readStdin));
  if (!parsed.ok) throw usageError(`${flag} ${describeJsonError(sourceName(path), parsed)}`);
  return parsed.value;
}
