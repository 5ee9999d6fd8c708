// Splits each sentence into word, number, punctuation and symbol tokens.
import {
  BMP_CLASS,
  C_DIGIT,
  C_LETTER,
  C_MARK,
  C_PUNCT,
  C_SPACE,
  classOf,
  codePointAt,
  isDigitAt,
} from './char-class.js';
import type { Sentence, Token, TokenKind } from '../core/layers/text.js';
import { defineStage } from '../pipeline/stage.js';

// Numbers keep their separators ("1,200", "9.4"); words keep inner apostrophes and hyphens ("New Year's", "year-old");
// a run of hyphens ("--") is one mark.
// The scanner below reads exactly what this linear expression matches, walking the characters by hand without a
// match object per token:
//   /(\d+(?:[.,:]\d+)*)|(\p{L}[\p{L}\p{M}\d]*(?:['’\-\u2010\u2011][\p{L}\d][\p{L}\p{M}\d]*)*)|(-+)|(\p{P})|(\S)/gu

/** Inner joiners of a word: apostrophes and hyphens. */
const isJoiner = (c: number): boolean => c === 39 || c === 0x2019 || c === 45 || c === 0x2010 || c === 0x2011;

export function tokenize(sentences: readonly Sentence[]): Token[] {
  const out: Token[] = [];
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si] as Sentence;
    const body = s.text;
    const base = s.span[0];
    const n = body.length;
    let i = 0;
    while (i < n) {
      const cp = codePointAt(body, i);
      const k = cp < 128 ? (BMP_CLASS[cp] as number) : classOf(cp);
      let j = i + (cp > 0xffff ? 2 : 1);
      if (k === C_SPACE) {
        i = j;
        continue;
      }
      let kind: TokenKind;
      if (k === C_DIGIT) {
        // \d+(?:[.,:]\d+)*
        while (j < n && isDigitAt(body, j)) j++;
        for (;;) {
          const c = body.charCodeAt(j);
          if (j + 1 < n && (c === 46 || c === 44 || c === 58) && isDigitAt(body, j + 1)) {
            j += 2;
            while (j < n && isDigitAt(body, j)) j++;
          } else break;
        }
        kind = 'number';
      } else if (k === C_LETTER) {
        // \p{L}[\p{L}\p{M}\d]*(?:['’\-‐‑][\p{L}\d][\p{L}\p{M}\d]*)*
        for (;;) {
          while (j < n) {
            const c = codePointAt(body, j);
            const ck = c < 128 ? (BMP_CLASS[c] as number) : classOf(c);
            if (ck !== C_LETTER && ck !== C_MARK && ck !== C_DIGIT) break;
            j += c > 0xffff ? 2 : 1;
          }
          if (j + 1 < n && isJoiner(body.charCodeAt(j))) {
            const c = codePointAt(body, j + 1);
            const ck = c < 128 ? (BMP_CLASS[c] as number) : classOf(c);
            if (ck === C_LETTER || ck === C_DIGIT) {
              j += 1 + (c > 0xffff ? 2 : 1);
              continue;
            }
          }
          break;
        }
        kind = 'word';
      } else {
        kind = k === C_PUNCT ? 'punct' : 'symbol';
        // "--", the typed dash of wire copy, is one mark
        if (cp === 45) while (j < n && body.charCodeAt(j) === 45) j++;
      }
      out.push({ span: [base + i, base + j], text: body.slice(i, j), kind, sentence: si });
      i = j;
    }
  }
  return out;
}

export const tokensStage = defineStage({
  name: 'tokens',
  version: '1',
  requires: ['sentences'],
  assigns: ['tokens'],
  run: (doc) => ({ layers: { tokens: tokenize(doc.get('sentences')) } }),
});
