import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readRecipientLines } from '../../../src/cli/campaign-recipients.js';
import { parseDestinationList } from '../../../src/cli/destination-list.js';
import { CliError } from '../../../src/cli/exit.js';

/** Every entry the campaign reader streams from `text`, given in chunks that split lines and quoted cells. */
async function stream(text: string, column?: string): Promise<string[]> {
  const chunks = text.match(/[\s\S]{1,7}/g) ?? [];
  const out: string[] = [];
  for await (const entry of readRecipientLines('-', Readable.from(chunks), column)) out.push(entry);
  return out;
}

const FILES = {
  'a plain list with a header, comments, blank lines, CRLF and a BOM': '\uFEFFphone\r\n14155550123\r\n\r\n# vip\r\n+1 (415) 555-0124\r\n',
  'a CSV with a quoted comma in another column': '\uFEFFname,mobile\r\n"Smith, John",14155650001\r\nJane,+1 415 565 0002\r\n',
  'a CSV with a quoted number, an escaped quote and a line break inside a quoted cell': 'name;phone;note\n"Ana ""A""";"+1 415 555 0123";"line one\nline two"\nBo;14155550124;\n',
  'a CSV with an empty number cell': 'name,phone,mobile\nAna,14155550123,14155550200\n"Smith, Bo",+1 415 555 0124,\nCy,,14155550201\n',
} as const;

describe('readRecipientLines (campaign start --dst-file)', () => {
  for (const [what, text] of Object.entries(FILES)) {
    it(`reads ${what} as send --dst-file does, an empty number cell as an invalid entry`, async () => {
      const whole = parseDestinationList(text, { name: 'list' });
      const streamed = await stream(text);
      expect(streamed.filter((entry) => entry !== '')).toEqual(whole.entries);
      expect(streamed.filter((entry) => entry === '')).toHaveLength(whole.empty.length);
    });
  }

  it('keeps the number of a row whose name holds the delimiter', async () => {
    expect(await stream(FILES['a CSV with a quoted comma in another column'])).toEqual(['14155650001', '+1 415 565 0002']);
  });

  it('takes the column given, and refuses a CSV without a number column or with a quote never closed (exit 2)', async () => {
    expect(await stream('name,phone,mobile\nAna,14155550123,14155550200\n', 'Mobile')).toEqual(['14155550200']);
    for (const [text, message] of [
      ['name,city\nAna,Lyon\n', /no number column among "name", "city"/],
      ['name,phone\n"Ana,14155550123\n', /quote opened at line 2 is never closed/],
    ] as const) {
      const error = await stream(text).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(CliError);
      expect((error as CliError).exitCode).toBe(2);
      expect((error as CliError).message).toMatch(message);
    }
  });
});
