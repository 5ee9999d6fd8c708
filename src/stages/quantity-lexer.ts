// Fine-grained tokens for the quantity grammar: digits, letters and single symbols apart, with the spacing kept.
//
// The tokens layer keeps "Su-25", "twenty-two" and "year-old" whole; the quantity rules need their parts, and whether
// two parts touch ("10k", "M777", "$19") or stand apart ("10 k"). One linear regular expression makes the tokens;
// a second linear pass repairs figures whose separators do not form a number ("192.168.1.2", "22,24,26").

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

// Digits with inner separators; letters with inner apostrophes; any other single non-space character.
// Each branch starts with a different class and every repetition is separated by a character the repeated class
// cannot match, so matching is linear.
const LEX = /(\d+(?:[.,]\d+)*)|(\p{L}[\p{L}\p{M}]*(?:['’]\p{L}[\p{L}\p{M}]*)*)|(\S)/gu;

/** Value of a run of digits and separators, or null when its separators do not make one number. */
export function digitValue(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(s)) return Number(s.replace(/,/g, ''));
  if (/^\d+\.\d+$/.test(s)) return Number(s);
  if (/^\d{1,3}(?:\.\d{3}){2,}$/.test(s)) return Number(s.replace(/\./g, '')); // 1.234.567
  if (/^\d{1,3}(?:\.\d{3})+,\d+$/.test(s)) return Number(s.replace(/\./g, '').replace(',', '.')); // 1.111,11
  if (/^\d+,\d{1,2}$/.test(s)) return Number(s.replace(',', '.')); // 1,3 and 5,00: a decimal comma
  if (/^\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?$/.test(s)) return Number(s.replace(/,/g, '')); // 12,34,567.89
  return null;
}

function push(out: Tok[], text: string, start: string | number, kind: TokKind, space: boolean): void {
  const s = Number(start);
  out.push({ text, low: text.toLowerCase(), start: s, end: s + text.length, kind, space });
}

export function lex(text: string): Tok[] {
  const out: Tok[] = [];
  LEX.lastIndex = 0;
  let prevEnd = -1;
  for (let m = LEX.exec(text); m !== null; m = LEX.exec(text)) {
    const space = prevEnd < 0 || m.index > prevEnd;
    prevEnd = m.index + m[0].length;
    if (m[1] !== undefined) {
      if (digitValue(m[1]) !== null) {
        push(out, m[1], m.index, 'num', space);
        continue;
      }
      // a list or an address: each run of digits on its own, the separators as punctuation
      let at = m.index;
      let first = true;
      for (const part of m[1].split(/([.,])/)) {
        if (part) push(out, part, at, /\d/.test(part) ? 'num' : 'punct', first ? space : false);
        at += part.length;
        first = false;
      }
    } else {
      push(out, m[0], m.index, m[2] !== undefined ? 'word' : 'punct', space);
    }
  }
  return mergeLeadingDecimals(out);
}

/** ".08" and ".500": a full stop that starts a word and touches digits is a decimal point. */
function mergeLeadingDecimals(toks: Tok[]): Tok[] {
  const out: Tok[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Tok;
    const next = toks[i + 1];
    const prev = out[out.length - 1];
    if (
      t.text === '.' &&
      t.space &&
      next !== undefined &&
      next.kind === 'num' &&
      !next.space &&
      /^\d+$/.test(next.text) &&
      (prev === undefined || prev.kind !== 'num')
    ) {
      const text = `.${next.text}`;
      out.push({ text, low: text, start: t.start, end: next.end, kind: 'num', space: t.space });
      i++;
      continue;
    }
    out.push(t);
  }
  return out;
}

/** Offsets of a token range [first, last] as a span into the lexed text. */
export const tokSpan = (toks: readonly Tok[], first: number, last: number): [number, number] => [
  toks[first]?.start ?? 0,
  toks[last]?.end ?? 0,
];
