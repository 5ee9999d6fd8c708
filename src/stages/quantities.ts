// The quantities recogniser: every figure a sentence states, with its hedge, interval, unit and role.
//
// Figures are read by the number grammar (quantity-numbers.ts) over fine-grained tokens (quantity-lexer.ts); this file
// adds what stands around them: a hedge before ("nearly 400") or after ("400 or more"), a range ("20 to 30"), a
// currency, a unit or a counted noun after, a change ("rose 5%", "rose to 45 from 30"), and the role that says what
// kind of number it is. Ages, dates, times, ordinals, model names and labels keep their figure but are never counts.
//
// Intervals (low, high) from the qualifier, for a figure N (integers; non-integers keep N as the open end):
//   exact N → [N, N]; more_than N → [N+1, null]; at_least N → [N, null]; nearly N → [ceil(0.9N), N-1];
//   up_to N and at_most N → [0, N]; less_than N → [0, N-1]; about N → [round(0.9N), round(1.1N)];
//   range → the stated ends (number = low end); vague → the named convention's interval (en/numbers.ts).
import type { Qualifier, Quantity, QuantityRole } from '../core/layers/quantity.js';
import type { Sentence } from '../core/layers/text.js';
import type { Span, Spanned } from '../core/span.js';
import { spanned } from '../core/span.js';
import { defineStage } from '../pipeline/stage.js';
import type { VagueConventionName } from '../pipeline/stage.js';
import {
  AGE_AFTER,
  AGE_BEFORE,
  CHANGE_DOWN,
  CHANGE_UP,
  COUNT_NOUNS,
  CURRENCY_SIGNS,
  CURRENCY_WORDS,
  DURATION_UNITS,
  LABEL_BEFORE,
  MEASURE_WORDS,
  MODIFIERS,
  MONTH_AFTER,
  MONTH_BEFORE,
  MONTHS,
  ONE_NOT_COUNT_AFTER,
  ONE_NOT_COUNT_BEFORE,
  PERCENT_WORDS,
  POST_MODIFIERS,
  SPACED_ONLY_IF_GLUED,
  STREET_WORDS,
  TIME_AFTER,
  TRANSITIVE_CHANGE,
  VAGUE_AMOUNTS,
  VAGUE_MAGNITUDE,
} from './en/numbers.js';
import type { ModifierPhrase, VagueAmount } from './en/numbers.js';
import { startsUpper } from '../geo/text-case.js';
import { lex } from './quantity-lexer.js';
import type { Tok } from './quantity-lexer.js';
import { ShapeFilter, readNumber, startsNumberWord } from './quantity-numbers.js';
import type { NumberRead } from './quantity-numbers.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const glued = (t: Tok | undefined): boolean => t !== undefined && !t.space;
const isWord = (t: Tok | undefined): t is Tok => t !== undefined && t.kind === 'word';
/** A punctuation token that is one of the given characters (up to four; no rest array to make per call). */
const isP = (t: Tok | undefined, a: string, b: string = a, c: string = a, d: string = a): boolean =>
  t !== undefined && t.kind === 'punct' && (t.text === a || t.text === b || t.text === c || t.text === d);
const isCap = (t: Tok | undefined): boolean => isWord(t) && startsUpper(t.text);
const AGE_WORD = /age/i;
const DASHES = ['-', '–', '—', '‑', '‐'];
const DASH_SET: ReadonlySet<string> = new Set(DASHES);
/** Punctuation that may start a figure: signs and fractions. */
const FIGURE_PUNCT: ReadonlySet<string> = new Set(['-', '+', '−', '½', '¼', '¾', '⅓', '⅔']);

/** The words of LABEL_BEFORE, for a cheap test before it. */
const LABEL_WORDS: ReadonlySet<string> = new Set(
  (/\(\?:\\b\(\?:([^)]*)\)/.exec(LABEL_BEFORE.source)?.[1] ?? '').split('|').map((w) => w.replace(/\\\./g, '')),
);
const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isAsciiSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);

/**
 * `LABEL_BEFORE.test(s)`. It can hold only when s, less its trailing white space, ends with "#" (then at most a dot)
 * or with one of its words as a whole run of letters (then at most two dots): other endings are turned down without
 * running it.
 */
function labelBefore(s: string): boolean {
  let e = s.length;
  while (e > 0 && isAsciiSpace(s.charCodeAt(e - 1))) e--;
  if (e === 0) return false;
  const c = s.charCodeAt(e - 1);
  if (c >= 128 || c === 35) return LABEL_BEFORE.test(s);
  for (let dots = 0; dots < 2 && s.charCodeAt(e - 1) === 46; dots++) e--;
  if (s.charCodeAt(e - 1) === 35) return LABEL_BEFORE.test(s);
  let w = e;
  while (w > 0 && isAsciiLetter(s.charCodeAt(w - 1))) w--;
  if (w === e || !LABEL_WORDS.has(s.slice(w, e))) return false;
  return LABEL_BEFORE.test(s);
}

/** Hedges indexed by their last word, longest first, so that a hedge before a figure is found in a few lookups. */
function indexByLast(list: readonly ModifierPhrase[]): Map<string, ModifierPhrase[]> {
  const m = new Map<string, ModifierPhrase[]>();
  for (const p of list) {
    const last = p.words[p.words.length - 1] ?? '';
    const l = m.get(last) ?? [];
    l.push(p);
    m.set(last, l);
  }
  for (const l of m.values()) l.sort((a, b) => b.words.length - a.words.length);
  return m;
}
function indexByFirst<T extends { words: readonly string[] }>(list: readonly T[]): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const p of list) {
    const first = p.words[0] ?? '';
    const l = m.get(first) ?? [];
    l.push(p);
    m.set(first, l);
  }
  for (const l of m.values()) l.sort((a, b) => b.words.length - a.words.length);
  return m;
}
const MOD_BY_LAST = indexByLast(MODIFIERS);
const POST_BY_FIRST = indexByFirst(POST_MODIFIERS);
const VAGUE_BY_FIRST = indexByFirst(VAGUE_AMOUNTS);
const VAGUE_FIRST_SHAPES = new ShapeFilter(VAGUE_BY_FIRST.keys());

