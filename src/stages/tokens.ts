// Splits each sentence into word, number, punctuation and symbol tokens with one linear regular expression.
import type { Sentence, Token, TokenKind } from '../core/layers/text.js';
import { defineStage } from '../pipeline/stage.js';

// Numbers keep their separators ("1,200", "9.4"); words keep inner apostrophes and hyphens ("New Year's", "year-old").
// Each alternation branch starts with a different class and every repetition is separated by a single
// character that the repeated class cannot match, so matching is linear.
const TOKEN = /(\d+(?:[.,:]\d+)*)|(\p{L}[\p{L}\p{M}\d]*(?:['’\-\u2010\u2011][\p{L}\d][\p{L}\p{M}\d]*)*)|(\p{P})|(\S)/gu;

export function tokenize(sentences: readonly Sentence[]): Token[] {
  const out: Token[] = [];
  sentences.forEach((s, si) => {
    TOKEN.lastIndex = 0;
    const body = s.text;
    for (let m = TOKEN.exec(body); m !== null; m = TOKEN.exec(body)) {
      const kind: TokenKind =
        m[1] !== undefined ? 'number' : m[2] !== undefined ? 'word' : m[3] !== undefined ? 'punct' : 'symbol';
      const start = s.span[0] + m.index;
      out.push({ span: [start, start + m[0].length], text: m[0], kind, sentence: si });
    }
  });
  return out;
}

export const tokensStage = defineStage({
  name: 'tokens',
  version: '1',
  requires: ['sentences'],
  assigns: ['tokens'],
  run: (doc) => ({ layers: { tokens: tokenize(doc.get('sentences')) } }),
});
