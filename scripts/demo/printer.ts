import { alignRows, colourEnabled, createPalette, type Palette } from '../../src/cli/style.js';

/** Writes the demo's report: numbered sections of aligned rows. */
export interface Printer {
  readonly colour: Palette;
  line(text?: string): void;
  section(title: string): void;
  rows(rows: ReadonlyArray<readonly string[]>): void;
}

const INDENT = '   ';

/** A printer on stdout, coloured only on a terminal without NO_COLOR. */
export function createPrinter(write: (text: string) => void = (text) => void process.stdout.write(text)): Printer {
  const colour = createPalette(colourEnabled(process.stdout, process.env));
  let sections = 0;
  return {
    colour,
    line: (text = '') => write(`${text}\n`),
    section(title) {
      sections += 1;
      write(`\n${colour.bold(colour.cyan(`${sections}`))}  ${colour.bold(title)}\n`);
    },
    rows: (rows) => write(`${alignRows(rows, { indent: INDENT })}\n`),
  };
}