/** Words that end the search for a counted noun ("12 civilians were killed": the noun is "civilians"). */
const NOUN_STOPS = new Set(
  (
    'of and or but to in on at by for with from into as than that which who whom whose was were is are be been ' +
    'being has have had will would could can may might must should did do does said says this these those the a an ' +
    'its their his her our your my it they he she we you i per across over under after before during since while ' +
    'when where if because so not no also who'
  ).split(' '),
);
const NOT_PLURAL_NOUN = new Set(
  (
    'was has is its this thus us as his yes less unless across always perhaps whereas afterwards towards ' +
    'news series means process business press access analysis crisis status campus bus gas'
  ).split(' '),
);
/** Little words before a figure that are not hedges and do not stop a change verb ("rose by 5%"). */
const CHANGE_LINKS = new Set(['by', 'a', 'an', 'some', 'about', 'nearly', 'almost', 'around', 'roughly']);

interface Draft {
  first: number; // token index where the span starts
  last: number; // token index where the span ends (included)
  coreFirst: number;
  coreLast: number;
  number: number | null;
  high: number | null; // for ranges
  qualifier: Qualifier;
  unit: string | null;
  role: QuantityRole | null;
  spelled: boolean;
  vague?: VagueAmount;
  direction?: 'up' | 'down';
  changeOf?: 'amount' | 'level';
  previous?: number;
  hedge?: Qualifier;
  /** Tokens of the words that set the qualifier ("more than", "or more"). */
  modifier?: [number, number];
  /** Tokens of the earlier figure of a change. */
  previousAt?: [number, number];
  noun?: [number, number];
  /** The figure read by the grammar, for role rules (null for vague amounts and model names). */
  read: NumberRead | null;
}

/** The vague amount starting at token `i`, or null. */
function vagueAt(toks: readonly Tok[], i: number): { amount: VagueAmount; last: number } | null {
  const t = toks[i];
  if (!isWord(t)) return null;
  if (!VAGUE_FIRST_SHAPES.has(t.low)) return null;
  const cands = VAGUE_BY_FIRST.get(t.low);
  if (cands === undefined) return null;
  for (const a of cands) {
    let ok = true;
    for (let k = 1; k < a.words.length && ok; k++) ok = toks[i + k]?.low === a.words[k] && isWord(toks[i + k]);
    if (!ok) continue;
    const last = i + a.words.length - 1;
    const next = toks[last + 1];
    if (a.words[0] === 'a' && a.words[1] === 'number' && next?.low !== 'of') continue;
    if (a.needsPlural && !(next?.low === 'of' || (isWord(next) && looksPlural(next.low)))) continue;
    // "hundreds" inside a figure ("two hundreds") is the grammar's; here only the bare plural
    return { amount: a, last };
  }
  return null;
}

function looksPlural(low: string): boolean {
  if (COUNT_NOUNS.has(low) && !/^(?:man|woman|child|person)$/.test(low))
    return low.endsWith('s') || /men$|people|children|police|troops|dead|wounded|injured|elderly|aircraft$/.test(low);
  return low.length > 3 && low.endsWith('s') && !low.endsWith('ss') && !NOT_PLURAL_NOUN.has(low);
}

/** A model or weapon name with digits: "Su-25", "M777", "Tu-22M3", "S-300", "Shahed-136"; returns the last token. */
function modelAt(toks: readonly Tok[], i: number): number {
  const t = toks[i];
  if (!isWord(t)) return -1;
  // first the cheap test that digits are glued after the word, then the words that never name a model
  let k = i + 1;
  const dash = toks[k];
  if (dash !== undefined && dash.kind === 'punct' && DASH_SET.has(dash.text) && glued(dash)) k++;
  const n = toks[k];
  if (n === undefined || n.kind !== 'num' || !glued(n)) return -1;
  if (/^(?:mid|pre|post|late|early|end|start|covid)$/i.test(t.low) && t.low !== 'covid') return -1;
  // a lower-case word glued to digits is a name only when short ("km2" is a unit, handled after a figure)
  if (!startsUpper(t.text) && !(t.text.length <= 2 && t.low !== 'sub')) return -1;
  if (t.text === t.text.toUpperCase() && CURRENCY_SIGNS.has(t.low) && k === i + 1) return -1;
  let last = k;
  while (
    glued(toks[last + 1]) &&
    (toks[last + 1]?.kind !== 'punct' ||
      (isP(toks[last + 1], '-') && glued(toks[last + 2]) && toks[last + 2]?.kind !== 'punct'))
  )
    last++;
  return last;
}

// A telephone number: "+380 44 123 4567", "(044) 123-45-67", "+1-222-333-4444". Groups of digits split by one
// space, hyphen or dot; each repetition starts with a separator the digit class cannot match, so matching is linear.
const PHONE = /(?:\+\s?\d{1,4}|\(\d{2,5}\)|\d{2,5})(?:[ .\-]\(?\d{2,5}\)?){2,5}(?!\d)/y;

/** The last token of a telephone number starting at token i, or -1. */
function phoneAt(toks: readonly Tok[], body: string, i: number): number {
  const t = toks[i] as Tok;
  if (t.text !== '+' && t.text !== '(' && t.kind !== 'num') return -1;
  PHONE.lastIndex = t.start;
  const m = PHONE.exec(body);
  if (m === null) return -1;
  const digits = m[0].replace(/\D/g, '').length;
  const grouped = /[ .-]\d{2,4}[ .-]\d{2,4}[ .-]\d{2,4}/.test(m[0]);
  if (digits < 9 || (!m[0].startsWith('+') && !m[0].startsWith('(') && !grouped)) return -1;
  return lastTokenBefore(toks, i, t.start + m[0].length);
}

