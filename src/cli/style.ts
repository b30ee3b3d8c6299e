/** Text decorations for terminal output; each is the identity when colour is off. */
export interface Palette {
  readonly enabled: boolean;
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  green(text: string): string;
  yellow(text: string): string;
  cyan(text: string): string;
}

/** The `--color` choices: decide from the environment and the terminal, or force it on or off. */
export const COLOUR_MODES = ['auto', 'always', 'never'] as const;
/** One of {@link COLOUR_MODES}. */
export type ColourMode = (typeof COLOUR_MODES)[number];

/**
 * Whether to colour a stream. `--color always|never` decides alone; with `auto` (the default) a
 * non-empty `FORCE_COLOR` turns colour on (off for `0` or `false`), then a non-empty `NO_COLOR`
 * (https://no-color.org) turns it off, and otherwise only a terminal gets colour. FORCE_COLOR wins
 * over NO_COLOR as in Node itself, so CI logs that render ANSI can ask for it.
 */
export function colourEnabled(stream: { isTTY?: boolean }, env: Readonly<Record<string, string | undefined>>, mode: ColourMode = 'auto'): boolean {
  if (mode !== 'auto') return mode === 'always';
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force.toLowerCase() !== 'false';
  return stream.isTTY === true && !env.NO_COLOR;
}

const sgr = (open: number, close: number) => (text: string) => `\u001B[${open}m${text}\u001B[${close}m`;
const plain = (text: string) => text;

/** A palette that emits ANSI escapes when `enabled`, plain text otherwise. */
export function createPalette(enabled: boolean): Palette {
  if (!enabled) return { enabled, bold: plain, dim: plain, red: plain, green: plain, yellow: plain, cyan: plain };
  return { enabled, bold: sgr(1, 22), dim: sgr(2, 22), red: sgr(31, 39), green: sgr(32, 39), yellow: sgr(33, 39), cyan: sgr(36, 39) };
}

const ANSI = /\u001B\[[0-9;]*m/g;

/** Columns a string occupies, ignoring colour escapes. Counts code points, so keep wide glyphs (emoji) in the last column. */
export function visibleWidth(text: string): number {
  return [...text.replace(ANSI, '')].length;
}

/** Pads `text` with spaces to `width` visible columns. */
export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - visibleWidth(text)));
}

/**
 * Lays rows out in aligned columns: every column but the last is padded to its widest cell, so a
 * long free-text last column never widens the others.
 * @example alignRows([['SMS', '202'], ['WhatsApp list', '202']], { indent: '  ' })
 */
export function alignRows(rows: ReadonlyArray<readonly string[]>, options: { indent?: string; gap?: number } = {}): string {
  const indent = options.indent ?? '';
  const gap = ' '.repeat(options.gap ?? 2);
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, column) => {
      if (column < row.length - 1) widths[column] = Math.max(widths[column] ?? 0, visibleWidth(cell));
    });
  }
  return rows
    .map((row) => indent + row.map((cell, column) => (column < row.length - 1 ? padEnd(cell, widths[column] ?? 0) : cell)).join(gap).trimEnd())
    .join('\n');
}
