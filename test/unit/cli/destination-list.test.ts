import { describe, expect, it } from 'vitest';
import { CliError } from '../../../src/cli/exit.js';
import { parseDestinationList } from '../../../src/cli/destination-list.js';
import { PlivoError } from '../../../src/index.js';

const read = (text: string, column?: string) => parseDestinationList(text, { name: 'list', ...(column === undefined ? {} : { column }) });

describe('parseDestinationList', () => {
  it('reads one number per line, with CRLF, a BOM, blank lines and comments', () => {
    expect(read('\uFEFF14155550123\r\n\r\n# vip\r\n+1 (415) 555-0124\r\n')).toEqual({ entries: ['14155550123', '+1 (415) 555-0124'], empty: [] });
  });

  it('drops a header line of a one-column file', () => {
    expect(read('phone\n14155550123\n').entries).toEqual(['14155550123']);
    expect(read('Phone Number\n14155550123\n').entries).toEqual(['14155550123']);
  });

  it('reads a CSV with comma, semicolon or tab, and quoted cells', () => {
    expect(read('name,dst\n"Lee, Ana",14155550123\n').entries).toEqual(['14155550123']);
    expect(read('name;mobile\nAna;14155550123\n').entries).toEqual(['14155550123']);
    expect(read('name\tmsisdn\nAna\t14155550123\n').entries).toEqual(['14155550123']);
  });

  it('reports rows without a number by their row number', () => {
    expect(read('name,phone\nAna,14155550123\nBo,\n\nCy,14155550124\n')).toEqual({
      entries: ['14155550123', '14155550124'],
      empty: [{ line: 3, reason: 'no number in column "phone"' }],
    });
  });

  it('refuses an unknown --dst-column and an unreadable CSV as usage errors in the PlivoError hierarchy', () => {
    const unknown = () => read('name,phone\nAna,1\n', 'cell');
    expect(unknown).toThrow(CliError);
    expect(unknown).toThrow('--dst-column "cell" is not a column of list; its columns are "name", "phone"');
    try {
      read('name,phone\n"Ana,1\n');
    } catch (error) {
      expect(error).toBeInstanceOf(PlivoError);
      expect((error as CliError).exitCode).toBe(2);
      expect((error as CliError).maybeSent).toBe(false);
      return;
    }
    throw new Error('an unclosed quote should not parse');
  });

  it('reads an empty file as no destinations', () => {
    expect(read('\n# nothing\n')).toEqual({ entries: [], empty: [] });
  });
});