/** The currency sign or code glued or next to the figure at token i ("$19", "US$ 5", "EUR 200"), as [first, code]. */
function currencyBefore(toks: readonly Tok[], i: number, min: number): [number, string] | null {
  const a = toks[i - 1];
  if (a === undefined || i - 1 < min) return null;
  const b = toks[i - 2];
  if (
    b !== undefined &&
    i - 2 >= min &&
    glued(a) &&
    a.text === '$' &&
    isWord(b) &&
    /^(?:US|A|C|HK|NZ|S)$/.test(b.text)
  ) {
    return [i - 2, CURRENCY_SIGNS.get(`${b.low}$`) ?? 'USD'];
  }
  if (a.text === '=' && glued(a) && b?.text === 'Y' && i - 2 >= min) return [i - 2, 'JPY'];
  const code = CURRENCY_SIGNS.get(a.kind === 'word' ? (a.text === a.text.toUpperCase() ? a.low : '') : a.text);
  if (code !== undefined) return [i - 1, code];
  return null;
}

/** The hedge that ends right before token `end` (not before `min`), as [first token, qualifier]. */
function modifierBefore(toks: readonly Tok[], end: number, min: number): [number, Qualifier] | null {
  const t = toks[end - 1];
  if (t === undefined || end - 1 < min) return null;
  for (const p of MOD_BY_LAST.get(t.low) ?? []) {
    const first = end - p.words.length;
    if (first < min) continue;
    let ok = true;
    for (let k = 0; k < p.words.length && ok; k++) ok = toks[first + k]?.low === p.words[k];
    if (ok) return [first, p.qualifier];
  }
  return null;
}

function postModifier(toks: readonly Tok[], at: number): [number, Qualifier] | null {
  const t = toks[at];
  if (t === undefined) return null;
  for (const p of POST_BY_FIRST.get(t.low) ?? []) {
    let ok = true;
    for (let k = 0; k < p.words.length && ok; k++) ok = toks[at + k]?.low === p.words[k];
    if (ok) {
      const after = toks[at + p.words.length];
      // "400 or more" but not "or more than 500"
      if (after?.low === 'than') continue;
      return [at + p.words.length - 1, p.qualifier];
    }
  }
  return null;
}

interface UnitHit {
  unit: string;
  role: QuantityRole;
  last: number;
}

/** The unit after the figure ending at token `last`: percent, currency, measure or duration. */
function unitAfter(toks: readonly Tok[], last: number): UnitHit | null {
  let k = last + 1;
  let t = toks[k];
  if (t === undefined) return null;
  if (t.text === '%' || t.text === '٪') return { unit: 'percent', role: 'percent', last: k };
  // "16-storey", "155-mm", "three-day"
  const hyphen =
    t !== undefined &&
    t.kind === 'punct' &&
    DASH_SET.has(t.text) &&
    glued(t) &&
    glued(toks[k + 1]) &&
    isWord(toks[k + 1]);
  if (hyphen) {
    k++;
    t = toks[k];
  }
  if (!isWord(t)) return null;
  const low = t.low;
  if (low === 'per' && toks[k + 1]?.low === 'cent') return { unit: 'percent', role: 'percent', last: k + 1 };
  const pc = PERCENT_WORDS.get(low);
  if (pc !== undefined) {
    if (low === 'percentage' && toks[k + 1]?.low.startsWith('point'))
      return { unit: 'percentage point', role: 'percent', last: k + 1 };
    if (low === 'percentage') return null;
    return { unit: pc, role: 'percent', last: k };
  }
  if (low === 'basis' && toks[k + 1]?.low.startsWith('point'))
    return { unit: 'basis point', role: 'percent', last: k + 1 };
  // "US dollars", "U.S. dollars"
  if ((t.text === 'US' || t.text === 'Canadian' || t.text === 'Australian') && toks[k + 1]?.low.startsWith('dollar')) {
    const code = t.text === 'US' ? 'USD' : t.text === 'Canadian' ? 'CAD' : 'AUD';
    return { unit: code, role: 'money', last: k + 1 };
  }
  const cur = CURRENCY_WORDS.get(low);
  if (cur !== undefined && (low.length > 3 || t.text === t.text.toUpperCase() || glued(t))) {
    if ((low === 'p' || low === 'cent' || low === 'cents') && !glued(t) && low === 'p') return null;
    return { unit: cur, role: 'money', last: k };
  }
  let m = MEASURE_WORDS.get(low) ?? MEASURE_WORDS.get(t.text);
  if (m === undefined) return null;
  if (SPACED_ONLY_IF_GLUED.has(low) && !glued(t) && !hyphen) return null;
  if (low === 'floor' && !hyphen) return null;
  if (low === 'points' || low === 'point') {
    // "20 points" is a measure on a scale; "point" alone after digits is a decimal word the grammar handles
    if (low === 'point') return null;
  }
  if (low === 'basis') return null;
  if (m === 'square' || low === 'sq') {
    const n = toks[k + 1];
    const inner = n ? (MEASURE_WORDS.get(n.low) ?? '') : '';
    if (inner === 'km' || inner === 'm' || inner === 'mile' || inner === 'ft')
      return { unit: `${inner}2`, role: 'measure', last: k + 1 };
    return null;
  }
  // "km2", "km/h"
  const n = toks[k + 1];
  if (m === 'km' && glued(n) && n?.text === '2') return { unit: 'km2', role: 'measure', last: k + 1 };
  if (m === 'km' && isP(n, '/') && glued(n) && toks[k + 2]?.low === 'h')
    return { unit: 'km/h', role: 'measure', last: k + 2 };
  if (m === 'year' && (n?.low === 'old' || (isP(n, '-') && toks[k + 2]?.low === 'old'))) return null;
  if (DURATION_UNITS.has(m) && hyphen && isP(n, '-') && toks[k + 2]?.low === 'old') return null;
  if (m === 'degree') {
    const c = toks[k + 1];
    if (c && /^(?:celsius|fahrenheit|c|f)$/.test(c.low)) {
      m = c.low.startsWith('c') ? 'degree Celsius' : 'degree Fahrenheit';
      return { unit: m, role: 'measure', last: k + 1 };
    }
  }
  return { unit: m, role: 'measure', last: k };
}

