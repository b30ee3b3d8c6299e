// Turns the simplest `pattern`s of the spec into character-code checks. A RegExp's `test` costs
// 25–45 ns in V8 even on a one-character string, and a WhatsApp template runs several; a loop over
// char codes costs a few. Two shapes are compiled, both exactly (no backtracking can be needed):
//   ^ atoms $  — each atom one character class with a fixed count, the last one possibly with a
//                variable count (`?`, `*`, `+`, `{n,m}`);
//   ^ prefix   — no `$`, and the prefix a finite set of strings (`(?:https?|HTTPS?)://`).
// Any other pattern is left to the RegExp. The unit tests compare each compiled check with its
// RegExp on generated strings.

/** Reads one class member or literal at `i`: returns [low, high, next index], or undefined. */
function readChar(source, i) {
  const c = source[i];
  if (c === undefined) return undefined;
  if (c === '\\') {
    const next = source[i + 1];
    if (next === undefined || /[A-Za-z0-9]/.test(next)) return undefined;
    return [next.charCodeAt(0), next.charCodeAt(0), i + 2];
  }
  if ('[](){}|?*+.^$'.includes(c)) return undefined;
  return [c.charCodeAt(0), c.charCodeAt(0), i + 1];
}

/** Reads a class `[...]`, `\d` or a literal at `i`: returns { ranges, negated, next }, or undefined. */
function readAtom(source, i) {
  if (source.startsWith('\\d', i)) return { ranges: [[48, 57]], negated: false, next: i + 2 };
  if (source[i] !== '[') {
    const char = readChar(source, i);
    return char && { ranges: [[char[0], char[1]]], negated: false, next: char[2] };
  }
  let j = i + 1;
  const negated = source[j] === '^';
  if (negated) j += 1;
  const ranges = [];
  while (source[j] !== ']') {
    const low = source[j] === '-' && ranges.length === 0 ? [45, 45, j + 1] : readChar(source, j);
    if (!low) return undefined;
    j = low[2];
    if (source[j] === '-' && source[j + 1] !== ']') {
      const high = readChar(source, j + 1);
      if (!high) return undefined;
      ranges.push([low[0], high[0]]);
      j = high[2];
    } else {
      ranges.push([low[0], low[0]]);
    }
  }
  // Only ASCII members: a code point then is one UTF-16 unit, so counting units counts what `u` counts.
  if (ranges.some(([, high]) => high > 127)) return undefined;
  return { ranges, negated, next: j + 1 };
}

/** Reads a quantifier at `i`: returns { min, max, next }. */
function readQuantifier(source, i) {
  const c = source[i];
  if (c === '?') return { min: 0, max: 1, next: i + 1 };
  if (c === '*') return { min: 0, max: Infinity, next: i + 1 };
  if (c === '+') return { min: 1, max: Infinity, next: i + 1 };
  const braces = /^\{(\d+)(?:(,)(\d*))?\}/.exec(source.slice(i));
  if (braces) {
    const min = Number(braces[1]);
    const max = braces[2] === undefined ? min : braces[3] === '' ? Infinity : Number(braces[3]);
    return { min, max, next: i + braces[0].length };
  }
  return { min: 1, max: 1, next: i };
}

const classTest = ({ ranges, negated }) => {
  const test = ranges.map(([low, high]) => (low === high ? `c===${low}` : `c>=${low}&&c<=${high}`)).join('||');
  return negated ? `!(${test})` : `(${test})`;
};

/** `^ atoms $`: the body of a function of `s`, or undefined. */
function anchoredAtoms(source) {
  if (!source.startsWith('^') || !source.endsWith('$') || source.endsWith('\\$')) return undefined;
  const body = source.slice(1, -1);
  const atoms = [];
  for (let i = 0; i < body.length; ) {
    const atom = readAtom(body, i);
    if (!atom) return undefined;
    const quantifier = readQuantifier(body, atom.next);
    atoms.push({ ...atom, ...quantifier });
    i = quantifier.next;
  }
  const last = atoms.at(-1);
  if (last === undefined || atoms.slice(0, -1).some((atom) => atom.min !== atom.max)) return undefined;
  // A negated class also matches astral characters, which `u` counts once and UTF-16 twice.
  if (atoms.some((atom) => atom.negated && !(atom.min <= 1 && atom.max === Infinity))) return undefined;
  const fixed = atoms.slice(0, -1).reduce((sum, atom) => sum + atom.min, 0);
  const min = fixed + last.min;
  const max = fixed + last.max;
  const lines = [max === Infinity ? (min === 0 ? '' : `if(s.length<${min})return!1;`) : min === max ? `if(s.length!==${min})return!1;` : `if(s.length<${min}||s.length>${max})return!1;`];
  let position = 0;
  for (const atom of atoms.slice(0, -1)) {
    lines.push(`for(let i=${position};i<${position + atom.min};i++){const c=s.charCodeAt(i);if(!${classTest(atom)})return!1}`);
    position += atom.min;
  }
  lines.push(`for(let i=${position};i<s.length;i++){const c=s.charCodeAt(i);if(!${classTest(last)})return!1}`);
  return `${lines.join('')}return!0`;
}

/** The strings a pattern of literals, single-character `?` and `(?:a|b)` groups matches, or undefined. */
function finiteStrings(body) {
  let strings = [''];
  for (let i = 0; i < body.length; ) {
    let options;
    if (body.startsWith('(?:', i)) {
      const end = body.indexOf(')', i);
      if (end < 0) return undefined;
      options = [];
      for (const alternative of body.slice(i + 3, end).split('|')) {
        const expanded = finiteStrings(alternative);
        if (!expanded) return undefined;
        options.push(...expanded);
      }
      i = end + 1;
    } else {
      const char = readChar(body, i);
      if (!char) return undefined;
      options = [String.fromCharCode(char[0])];
      i = char[2];
    }
    if (body[i] === '?') {
      options.push('');
      i += 1;
    }
    strings = strings.flatMap((prefix) => options.map((option) => prefix + option));
    if (strings.length > 16) return undefined;
  }
  return strings;
}

/** `^ prefix` with a finite set of prefixes: the body of a function of `s`, or undefined. */
function finitePrefix(source) {
  if (!source.startsWith('^') || source.endsWith('$')) return undefined;
  const strings = finiteStrings(source.slice(1));
  if (!strings || strings.includes('')) return undefined;
  return `return ${strings.map((prefix) => `s.startsWith(${JSON.stringify(prefix)})`).join('||')}`;
}

/**
 * The body of a function `(s) => boolean` that answers as `new RegExp(source, 'u').test(s)` does
 * for every string `s`, or undefined when the pattern is not of a compiled shape.
 */
export function compilePattern(source) {
  return anchoredAtoms(source) ?? finitePrefix(source);
}
