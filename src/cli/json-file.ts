import { readFile } from 'node:fs/promises';
import { usageError } from './exit.js';

/** The outcome of reading a JSON document: the value, or why it is not JSON. */
export type JsonRead = { ok: true; value: unknown } | { ok: false; reason: string };

/**
 * Reads a file (`-` for standard input) as UTF-8. A missing or unreadable file is a usage error
 * (exit 2): the command line named something that is not there.
 */
export async function readTextArgument(path: string, what: string, readStdin: () => Promise<string>): Promise<string> {
  if (path === '-') return readStdin();
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw usageError(`cannot read ${what} ${JSON.stringify(path)}: ${code === 'ENOENT' ? 'no such file' : (code ?? (error as Error).message)}`);
  }
}

/** Parses JSON without throwing, keeping the parser's reason (position included) for the message. */
export function parseJson(text: string): JsonRead {
  try {
    // A UTF-8 byte order mark is common in files saved by Windows editors and is not JSON.
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) as unknown };
  } catch (error) {
    return { ok: false, reason: (error as Error).message };
  }
}