/** The last token from `last` on that ends at or before offset `end`. */
function lastTokenBefore(toks: readonly Tok[], last: number, end: number): number {
  let k = last;
  while (k + 1 < toks.length && (toks[k + 1] as Tok).end <= end) k++;
  return k;
}

/** The head noun after token `from`: the first plural or count noun among the next few words, before a stop word. */
function nounAfter(toks: readonly Tok[], from: number): [number, number] | null {
  for (let k = from; k < toks.length && k < from + 4; k++) {
    const t = toks[k] as Tok;
    if (t.kind !== 'word') {
      if (isP(t, '-') && glued(t)) continue;
      return null;
    }
    if (NOUN_STOPS.has(t.low)) return null;
    if (COUNT_NOUNS.has(t.low) || looksPlural(t.low)) return [k, k];
  }
  return null;
}

function interval(q: Qualifier, n: number): [number | null, number | null] {
  const int = Number.isInteger(n);
  switch (q) {
    case 'exact':
    case 'range':
    case 'vague':
      return [n, n];
    case 'more_than':
      return [int ? n + 1 : n, null];
    case 'at_least':
      return [n, null];
    case 'nearly':
      return int ? [Math.ceil(0.9 * n), Math.max(0, n - 1)] : [0.9 * n, n];
    case 'up_to':
    case 'at_most':
      return [0, n];
    case 'less_than':
      return [0, int ? Math.max(0, n - 1) : n];
    case 'about':
      return int ? [Math.round(0.9 * n), Math.round(1.1 * n)] : [0.9 * n, 1.1 * n];
  }
}

/** Capitalised words before a figure that do not name it ("Russia launched", "Kyiv 5"? no: these are verbs or fillers). */
const NAME_NUMBER_EXCEPT = new Set([
  'i',
  'and',
  'or',
  'but',
  'with',
  'killed',
  'kills',
  'killing',
  'total',
  'says',
  'said',
]);

const PHRASAL_BEFORE_UP = new Set(
  'gave give gives giving picked pick picks set sets made make makes took take takes shut put puts turned turn backed back stepped step ramped ramp scaled scale beefed built build called call broke break broken cut shot knocked brought bring mixed showed show ended end ends'.split(
    ' ',
  ),
);

const YEAR_LEAD = new Set([
  'in',
  'since',
  'of',
  'by',
  'until',
  'till',
  'from',
  'the',
  'during',
  'before',
  'after',
  'early',
  'late',
  'mid',
  'spring',
  'summer',
  'autumn',
  'winter',
  'fall',
  'year',
  'between',
  'and',
  'to',
  'through',
  'around',
  'circa',
]);

/** Whether the plain four-digit figure is a year ("in 2022", "the 2020 war", "August 2024"). */
function isYear(toks: readonly Tok[], d: Draft, r: NumberRead): boolean {
  const t = toks[r.first] as Tok;
  if (!r.bare || t.text.length !== 4 || r.value < 1800 || r.value > 2100 || r.first !== r.last) return false;
  if (d.unit !== null) return false;
  const prev = toks[d.coreFirst - 1];
  if (prev && (YEAR_LEAD.has(prev.low) || MONTHS.has(prev.low.replace(/\.$/, '')) || isP(prev, ',', '(', "'")))
    return true;
  if (d.qualifier !== 'exact') return false;
  const next = toks[d.last + 1];
  if (isWord(next) && (COUNT_NOUNS.has(next.low) || looksPlural(next.low))) return false;
  return true;
}

/**
 * Reads the quantities of one sentence. `toks` are the sentence's fine tokens with offsets into `body`; `base` is the
 * sentence's offset in the document.
 */
function sentenceQuantities(
  text: string,
  body: string,
  base: number,
  convention: VagueConventionName,
  out: Quantity[],
): void {
  const toks = lex(body);
  const drafts: Draft[] = [];
  let min = 0; // the first token a new quantity may take
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Tok;
    let d: Draft | null = null;

    // vague amounts first ("dozens", "tens of thousands", "a few"), then model names, then figures
    const v = vagueAt(toks, i);
    const model = v === null ? modelAt(toks, i) : -1;
    if (t.low === 'a' && toks[i + 1]?.low === 'couple' && toks[i + 2]?.low === 'of') {
      // "a couple of men": two, exactly
      d = {
        first: i, last: i + 1, coreFirst: i, coreLast: i + 1, number: 2, high: null, qualifier: 'exact',
        unit: null, role: null, spelled: true, read: null,
      }; // prettier-ignore
    } else if (v !== null) {
      d = {
        first: i, last: v.last, coreFirst: i, coreLast: v.last, number: null, high: null, qualifier: 'vague',
        unit: null, role: null, spelled: true, vague: v.amount, read: null,
      }; // prettier-ignore
    } else if (model >= 0) {
      const num = toks.slice(i, model + 1).find((x) => x.kind === 'num');
      d = {
        first: i, last: model, coreFirst: i, coreLast: model, number: num ? Number(num.text) : null, high: null,
        qualifier: 'exact', unit: null, role: 'model', spelled: false, read: null,
      }; // prettier-ignore
    } else {
      if (t.kind === 'word' && !startsNumberWord(t, toks[i + 1])) continue;
      if (t.kind === 'punct' && !FIGURE_PUNCT.has(t.text)) continue;
      // "someone", "tenant": the lexer keeps words whole; a figure glued after letters is a name (handled above)
      if (t.kind === 'num' && glued(t) && isWord(toks[i - 1]) && currencyBefore(toks, i, min) === null) continue;
      const phone = phoneAt(toks, body, i);
      if (phone >= 0) {
        drafts.push({
          first: i, last: phone, coreFirst: i, coreLast: phone, number: null, high: null, qualifier: 'exact',
          unit: null, role: 'other', spelled: false, read: null,
        }); // prettier-ignore
        min = phone + 1;
        i = phone;
        continue;
      }
      const cur = t.kind === 'num' ? currencyBefore(toks, i, min) : null;
      const r = readNumber(toks, i, cur !== null);
      if (r === null) continue;
      d = {
        first: cur ? cur[0] : r.first, last: r.last, coreFirst: r.first, coreLast: r.last, number: r.value,
        high: null, qualifier: 'exact', unit: cur ? cur[1] : null, role: cur ? 'money' : null, spelled: r.spelled,
        read: r,
      }; // prettier-ignore
      if (r.kind === 'ordinal') d.role = 'ordinal';
      if (r.sign !== undefined) {
        d.direction = r.sign === '+' ? 'up' : 'down';
        d.changeOf = 'amount';
      }
    }
    if (d === null) continue;
    extend(toks, body, d, min);
    if ((d.role === null || d.role === 'count') && !decideOne(toks, d)) continue;
    drafts.push(d);
    min = d.last + 1;
    i = d.last;
  }
  linkChanges(toks, body, drafts);
  for (const d of drafts) out.push(finish(text, toks, base, d, convention));
}

