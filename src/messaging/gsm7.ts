/**
 * The GSM 03.38 (3GPP TS 23.038) default alphabet: 128 characters, indexed by septet value.
 *
 * Position 0x1B is the escape to the extension table, not a character; it holds U+001B only so
 * that every other index equals its septet value, and it is excluded from {@link gsm7Septets}.
 * Greek capitals are written as escapes because several look exactly like Latin letters, and
 * only these Greek code points belong to the alphabet.
 *
 * @example GSM7_BASIC_CHARSET.indexOf('A') // 0x41
 */
export const GSM7_BASIC_CHARSET: string =
  '@£$¥èéùìòÇ\nØø\rÅå' +
  '\u0394_\u03A6\u0393\u039B\u03A9\u03A0\u03A8\u03A3\u0398\u039E\u001BÆæßÉ' +
  ' !"#¤%&\'()*+,-./' +
  '0123456789:;<=>?' +
  '¡ABCDEFGHIJKLMNO' +
  'PQRSTUVWXYZÄÖÑÜ§' +
  '¿abcdefghijklmno' +
  'pqrstuvwxyzäöñüà';

/** The septet value of the escape that introduces an extension-table character. */
export const GSM7_ESCAPE = 0x1b;

/**
 * The GSM 03.38 extension table: character -> septet sent after the escape. Each of these costs
 * two septets (escape + code), so `€` uses as much of a segment as `ab`.
 *
 * @example GSM7_EXTENSION_CHARSET['€'] // 0x65
 */
export const GSM7_EXTENSION_CHARSET: Readonly<Record<string, number>> = Object.freeze({
  '\f': 0x0a,
  '^': 0x14,
  '{': 0x28,
  '}': 0x29,
  '\\': 0x2f,
  '[': 0x3c,
  '~': 0x3d,
  ']': 0x3e,
  '|': 0x40,
  '€': 0x65,
});

// Built by pure-annotated functions rather than loops at the top level, which bundlers must keep:
// an app that does not use a table does not carry it.
const SEPTETS = /* @__PURE__ */ (() => {
  const septets = new Map<string, 1 | 2>();
  for (const [index, character] of Array.from(GSM7_BASIC_CHARSET).entries()) {
    if (index !== GSM7_ESCAPE) septets.set(character, 1);
  }
  for (const character of Object.keys(GSM7_EXTENSION_CHARSET)) septets.set(character, 2);
  return septets;
})();

/**
 * How many septets one character (one code point) costs in GSM-7: 1 for the basic alphabet,
 * 2 for the extension table, `undefined` when it cannot be sent in GSM-7 at all.
 *
 * @example gsm7Septets('a') // 1
 * @example gsm7Septets('€') // 2
 * @example gsm7Septets('é') // 1  (in the basic alphabet)
 * @example gsm7Septets('á') // undefined  (forces UCS-2)
 */
export function gsm7Septets(character: string): 1 | 2 | undefined {
  return SEPTETS.get(character);
}

/**
 * Look-alike substitutions applied by {@link toGsm7}. Kept as data so it can be reviewed and
 * extended without touching the logic.
 *
 * Why bother: a single character outside GSM-7 (a word processor's curly apostrophe, a pasted
 * non-breaking space) switches the whole message to UCS-2, where a segment holds 70 characters
 * instead of 160, so carriers bill two to three times as many segments for the same text.
 *
 * Deliberately absent: accented letters (folding `á` to `a` changes words), ZWJ/ZWNJ (they hold
 * emoji sequences and Indic/Persian shaping together; text containing those stays UCS-2 anyway),
 * and anything whose replacement would not itself be GSM-7.
 */
export const GSM7_LOOKALIKES: ReadonlyArray<{ readonly from: readonly string[]; readonly to: string; readonly note: string }> = [
  {
    from: ['\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u02BC', '\u00B4', '`'],
    to: "'",
    note: 'curly single quotes, prime, modifier apostrophe, acute accent and backtick (not in GSM-7)',
  },
  { from: ['\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB'], to: '"', note: 'curly double quotes, double prime, guillemets' },
  { from: ['\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212'], to: '-', note: 'hyphens, en/em dashes, minus sign' },
  { from: ['\u2026'], to: '...', note: 'ellipsis; three septets instead of switching to UCS-2' },
  { from: ['\u2022', '\u2023', '\u2043', '\u25E6'], to: '-', note: 'bullets' },
  { from: ['\u2044'], to: '/', note: 'fraction slash' },
  {
    from: ['\t', '\u00A0', '\u1680', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006', '\u2007', '\u2008', '\u2009', '\u200A', '\u202F', '\u205F', '\u3000'],
    to: ' ',
    note: 'tab, non-breaking and other Unicode spaces',
  },
  { from: ['\u2028', '\u2029'], to: '\n', note: 'Unicode line and paragraph separators' },
  { from: ['\u200B', '\u2060', '\uFEFF', '\u00AD'], to: '', note: 'invisible: zero-width space, word joiner, BOM, soft hyphen' },
];

const LOOKALIKE_MAP = /* @__PURE__ */ (() => {
  const lookalikes = new Map<string, string>();
  for (const { from, to } of GSM7_LOOKALIKES) for (const character of from) lookalikes.set(character, to);
  return lookalikes;
})();

/** The outcome of {@link toGsm7}. */
export interface Gsm7Conversion {
  /** The text with every look-alike replaced. */
  text: string;
  /** One entry per distinct replaced character, in first-seen order, with how often it occurred. */
  replaced: Array<{ from: string; to: string; count: number }>;
  /** Distinct characters (code points) still outside GSM-7 after replacement, in first-seen order. Empty means the text now fits GSM-7. */
  remainingUnicode: string[];
}

/**
 * Replaces common non-GSM look-alikes ({@link GSM7_LOOKALIKES}: smart quotes, dashes, ellipsis,
 * Unicode spaces, invisible characters) so a message can stay in GSM-7 and be billed at
 * 160/153 characters per segment instead of 70/67. Characters with no look-alike are left alone
 * and listed in `remainingUnicode`.
 *
 * @example
 * toGsm7('It\u2019s \u201Cdone\u201D\u2026')
 * // { text: 'It\'s "done"...', replaced: [{ from: '\u2019', to: "'", count: 1 }, …], remainingUnicode: [] }
 */
export function toGsm7(text: string): Gsm7Conversion {
  let out = '';
  const replaced = new Map<string, { from: string; to: string; count: number }>();
  const remaining = new Set<string>();
  for (const character of text) {
    const substitute = LOOKALIKE_MAP.get(character);
    if (substitute === undefined) {
      out += character;
      if (SEPTETS.get(character) === undefined) remaining.add(character);
      continue;
    }
    out += substitute;
    const entry = replaced.get(character);
    if (entry) entry.count += 1;
    else replaced.set(character, { from: character, to: substitute, count: 1 });
  }
  return { text: out, replaced: [...replaced.values()], remainingUnicode: [...remaining] };
}
