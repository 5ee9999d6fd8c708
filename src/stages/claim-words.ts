// A per-sentence view of the tokens that the claim rules walk: lower-case text and which quantity covers each token.
import type { Quantity } from '../core/layers/quantity.js';
import type { Sentence, Token } from '../core/layers/text.js';
import type { Span } from '../core/span.js';

export interface Word {
  readonly text: string;
  readonly lower: string;
  readonly span: Span;
  readonly kind: Token['kind'];
  /** Index in the quantities layer of the quantity that covers this token, or -1. */
  readonly quantity: number;
}

export interface SentenceView {
  readonly index: number;
  readonly sentence: Sentence;
  readonly words: readonly Word[];
}

const QUOTE_MARKS = new Set(['"', '“', '”', "'", '‘', '’', '«', '»']);
export const isQuoteMark = (w: Word): boolean => w.kind === 'punct' && QUOTE_MARKS.has(w.text);

/** Groups tokens by sentence and marks each with the quantity that covers it (quantities are sorted and disjoint). */
export function sentenceViews(
  sentences: readonly Sentence[],
  tokens: readonly Token[],
  quantities: readonly Quantity[],
): SentenceView[] {
  const views: { index: number; sentence: Sentence; words: Word[] }[] = sentences.map((sentence, index) => ({
    index,
    sentence,
    words: [],
  }));
  let q = 0;
  for (const t of tokens) {
    while (q < quantities.length && (quantities[q]?.span[1] ?? 0) <= t.span[0]) q++;
    const cur = quantities[q];
    const covered = cur !== undefined && cur.span[0] <= t.span[0] && t.span[1] <= cur.span[1];
    views[t.sentence]?.words.push({
      text: t.text,
      lower: hasUpper(t.text) ? t.text.toLowerCase() : t.text,
      span: t.span,
      kind: t.kind,
      quantity: covered ? q : -1,
    });
  }
  return views;
}

/** Whether the words from `at` spell `phrase` (lower-case words); returns the index after the match or -1. */
export function matchPhrase(words: readonly Word[], at: number, phrase: readonly string[]): number {
  let i = at;
  for (const p of phrase) {
    const w = words[i];
    if (w === undefined || w.lower !== p) return -1;
    i++;
  }
  return i;
}

/** Whether the words ending just before `end` spell `phrase`; returns the start index of the match or -1. */
export function matchPhraseEndingAt(words: readonly Word[], end: number, phrase: readonly string[]): number {
  const start = end - phrase.length;
  return start >= 0 && matchPhrase(words, start, phrase) === end ? start : -1;
}

/** Whether a token needs lower-casing: any character that is not a lower-case ASCII letter, digit or punctuation. */
function hasUpper(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c > 127) return true;
  }
  return false;
}