/** Grows a draft: range, unit, hedges, change words, and the role from what stands around it. */
function extend(toks: readonly Tok[], body: string, d: Draft, min: number): void {
  const r = d.read;
  // ranges: "20-30", "20 to 30", "between 20 and 30", "from 20 to 30"
  if (r !== null && d.role !== 'ordinal') range(toks, d, min);
  // time of day glued by a colon: "10:30"
  if (
    r !== null &&
    isP(toks[d.last + 1], ':', '.') &&
    glued(toks[d.last + 1]) &&
    toks[d.last + 2]?.kind === 'num' &&
    glued(toks[d.last + 2]) &&
    /^\d\d(?:\.\d+)?$/.test(toks[d.last + 2]?.text ?? '') &&
    isP(toks[d.last + 1], ':')
  ) {
    d.last += 2;
    d.coreLast = d.last;
    d.role = 'time';
    const endOff = (toks[d.last] as Tok).end;
    const tm = TIME_AFTER.exec(body.slice(endOff, endOff + 30));
    if (tm !== null) d.last = lastTokenBefore(toks, d.last, endOff + tm[0].length);
  }
  // unit after
  if (d.role !== 'model' && d.role !== 'ordinal' && d.role !== 'time') {
    const u = unitAfter(toks, d.last);
    if (u !== null) {
      if (d.unit === null || d.role !== 'money') {
        d.unit = u.unit;
        d.role = u.role;
      }
      d.last = u.last;
    }
  }
  // a word glued after the figure that is not a unit ("5G", "1990s", "3D") stays with it so no word is split
  const g = toks[d.last + 1];
  if (isWord(g) && glued(g) && d.read !== null && !/^(?:am|pm|a|p|h|hrs|gmt|utc)$/.test(g.low)) {
    if (g.low === 's' && d.read.bare && (toks[d.coreFirst] as Tok).text.length === 4) d.role = 'date';
    else if (g.low === 's' && d.read.value % 10 === 0 && d.read.value >= 10 && d.read.value < 100) d.role = 'age';
    else if (d.role === null && g.text.length >= 2 && !/^(?:s|x|th|st|nd|rd)$/.test(g.low)) {
      // a unit we do not list, glued to the figure ("640bhp", "30Mbps")
      d.role = 'measure';
      d.unit = g.text;
    } else if (d.role === null) d.role = 'other';
    d.last += 1;
  }
  // ages: "19-year-old", "19 years old", "six-month-old"
  if (d.read !== null && (d.role === null || d.role === 'measure') && d.qualifier !== 'vague') {
    const endOff = (toks[d.coreLast] as Tok).end;
    const m = AGE_AFTER.exec(body.slice(endOff, endOff + 24));
    if (m !== null) {
      d.role = 'age';
      d.unit = /month/i.test(m[0]) ? 'month' : /week/i.test(m[0]) ? 'week' : /day/i.test(m[0]) ? 'day' : 'year';
      d.last = lastTokenBefore(toks, d.last, endOff + m[0].length);
    }
  }
  // a hyphenated word after ("second-largest", "four-cylinder"): a description, not a count
  if (
    d.role === null &&
    isP(toks[d.last + 1], '-') &&
    glued(toks[d.last + 1]) &&
    isWord(toks[d.last + 2]) &&
    glued(toks[d.last + 2])
  )
    d.role = 'other';
  while (isP(toks[d.last + 1], '-') && glued(toks[d.last + 1]) && isWord(toks[d.last + 2]) && glued(toks[d.last + 2])) {
    d.last += 2;
  }
  // hedge after: "400 or more", "50 or so"
  const post = postModifier(toks, d.last + 1);
  if (post !== null && d.qualifier === 'exact') {
    d.qualifier = post[1];
    d.modifier = [d.last + 1, post[0]];
    d.last = post[0];
  }
  // hedge before: "nearly 400", "more than $19 billion"
  const mod = modifierBefore(toks, d.first, min);
  if (mod !== null && d.qualifier !== 'range' && d.qualifier !== 'vague' && d.role !== 'model') {
    if (d.qualifier === 'exact') d.qualifier = mod[1];
    d.modifier = [mod[0], d.first - 1];
    d.first = mod[0];
  } else if (mod !== null && (d.qualifier === 'vague' || d.qualifier === 'range') && mod[1] !== 'exact') {
    d.modifier = [mod[0], d.first - 1];
    d.first = mod[0];
    d.hedge = mod[1];
  } else if (
    mod === null &&
    isP(toks[d.first - 1], '-') &&
    glued(toks[d.first - 1]) &&
    toks[d.first - 2]?.low === 'sub' &&
    d.first - 2 >= min
  ) {
    // "sub-300 sq m"
    d.first -= 2;
    if (d.qualifier === 'exact') d.qualifier = 'less_than';
  }
  // change: "rose 5%", "fell by 9.4%", "up 4 per cent" (amount); "rose to 45" (level)
  if (d.direction === undefined && !(d.qualifier === 'range' && d.first !== d.coreFirst)) {
    let k = d.first - 1;
    let level = false;
    while (k >= 0 && CHANGE_LINKS.has(toks[k]?.low ?? '') && k > d.first - 3) k--;
    if (toks[k]?.low === 'to' || toks[k]?.low === 'at') {
      level = true;
      k--;
    }
    const w = toks[k]?.low ?? '';
    let dir: 'up' | 'down' | undefined = CHANGE_UP.has(w) ? 'up' : CHANGE_DOWN.has(w) ? 'down' : undefined;
    // "gave up 517 yards", "set up 3 camps": a phrasal verb, not a change
    if ((w === 'up' || w === 'down') && PHRASAL_BEFORE_UP.has(toks[k - 1]?.low ?? '')) dir = undefined;
    if (dir !== undefined && !(level && toks[k + 1]?.low === 'at')) {
      d.direction = dir;
      d.changeOf = level ? 'level' : 'amount';
    }
  }
  if (d.role === null) d.role = roleFromContext(toks, body, d);
  // the counted noun
  if (d.role === 'count' || d.role === null) {
    const n = nounAfter(toks, d.last + 1);
    if (n !== null) d.noun = n;
  }
  const verb = toks[d.first - 1]?.low ?? '';
  if (d.role === 'count' && d.noun !== undefined && d.changeOf === 'amount' && TRANSITIVE_CHANGE.has(verb)) {
    delete d.direction;
    delete d.changeOf;
  }
}

