// Splits the text into sentences: lines are blocks, and a block splits after . ! ? (and closing quotes) before a capital.
import type { Sentence } from '../core/layers/text.js';
import { spanned, trimSpan } from '../core/span.js';
import { defineStage } from '../pipeline/stage.js';
import { ABBREVIATIONS, SENTENCE_OPENERS } from './en/abbreviations.js';

/** Spaces between sentences on one line, the no-break and thin spaces of wire copy included. */
const INLINE_SPACE = new Set([' ', '\t', '\u00a0', '\u2009', '\u202f']);
const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '»']);
const INLINE_SPACE_CODES = new Set([...INLINE_SPACE].map((c) => c.charCodeAt(0)));
const CLOSER_CODES = new Set([...CLOSERS].map((c) => c.charCodeAt(0)));
const isInlineSpace = (c: number): boolean => c === 32 || INLINE_SPACE_CODES.has(c);
const isCloser = (c: number): boolean => CLOSER_CODES.has(c);
/** Capital letters each followed by a full stop but the last ("G.K" before the stop at `dot`). */
const INITIALS = /^(?:\p{Lu}\.){1,3}\p{Lu}$/u;
const TERMINAL = /[.!?…]["'”’)\]»]*$/u;

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = -1;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const [s, e] = trimSpan(text, lineStart, lineEnd);
    if (e > s) {
      paragraph++;
      const heading = !TERMINAL.test(text.slice(Math.max(s, e - 4), e));
      // a plain literal (no spread), so that every sentence has one shape
      for (const [a, b] of splitBlock(text, s, e)) {
        if (a < 0 || b > text.length || a > b) spanned(text, a, b); // throws the usual RangeError
        out.push({ span: [a, b], text: text.slice(a, b), paragraph, heading });
      }
    }
    lineStart = lineEnd + 1;
  }
  return out;
}

/** Sentence boundaries inside one line [start, end). */
function splitBlock(text: string, start: number, end: number): [number, number][] {
  const parts: [number, number][] = [];
  let from = start;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 46 && c !== 33 && c !== 63 && c !== 0x2026) continue;
    const ch = text.charAt(i);
    let j = i + 1;
    while (j < end && isCloser(text.charCodeAt(j))) j++;
    if (j >= end || !isInlineSpace(text.charCodeAt(j))) continue;
    let k = j;
    while (k < end && isInlineSpace(text.charCodeAt(k))) k++;
    if (k >= end || !startsSentence(text, k)) continue;
    if (ch === '.' && j === i + 1 && isAbbreviation(text, from, i) && !opensSentence(text, k, end)) continue;
    const [a, b] = trimSpan(text, from, j);
    if (b > a) parts.push([a, b]);
    from = k;
    i = k - 1;
  }
  const [a, b] = trimSpan(text, from, end);
  if (b > a) parts.push([a, b]);
  return parts;
}

/** The word at `at` is one that starts sentences, not names ("It", "The"). */
function opensSentence(text: string, at: number, end: number): boolean {
  let e = at;
  while (e < end && /\p{L}/u.test(text[e] ?? '')) e++;
  return SENTENCE_OPENERS.has(text.slice(at, e));
}

function startsSentence(text: string, at: number): boolean {
  const c = text[at] ?? '';
  if (c === '"' || c === '“' || c === '‘' || c === "'" || c === '(' || c === '[') return true;
  return /[\p{Lu}\d]/u.test(c);
}

/** The word before a full stop at `dot` is an abbreviation or an initial ("U.S.", "Gen.", "J."). */
function isAbbreviation(text: string, from: number, dot: number): boolean {
  let w = dot;
  while (w > from && /[\p{L}.]/u.test(text[w - 1] ?? '')) w--;
  const word = text.slice(w, dot);
  if (word.length === 0) return false;
  if (word.length === 1 && /\p{Lu}/u.test(word)) return true;
  // initials written together: "G.K.", "J.R.R."
  if (INITIALS.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

export const sentencesStage = defineStage({
  name: 'sentences',
  version: '1',
  requires: [],
  assigns: ['sentences'],
  run: (doc) => ({ layers: { sentences: splitSentences(doc.text) } }),
});
