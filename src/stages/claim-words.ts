// A per-sentence view of the tokens that the claim rules walk: lower-case text and which quantity covers each token.
import type { Quantity } from '../core/layers/quantity.js';
import type { Sentence, Token } from '../core/layers/text.js';
import type { Certainty } from '../core/layers/claim.js';
import type { Span } from '../core/span.js';
import {
  CAVEAT_REFERENTS,
  LINKING_VERBS,
  NOUN_NEGATORS,
  PROVISIONAL_WORDS,
  UNCHECKED_WORDS,
  VERIFY_FORMS,
  VERIFY_NEGATORS,
} from './en/harm.js';

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

/** A caveat a sentence puts on claims: "the figure could not be verified", "a provisional toll". */
export interface Caveat {
  readonly certainty: Certainty;
  /**
   * What it speaks of: every claim of its sentence; the figures inside `span`; an earlier death toll, figure or claim
   * named by a noun ("the toll", "the figure", "the claim"); or something else ("the footage").
   */
  readonly scope: 'sentence' | 'span' | 'toll' | 'figures' | 'claims' | 'none';
  readonly span: Span;
  /** Where the caveat's clause starts: figures before it in its sentence are what an earlier-pointing caveat speaks of. */
  readonly at: number;
  /** Nothing but the caveat's clause comes before it in its sentence. */
  readonly opening: boolean;
}

/** How far before a verb of checking its negation may stand ("could not be independently verified"). */
const NEGATION_REACH = 5;
/** How many words after an active verb of checking its object may take. */
const OBJECT_REACH = 12;
/** Words that end a clause's subject or object when read outward from a caveat. */
const CAVEAT_STOPS = new Set(['but', 'though', 'although', 'while', 'whereas', 'because', 'since', 'as', 'and', 'so']);
const isNegator = (w: Word): boolean =>
  VERIFY_NEGATORS.has(w.lower) || w.lower.endsWith("n't") || w.lower.endsWith('n’t');

/** The caveats of one sentence, found in one scan of its words. */
export function caveatsOf(view: SentenceView): Caveat[] {
  const w = view.words;
  const out: Caveat[] = [];
  for (let i = 0; i < w.length; i++) {
    const x = w[i] as Word;
    const form = VERIFY_FORMS.get(x.lower);
    if (form !== undefined) {
      const neg = negationBefore(w, i, form === 'noun');
      if (neg < 0) continue;
      const start = clauseStart(w, neg);
      const topic: [number, number] = form === 'passive' ? [start, neg] : [i + 1, objectEnd(w, i + 1)];
      out.push(caveat(view, 'unconfirmed', topic, start));
    } else if (UNCHECKED_WORDS.has(x.lower) || PROVISIONAL_WORDS.has(x.lower)) {
      const certainty: Certainty = UNCHECKED_WORDS.has(x.lower) ? 'unconfirmed' : 'hedged';
      if (LINKING_VERBS.has(w[i - 1]?.lower ?? '')) {
        // "the figure was provisional", "these figures remain unverified": the subject says what
        const start = clauseStart(w, i - 1);
        out.push(caveat(view, certainty, [start, i - 1], start));
      } else if (certainty === 'unconfirmed' || referentAfter(w, i)) {
        // "according to unconfirmed reports", "a provisional toll": the claims of this sentence
        out.push({ certainty, scope: 'sentence', span: view.sentence.span, at: x.span[0], opening: false });
      }
    }
  }
  return out;
}

/** A negation a few words before a verb of checking ("could not be independently verified"), or -1. */
function negationBefore(w: readonly Word[], at: number, noun: boolean): number {
  for (let j = at - 1; j >= 0 && j >= at - NEGATION_REACH; j--) {
    const x = w[j] as Word;
    if (x.kind === 'punct') return -1;
    if (noun ? NOUN_NEGATORS.has(x.lower) : isNegator(x)) return j;
  }
  return -1;
}

/** Where the clause holding word `at` starts: after the last comma, semicolon, colon, dash or conjunction before it. */
function clauseStart(w: readonly Word[], at: number): number {
  // (bounded: a clause is a few dozen words, and a hostile run of words must not make every caveat rescan them)
  const floor = Math.max(0, at - CLAUSE_REACH);
  for (let j = at - 1; j >= floor; j--) {
    const x = w[j] as Word;
    if ((x.kind === 'punct' && !isQuoteMark(x) && x.text !== '-') || CAVEAT_STOPS.has(x.lower)) return j + 1;
  }
  return floor;
}

/** How far back a caveat's clause is looked for, in words. */
const CLAUSE_REACH = 60;

/** Where the object of an active verb of checking ends: at punctuation or a new clause. */
function objectEnd(w: readonly Word[], from: number): number {
  let j = from;
  while (j < w.length && j - from < OBJECT_REACH) {
    const x = w[j] as Word;
    if ((x.kind === 'punct' && !isQuoteMark(x) && x.text !== '-') || CAVEAT_STOPS.has(x.lower)) break;
    j++;
  }
  return j;
}

/** Whether a noun of a figure follows within two words ("provisional death toll", "preliminary figures"). */
function referentAfter(w: readonly Word[], at: number): boolean {
  for (let j = at + 1; j <= at + 2 && j < w.length; j++) {
    const r = CAVEAT_REFERENTS.get((w[j] as Word).lower);
    if (r === 'toll' || r === 'figures' || (r === 'claims' && j === at + 1)) return true;
  }
  return false;
}

/** Words that name nothing a caveat could be about: determiners, pronouns, auxiliaries. */
const FUNCTION_WORDS = new Set(
  (
    'the a an its their his her our your my this these those that which what it they them he she we i you ' +
    'of to be been being is was were are has have had could can would will may might must shall should do does did ' +
    'not independently immediately yet also fully separately readily so far still either any such'
  ).split(' '),
);
const REFERENT_RANK = { claims: 1, figures: 2, toll: 3 } as const;

/** A caveat whose subject or object spans words [from, to): what it names decides what it speaks of. */
function caveat(view: SentenceView, certainty: Certainty, [from, to]: [number, number], start: number): Caveat {
  const w = view.words;
  let best: 'toll' | 'figures' | 'claims' | null = null;
  let content = false;
  let figure = false;
  for (let j = from; j < to; j++) {
    const x = w[j] as Word;
    if (x.quantity >= 0) figure = true;
    if (x.kind !== 'word') continue;
    const r = FUNCTION_WORDS.has(x.lower) ? undefined : CAVEAT_REFERENTS.get(x.lower);
    if (r !== undefined) {
      if (best === null || REFERENT_RANK[r] > REFERENT_RANK[best]) best = r;
    } else if (!FUNCTION_WORDS.has(x.lower)) content = true;
  }
  // "could not verify that 30 people were killed" names its figures; "the figure", "the claim" point back;
  // "the footage" is about something else; "it", "which", nothing at all point back at any claim
  const scope: Caveat['scope'] = figure ? 'span' : (best ?? (content ? 'none' : 'claims'));
  const first = w[from];
  const last = w[to - 1];
  const span: Span = first && last && to > from ? [first.span[0], last.span[1]] : view.sentence.span;
  const at = w[start]?.span[0] ?? view.sentence.span[0];
  let opening = true;
  for (let j = 0; j < start && opening; j++) opening = w[j]?.kind === 'punct';
  return { certainty, scope, span, at, opening };
}