function range(toks: readonly Tok[], d: Draft, min: number): void {
  const r = d.read as NumberRead;
  let k = d.last + 1;
  // "between 5% and 6%", "5 km to 10 km": the unit after the first figure, if the second repeats it
  const u1 = unitAfter(toks, d.last);
  if (u1 !== null) k = u1.last + 1;
  const sep = toks[k];
  if (sep === undefined) return;
  const before = toks[d.first - 1];
  const between = before?.low === 'between' && d.first - 1 >= min;
  const from = before?.low === 'from' && d.first - 1 >= min;
  let ok = false;
  if (isP(sep, '-', '–', '—') && glued(sep) === glued(toks[k + 1])) ok = true;
  else if (sep.low === 'to' || sep.low === 'through' || sep.low === 'thru') ok = !between;
  else if (sep.low === 'and') ok = between;
  else if (sep.low === 'or' && !from && !between) ok = false;
  if (!ok) return;
  // a change "from 30 to 45" after a change verb is two figures, not a range
  if (from) {
    const verb = toks[d.first - 2]?.low ?? '';
    if (CHANGE_UP.has(verb) || CHANGE_DOWN.has(verb)) return;
  }
  // "rose 5% to 45": a change verb before the first figure makes "to" the new level
  const lead = toks[d.first - 1]?.low ?? '';
  // ("dropped by 1 to 1.5 degrees" is a range: the unit stands after the second figure only)
  const changeLead = CHANGE_UP.has(lead) || CHANGE_DOWN.has(lead) || lead === 'by';
  if (sep.low === 'to' && changeLead && (u1 !== null || unitAfter(toks, k) !== null)) return;
  k++;
  const cur = currencyBefore(toks, k + 1, k) ?? currencyBefore(toks, k + 1, k);
  if (cur) k = cur[0] + 1;
  const r2 = readNumber(toks, k, cur !== null);
  if (r2 === null || r2.kind === 'ordinal' || r2.sign !== undefined) return;
  if (u1 !== null && unitAfter(toks, r2.last)?.unit !== u1.unit) return;
  // a date like 5-17-2018 or a phone number 044-123-45-67
  if (isP(toks[r2.last + 1], '-', '/') && glued(toks[r2.last + 1]) && toks[r2.last + 2]?.kind === 'num') {
    let e = r2.last;
    while (isP(toks[e + 1], '-', '/') && glued(toks[e + 1]) && toks[e + 2]?.kind === 'num') e += 2;
    d.last = e;
    d.coreLast = e;
    d.role = 'other';
    return;
  }
  // "2014-15", "2022-2023": a span of years
  const t1 = toks[r.first] as Tok;
  const t2 = toks[r2.first] as Tok;
  if (r.bare && r2.bare && t1.text.length === 4 && r.value >= 1000 && r.value <= 2100 && u1 === null) {
    const short = t2.text.length === 2 && isP(sep, '-', '–', '/');
    const after = toks[r2.last + 1];
    const full =
      t2.text.length === 4 &&
      r2.value >= 1000 &&
      r2.value <= 2100 &&
      !(isWord(after) && (COUNT_NOUNS.has(after.low) || looksPlural(after.low)));
    if (short || full) {
      d.number = r.value;
      d.high = short ? r.value - (r.value % 100) + r2.value : r2.value;
      d.qualifier = 'range';
      d.last = r2.last;
      d.coreLast = r2.last;
      d.role = 'date';
      if (between || from) d.first = d.first - 1;
      return;
    }
  }
  if (isP(sep, '-', '–', '—') && r2.value <= r.value && r2.scale === 0) {
    // "ended 2-2", "a 9-2 lead", "ISO 3888-2": a score or a code, not a range
    if (glued(sep) && glued(toks[k]) && r.bare && r2.bare) {
      d.last = r2.last;
      d.coreLast = r2.last;
      d.role = 'other';
    }
    return;
  }
  let low = r.value;
  const high = r2.value;
  if (r.scale === 0 && r2.scale > 0 && low * r2.scale <= high) low *= r2.scale;
  d.number = Math.min(low, high);
  d.high = Math.max(low, high);
  d.qualifier = 'range';
  d.spelled = d.spelled || r2.spelled;
  d.last = r2.last;
  d.coreLast = r2.last;
  if (between || from) d.first = d.first - 1;
}

