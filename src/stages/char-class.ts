// Character classes for the hand-written scanners (tokens, the quantity lexer): digits, letters, combining marks,
// punctuation, spaces and the rest, cached for the Basic Multilingual Plane as characters are met.

export const C_OTHER = 1;
export const C_LETTER = 2;
export const C_MARK = 3;
export const C_SPACE = 4;
export const C_DIGIT = 5;
export const C_PUNCT = 6;

function classify(cp: number): number {
  const ch = String.fromCodePoint(cp);
  if (cp >= 48 && cp <= 57) return C_DIGIT;
  if (/\p{L}/u.test(ch)) return C_LETTER;
  if (/\p{M}/u.test(ch)) return C_MARK;
  if (/\p{P}/u.test(ch)) return C_PUNCT;
  if (/\s/u.test(ch)) return C_SPACE;
  return C_OTHER;
}

/** Classes of the Basic Multilingual Plane (0: not yet known); ASCII is filled up front for the scanners' fast path. */
export const BMP_CLASS = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) BMP_CLASS[c] = classify(c);

/** The class of a code point. */
export function classOf(cp: number): number {
  if (cp < 0x10000) {
    let k = BMP_CLASS[cp] as number;
    if (k === 0) {
      k = classify(cp);
      BMP_CLASS[cp] = k;
    }
    return k;
  }
  return classify(cp);
}

/** The code point at `i` (a surrogate pair read as one). */
export function codePointAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return c;
}

export const isDigitAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
};

/** White space as `\s` matches it, tested on a UTF-16 code unit without a regular expression. */
export function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** True for a-z and '-' (the letters of a lower-cased ASCII word as `/[a-z-]+/g` reads it). */
function isLowerWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || c === 45;
}

/**
 * A pre-test for looking up a word of `text` in a fixed set of keys: false when no key has the word's length and its
 * first two code units (then the look-up would miss), true otherwise. Words of under two code units, or with a code
 * unit past ASCII in the first two, always pass.
 */
export type WordGate = (text: string, start: number, end: number) => boolean;

export function wordGate(keys: Iterable<string>): WordGate {
  const list = [...keys];
  const longest = list.reduce((m, k) => Math.max(m, k.length), 0);
  const pairs = new Uint8Array(128 * 128);
  const hasLength = new Uint8Array(longest + 1);
  for (const k of list) {
    hasLength[k.length] = 1;
    if (k.length >= 2) {
      const a = k.charCodeAt(0);
      const b = k.charCodeAt(1);
      if (a < 128 && b < 128) pairs[a * 128 + b] = 1;
    }
  }
  return (text, start, end) => {
    const len = end - start;
    if (len > longest || hasLength[len] === 0) return false;
    if (len < 2) return true;
    const a = text.charCodeAt(start);
    const b = text.charCodeAt(start + 1);
    return a >= 128 || b >= 128 || pairs[a * 128 + b] === 1;
  };
}

/**
 * Calls `visit` with each maximal run of a-z and '-' in `text` that `gate` lets through, in order, as
 * `text.matchAll(/[a-z-]+/g)` would give them, without a match object per word (words the gate rejects are not even cut
 * out of `text`); stops early when `visit` returns true.
 */
export function someLowerWordGated(text: string, gate: WordGate, visit: (word: string) => boolean): boolean {
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isLowerWordCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && isLowerWordCode(text.charCodeAt(i))) i++;
    if (gate(text, start, i) && visit(text.slice(start, i))) return true;
  }
  return false;
}
