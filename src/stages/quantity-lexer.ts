// Fine-grained tokens for the quantity grammar: digits, letters and single symbols apart, with the spacing kept.
//
// The tokens layer keeps "Su-25", "twenty-two" and "year-old" whole; the quantity rules need their parts, and whether
// two parts touch ("10k", "M777", "$19") or stand apart ("10 k"). One linear regular expression makes the tokens;
// a second linear pass repairs figures whose separators do not form a number ("192.168.1.2", "22,24,26").

import { BMP_CLASS, C_DIGIT, C_LETTER, C_MARK, C_SPACE, classOf, codePointAt, isDigitAt } from './char-class.js';

export type TokKind = 'num' | 'word' | 'punct';

export interface Tok {
  readonly text: string;
  /** Lower-case text. */
  readonly low: string;
  /** Offsets into the text the tokens were made from. */
  readonly start: number;
  readonly end: number;
  readonly kind: TokKind;
  /** White space stands between this token and the previous one (true for the first token). */
  readonly space: boolean;
}

// Digits with inner separators; letters with inner apostrophes; any other single non-space character. The lexer below
// reads exactly what this linear expression matches (it is kept as the reference the lexer is tested against):
//   /(\d+(?:[.,]\d+)*)|(\p{L}[\p{L}\p{M}]*(?:['’]\p{L}[\p{L}\p{M}]*)*)|(\S)/gu
// but walks the characters by hand, in one pass and without a match object per token.

/** `/^\d+$/.test(s)`. */
function allDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** Value of a run of digits and separators, or null when its separators do not make one number. */
export function digitValue(s: string): number | null {
  if (allDigits(s)) return Number(s);
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(s)) return Number(s.replace(/,/g, ''));
  if (/^\d+\.\d+$/.test(s)) return Number(s);
  if (/^\d{1,3}(?:\.\d{3}){2,}$/.test(s)) return Number(s.replace(/\./g, '')); // 1.234.567
  if (/^\d{1,3}(?:\.\d{3})+,\d+$/.test(s)) return Number(s.replace(/\./g, '').replace(',', '.')); // 1.111,11
  if (/^\d+,\d{1,2}$/.test(s)) return Number(s.replace(',', '.')); // 1,3 and 5,00: a decimal comma
  if (/^\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?$/.test(s)) return Number(s.replace(/,/g, '')); // 12,34,567.89
  return null;
}

/** Pushes a token; a full stop that starts a word right before plain digits becomes their decimal point (".08"). */
function push(
  out: Tok[],
  text: string,
  low: string,
  start: number,
  kind: TokKind,
  space: boolean,
  plain: boolean,
): void {
  if (kind === 'num' && plain && !space) {
    const n = out.length;
    const dot = out[n - 1];
    if (dot !== undefined && dot.text === '.' && dot.space && (n < 2 || (out[n - 2] as Tok).kind !== 'num')) {
      const t = `.${text}`;
      out[n - 1] = { text: t, low: t, start: dot.start, end: start + text.length, kind: 'num', space: true };
      return;
    }
  }
  out.push({ text, low, start, end: start + text.length, kind, space });
}

export function lex(text: string): Tok[] {
  const out: Tok[] = [];
  const n = text.length;
  let prevEnd = -1;
  let i = 0;
  while (i < n) {
    const cp = codePointAt(text, i);
    const width = cp > 0xffff ? 2 : 1;
    const k = cp < 128 ? (BMP_CLASS[cp] as number) : classOf(cp);
    if (k === C_SPACE) {
      i += width;
      continue;
    }
    const space = prevEnd < 0 || i > prevEnd;
    let j = i + width;
    if (k === C_DIGIT) {
      // \d+(?:[.,]\d+)*
      let plain = true;
      while (j < n && isDigitAt(text, j)) j++;
      for (;;) {
        const c = text.charCodeAt(j);
        if (j + 1 < n && (c === 46 || c === 44) && isDigitAt(text, j + 1)) {
          plain = false;
          j += 2;
          while (j < n && isDigitAt(text, j)) j++;
        } else break;
      }
      const run = text.slice(i, j);
      if (plain || digitValue(run) !== null) push(out, run, run, i, 'num', space, plain);
      else {
        // a list or an address: each run of digits on its own, the separators as punctuation
        let a = i;
        while (a < j) {
          let b = a + 1;
          if (isDigitAt(text, a)) {
            while (b < j && isDigitAt(text, b)) b++;
            const part = text.slice(a, b);
            push(out, part, part, a, 'num', a === i ? space : false, true);
          } else {
            const part = text.charAt(a);
            push(out, part, part, a, 'punct', false, false);
          }
          a = b;
        }
      }
    } else if (k === C_LETTER) {
      // \p{L}[\p{L}\p{M}]*(?:['’]\p{L}[\p{L}\p{M}]*)*
      let lower = cp >= 97 && cp <= 122; // only lower-case ASCII so far: the word is its own lower case
      for (;;) {
        while (j < n) {
          const c = codePointAt(text, j);
          if (c >= 97 && c <= 122) {
            j++;
            continue;
          }
          const ck = c < 128 ? (BMP_CLASS[c] as number) : classOf(c);
          if (ck !== C_LETTER && ck !== C_MARK) break;
          lower = false;
          j += c > 0xffff ? 2 : 1;
        }
        const q = text.charCodeAt(j);
        if ((q === 39 || q === 0x2019) && j + 1 < n) {
          const c = codePointAt(text, j + 1);
          if ((c < 128 ? BMP_CLASS[c] : classOf(c)) === C_LETTER) {
            if (c < 97 || c > 122 || q !== 39) lower = false;
            j += 1 + (c > 0xffff ? 2 : 1);
            continue;
          }
        }
        break;
      }
      const word = text.slice(i, j);
      push(out, word, lower ? word : word.toLowerCase(), i, 'word', space, false);
    } else {
      const ch = text.slice(i, j);
      push(out, ch, cp < 128 ? ch : ch.toLowerCase(), i, 'punct', space, false);
    }
    prevEnd = j;
    i = j;
  }
  return out;
}

/** Offsets of a token range [first, last] as a span into the lexed text. */
export const tokSpan = (toks: readonly Tok[], first: number, last: number): [number, number] => [
  toks[first]?.start ?? 0,
  toks[last]?.end ?? 0,
];