/** Roles from the words around a figure with no unit: time, age, date, ordinal, label, address, count. */
function roleFromContext(toks: readonly Tok[], body: string, d: Draft): QuantityRole {
  const r = d.read;
  if (r === null) return 'count';
  const startOff = (toks[d.coreFirst] as Tok).start;
  const endOff = (toks[d.last] as Tok).end;
  const before = body.slice(Math.max(0, startOff - 40), startOff);
  const spanBefore = body.slice(Math.max(0, (toks[d.first] as Tok).start - 40), (toks[d.first] as Tok).start);
  const after = body.slice(endOff, endOff + 30);
  const first = toks[d.coreFirst] as Tok;
  const digits4 = r.bare && first.text.length === 4;
  // times: "10 am", "1 p.m.", "0730 GMT", "at 0800"
  const tm = TIME_AFTER.exec(after);
  if (tm !== null && (r.bare || d.qualifier === 'range' || /^\d{1,2}[.:]\d\d$/.test(first.text)) && r.value < 2400) {
    d.last = lastTokenBefore(toks, d.last, endOff + tm[0].length);
    return 'time';
  }
  if (digits4 && first.text.startsWith('0') && r.value % 100 < 60) return 'time';
  if (
    digits4 &&
    toks[d.coreFirst - 1]?.low === 'at' &&
    r.value % 100 < 60 &&
    r.value < 2400 &&
    (r.value < 1800 || r.value > 2100)
  )
    return 'time';
  // ages: "a 19-year-old", "19 years old", "aged 19", "Natalia, 58,"
  if (AGE_AFTER.test(after)) return 'age';
  // (every AGE_BEFORE match holds "age" in some case: the cheap test first)
  if (AGE_WORD.test(spanBefore) && AGE_BEFORE.test(spanBefore)) return 'age';
  if (Number.isInteger(r.value) && r.value > 0 && r.value < 110 && r.bare && d.qualifier === 'exact') {
    const prev = toks[d.first - 1];
    const prev2 = toks[d.first - 2];
    const next = toks[d.last + 1];
    // "Natalia, 58,", "the pensioner, 81,"
    const person = isCap(prev2) || (isWord(prev2) && COUNT_NOUNS.has(prev2.low) && !looksPlural(prev2.low));
    if (isP(prev, ',') && person && (isP(next, ',', ')', ';') || next === undefined) && !MONTHS.has(prev2?.low ?? ''))
      return 'age';
    if (isP(prev, '(') && isCap(prev2) && isP(next, ')')) return 'age';
  }
  // dates: "February 24", "24 February", "on Feb. 3", years, "the 1990s"
  if (Number.isInteger(r.value) && r.value >= 1 && r.value <= 31 && (r.bare || d.qualifier === 'range')) {
    if (MONTH_BEFORE.test(before) || MONTH_AFTER.test(after)) return 'date';
  }
  if (isYear(toks, d, r)) return 'date';
  if (
    d.qualifier === 'range' &&
    r.bare &&
    first.text.length === 4 &&
    r.value >= 1800 &&
    r.value <= 2100 &&
    (d.high ?? 0) <= 2100
  )
    return 'date';
  // labels and addresses: "No. 5", "penal colony No. 120", "Route 66", "23 Perekopska Street", "118 Naberezhna"
  if (d.qualifier === 'exact' && labelBefore(spanBefore)) return 'other';
  if (d.qualifier === 'exact' && r.bare) {
    const n1 = toks[d.last + 1];
    if (isCap(n1) && !MONTHS.has(n1?.low ?? '')) {
      let k = d.last + 1;
      while (isCap(toks[k]) && k < d.last + 4) k++;
      const stop = toks[k];
      if (stop && STREET_WORDS.has(stop.low)) return 'other';
      if (STREET_WORDS.has(toks[k - 1]?.low ?? '')) return 'other';
      if (
        k === d.last + 2 &&
        !/s$/.test(n1?.low ?? '') &&
        (stop === undefined || isP(stop, ',', '.', ';', ')')) &&
        d.first > 0
      )
        return 'other';
    }
  }
  // a name and a number: "Game 2", "iPhone 11", "Fortune 100" (not sentence-first words: "Nearly", "The")
  if (d.qualifier === 'exact' && r.bare && d.first === d.coreFirst && d.first >= 2) {
    const prev = toks[d.first - 1];
    const next = toks[d.last + 1];
    if (
      isCap(prev) &&
      glued(toks[d.first]) === false &&
      !MONTHS.has(prev?.low ?? '') &&
      !NAME_NUMBER_EXCEPT.has(prev?.low ?? '') &&
      !(isWord(next) && (COUNT_NOUNS.has(next.low) || looksPlural(next.low)))
    )
      return 'other';
  }
  // phone numbers: "+380 44 123 4567"
  if (/^\s\d{2,4}\s\d{2,4}/.test(after) && /\+\s*$/.test(before)) return 'other';
  return 'count';
}

/** "one" is a count only before a counted noun ("one man was injured"), not as a pronoun ("one of the", "no one"). */
function decideOne(toks: readonly Tok[], d: Draft): boolean {
  const r = d.read;
  if (r === null || r.first !== r.last || (toks[r.first] as Tok).low !== 'one' || d.qualifier === 'range') {
    if (d.role === null) d.role = 'count';
    return true;
  }
  const prev = toks[d.coreFirst - 1];
  const next = toks[d.last + 1];
  if (d.first === d.coreFirst && prev !== undefined && ONE_NOT_COUNT_BEFORE.has(prev.low)) return false;
  if (!isWord(next)) return false;
  if (next.low === 'of') {
    d.role = 'other';
    return true;
  }
  if (ONE_NOT_COUNT_AFTER.has(next.low) || NOUN_STOPS.has(next.low)) return false;
  // "one hand", "one area": a lower-case noun right after; not a verb or an adverb ("one wrote", "one simply")
  if (
    /^\p{Ll}/u.test(next.text) &&
    next.low.length >= 3 &&
    !/(?:ed|ly|ing)$/.test(next.low) &&
    !VERBISH.has(next.low)
  ) {
    d.role = 'count';
    d.noun = [d.last + 1, d.last + 1];
    return true;
  }
  for (let k = d.last + 1; k < d.last + 4; k++) {
    const w = toks[k];
    if (!isWord(w) || NOUN_STOPS.has(w.low)) break;
    if (COUNT_NOUNS.has(w.low)) {
      d.role = 'count';
      d.noun = [k, k];
      return true;
    }
  }
  return false;
}

/** Verbs that follow "one" as a pronoun and do not end in -ed ("one wrote", "one knows"). */
const VERBISH = new Set(
  'wrote writes knows know thinks think says feels feel sees see gets got goes went came comes makes made takes took needs wants tries'.split(
    ' ',
  ),
);

/** Ties a toll update to its earlier figure: "rose to 45 from 30", "45, up from 30". */
function linkChanges(toks: readonly Tok[], body: string, drafts: Draft[]): void {
  for (let i = 0; i + 1 < drafts.length; i++) {
    const q = drafts[i] as Draft;
    const r = drafts[i + 1] as Draft;
    if (q.number === null || r.number === null) continue;
    const gap = body.slice((toks[q.last] as Tok).end, (toks[r.first] as Tok).start);
    const m = /^\s*(?:\p{L}+\s*)?,?\s*(?:(up|down)\s+)?from\s+$/iu.exec(gap);
    if (m !== null && (m[1] !== undefined || q.direction !== undefined) && q.role === r.role && q.unit === r.unit) {
      q.previous = r.number;
      q.previousAt = [r.coreFirst, r.coreLast];
      if (m[1] !== undefined) {
        q.direction = m[1].toLowerCase() === 'up' ? 'up' : 'down';
        q.changeOf = 'level';
      }
      continue;
    }
    // "up 0.25 points, or 0.01%": the second figure restates the change
    if (
      /^\s*(?:\p{L}+\s*)?,?\s*or\s+$/u.test(gap) &&
      q.changeOf === 'amount' &&
      q.direction !== undefined &&
      r.direction === undefined
    ) {
      r.direction = q.direction;
      r.changeOf = 'amount';
      continue;
    }
    // "increased from 30 to 45": the second figure is the new level, the first the earlier one
    const to = /^\s+to\s+$/i.exec(gap);
    const verb = toks[q.first - 2]?.low ?? '';
    const sameKind = q.role === r.role || (q.role === 'count' && q.unit === null && q.noun === undefined);
    if (
      to !== null &&
      toks[q.first - 1]?.low === 'from' &&
      (CHANGE_UP.has(verb) || CHANGE_DOWN.has(verb)) &&
      sameKind
    ) {
      r.previous = q.number;
      r.previousAt = [q.coreFirst, q.coreLast];
      r.direction = CHANGE_UP.has(verb) ? 'up' : 'down';
      r.changeOf = 'level';
    }
  }
}

function finish(text: string, toks: readonly Tok[], base: number, d: Draft, convention: VagueConventionName): Quantity {
  const start = base + (toks[d.first] as Tok).start;
  const end = base + (toks[d.last] as Tok).end;
  const core: Span = [base + (toks[d.coreFirst] as Tok).start, base + (toks[d.coreLast] as Tok).end];
  let low: number | null;
  let high: number | null;
  if (d.vague !== undefined) [low, high] = d.vague.intervals[convention];
  else if (d.qualifier === 'range') [low, high] = [d.number, d.high];
  else if (d.number === null) [low, high] = [null, null];
  else [low, high] = interval(d.qualifier, d.number);
  if (start < 0 || end > text.length || start > end) spanned(text, start, end); // throws the usual RangeError
  // a plain literal (no spread): the object gets its fields in one fixed order, so its shape is made once
  const q: Mutable<Quantity> = {
    span: [start, end],
    text: text.slice(start, end),
    number: d.number,
    qualifier: d.qualifier,
    low,
    high,
    unit: d.unit,
    role: d.role ?? 'count',
    core,
    spelled: d.spelled,
  };
  if (d.vague !== undefined) q.convention = convention;
  if (d.direction !== undefined) q.direction = d.direction;
  if (d.changeOf !== undefined) q.changeOf = d.changeOf;
  if (d.changeOf === 'amount') q.delta = true;
  if (d.hedge !== undefined) q.hedge = d.hedge;
  const tokSpan = (a: number, b: number): Span => [base + (toks[a] as Tok).start, base + (toks[b] as Tok).end];
  if (d.modifier !== undefined) {
    const [ms, me] = tokSpan(d.modifier[0], d.modifier[1]);
    q.modifier = spanned(text, ms, me);
  }
  if (d.previousAt !== undefined) q.previousSpan = tokSpan(d.previousAt[0], d.previousAt[1]);
  if (d.vague !== undefined) {
    const m = VAGUE_MAGNITUDE.get(text.slice(core[0], core[1]).toLowerCase());
    if (m !== undefined) q.magnitude = m;
  }
  // the stated limits of a comparison, before rounding ("more than 10" → lower 10, exclusive)
  if (d.number !== null && d.qualifier !== 'range' && d.qualifier !== 'vague') {
    const n = d.number;
    if (d.qualifier === 'exact')
      [q.lower, q.upper] = [
        { value: n, inclusive: true },
        { value: n, inclusive: true },
      ];
    else if (d.qualifier === 'more_than') q.lower = { value: n, inclusive: false };
    else if (d.qualifier === 'at_least') q.lower = { value: n, inclusive: true };
    else if (d.qualifier === 'less_than') q.upper = { value: n, inclusive: false };
    else if (d.qualifier === 'up_to' || d.qualifier === 'at_most') q.upper = { value: n, inclusive: true };
  }
  if (d.previous !== undefined) q.previous = d.previous;
  if (d.noun !== undefined) {
    const n: Spanned = spanned(text, base + (toks[d.noun[0]] as Tok).start, base + (toks[d.noun[1]] as Tok).end);
    q.noun = n;
  }
  return q;
}

/** Every quantity of the text, sorted by start and disjoint. A pure function, for the benchmarks. */
export function findQuantities(
  text: string,
  sentences: readonly Sentence[],
  convention: VagueConventionName,
): Quantity[] {
  const out: Quantity[] = [];
  for (const s of sentences) sentenceQuantities(text, s.text, s.span[0], convention, out);
  return out;
}

export const quantitiesStage = defineStage({
  name: 'quantities',
  version: '1',
  requires: ['sentences', 'tokens'],
  assigns: ['quantities'],
  run: (doc, ctx) => ({ layers: { quantities: findQuantities(doc.text, doc.get('sentences'), ctx.vagueConvention) } }),
});
